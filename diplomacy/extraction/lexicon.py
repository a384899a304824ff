"""The generic vocabulary in ``data/lexicon.json`` and place lookups, loaded once."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date

from diplomacy.extraction.gazetteer import DATA_DIR, resolve_country
from diplomacy.extraction.text import fold


@dataclass(frozen=True)
class Lexicon:
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    org_words: frozenset[str]
    connectors: frozenset[str]
    organizations: dict[str, str]  # folded alias -> organisation name
    not_persons: frozenset[str]  # folded
    particles: frozenset[str]
    kin_words: frozenset[str]
    private_words: frozenset[str]
    envoy_words: frozenset[str]
    group_words: frozenset[str]
    light_verbs: frozenset[str]
    triggers: dict[str, dict[str, frozenset[str]]]
    future_cues: frozenset[str]
    cancel_cues: tuple[str, ...]
    refusal_verbs: frozenset[str]  # "refused to meet": what they govern did not happen
    exclusions: tuple[re.Pattern[str], ...]
    captions: tuple[re.Pattern[str], ...]  # photo captions: people and titles, but no events
    places: dict[str, str]  # folded place -> ISO code
    title_countries: dict[str, str]  # folded office title -> the one state that names it so


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, parsed and indexed (lower-cased sets, compiled patterns)."""
    raw = json.loads((DATA_DIR / "lexicon.json").read_text(encoding="utf-8"))

    def low(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[key])

    orgs = {fold(alias): name for name, aliases in raw["organizations"].items() for alias in aliases}
    triggers = {kind: {k: frozenset(v) for k, v in spec.items()} for kind, spec in raw["triggers"].items()}
    return Lexicon(
        title_heads=low("title_heads"),
        title_modifiers=low("title_modifiers"),
        org_words=low("org_words"),
        connectors=low("connectors"),
        organizations=orgs,
        not_persons=frozenset(fold(n) for n in raw["not_persons"]),
        particles=low("particles"),
        kin_words=low("kin_words"),
        private_words=low("private_words"),
        envoy_words=low("envoy_words"),
        group_words=low("group_words"),
        light_verbs=low("light_verbs"),
        triggers=triggers,
        future_cues=low("future_cues"),
        cancel_cues=tuple(raw["cancel_cues"]),
        refusal_verbs=low("refusal_verbs"),
        exclusions=tuple(re.compile(p) for p in raw["exclusion_patterns"]),
        captions=tuple(re.compile(p) for p in raw.get("caption_patterns", ())),
        places={fold(k): v for k, v in raw["places"].items()},
        title_countries={fold(k): v for k, v in raw["title_countries"].items() if not k.startswith("_")},
    )


# namesakes of cities that news writing uses as words ("Commonwealth leaders", "Independence Day")
_WORDS_NOT_CITIES = frozenset({"commonwealth", "independence"})


@functools.cache
def _cities() -> dict[str, str]:
    """Folded city name -> ISO code (data/cities.tsv: cities over 100,000 people and capitals)."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "cities.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code = line.split("\t")[:2]
            if fold(name) not in _WORDS_NOT_CITIES:
                out[fold(name)] = code.strip()
    return out


def is_city(text: str) -> bool:
    """Whether a name is a city's ("Lima"), even where it stands for a state."""
    return fold(text) in _cities() or fold(text) in lexicon().places


@functools.cache
def _organizations() -> dict[str, str]:
    """Folded alias -> organisation acronym, from data/organizations.tsv and the lexicon."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "organizations.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        acronym, name, others = (line.split("\t") + ["", ""])[:3]
        for alias in [acronym, name, *others.split(",")]:
            if alias.strip():
                out.setdefault(fold(alias), acronym.strip())
    return out


@functools.cache
def _former_states() -> dict[str, list[tuple[date, str]]]:
    """Current code -> [(end date, former state code)] from data/former_states.tsv."""
    out: dict[str, list[tuple[date, str]]] = {}
    for line in (DATA_DIR / "former_states.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        former, ended, successors = line.split("\t")[:3]
        end = date.fromisoformat(ended.strip())
        for code in successors.split(","):
            out.setdefault(code.strip(), []).append((end, former.strip()))
    return out


def as_of(code: str | None, on: date | None) -> str | None:
    """The state a place belonged to on a date: Moscow in 1989 is in the Soviet Union (SU)."""
    if code is None or on is None:
        return code
    for end, former in sorted(_former_states().get(code, [])):
        if on <= end:
            return former
    return code


@functools.lru_cache(maxsize=4096)
def place_country(text: str, on: date | None = None) -> str | None:
    """ISO code of a place named in text (a country, a known landmark or a city) as of the
    date ``on``; else None."""
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    code = resolve_country(text, on) or resolve_country(key, on)
    if code:
        return as_of(code, on) if code not in {f for v in _former_states().values() for _, f in v} else code
    lex = lexicon()
    if key in lex.places:
        return as_of(lex.places[key], on)
    return as_of(_cities().get(key), on)


def title_country(title: str) -> str | None:
    """The one state whose office a title names ("Secretary of State" -> US), also with a
    portfolio after "for" ("Assistant Secretary of State for African Affairs"); else None."""
    words = fold(title).split()
    known = lexicon().title_countries
    if " ".join(words) in known:
        return known[" ".join(words)]
    for k in range(len(words) - 1, 0, -1):
        if words[k] == "for":
            return known.get(" ".join(words[: k + 1])) or known.get(" ".join(words[:k]))
    return None


def organization(text: str) -> str | None:
    """The organisation an alias names ("U.N." -> "UN"), or None."""
    key = fold(text)
    return lexicon().organizations.get(key) or _organizations().get(key)
