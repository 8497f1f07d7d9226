"""Every error a user can meet: the exception, its attributes, its message. Nothing crashes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tokoh


def test_exception_tree() -> None:
    assert issubclass(tokoh.TokohError, ValueError)
    assert issubclass(tokoh.GazetteerError, tokoh.TokohError)


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        ({"kind": "person", "name": "A"}, "id", "id"),
        ({"id": "a", "kind": "robot", "name": "A"}, "kind", "robot"),
        ({"id": "a", "kind": "person", "name": ""}, "name", "empty"),
        ({"id": "a", "kind": "person", "name": "A", "aliases": "B"}, "aliases", "aliases"),
        (
            {"id": "a", "kind": "person", "name": "A", "roles": [{"start": "26/01/2021"}]},
            "roles[0].start",
            "date",
        ),
    ],
)
def test_bad_records(record: dict[str, Any], field: str, message: str) -> None:
    good = {"id": "ok", "kind": "place", "name": "Bali"}
    with pytest.raises(tokoh.GazetteerError) as caught:
        tokoh.Gazetteer.from_records([good, record])
    error = caught.value
    assert error.path is None
    assert error.line == 2
    assert error.field == field
    assert message in str(error)
    assert error.errors[0] == str(error)


def test_duplicate_ids_in_records() -> None:
    record = {"id": "a", "kind": "place", "name": "Bali"}
    with pytest.raises(tokoh.GazetteerError, match="duplicate"):
        tokoh.Gazetteer.from_records([record, record])


def test_bad_file_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = [
        json.dumps({"id": "a", "kind": "place", "name": "Bali"}),
        "{not json",
        json.dumps({"id": "b", "kind": "place"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(tokoh.GazetteerError) as caught:
        tokoh.Gazetteer.from_jsonl(path)
    assert caught.value.path == str(path)
    assert caught.value.line == 2
    assert len(caught.value.errors) == 2
    assert str(path) in str(caught.value)
    with pytest.raises(tokoh.GazetteerError):
        tokoh.Tokoh(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        tokoh.Gazetteer.from_jsonl(tmp_path / "none.jsonl")
    assert caught.value.filename == str(tmp_path / "none.jsonl")
    with pytest.raises(FileNotFoundError):
        tokoh.Tokoh([tmp_path / "none.jsonl"])


def test_invalid_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"id": "a", "kind": "place", "name": "Caf\xe9"}\n')
    with pytest.raises(tokoh.GazetteerError, match="UTF-8"):
        tokoh.Gazetteer.from_jsonl(path)


@pytest.mark.parametrize("bad", [None, b"KPK", 5, ["KPK"]])
def test_wrong_types(bad: Any) -> None:
    tagger = tokoh.Tokoh(builtin=False)
    with pytest.raises(TypeError):
        tagger.tag(bad)
    with pytest.raises(TypeError):
        tagger.tokenize(bad)


def test_wrong_types_elsewhere() -> None:
    tagger = tokoh.Tokoh(builtin=False)
    with pytest.raises(TypeError, match="not a str"):
        tagger.tag_batch("KPK")
    with pytest.raises(TypeError, match="text 1 must be a str"):
        tagger.tag_batch(["KPK", None])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="at least 1"):
        tagger.tag_batch(["KPK"], threads=0)
    with pytest.raises(TypeError):
        tokoh.Tokoh(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="record 1 must be a dict"):
        tokoh.Gazetteer.from_records(["not a dict"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="iterable"):
        tokoh.Gazetteer.from_records(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tokoh.Gazetteer.from_records([{"id": "a", "kind": "place", "name": "A", "x": {1, 2}}])


def test_tag_batch_passes_on_an_error_of_the_texts_iterator() -> None:
    tagger = tokoh.Tokoh()

    def texts() -> Iterator[str]:
        yield from ["Ketua KPK hadir."] * 50
        raise LookupError("no more texts")

    for threads in (1, 2, 4):
        with pytest.raises(LookupError, match="no more texts"):
            tagger.tag_batch(texts(), threads=threads)
        with pytest.raises(TypeError, match="text 50 must be a str, not int"):
            tagger.tag_batch([*["KPK"] * 50, 5, "KPK"], threads=threads)  # type: ignore[list-item]
    # The tagger is whole afterwards.
    assert [m.text for m in tagger.tag_batch(["Ketua KPK hadir."] * 3, threads=2)[2]] == ["KPK"]


def test_lone_surrogates_are_an_error_not_a_crash() -> None:
    tagger = tokoh.Tokoh(builtin=False)
    with pytest.raises(UnicodeEncodeError):
        tagger.tag("KPK \ud800 KPK")
    with pytest.raises(UnicodeEncodeError):
        tagger.tag_batch(["ok", "\udfff"])


def test_a_large_text() -> None:
    tagger = tokoh.Tokoh()
    text = ("Presiden Joko Widodo menerima pimpinan KPK. " * 20) + "a" * 50_000_000
    mentions = tagger.tag(text)
    assert len(mentions) == 40
    assert mentions[-1].text == "KPK"
