"""People in one article: names, in-article coreference, offices and countries.

Names come from the text only: the recogniser's PERSON spans plus names that follow an
office title ("Foreign Ministry Director-General Tal Berman"), minus bylines, photo
credits, agencies and platforms.  Later bare surnames ("Berman") are linked to the full
name they share a token with.  Offices come from the title grammar around each mention:
pre-modifier titles ("Turkish Defense Minister X"), possessives ("Israel's Foreign
Ministry Director-General X", "President Y's top adviser X"), and appositions
("X, director-general of the Israeli Presidential Office").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from diplomacy.extraction.gazetteer import resolve_country
from diplomacy.extraction.lexicon import as_of, lexicon, organization, place_country
from diplomacy.extraction.text import doc_text, fold, initials_clash
from diplomacy.extraction.wire import dateline

_POSSESSIVE = {"'s", "’s", "'", "’"}
_MONTHS_DAYS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_ABBREVIATED = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "amb.": "Ambassador"}
_RANKS = {"general", "commodore", "colonel", "marshal", "admiral", "brigadier", "captain", "major", "lieutenant"}
_HONORIFICS = {
    "prince",
    "princess",
    "sheikh",
    "shaikh",
    "sheikha",
    "ayatollah",
    "cardinal",
    "archbishop",
    "bishop",
    "sir",
    "dame",
    "lord",
}
# courtesy titles, no office: "his Indonesian counterpart, Mr Ali Alatas"
_COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mme", "mme."})
_STOP_WORDS = {
    "and",
    "or",
    "but",
    "with",
    "by",
    "from",
    "as",
    "that",
    "who",
    "which",
    "said",
    "says",
    "while",
}
_PATRONYMIC = {"bin", "ibn", "bint", "ben", "ould"}
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ][\w'’.-]*$")


@dataclass
class Mention:
    person: int  # index into the article's person list
    start: int  # token indices [start, end)
    end: int
    char_start: int
    char_end: int
    text: str


@dataclass
class Office:
    title: str
    country: str | None
    organization: str | None
    possessor: int | None = None  # person whose office this one serves ("X's adviser")
    receiving: str | None = None  # "ambassador to Turkey" -> TR
    sentence_start: int = 0
    sentence_end: int = 0
    highlight: tuple[int, int] = (0, 0)


@dataclass
class PersonDraft:
    names: list[str]  # spellings seen, fullest first
    mentions: list[Mention] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    country: str | None = None
    private: bool = False  # named as someone's kin or in a private role
    across: set[int] = field(default_factory=set)  # people named as this one's counterparts

    def offices_has_receiving(self) -> bool:
        """Whether an office names a receiving country ("ambassador to X")."""
        return any(o.receiving for o in self.offices)

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def tokens(self) -> list[str]:
        """The folded words of the name."""
        return _folded_words(self.name)


@functools.lru_cache(maxsize=4096)
def _folded_words(name: str) -> list[str]:
    return fold(name).split()


def exclusion_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of bylines, photo credits and agency credits, where no person is read."""
    line = dateline(text)
    spans = [(0, line.end)] if line else []
    for pattern in lexicon().exclusions:
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


def _excluded(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start < e or s < end <= e for s, e in spans)


def _is_title_word(tok: Token) -> bool:
    lex = lexicon()
    low = tok.lower_
    return low in lex.title_heads or low in lex.title_modifiers or low in lex.org_words


def _plural_head(tok: Token) -> bool:
    """ "Defence ministers X of A and Y of B": a plural title before the names it qualifies."""
    return (
        (tok.tag_ == "NNS" or tok.tag_ in ("NNP", "NNPS") and tok.text.istitle())
        and tok.lower_.endswith("s")
        and tok.lower_[:-1] in lexicon().title_heads
        and tok.i + 1 < len(tok.doc)
        and (tok.doc[tok.i + 1].ent_type_ == "PERSON" or tok.doc[tok.i + 1].tag_ == "NNP")
        # several people follow ("X and Y"); "Governors Island" names a place
        and any(t.lower_ == "and" for t in tok.doc[tok.i + 2 : tok.i + 8])
    )


