"""The scale-out examples of docs/scale.md, run on a small sample."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType

import pytest

import tokoh

TEXTS = [
    "Presiden Joko Widodo menerima pimpinan KPK.",
    "Menteri Luar Negeri AS Antony Blinken bertemu Menlu Rusia Sergei Lavrov di Jenewa.",
    "Tidak ada apa-apa.",
]


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def example(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # Worker processes unpickle the example's functions by module name:
    # they must be able to import it, as a user's own module would be.
    monkeypatch.syspath_prepend(str(EXAMPLES))
    monkeypatch.setenv("PYTHONPATH", str(EXAMPLES))
    return importlib.import_module("tag_shards")


def shards(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for s in range(3):
        path = folder / f"part-{s}.jsonl"
        lines = [json.dumps({"id": f"{s}-{i}", "text": t}) for i, t in enumerate(TEXTS)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def check(outputs: list[Path]) -> None:
    tagger = tokoh.Tokoh()
    expected = [[m.to_dict() for m in tagger.tag(t)] for t in TEXTS]
    assert len(outputs) == 3
    for s, out in enumerate(sorted(outputs)):
        docs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        assert [d["id"] for d in docs] == [f"{s}-{i}" for i in range(3)]
        assert [d["mentions"] for d in docs] == expected


def test_dask_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.bag")
    module = example(monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    check(module.with_dask(tokoh.Tokoh(), shards(tmp_path / "in"), out, 2))


def test_futures_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = example(monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    check(module.with_futures(tokoh.Tokoh(), shards(tmp_path / "in"), out, 2))
