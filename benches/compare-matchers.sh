#!/usr/bin/env bash
# Compares tokoh's matcher with FlashText 2.7 and spaCy 3.8's PhraseMatcher, in one command:
#
#   1. eval-match --export: the evaluation documents (with their gold) and, per set, the
#      gazetteer built from the gold PER/ORG strings of the training part;
#   2. FlashText and spaCy match the same documents with the same gazetteer strings
#      (benches/python/match_baselines.py) and write their spans;
#   3. eval-match scores tokoh and both spans files with the same Rust code: exact-span
#      P/R/F1, per type, and the matcher recall; the table is the summary.
#
# Usage: benches/compare-matchers.sh [--no-baselines] [-- EVAL-MATCH-OPTIONS...]
#   --no-baselines  tokoh only (no venv, no network)
#   -- ...          options given to both eval-match runs (export and scoring), e.g.
#                   `-- --case upper`, `-- --oracle`, `-- --set nerui-heldout`
#
# Outputs go to <target>/matcher-compare/: data/ (the exported documents and gazetteers),
# flashtext-spans.jsonl, spacy-spans.jsonl, baselines.log (their timings), eval.json,
# misses.txt (every miss of a gazetteer string, per tool, with context), summary.md.
# The venv is benches/.venv (created on first use by match_baselines.py).
# Without ../shared the evaluation is skipped.
set -euo pipefail

baselines=1
extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-baselines) baselines=0 ;;
        --) shift; extra=("$@"); break ;;
        -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
target="$(cargo metadata --format-version 1 --no-deps |
    "$python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
out="$target/matcher-compare"
mkdir -p "$out"
rm -rf "$out/data" "$out"/*.jsonl "$out"/*.json

step() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }

step "building tokoh-benches (release)"
cargo build --release -p tokoh-benches --bin eval-match
eval_match="$target/release/eval-match"

step "exporting documents and gazetteers"
"$eval_match" "${extra[@]}" --export "$out/data"
if [[ ! -f "$out/data/docs.jsonl" ]]; then
    echo "no evaluation data: nothing to compare" >&2
    exit 0
fi

spans=()
if [[ $baselines == 1 ]]; then
    step "FlashText and spaCy PhraseMatcher"
    if "$python" benches/python/match_baselines.py "$out/data" --out-dir "$out" 2> >(tee "$out/baselines.log" >&2); then
        spans=(--spans-from "$out/flashtext-spans.jsonl" --spans-from "$out/spacy-spans.jsonl")
    else
        echo "the baselines failed; scoring tokoh alone" >&2
    fi
fi

step "scoring (eval-match)"
"$eval_match" "${extra[@]}" "${spans[@]}" --json "$out/eval.json" --dump "$out/misses.txt" | tee "$out/summary.md"
echo >&2
echo "outputs in ${out#"$root"/}/" >&2
