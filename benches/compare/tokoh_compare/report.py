"""`docs/benchmarks.md` and its chart, from the JSON files one run of `run.sh` wrote."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .agree import BY_DESIGN
from .tools import TOOLS

#: The tools other than tokoh, for the targets.
OTHERS = [k for k in TOOLS if not k.startswith("tokoh")]
#: The Rust core alone (`core-speed`), measured beside the tools: not a tool a user would pick
#: instead, but what this machine gives `Matcher::find` on one and on two threads.
CORE = {"core1": "1 thread", "core2": "2 threads"}
#: Short names of the texts, for tables.
TEXTS = {"synthetic": "generated", "postag": "nlpid-postag", "nerui": "nerui-raw"}
CORPORA = {
    "synthetic": "generated news-like text",
    "postag": "nlpid-postag news (real, detokenised)",
    "nerui": "nerui-raw text (real, tags removed)",
}


def _load(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]


def _runs(results: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """Measurements by (corpus, size, tool)."""
    grouped: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    for path in sorted((results / "measure").glob("*.json")):
        corpus, size, rest = path.stem.split("-", 2)
        tool = rest.rsplit("-", 1)[0]
        grouped.setdefault((corpus, int(size), tool), []).append(
            json.loads(path.read_text("utf-8"))
        )
    return grouped


def median(runs: Sequence[dict[str, Any]], key: str) -> float | None:
    """The median of `key` over the runs that have it."""
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def _fmt(value: float | None, digits: int = 1, unit: str = "") -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}{unit}"


def _speed_table(runs: dict[tuple[str, int, str], list[dict[str, Any]]], corpus: str) -> list[str]:
    sizes = sorted({s for c, s, _ in runs if c == corpus})
    if not sizes:
        return []
    largest = sizes[-1]
    tokoh = median(runs.get((corpus, largest, "tokoh"), []), "mb_per_s")
    head = " | ".join(f"{s:,} entities" for s in sizes)
    lines = [
        f"| tool | {head} | tokoh `tag` ÷ tool at {largest:,} |",
        "|---|" + "---:|" * (len(sizes) + 1),
    ]
    for tool in TOOLS:
        cells = []
        for size in sizes:
            these = runs.get((corpus, size, tool), [])
            speeds = [r["mb_per_s"] for r in these]
            cells.append(
                f"{statistics.median(speeds):.2f} "
                f"({min(speeds):.1f}–{max(speeds):.1f}, n={len(speeds)})"
                if speeds
                else "—"
            )
        mine = median(runs.get((corpus, largest, tool), []), "mb_per_s")
        ratio = f"{tokoh / mine:.2f}×" if tokoh and mine else "—"
        lines.append(f"| {TOOLS[tool].label} | " + " | ".join(cells) + f" | {ratio} |")
    return lines


def _core_table(runs: dict[tuple[str, int, str], list[dict[str, Any]]]) -> list[str]:
    """The Rust core on 1 and 2 threads next to `tag_batch` and `tag`, per text and size."""
    lines = [
        "| text | entities | core, 1 thread | core, 2 threads | core 2 ÷ 1 "
        "| `tag_batch` 2 ÷ 1 | `tag` ÷ core, 1 thread |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    keys = sorted(
        {(c, s) for c, s, t in runs if t in CORE}, key=lambda k: (list(CORPORA).index(k[0]), k[1])
    )
    for corpus, size in keys:

        def speed(tool: str, corpus: str = corpus, size: int = size) -> float | None:
            return median(runs.get((corpus, size, tool), []), "mb_per_s")

        one, two = speed("core1"), speed("core2")
        b1, b2, tag = speed("tokoh-batch1"), speed("tokoh-batch2"), speed("tokoh")
        lines.append(
            f"| {TEXTS.get(corpus, corpus)} | {size:,} | {_fmt(one, 2)} | {_fmt(two, 2)} "
            f"| {_ratio(two, one)} | {_ratio(b2, b1)} | {_ratio(tag, one)} |"
        )
    return lines if keys else []


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}×" if a and b else "—"


def _build_table(runs: dict[tuple[str, int, str], list[dict[str, Any]]], corpus: str) -> list[str]:
    sizes = sorted({s for c, s, _ in runs if c == corpus})
    lines = [
        "| tool | size | build s | resident growth MB | serialised MB | load s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for tool in TOOLS:
        if tool.startswith("tokoh-batch"):
            continue  # the same build as `tag`
        for size in sizes:
            these = runs.get((corpus, size, tool), [])
            if not these:
                continue
            build = median(these, "build_seconds")
            rss = median(these, "rss_growth_kb")
            ser = median(these, "serialised_bytes")
            load = median(these, "load_seconds")
            lines.append(
                f"| {TOOLS[tool].label} | {size:,} | {_fmt(build, 3)} | "
                f"{_fmt(None if rss is None else rss / 1000)} | "
                f"{_fmt(None if ser is None else ser / 1e6)} | {_fmt(load, 3)} |"
            )
    return lines


def _agreement(results: Path) -> tuple[list[str], list[str], dict[int, dict[str, Any]]]:
    table = [
        "| size | tool | documents | reference spans | tool spans | agreed | agreement "
        "| by-design rules excused |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    details: list[str] = []
    by_size: dict[int, dict[str, Any]] = {}
    paths = sorted((results / "agree").glob("synthetic-*.json"), key=lambda p: int(p.stem[10:]))
    for path in paths:
        size = int(path.stem.split("-")[1])
        data = json.loads(path.read_text("utf-8"))
        by_size[size] = data
        for tool in TOOLS:
            a = data["tools"].get(tool)
            if a is None:
                continue
            table.append(
                f"| {size:,} | {TOOLS[tool].label} | {a['documents']:,} | {a['reference']:,} "
                f"| {a['tool']:,} | {a['agreed']:,} | {a['rate']:.3%} "
                f"| {a['rate_by_design_excused']:.3%} |"
            )
    if by_size:
        size = max(by_size)
        details.append(
            f"Differences at {size:,} entities, per tool: count, then up to three examples "
            "(the span in brackets)."
        )
        details.append("")
        shown: dict[str, str] = {}
        for tool in TOOLS:
            a = by_size[size]["tools"].get(tool)
            if a is None:
                continue
            label = TOOLS[tool].label
            if not a["classes"]:
                details.append(f"- **{label}**: none.")
                continue
            key = json.dumps(a["classes"], sort_keys=True)
            if key in shown:
                details.append(f"- **{label}**: the same as {shown[key]}.")
                continue
            shown[key] = label
            details.append(f"- **{label}**")
            for cls, count in sorted(a["classes"].items(), key=lambda kv: -kv[1]):
                note = f" — by design, {BY_DESIGN[cls]}" if cls in BY_DESIGN else ""
                examples = "; ".join(f"`{e}`" for e in a["examples"].get(cls, []))
                details.append(f"  - {cls}: {count:,}{note}. {examples}")
    return table, details, by_size


def _chart(runs: dict[tuple[str, int, str], list[dict[str, Any]]], chart: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 5), dpi=120)
    for tool in TOOLS:
        points = sorted(
            (size, median(rs, "mb_per_s"))
            for (corpus, size, t), rs in runs.items()
            if corpus == "synthetic" and t == tool
        )
        if points:
            axes.plot(
                [p[0] for p in points],
                [p[1] for p in points],
                marker="o",
                label=TOOLS[tool].label.replace("`", ""),
            )
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("gazetteer size (entities)")
    axes.set_ylabel("throughput, MB/s (median)")
    axes.set_title("Matching throughput on generated news-like text")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8, loc="best")
    figure.tight_layout()
    figure.savefig(chart)
    plt.close(figure)


def _targets(
    runs: dict[tuple[str, int, str], list[dict[str, Any]]],
    agreement: dict[int, dict[str, Any]],
    quality: dict[str, Any] | None,
) -> list[str]:
    sizes = sorted({s for c, s, _ in runs if c == "synthetic"})
    if not sizes:
        return []
    largest = sizes[-1]
    at = f"at {largest:,}"

    def figure(tool: str, key: str) -> float | None:
        return median(runs.get(("synthetic", largest, tool), []), key)

    def check(ok: bool) -> str:
        return "✅" if ok else "❌"

    lines = ["| target | measured | holds |", "|---|---|:---:|"]
    tag = figure("tokoh", "mb_per_s")
    others = {t: v for t in OTHERS if (v := figure(t, "mb_per_s")) is not None}
    if tag and others:
        fastest = max(others, key=lambda t: others[t])
        ratio = tag / others[fastest]
        lines.append(
            f"| `tag` {at} ≥ 2× the fastest other tool | {tag:.1f} MB/s vs "
            f"{TOOLS[fastest].label} {others[fastest]:.1f} MB/s: {ratio:.2f}× "
            f"| {check(ratio >= 2)} |"
        )
        for tool, need in (("flashtext", 10), ("spacy-phrasematcher", 20)):
            if tool in others:
                r = tag / others[tool]
                label = TOOLS[tool].label
                lines.append(f"| `tag` {at} ≥ {need}× {label} | {r:.1f}× | {check(r >= need)} |")
    one, two = figure("tokoh-batch1", "mb_per_s"), figure("tokoh-batch2", "mb_per_s")
    if one and two:
        r = two / one
        core1, core2 = figure("core1", "mb_per_s"), figure("core2", "mb_per_s")
        ceiling = f" (the Rust core alone: {core2 / core1:.2f}×)" if core1 and core2 else ""
        lines.append(
            f"| `tag_batch` 2 threads ≥ 1.8× 1 thread | {r:.2f}×{ceiling} | {check(r >= 1.8)} |"
        )
    build = figure("tokoh", "build_seconds")
    builds = {t: v for t in OTHERS if (v := figure(t, "build_seconds")) is not None}
    if build is not None and builds:
        best = min(builds, key=lambda t: builds[t])
        lines.append(
            f"| build {at} ≤ the fastest other's | {build:.2f} s vs {TOOLS[best].label} "
            f"{builds[best]:.2f} s | {check(build <= builds[best])} |"
        )
    memory = figure("tokoh", "rss_growth_kb")
    memories = {t: v for t in OTHERS if (v := figure(t, "rss_growth_kb")) is not None and v > 0}
    if memory is not None and memories:
        least = min(memories, key=lambda t: memories[t])
        lines.append(
            f"| memory {at} ≤ 2× the smallest | {memory / 1000:.1f} MB vs {TOOLS[least].label} "
            f"{memories[least] / 1000:.1f} MB | {check(memory <= 2 * memories[least])} |"
        )
    for size, data in sorted(agreement.items()):
        a = data["tools"].get("tokoh")
        if a:
            r = a["rate_by_design_excused"]
            lines.append(
                f"| 100 % agreement but the by-design rules, {size:,} entities | {r:.3%} "
                f"| {check(r >= 1.0)} |"
            )
    for s in quality["sets"] if quality else []:
        tools = {t["tool"]: t for t in s["tools"]}
        mine = tools.get("tokoh")
        if not mine:
            continue
        recall = mine["matcher_recall"]["recall"]
        lines.append(
            f"| matcher recall ≥ 0.99, {s['set']} | {recall:.4f} | {check(recall >= 0.99)} |"
        )
        best_f1 = max((t["f1"] for n, t in tools.items() if n != "tokoh"), default=None)
        if best_f1 is not None:
            lines.append(
                f"| F1 ≥ every other tool's, {s['set']} | {mine['f1']:.4f} vs best other "
                f"{best_f1:.4f} | {check(mine['f1'] >= best_f1)} |"
            )
    return lines


def render(results: Path, chart: Path) -> str:
    """The Markdown report; writes the chart to `chart`."""
    meta = json.loads((results / "meta.json").read_text("utf-8"))
    runs = _runs(results)
    _chart(runs, chart)
    agreement_table, details, agreement = _agreement(results)
    quality_path = results / "quality" / "eval.json"
    quality = json.loads(quality_path.read_text("utf-8")) if quality_path.is_file() else None
    dirty = " (with uncommitted changes)" if meta.get("dirty") else ""
    spacy_mb = meta["spacy_bytes"] / 1e6

    out = [
        "# Benchmarks: tokoh next to the matchers you would otherwise use",
        "",
        "Written by `benches/compare/run.sh` (how to run it and what each figure means: "
        "`benches/compare/README.md`); do not edit by hand.",
        "",
        f"- Run from {meta['started']} to {meta['finished']}, commit `{meta['commit']}`{dirty}.",
        f"- Machine: {meta['cpus']} CPUs, shared with other work; load average (1, 5, 15 min) "
        f"{meta['load_start']} at the start, {meta['load_end']} at the end. Absolute figures are "
        "noisy: read the ratios, measured in the same run.",
        f"- Python {meta['python']}; {', '.join(meta['versions'])}.",
        f"- Each figure is the median of {meta['runs']} runs, each in a fresh process "
        "(in brackets: the range and the number of runs).",
        "- Every tool gets the same strings, each entity's name and acronyms; tokoh reads the "
        "gazetteer file itself, so it also has the short forms, which it matches only in context. "
        "Build: from the gazetteer file to a matcher ready to use. Resident growth: the process's "
        "`VmRSS` after the build minus before it.",
        f"- spaCy matches only the first {spacy_mb:.1f} MB of each text (at its speed the whole "
        "text would take minutes a run); its MB/s and its agreement are over those documents.",
        "",
        "![Throughput against gazetteer size, log scales](benchmarks.png)",
        "",
    ]
    for corpus, title in CORPORA.items():
        table = _speed_table(runs, corpus)
        if not table:
            continue
        info = meta.get("corpora", {}).get(corpus, "")
        out += [f"## Throughput, MB/s: {title}", "", info, "", *table, ""]
    core = _core_table(runs)
    if core:
        out += [
            "## The Rust core alone: what a second thread gets here",
            "",
            "`core-speed` (`benches/src/bin/core_speed.rs`) makes the same single pass in a fresh "
            "process as every tool above, with `Matcher::find` and no Python, on 1 and on 2 "
            "threads (each thread takes the next document when done). Its 2 ÷ 1 ratio is what "
            "this machine gives a second thread at that moment, and so about the most `tag_batch` "
            "can show; `tag` ÷ core is the share of the Python binding (reading the `str`, making "
            "a `Mention` per mention).",
            "",
            *core,
            "",
        ]
    out += [
        "## Build, memory, serialisation (the generated gazetteers)",
        "",
        "Serialised: `pickle` of the matcher (tokoh, FlashText, pyahocorasick, spaCy), "
        "daachorse's own `serialize`; load: the time to get a working matcher back. `n/a`: "
        "the tool cannot be serialised (flashtext2, ahocorasick-rs).",
        "",
        *_build_table(runs, "synthetic"),
        "",
        "## Agreement with the reference semantics (generated text)",
        "",
        "The reference (`benches/compare/tokoh_compare/reference.py`): case-insensitive, "
        "Unicode word boundaries, leftmost-longest among boundary-valid candidates. "
        "Agreement: spans both have ÷ spans either has. The last column counts tokoh's "
        "documented rules as agreement: "
        + "; ".join(f"*{k}* ({v})" for k, v in BY_DESIGN.items())
        + ".",
        "",
        *agreement_table,
        "",
        *details,
        "",
    ]
    if quality:
        summary = (results / "quality" / "summary.md").read_text("utf-8")
        table = [line for line in summary.splitlines() if line.startswith("|")]
        out += [
            "## Quality on real data (exact spans, `eval-match`)",
            "",
            "Every tool gets the same gazetteer, built from the gold strings of the training "
            "part, and matches the raw text of the evaluated part; all are scored by the same "
            "code (`benches/README.md`, *eval-match*). Figures in percent; ⚠: matcher recall "
            "below 99 %.",
            "",
            *table,
            "",
        ]
    out += ["## Targets", "", *_targets(runs, agreement, quality), ""]
    return "\n".join(out)
