"""tokoh: find who and what Indonesian news talks about.

``Tokoh`` tags texts with the entities of a gazetteer (the built-in one, your own JSON Lines
files, or records from Python); ``Mention`` and ``Token`` carry code-point offsets (what ``str``
indexes) and byte offsets. Errors about input are ``TokohError`` (a ``ValueError``).
"""

from tokoh._tokoh import (
    Entity,
    Gazetteer,
    GazetteerError,
    Mention,
    Role,
    Span,
    Token,
    Tokoh,
    TokohError,
    __version__,
)
from tokoh.notebook import Highlight, to_pandas

__all__ = [
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "Highlight",
    "Mention",
    "Role",
    "Span",
    "Token",
    "Tokoh",
    "TokohError",
    "__version__",
    "to_pandas",
]
