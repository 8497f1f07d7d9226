"""Tag a directory of JSON Lines shards on several processes: with Dask, or with the standard
library's concurrent.futures. See docs/scale.md.

    python examples/tag_shards.py SHARDS_DIR OUT_DIR [--engine dask|futures] [--workers N]

Each input line is a document ``{"id": ..., "text": ...}``; each output shard has one line per
document, ``{"id": ..., "mentions": [...]}`` with the fields of ``Mention.to_dict()``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import tokoh


def tag_lines(tagger: tokoh.Tokoh, lines: Iterable[str]) -> Iterator[str]:
    """One output line per input document line (blank lines skipped)."""
    for line in lines:
        if line.strip():
            doc = json.loads(line)
            mentions = [m.to_dict() for m in tagger.tag(doc["text"])]
            yield json.dumps({"id": doc.get("id"), "mentions": mentions}, ensure_ascii=False)


def tag_shard(tagger: tokoh.Tokoh, shard: Path, out_dir: Path) -> Path:
    """Tags one shard into ``out_dir`` (same file name) and returns the output path."""
    out = out_dir / shard.name
    with shard.open(encoding="utf-8") as lines, out.open("w", encoding="utf-8") as written:
        for line in tag_lines(tagger, lines):
            written.write(line + "\n")
    return out


def with_futures(
    tagger: tokoh.Tokoh, shards: list[Path], out_dir: Path, workers: int
) -> list[Path]:
    """A process pool: the tagger is pickled to each worker, which rebuilds it once per task."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(tag_shard, [tagger] * len(shards), shards, [out_dir] * len(shards)))


def with_dask(tagger: tokoh.Tokoh, shards: list[Path], out_dir: Path, workers: int) -> list[Path]:
    """A Dask bag, one partition per shard, computed on local processes."""
    import dask.bag

    def partition(lines: Iterable[str]) -> list[str]:
        return list(tag_lines(tagger, lines))

    bag = dask.bag.read_text([str(s) for s in shards], encoding="utf-8")  # type: ignore[no-untyped-call]
    outputs = [str(out_dir / s.name) for s in shards]
    bag.map_partitions(partition).to_textfiles(
        outputs, encoding="utf-8", compute_kwargs={"scheduler": "processes", "num_workers": workers}
    )
    return [Path(o) for o in outputs]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shards", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--engine", choices=["dask", "futures"], default="dask")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--gazetteer", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    shards = sorted(args.shards.glob("*.jsonl"))
    args.out.mkdir(parents=True, exist_ok=True)
    tagger = tokoh.Tokoh(args.gazetteer)
    run: Any = with_dask if args.engine == "dask" else with_futures
    for path in run(tagger, shards, args.out, args.workers):
        print(path)


if __name__ == "__main__":
    main()
