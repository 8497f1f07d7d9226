"""The Tokoh tagger, Gazetteer and Entity as a user meets them."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

import tokoh

NEWS = (
    "Presiden Joko Widodo menerima pimpinan KPK di Istana. Kata Jokowi, KPK-nya bekerja. "
    "Menteri Luar Negeri AS Antony Blinken bertemu Menlu Rusia Sergei Lavrov."
)
RECORDS: list[dict[str, Any]] = [
    {
        "id": "whelan",
        "kind": "person",
        "name": "Paul Whelan",
        "short": ["Whelan"],
        "roles": [{"title": "Marinir", "country": "US", "start": "1994-01-01"}],
        "rank": 3,
    },
    {"id": "jenewa", "kind": "place", "name": "Jenewa", "country": "CH"},
]


def test_builtin_tagger_finds_officials_with_titles() -> None:
    tagger = tokoh.Tokoh()
    mentions = tagger.tag(NEWS)
    ids = [m.entity.id for m in mentions]
    assert "tokoh:person/joko-widodo" in ids
    assert "tokoh:id/org/kpk" in ids
    jokowi = mentions[ids.index("tokoh:person/joko-widodo")]
    assert jokowi.title is not None
    assert jokowi.title.text == "Presiden"
    assert jokowi.via == "name"
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start


def test_gazetteer_arguments(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    text = "Paul Whelan ditahan. Whelan di Jenewa."
    expected = ["Paul Whelan", "Whelan", "Jenewa"]
    for gazetteers in (
        str(path),
        path,
        [path],
        (str(path),),
        tokoh.Gazetteer.from_jsonl(path),
        [tokoh.Gazetteer.from_records(RECORDS)],
    ):
        tagger = tokoh.Tokoh(gazetteers, builtin=False)
        assert [m.text for m in tagger.tag(text)] == expected, gazetteers
        assert len(tagger.gazetteer) == 2
    with_builtin = tokoh.Tokoh(path)
    assert len(with_builtin.gazetteer) == len(tokoh.Gazetteer.builtin()) + 2


def test_gazetteer_and_entities() -> None:
    gazetteer = tokoh.Gazetteer.from_records(RECORDS)
    assert len(gazetteer) == 2
    assert [e.id for e in gazetteer] == ["whelan", "jenewa"]
    assert "whelan" in gazetteer
    assert "nobody" not in gazetteer
    assert 5 not in gazetteer
    whelan = gazetteer["whelan"]
    assert gazetteer.get("nobody") is None
    assert gazetteer.get("whelan") == whelan
    with pytest.raises(KeyError):
        gazetteer["nobody"]
    assert whelan.kind == "person"
    assert whelan.short == ["Whelan"]
    assert whelan.metadata == {"rank": 3}
    (role,) = whelan.roles
    assert (role.title, role.country, role.start, role.end, role.org) == (
        "Marinir",
        "US",
        "1994-01-01",
        None,
        None,
    )
    assert whelan.to_dict()["roles"] == [
        {"title": "Marinir", "country": "US", "start": "1994-01-01"}
    ]
    assert json.loads(whelan.to_json())["id"] == "whelan"
    assert repr(whelan) == "Entity(id='whelan', kind='person', name='Paul Whelan')"
    assert {whelan, gazetteer["whelan"]} == {whelan}
    assert (
        tokoh.Gazetteer.from_records(
            json.loads(line) for line in gazetteer.to_jsonl().splitlines()
        ).to_jsonl()
        == gazetteer.to_jsonl()
    )
    builtin = tokoh.Gazetteer.builtin()
    assert len(builtin) > 50
    assert builtin.data_as_of is not None
    assert len(tokoh.Gazetteer()) == 0


def test_mentions_are_frozen_values() -> None:
    tagger = tokoh.Tokoh()
    first, second = tagger.tag(NEWS), tagger.tag(NEWS)
    assert first == second
    assert {*first} == {*second}
    m = first[0]
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]
    assert repr(m).startswith("Mention(start=9, end=20, text='Joko Widodo'")
    d = m.to_dict()
    assert list(d) == [
        "start",
        "end",
        "byte_start",
        "byte_end",
        "text",
        "id",
        "kind",
        "name",
        "matched",
        "via",
        "title",
        "candidates",
    ]
    assert d["title"] == {"start": 0, "end": 8, "byte_start": 0, "byte_end": 8, "text": "Presiden"}


def test_pickling_round_trips() -> None:
    tagger = tokoh.Tokoh(tokoh.Gazetteer.from_records(RECORDS))
    again = pickle.loads(pickle.dumps(tagger))
    assert repr(again) == repr(tagger)
    text = NEWS + " Paul Whelan ditahan; Whelan dibebaskan."
    assert again.tag(text) == tagger.tag(text)
    mentions = tagger.tag(text)
    assert pickle.loads(pickle.dumps(mentions)) == mentions
    restored = pickle.loads(pickle.dumps(mentions[0]))
    assert restored.entity.to_dict() == mentions[0].entity.to_dict()
    gazetteer = tokoh.Gazetteer.from_records(RECORDS)
    assert pickle.loads(pickle.dumps(gazetteer)).to_jsonl() == gazetteer.to_jsonl()
    entity = gazetteer["whelan"]
    assert pickle.loads(pickle.dumps(entity)) == entity
    span = mentions[0].title
    assert span is not None
    assert pickle.loads(pickle.dumps(span)) == span
    unpickled = pickle.loads(pickle.dumps(tokoh.Tokoh(builtin=False)))
    assert len(unpickled.gazetteer) == 0


def test_tag_batch_equals_tag() -> None:
    tagger = tokoh.Tokoh()
    texts = [NEWS, "", "Tidak ada apa-apa.", NEWS.upper(), "KPK " * 1000] * 20
    expected = [tagger.tag(t) for t in texts]
    for threads in (None, 1, 2, 7):
        assert tagger.tag_batch(texts, threads=threads) == expected
    assert tagger.tag_batch(iter(texts[:3])) == expected[:3]
    assert tagger.tag_batch([]) == []


def test_thread_pool_stress() -> None:
    # Many Python threads sharing one tagger, some batching on threads of
    # their own: any deadlock shows as a timeout.
    tagger = tokoh.Tokoh()
    expected = tagger.tag(NEWS)

    def work(i: int) -> bool:
        if i % 3 == 0:
            return tagger.tag_batch([NEWS] * 5, threads=2) == [expected] * 5
        return tagger.tag(NEWS) == expected

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(400), timeout=120))
    assert all(results)


def _tag_in_child(tagger: tokoh.Tokoh) -> list[dict[str, object]]:
    return [m.to_dict() for m in tagger.tag(NEWS)]


def test_multiprocessing_ships_a_tagger() -> None:
    tagger = tokoh.Tokoh(tokoh.Gazetteer.from_records(RECORDS))
    with get_context("spawn").Pool(2) as pool:
        results = pool.map(_tag_in_child, [tagger] * 4, chunksize=1)
    expected = [m.to_dict() for m in tagger.tag(NEWS)]
    assert results == [expected] * 4


def test_reprs() -> None:
    tagger = tokoh.Tokoh(builtin=False)
    assert repr(tagger) == "Tokoh(entities=0, builtin=False)"
    assert repr(tokoh.Gazetteer.from_records(RECORDS)) == "Gazetteer(entities=2)"
    token = tagger.tokenize("Halo 'dunia'")[0]
    assert repr(token) == "Token(start=0, end=4, text='Halo', kind='word')"
    assert tokoh.__version__
