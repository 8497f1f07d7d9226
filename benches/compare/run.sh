#!/usr/bin/env bash
# tokoh next to FlashText, flashtext2, pyahocorasick, ahocorasick-rs, daachorse and spaCy, in
# one reproducible run: throughput, build time, memory, serialisation, agreement with a shared
# reference semantics, and quality on real NER data. Writes docs/benchmarks.md and
# docs/benchmarks.png.
#
#   1. a venv (target/compare-venv) with the pinned tools (requirements.txt) and tokoh built
#      from ./python as a user installs it (a release build);
#   2. the workload in target/compare/workload: the generated gazetteer of 100,000 entities
#      (`tag-speed`, benches/src/gazetteer_gen.rs) and its 1k and 10k prefixes, ~10 MB of
#      generated news-like text, and the real texts (nlpid-postag articles from `tag-speed`,
#      nerui-raw lines) when ../shared is there;
#   3. every (tool, gazetteer, text) measured RUNS times, each in a fresh process, the tools
#      interleaved within each round so that load on the machine spreads over all of them; and
#      the Rust core alone (`core-speed`) on 1 and 2 threads, to show what the machine gives a
#      second thread;
#   4. every tool's spans on the generated text against the reference (agreement);
#   5. `eval-match` scores every tool on the NER sets (exact-span P/R/F1, matcher recall);
#   6. the report and the chart.
#
# Usage: benches/compare/run.sh [--quick] [--runs N] [--no-install] [--tools "A B ..."]
#   --quick       1k and 10k entities, 1 MB of text, one run; writes target/compare/benchmarks.md
#                 (a smoke test: docs/ is left alone)
#   --runs N      runs per measurement (default 3)
#   --no-install  reuse the venv as it is (tokoh not rebuilt)
#   --tools LIST  only these tools (keys of tokoh_compare/tools.py)
set -euo pipefail

quick=0
runs=3
install=1
tools="tokoh tokoh-batch1 tokoh-batch2 flashtext flashtext2 pyahocorasick ahocorasick-rs daachorse spacy-phrasematcher spacy-entityruler"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) quick=1; runs=1 ;;
        --runs) runs="$2"; shift ;;
        --no-install) install=0 ;;
        --tools) tools="$2"; shift ;;
        -h | --help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }

venv=target/compare-venv
out=target/compare
work=$out/workload
results=$out/results
py="$venv/bin/python"
started="$(date -u +%FT%TZ)"
load_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

if [[ $quick == 1 ]]; then
    sizes=(1000 10000); bytes=1000000; report=$out/benchmarks.md; chart=$out/benchmarks.png
else
    sizes=(1000 10000 100000); bytes=10000000; report=docs/benchmarks.md; chart=docs/benchmarks.png
fi
# spaCy matches the first documents up to this size only (at well under 1 MB/s the whole text
# would take minutes a run); throughput is per byte, and agreement is over the same documents.
spacy_bytes=$((bytes / 10))
largest="${sizes[-1]}"

if [[ $install == 1 ]]; then
    step "venv with the pinned tools and tokoh ($venv)"
    [[ -x "$py" ]] || python3 -m venv "$venv"
    "$py" -m pip install --quiet --disable-pip-version-check -r benches/compare/requirements.txt
    "$py" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./python
fi

step "building tag-speed, core-speed and eval-match (release)"
cargo build --release --locked -q -p tokoh-benches --bin tag-speed --bin core-speed --bin eval-match
target="$(cargo metadata --format-version 1 --no-deps |
    "$py" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"

step "workload ($work)"
rm -rf "$results"
mkdir -p "$work" "$results/measure" "$results/spans" "$results/agree" "$results/quality"
"$target/release/tag-speed" --out "$work/tag-speed" --entities 100000 --runs 1 > "$work/tag-speed.log"
export PYTHONPATH="$root/benches/compare"
"$py" -m tokoh_compare generate --gazetteer "$work/tag-speed/gazetteer.jsonl" --out "$work" \
    --sizes "${sizes[@]}" --bytes "$bytes" --shared "$root/../shared"
corpus_line="$(sed -n 's/.*"corpus": "\(.*\)".*/\1/p' "$work/tag-speed/rust.json")"

