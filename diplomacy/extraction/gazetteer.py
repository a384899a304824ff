"""Countries, their names and demonyms, as plain data (no ORM).

The records come from pycountry (ISO 3166-1 and the former states of ISO 3166-3) plus
``data/demonyms.tsv`` (demonyms and the short names news writing uses).  The same
records feed the data migration that fills the ``Country`` table and the extractor,
which must run on plain text without a database.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry

from diplomacy.extraction.text import fold

DATA_DIR = Path(__file__).with_name("data")

# Former ISO 3166-3 states whose two-letter code was later given to another country
# (BY, GE, SK...) keep the current country; the former one is found by its names only.
_ORGANIZATION_CODES = {"XK": "Kosovo"}


@dataclass(frozen=True)
class CountryRecord:
    code: str
    name: str
    official_name: str = ""
    alpha3: str = ""
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    ended: date | None = None

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, self.official_name, *self.names, *self.demonyms)


@dataclass
class _Extra:
    demonyms: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def _read_extras() -> dict[str, _Extra]:
    extras: dict[str, _Extra] = {}
    for line in (DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, demonyms, names = (line.split("\t") + ["", ""])[:3]
        extra = extras.setdefault(code.strip(), _Extra())
        extra.demonyms += [d.strip() for d in demonyms.split(",") if d.strip()]
        extra.names += [n.strip() for n in names.split(",") if n.strip()]
    return extras


def _ended(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 31)


def _common_name(name: str) -> str:
    """'Palestine, State of' -> 'Palestine'; 'Korea, Republic of' stays readable."""
    head, _, tail = name.partition(", ")
    return head if tail else name


@functools.cache
def country_records() -> tuple[CountryRecord, ...]:
    """Every ISO 3166-1 country, XK, and the former states of ISO 3166-3, sorted by code."""
    extras = _read_extras()
    records: dict[str, CountryRecord] = {}
    for c in pycountry.countries:
        extra = extras.get(c.alpha_2, _Extra())
        common = getattr(c, "common_name", "")
        names = [n for n in (common, _common_name(c.name)) if n and n != c.name]
        records[c.alpha_2] = CountryRecord(
            code=c.alpha_2,
            name=common or _common_name(c.name),
            official_name=getattr(c, "official_name", ""),
            alpha3=c.alpha_3,
            names=tuple(dict.fromkeys(names + [c.name] + extra.names)),
            demonyms=tuple(extra.demonyms),
        )
    for code, name in _ORGANIZATION_CODES.items():
        extra = extras.get(code, _Extra())
        records[code] = CountryRecord(
            code=code, name=name, alpha3="XKX", names=tuple(extra.names), demonyms=tuple(extra.demonyms)
        )
    historic: dict[str, list] = {}
    for c in pycountry.historic_countries:
        if c.alpha_2 not in records:
            historic.setdefault(c.alpha_2, []).append(c)
    for code, entries in historic.items():
        entries.sort(key=lambda c: c.withdrawal_date)
        latest = entries[-1]
        extra = extras.get(code, _Extra())
        names = [e.name for e in entries] + [_common_name(e.name) for e in entries] + extra.names
        records[code] = CountryRecord(
            code=code,
            name=extra.names[0] if extra.names else _common_name(latest.name),
            alpha3=latest.alpha_3,
            names=tuple(dict.fromkeys(names)),
            demonyms=tuple(extra.demonyms),
            ended=_ended(latest.withdrawal_date),
        )
    return tuple(sorted(records.values(), key=lambda r: r.code))


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Folded name or demonym -> candidate codes, current countries before former ones."""
    index: dict[str, list[str]] = {}
    for record in sorted(country_records(), key=lambda r: r.ended is not None):
        for name in record.all_names:
            key = fold(name)
            if key and record.code not in index.setdefault(key, []):
                index[key].append(record.code)
    return {k: tuple(v) for k, v in index.items()}


_NEVER_BY_SHARED_NAME = frozenset({"FX", "YD"})


@functools.lru_cache(maxsize=1 << 14)
def resolve_country(text: str, on: date | None = None) -> str | None:
    """ISO code for a country name, demonym or code ("Turkish" -> "TR"), or None.

    With ``on``, a former state is preferred when the date falls before it ended
    ("Soviet" in 1987 -> "SU").
    """
    key = fold(text)
    codes = _index().get(key, ())
    if not codes and len(text) == 2 and text.isupper():
        codes = tuple(r.code for r in country_records() if r.code == text)
    if not codes:
        return None
    if on is not None:
        ended = _ended_on()
        for code in codes:
            # "France" was never "Metropolitan France" (FX); "Yemen" in 1985 is the Yemen Arab
            # Republic (YE) at least as often as Democratic Yemen (YD)
            if ended.get(code) and on <= ended[code] and code not in _NEVER_BY_SHARED_NAME:
                return code
    current = [c for c in codes if not _record(c).ended]
    return (current or list(codes))[0]


@functools.cache
def _ended_on() -> dict[str, date | None]:
    """Code -> the day a former state ended (None for a current one)."""
    return {r.code: r.ended for r in country_records()}


@functools.cache
def _records() -> dict[str, CountryRecord]:
    return {r.code: r for r in country_records()}


def _record(code: str) -> CountryRecord:
    return _records()[code]


def country_name(code: str) -> str:
    """The short English name of a country code."""
    return _record(code).name
