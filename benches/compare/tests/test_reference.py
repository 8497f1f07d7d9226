"""The reference semantics, and the filter the Aho-Corasick tools use, on hand-written cases."""

from __future__ import annotations

import random

import pytest

from tokoh_compare.reference import (
    Reference,
    boundary_filter,
    fold,
    is_boundary,
    leftmost_longest,
)

PHRASES = [
    "KPK",
    "Komisi Pemberantasan Korupsi",
    "Komisi Pemberantasan",
    "Budi Santoso",
    "Budi Santoso Wijaya12",
    "Bali",
    "PT Pertamina (Persero)",
    "Badan Meteorologi, Klimatologi, dan Geofisika",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KPK memeriksa", ["KPK"]),
        ("kpk dan Kpk", ["kpk", "Kpk"]),  # any case
        ("(KPK)", ["KPK"]),
        ("KPK-nya", ["KPK"]),  # a hyphen is a boundary
        ("KPKnya", []),  # glued: no boundary
        ("Budi2 datang", []),
        ("Budi Santoso Wijaya122", ["Budi Santoso"]),  # the longer one cuts a word
        ("Budi Santoso Wijaya12.", ["Budi Santoso Wijaya12"]),  # longest wins
        ("BUDI SANTOSO WIJAYA12", ["BUDI SANTOSO WIJAYA12"]),
        ("Komisi Pemberantasan Korupsi (KPK)", ["Komisi Pemberantasan Korupsi", "KPK"]),
        ("Komisi Pemberantasan Korup", ["Komisi Pemberantasan"]),
        ("Balikpapan dan Bali", ["Bali"]),
        ("di PT Pertamina (Persero) itu", ["PT Pertamina (Persero)"]),
        (
            "Badan Meteorologi, Klimatologi, dan Geofisika",
            ["Badan Meteorologi, Klimatologi, dan Geofisika"],
        ),
        ("Budi  Santoso", []),  # the space is part of the phrase
        ("Ökpk kpkÖ", []),  # non-ASCII letters are word characters
        ("—KPK—", ["KPK"]),
        ("", []),
    ],
)
def test_reference_finds(text: str, expected: list[str]) -> None:
    found = Reference(PHRASES).find(text)
    assert [text[s:e] for s, e, _ in found] == expected


def test_phrase_index_is_the_first_of_equal_folded_forms() -> None:
    found = Reference(["Apa", "APA"]).find("apa")
    assert found == [(0, 3, 0)]


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("ab", 1, False),
        ("a b", 1, True),
        ("a b", 2, True),
        ("ab", 0, True),
        ("ab", 2, True),
        ("a_b", 1, False),
        ("é1", 1, False),
    ],
)
def test_is_boundary(text: str, offset: int, expected: bool) -> None:
    assert is_boundary(text, offset) is expected


def test_fold_keeps_length() -> None:
    assert fold("İSTANBUL KPK") == "İstanbul kpk"
    assert len(fold("İİ")) == 2


def test_leftmost_longest() -> None:
    candidates = [(5, 8, 0), (0, 3, 1), (0, 6, 2), (6, 9, 3), (2, 4, 4)]
    assert leftmost_longest(candidates) == [(0, 6, 2), (6, 9, 3)]


@pytest.mark.parametrize("seed", range(20))
def test_filter_over_all_occurrences_equals_the_reference(seed: int) -> None:
    """All occurrences, boundary filter, leftmost-longest: the pipeline of the Aho-Corasick
    tools gives the reference's spans on random texts made of phrase pieces and glue."""
    rng = random.Random(seed)
    words = [
        "kpk",
        "KPK",
        "budi",
        "Santoso",
        "wijaya12",
        "2",
        "nya",
        "-",
        " ",
        "(",
        ")",
        "bali",
        "k",
    ]
    phrases = [
        "KPK",
        "Budi Santoso",
        "Budi Santoso Wijaya12",
        "santoso wijaya12",
        "Bali",
        "k",
        "nya",
    ]
    text = "".join(rng.choice(words) for _ in range(200))
    folded_text = fold(text)
    occurrences = []
    for index, phrase in enumerate(phrases):
        needle = fold(phrase)
        start = folded_text.find(needle)
        while start != -1:
            occurrences.append((start, start + len(needle), index))
            start = folded_text.find(needle, start + 1)
    piped = [(s, e) for s, e, _ in leftmost_longest(boundary_filter(text, occurrences))]
    assert piped == [(s, e) for s, e, _ in Reference(phrases).find(text)]
