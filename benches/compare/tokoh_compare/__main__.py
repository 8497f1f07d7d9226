"""Command line of the comparison harness; `benches/compare/run.sh` calls each step."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from . import agree, measure, quality, report, workload
from .tools import TOOLS


def _generate(args: argparse.Namespace) -> None:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        workload.write_prefix(args.gazetteer, out / f"gazetteer-{size}.jsonl", size)
    records = workload.read_records(args.gazetteer)
    docs = list(workload.NewsGenerator(records).articles(args.bytes))
    workload.write_docs(out / "synthetic.jsonl", docs)
    size = sum(len(d.encode("utf-8")) for d in docs)
    info = {
        "synthetic": f"{len(docs):,} generated articles, {size / 1e6:.2f} MB "
        "(`benches/compare/tokoh_compare/workload.py`).",
    }
    print(f"synthetic: {len(docs)} articles, {size / 1e6:.2f} MB", file=sys.stderr)
    nerui = args.shared / "data" / "nerui-raw" / "training_data.txt"
    if nerui.is_file():
        lines = [
            re.sub(r"<[^>]+>", "", line.rsplit("\t", 1)[0]).strip()
            for line in nerui.read_text(encoding="utf-8").splitlines()
        ]
        kept = [line for line in lines if line]
        workload.write_docs(out / "nerui.jsonl", kept)
        mb = sum(len(line.encode("utf-8")) for line in kept) / 1e6
        info["nerui"] = (
            f"`../shared/data/nerui-raw/training_data.txt`, one document per line, "
            f"ENAMEX tags removed: {len(kept):,} lines, {mb:.2f} MB."
        )
    else:
        print(f"skipping the nerui-raw text: {nerui} not found", file=sys.stderr)
    (out / "info.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")


def _measure(args: argparse.Namespace) -> None:
    figures = measure.measure(args.tool, args.gazetteer, args.docs, args.spans, args.limit_bytes)
    args.out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(
        f"{args.tool:20} {figures['mb_per_s']:8.2f} MB/s  build {figures['build_seconds']:.2f} s",
        file=sys.stderr,
    )


def _agree(args: argparse.Namespace) -> None:
    docs = workload.read_docs(args.docs)
    records = workload.read_records(args.gazetteer)
    reference = agree.reference_spans(docs, records)
    classifier = agree.Classifier(records)
    tools: dict[str, Any] = {}
    out = {"reference_mentions": sum(map(len, reference)), "tools": tools}
    for spans in sorted(args.spans_dir.glob(f"{args.prefix}-*.jsonl")):
        tool = spans.stem[len(args.prefix) + 1 :]
        result = agree.compare(docs, reference, agree.read_spans(spans), classifier)
        tools[tool] = result.to_dict()
        print(f"{tool:20} agreement {result.rate:.4%}", file=sys.stderr)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _quality(args: argparse.Namespace) -> None:
    for tool in args.tools:
        count = quality.write_spans(tool, args.data, args.out_dir / f"{tool}-spans.jsonl")
        print(f"{tool:20} {count} spans", file=sys.stderr)


def _report(args: argparse.Namespace) -> None:
    text = report.render(args.results, args.chart)
    args.out.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run one step."""
    parser = argparse.ArgumentParser(prog="tokoh_compare", description=__doc__)
    steps = parser.add_subparsers(dest="step", required=True)

    p = steps.add_parser("generate", help="gazetteer prefixes and the documents")
    p.add_argument("--gazetteer", type=Path, required=True, help="the largest generated gazetteer")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sizes", type=int, nargs="+", default=list(workload.SIZES))
    p.add_argument("--bytes", type=int, default=10_000_000)
    p.add_argument("--shared", type=Path, default=Path("../shared"))
    p.set_defaults(run=_generate)

    p = steps.add_parser("measure", help="one tool, one gazetteer, one set of documents")
    p.add_argument("--tool", choices=sorted(TOOLS), required=True)
    p.add_argument("--gazetteer", type=Path, required=True)
    p.add_argument("--docs", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--spans", type=Path, help="also write the spans found")
    p.add_argument("--limit-bytes", type=int, help="only the first documents up to this size")
    p.set_defaults(run=_measure)

    p = steps.add_parser("agree", help="every tool's spans against the reference")
    p.add_argument("--docs", type=Path, required=True)
    p.add_argument("--gazetteer", type=Path, required=True)
    p.add_argument("--spans-dir", type=Path, required=True)
    p.add_argument("--prefix", required=True, help="spans files are PREFIX-TOOL.jsonl")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=_agree)

    p = steps.add_parser("quality", help="spans of the other tools on the NER sets")
    p.add_argument("--data", type=Path, required=True, help="what eval-match --export wrote")
    p.add_argument("--out-dir", type=Path, required=True)
    p.add_argument("--tools", nargs="+", required=True)
    p.set_defaults(run=_quality)

    p = steps.add_parser("report", help="the Markdown report and the chart")
    p.add_argument("--results", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--chart", type=Path, required=True)
    p.set_defaults(run=_report)

    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main()
