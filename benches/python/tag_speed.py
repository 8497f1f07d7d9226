"""Times the Python package on the articles and gazetteer that `tag-speed` wrote.

    python benches/python/tag_speed.py target/tag-speed

Measures `Tokoh.tag` one call per article, and `Tokoh.tag_batch` over all articles on 1 and 2
threads (best of --runs passes each), and prints each as MB/s and as a ratio to the Rust
figure of `rust.json` measured just before on the same files.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import tokoh


def best_of(runs: int, work: object) -> float:
    assert callable(work)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where tag-speed wrote its files")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    docs = [json.loads(line)["text"] for line in (args.folder / "docs.jsonl").open(encoding="utf-8")]
    rust = json.loads((args.folder / "rust.json").read_text("utf-8"))
    size = sum(len(d.encode()) for d in docs)
    start = time.perf_counter()
    tagger = tokoh.Tokoh(args.folder / "gazetteer.jsonl", builtin=False)
    build = time.perf_counter() - start

    mentions = sum(len(tagger.tag(d)) for d in docs)
    assert mentions == rust["mentions"], (mentions, rust["mentions"])
    rows = [("Rust Matcher::find, 1 thread", rust["mb_per_s"])]
    tag = best_of(args.runs, lambda: [tagger.tag(d) for d in docs])
    rows.append(("Python Tokoh.tag, one call per article", size / tag / 1e6))
    for threads in (1, 2):
        seconds = best_of(args.runs, lambda t=threads: tagger.tag_batch(docs, threads=t))
        rows.append((f"Python Tokoh.tag_batch, {threads} thread(s)", size / seconds / 1e6))

    print(
        f"{len(docs)} articles, {size / 1e6:.2f} MB, {rust['entities']} entities "
        f"(Tokoh built in {build:.2f} s), {mentions} mentions, best of {args.runs}"
    )
    print("| what | MB/s | vs Rust |")
    print("|---|---:|---:|")
    for name, speed in rows:
        print(f"| {name} | {speed:.1f} | {speed / rust['mb_per_s']:.2f} |")
    one, two = rows[2][1], rows[3][1]
    print(f"tag_batch 2 threads / 1 thread: {two / one:.2f}x")


if __name__ == "__main__":
    main()
