"""One measurement of one tool on one gazetteer and one set of documents, in this process.

Run it in a fresh process per measurement (`python -m tokoh_compare measure ...`, which `run.sh`
does), so that one tool's allocations and caches never reach another's figures.
"""

from __future__ import annotations

import gc
import importlib
import json
import time
from pathlib import Path
from typing import Any

from .tools import TOOLS
from .workload import read_docs


def resident_kb() -> int:
    """The process's resident set in kB (`VmRSS`; 0 where `/proc` has no such file)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="utf-8")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def first_bytes(docs: list[str], limit: int | None) -> list[str]:
    """The first of `docs` whose UTF-8 size adds up to at most `limit` (all when `None`)."""
    if limit is None:
        return docs
    kept: list[str] = []
    size = 0
    for doc in docs:
        size += len(doc.encode("utf-8"))
        if size > limit:
            break
        kept.append(doc)
    return kept


def measure(
    tool_key: str,
    gazetteer: Path,
    docs_path: Path,
    spans_out: Path | None,
    limit_bytes: int | None = None,
) -> dict[str, Any]:
    """Build, run once over the documents, serialise; the figures as a JSON-able dict.

    With `limit_bytes`, only the first documents up to that UTF-8 size are matched (for tools
    so slow that the whole text would take minutes a run).
    """
    tool = TOOLS[tool_key]
    for module in tool.modules:
        importlib.import_module(module)
    docs = first_bytes(read_docs(docs_path), limit_bytes)
    size = sum(len(d.encode("utf-8")) for d in docs)
    gc.collect()
    before = resident_kb()
    start = time.perf_counter()
    matcher = tool.build(gazetteer)
    build_seconds = time.perf_counter() - start
    gc.collect()
    after_build = resident_kb()

    start = time.perf_counter()
    results = tool.run(matcher, docs)
    seconds = time.perf_counter() - start
    spans = [tool.spans(r) for r in results]
    mentions = sum(len(s) for s in spans)
    del results
    if spans_out is not None:
        with spans_out.open("w", encoding="utf-8") as out:
            for i, doc_spans in enumerate(spans):
                out.write(json.dumps({"id": i, "spans": doc_spans}) + "\n")

    serialised: int | None = None
    load_seconds: float | None = None
    if tool.dump is not None and tool.load is not None:
        data = tool.dump(matcher)
        serialised = len(data)
        start = time.perf_counter()
        loaded = tool.load(data)
        load_seconds = time.perf_counter() - start
        del loaded
    return {
        "tool": tool_key,
        "gazetteer": str(gazetteer),
        "docs": str(docs_path),
        "documents": len(docs),
        "limit_bytes": limit_bytes,
        "bytes": size,
        "mentions": mentions,
        "seconds": seconds,
        "mb_per_s": size / seconds / 1e6,
        "build_seconds": build_seconds,
        "rss_growth_kb": after_build - before,
        "serialised_bytes": serialised,
        "load_seconds": load_seconds,
    }
