"""pytest setup for the package's own modules (doctests): the spaCy component's doctest needs
spaCy, which is optional."""

import importlib.util

collect_ignore = [] if importlib.util.find_spec("spacy") else ["tokoh/spacy_pipe.py"]
