"""The seed article from ../shared/examples, as its expected file says (skipped when absent)."""

from __future__ import annotations

import re
from pathlib import Path

import tokoh


def expected_rows(shared: Path) -> list[tuple[int, str, str]]:
    """(start, text, via) of each row of the built-in table of the expected file."""
    text = (shared / "examples" / "tribunnews-blinken-lavrov.expected.md").read_text("utf-8")
    table = text.split("With the **built-in gazetteer alone**")[1].split("\n\n")[1]
    rows = []
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append((int(cells[0]), cells[1], cells[3]))
    return rows


def test_seed_article(shared: Path) -> None:
    article = (shared / "examples" / "tribunnews-blinken-lavrov.txt").read_text("utf-8")
    mentions = {m.start: m for m in tokoh.Tokoh().tag(article)}
    rows = expected_rows(shared)
    assert len(rows) >= 15
    for start, text, via in rows:
        assert start in mentions, (start, text)
        m = mentions[start]
        assert m.text == text
        assert article[m.start : m.end] == text
        if via and "/" not in via:
            assert m.via == via, (start, text)
    titles = {m.start: m.title.text for m in mentions.values() if m.title is not None}
    assert titles[23] == "Menteri Luar Negeri AS"
    assert titles[1581] == "juru bicara Dewan Keamanan Nasional AS"
    assert not any(re.fullmatch("as", m.text) for m in mentions.values())
