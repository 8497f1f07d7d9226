"""The tools compared, each used the way its documentation shows, behind one small interface.

Every tool builds from a gazetteer file (read and parsed as part of the build, so that build
time means "from the file to a matcher ready to use" for all) and, per document, returns its
matches from the text as given: whatever case folding, boundary filtering and overlap
resolution the tool needs to do the reference's job is part of its timed pipeline.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .reference import boundary_filter, fold, leftmost_longest
from .workload import phrases, read_records

#: A span in code points.
Span = tuple[int, int]


def _lower(text: str) -> str:
    """`text.lower()` when it keeps the length (so offsets stay valid), else `fold`."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else fold(text)


def _phrase_texts(gazetteer: Path) -> list[str]:
    return [p.text for p in phrases(read_records(gazetteer))]


@dataclass(frozen=True)
class Tool:
    """One way of matching a gazetteer: how to build it, run it and serialise it."""

    key: str
    label: str
    #: The modules the tool needs, imported before the build is timed.
    modules: tuple[str, ...]
    build: Callable[[Path], Any]
    #: All documents at once: a list of results, one per document (timed).
    run: Callable[[Any, Sequence[str]], list[Any]]
    #: A result of `run` as spans (not timed).
    spans: Callable[[Any], list[Span]]
    #: The built matcher as bytes, and back; `None` when the tool has no way to serialise.
    dump: Callable[[Any], bytes] | None = None
    load: Callable[[bytes], Any] | None = None


def _per_doc(find: Callable[[Any, str], Any]) -> Callable[[Any, Sequence[str]], list[Any]]:
    def run(matcher: Any, docs: Sequence[str]) -> list[Any]:
        return [find(matcher, doc) for doc in docs]

    return run


def _pickle(obj: Any) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def _unpickle(data: bytes) -> Any:
    return pickle.loads(data)


def _tuples(result: list[tuple[int, int, int]]) -> list[Span]:
    return [(m[0], m[1]) for m in result]


# tokoh ---------------------------------------------------------------------------------------


def _tokoh_build(gazetteer: Path) -> Any:
    import tokoh

    return tokoh.Tokoh(gazetteer, builtin=False)


def _tokoh_spans(result: Any) -> list[Span]:
    return [(m.start, m.end) for m in result]


def _tokoh_batch(threads: int) -> Callable[[Any, Sequence[str]], list[Any]]:
    def run(tagger: Any, docs: Sequence[str]) -> list[Any]:
        return list(tagger.tag_batch(docs, threads=threads))

    return run


# FlashText 2.7 --------------------------------------------------------------------------------


def _flashtext_build(gazetteer: Path) -> Any:
    from flashtext import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=False)
    for i, text in enumerate(_phrase_texts(gazetteer)):
        processor.add_keyword(text, i)
    return processor


def _flashtext_find(processor: Any, text: str) -> Any:
    # FlashText lower-cases the text itself; a text whose lower case is longer would shift its
    # offsets, so such a text is lower-cased character by character first (none in the workload).
    if len(text.lower()) != len(text):
        text = fold(text)
    return processor.extract_keywords(text, span_info=True)


def _flashtext_spans(result: Any) -> list[Span]:
    return [(m[1], m[2]) for m in result]


# flashtext2 -----------------------------------------------------------------------------------


def _flashtext2_build(gazetteer: Path) -> Any:
    from flashtext2 import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=False)
    processor.add_keywords_with_clean_word_from_iter(
        (text, str(i)) for i, text in enumerate(_phrase_texts(gazetteer))
    )
    return processor


def _flashtext2_find(processor: Any, text: str) -> Any:
    return processor.extract_keywords_with_span(text)


# pyahocorasick: iter + the boundary filter ---------------------------------------------------


def _pyahocorasick_build(gazetteer: Path) -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for i, text in enumerate(_phrase_texts(gazetteer)):
        folded = fold(text)
        automaton.add_word(folded, (i, len(folded)))
    automaton.make_automaton()
    return automaton


def _pyahocorasick_find(automaton: Any, text: str) -> list[tuple[int, int, int]]:
    candidates = [
        (end + 1 - length, end + 1, i) for end, (i, length) in automaton.iter(_lower(text))
    ]
    return leftmost_longest(boundary_filter(text, candidates))


# ahocorasick-rs: overlapping + the boundary filter -------------------------------------------


def _ahocorasick_rs_build(gazetteer: Path) -> Any:
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick([fold(t) for t in _phrase_texts(gazetteer)])


def _ahocorasick_rs_find(automaton: Any, text: str) -> list[tuple[int, int, int]]:
    candidates = [
        (start, end, i)
        for i, start, end in automaton.find_matches_as_indexes(_lower(text), overlapping=True)
    ]
    return leftmost_longest(boundary_filter(text, candidates))