def _is_head(tok: Token) -> bool:
    """Whether a token heads an office title; a possessor ("the President's Residence") does not."""
    if _plural_head(tok):
        return True
    if tok.lower_ not in lexicon().title_heads or tok.lower_ in ("first", "vice", "general", "his", "her"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in _POSSESSIVE:
        after = tok.nbor(2) if tok.i + 2 < len(tok.doc) else None
        return after is not None and after.lower_ in lexicon().title_heads
    return True


def _country_of_token(tok: Token, on: date | None) -> str | None:
    if not tok.text[:1].isupper() or tok.lower_ in lexicon().title_heads:
        return None
    return resolve_country(tok.text, on)


def _inner_hyphen(tok: Token) -> bool:
    """Whether a token is a hyphen inside a word ("el-Sisi"), with no space on either side."""
    return tok.text in ("-", "‐") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _hyphen_joined(tok: Token) -> bool:
    """Whether a word is hyphen-joined to a neighbour ("Hossein-Zadeh"): part of a name, not a title."""
    doc = tok.doc
    after = tok.i + 1 < len(doc) and _inner_hyphen(doc[tok.i + 1])
    before = tok.i > 0 and _inner_hyphen(doc[tok.i - 1])
    return after or before


_CLAUSE_OPENERS = {"when", "after", "before", "while", "as", "since", "if", "though", "although", "until", "once"}
_LANDFORMS = {
    "river",
    "lake",
    "sea",
    "mountain",
    "mountains",
    "valley",
    "dam",
    "basin",
    "strait",
    "gulf",
    "canal",
    # "the Yasukuni Shrine", then "visits to Yasukuni": a named building, no one
    "shrine",
    "temple",
    "mosque",
    "cathedral",
    "monastery",
    "memorial",
    "mausoleum",
}


def _named_landform(tok: Token) -> bool:
    """Whether the article names a river, lake, ... by this word somewhere ("the Karnali river")."""
    doc = tok.doc
    if "landform_words" not in doc.user_data:  # read once per article, not once per candidate name
        doc.user_data["landform_words"] = {t.text for t in doc[:-1] if doc[t.i + 1].lower_ in _LANDFORMS}
    return tok.text in doc.user_data["landform_words"]


def _told_as_place(tok: Token) -> bool:
    """Whether the article uses a word as a place somewhere ("flew to Apia", "in Apia")."""
    doc = tok.doc
    if "place_words" not in doc.user_data:
        doc.user_data["place_words"] = {
            t.text for t in doc if t.head.lower_ in ("to", "in", "from") and t.dep_ == "pobj"
        }
    return tok.text in doc.user_data["place_words"]


def _only_in(tok: Token) -> bool:
    """Whether the article names this word only after "in" ("in Naypyitaw"), never as someone."""
    uses = [t for t in tok.doc if t.text == tok.text]
    return all(t.dep_ == "pobj" and t.head.lower_ == "in" for t in uses)


def _name_ok(tokens: list[Token]) -> bool:
    """Whether a run of tokens can be a person's name (capitalised, not a title, place or agency)."""
    lex = lexicon()
    if not tokens:
        return False
    text = " ".join(t.text for t in tokens)
    if fold(text) in lex.not_persons or organization(text):
        return False
    if any(t.lower_.endswith("-based") or t.lower_ == "based" for t in tokens):
        return False  # "The Hague-based court"
    if tokens[0].lower_ in _CLAUSE_OPENERS:
        return False  # "When Lee Dong-ho met X": the recogniser took the conjunction in
    # "el-Sisi": a hyphen joined to both neighbours belongs to the name
    if tokens[0].text == "-" or tokens[-1].text == "-":
        return False
    # "Park Min-jun": a lower-case syllable hyphen-joined to a name is part of it
    words = [
        t
        for t in tokens
        if t.lower_ not in lex.particles and not _inner_hyphen(t) and not (t.i > 0 and _inner_hyphen(t.doc[t.i - 1]))
    ]
    if not words:
        return False
    for k, t in enumerate(words):
        # "Kim Min Jun", "Lee Jun": a short month name inside a name is a syllable of it
        syllable = k > 0 and len(t.text) == 3 and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num)
        if not _NAME_TOKEN.match(t.text) or t.lower_ in _MONTHS_DAYS and not syllable or t.like_num:
            return False
        inside = 0 < k < len(words) - 1 and t.lower_ in ("sheikh", "shaikh")  # "Ali Sheikh Abdirahman"
        # "Foreign Minister Julie Bishop", "John Major": a title word as the surname the recogniser read
        surname = (
            k == len(words) - 1
            and k > 0
            and t.ent_type_ == "PERSON"
            and t.ent_iob_ == "I"
            and not _is_title_word(words[k - 1])
            and t.lower_ in lex.title_heads
        )
        if (
            (t.lower_ in lex.title_heads or t.lower_ in lex.org_words)
            and not _hyphen_joined(t)
            and not inside
            and not surname
        ):
            return False
        if len(words) == 1 and t.lower_.endswith("s") and t.lower_[:-1] in lex.title_heads:
            return False  # "the Joint Chiefs of Staff": a body of office holders, not someone
        if fold(t.text) in lex.not_persons and len(words) == 1:
            return False
    if all(_is_title_word(t) or resolve_country(t.text) for t in words):
        return False
    if len(words) == 1 and resolve_country(words[0].text):
        return False
    if _named_landform(tokens[-1]):
        return False  # "the Teesta river's waters", and then "a Teesta deal"
    if len(words) == 1 and _told_as_place(words[0]) and place_country(text):
        return False  # "would travel to Windhoek": a city the model took for someone
    if len(words) == 1 and _only_in(words[0]):
        return False  # "met X in Naypyitaw and Y in Yangon": a place the gazetteer lacks
    # "Solomon Islands", "Gaza Strip": a place named by several words
    if resolve_country(text) or len(words) >= 2 and place_country(text):
        return False
    return len(words) <= 5


_PLACE_NOUNS = frozenset(
    {"state", "province", "region", "city", "town", "village", "island", "islands", "district", "county", "river"}
)


_VENUE_NOUNS = frozenset(
    {"residence", "palace", "villa", "hotel", "headquarters", "building", "hall", "compound", "estate", "ranch"}
)


def _given_name_of_country(doc: Doc, i: int, end: int) -> bool:
    """ "Foreign Minister Israel Katz": a country's name between a title and a surname is a given name.

    A country before a title qualifies it ("U.S. Secretary of State"); after one, with one
    capitalised word to close the name, it can only be the first name.
    """
    tok = doc[i]
    return (
        i >= 1
        and i + 2 == end
        and _is_head(doc[i - 1])
        and tok.is_alpha
        and not tok.text.isupper()
        and doc[i + 1].is_alpha
        and doc[i + 1].text[:1].isupper()
        and not _is_title_word(doc[i + 1])
        and not resolve_country(doc[i + 1].text)
    )


