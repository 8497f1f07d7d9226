"""Tables and highlighted text for notebooks: ``to_pandas`` and ``Highlight``.

pandas is optional: ``to_pandas`` imports it when called.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Union, cast

from tokoh._tokoh import Mention

if TYPE_CHECKING:
    import pandas

COLUMNS = [
    "doc",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "text",
    "entity_id",
    "kind",
    "name",
    "matched",
    "via",
    "title",
    "title_start",
    "title_end",
    "candidates",
]

Mentions = Union[Sequence[Mention], Sequence[Sequence[Mention]]]


def rows(mentions: Mentions) -> list[dict[str, Any]]:
    """One dict per mention with the columns of ``to_pandas``.

    ``mentions`` is what ``Tokoh.tag`` returns (``doc`` is 0 for all) or what
    ``Tokoh.tag_batch`` returns (``doc`` is the index of the text in the batch).
    """
    one_text = all(isinstance(m, Mention) for m in mentions)
    batch = cast("Sequence[Sequence[Any]]", [mentions] if one_text else mentions)
    out = []
    for doc, doc_mentions in enumerate(batch):
        for m in doc_mentions:
            if not isinstance(m, Mention):
                raise TypeError(f"expected Mention objects, not {type(m).__name__}")
            entity = m.entity
            out.append(
                {
                    "doc": doc,
                    "start": m.start,
                    "end": m.end,
                    "byte_start": m.byte_start,
                    "byte_end": m.byte_end,
                    "text": m.text,
                    "entity_id": entity.id,
                    "kind": entity.kind,
                    "name": entity.name,
                    "matched": m.matched,
                    "via": m.via,
                    "title": None if m.title is None else m.title.text,
                    "title_start": None if m.title is None else m.title.start,
                    "title_end": None if m.title is None else m.title.end,
                    "candidates": list(m.candidates),
                }
            )
    return out


def to_pandas(mentions: Mentions) -> pandas.DataFrame:
    """The mentions of one text (``tag``) or of a batch (``tag_batch``) as a DataFrame.

    One row per mention; ``doc`` is the index of the text in the batch (0 for one text).
    Offsets are code points (``start``, ``end``, ``title_start``, ``title_end``) and bytes
    (``byte_start``, ``byte_end``). Needs pandas (``pip install pandas``).
    """
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("tokoh.to_pandas needs pandas: pip install pandas") from e
    frame: pandas.DataFrame = pandas.DataFrame(rows(mentions), columns=COLUMNS)
    for column in ("title_start", "title_end"):
        frame[column] = frame[column].astype("Int64")
    return frame


COLOURS = {"person": "#fde68a", "organization": "#bfdbfe", "place": "#bbf7d0"}


class Highlight:
    """A text with its mentions highlighted, shown as HTML in Jupyter.

    >>> import tokoh
    >>> text = "Presiden Joko Widodo menerima pimpinan KPK."
    >>> shown = Highlight(text, tokoh.Tokoh().tag(text))
    >>> "<mark" in shown._repr_html_()
    True
    """

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = list(mentions)

    def _repr_html_(self) -> str:
        parts = []
        at = 0
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.start < at:
                continue
            entity = m.entity
            tip = f"{entity.name} ({entity.kind}, {entity.id}; via {m.via})"
            if m.title is not None:
                tip += f"; title: {m.title.text}"
            parts.append(html.escape(self.text[at : m.start]))
            parts.append(
                f'<mark style="background:{COLOURS.get(entity.kind, "#e5e7eb")}" '
                f'title="{html.escape(tip)}">{html.escape(self.text[m.start : m.end])}</mark>'
            )
            at = m.end
        parts.append(html.escape(self.text[at:]))
        body = "".join(parts).replace("\n", "<br>")
        return f'<div style="line-height:1.6">{body}</div>'

    def __repr__(self) -> str:
        return f"Highlight({len(self.text)} characters, {len(self.mentions)} mentions)"
