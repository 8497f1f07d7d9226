"""Agreement of each tool's spans with the reference, and why they differ.

A difference is a span one side has and the other has not. It gets the first class whose test
it meets; the classes marked *by design* are tokoh's documented Indonesian rules (SPEC §2 and
§3.4), shown apart from the rest.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .reference import Reference, fold, is_boundary
from .workload import phrases

Span = tuple[int, int]

#: Classes that are tokoh's rules, not disagreements to fix.
BY_DESIGN = {
    "acronym not in capitals": "SPEC §2: an acronym matches only as written or in capitals",
    "short form in context": "SPEC §3.4: a short form matches after a full mention or a title",
}


@dataclass
class Agreement:
    """Counts for one tool against the reference, with examples of each class of difference."""

    documents: int = 0
    reference: int = 0
    tool: int = 0
    agreed: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Agreed spans over all spans either side has (1.0 when both have none)."""
        union = self.reference + self.tool - self.agreed
        return self.agreed / union if union else 1.0

    def rate_outside(self, excused: set[str]) -> float:
        """`rate` counting the differences of the `excused` classes as agreement."""
        differences = sum(n for c, n in self.classes.items() if c not in excused)
        total = self.agreed + differences
        return self.agreed / total if total else 1.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form."""
        return {
            "documents": self.documents,
            "reference": self.reference,
            "tool": self.tool,
            "agreed": self.agreed,
            "rate": self.rate,
            "rate_by_design_excused": self.rate_outside(set(BY_DESIGN)),
            "classes": dict(self.classes),
            "examples": self.examples,
        }


class Classifier:
    """Says why a span is on one side only, from the gazetteer's records."""

    def __init__(self, records: Sequence[dict[str, Any]]) -> None:
        listed = phrases(records)
        self.acronyms = {fold(p.text): p.text for p in listed if p.acronym}
        self.phrases = {fold(p.text) for p in listed}
        self.shorts = {fold(str(s)) for r in records for s in r.get("short", [])}

    def missing(self, text: str, span: Span, tool_spans: Sequence[Span]) -> str:
        """Why a reference span is not among the tool's."""
        start, end = span
        if (start, end + 1) in tool_spans:
            return "the tool's span ends one character late"
        if any(s < end and start < e for s, e in tool_spans):
            return "different extent"
        written = text[start:end]
        acronym = self.acronyms.get(fold(written))
        if acronym is not None and written not in (acronym, acronym.upper()):
            return "acronym not in capitals"
        if text[end : end + 1] in ("-", "‐") and text[end + 1 : end + 2].isalpha():
            return "before a hyphenated clitic"
        if text[start - 1 : start] in ("(", "[") or text[end : end + 1] in (")", "]"):
            return "inside brackets"
        return "other"

    def extra(self, text: str, span: Span, reference_spans: Sequence[Span]) -> str:
        """Why a span of the tool is not among the reference's."""
        start, end = span
        if (start, end - 1) in reference_spans:
            return "span ends one character late"
        if any(s < end and start < e for s, e in reference_spans):
            return "different extent"
        if not (is_boundary(text, start) and is_boundary(text, end)):
            return "inside a word"
        folded = fold(text[start:end])
        if folded in self.shorts and folded not in self.phrases:
            return "short form in context"
        if folded not in self.phrases:
            return "not a listed string (spelling or space variant)"
        return "other"


def context(text: str, span: Span, width: int = 30) -> str:
    """The span in brackets with `width` characters either side, on one line."""
    start, end = span
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return f"{before}[{text[start:end]}]{after}".replace("\n", " ")


def compare(
    docs: Sequence[str],
    reference: Sequence[Sequence[Span]],
    tool: Sequence[Sequence[Span]],
    classifier: Classifier,
    examples: int = 3,
) -> Agreement:
    """The agreement of `tool`'s spans with `reference`'s, document by document."""
    out = Agreement()
    # A tool measured on the first documents only is compared on those.
    for text, ref_spans, tool_spans in zip(docs[: len(tool)], reference, tool, strict=False):
        ref_set = {(s, e) for s, e in ref_spans}
        tool_set = {(s, e) for s, e in tool_spans}
        out.documents += 1
        out.reference += len(ref_set)
        out.tool += len(tool_set)
        out.agreed += len(ref_set & tool_set)
        for span in sorted(ref_set - tool_set):
            cls = "missed: " + classifier.missing(text, span, sorted(tool_set))
            _count(out, cls, context(text, span), examples)
        for span in sorted(tool_set - ref_set):
            cls = classifier.extra(text, span, sorted(ref_set))
            _count(
                out,
                ("extra: " if cls not in BY_DESIGN else "") + cls,
                context(text, span),
                examples,
            )
    # Classes by design are named without their side, so that they are found in BY_DESIGN.
    for side in ("missed: ",):
        for name in list(out.classes):
            if name.startswith(side) and name[len(side) :] in BY_DESIGN:
                out.classes[name[len(side) :]] += out.classes.pop(name)
                out.examples.setdefault(name[len(side) :], []).extend(out.examples.pop(name, []))
    return out


def _count(out: Agreement, cls: str, example: str, limit: int) -> None:
    out.classes[cls] += 1
    shown = out.examples.setdefault(cls, [])
    if len(shown) < limit:
        shown.append(example)


def reference_spans(docs: Sequence[str], records: Sequence[dict[str, Any]]) -> list[list[Span]]:
    """The reference's spans of every document."""
    matcher = Reference([p.text for p in phrases(records)])
    return [[(s, e) for s, e, _ in matcher.find(doc)] for doc in docs]


def read_spans(path: Path) -> list[list[Span]]:
    """Spans written by `measure` (`{"id", "spans"}` per line, in document order)."""
    with path.open(encoding="utf-8") as lines:
        return [[(s, e) for s, e in json.loads(line)["spans"]] for line in lines if line.strip()]