def _clean_span(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of names in a recognised span: titles, countries, possessives stripped, "and" split."""
    lex = lexicon()
    while start < end and (
        _is_title_word(doc[start])
        or _plural_head(doc[start])
        or doc[start].lower_ in ("the", "a", "an")
        or doc[start].lower_ in _COURTESY
        or resolve_country(doc[start].text)
        and not _given_name_of_country(doc, start, end)
        or not doc[start].text[:1].isupper()
    ):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    parts, cur = [], start
    for i in range(start, end):
        if doc[i].lower_ in ("and", "&", ",") or doc[i].text in _POSSESSIVE:
            parts.append((cur, i))
            cur = i + 1
    parts.append((cur, end))
    out = []
    for s, e in parts:
        while s < e and doc[s].lower_ in lex.particles and s + 1 < e and not doc[s].text[:1].isupper():
            s += 1
        # "the southern state of Tamil Nadu", "her official residence, Sheetal Niwas": a place the
        # model took for someone
        place = s >= 1 and doc[s - 1].lower_ in _PLACE_NOUNS  # "on the border river Mahakali"
        place = (
            place
            or s >= 2
            and (
                doc[s - 1].lower_ == "of"
                and doc[s - 2].lower_ in _PLACE_NOUNS
                or doc[s - 1].text == ","
                and doc[s - 2].lower_ in _VENUE_NOUNS
            )
        )
        if e > s and _name_ok(list(doc[s:e])) and not place:
            out.append((s, e))
    return out


def _titled_names(doc: Doc) -> list[tuple[int, int]]:
    """Names right after an office title the recogniser may have missed ("CEO of the Office X Y")."""
    lex = lexicon()
    out = []
    for tok in doc:
        if not _is_head(tok):
            continue
        j = tok.i + 1
        # skip the rest of the title: "of the President's Office", "to Turkey", "-General"
        while (
            j < len(doc)
            and j - tok.i < 8
            and (
                _is_title_word(doc[j])
                or doc[j].lower_ in ("of", "the", "to", "-", "for")
                or doc[j].text in _POSSESSIVE
                or (resolve_country(doc[j].text) and doc[j].text[:1].isupper())
            )
        ):
            j += 1
        k = j
        while (
            k < len(doc)
            and k - j < 4
            and (
                _NAME_TOKEN.match(doc[k].text)
                or doc[k].lower_ in lex.particles
                or _inner_hyphen(doc[k])
                or doc[k].is_alpha
                and _inner_hyphen(doc[k - 1])
            )
            and (not _is_title_word(doc[k]) or _hyphen_joined(doc[k]))
            and not _placeish(doc[k])
        ):
            k += 1
        ends = k >= len(doc) or not (
            _NAME_TOKEN.match(doc[k].text) or _inner_hyphen(doc[k]) or _inner_hyphen(doc[k - 1])
        )
        # "top diplomat for Africa", "envoy to the Sahel": a region, not a name
        # "secretary-general of the Association of ...", "head of state to the South Pacific": no
        # one's name follows an article
        after_preposition = doc[j - 1].lower_ in ("for", "to", "in", "on", "at", "of", "the", "a", "an")
        # "ambassador to the Organization of American States": the end of an organisation's name
        inside_org = (
            k - j == 1  # "... of American States"; not "CEO of the President's Office Dan Levi"
            and j < len(doc)
            and doc[j].ent_type_ == "ORG"
            and doc[j].ent_iob_ == "I"
            and any(doc[i].lower_ in lex.org_words for i in range(tok.i + 1, j))
        )
        # "head of Ukraine's Naftogaz": a one-word organisation the state owns, not a name
        owned_org = k - j == 1 and doc[j].ent_type_ == "ORG" and doc[j - 1].text in _POSSESSIVE
        if (
            k > j
            and ends
            and not after_preposition
            and not inside_org
            and not owned_org
            and _name_ok(list(doc[j:k]))
            and doc[j].sent.start == tok.sent.start
        ):
            out.append((j, k))
        if _plural_head(tok):
            # "Prime Ministers X of Serbia and Y of Kosovo": Y too, whatever the recogniser made of him
            at = next((t.i for t in doc[tok.i + 2 : min(tok.i + 10, tok.sent.end)] if t.lower_ == "and"), None)
            if at is not None:
                j = k = at + 1
                while k < min(j + 4, tok.sent.end) and _NAME_TOKEN.match(doc[k].text) and not _is_title_word(doc[k]):
                    k += 1
                if k - j >= 2 and not any(_placeish(t) for t in doc[j:k]) and _name_ok(list(doc[j:k])):
                    out.append((j, k))
    return out + _apposed_names(doc)


def _nicknamed(doc: Doc) -> list[tuple[int, int]]:
    """Names with a quoted nickname ('Thomas "Tom" Walker') as one span."""
    out = []
    for tok in doc[: max(0, len(doc) - 4)]:
        i = tok.i
        quoted = doc[i + 1].text in ('"', "“", "'") and doc[i + 3].text in ('"', "”", "'")
        if quoted and doc[i + 2].text[:1].isupper() and _name_ok([doc[i], doc[i + 2], doc[i + 4]]):
            out.append((i, i + 5))
    return out


def _korean_shaped(doc: Doc) -> list[tuple[int, int]]:
    """Names of the Korean shape the small model often misses ("Han Jin Su", "Im Chol-su"):
    a short family name, then a hyphenated given name or two short capitalised syllables."""
    out = []
    for tok in doc:
        if not re.fullmatch(r"[A-Z][a-z]{1,3}", tok.text) or tok.i > 0 and _NAME_TOKEN.match(doc[tok.i - 1].text):
            continue
        for end in (tok.i + 4, tok.i + 3):  # "Chol - su" is three tokens; "Jin Su" two
            if end > len(doc) or end < len(doc) and _NAME_TOKEN.match(doc[end].text):
                continue
            words = [t.text for t in doc[tok.i : end]]
            shaped = " ".join(words).replace(" - ", "-").split()
            if (
                _family_name_first(shaped)
                and all(not _is_title_word(t) and not _placeish(t) for t in doc[tok.i : end])
                and _name_ok(list(doc[tok.i : end]))
            ):
                out.append((tok.i, end))
                break
    return out


def _placeish(tok: Token) -> bool:
    """Whether a token is tagged as a place, nationality, date or facility, unless it is a
    "GPE" naming no known place: the small model tags unfamiliar names ("Deputy President
    Sipho Ndlovu") as places."""
    if tok.ent_type_ in ("DATE", "NORP"):
        return True
    if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return bool(place_country(tok.text) or ent is not None and place_country(ent.text))


def _apposed_names(doc: Doc) -> list[tuple[int, int]]:
    """Names set off after a title phrase ("the head of the division, Oren Tamir, said")."""
    out = []
    for comma in doc:
        # "the head of the division, Oren Tamir", "Their foreign ministers -- Ana Ruiz of Peru and ..."
        if comma.text not in (",", "--", "\u2014", "\u2013"):
            continue
        j = comma.i + 1
        while j < len(doc) and doc[j].lower_ in _HONORIFICS | _COURTESY and doc[j].text[:1].isupper():
            j += 1  # "Kenya's ruler, Sheikh X bin Y": the name after the rank
        k = j
        while (
            k < len(doc)
            and k - j < 7
            and (
                _NAME_TOKEN.match(doc[k].text)
                or _inner_hyphen(doc[k])
                or k > j
                and doc[k].is_alpha
                and _inner_hyphen(doc[k - 1])
                or k > j
                and doc[k].lower_ in lexicon().particles
                and k + 1 < len(doc)
                and _NAME_TOKEN.match(doc[k + 1].text)
            )
        ):
            k += 1
        of_state = k + 1 < len(doc) and doc[k].lower_ == "of" and bool(place_country(doc[k + 1].text))
        if (
            k - j < 2
            or k >= len(doc)
            # "the security advisers, Ajit Rao of India and ...": a name and the state it speaks for
            or doc[k].text not in (",", ".")
            and doc[k].lower_ not in ("and", "said")
            and not of_state
        ):
            continue
        run = list(doc[j:k])
        if any(_placeish(t) for t in run) or not _name_ok(run) or doc[comma.i - 1].lower_ in _VENUE_NOUNS:
            continue
        i, heads = comma.i - 1, False
        sent_start = comma.sent.start
        while i >= sent_start and comma.i - i <= 14:
            if not _acceptable(doc[i]) and not (
                # "Minister for International Development and the Pacific, X": a portfolio of two parts
                doc[i].lower_ == "and"
                and i + 1 < comma.i
                and (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ == "the")
            ):
                break
            # "the national security advisers, X of India and Y of Pakistan": a plural title too
            plural = doc[i].tag_ == "NNS" and doc[i].lower_[:-1] in lexicon().title_heads
            heads = heads or _is_head(doc[i]) or plural
            i -= 1
        if heads:
            out.append((j, k))
    return out


def _same_person(a: list[str], b: list[str]) -> bool:
    """Whether two multi-token folded names name one person within an article."""
    if a == b:
        return True
    if initials_clash(a, b):
        return False  # "P.W. Botha" and "Pik Botha" in one story are two people
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[-len(short) :] == short:
        return True
    if a[-1] != b[-1]:
        return False
    return fuzz.ratio(a[0], b[0]) >= 75 or a[0][0] == b[0][0] and (len(a[0]) <= 2 or len(b[0]) <= 2)


def find_persons(doc: Doc, published: date | None) -> tuple[list[PersonDraft], list[Mention]]:
    """The article's people with their mentions, offices and (where stated) countries."""
    text = doc_text(doc)
    excluded = exclusion_spans(text)
    spans: list[tuple[int, int]] = []
    # "KINGSTOWN, St Vincent" tagged a place, then "prime minister of St Vincent" a person: the
    # same words the model also read as a place are the place
    places = {ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC")}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not (
            ent.text in places and len(ent) >= 2 and ent.start > 0 and not _is_head(doc[ent.start - 1])
        ):
            end = ent.end
            if (
                len(ent) >= 2
                and ent[-1].lower_ in lexicon().particles
                and end < len(doc)
                and doc[end].pos_ == "PROPN"
                and doc[end].text[:1].isupper()
            ):
                end += 1  # "Jean-Yves Le | Drian": the model stopped at the particle of the surname
            elif (
                end + 1 < len(doc)
                and doc[end].lower_ in lexicon().particles
                and doc[end].is_lower
                and doc[end + 1].ent_type_ == "PERSON"
                and doc[end + 1].ent_iob_ == "B"
            ):
                # "Jose Eduardo | dos | Santos": one name the model cut at its particle
                end += 2
                while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
                    end += 1
            spans += _clean_span(doc, ent.start, end)
    spans += _titled_names(doc) + _nicknamed(doc) + _korean_shaped(doc)
    spans = [(s, e) for s, e in spans if not _excluded(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), excluded)]
    spans = sorted(set(spans))
    # drop spans contained in longer ones
    spans = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]

    persons: list[PersonDraft] = []
    raw: list[tuple[int, int, int]] = []  # (start, end, person)
    first: dict[int, int] = {}  # person -> token where the article first names them
    multi = sorted((sp for sp in spans if _word_count(doc, sp) >= 2), key=lambda sp: -_word_count(doc, sp))
    for s, e in multi:
        toks = fold(doc[s:e].text).split()
        idx = next((i for i, p in enumerate(persons) if _same_person(p.tokens, toks)), None)
        if idx is None:
            persons.append(PersonDraft(names=[doc[s:e].text]))
            idx = len(persons) - 1
        elif doc[s:e].text not in persons[idx].names:
            persons[idx].names.append(doc[s:e].text)
        first[idx] = min(first.get(idx, s), s)
        raw.append((s, e, idx))
    singles = [sp for sp in spans if _word_count(doc, sp) < 2]
    for s, e in singles:
        idx = _link_single(persons, fold(doc[s:e].text), doc[s:e].text, first)
        if idx is None:
            persons.append(PersonDraft(names=[doc[s:e].text]))
            idx = len(persons) - 1
        raw.append((s, e, idx))
    # later bare surnames the recogniser did not tag ("Berman's visit", "Okafor said")
    covered = {i for s, e, _ in raw for i in range(s, e)}
    lex = lexicon()
    surnames: dict[str, set[int]] = {}
    given: dict[str, set[int]] = {}
    for i, p in enumerate(persons):
        for n in p.names:
            toks = fold(n).split()
            if len(toks) >= 2 or len(p.names) == 1:
                surnames.setdefault(toks[-1], set()).add(i)
            if _family_name_first(n.split()):
                surnames.setdefault(toks[0], set()).add(i)
            elif (
                len(toks) >= 2 and len(toks[0]) >= 3 and toks[0] not in lex.particles and toks[0] not in lex.title_heads
            ):
                given.setdefault(toks[0], set()).add(i)
            if len(toks) >= 3:
                # "Lula" for "Luiz Inacio Lula da Silva": a name told by a middle word of the full name
                for w in toks[1:-1]:
                    if len(w) >= 3 and w not in lex.particles and w not in lex.title_heads and not place_country(w):
                        given.setdefault(w, set()).add(i)
    given = {k: v for k, v in given.items() if k not in surnames and len(v) == 1}
    for tok in doc:
        if tok.i in covered or not tok.text[:1].isupper() or _excluded(tok.idx, tok.idx + len(tok), excluded):
            continue
        hit = surnames.get(fold(tok.text))
        if not hit and tok.pos_ == "PROPN" and not _is_title_word(tok) and not resolve_country(tok.text):
            # "Dawit said", "Mesfin greeted": names told by the given name (Ethiopian, Eritrean
            # and Arab usage), when one person of the article has it
            hit = given.get(fold(tok.text))
            if hit:
                raw.append((tok.i, tok.i + 1, next(iter(hit))))
                continue
        if hit and not (
            tok.i + 1 < len(doc)
            and _NAME_TOKEN.match(doc[tok.i + 1].text)
            and doc[tok.i + 1].lower_ not in lexicon().title_heads
            and not doc[tok.i + 1].is_sent_start
        ):
            idx = _link_single(persons, fold(tok.text), tok.text, first)
            if idx is not None:
                raw.append((tok.i, tok.i + 1, idx))
    mentions = sorted(
        (Mention(p, s, e, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), doc[s:e].text) for s, e, p in raw),
        key=lambda m: m.start,
    )
    for m in mentions:
        persons[m.person].mentions.append(m)
        if m.text not in persons[m.person].names:
            persons[m.person].names.append(m.text)
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        for office in _offices_around(doc, m, by_token, published, persons):
            if office.title == "__private__":
                persons[m.person].private = True
            elif not any(o.title == office.title and o.country == office.country for o in persons[m.person].offices):
                persons[m.person].offices.append(office)
    _resolve_counterparts(doc, persons, mentions)
    for p in persons:
        p.names.sort(key=lambda n: (-len(n.split()), -sum(ord(c) > 127 for c in n)))
    _resolve_countries(persons)
    return persons, mentions


