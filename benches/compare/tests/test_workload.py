"""The generated workload: deterministic, and it holds what the comparison needs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tokoh_compare.reference import Reference
from tokoh_compare.workload import NewsGenerator, phrases, read_records, write_prefix

RECORDS: list[dict[str, Any]] = [
    {
        "id": "o0",
        "kind": "organization",
        "name": "Komisi Pemberantasan Korupsi",
        "acronyms": ["KPK"],
    },
    {"id": "o1", "kind": "organization", "name": "Otoritas Jasa Keuangan", "acronyms": ["OJK"]},
    *[
        {
            "id": f"p{i}",
            "kind": "person",
            "name": f"Budi Santoso Wijaya{i}",
            "short": [f"Wijaya{i}"],
            "roles": [{"title": "Kepala Dinas"}],
        }
        for i in range(10, 40)
    ],
    *[
        {"id": f"o{i}", "kind": "organization", "name": f"Polres Bandung {i}"}
        for i in range(40, 60)
    ],
]


def _articles(seed: int = 7, n: int = 30) -> list[str]:
    generator = NewsGenerator(RECORDS, seed=seed)
    return [generator.article() for _ in range(n)]


def test_generator_is_deterministic() -> None:
    assert _articles() == _articles()
    assert _articles(seed=1) != _articles(seed=2)


def test_articles_until_the_size() -> None:
    docs = list(NewsGenerator(RECORDS).articles(20_000))
    size = sum(len(d.encode()) for d in docs)
    assert size >= 20_000
    assert size - len(docs[-1].encode()) < 20_000


@pytest.mark.parametrize(
    ("pattern", "what"),
    [
        (r"\b(KPK|OJK)nya\b", "glued acronym near-miss"),
        (r"\bBudi\d\b", "glued first-name near-miss"),
        (r"Wijaya\d+-(nya|lah|pun)\b", "hyphenated clitic after a name"),
        (r"\((KPK|OJK)\)", "parenthesised acronym"),
        (r"\b(kpk|ojk)\b", "acronym in lower case"),
        (r"BUDI SANTOSO WIJAYA\d+", "name in capitals"),
        (r"Rp", "amount"),
        (r"[–—]", "en or em dash"),
        (r"“", "curly quote"),
        (r"\d+/\d+/\d{4}", "date"),
    ],
)
def test_the_text_has(pattern: str, what: str) -> None:
    assert any(re.search(pattern, doc) for doc in _articles()), what


def test_near_misses_are_not_matched_and_clitics_are() -> None:
    reference = Reference([p.text for p in phrases(RECORDS)])
    for doc in _articles():
        found = {(s, e) for s, e, _ in reference.find(doc)}
        for near in re.finditer(
            r"\b(?:KPK|OJK)nya\b|\bBudi\d\b|(?<=bukan )Budi Santoso Wijaya\d+", doc
        ):
            assert not any(s < near.end() and near.start() < e for s, e in found), near.group()
        for clitic in re.finditer(r"(Budi Santoso Wijaya\d+)-(?:nya|lah|pun)\b", doc):
            assert (clitic.start(1), clitic.end(1)) in found, clitic.group()


def test_phrases_leave_short_forms_out_and_mark_acronyms() -> None:
    listed = phrases(RECORDS[:3])
    assert [(p.text, p.acronym) for p in listed] == [
        ("Komisi Pemberantasan Korupsi", False),
        ("KPK", True),
        ("Otoritas Jasa Keuangan", False),
        ("OJK", True),
        ("Budi Santoso Wijaya10", False),
    ]


def test_exported_gazetteer_gives_its_phrase() -> None:
    record = {"id": "g1", "kind": "organization", "name": "PPP (akronim)", "acronyms": ["PPP"],
              "phrase": "PPP", "type": "ORG"}  # fmt: skip
    assert [(p.text, p.kind, p.acronym) for p in phrases([record])] == [("PPP", "ORG", True)]


def test_prefix_of_a_gazetteer(tmp_path: Path) -> None:
    source = tmp_path / "g.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    write_prefix(source, tmp_path / "g2.jsonl", 2)
    assert [r["id"] for r in read_records(tmp_path / "g2.jsonl")] == ["o0", "o1"]
    with pytest.raises(ValueError, match="fewer than"):
        write_prefix(source, tmp_path / "big.jsonl", len(RECORDS) + 1)
