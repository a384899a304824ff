"""The extractor's data: plain dataclasses in, plain dataclasses out (no ORM).

Offsets are character offsets into ``Article.text`` (the article body after the
dateline has been taken off), so evidence can be highlighted in the stored text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

EVENT_KINDS = ("meeting", "visit", "call", "agreement", "appointment", "withdrawal")
STATUSES = ("occurred", "planned", "cancelled")
PRECISIONS = ("day", "month", "year")
ROLES = ("host", "guest", "participant")


class ArticleError(ValueError):
    """An article that cannot be read; the message is one line naming the cause."""


@dataclass(frozen=True)
class Article:
    name: str  # file name, or the external id of a JSONL record
    text: str  # body, dateline removed
    published: date | None = None
    title: str = ""
    url: str = ""


@dataclass(frozen=True)
class Evidence:
    sentence: str  # the sentence as it stands in the article
    start: int  # offsets of the sentence in Article.text
    end: int
    highlights: tuple[tuple[int, int], ...] = ()  # names / trigger, offsets in Article.text


@dataclass
class OfficeMention:
    title: str  # one normalised title: "Deputy Foreign Minister"
    country: str | None = None  # ISO code of the state the office belongs to
    organization: str | None = None  # "UN", "EU"... for officials of an organisation
    evidence: Evidence | None = None


@dataclass
class ExtractedPerson:
    key: str  # unique within the article ("p1", "p2"...)
    name: str  # the fullest spelling in the article
    aliases: list[str] = field(default_factory=list)  # every spelling seen, name included
    country: str | None = None
    offices: list[OfficeMention] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Participant:
    person: str  # ExtractedPerson.key
    role: str = "participant"  # one of ROLES
    country: str | None = None


@dataclass
class ExtractedEvent:
    kind: str  # one of EVENT_KINDS
    date: date | None = None
    date_precision: str | None = None  # one of PRECISIONS, None when undated
    end_date: date | None = None
    status: str = "occurred"  # one of STATUSES
    location: str | None = None  # one place as the article names it
    location_country: str | None = None
    countries: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    trigger: str = ""  # the word that made it an event ("met", "visit")
    confidence: float = 0.5  # 0..1, the extractor's own estimate
    date_inferred: bool = False  # the sentence gives no date: the date is the story's day


@dataclass
class ArticleResult:
    article: Article
    persons: list[ExtractedPerson] = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)
    extractor_version: str = ""


# Resolution against what the database already holds: the loader reads candidates
# from the database into these records and asks the pure matching functions which
# one (if any) an extracted person or event is.


@dataclass(frozen=True)
class KnownPerson:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    office_titles: tuple[str, ...] = ()
    not_same_as: tuple[int, ...] = ()  # curator said: a different person


@dataclass(frozen=True)
class KnownEvent:
    id: int
    kind: str
    date: date | None
    date_precision: str | None
    status: str
    countries: tuple[str, ...] = ()
    participant_ids: tuple[int, ...] = ()
    location: str | None = None
    date_inferred: bool = False  # the date is the story's day the extractor inferred