def _previous_sentence_start(doc: Doc, char: int) -> int:
    """Character offset where the sentence before the one starting at ``char`` starts."""
    starts = [s.start_char for s in doc.sents if s.start_char < char]
    return starts[-1] if starts else char


def _resolve_counterparts(doc: Doc, persons: list[PersonDraft], mentions: list[Mention]) -> None:
    """ "his Chinese counterpart Wang Yi": the counterpart holds the same office as the person
    met, for their own country."""
    for p in persons:
        for office in list(p.offices):
            if fold(office.title) != "counterpart":
                continue
            before = [
                m
                for m in mentions
                if office.sentence_start <= m.char_start < office.highlight[0] and persons[m.person] is not p
            ]
            if not before:
                # "X said ... His Peruvian counterpart, Y, called it ...": the previous sentence's
                before = [
                    m
                    for m in mentions
                    if m.char_start < office.sentence_start
                    and persons[m.person] is not p
                    and m.char_start >= _previous_sentence_start(doc, office.sentence_start)
                ]
            model = next(
                (
                    (m.person, o)
                    for m in reversed(before)
                    for o in persons[m.person].offices
                    if fold(o.title) != "counterpart"
                ),
                None,
            )
            if model is None:
                p.offices.remove(office)
            else:
                office.title = model[1].title
                # the two sit across the table: they serve different states
                p.across.add(model[0])
                persons[model[0]].across.add(persons.index(p))


