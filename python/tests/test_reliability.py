"""Reliability of the Python package under adversarial use.

No panic of the native code reaches Python as ``PanicException``, whatever
the input; forked worker processes (``multiprocessing`` with ``fork``, also
after the parent used threads), subinterpreters and a 50 MB string without a
line break behave. Threads and pickling are tested in ``test_tagger.py``.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from collections.abc import Callable
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

import tokoh

NEWS = "Presiden Joko Widodo menerima pimpinan KPK-nya di Jakarta. "

# Pieces that collide with the tokenizer's and the matcher's rules.
PIECES = [
    "KPK",
    "KPK-nya",
    "Joko",
    "Widodo",
    "Menlu",
    "AS",
    "Rp1,5",
    "29/7/2022",
    "https://a.id/x",
    "@a",
    "#b",
    "(",
    ")",
    "...",
    "-",
    "\u00a0",
    "\u200b",
    "\u0301",
    "\ufeff",
    "İ",
    "ß",
    "ς",
    "😀",
    "🇮🇩",
    "\n",
    "\n\n",
    " ",
    "习近平",
    "محمد",
    "\x00",
    "\x1b[31m",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = rng.choices(PIECES, k=rng.randrange(0, 40))
        if rng.random() < 0.3:
            parts.append(
                "".join(chr(rng.randrange(1, 0x10FFFF)) for _ in range(20))
                .encode("utf-8", "replace")
                .decode("utf-8", "replace")
            )
        texts.append(rng.choice(["", " "]).join(parts))
    return texts


def _panic_of(call: Callable[..., object], *args: object) -> BaseException | None:
    """Runs ``call(*args)``: the exception it raised if that is a panic of the
    native code (or anything else that is no ``Exception``), else ``None``."""
    try:
        call(*args)
    except Exception as e:
        return e if type(e).__name__ == "PanicException" else None
    except BaseException as e:
        # A PanicException derives from BaseException only.
        return e
    return None


BAD_RECORDS: list[Any] = [
    {},
    {"id": "x"},
    {"id": "x", "kind": "person", "name": "..."},
    {"id": "x", "kind": "person", "name": "\u0301"},
    {"id": "x", "kind": "person", "name": "A", "aliases": ["-", " "]},
    {"id": "x", "kind": "person", "name": "A", "aliases": "A"},
    {"id": "x", "kind": "person", "name": "A", "roles": [{"start": "2024-02-30"}]},
    {"id": "x", "kind": "person", "name": "A", "roles": [None, 5]},
    {"id": "x", "kind": "person", "name": "A", "country": "Indonesia"},
    {"id": "x", "kind": "person", "name": "A", "meta": float("nan")},
    {"id": "x", "kind": "person", "name": "A", "meta": 10**40},
    {"id": "x", "kind": "person", "name": "A", "meta": {"\ud800": 1}},
    {"id": 5, "kind": "person", "name": "A"},
    {"id": "x", "kind": "person", "name": "A" * 100_000},
    {"id": "x", "kind": "thing", "name": "A"},
    {"id": "x\x00", "kind": "place", "name": "A\x00B"},
]


@pytest.mark.parametrize("record", BAD_RECORDS)
def test_bad_records_never_panic(record: Any) -> None:
    def build_and_tag(record: Any) -> object:
        return tokoh.Tokoh(tokoh.Gazetteer.from_records([record])).tag("A B")

    assert _panic_of(build_and_tag, record) is None


def test_adversarial_text_never_panics() -> None:
    tagger = tokoh.Tokoh()
    small = tokoh.Tokoh(
        tokoh.Gazetteer.from_records(
            [
                {"id": "k", "kind": "organization", "name": "KPK KPK", "acronyms": ["KPK"]},
                {"id": "s", "kind": "person", "name": "Straße ς", "short": ["ς"]},
            ]
        ),
        builtin=False,
    )
    texts = [*_texts(120, seed=7), "\ud800 KPK", "KPK\udfff", "(" * 10_000 + "KPK" + ")" * 10_000]
    for text in texts:
        for t in (tagger, small):
            for call in (t.tag, t.tokenize, t.sentences):
                assert _panic_of(call, text) is None, (call, text)
    assert _panic_of(partial(tagger.tag_batch, threads=3), texts) is None
    # Offsets hold on every text that is valid Unicode.
    for text in texts:
        if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            continue
        for m in tagger.tag(text):
            assert text[m.start : m.end] == m.text


def test_jsonl_files_with_bad_bytes_never_panic(tmp_path: Path) -> None:
    rng = random.Random(11)
    good = json.dumps({"id": "q", "kind": "place", "name": "Bali"}).encode()
    for i in range(50):
        data = bytearray(good + b"\n" + good.replace(b"q", b"r"))
        for _ in range(rng.randrange(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"g{i}.jsonl"
        path.write_bytes(bytes(data))
        assert _panic_of(tokoh.Gazetteer.from_jsonl, path) is None, bytes(data)


def test_fifty_megabytes_without_a_line_break() -> None:
    # Words and emoji (four bytes, one code point) without a line break, a
    # sentence with two mentions every 10 KB: code-point offsets stay exact
    # to the end. (`test_errors.py` has 50 MB of one letter.)
    tagger = tokoh.Tokoh()
    unit = "kata 😀 " * 1250 + "Presiden Joko Widodo ke KPK. "
    copies = 50_000_000 // len(unit.encode("utf-8"))
    text = unit * copies
    mentions = tagger.tag(text)
    assert len(mentions) == 2 * copies
    assert [m.text for m in mentions[-2:]] == ["Joko Widodo", "KPK"]
    last = mentions[-1]
    assert text[last.start : last.end] == "KPK"
    assert last.end == len(text) - 2
    assert last.byte_end == len(text.encode("utf-8")) - 2


def _tag_texts(texts: list[str]) -> list[list[str]]:
    return [[m.text for m in mentions] for mentions in _FORK_TAGGER.tag_batch(texts, threads=2)]


_FORK_TAGGER = tokoh.Tokoh()


def test_forked_workers_after_the_parent_used_threads() -> None:
    # The parent runs batches on threads first: a forked child must not wait
    # on threads that exist only in the parent.
    texts = [NEWS, "Menlu AS Antony Blinken", "tanpa nama"]
    expected = _tag_texts(texts)
    with get_context("fork").Pool(2) as pool:
        results = pool.map(_tag_texts, [texts] * 6, chunksize=1)
    assert results == [expected] * 6


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="_xxsubinterpreters is gone in 3.13")
@pytest.mark.parametrize("imported_first", [False, True])
def test_subinterpreters_work_or_refuse_cleanly(imported_first: bool) -> None:
    # Importing tokoh in a subinterpreter either works or raises an
    # ImportError there; the process never crashes or panics.
    result = _run(
        f"""
        import _xxsubinterpreters as interpreters
        if {imported_first}:
            import tokoh
            assert tokoh.Tokoh().tag("KPK")
        interp = interpreters.create()
        try:
            interpreters.run_string(interp, "import tokoh; assert tokoh.Tokoh().tag('KPK')")
            print("worked")
        except interpreters.RunFailedError as e:
            print("refused:", e)
        interpreters.destroy(interp)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "PanicException" not in result.stderr + result.stdout
    out = result.stdout.strip()
    assert out == "worked" or (out.startswith("refused:") and "ImportError" in out), out
