"""Wire-story conventions: the dateline that opens a story ("MOSCOW (Reuters) -")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplomacy.extraction.lexicon import place_country


@dataclass(frozen=True)
class Dateline:
    place: str
    place_country: str | None
    end: int  # offset where the story proper begins


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’\- ]{2,40}?)(?:,\s*(?P<region>[A-Z][\w.' ]{1,30}?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\((?P<agency>[A-Za-z .&-]{1,30})\))?\s*(?:[-—–]{1,2}|_|(?P<colon>:))\s+"
)


def dateline(text: str, on: date | None = None) -> Dateline | None:
    """The wire dateline opening a story ("MOSCOW (Reuters) -", "BUENOS AIRES, Argentina (AP) —",
    "ISLAMABAD:"), or None."""
    m = _DATELINE.match(text)
    if not m or not (m["agency"] or m["place"].isupper()):
        return None
    place = m["place"].strip().title()
    code = place_country(place, on) or (place_country(m["region"], on) if m["region"] else None)
    if m["colon"] and code is None:
        return None  # "ISLAMABAD: Pakistan on Wednesday ..." is a dateline; "WARNING: ..." is not
    return Dateline(place=place, place_country=code, end=m.end())