def _word_count(doc: Doc, sp: tuple[int, int]) -> int:
    return sum(1 for t in doc[sp[0] : sp[1]] if t.lower_ not in lexicon().particles)


def _family_name_first(words: list[str]) -> bool:
    """Whether a name has the Korean shape, family name first ("Ryu Chol-min", "Han Jin Su"): a
    short first word, then a hyphenated given name or two short syllables."""
    if len(words) not in (2, 3) or not 2 <= len(words[0]) <= 4 or not words[0][:1].isupper():
        return False
    rest = words[1:]
    if len(rest) == 1:
        return bool(re.fullmatch(r"[A-Z][a-z]{1,4}-[a-z]{2,5}", rest[0]))
    return all(re.fullmatch(r"[A-Z][a-z]{1,4}", w) for w in rest)


def _link_single(persons: list[PersonDraft], key: str, text: str, first: dict[int, int] | None = None) -> int | None:
    """The person a lone name refers to: the one whose name ends (else contains) it, preferring
    officials, then the one the article introduced first ("Ryu" after "Ryu Sung Il" and his
    spokesman "Ryu Chol-min": the leader the story is about)."""
    first = first or {}
    ends = [i for i, p in enumerate(persons) if len(p.tokens) >= 2 and p.tokens[-1] == key and not _patronym(p, key)]
    if not ends:
        ends = [i for i, p in enumerate(persons) if key in p.tokens and not _patronym(p, key)]
    if not ends:
        same = [i for i, p in enumerate(persons) if p.tokens == [key]]
        if same:
            return same[0]
        # "Hasen" for "Omar Hassan": a variant spelling of a surname in the same article
        close = [
            i
            for i, p in enumerate(persons)
            if len(p.tokens) >= 2
            and len(key) >= 4
            and p.tokens[-1][0] == key[0]
            and fuzz.ratio(p.tokens[-1], key) >= 85
            and not _patronym(p, p.tokens[-1])
        ]
        return close[0] if len(close) == 1 else None
    if len(ends) > 1:
        ends.sort(
            key=lambda i: (
                not persons[i].offices,
                persons[i].private,
                -len(persons[i].mentions),
                first.get(i, 10**9),
            )
        )
    return ends[0]


def _patronym(p: PersonDraft, key: str) -> bool:
    """Whether a word of a name is only the father's ("Rashid" in "Khalid bin Rashid"): a lone
    "Rashid" is someone else."""
    toks = p.tokens
    return all(k > 0 and toks[k - 1] in _PATRONYMIC for k, t in enumerate(toks) if t == key)


def _offices_around(
    doc: Doc, m: Mention, by_token: dict[int, Mention], on: date | None, persons: list[PersonDraft]
) -> list[Office]:
    """Offices stated next to one mention: the title before the name and an apposition after it."""
    out = []
    sent = doc[m.start].sent
    for found in (_walk_left(doc, m, by_token, sent.start), _walk_right(doc, m, by_token, sent.end)):
        if found:
            office = _office_from_range(doc, found[0], found[1], on, sent)
            if office:
                office.possessor = found[2]
                if office.organization is None:
                    # "its special envoy", "the bloc's envoy for the Kosovo-Serbia dialogue": the owner
                    # named elsewhere outranks a place inside the title
                    kind, value = _owner(doc, found[0], found[1], on) or (None, None)
                    if kind == "organization":
                        office.organization, office.country = value, None
                    elif kind == "country":
                        office.country = value
                if office.country is None and office.organization is None and found[1] < sent.end:
                    office.country = _conjoined_state(doc, found[1], sent.end, on)
                out.append(office)
    root = doc[m.end - 1]
    if not out and root.dep_ == "conj" and root.head.i in by_token:
        # "Defence ministers X of A and Y of B": Y holds the title written before X
        first = by_token[root.head.i]
        found = _walk_left(doc, first, by_token, sent.start)
        if found and _plural_head(doc[found[1] - 1]):
            office = _office_from_range(doc, found[0], found[1], on, sent)
            if office:
                out.append(office)
    named = _named_by(doc, m, sent, on)
    if named:
        out.append(named)
    predicate = _predicate_title(doc, m, sent)
    if predicate and (not out or doc[m.end - 1].dep_ == "dobj"):  # "send X, a former MP, as its ambassador"
        office = _office_from_range(doc, predicate[0], predicate[1], on, sent)
        if office:
            kind, value = _owner(doc, predicate[0], predicate[1], on) or (None, None)
            if kind == "country" and office.country is None and office.organization is None:
                office.country = value
            out.append(office)
    # "Prime Minister Yitzhak Shamir of Israel", "King Hussein of Jordan"
    if out and out[0].country is None and m.end + 1 < sent.end and doc[m.end].lower_ == "of":
        k = m.end + 1 + (doc[m.end + 1].lower_ == "the")
        for width in (3, 2, 1):
            part = doc[k : min(k + width, sent.end)]
            code = as_of(resolve_country(part.text, on), on) if len(part) == width and part.text[:1].isupper() else None
            if code and not organization(part.text):
                out[0].country = code
                break
    # "In Moscow, Foreign Ministry spokesman X said": an unqualified title is the place's;
    # "At the United Nations, Secretary-General Y": the organisation's
    frame = _frame(sent, on)
    for office in out:
        if office.country is None and office.organization is None and office.possessor is None and frame:
            kind, value = frame
            if kind == "organization":
                office.organization = value
            elif fold(office.title) not in lexicon().title_countries:
                office.country = value
    return out


