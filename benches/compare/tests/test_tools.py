"""Each tool's pipeline, as the harness runs it, on a small gazetteer and text.

The Aho-Corasick tools with the boundary filter and FlashText must give the reference's spans
here; tokoh must differ only by its documented rules. A tool that is not installed is skipped.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from tokoh_compare.reference import Reference
from tokoh_compare.tools import TOOLS
from tokoh_compare.workload import phrases

RECORDS: list[dict[str, Any]] = [
    {
        "id": "o0",
        "kind": "organization",
        "name": "Komisi Pemberantasan Korupsi",
        "acronyms": ["KPK"],
    },
    {
        "id": "p1",
        "kind": "person",
        "name": "Budi Santoso Wijaya12",
        "short": ["Wijaya12"],
        "roles": [{"title": "Kepala Dinas"}],
    },
    {"id": "o2", "kind": "organization", "name": "Polres Bandung 7"},
    {"id": "o3", "kind": "organization", "name": "Polres Bandung 77"},
]
TEXTS = [
    "Komisi Pemberantasan Korupsi (KPK) memeriksa Budi Santoso Wijaya12 di Polres Bandung 77.",
    "KPKnya bukan KPK-nya; Budi2 bukan BUDI SANTOSO WIJAYA12. Polres Bandung 7, katanya.",
    "“KPK” — kata Budi Santoso Wijaya122 — tidak hadir di Polres Bandung 7.",
]
#: What tokoh does differently on TEXTS, by design: nothing here but the short form is absent,
#: so tokoh must give the reference's spans too.
SAME_AS_REFERENCE = [
    "tokoh",
    "tokoh-batch1",
    "tokoh-batch2",
    "flashtext",
    "pyahocorasick",
    "ahocorasick-rs",
    "daachorse",
    "spacy-phrasematcher",
    "spacy-entityruler",
]


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("g") / "gazetteer.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


@pytest.mark.parametrize("key", SAME_AS_REFERENCE)
def test_tool_gives_the_reference_spans(key: str, gazetteer: Path) -> None:
    tool = TOOLS[key]
    for module in tool.modules[:1]:
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed")
    matcher = tool.build(gazetteer)
    got = [sorted(tool.spans(r)) for r in tool.run(matcher, TEXTS)]
    reference = Reference([p.text for p in phrases(RECORDS)])
    expected = [[(s, e) for s, e, _ in reference.find(text)] for text in TEXTS]
    assert got == expected


@pytest.mark.parametrize("key", [k for k, t in TOOLS.items() if t.dump is not None])
def test_serialised_matcher_finds_the_same(key: str, gazetteer: Path) -> None:
    tool = TOOLS[key]
    if importlib.util.find_spec(tool.modules[0]) is None:
        pytest.skip(f"{tool.modules[0]} is not installed")
    assert tool.dump is not None
    assert tool.load is not None
    matcher = tool.build(gazetteer)
    loaded = tool.load(tool.dump(matcher))
    assert [tool.spans(r) for r in tool.run(loaded, TEXTS)] == [
        tool.spans(r) for r in tool.run(matcher, TEXTS)
    ]


def test_flashtext2_matches_the_reference_on_ascii_text_only(gazetteer: Path) -> None:
    """flashtext2's spans end one character late when a non-ASCII character follows them in
    the text (`KPK — ...`); on ASCII text it does the reference's job (what the report's
    flashtext2 differences come from)."""
    tool = TOOLS["flashtext2"]
    if importlib.util.find_spec(tool.modules[0]) is None:
        pytest.skip("flashtext2 is not installed")
    matcher = tool.build(gazetteer)
    reference = Reference([p.text for p in phrases(RECORDS)])
    ascii_text = TEXTS[0]
    assert ascii_text.isascii()
    (got,) = [tool.spans(r) for r in tool.run(matcher, [ascii_text])]
    assert got == [(s, e) for s, e, _ in reference.find(ascii_text)]
    (got,) = [tool.spans(r) for r in tool.run(matcher, ["KPK — Polres Bandung 7"])]
    assert got == [(0, 4), (6, 22)]
