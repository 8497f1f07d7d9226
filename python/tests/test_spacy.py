"""The spaCy component (runs when spaCy is installed; the test command installs it)."""

from __future__ import annotations

import pytest

import tokoh

spacy = pytest.importorskip("spacy")

TEXT = (
    "Penyidik KPK-nya memeriksa Presiden Joko Widodo. Kasus itu ditangani KPK.Polri juga turun "
    "tangan. Menteri Luar Negeri AS Antony Blinken tiba di İstanbul 😀."
)


def test_mentions_become_entities_with_their_ids() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("tokoh")
    doc = nlp(TEXT)
    mentions = tokoh.Tokoh().tag(TEXT)
    assert [(e.start_char, e.end_char, e.text) for e in doc.ents] == [
        (m.start, m.end, m.text) for m in mentions
    ]
    assert [e.ent_id_ for e in doc.ents] == [m.entity.id for m in mentions]
    assert [e.kb_id_ for e in doc.ents] == [m.entity.id for m in mentions]
    assert {e.label_ for e in doc.ents} == {"PER", "ORG", "LOC"}
    assert doc.text == TEXT


def test_tokens_are_split_where_spacy_and_tokoh_differ() -> None:
    nlp = spacy.blank("id")
    # A scraped text's missing space: spaCy keeps one token, tokoh finds two mentions.
    assert "KPK.Polri" in [t.text for t in nlp(TEXT)]
    nlp.add_pipe("tokoh")
    doc = nlp(TEXT)
    tokens = [t.text for t in doc]
    at = tokens.index("ditangani")
    assert tokens[at + 1 : at + 4] == ["KPK", ".", "Polri"]
    assert [e.text for e in doc.ents if e.start > at][:2] == ["KPK", "Polri"]
    assert "".join(t.text_with_ws for t in doc) == TEXT


def test_span_group_and_config() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("tokoh", config={"spans_key": "tokoh", "builtin": True})
    doc = nlp(TEXT)
    assert doc.ents == ()
    assert [s.text for s in doc.spans["tokoh"]] == [m.text for m in tokoh.Tokoh().tag(TEXT)]


def test_earlier_entities_stay_unless_overlapped() -> None:
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "MISC", "pattern": "Penyidik"}, {"label": "MISC", "pattern": "Joko"}]
    )
    nlp.add_pipe("tokoh")
    doc = nlp(TEXT)
    texts = [(e.text, e.label_) for e in doc.ents]
    assert ("Penyidik", "MISC") in texts
    assert ("Joko", "MISC") not in texts
    assert ("Joko Widodo", "PER") in texts


def test_gazetteer_files(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "mine.jsonl"
    path.write_text('{"id": "w", "kind": "person", "name": "Paul Whelan"}\n', encoding="utf-8")
    nlp = spacy.blank("id")
    nlp.add_pipe("tokoh", config={"gazetteers": [str(path)], "builtin": False})
    doc = nlp("Paul Whelan dan KPK.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Paul Whelan", "w")]