def _named_by(doc: Doc, m: Mention, sent, on: date | None) -> Office | None:
    """ "X, a diplomat named envoy by Kenya, ...": the office a state gave the person."""
    root = doc[m.end - 1]
    for appos in (c for c in root.children if c.dep_ == "appos"):
        for acl in (c for c in appos.children if c.dep_ == "acl" and c.lemma_ in ("name", "appoint", "nominate")):
            pred = next((c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj")), None)
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            if pred is None or agent is None:
                continue
            office = _office_from_range(doc, pred.left_edge.i, pred.i + 1, on, sent)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None)
            code = as_of(resolve_country(by.text, on), on) if by is not None else None
            if office and code and office.country is None and office.organization is None:
                office.country = code
                return office
    return None


def _predicate_title(doc: Doc, m: Mention, sent) -> tuple[int, int] | None:
    """Token range of an office a sentence gives its subject ("X became Peru's chargé
    d'affaires", "X was named ambassador to Peru", "X serves as special envoy")."""
    root = doc[m.end - 1]
    if root.dep_ == "dobj" and root.head.lemma_ in ("send", "dispatch", "appoint", "name", "nominate"):
        # "would send X to Caracas as its ambassador"
        as_ = next((c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        pred = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        if pred is None or not ({t.lower_ for t in pred.subtree} & lexicon().envoy_words):
            return None
        return (pred.left_edge.i, pred.i + 1) if sent.start <= pred.left_edge.i and pred.i < sent.end else None
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    if verb.lemma_ in ("become", "remain"):
        pred = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
    elif verb.lemma_ in ("name", "appoint", "nominate", "serve", "act"):
        pred = next((c for c in verb.children if c.dep_ in ("oprd", "attr")), None)
        if pred is None:
            as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            pred = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    else:
        return None
    if pred is None:
        return None
    start, end = pred.left_edge.i, pred.right_edge.i + 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("pending", "until")):
        end -= 1
    # only the noun phrase: stop before a clause or a second phrase ("pending the naming of ...")
    for k in range(pred.i + 1, end):
        if doc[k].pos_ in ("VERB", "SCONJ") or doc[k].text == ",":
            end = k
            break
    return (start, end) if start < end and sent.start <= start and end <= sent.end else None


def _frame(sent, on: date | None) -> tuple[str, str] | None:
    """The place or organisation a sentence opens with ("In Islamabad, ...", "At the United
    Nations, ..."): ("country", code) or ("organization", name); else None."""
    if len(sent) < 4 or sent[0].lower_ not in ("in", "at", "from"):
        return None
    comma = next((t.i for t in sent[1:7] if t.text == ","), None)
    if comma is None:
        return None
    words = [t.text for t in sent.doc[sent[1].i : comma]]
    if not words or not all(w[:1].isupper() or w.lower() in ("the", "of") for w in words):
        return None
    text = " ".join(words)
    org = organization(text.removeprefix("the ").removeprefix("The "))
    if org:
        return ("organization", org)
    code = place_country(text, on)
    return ("country", code) if code else None


def _acceptable(tok: Token) -> bool:
    """Whether a token can be part of an office title ("the", "Israel's", "its new", "Deputy")."""
    lex = lexicon()
    low = tok.lower_
    if low in ("then", "ex") and tok.i + 1 < len(tok.doc) and _inner_hyphen(tok.doc[tok.i + 1]):
        return True  # "Mozambique's then-president"
    if (
        low in _STOP_WORDS
        or tok.pos_ in ("VERB", "AUX", "PRON", "NUM", "ADV", "SCONJ")
        and not _is_title_word(tok)
        and not (tok.pos_ == "PRON" and tok.dep_ == "poss")
    ):
        return False
    if tok.is_punct and tok.text not in ("-", "–") and tok.text not in _POSSESSIVE:
        return False
    return (
        low in lex.connectors
        or _is_title_word(tok)
        or tok.text in _POSSESSIVE
        or tok.pos_ in ("NOUN", "ADJ", "PROPN", "DET")
        or tok.pos_ == "PRON"
        and tok.dep_ == "poss"
        or bool(resolve_country(tok.text))
    )


def _walk_left(doc: Doc, m: Mention, by_token: dict[int, Mention], bound: int):
    """Token range of the title written before a name, with the possessor person if any."""
    j = m.start - 1
    apposed = False
    k = j
    # "The Minister for Foreign Affairs, Senator X": the office before the comma, not the rank
    while k >= bound and doc[k].lower_ in _HONORIFICS | _COURTESY | {"senator"}:
        k -= 1
    if k < j and k >= bound and doc[k].text == ",":
        j = k  # "Kenya's ruler, Sheikh X": the rank is not the title before the comma
    if j >= bound and doc[j].text == ",":
        apposed = True
        j -= 1
    end = j + 1
    possessor = None
    while j >= bound and end - j <= 16:
        tok = doc[j]
        if j in by_token:
            break
        if tok.text in _POSSESSIVE and j - 1 >= bound and (j - 1) in by_token:
            possessor = by_token[j - 1].person
            break
        if tok.lower_ == "and" and not (j - 1 >= bound and _is_title_word(doc[j - 1])):
            break
        if not _acceptable(tok) and tok.lower_ != "and":
            break
        j -= 1
    start = j + 1
    if start >= end:
        return None
    if possessor is None:
        possessor = _pronoun_possessor(doc, start, end, by_token, bound)
    private = any(t.lower_ in lexicon().kin_words or t.lower_ in lexicon().private_words for t in doc[start:end])
    if apposed and not private and not any(_is_head(t) for t in doc[start:end]):
        return None
    if apposed and any(
        t.tag_ in ("NNS", "NNPS") and t.lower_.rstrip("s") in lexicon().title_heads for t in doc[start:end]
    ):
        return None  # "at the level of charges d'affaires, X said": a plural title is nobody's office
    if apposed and private:
        return (start, end, possessor)
    last = doc[end - 1]
    # "Minister X", "Secretary of State X", "Ambassador to Turkey X", "CEO of the Office X"
    titled_tail = (
        (last.text[:1].isupper() or last.lower_ in ("elect", "designate"))
        and _is_title_word(last)
        and any(_is_head(t) for t in doc[start:end])
    )
    if not apposed and not (
        _is_head(last)
        or last.text in ("General", "general")
        or titled_tail
        or _ends_with_receiving(doc, start, end)
        or last.lower_ in lexicon().org_words
        # "former head of state X", "chief of staff X"
        or end - start >= 3
        and doc[end - 2].lower_ == "of"
        and _is_head(doc[end - 3])
        and _is_title_word(last)
    ):
        return None
    return (start, end, possessor)


def _conjoined_state(doc: Doc, at: int, bound: int, on: date | None) -> str | None:
    """ "X, director of the Office ... and China's most senior diplomat": the state of a second,
    coordinated description of the same person."""
    if doc[at].lower_ != "and":
        return None
    for k in range(at + 1, min(at + 4, bound)):
        tok = doc[k]
        nxt = doc[k + 1] if k + 1 < bound else None
        code = _country_of_token(tok, on)
        if code and nxt is not None and (nxt.text in _POSSESSIVE or _is_title_word(nxt)):
            return as_of(code, on)
    return None


def _owner(doc: Doc, start: int, end: int, on: date | None) -> tuple[str, str] | None:
    """The state or organisation behind "its"/"their" ("Washington named X as its special envoy")
    or "the bloc's"/"the alliance's" (the organisation the article names most):
    ("country", code) or ("organization", name); else None."""
    toks = list(doc[start:end])
    bloc = next((t for t in toks if t.lower_ in ("bloc", "alliance")), None)
    if bloc is not None and bloc.i + 1 < len(doc) and doc[bloc.i + 1].text in _POSSESSIVE:
        counts: dict[str, int] = {}
        for ent in doc.ents:
            name = organization(ent.text.removeprefix("the ")) if ent.label_ == "ORG" else None
            if name:
                counts[name] = counts.get(name, 0) + 1
        return ("organization", max(counts, key=counts.get)) if counts else None
    first = next((t for t in toks if t.lower_ != "the"), None)
    if first is None or first.lower_ not in ("its", "their") or first.dep_ != "poss":
        return None
    node = first.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "npadvmod") and c.ent_type_), None)
    if subject is None or subject.ent_type_ not in ("GPE", "ORG", "NORP"):
        return None
    text = " ".join(t.text for t in subject.subtree if t.ent_type_)
    org = organization(text.removeprefix("the "))
    if org:
        return ("organization", org)
    code = place_country(text, on)
    return ("country", code) if code else None


