#!/usr/bin/env python3
"""Baseline gazetteer matchers on the documents and gazetteers of ``eval-match``.

    match_baselines.py EXPORT_DIR [--out-dir DIR] [--tool flashtext --tool spacy]

Reads what ``eval-match --export EXPORT_DIR`` wrote: ``docs.jsonl`` (one
document a line: ``set``, ``id``, ``text``, ``gold``) and, per set,
``gazetteer-<set>.jsonl`` (tokoh gazetteer lines; each carries the gold string
as ``phrase`` and its type, ``PER`` or ``ORG``, as ``type``). Matches every
document with

- **FlashText 2.7**: ``KeywordProcessor(case_sensitive=False)``, one keyword per
  phrase with its type as the clean name, ``extract_keywords(span_info=True)``;
- **spaCy 3.8** ``PhraseMatcher(nlp.vocab, attr="LOWER")`` on
  ``spacy.blank("id")``, one pattern per phrase (``nlp.make_doc``) under its
  type, overlapping matches resolved with ``spacy.util.filter_spans`` (longest
  first, then leftmost);

and writes ``flashtext-spans.jsonl`` and ``spacy-spans.jsonl`` (to ``--out-dir``,
default EXPORT_DIR): one line per document, ``{"set", "id", "tool", "spans":
[[start, end, "PER"], ...]}`` in character offsets, for
``eval-match --spans-from FILE``. Scoring happens in Rust only, with the same
code as tokoh's. The time each tool spends matching is printed.

Run with any Python 3.9+: the script creates ``benches/.venv`` with the pinned
packages (``requirements.txt``) on first use and re-runs itself inside it. Set
``TOKOH_NO_VENV=1`` to use the current interpreter as it is.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".venv"
REQUIREMENTS = HERE / "requirements.txt"
TOOLS = ("flashtext", "spacy")
PROBE = (
    "import sys, spacy, importlib.metadata as m; "
    "sys.exit(0 if spacy.__version__.startswith('3.8.') and m.version('flashtext') == '2.7' else 1)"
)


def ensure_venv() -> None:
    """Re-executes this script inside benches/.venv, creating it if needed."""
    if os.environ.get("TOKOH_NO_VENV") or Path(sys.prefix).resolve() == VENV.resolve():
        return
    python = VENV / "bin" / "python"
    if not python.exists():
        print(f"creating {VENV.relative_to(HERE.parent.parent)} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    if subprocess.run(
        [str(python), "-c", PROBE], check=False, capture_output=True
    ).returncode:
        print("installing spaCy and FlashText into the venv ...", file=sys.stderr)
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


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                rows.append(json.loads(line))
    return rows


def load(
    export_dir: Path,
) -> tuple[dict[str, list[dict]], dict[str, list[tuple[str, str]]]]:
    """The documents by set, and each set's gazetteer as (phrase, type) pairs."""
    docs: dict[str, list[dict]] = defaultdict(list)
    for doc in read_jsonl(export_dir / "docs.jsonl"):
        docs[doc["set"]].append(doc)
    gazetteers = {}
    for set_key in docs:
        path = export_dir / f"gazetteer-{set_key}.jsonl"
        gazetteers[set_key] = [(e["phrase"], e["type"]) for e in read_jsonl(path)]
    return docs, gazetteers


