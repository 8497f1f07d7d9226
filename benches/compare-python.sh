#!/usr/bin/env bash
# The Python package's speed next to the Rust core's, on the same ~2 kB
# articles of the bench corpus and the same generated 100,000-entity
# gazetteer: Rust Matcher::find, Python Tokoh.tag, Tokoh.tag_batch on 1 and
# 2 threads. Installs the package as a user would (`pip install ./python`,
# a release build) into benches/.venv-python.
# Usage: benches/compare-python.sh [--entities N] [--runs N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

entities=100000
runs=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --entities) entities="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--entities N] [--runs N]" >&2; exit 2 ;;
  esac
done

out=target/tag-speed
venv=benches/.venv-python
cargo run --release --locked -q -p tokoh-benches --bin tag-speed -- \
  --out "$out" --entities "$entities" --runs "$runs"
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall ./python
"$venv/bin/python" benches/python/tag_speed.py "$out" --runs "$runs"
