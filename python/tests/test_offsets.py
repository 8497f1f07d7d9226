"""Offsets in code points and bytes, on text that is not ASCII."""

from __future__ import annotations

import pytest

import tokoh

GAZETTEER = tokoh.Gazetteer.from_records(
    [
        {"id": "ist", "kind": "place", "name": "İstanbul"},
        {"id": "mer", "kind": "place", "name": "Mérida"},
        {"id": "maruf", "kind": "person", "name": "Ma'ruf Amin", "short": ["Ma'ruf"]},
        {
            "id": "kpk",
            "kind": "organization",
            "name": "Komisi Pemberantasan Korupsi",
            "acronyms": ["KPK"],
        },
    ]
)
TAGGER = tokoh.Tokoh(GAZETTEER, builtin=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dari İstanbul ke Mérida.", ["İstanbul", "Mérida"]),
        ("😀😀 KPK-nya 👩‍👩‍👧 di Me\u0301rida", ["KPK", "Me\u0301rida"]),
        ("Wakil Presiden Ma’ruf Amin tiba; Ma’ruf tersenyum.", ["Ma’ruf Amin", "Ma’ruf"]),
        ("\u202eمرحبا KPK \u200f", ["KPK"]),
        ("\u00a0KPK\u00a0\u200bKPK", ["KPK", "KPK"]),
    ],
)
def test_code_points_and_bytes(text: str, expected: list[str]) -> None:
    mentions = TAGGER.tag(text)
    assert [m.text for m in mentions] == expected
    data = text.encode()
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert data[m.byte_start : m.byte_end].decode() == m.text
        assert len(text[: m.start].encode()) == m.byte_start


def test_tokens_have_both_offsets() -> None:
    text = "Dari İstanbul 😀 ke Mérida, KPK-nya."
    for token in TAGGER.tokenize(text):
        assert text[token.start : token.end] == token.text
        assert text.encode()[token.byte_start : token.byte_end].decode() == token.text
        assert "".join(w.text for w in token.words) == token.text
    kpk = next(t for t in TAGGER.tokenize(text) if t.text == "KPK-nya")
    assert [w.text for w in kpk.words] == ["KPK", "-nya"]
    assert kpk.norm == "kpk-nya"
    d = kpk.to_dict()
    assert list(d) == ["text", "start", "end", "byte_start", "byte_end", "kind", "norm", "words"]
    assert [w["text"] for w in d["words"]] == ["KPK", "-nya"]
    assert text[d["start"] : d["end"]] == d["text"]


def test_empty_and_blank_text() -> None:
    assert TAGGER.tag("") == []
    assert TAGGER.tokenize("") == []
    assert TAGGER.tag(" \n\t ") == []
    assert TAGGER.sentences("") == []
