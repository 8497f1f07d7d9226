"""The ``tokoh`` spaCy pipeline component (needs ``pip install spacy``).

>>> import spacy
>>> import tokoh.spacy_pipe  # registers the factory (an entry point does it too)
>>> nlp = spacy.blank("id")
>>> _ = nlp.add_pipe("tokoh")
>>> doc = nlp("Penyidik KPK-nya memeriksa Presiden Joko Widodo.")
>>> [(e.text, e.label_, e.ent_id_) for e in doc.ents]
[('KPK', 'ORG', 'tokoh:id/org/kpk'), ('Joko Widodo', 'PER', 'tokoh:person/joko-widodo')]

Mentions become ``doc.ents`` (labels ``PER``, ``ORG``, ``LOC``; ``ent_id_`` and ``kb_id_`` are
the entity id), or, with ``spans_key``, a span group ``doc.spans[spans_key]``. Where spaCy's
tokens do not end where a mention does (spaCy keeps ``KPK-nya`` as one token), the token is split
so that the span covers the mention exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from tokoh._tokoh import Mention, Tokoh

LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}


def split_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Splits the tokens of ``doc`` so that a token boundary stands at each character offset."""
    cuts: dict[int, set[int]] = {}
    for offset in offsets:
        for token in doc:
            start = token.idx
            if start < offset < start + len(token.text):
                cuts.setdefault(token.i, set()).add(offset - start)
                break
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, inside in cuts.items():
            token = doc[i]
            bounds = [0, *sorted(inside), len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            heads: list[Token | tuple[Token, int]] = [(token, k) for k in range(len(orths))]
            retokenizer.split(token, orths, heads=heads)


class TokohComponent:
    """Puts the mentions ``Tokoh.tag`` finds in a spaCy ``Doc``."""

    def __init__(self, tagger: Tokoh, spans_key: Optional[str] = None) -> None:  # noqa: UP045
        self.tagger = tagger
        self.spans_key = spans_key

    def spans(self, doc: Doc, mentions: list[Mention]) -> list[Span]:
        split_at(doc, (offset for m in mentions for offset in (m.start, m.end)))
        spans = []
        for m in mentions:
            span = doc.char_span(
                m.start,
                m.end,
                label=LABELS[m.entity.kind],
                kb_id=m.entity.id,
                span_id=m.entity.id,
            )
            if span is not None:
                spans.append(span)
        return spans

    def __call__(self, doc: Doc) -> Doc:
        spans = self.spans(doc, self.tagger.tag(doc.text))
        if self.spans_key is not None:
            doc.spans[self.spans_key] = spans
        else:
            # Entities set by earlier components stay unless a mention overlaps them.
            kept = [
                e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)
            ]
            doc.ents = filter_spans(kept + spans)
        return doc


@Language.factory(
    "tokoh",
    default_config={"gazetteers": [], "builtin": True, "spans_key": None},
)
def create_component(
    nlp: Language,
    name: str,
    gazetteers: list[str],
    builtin: bool,
    # spaCy reads these annotations at run time to check the config: keep
    # them valid on Python 3.9.
    spans_key: Optional[str],  # noqa: UP045
) -> TokohComponent:
    """The factory behind ``nlp.add_pipe("tokoh", config={...})``.

    ``gazetteers``: paths of gazetteer files to add; ``builtin``: whether to use the built-in
    gazetteer; ``spans_key``: put the mentions in ``doc.spans[spans_key]`` instead of
    ``doc.ents``.
    """
    return TokohComponent(Tokoh(gazetteers, builtin=builtin), spans_key=spans_key)
