#!/usr/bin/env bash
# Compares tokoh's tokenizer with spaCy's blank("id") tokenizer, in one command:
#
#   1. throughput of tokoh: the criterion bench `tokenize` (tokenize/paragraphs);
#   2. throughput of spaCy on the same text (dump-corpus), median of 3 runs;
#   3. token-boundary scores of both on the gold sets in ../shared (eval-tokenize;
#      spaCy's spans are scored by the same Rust code through --spans-from);
#   4. a side-by-side summary with the ratio and the targets.
#
# Usage: benches/compare-tokenizers.sh [--quick] [--no-spacy]
#   --quick     short criterion run (--warm-up-time 1 --measurement-time 3)
#   --no-spacy  tokoh only (no venv, no network)
#
# Outputs go to <target>/tokenizer-compare/: the corpus, both evaluation reports
# (Markdown and JSON), both disagreement dumps, the spaCy timings. The spaCy venv
# is benches/.venv (created on first use by benches/python/spacy_tokenizer.py).
# Without ../shared the bench uses a synthetic corpus and the evaluation is skipped.
set -euo pipefail

quick=0
spacy=1
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        --no-spacy) spacy=0 ;;
        -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
target="$(cargo metadata --format-version 1 --no-deps |
    "$python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
out="$target/tokenizer-compare"
mkdir -p "$out"
rm -f "$out"/*.json

step() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }

step "building tokoh-benches (release)"
cargo build --release -p tokoh-benches --bins
"$target/release/dump-corpus" "$out/corpus.txt" 2> "$out/corpus.log"
cat "$out/corpus.log" >&2
corpus_note="$(sed -n 's/^corpus: //p' "$out/corpus.log")"
bench_id=tokenize/paragraphs
if grep -q SYNTHETIC "$out/corpus.log"; then
    bench_id=tokenize-synthetic/paragraphs
fi

step "tokoh throughput (criterion)"
bench_args=()
if [[ $quick == 1 ]]; then
    bench_args=(--warm-up-time 1 --measurement-time 3)
fi
cargo bench -p tokoh-benches --bench tokenize -- "${bench_args[@]}" "$bench_id"

if [[ $spacy == 1 ]]; then
    step "spaCy throughput"
    if ! "$python" benches/python/spacy_tokenizer.py time "$out/corpus.txt" --runs 3 \
        --json "$out/spacy-time.json"; then
        echo "spaCy timing failed; continuing without it" >&2
        spacy=0
    fi
fi

step "tokoh: token-boundary evaluation"
"$target/release/eval-tokenize" --json "$out/tokoh-eval.json" \
    --dump "$out/tokoh-disagreements.txt" | tee "$out/tokoh-eval.md"

if [[ $spacy == 1 && -f "$out/tokoh-eval.json" ]]; then
    step "spaCy: token-boundary evaluation (scored by eval-tokenize)"
    "$target/release/eval-tokenize" --export-texts "$out/eval-texts.jsonl"
    "$python" benches/python/spacy_tokenizer.py spans "$out/eval-texts.jsonl" "$out/spacy-spans.jsonl"
    "$target/release/eval-tokenize" --spans-from "$out/spacy-spans.jsonl" --label 'spaCy blank("id")' \
        --json "$out/spacy-eval.json" --dump "$out/spacy-disagreements.txt" | tee "$out/spacy-eval.md"
fi

step "summary"
"$python" benches/python/compare_summary.py \
    --criterion-dir "$target/criterion" --bench-id "$bench_id" \
    --spacy-time "$out/spacy-time.json" \
    --tokoh-eval "$out/tokoh-eval.json" --spacy-eval "$out/spacy-eval.json" \
    --corpus-note "$corpus_note" | tee "$out/summary.md"
echo >&2
echo "outputs in ${out#"$root"/}/" >&2
