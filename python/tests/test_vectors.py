"""The shared vectors of tests/vectors, run through Python: they must agree with Rust exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import tokoh

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"


def load(folder: str) -> list[dict[str, Any]]:
    vectors = []
    for path in sorted((VECTORS / folder).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                vectors.append(json.loads(line))
    assert vectors, f"no vectors in {VECTORS / folder}"
    return vectors


MATCH = load("match")
TOKENIZE = load("tokenize")
TAGGER = tokoh.Tokoh(builtin=False)


@pytest.mark.parametrize("vector", MATCH, ids=[v["name"] for v in MATCH])
def test_match_vector(vector: dict[str, Any]) -> None:
    tagger = tokoh.Tokoh(tokoh.Gazetteer.from_records(vector["gazetteer"]), builtin=False)
    text = vector["text"]
    got = []
    for m in tagger.tag(text):
        assert text[m.start : m.end] == m.text
        assert text.encode()[m.byte_start : m.byte_end].decode() == m.text
        mention: dict[str, Any] = {
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "id": m.entity.id,
            "via": m.via,
            "candidates": m.candidates,
        }
        if m.title is not None:
            assert text[m.title.start : m.title.end] == m.title.text
            mention["title"] = m.title.text
        got.append(mention)
    assert got == vector["mentions"], vector.get("note")


def separators(c: str) -> bool:
    """The separators of tests/vectors/README.md (Rust's char::is_whitespace and four more)."""
    rust_whitespace = c in "\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000" or (
        "\u2000" <= c <= "\u200a"
    )
    return rust_whitespace or c in "\u200b\u2060\ufeff\u180e"


@pytest.mark.parametrize("vector", TOKENIZE, ids=[v["name"] for v in TOKENIZE])
def test_tokenize_vector(vector: dict[str, Any]) -> None:
    text = vector["text"]
    tokens = TAGGER.tokenize(text)
    assert [[t.text, t.kind] for t in tokens] == vector["tokens"], vector.get("note")
    # Tokens cover every non-separator character, in order.
    at = 0
    for t in tokens:
        assert all(separators(c) for c in text[at : t.start])
        assert text[t.start : t.end] == t.text
        assert len(text[: t.start].encode()) == t.byte_start
        at = t.end
    assert all(separators(c) for c in text[at:])
    for index, words in vector.get("words", {}).items():
        assert [w.text for w in tokens[int(index)].words] == words
    if vector.get("check_words"):
        for i, t in enumerate(tokens):
            if str(i) not in vector.get("words", {}):
                assert [w.text for w in t.words] == [t.text]
    for index, norm in vector.get("norms", {}).items():
        assert tokens[int(index)].norm == norm
    if "sentences" in vector:
        assert [s.text for s in TAGGER.sentences(text)] == vector["sentences"]


def test_vectors_are_where_expected() -> None:
    assert (VECTORS / "README.md").is_file()
