"""Agreement counts and the classes of differences."""

from __future__ import annotations

from typing import Any

import pytest

from tokoh_compare.agree import BY_DESIGN, Classifier, compare, context

RECORDS: list[dict[str, Any]] = [
    {
        "id": "o0",
        "kind": "organization",
        "name": "Komisi Pemberantasan Korupsi",
        "acronyms": ["KPK"],
    },
    {"id": "p1", "kind": "person", "name": "Budi Santoso", "short": ["Santoso"]},
]
CLASSIFIER = Classifier(RECORDS)


@pytest.mark.parametrize(
    ("text", "span", "tool_spans", "expected"),
    [
        ("kpk datang", (0, 3), [], "acronym not in capitals"),
        ("Kpk datang", (0, 3), [], "acronym not in capitals"),
        ("KPK-nya datang", (0, 3), [], "before a hyphenated clitic"),
        ("(Budi Santoso)", (1, 13), [], "inside brackets"),
        ("Budi Santoso datang", (0, 12), [(0, 4)], "different extent"),
        ("Budi Santoso datang", (0, 12), [(0, 13)], "the tool's span ends one character late"),
        ("Budi Santoso, datang", (0, 12), [(0, 13)], "the tool's span ends one character late"),
        ("Budi Santoso datang", (0, 12), [(0, 14)], "different extent"),
        ("ada Budi Santoso", (4, 16), [], "other"),
    ],
)
def test_missing(
    text: str, span: tuple[int, int], tool_spans: list[tuple[int, int]], expected: str
) -> None:
    assert CLASSIFIER.missing(text, span, tool_spans) == expected


@pytest.mark.parametrize(
    ("text", "span", "reference_spans", "expected"),
    [
        ("Santoso datang", (0, 7), [], "short form in context"),
        ("KPKnya", (0, 3), [], "inside a word"),
        ("Budi Santoso datang", (0, 13), [(0, 12)], "span ends one character late"),
        ("Budi Santoso datang", (0, 14), [(0, 12)], "different extent"),
        ("Budi Santoso datang", (5, 12), [(0, 12)], "different extent"),
        ("Budi  Santoso", (0, 13), [], "not a listed string (spelling or space variant)"),
        ("KPK", (0, 3), [], "other"),
    ],
)
def test_extra(
    text: str, span: tuple[int, int], reference_spans: list[tuple[int, int]], expected: str
) -> None:
    assert CLASSIFIER.extra(text, span, reference_spans) == expected


def test_compare_counts_and_puts_by_design_classes_apart() -> None:
    docs = ["KPK dan kpk. Budi Santoso lalu Santoso.", "tidak ada"]
    reference = [[(0, 3), (8, 11), (13, 25)], []]
    tool = [[(0, 3), (13, 25), (31, 38)], [(0, 5)]]
    result = compare(docs, reference, tool, CLASSIFIER)
    assert (result.reference, result.tool, result.agreed) == (3, 4, 2)
    assert dict(result.classes) == {
        "acronym not in capitals": 1,
        "short form in context": 1,
        "extra: not a listed string (spelling or space variant)": 1,
    }
    assert result.rate == pytest.approx(2 / 5)
    assert result.rate_outside(set(BY_DESIGN)) == pytest.approx(2 / 3)
    assert result.examples["acronym not in capitals"] == [
        "KPK dan [kpk]. Budi Santoso lalu Santoso."
    ]


def test_agreement_of_nothing_is_full() -> None:
    result = compare(["a"], [[]], [[]], CLASSIFIER)
    assert result.rate == 1.0


def test_context_is_one_line() -> None:
    assert context("ab\ncd KPK ef", (6, 9), width=4) == " cd [KPK] ef"
