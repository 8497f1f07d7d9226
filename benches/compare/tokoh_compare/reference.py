"""The shared reference semantics every tool is compared against, in plain Python.

A phrase matches a stretch of text when:

- **case-insensitive**: the stretch equals the phrase after both are folded by `fold`
  (`str.lower`, character by character, keeping a character whose lower case is not exactly
  one character, so that offsets never move);
- **Unicode word boundaries**: neither edge of the stretch cuts a word, that is, no edge has a
  word character on both sides (a word character is one of Python's Unicode `\\w`: a letter
  or digit of any script, or `_`); `KPK` matches in `(KPK)` and `KPK-nya`, not in `KPKnya`;
- **leftmost-longest among boundary-valid candidates**: scanning left to right, the match that
  starts first wins, and of those starting there the longest; the scan goes on after its end.
  A candidate that cuts a word is never considered, so it cannot hide a valid one.

Every edge that does not cut a word falls between two *pieces* of the text, where a piece is a
maximal run of word characters or a single other character. So the reference walks the pieces:
from each piece it extends piece by piece while the text so far is a prefix of some phrase,
remembering the longest complete phrase seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: A maximal run of word characters, or one other character.
PIECE = re.compile(r"\w+|\W", re.UNICODE)

#: A match: start and end in code points, and the index of the phrase matched.
Match = tuple[int, int, int]


def fold(text: str) -> str:
    """`text` in lower case, code point for code point (same length as `text`)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def is_word_char(c: str) -> bool:
    """Whether `c` is a word character (Python's Unicode `\\w`)."""
    return c.isalnum() or c == "_"


def is_boundary(text: str, offset: int) -> bool:
    """Whether `offset` (in code points) does not cut a word of `text`."""
    if offset <= 0 or offset >= len(text):
        return True
    return not (is_word_char(text[offset - 1]) and is_word_char(text[offset]))


def leftmost_longest(candidates: Iterable[Match]) -> list[Match]:
    """The non-overlapping matches leftmost-longest picks among `candidates`, in text order.

    Of candidates with the same span the one with the smallest phrase index is kept.
    """
    chosen: list[Match] = []
    end = -1
    for start, stop, phrase in sorted(candidates, key=lambda m: (m[0], -m[1], m[2])):
        if start >= end:
            chosen.append((start, stop, phrase))
            end = stop
    return chosen


def boundary_filter(text: str, candidates: Iterable[Match]) -> list[Match]:
    """The candidates whose both edges are word boundaries of `text`."""
    return [m for m in candidates if is_boundary(text, m[0]) and is_boundary(text, m[1])]


class Reference:
    """The reference matcher over a list of phrases (the index of a match is the phrase's)."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.phrases = list(phrases)
        #: Folded phrase → the first phrase index with that folded form.
        self._full: dict[str, int] = {}
        #: Every folded prefix of a phrase that ends between two of its pieces.
        self._prefixes: set[str] = set()
        for index, phrase in enumerate(self.phrases):
            folded = fold(phrase)
            if not folded:
                continue
            self._full.setdefault(folded, index)
            end = 0
            for piece in PIECE.finditer(folded):
                end = piece.end()
                self._prefixes.add(folded[:end])

    def find(self, text: str) -> list[Match]:
        """The matches in `text`, left to right."""
        folded = fold(text)
        edges = [m.start() for m in PIECE.finditer(folded)]
        edges.append(len(folded))
        prefixes, full = self._prefixes, self._full
        out: list[Match] = []
        i, last = 0, len(edges) - 1
        while i < last:
            start = edges[i]
            best: tuple[int, int] | None = None
            j = i + 1
            while j <= last:
                key = folded[start : edges[j]]
                if key not in prefixes:
                    break
                phrase = full.get(key)
                if phrase is not None:
                    best = (j, phrase)
                j += 1
            if best is None:
                i += 1
            else:
                out.append((start, edges[best[0]], best[1]))
                i = best[0]
        return out
