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
    sep: int = 0  # offset where the separator (" - ", " — ", ": ") begins
    bare: bool = False  # signed without brackets ("Kyodo -") or with a colon ("ISLAMABAD:")
    start: int = 0  # offset where the dateline begins (after a byline, if any)


# agencies that sign a dateline without brackets ("TOKYO, March 16 Kyodo -", "CANBERRA, Dec 7 AAP -")
_AGENCIES = (
    "Kyodo",
    "Xinhua",
    "AAP",
    "AFP",
    "AP",
    "Reuters",
    "dpa",
    "Yonhap",
    "PTI",
    "IANS",
    "TASS",
    "Interfax",
    "EFE",
)

# "By Jane Doe\n\nTASHKENT - ...": a byline before the dateline
_BYLINE = re.compile(r"\s*By [A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|and|in))*[ \t]*\n\s*")

_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z.'’\- ]{2,40}?)(?:,\s*(?P<region>[A-Z][\w.'\- ]{1,30}?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\((?P<agency>[A-Za-z .&-]{1,30})\)|(?P<bare>"
    + "|".join(_AGENCIES)
    + r"))?(?P<sep>\s*(?:[-—–]{1,2}|_|(?P<colon>:)|\n)\s+)"
)


def dateline(text: str, on: date | None = None) -> Dateline | None:
    """The wire dateline opening a story ("MOSCOW (Reuters) -", "BUENOS AIRES, Argentina (AP) —",
    "ISLAMABAD:"), or None."""
    byline = _BYLINE.match(text)
    m = _DATELINE.match(text, byline.end() if byline else 0)
    if not m or not (m["agency"] or m["bare"] or m["place"].isupper()):
        return None
    place = m["place"].strip().title()
    code = place_country(place, on) or (place_country(m["region"], on) if m["region"] else None)
    if m["colon"] and code is None:
        return None  # "ISLAMABAD: Pakistan on Wednesday ..." is a dateline; "WARNING: ..." is not
    return Dateline(
        place=place,
        place_country=code,
        end=m.end(),
        sep=m.start("sep"),
        bare=bool(m["bare"] or m["colon"]),
        start=m.start("place"),
    )


def set_apart(text: str) -> str:
    """The text with its dateline's separator turned into line breaks (same length, same offsets),
    so that the parser does not read "TOKYO, March 16 Kyodo - Prime Minister X" as one phrase."""
    line = dateline(text)
    if line is None or line.sep >= line.end or not line.bare:
        return text  # "MOSCOW (Reuters) -": the brackets already keep it apart
    return text[: line.sep] + "\n" * (line.end - line.sep) + text[line.end :]