# daachorse: charwise double array, overlapping + the boundary filter -------------------------


def _daachorse_build(gazetteer: Path) -> Any:
    import daachorse

    unique = list(dict.fromkeys(fold(t) for t in _phrase_texts(gazetteer)))
    return daachorse.CharwiseDoubleArrayAhoCorasick(unique)


def _daachorse_find(automaton: Any, text: str) -> list[tuple[int, int, int]]:
    candidates = [(start, end, i) for start, end, i in automaton.find_overlapping(_lower(text))]
    return leftmost_longest(boundary_filter(text, candidates))


def _daachorse_dump(automaton: Any) -> bytes:
    return bytes(automaton.serialize())


def _daachorse_load(data: bytes) -> Any:
    import daachorse

    return daachorse.CharwiseDoubleArrayAhoCorasick.deserialize(data)


# spaCy 3.8 ------------------------------------------------------------------------------------


def _spacy_matcher_build(gazetteer: Path) -> Any:
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("id")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("ENTITY", list(nlp.tokenizer.pipe(_phrase_texts(gazetteer))))
    return nlp, matcher


def _spacy_matcher_find(built: Any, text: str) -> Any:
    from spacy.util import filter_spans

    nlp, matcher = built
    return filter_spans(matcher(nlp.make_doc(text), as_spans=True))


def _spacy_spans(result: Any) -> list[Span]:
    return sorted((span.start_char, span.end_char) for span in result)


def _spacy_matcher_dump(built: Any) -> bytes:
    return _pickle(built)


def _spacy_ruler_build(gazetteer: Path) -> Any:
    import spacy

    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "ENTITY", "pattern": t} for t in _phrase_texts(gazetteer)])
    return nlp


def _spacy_ruler_run(nlp: Any, docs: Sequence[str]) -> list[Any]:
    return [doc.ents for doc in nlp.pipe(docs)]


TOOLS: dict[str, Tool] = {
    tool.key: tool
    for tool in [
        Tool(
            "tokoh",
            "tokoh `tag`",
            ("tokoh",),
            _tokoh_build,
            _per_doc(lambda tagger, text: tagger.tag(text)),
            _tokoh_spans,
            _pickle,
            _unpickle,
        ),
        Tool(
            "tokoh-batch1",
            "tokoh `tag_batch`, 1 thread",
            ("tokoh",),
            _tokoh_build,
            _tokoh_batch(1),
            _tokoh_spans,
        ),
        Tool(
            "tokoh-batch2",
            "tokoh `tag_batch`, 2 threads",
            ("tokoh",),
            _tokoh_build,
            _tokoh_batch(2),
            _tokoh_spans,
        ),
        Tool(
            "flashtext",
            "FlashText 2.7",
            ("flashtext",),
            _flashtext_build,
            _per_doc(_flashtext_find),
            _flashtext_spans,
            _pickle,
            _unpickle,
        ),
        Tool(
            "flashtext2",
            "flashtext2",
            ("flashtext2",),
            _flashtext2_build,
            _per_doc(_flashtext2_find),
            _flashtext_spans,
        ),
        Tool(
            "pyahocorasick",
            "pyahocorasick + filter",
            ("ahocorasick",),
            _pyahocorasick_build,
            _per_doc(_pyahocorasick_find),
            _tuples,
            _pickle,
            _unpickle,
        ),
        Tool(
            "ahocorasick-rs",
            "ahocorasick-rs + filter",
            ("ahocorasick_rs",),
            _ahocorasick_rs_build,
            _per_doc(_ahocorasick_rs_find),
            _tuples,
        ),
        Tool(
            "daachorse",
            "daachorse + filter",
            ("daachorse",),
            _daachorse_build,
            _per_doc(_daachorse_find),
            _tuples,
            _daachorse_dump,
            _daachorse_load,
        ),
        Tool(
            "spacy-phrasematcher",
            "spaCy PhraseMatcher",
            ("spacy", "spacy.matcher", "spacy.lang.id"),
            _spacy_matcher_build,
            _per_doc(_spacy_matcher_find),
            _spacy_spans,
            _spacy_matcher_dump,
            _unpickle,
        ),
        Tool(
            "spacy-entityruler",
            "spaCy EntityRuler",
            ("spacy", "spacy.pipeline", "spacy.lang.id"),
            _spacy_ruler_build,
            _spacy_ruler_run,
            _spacy_spans,
            # The whole pipeline pickled: the ruler's own to_bytes/from_bytes round trip loses
            # its matches in spaCy 3.8.18 (the patterns come back, nothing matches).
            _pickle,
            _unpickle,
        ),
    ]
}