def _pronoun_possessor(doc: Doc, start: int, end: int, by_token: dict[int, Mention], bound: int) -> int | None:
    """ "X was accompanied by his foreign policy adviser, Y": the person "his" stands for, the
    nearest person named before it in the sentence (a counterpart serves another state)."""
    first = next((t for t in doc[start:end] if t.lower_ not in ("the",)), None)
    if first is None or first.lower_ not in ("his", "her") or first.dep_ != "poss":
        return None
    if not (start <= first.head.i < end and _is_title_word(first.head)):
        return None  # "presented his credentials to President Y": not Y's possessor
    if any(t.lower_ in ("counterpart", "successor", "predecessor", "rival", "opponent") for t in doc[start:end]):
        return None
    before = [by_token[i] for i in range(bound, start) if i in by_token]
    if not before:
        return None
    subjects = [m for m in before if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    return (subjects or before)[-1].person


def _ends_with_receiving(doc: Doc, start: int, end: int) -> bool:
    """Whether a title ends "... to <Country>" ("ambassador to Turkey")."""
    for k in range(end - 1, max(start, end - 4) - 1, -1):
        if doc[k].lower_ in ("to", "in"):
            return k > start and _is_head(doc[k - 1]) and bool(resolve_country(doc[k + 1 : end].text))
    return False


def _walk_right(doc: Doc, m: Mention, by_token: dict[int, Mention], bound: int):
    """Token range of an apposition after a name ("X, director-general of ..."), with its possessor."""
    j = m.end
    if j < bound and doc[j].text == "(":
        while j < bound and doc[j].text != ")":
            j += 1
        j += 1
    as_phrase = j < bound and doc[j].lower_ == "as"  # "appointed X as its new ambassador"
    if j >= bound or doc[j].text != "," and not as_phrase:
        return None
    j += 1
    # "X, who is also acting foreign minister,": a second office in a relative clause
    if j + 1 < bound and doc[j].lower_ == "who" and doc[j + 1].lemma_ == "be":
        j += 2
        while j < bound and doc[j].lower_ in ("also", "now", "still", "currently"):
            j += 1
    start, possessor = j, None
    while j < bound and j - start <= 16:
        tok = doc[j]
        if j in by_token:
            mm = by_token[j]
            if mm.end < bound and doc[mm.end].text in _POSSESSIVE:
                possessor = mm.person
                j = mm.end + 1
                start = j
                continue
            break
        kin_only = any(t.lower_ in lexicon().kin_words for t in doc[start:j]) and not any(
            _is_head(t) for t in doc[start:j]
        )
        if tok.lower_ == "and" and kin_only:
            j += 1  # "X, the minister's nephew and chief of staff": the office after the kinship
            continue
        if tok.lower_ == "and" or not _acceptable(tok):
            break
        j += 1
    if j >= bound or j <= start:
        return None
    if (
        doc[j].text not in (",", ".", ")", ";")
        and doc[j].lower_ not in ("and", "said", "told", "who")
        and doc[j].pos_ not in ("VERB", "AUX")
    ):
        return None
    if not any(
        _is_head(t) or t.lower_ in lexicon().kin_words or t.lower_ in lexicon().private_words for t in doc[start:j]
    ):
        return None
    if doc[j].lower_ in ("said", "says", "told") and m.start > doc[m.start].sent.start + 1:
        return None  # "talks with X, a foreign ministry official said": the speaker, not an apposition
    return (start, j, possessor)


def _country_runs(seg: list[Token], on: date | None) -> dict[int, str]:
    """Positions in a title of country names and demonyms, multi-word ones included
    ("United States", "South Korean"): position -> ISO code."""
    out: dict[int, str] = {}
    k = 0
    while k < len(seg):
        for width in (3, 2, 1):
            part = seg[k : k + width]
            if len(part) < width or not part[0].text[:1].isupper():
                continue
            code = _country_of_token(part[0], on) if width == 1 else resolve_country(" ".join(t.text for t in part), on)
            if code:
                for n in range(width):
                    out[k + n] = code
                k += width
                break
        else:
            k += 1
    return out


def _office_from_range(doc: Doc, start: int, end: int, on: date | None, sent) -> Office | None:
    """One normalised office from a title's token range, or None when it holds no office head."""
    lex = lexicon()
    toks = list(doc[start:end])
    if any(t.lower_ in lex.kin_words or t.lower_ in lex.private_words for t in toks) and not any(
        _is_head(t) for t in toks
    ):
        return Office("__private__", None, None)
    # one title, not a list: keep the and-segment nearest the name that holds a head
    segments, cur = [], []
    for t in toks:
        if t.lower_ == "and" and cur and (_is_head(cur[-1]) or cur[-1].lower_ in lex.org_words):
            segments.append(cur)
            cur = []
        else:
            cur.append(t)
    segments.append(cur)
    segments = [s for s in segments if any(_is_head(t) for t in s)]
    if not segments:
        return None
    seg = segments[-1] if doc[end - 1].i + 1 < len(doc) and doc[end].text != "," else segments[0]
    # "director of the Office ... and China's most senior diplomat": one person, one state
    others = {c for part in segments if part is not seg for c in _country_runs(part, on).values()}
    country = receiving = None
    keep: list[Token] = []
    places = _country_runs(seg, on)
    orgs = _organization_runs(seg)
    org = next(iter(orgs.values()), None)
    for k, t in enumerate(seg):
        code = places.get(k) if k not in orgs else None
        if t.text == "U.S." or t.text == "US":
            code = "US"
        code = as_of(code, on)  # "Serbian President" in 1992: Yugoslavia's
        if code and t.lower_ not in lex.org_words:
            # "ambassador to (the) Turkey": the post's host, not the office's state
            back = k - 1
            while back >= 0 and (seg[back].lower_ == "the" or places.get(back) == code):
                back -= 1
            # ... but "adviser to the Turkish President": a demonym before a title qualifies it
            last_of_run = k + 1 >= len(seg) or places.get(k + 1) != code
            qualifies = last_of_run and k + 1 < len(seg) and _is_title_word(seg[k + 1])
            if back >= 1 and seg[back].lower_ in ("to", "in") and _is_head(seg[back - 1]) and not qualifies:
                receiving = code
                keep.append(t)
            else:
                country = country or code
            continue
        if t.text in _POSSESSIVE and (
            keep and keep[-1].text[:1].isupper() and not _is_title_word(keep[-1]) or k and places.get(k - 1)
        ):
            continue  # "Iran's": the country is kept apart, not in the title
        keep.append(t)
    # drop leading words that are not part of the title proper ("the appointment of the new")
    while (
        keep
        and not (_is_head(keep[0]) or keep[0].lower_ in lex.title_modifiers)
        or keep
        and keep[0].lower_ in ("the", "new", "his", "her", "its", "their", "former", "then", "also")
    ):
        keep.pop(0)
    while keep and (keep[-1].lower_ in lex.connectors or keep[-1].text in _POSSESSIVE):
        keep.pop()
    # "Foreign Minister Prince X", "Supreme Leader Ayatollah X": the honorific is not the office
    while (
        len(keep) > 1
        and keep[-1].lower_ in _HONORIFICS
        and keep[-2].lower_ != "crown"
        and any(_is_head(t) for t in keep[:-1])
    ):
        keep.pop()
    # "army leader Colonel X": the rank is not the office ("Director General" is)
    if len(keep) > 1 and keep[-1].lower_ in _RANKS and keep[-2].lower_ in ("leader", "chief", "head", "ruler"):
        keep.pop()
    if not keep or not any(_is_head(t) for t in keep):
        return None
    title = _title_text(keep)
    if len(title.split()) > 14 or fold(title) in _HONORIFICS:
        return None  # "Prince Khalid": a rank, not an office
    if org and country and _hosted_by_organization(seg, orgs):
        org = None  # "Norway's ambassador to the United Nations": the UN hosts a Norwegian envoy
    if org:
        country = None
    elif country is None and receiving is None and len(others) == 1:
        country = as_of(others.pop(), on)
    return Office(
        title,
        country,
        org,
        receiving=receiving,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        highlight=(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])),
    )