# measure CORPUS DOCS SIZE RUN: every tool once.
measure() {
    local corpus=$1 docs=$2 size=$3 run=$4 tool spans
    for tool in $tools; do
        spans=()
        if [[ $run == 1 && $corpus == synthetic ]]; then
            spans=(--spans "$results/spans/$corpus-$size-$tool.jsonl")
        fi
        if [[ $tool == spacy-* ]]; then
            spans+=(--limit-bytes "$spacy_bytes")
        fi
        "$py" -m tokoh_compare measure --tool "$tool" --gazetteer "$work/gazetteer-$size.jsonl" \
            --docs "$docs" --out "$results/measure/$corpus-$size-$tool-$run.json" "${spans[@]}"
    done
    for threads in 1 2; do
        "$target/release/core-speed" --gazetteer "$work/gazetteer-$size.jsonl" --docs "$docs" \
            --threads "$threads" --out "$results/measure/$corpus-$size-core$threads-$run.json"
    done
}

for run in $(seq 1 "$runs"); do
    for size in "${sizes[@]}"; do
        step "run $run of $runs: generated text, $size entities"
        measure synthetic "$work/synthetic.jsonl" "$size" "$run"
    done
    if [[ -f ../shared/data/nlpid-postag/dataset_postag.txt ]]; then
        step "run $run of $runs: nlpid-postag articles, $largest entities"
        measure postag "$work/tag-speed/docs.jsonl" "$largest" "$run"
    fi
    if [[ -f "$work/nerui.jsonl" ]]; then
        step "run $run of $runs: nerui-raw lines, $largest entities"
        measure nerui "$work/nerui.jsonl" "$largest" "$run"
    fi
done

for size in "${sizes[@]}"; do
    step "agreement with the reference, $size entities"
    "$py" -m tokoh_compare agree --docs "$work/synthetic.jsonl" --gazetteer "$work/gazetteer-$size.jsonl" \
        --spans-dir "$results/spans" --prefix "synthetic-$size" --out "$results/agree/synthetic-$size.json"
done

step "quality on the NER sets (eval-match)"
"$target/release/eval-match" --export "$results/quality/data" > /dev/null
if [[ -f "$results/quality/data/docs.jsonl" ]]; then
    others=()
    for tool in $tools; do [[ $tool == tokoh* ]] || others+=("$tool"); done
    "$py" -m tokoh_compare quality --data "$results/quality/data" --out-dir "$results/quality" --tools "${others[@]}"
    spans=()
    for tool in "${others[@]}"; do spans+=(--spans-from "$results/quality/$tool-spans.jsonl"); done
    "$target/release/eval-match" "${spans[@]}" --json "$results/quality/eval.json" \
        --dump "$results/quality/misses.txt" > "$results/quality/summary.md"
fi

step "report ($report)"
"$py" - "$results/meta.json" "$started" "$load_start" "$runs" "$corpus_line" "$work/info.json" "$spacy_bytes" <<'PY'
import json, os, platform, subprocess, sys
from datetime import datetime, timezone
from importlib import metadata
path, started, load_start, runs, corpus_line, info, spacy_bytes = sys.argv[1:]
def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True).stdout.strip()
packages = ["tokoh", "flashtext", "flashtext2", "pyahocorasick", "ahocorasick-rs", "daachorse", "spacy"]
meta = {
    "started": started,
    "finished": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "commit": git("rev-parse", "--short", "HEAD"),
    "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
    "cpus": os.cpu_count(),
    "load_start": load_start,
    "load_end": " ".join(open("/proc/loadavg").read().split()[:3]),
    "python": platform.python_version(),
    "versions": [f"{p} {metadata.version(p)}" for p in packages],
    "runs": int(runs),
    "spacy_bytes": int(spacy_bytes),
    "corpora": {
        **json.load(open(info)),
        "postag": f"The articles of `tag-speed` (paragraphs joined into ~2 kB articles): {corpus_line}.",
    },
}
json.dump(meta, open(path, "w"), indent=1)
PY
"$py" -m tokoh_compare report --results "$results" --out "$report" --chart "$chart"
echo "wrote $report and $chart" >&2
