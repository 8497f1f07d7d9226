"""Notebook niceties: to_pandas and Highlight."""

from __future__ import annotations

import pytest

import tokoh

TEXT = "Presiden Joko Widodo menerima pimpinan KPK <di> İstanbul. Kata Jokowi, KPK-nya bekerja."
TAGGER = tokoh.Tokoh()


def test_highlight_marks_every_mention_and_escapes_the_text() -> None:
    mentions = TAGGER.tag(TEXT)
    shown = tokoh.Highlight(TEXT, mentions)._repr_html_()
    assert shown.count("<mark") == len(mentions) >= 3
    assert "&lt;di&gt;" in shown
    assert 'title="Joko Widodo (person, tokoh:person/joko-widodo; via name); title: Presiden"' in (
        shown
    )
    assert repr(tokoh.Highlight(TEXT, mentions)).startswith("Highlight(")


def test_to_pandas_one_text_and_a_batch() -> None:
    pandas = pytest.importorskip("pandas")
    mentions = TAGGER.tag(TEXT)
    frame = tokoh.to_pandas(mentions)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == tokoh.notebook.COLUMNS
    assert len(frame) == len(mentions)
    assert set(frame["doc"]) == {0}
    first = frame.iloc[0]
    assert (first["text"], first["entity_id"], first["title"], first["title_start"]) == (
        "Joko Widodo",
        "tokoh:person/joko-widodo",
        "Presiden",
        0,
    )
    assert all(TEXT[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"]))
    batch = TAGGER.tag_batch([TEXT, "Tidak ada.", TEXT])
    frame = tokoh.to_pandas(batch)
    assert list(frame["doc"].unique()) == [0, 2]
    assert len(frame) == 2 * len(mentions)
    assert len(tokoh.to_pandas([])) == 0


def test_rows_refuse_what_is_not_a_mention() -> None:
    with pytest.raises(TypeError, match="Mention"):
        tokoh.notebook.rows([["not a mention"]])  # type: ignore[arg-type]