def _hosted_by_organization(seg: list[Token], orgs: dict[int, str]) -> bool:
    """Whether the title's organisation is where an envoy is posted ("ambassador to the UN")."""
    k = min(orgs)
    back = k - 1
    while back >= 0 and seg[back].lower_ == "the":
        back -= 1
    return back >= 1 and seg[back].lower_ in ("to", "at") and seg[back - 1].lower_ in lexicon().envoy_words


def _organization_runs(seg: list[Token]) -> dict[int, str]:
    """Positions in a title of international organisations' names, longest first
    ("Organization of American States Secretary-General"): position -> organisation.
    A generic alias ("Security Council") inside a longer name ("Supreme National Security
    Council") is not the organisation."""
    lex = lexicon()
    out: dict[int, str] = {}
    k = 0
    while k < len(seg):
        for width in range(min(7, len(seg) - k), 0, -1):
            part = seg[k : k + width]
            if not part[0].text[:1].isupper() or not part[-1].text[:1].isupper():
                continue
            org = organization(" ".join(t.text for t in part))
            generic = all(_is_title_word(t) or t.lower_ in lex.connectors for t in part)
            before = seg[k - 1] if k else None
            if org and generic and before is not None and before.text[:1].isupper() and before.lower_ != "the":
                org = None
            if org:
                for n in range(width):
                    out[k + n] = org
                k += width
                break
        else:
            k += 1
    return out


def _title_text(tokens: list[Token]) -> str:
    """Title-cased title text ("foreign ministry director-general" -> "Foreign Ministry Director-General")."""
    lex = lexicon()
    parts = []
    for k, t in enumerate(tokens):
        word = t.text
        if t.lower_ in ("of", "the", "for", "to", "at", "on", "in", "and") and k:
            word = t.lower_
        elif t.lower_.startswith(("d'", "d’")):
            word = t.lower_  # "Chargé d'Affaires" keeps its particle
        elif word.islower() or word.isupper() and len(word) > 3:
            word = word.capitalize() if t.lower_ not in ("ceo",) else word.upper()
        if _plural_head(t):
            word = word[:-1]  # one person, one office: "Foreign Minister"
        if t.lower_ == "ceo":
            word = "CEO"
        word = _ABBREVIATED.get(t.lower_, word)  # "Sen." is "Senator"
        parts.append(word + (t.whitespace_ if k < len(tokens) - 1 else ""))
    text = "".join(parts).replace("’", "'")
    _ = lex
    return re.sub(r"\s+", " ", text).strip()


def _resolve_countries(persons: list[PersonDraft]) -> None:
    """Each person's country from their offices, or from the person whose office they serve."""
    for _ in range(2):
        for p in persons:
            for office in p.offices:
                if office.possessor is not None and office.country is None and not office.organization:
                    office.country = persons[office.possessor].country
            countries = [o.country for o in p.offices if o.country]
            if countries and not p.country:
                p.country = max(dict.fromkeys(countries), key=countries.count)  # ties: the first told
