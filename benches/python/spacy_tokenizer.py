#!/usr/bin/env python3
"""spaCy's Indonesian tokenizer (``spacy.blank("id")``) on tokoh's benchmark text
and evaluation sentences.

    spacy_tokenizer.py time CORPUS [--runs 3] [--json OUT]
        Times ``nlp.tokenizer`` over the paragraphs of CORPUS (written by
        ``dump-corpus``: paragraphs separated by a blank line), one call per
        paragraph, after one warm-up pass; prints the median throughput in
        MB/s (10^6 bytes of UTF-8 text per second) over RUNS passes.

    spacy_tokenizer.py spans TEXTS OUT
        Tokenizes every sentence of TEXTS (JSON Lines written by
        ``eval-tokenize --export-texts``) and writes its token spans to OUT
        for ``eval-tokenize --spans-from OUT``: one line per sentence,
        ``{"set", "id", "chars", "spans": [[start, end], ...]}`` in character
        offsets, white-space tokens left out. Scoring happens in Rust only.

Run with any Python 3.9+: the script creates ``benches/.venv`` with the pinned
spaCy (``requirements.txt``) on first use and re-runs itself inside it. Set
``TOKOH_NO_VENV=1`` to use the current interpreter as it is.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".venv"
REQUIREMENTS = HERE / "requirements.txt"
SPACY_SERIES = "3.8."


def ensure_venv() -> None:
    """Re-executes this script inside benches/.venv, creating it if needed."""
    if os.environ.get("TOKOH_NO_VENV") or Path(sys.prefix).resolve() == VENV.resolve():
        return
    python = VENV / "bin" / "python"
    if not python.exists():
        print(f"creating {VENV.relative_to(HERE.parent.parent)} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = f"import spacy, sys; sys.exit(0 if spacy.__version__.startswith({SPACY_SERIES!r}) else 1)"
    if (
        subprocess.run(
            [str(python), "-c", probe], check=False, capture_output=True
        ).returncode
        != 0
    ):
        print("installing spaCy into the venv ...", file=sys.stderr)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
                str(REQUIREMENTS),
            ],
            check=True,
        )
    os.execv(str(python), [str(python), str(Path(__file__).resolve()), *sys.argv[1:]])


def blank_id():
    import spacy

    print(f"spaCy {spacy.__version__}, blank('id') tokenizer", file=sys.stderr)
    return spacy.blank("id")


def cmd_time(args: argparse.Namespace) -> int:
    text = Path(args.corpus).read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p]
    n_bytes = len(text.encode("utf-8"))
    import spacy

    nlp = blank_id()
    tokenizer = nlp.tokenizer

    def one_pass() -> tuple[float, int]:
        start = time.perf_counter()
        n_tokens = 0
        for paragraph in paragraphs:
            n_tokens += len(tokenizer(paragraph))
        return time.perf_counter() - start, n_tokens

    cold, n_tokens = one_pass()  # warm-up: fills spaCy's tokenizer cache
    seconds = [one_pass()[0] for _ in range(args.runs)]
    median = statistics.median(seconds)
    result = {
        "tokenizer": "spacy.blank('id').tokenizer",
        "spacy_version": spacy.__version__,
        "python": sys.version.split()[0],
        "bytes": n_bytes,
        "paragraphs": len(paragraphs),
        "tokens": n_tokens,
        "runs_seconds": seconds,
        "warmup_seconds": cold,
        "median_seconds": median,
        "mb_per_s": n_bytes / median / 1e6,
        "warmup_mb_per_s": n_bytes / cold / 1e6,
    }
    print(
        f"spaCy blank('id') tokenizer: {result['mb_per_s']:.2f} MB/s "
        f"(median of {args.runs} runs after a warm-up at {result['warmup_mb_per_s']:.2f} MB/s; "
        f"{n_bytes / 1e6:.2f} MB, {len(paragraphs)} paragraphs, {n_tokens} tokens)"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(result, indent=2) + "\n", encoding="utf-8"
        )
    return 0


def cmd_spans(args: argparse.Namespace) -> int:
    tokenizer = blank_id().tokenizer
    n = 0
    with (
        open(args.texts, encoding="utf-8") as src,
        open(args.out, "w", encoding="utf-8") as out,
    ):
        for line in src:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            spans = [
                [t.idx, t.idx + len(t.text)] for t in tokenizer(text) if not t.is_space
            ]
            out.write(
                json.dumps(
                    {
                        "set": record["set"],
                        "id": record["id"],
                        "chars": len(text),
                        "spans": spans,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            n += 1
    print(f"wrote spaCy spans of {n} sentences to {args.out}", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("time", help="time the tokenizer on a dumped corpus")
    p.add_argument("corpus")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", help="also write the timings to this file")
    p.set_defaults(run=cmd_time)
    p = sub.add_parser("spans", help="tokenize exported evaluation sentences")
    p.add_argument("texts")
    p.add_argument("out")
    p.set_defaults(run=cmd_spans)
    args = parser.parse_args()
    ensure_venv()
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
