"""The workload: gazetteers of several sizes, the phrases every tool gets, and news-like text.

The gazetteers are prefixes of the one `tag-speed` writes (the generator of
`benches/src/gazetteer_gen.rs`: persons with Indonesian names, templated regional institutions,
real national acronyms first), so the 1k gazetteer is the first 1,000 lines of the 10k one.

The text is generated here, deterministically, because the comparison needs a text that
mentions the gazetteer's entities: articles with datelines, quotations, dates and times, `Rp`
amounts, en and em dashes, mentions in their own case, in capitals (headlines) and in lower case,
`-nya`/`-lah`/`-pun` clitics after a mention, parenthesised acronyms after the full name, short
forms after a full mention, and glued near-misses (`KPKnya`, `Budi2`) that are no mention.
Mentions are drawn half from the first 1,000 entities (so every size has them) and half from
all 100,000.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Gazetteer sizes of the comparison.
SIZES = (1_000, 10_000, 100_000)


@dataclass(frozen=True)
class Phrase:
    """A string a tool is given: an entity's name, alias or acronym."""

    text: str
    entity: str
    kind: str
    acronym: bool


def read_records(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first `limit` (all when `None`) entity records of a gazetteer JSON Lines file."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(records) >= limit:
                break
            line = line.strip()
            if line and not line.startswith("#"):
                records.append(json.loads(line))
    return records


def phrases(records: Sequence[dict[str, Any]]) -> list[Phrase]:
    """Names, aliases and acronyms of `records`, in gazetteer order (short forms are left out:
    they are mentions only in context, which no phrase list can say)."""
    out: list[Phrase] = []
    for record in records:
        entity, kind = str(record["id"]), str(record["kind"])
        if "phrase" in record:
            # A gazetteer `eval-match --export` wrote: the gold string is the one phrase.
            acronym = bool(record.get("acronyms"))
            out.append(Phrase(str(record["phrase"]), entity, str(record["type"]), acronym))
            continue
        for text in [record["name"], *record.get("aliases", [])]:
            out.append(Phrase(str(text), entity, kind, acronym=False))
        for text in record.get("acronyms", []):
            out.append(Phrase(str(text), entity, kind, acronym=True))
    return out


def write_prefix(source: Path, target: Path, size: int) -> None:
    """Write the first `size` lines of the gazetteer `source` to `target`."""
    with source.open(encoding="utf-8") as lines:
        head = [line for _, line in zip(range(size), lines, strict=False)]
    if len(head) < size:
        raise ValueError(f"{source}: {len(head)} entities, fewer than {size}")
    target.write_text("".join(head), encoding="utf-8")


def read_docs(path: Path) -> list[str]:
    """The `text` of each line of a documents JSON Lines file."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def write_docs(path: Path, docs: Sequence[str]) -> None:
    """Write `docs` as `{"id", "text"}` JSON Lines."""
    with path.open("w", encoding="utf-8") as out:
        for i, doc in enumerate(docs):
            out.write(json.dumps({"id": i, "text": doc}, ensure_ascii=False) + "\n")


CITIES = ["JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "MAKASSAR", "SEMARANG", "DENPASAR", "PADANG"]
OUTLETS = ["KOMPAS.com", "Tribunnews.com", "detik.com", "kumparan.com"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
VERBS = ["mengatakan", "menegaskan", "menjelaskan", "menyebutkan", "mengungkapkan"]
TOPICS = [
    "anggaran pendidikan", "pembangunan jalan tol", "bantuan sosial", "harga beras",
    "penanganan banjir", "dana desa", "proyek air bersih", "subsidi BBM",
]  # fmt: skip
FILLERS = [
    "Kegiatan itu berlangsung sejak pagi dan diikuti ratusan warga dari sejumlah kecamatan.",
    "Sebelumnya, rapat koordinasi digelar secara tertutup selama hampir tiga jam.",
    "Warga berharap program tersebut tidak berhenti di tengah jalan seperti tahun-tahun lalu.",
    "Data terbaru menunjukkan angka kemiskinan turun tipis dibanding periode yang sama.",
    "Hingga berita ini diturunkan, pihak terkait belum memberikan keterangan resmi.",
    "Antrean kendaraan mengular hingga dua kilometer—bahkan lebih pada jam sibuk.",
]  # fmt: skip
CLITICS = ["-nya", "-lah", "-pun"]


class NewsGenerator:
    """Deterministic news-like articles mentioning the entities of `records`."""

    def __init__(self, records: Sequence[dict[str, Any]], seed: int = 20_240_729) -> None:
        self.rng = random.Random(seed)
        self.records = list(records)
        self.acronymed = [r for r in self.records if r.get("acronyms")]
        self.persons = [r for r in self.records if r["kind"] == "person"]
        self.orgs = [
            r for r in self.records if r["kind"] == "organization" and not r.get("acronyms")
        ]

    def _pick(self, pool: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """An entity, half the time from those among the first 1,000 of the gazetteer."""
        head = [r for r in pool[:250]] if self.rng.random() < 0.5 else pool
        return self.rng.choice(head if head else pool)

    def _date(self) -> str:
        r = self.rng
        day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2025)
        if r.random() < 0.5:
            return f"{r.choice(DAYS)} ({day}/{month}/{year})"
        hour, minute = r.randint(7, 21), r.choice(["00", "15", "30"])
        return f"{r.choice(DAYS)}, {day} {MONTHS[month - 1]} {year}, pukul {hour}.{minute} WIB"

    def _amount(self) -> str:
        r = self.rng
        choice = r.randrange(4)
        if choice == 0:
            return f"Rp{r.randint(1, 99)},{r.randint(1, 9)} triliun"
        if choice == 1:
            return f"Rp {r.randint(10, 999)}.{r.randint(0, 999):03d}.000"
        if choice == 2:
            return f"Rp.{r.randint(1, 99)}.000"
        return f"Rp{r.randint(2, 40)}–{r.randint(41, 90)} miliar"

    def _cased(self, text: str) -> str:
        roll = self.rng.random()
        if roll < 0.08:
            return text.upper()
        if roll < 0.14:
            return text.lower()
        return text

    def sentence(self) -> str:
        """One sentence (a few kinds, weighted)."""
        r = self.rng
        kind = r.randrange(12)
        if kind == 0:
            org = self.rng.choice(self.acronymed)
            acr = org["acronyms"][0]
            return (
                f"{org['name']} ({acr}) memeriksa sejumlah saksi terkait {r.choice(TOPICS)} "
                f"pada {self._date()}."
            )
        if kind == 1:
            acr = self.rng.choice(self.acronymed)["acronyms"][0]
            clitic = r.choice(CLITICS)
            return f"Penyidik {acr}{clitic} menyita dokumen senilai {self._amount()}."
        if kind == 2:
            person = self._pick(self.persons)
            short = person.get("short", [person["name"].split()[-1]])[0]
            return (
                f"“Kami tidak akan mundur,” kata Kepala Dinas {self._cased(person['name'])} "
                f"di {r.choice(CITIES).title()}, {self._date()}. {short} menambahkan, "
                f"{r.choice(TOPICS)} mencapai {self._amount()}."
            )
        if kind == 3:
            org = self._pick(self.orgs)
            return (
                f"{self._cased(org['name'])} {r.choice(VERBS)} bahwa {r.choice(TOPICS)} "
                f"naik {r.randint(2, 40)} persen pada 2020–2024."
            )
        if kind == 4:
            person = self._pick(self.persons)
            first = person["name"].split()[0]
            acr = self.rng.choice(self.acronymed)["acronyms"][0]
            # Glued near-misses: no mention.
            return (
                f"Akun @{first.lower()} menulis {first}{r.randint(2, 9)} dan {acr}nya — "
                f"bukan {person['name']}{r.randint(2, 9)} — viral."
            )
        if kind == 5:
            person = self._pick(self.persons)
            clitic = r.choice(CLITICS)
            return f"Menurut warga, {person['name']}{clitic} yang paling sering datang ke lokasi."
        if kind == 6:
            acr = self.rng.choice(self.acronymed)["acronyms"][0]
            return f"'{acr.lower()} harus turun tangan,' tulis seorang warganet di media sosial."
        if kind == 7:
            person, org = self._pick(self.persons), self._pick(self.orgs)
            return f"{person['name']} — yang juga pejabat {org['name']} — belum bisa dihubungi."
        if kind == 8:
            acr = self.rng.choice(self.acronymed)["acronyms"][0]
            verb, topic = r.choice(VERBS), r.choice(TOPICS)
            return f'{acr} {verb}, "tidak ada toleransi" bagi pelaku korupsi {topic}.'
        return r.choice(FILLERS)

    def headline(self) -> str:
        """A headline in capitals."""
        person = self._pick(self.persons)
        acr = self.rng.choice(self.acronymed)["acronyms"][0]
        return f"{acr} PERIKSA {person['name'].upper()} SOAL {self.rng.choice(TOPICS).upper()}"

    def article(self) -> str:
        """One article: headline, dateline, 4 to 7 paragraphs of 3 to 6 sentences."""
        r = self.rng
        dateline = f"{r.choice(CITIES)}, {r.choice(OUTLETS)} — "
        paragraphs = [
            " ".join(self.sentence() for _ in range(r.randint(3, 6)))
            for _ in range(r.randint(4, 7))
        ]
        return self.headline() + "\n\n" + dateline + "\n\n".join(paragraphs)

    def articles(self, total_bytes: int) -> Iterator[str]:
        """Articles until their UTF-8 size reaches `total_bytes`."""
        size = 0
        while size < total_bytes:
            article = self.article()
            size += len(article.encode("utf-8"))
            yield article
