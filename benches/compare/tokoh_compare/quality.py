"""Spans of the other tools on the sets `eval-match --export` wrote, for `eval-match --spans-from`.

Each tool is built from the set's gazetteer (one phrase per distinct gold string of the
training part) and matches every evaluated document from its raw text; a span's type is the
type of the phrase it matched (looked up by its folded text). tokoh is scored by `eval-match`
itself, with the same gazetteer, so every tool meets the same documents and strings.
"""

from __future__ import annotations

import json
from pathlib import Path

from .reference import fold
from .tools import TOOLS
from .workload import phrases, read_records


def write_spans(tool_key: str, data: Path, out: Path) -> int:
    """Write `tool_key`'s spans of every document of `data/docs.jsonl` to `out`; the count."""
    tool = TOOLS[tool_key]
    by_set: dict[str, list[tuple[str, str]]] = {}
    with (data / "docs.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            by_set.setdefault(doc["set"], []).append((str(doc["id"]), doc["text"]))
    written = 0
    with out.open("w", encoding="utf-8") as sink:
        for name, docs in by_set.items():
            gazetteer = data / f"gazetteer-{name}.jsonl"
            types: dict[str, str] = {}
            for phrase in phrases(read_records(gazetteer)):
                types.setdefault(fold(phrase.text), phrase.kind)
            matcher = tool.build(gazetteer)
            results = tool.run(matcher, [text for _, text in docs])
            for (doc_id, text), result in zip(docs, results, strict=True):
                spans = [[s, e, types.get(fold(text[s:e]), "ORG")] for s, e in tool.spans(result)]
                written += len(spans)
                record = {"set": name, "id": doc_id, "tool": tool.label, "spans": spans}
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return written
