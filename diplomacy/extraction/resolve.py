"""Cross-article resolution: which known person or event an extracted one is.

Pure functions over plain records, shared by the in-memory corpus runner and the
Django loader.  The loader implements the *index protocol* against the database:

``index.person_candidates(person: ExtractedPerson) -> Sequence[KnownPerson]``
    known people sharing at least one ``candidate_keys`` key with the person's names
    (the loader keeps these keys per person in an indexed table);
``index.event_candidates(event: ExtractedEvent, person_ids: set[int]) -> Sequence[KnownEvent]``
    known events involving any of ``person_ids``, or, for an event without resolved
    people, events of the same kind family sharing a country.

``resolve_article(result, index)`` then returns a ``Resolution``: for every extracted
person key the matched person id (None = create a new person), and for every event
the matched event id (None = create); each known event is taken by at most one event
of an article (the article's events are already one per encounter).
``merge_event_fields`` and ``merge_person_names`` say what to update on a match, and
``event_countries`` what an event's countries are once its people are resolved (their
countries when they name two or more; the reported ones otherwise), so both stores
merge alike.  ``KnownEvent.countries`` passed in should be computed the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import jellyfish
from rapidfuzz import fuzz

from diplomacy.extraction.events import FAMILIES, dates_compatible
from diplomacy.extraction.text import fold, initials_clash
from diplomacy.extraction.types import ArticleResult, ExtractedEvent, ExtractedPerson, KnownEvent, KnownPerson

_RANK = {"day": 3, "month": 2, "year": 1, None: 0}
_PATRONYMIC = {"bin", "ibn", "bint", "ben", "ould"}


class ResolutionIndex(Protocol):
    """What ``resolve_article`` needs from a store of known people and events."""

    def person_candidates(self, person: ExtractedPerson) -> Sequence[KnownPerson]: ...

    def event_candidates(self, event: ExtractedEvent, person_ids: set[int]) -> Sequence[KnownEvent]: ...


def _phonetic(token: str) -> str:
    return jellyfish.metaphone(token) if token else ""


def candidate_keys(names: Iterable[str]) -> set[str]:
    """Blocking keys for names: folded full name, last token, metaphone of the last token,
    first token + last initial, the name up to the father's name ("X bin Y").  People sharing
    a key are compared in full."""
    keys: set[str] = set()
    for name in names:
        toks = fold(name).split()
        if not toks:
            continue
        keys.add("n:" + " ".join(toks))
        keys.add("l:" + toks[-1])
        keys.add("m:" + _phonetic(toks[-1]))
        if len(toks) >= 2:
            keys.add(f"f:{toks[0]} {toks[-1][0]}")
        # "Khalid bin Rashid (Al Harbi)": the given name and the father's name
        k = next((k for k, t in enumerate(toks[1:-1], 1) if t in _PATRONYMIC), None)
        if k is not None:
            keys.add("p:" + " ".join(toks[: k + 2]))
            keys.add("m2:" + _phonetic(toks[0]) + " " + _phonetic(toks[-1])[:2])
    return keys


def _token_close(a: str, b: str, strict: int = 80) -> bool:
    """Whether two name tokens are spellings of one name (transliteration, typos)."""
    if a == b:
        return True
    if not a or not b:
        return False
    if len(a) <= 2 or len(b) <= 2:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= strict or (_phonetic(a) == _phonetic(b) and a[0] == b[0])


def name_score(a: Sequence[str], b: Sequence[str]) -> float:
    """How surely two folded token lists name one person: 1.0 same, 0 different.

    Multi-token names need agreeing surnames and first names ("Mehmet Öztürk" ~ "Mehmed Ozturk");
    a shorter name that is a tail of the longer one ("Ahmet Yilmaz" of "Mehmet Ahmet Yılmaz") also agrees.
    """
    if not a or not b:
        return 0.0
    if list(a) == list(b):
        return 1.0
    if initials_clash(list(a), list(b)):
        return 0.0  # "George W. Bush" is not "George Bush": the initial tells them apart
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        return 0.6 if _token_close(short[0], long_[-1], 90) else 0.0
    if (
        list(long_[-len(short) :]) == list(short)
        or [t for t in long_ if t in short] == list(short)
        and short[-1] == long_[-1]
    ):
        return 0.9
    if len(short) >= 3 and list(long_[: len(short)]) == list(short) and any(t in _PATRONYMIC for t in short[1:-1]):
        return 0.9  # "Khalid bin Rashid" = "Khalid bin Rashid Al Harbi": the family name left off
    last_ok = _token_close(short[-1], long_[-1])
    first_ok = _token_close(short[0], long_[0], 75) or _token_close(short[0], long_[-2] if len(long_) > 2 else "", 75)
    if last_ok and first_ok:
        exact = short[-1] == long_[-1] or short[0] == long_[0]
        return 0.85 if exact else 0.7
    return 0.0


def _names(person: ExtractedPerson | KnownPerson) -> list[list[str]]:
    return [fold(n).split() for n in dict.fromkeys([person.name, *person.aliases]) if fold(n)]


def _best_name_score(person: ExtractedPerson, known: KnownPerson) -> float:
    """Best agreement between the two people's names; when both have full names only full
    names are compared, so a shared bare surname cannot join Dana Levin to Amos Levin."""
    mine, theirs = _names(person), _names(known)
    full_mine, full_theirs = [n for n in mine if len(n) >= 2], [n for n in theirs if len(n) >= 2]
    if full_mine and full_theirs:
        mine, theirs = full_mine, full_theirs
    return max((name_score(a, b) for a in mine for b in theirs), default=0.0)


def match_person(person: ExtractedPerson, candidates: Sequence[KnownPerson]) -> KnownPerson | None:
    """The known person an extracted one is, or None.

    Names must agree (diacritics and transliteration aside); a bare surname only when
    exactly one candidate carries it.  A different country rules a candidate out; the
    same country or a similar office breaks ties.  Candidates a curator marked
    ``not_same_as`` each other are never merged by guesswork: the better one wins only
    when it is clearly better.
    """
    scored: list[tuple[float, KnownPerson]] = []
    multi = any(len(n) >= 2 for n in _names(person))
    titles = {fold(o.title) for o in person.offices}
    for known in candidates:
        score = _best_name_score(person, known)
        if score <= 0:
            continue
        if person.country and known.country and person.country != known.country:
            # inferred countries can be wrong: only an identical full name survives a conflict
            score -= 0.3
        if not multi and any(len(n) >= 2 for n in _names(known)):
            # a bare surname against a full name: only with supporting context
            score = 0.6 if score >= 0.6 else 0.0
        if person.country and person.country == known.country:
            score += 0.1
        if titles & {fold(t) for t in known.office_titles}:
            score += 0.05
        if score >= 0.6:
            scored.append((score, known))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    best_score, best = scored[0]
    if not multi:
        same = [k for s, k in scored if s >= best_score - 0.1]
        if len(same) > 1:
            return None
    if len(scored) > 1 and scored[1][0] >= best_score - 0.05:
        rival = scored[1][1]
        if rival.id in best.not_same_as or best.id in rival.not_same_as or not multi:
            return None
    return best


def participant_overlap(new: set[int], known: set[int], countries_equal: bool) -> float:
    """Overlap of two participant sets: Jaccard, or 1.0 when one holds the other (a lone
    shared person counts only when the countries also agree)."""
    if not new or not known:
        return 0.0
    if len(new & known) >= 2 and not (new <= known or known <= new) and countries_equal:
        return max(0.6, len(new & known) / len(new | known))
    if new <= known or known <= new:
        small = min(len(new), len(known))
        if small >= 2 or countries_equal:
            return 1.0
        return len(new & known) / len(new | known)
    return len(new & known) / len(new | known)


def event_match_score(event: ExtractedEvent, ids: set[int], known: KnownEvent) -> float:
    """How surely an extracted event is a known one (0 = not it). A date the extractor only
    inferred from the story's day (either side) counts as no date: it neither rules a match out
    nor confirms one."""
    day, precision = (None, None) if event.date_inferred else (event.date, event.date_precision)
    known_day, known_precision = (None, None) if known.date_inferred else (known.date, known.date_precision)
    if FAMILIES.get(event.kind) != FAMILIES.get(known.kind) or event.status != known.status:
        return 0.0
    if not dates_compatible(day, precision, known_day, known_precision):
        return 0.0
    countries_equal = set(event.countries) == set(known.countries)
    if ids or known.participant_ids:
        vague = (day is None) != (known_day is None) and (precision or known_precision) != "day"
        score = participant_overlap(ids, set(known.participant_ids), countries_equal and not vague)
        if vague and score < 0.6:
            return 0.0
        if score < 0.5:
            return 0.0
    elif countries_equal and day and known_day and event.kind == known.kind:
        score = 0.5
    else:
        return 0.0
    if day and known_day and day == known_day:
        score += 0.3
    if countries_equal:
        score += 0.2
    if event.location and known.location and fold(event.location) == fold(known.location):
        score += 0.1
    return score


def match_event(
    event: ExtractedEvent, participant_ids: dict[str, int | None], candidates: Sequence[KnownEvent]
) -> KnownEvent | None:
    """The known event an extracted one reports, or None: compatible kind (meeting ~ visit),
    status and date (undated joins dated, different months never), overlapping people
    (or, without people, the same countries and date)."""
    ids = {participant_ids[p.person] for p in event.participants if participant_ids.get(p.person) is not None}
    # people not in the store yet still count: they are not anyone already there
    ids |= {-(k + 1) for k, p in enumerate(event.participants) if participant_ids.get(p.person) is None}
    best, best_score = None, 0.0
    for known in candidates:
        score = event_match_score(event, ids, known)
        if score > best_score:
            best, best_score = known, score
    return best


def merge_event_fields(known: KnownEvent, new: ExtractedEvent) -> dict:
    """Fields of a known event to update from a new report of it: a more precise date (a day
    beats a month), a missing end date or place, more countries, meeting over visit."""
    out: dict = {}
    if new.date and _RANK[new.date_precision] > _RANK[known.date_precision]:
        out["date"], out["date_precision"] = new.date, new.date_precision
    if new.end_date:
        out["end_date"] = new.end_date
    if new.location and not known.location:
        out["location"] = new.location
    countries = sorted(set(known.countries) | set(new.countries))
    if countries != sorted(known.countries):
        out["countries"] = countries
    if known.kind == "visit" and new.kind == "meeting":
        out["kind"] = "meeting"
    return out


def event_countries(participant_countries: Iterable[str | None], reported: Iterable[str]) -> list[str]:
    """The countries an event involves: its participants' (as resolved across articles) when
    they name two or more, else those joined with the countries the reports gave."""
    people = {c for c in participant_countries if c}
    if len(people) >= 2:
        return sorted(people)
    return sorted(people | set(reported))


def merge_person_names(name: str, aliases: Iterable[str], new: ExtractedPerson) -> tuple[str, list[str]]:
    """The canonical name and alias list after adding a new person's spellings: the fullest
    spelling (most tokens, then diacritics kept) is the name."""
    every = list(dict.fromkeys([name, *aliases, new.name, *new.aliases]))
    best = max(every, key=lambda n: (len(n.split()), sum(ord(c) > 127 for c in n)))
    return best, [n for n in every if n != best]


@dataclass
class Resolution:
    persons: dict[str, int | None] = field(default_factory=dict)
    events: list[int | None] = field(default_factory=list)


def resolve_article(result: ArticleResult, index: ResolutionIndex) -> Resolution:
    """Matches of an article's persons and events against what the index already holds."""
    res = Resolution()
    for person in result.persons:
        match = match_person(person, index.person_candidates(person))
        res.persons[person.key] = match.id if match else None
    taken: set[int] = set()
    for event in result.events:
        ids = {res.persons[p.person] for p in event.participants if res.persons.get(p.person) is not None}
        # the article's own events are already one per encounter: each known event once
        candidates = [k for k in index.event_candidates(event, ids) if k.id not in taken]
        match = match_event(event, res.persons, candidates)
        res.events.append(match.id if match else None)
        if match:
            taken.add(match.id)
    return res