def lower_same_length(text: str) -> str:
    """``text`` in lower case, character by character, keeping its length (a
    character whose lower case is longer, such as ``İ``, stays as it is), so
    that offsets into the result are offsets into ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class FlashText:
    """FlashText's KeywordProcessor, case-insensitive."""

    def __init__(self, gazetteer: list[tuple[str, str]]):
        import importlib.metadata

        from flashtext import KeywordProcessor

        self.label = f"FlashText {importlib.metadata.version('flashtext')}"
        self.processor = KeywordProcessor(case_sensitive=False)
        # case_sensitive=False lower-cases the sentence with str.lower(), and
        # the offsets it returns are into that string: after a character whose
        # lower case is longer (`İ`) they would be off. Such a text goes to a
        # case-sensitive twin instead, with keywords and text lower-cased
        # character by character (the same matching, offsets kept).
        self.same_length = KeywordProcessor(case_sensitive=True)
        for phrase, ty in gazetteer:
            self.processor.add_keyword(phrase, ty)
            self.same_length.add_keyword(lower_same_length(phrase), ty)
        self.fallbacks = 0

    def spans(self, texts: list[str]) -> list[list[list]]:
        out = []
        for text in texts:
            if len(text.lower()) == len(text):
                found = self.processor.extract_keywords(text, span_info=True)
            else:
                self.fallbacks += 1
                found = self.same_length.extract_keywords(
                    lower_same_length(text), span_info=True
                )
            out.append([[start, end, ty] for ty, start, end in found])
        return out


class SpacyPhraseMatcher:
    """spaCy's PhraseMatcher on LOWER over blank("id") tokens, filter_spans."""

    def __init__(self, gazetteer: list[tuple[str, str]]):
        import spacy
        from spacy.matcher import PhraseMatcher

        self.label = f'spaCy {spacy.__version__} PhraseMatcher(LOWER), blank("id")'
        self.nlp = spacy.blank("id")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        by_type: dict[str, list[str]] = defaultdict(list)
        for phrase, ty in gazetteer:
            by_type[ty].append(phrase)
        for ty, phrases in sorted(by_type.items()):
            self.matcher.add(ty, list(self.nlp.tokenizer.pipe(phrases)))

    def spans(self, texts: list[str]) -> list[list[list]]:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        out = []
        for doc in self.nlp.tokenizer.pipe(texts):
            found = [
                Span(doc, start, end, label=mid)
                for mid, start, end in self.matcher(doc)
            ]
            out.append(
                [[s.start_char, s.end_char, s.label_] for s in filter_spans(found)]
            )
        return out


MATCHERS = {"flashtext": FlashText, "spacy": SpacyPhraseMatcher}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "export_dir", type=Path, help="folder written by eval-match --export"
    )
    parser.add_argument(
        "--out-dir", type=Path, help="where to write the spans [EXPORT_DIR]"
    )
    parser.add_argument(
        "--tool",
        action="append",
        choices=TOOLS,
        help="run only this tool (repeatable) [all]",
    )
    args = parser.parse_args()
    ensure_venv()
    out_dir = args.out_dir or args.export_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    docs, gazetteers = load(args.export_dir)
    for name in args.tool or TOOLS:
        out_path = out_dir / f"{name}-spans.jsonl"
        label = None
        with out_path.open("w", encoding="utf-8") as out:
            for set_key, set_docs in docs.items():
                matcher = MATCHERS[name](gazetteers[set_key])
                label = matcher.label
                texts = [d["text"] for d in set_docs]
                began = time.perf_counter()
                spans = matcher.spans(texts)
                seconds = time.perf_counter() - began
                n_bytes = sum(len(t.encode("utf-8")) for t in texts)
                print(
                    f"{label} on {set_key}: {len(texts)} documents, "
                    f"{len(gazetteers[set_key])} phrases, "
                    f"{sum(map(len, spans))} mentions, matched in {seconds * 1e3:.1f} ms "
                    f"({n_bytes / seconds / 1e6:.2f} MB/s)",
                    file=sys.stderr,
                )
                if getattr(matcher, "fallbacks", 0):
                    print(
                        f"  {matcher.fallbacks} texts matched with the same-length lower case",
                        file=sys.stderr,
                    )
                for doc, doc_spans in zip(set_docs, spans):
                    line = {
                        "set": set_key,
                        "id": doc["id"],
                        "tool": label,
                        "spans": doc_spans,
                    }
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"wrote {label} spans to {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
