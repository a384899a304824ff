"""Diplomatic events in one article: triggers, participants, date, place, status.

Each trigger word ("met", "talks", "visit", "recalled"...) in a sentence outside a
quotation becomes an ``EventMention`` whose participants are the people in the
trigger's syntactic reach (its subtree, its clause's subject, a light verb's subject:
"held talks with").  Group nouns ("the Turkish delegation") stand for the article's
named people of that country.  Mentions of one encounter are then merged into one event
(see ``compatible``): the README's granularity is one event per encounter.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from diplomacy.extraction.dates import WEEKDAYS, DateMention, find_dates
from diplomacy.extraction.gazetteer import resolve_country
from diplomacy.extraction.lexicon import lexicon, organization, place_country
from diplomacy.extraction.persons import Mention, PersonDraft, exclusion_spans
from diplomacy.extraction.text import doc_text, fold
from diplomacy.extraction.wire import dateline

FAMILIES = {
    "meeting": "encounter",
    "visit": "encounter",
    "call": "call",
    "agreement": "agreement",
    "appointment": "appointment",
    "withdrawal": "withdrawal",
}
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}
_RELATIVE = {"that", "who", "which", "whom"}
_NAMED_TITLES = {"counterpart", "president", "minister", "envoy", "ambassador", "leader", "premier"}
_NOT_DIPLOMATIC = {"commercial", "trade", "economic", "military", "sporting", "sports", "cultural", "business"}
_SEQUENCE = {"earlier", "later", "afterwards", "afterward", "subsequently", "separately", "then"}
_SIDELINES = ("sidelines", "sideline", "margins", "margin")
_PLACE_NOUNS = {"capital", "city", "town", "port", "resort", "village", "region", "province"}
_MOTION = {"travel", "fly", "go", "arrive", "head", "visit", "come", "leave", "depart", "return"}
_VENUES = {"sideline", "sidelines", "margin", "margins", "eve", "side", "venue", "opening", "end", "close"}
_VENUE_WORDS = {
    "buildings",
    "building",
    "palace",
    "house",
    "hotel",
    "ministry",
    "residence",
    "hall",
    "airport",
    "crossing",
    "office",
    "embassy",
    "headquarters",
}
_SPANS_OF_TIME = {"year", "month", "decade", "week", "century"}


@dataclass
class EventMention:
    kind: str
    trigger: Token
    sent: Span
    participants: set[int] = field(default_factory=set)
    direct: set[int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    group_countries: set[str] = field(default_factory=set)
    groups: list[set[str]] = field(default_factory=list)
    sides: dict[int, str] = field(default_factory=dict)  # person -> "subj" (acting side) or "obj"
    anaphoric: bool = False
    date: date | None = None
    precision: str | None = None
    end_date: date | None = None
    anchor: DateMention | None = None
    status: str = "occurred"
    location: str | None = None
    location_country: str | None = None
    definite: bool = False
    highlights: list[tuple[int, int]] = field(default_factory=list)
    antecedent: EventMention | None = None  # "the two leaders": the event that named them
    dated_by_deal: bool = False  # "signed on Tuesday at the end of two days of talks"
    untold_day: bool = False  # dated by a weekday the story's missing date cannot resolve
    untold: str = ""  # that day as told ("Tuesday", "July 18")


@dataclass
class EventDraft:
    mentions: list[EventMention]
    kind: str
    participants: set[int]
    countries: set[str]
    date: date | None
    precision: str | None
    end_date: date | None
    status: str
    location: str | None
    location_country: str | None
    date_inferred: bool = False  # dated by the story's day, not by its own sentence


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (statements, not events)."""
    # a quotation runs to its closing mark or, in wire style, to the end of its paragraph
    spans = [m.span() for m in re.finditer(r"“[^”\n]*”?", text)]
    spans += [m.span() for m in re.finditer(r'"[^"\n]*"', text)]
    spans += [m.span() for m in re.finditer(r"``[^\n]*?(?:''|$)", text, re.M)]
    # a word or two in quotation marks ("recommended" that X leave) is the writer's irony, not a statement
    return [(a, b) for a, b in spans if len(text[a:b].split()) > 2]


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


@functools.cache
def _trigger_words() -> frozenset[str]:
    """Every word that can trigger an event (a fast first filter)."""
    words: set[str] = set()
    for spec in lexicon().triggers.values():
        for key, values in spec.items():
            if key not in ("markers", "relation_nouns"):
                words |= {v.lower() for v in values}
    extra = {"talks", "talk", "conversation", "phone", "call", "due", "expected", "order", "bring", "take", "assume"}
    extra |= {"become", "name", "names", "lead", "see", "pull", "stop", "stops", "inaugurate", "unveil"}
    return frozenset(words | extra)


def _lemma(tok: Token) -> str:
    """The token's lemma, repaired where the lemmatizer misses a trigger ("reappointed" -> "reappointe")."""
    lemma = tok.lemma_.lower()
    if lemma in _trigger_words() or tok.pos_ != "VERB":
        return lemma
    low = tok.lower_
    for suffix, repl in (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("s", "")):
        if low.endswith(suffix) and low[: -len(suffix)] + repl in _trigger_words():
            return low[: -len(suffix)] + repl
    return lemma


def _personal(tok: Token) -> bool:
    """Whether a token names a person (not "reporters", "Reuters" or a newspaper)."""
    if fold(tok.text) in lexicon().not_persons or tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return False
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN"


# what an envoy calls on someone to do himself: "called on X to convey the decision"
_ERRAND_VERBS = {"convey", "deliver", "discuss", "present", "hand", "explain", "brief", "express", "pay", "seek"}
_TRUCE_WORDS = {"ceasefire", "cease-fire", "fire", "truce", "armistice"}  # "cease-fire" parses as "cease - fire"


def _encounter_to_come(tok: Token) -> bool:
    """ "(agreed) to meet again", "to hold talks", "to visit": a verb whose deed is an encounter."""
    if tok.dep_ != "xcomp":
        return False
    if _kind_of(tok) in ("meeting", "visit", "call"):
        return True
    return tok.lemma_ in lexicon().light_verbs and any(
        c.dep_ == "dobj" and _kind_of(c) in ("meeting", "visit", "call") for c in tok.children
    )


def _kind_of(tok: Token) -> str | None:
    """The event kind a token triggers, from its lemma and its syntactic company, or None."""
    trig = lexicon().triggers
    lemma, low = _lemma(tok), tok.lower_
    if lemma not in _trigger_words() and low not in _trigger_words():
        return None
    if low == "visiting" and tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "to", "for", "by"):
        return None  # "held talks with visiting Norwegian Foreign Minister X": who he is, told by the talks
    children = {c.lower_ for c in tok.subtree}
    near = {c.lower_ for c in tok.children} | {tok.head.lower_}
    markers = trig["call"]["markers"]
    if low in ("due", "expected") and _subject_person(tok):
        dests = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children
            if g.ent_type_ in ("GPE", "FAC") or g.ent_type_ == "LOC" and g.text[:1].isupper()
        ]
        # "X is due in Khartoum on Thursday", "X is expected in New Delhi in January": a planned trip
        return "visit" if dests else None
    if tok.pos_ in ("VERB",):
        if lemma in ("inaugurate", "unveil", "co-chair", "cochair"):
            # "Kabul, where he and Afghan President X had inaugurated the parliament building": together
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            pair = subj is not None and any(
                c.dep_ == "conj" and (_personal(c) or c.ent_type_ == "PERSON") for c in subj.children
            )
            return "meeting" if pair and (_personal(subj) or subj.lower_ in ("he", "she")) else None
        if lemma == "leave" and any(c.dep_ == "aux" and c.lower_ in ("must", "has", "have") for c in tok.children):
            # "that Cuban Ambassador X must leave": told to go, an expulsion
            sub = {t.lower_ for c in tok.children if c.dep_ == "nsubj" for t in c.subtree}
            if sub & lexicon().envoy_words and not any(c.dep_ == "dobj" for c in tok.children):
                return "withdrawal"
        if lemma == "pull" and any(c.lower_ in ("out", "home") for c in tok.children):
            # "pulled their envoys out of Lagos"
            sub = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
            return "withdrawal" if sub & lexicon().envoy_words else None
        if lemma == "bring" and any(c.lower_ == "together" and c.dep_ in ("prt", "advmod") for c in tok.children):
            # "Anwar brought together Cambodian Prime Minister X and Thailand's acting premier Y"
            return "meeting" if any(c.dep_ == "dobj" and _personal(c) for c in tok.children) else None
        if lemma in ("call", "order", "bring") and any(c.lower_ == "home" for c in tok.children):
            sub = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
            if sub & lexicon().envoy_words:
                return "withdrawal"  # "the ambassador had been called home"
            if lemma == "order" and any(
                c.dep_ == "dobj"
                and c.ent_type_ == "PERSON"
                # the parser may hang the name on "home"
                or c.lower_ == "home"
                and any(g.dep_ == "compound" and g.ent_type_ == "PERSON" for g in c.children)
                for c in tok.children
            ):
                return "withdrawal"  # "Foreign Minister X had ordered Riyanto home for consultations"
        if lemma in ("take", "assume") and any(
            c.dep_ == "dobj" and c.lemma_ in ("post", "duty", "office") for c in tok.children
        ):
            sub = {t.lower_ for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            if tok.dep_ == "relcl" and any(c.lower_ == "who" for c in tok.children):
                # "X, a former diplomat who took up the post in March, is the third U.N. envoy"
                sub |= {t.lower_ for t in tok.sent if t.dep_ == "attr" and t.head.lemma_ == "be"}
            return "appointment" if sub & lexicon().envoy_words else None  # "took up his post"
        if lemma == "become" and tok.pos_ == "VERB":
            # "X became Peru's chargé d'affaires", "Y becomes ambassador to Chile"
            sub = {t.lower_ for c in tok.children if c.dep_ == "attr" for t in c.subtree}
            return "appointment" if sub & lexicon().envoy_words else None
        if lemma in ("spend", "talk") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in ("telephone", "phone") for g in c.children)
            for c in tok.children
        ):
            return "call"  # "spent long stretches on the telephone with X"
        if lemma in trig["meeting"].get("company_verbs", ()):
            # "spent an hour with X", "sat down with X", "dined with X": time in someone's company
            withs = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            company = lexicon().group_words | lexicon().title_heads | {"counterpart", "counterparts", "delegation"}
            if any(_personal(g) or g.lower_ in company for g in withs):
                return "meeting"
            # "X and Y sat down together": two named people in each other's company
            together = any(c.lower_ == "together" for c in tok.children)
            pair = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children)
            return "meeting" if together and pair else None
        if lemma == "order":
            # "ordered his embassy in Bogota closed": the parser may leave "closed" on its own
            shut = [
                t
                for c in tok.children
                if c.dep_ == "dobj" and c.lemma_.lower() in ("embassy", "mission", "consulate")
                for t in tok.doc[c.right_edge.i + 1 : c.right_edge.i + 2]
            ]
            if any(t.lemma_ in ("close", "shut") and t.tag_ in ("VBD", "VBN") for t in shut):
                return "withdrawal"
        if lemma in trig["withdrawal"].get("expel_verbs", ()):
            # "ordered the ambassador to leave", "gave the diplomats 72 hours to leave the country"
            # "ordered the ambassador to leave"; passive: "the ambassador was given a day to leave"
            told = {t.lower_ for c in tok.children if c.dep_ != "nsubj" for t in c.subtree}
            leave = {t.lemma_.lower() for t in tok.subtree if t.i != tok.i and t.pos_ == "VERB"}
            if told & lexicon().envoy_words and leave & trig["withdrawal"]["leave_verbs"]:
                return "withdrawal"
            if (
                lemma not in _trigger_words() - trig["withdrawal"]["expel_verbs"]
                and lemma not in trig["call"]["speech_verbs"]
            ):
                return None  # ("told X by telephone" is a call)
        if lemma in trig["call"]["verbs"]:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "prep")]
            if lemma == "ring":  # "rang X", not "rang the bell"
                objs = [c for c in objs if c.dep_ == "dobj" and _personal(c)]
            return "call" if objs else None
        # "call on X": the particle right after the verb, X its object or the particle's
        on = [c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i == tok.i + 1]
        if (
            lemma == "call"
            and on
            and any(
                g.dep_ in ("pobj", "dobj")
                and (
                    g.ent_type_ == "PERSON"
                    # "called on President Ram Baran Yadav": the model tagged only the given names
                    or g.pos_ == "PROPN"
                    and any(
                        c.dep_ == "compound" and (c.ent_type_ == "PERSON" or c.lower_ in lexicon().title_heads)
                        for c in g.children
                    )
                )
                for g in [*on[0].children, *(c for c in tok.children if c.dep_ == "dobj")]
            )
        ):
            # "will call on President X at the palace": a courtesy visit; "called on X to resign" is a plea
            # "called on X at the ministry to convey the decision" is a call on X all the same
            urged = any(
                t.dep_ == "aux" and t.lower_ == "to" and t.head.lemma_ not in _ERRAND_VERBS for t in tok.subtree
            )
            return None if urged else "meeting"
        if (
            lemma in ("talk", "speak")
            and not children & markers
            and any(
                c.dep_ == "nsubj" and _personal(c) and any(g.dep_ == "conj" and _personal(g) for g in c.children)
                for c in tok.children
            )
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("at", "for")
                and any(g.lower_ in ("hours", "hour", "minutes", "palace", "residence", "ministry") for g in c.subtree)
                for c in tok.children
            )
        ):
            return "meeting"  # "X and Y talked for about three hours at the palace": face to face
        if lemma in trig["call"]["speech_verbs"]:
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "to")]
            # "spoke by phone"; "discussed the crisis by telephone" (the means, not the topic)
            means = {
                t.lower_ for c in tok.children if c.dep_ in ("prep", "advmod", "npadvmod", "agent") for t in c.subtree
            }
            # the verb's company, not the verb: "to call on X to work together" is no phone call
            told = children - {low} if lemma == "call" else children
            if (told if lemma in ("speak", "talk", "chat", "call") else means) & markers or (
                preps and lemma in ("speak", "talk") and any(_personal(g) for p in preps for g in p.subtree)
            ):
                return "call"
            if (
                lemma == "call"
                and any(c.dep_ in ("dobj", "oprd") and c.ent_type_ == "PERSON" for c in tok.children)
                # "called for", "called on X to", "called off" are not calls; "called X on Monday" is
                and not any(
                    c.lower_ in ("for", "on", "as", "off", "up")
                    and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
                    for c in tok.children
                )
                and not any(
                    c.dep_ in ("oprd", "xcomp", "attr", "ccomp") and c.ent_type_ != "PERSON" for c in tok.children
                )
            ):
                return "call"  # "called Y" by phone, not "called Y a terrorist"
            return None
        if lemma in trig["meeting"]["verbs"]:
            if lemma == "negotiate" and any(c.dep_ == "nsubjpass" for c in tok.children):
                return None  # "The agreement was negotiated over months by X and Y": how it came about
            return "meeting"
        if (
            lemma == "see"
            and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children)
            and (tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.lemma_ in _MOTION | {"fly", "travel"})
        ):
            return "meeting"  # "flew to Moscow to see President X"
        if (
            lemma == "see"
            and any(
                c.dep_ == "dobj"
                and c.ent_type_ == "PERSON"
                and any(g.lower_ in lexicon().title_heads for g in c.lefts if g.dep_ in ("compound", "amod"))
                for c in tok.children
            )
            and not any(
                c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as" for c in tok.children
            )
        ):
            return "meeting"  # "She saw Premier X later in the day", "will see Prime Minister Y in Bermuda"
        if lemma in trig["meeting"]["object_verbs"]:
            objs = [c for c in tok.children if c.dep_ in ("dobj",)]
            # "X was received by Emperor Y": the passive names the host in the agent phrase
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                objs += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return (
                "meeting"
                if any(
                    o.ent_type_ == "PERSON"
                    or o.lower_ in lexicon().group_words
                    or o.lower_ in ("guests", "counterpart", "delegation")
                    or o.lower_ in lexicon().title_heads
                    and any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in o.children)
                    # "Premier X is to receive him in Munich": a named host receives someone told before
                    or o.lower_ in ("him", "her")
                    and any(c.ent_type_ == "PERSON" and _own_subject(c, tok) for c in tok.sent)
                    for o in objs
                )
                else None
            )
        if lemma in trig["visit"]["verbs"]:
            return "visit"
        if lemma in ("lead", "head") and any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and {t.lower_ for t in c.subtree} & (lexicon().envoy_words | {"coordinator", "mediator"})
            for c in [*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children)]
        ):
            return "appointment"  # "X would lead the mission as special coordinator"
        if lemma in ("lead", "head") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("delegation", "commission", "mission", "team")
            for c in tok.children
        ):
            # "would lead a commission to Quito and Bogota": a trip
            dests = [
                g
                for c in tok.subtree
                if c.dep_ == "prep" and c.lower_ == "to" and (c.head.i == tok.i or c.head.head.i == tok.i)
                for g in c.children
                if g.ent_type_ in ("GPE", "LOC")
            ]
            return "visit" if dests else None
        if lemma in trig["visit"]["motion_verbs"]:
            dests = [
                g
                for c in tok.children
                # "arrived in X", "flew to X"; "left for X", "departed for X" (not "left X")
                if c.dep_ == "prep"
                and (c.lower_ in ("in", "to", "at", "into") and lemma not in ("leave", "depart") or c.lower_ == "for")
                for g in c.children
                # a known city the model took for someone ("travel to Windhoek"); "the Turkish city of Bursa"
                if g.ent_type_ in ("GPE", "LOC", "FAC")
                or g.pos_ == "PROPN"
                and place_country(g.text, None)
                or g.lower_ in _PLACE_NOUNS
                and any(o.lower_ == "of" and any(x.ent_type_ in ("GPE", "LOC") for x in o.children) for o in g.children)
            ]
            return "visit" if dests and lemma != "go" else None
        agreed = trig["agreement"]
        if lemma in agreed.get("issue_verbs", ()) | agreed.get("relation_verbs", ()):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            for o in objs:
                noun = o.lemma_.lower() in agreed["nouns"] | agreed["joint_nouns"] or o.lower_ in agreed["joint_nouns"]
                joint = any(a.lower_ in ("joint", "common") for a in o.children)
                if lemma in agreed["issue_verbs"] and noun and (joint or lemma == "adopt"):
                    return "agreement"  # "issued a joint declaration", "adopted a declaration"
                if (
                    lemma in agreed["relation_verbs"]
                    and o.lower_ in trig["withdrawal"]["relation_nouns"]
                    and not {a.lower_ for a in o.children if a.dep_ in ("amod", "compound")} & _NOT_DIPLOMATIC
                ):
                    return "agreement"  # "restored diplomatic ties", "agreed to re-establish relations"
        if lemma in trig["agreement"]["verbs"]:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ == "acl" and any(
                t.ent_type_ == "PERSON" for c in tok.children if c.dep_ == "agent" for t in c.subtree
            ):
                objs.append(tok.head)  # "a landmark pact signed by X and Y" (named)
            if tok.dep_ == "relcl" and (
                any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in tok.children)
                or not any(c.dep_ == "dobj" for c in tok.children)
            ):
                objs.append(tok.head)  # "the pact that X and Y signed in Dakar", "the accord they signed"
            # "signed what officials called the Lisbon declaration"
            objs += [
                g
                for c in tok.children
                if c.dep_ == "ccomp" and any(w.lower_ == "what" for w in c.children)
                for g in c.children
                if g.dep_ in ("oprd", "attr", "dobj")
            ]
            return (
                "agreement"
                if any(
                    o.lemma_.lower() in trig["agreement"]["nouns"]
                    or o.lower_ in trig["agreement"]["nouns"]
                    # "initialled the text": only a deal's text is initialled
                    or lemma == "initial"
                    and o.lemma_.lower() in ("text", "draft", "document")
                    for o in objs
                )
                else None
            )
        if lemma in trig["agreement"].get("agree_verbs", ()):
            # "the two countries agreed to restore ties", "agreed on a ceasefire": reached, between
            # two or more parties; "both have agreed that ..." is a statement
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            several = any(c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.children) for c in subj)
            if subj and not several:
                # "Prime Minister X and South Korean President Y agreed": two people before the verb,
                # joined by "and", however the parser hung them
                before = tok.doc[tok.sent.start : tok.i]
                people = [e for e in tok.sent.ents if e.label_ == "PERSON" and e.end <= tok.i]
                several = (
                    len(people) >= 2
                    and any(t.lower_ == "and" and people[0].end <= t.i < people[-1].start for t in before)
                    and not any(t.pos_ == "VERB" for t in before)
                )
            settled = any(
                c.dep_ == "xcomp"
                or c.dep_ == "prep"
                and c.lower_ == "on"
                # "agreed Tuesday to a mutual cease-fire": to a deal, not "agreed to the request"
                or c.dep_ == "prep"
                and c.lower_ == "to"
                and any(g.dep_ == "pobj" and g.lemma_.lower() in _TRUCE_WORDS | agreed["nouns"] for g in c.children)
                for c in tok.children
            )
            if settled and all(_encounter_to_come(c) for c in tok.children if c.dep_ in ("xcomp", "prep")):
                return None  # "agreed to meet again in Brasilia": the meeting to come, not a deal
            return "agreement" if several and settled and not any(c.dep_ == "ccomp" for c in tok.children) else None
        if lemma == "exchange" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("instruments", "ratifications", "ratification")
            for c in tok.children
        ):
            return "agreement"  # "exchanged the instruments of ratification": a treaty comes into force
        if lemma == "exchange" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("ambassadors", "envoys") for c in tok.children
        ):
            return "appointment"  # "the two governments would exchange ambassadors": envoys to come
        if lemma in ("send", "dispatch"):
            # "sent X as ambassador", "sent an envoy"; not "sent planes to evacuate ... Ambassador X"
            told = {
                t.lower_
                for c in tok.children
                if c.dep_ in ("dobj", "nsubjpass")
                for t in [c, *(g for g in c.children if g.dep_ in ("compound", "amod", "appos"))]
            }
            told |= {t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
            return "appointment" if told & lexicon().envoy_words else None
        if lemma == "return" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "post" for g in c.children) for c in tok.children
        ):
            return "appointment"  # "the ambassador would return to his post"
        if (
            lemma == "return"
            and any(c.dep_ == "nsubj" and {t.lower_ for t in c.subtree} & lexicon().envoy_words for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        ):
            return "appointment"  # "France's ambassador to Italy returned to Rome on Friday"
        if lemma in trig["appointment"]["verbs"]:
            sub = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd", "prep") for t in c.subtree}
            return "appointment" if sub & lexicon().envoy_words else None
        if lemma == "declare":
            # "declared the ambassador persona non grata"; not "the ambassador declared that ..."
            told = {t.lower_ for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree}
            unwelcome = told & trig["withdrawal"]["unwelcome_words"]
            # "declared Brandt persona non grata": only a diplomat can be, so a named person will do
            named = any(
                t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "DATE")
                for c in tok.children
                if c.dep_ not in ("nsubj", "nsubjpass")
                for t in c.subtree
            )
            return "withdrawal" if unwelcome and (told & lexicon().envoy_words or named) else None
        if lemma == "close":
            # "closed its embassy in Tarawa"; not "closed the border" or "closed the meeting"
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            return "withdrawal" if any(o.lemma_.lower() in ("embassy", "mission") for o in objs) else None
        if lemma == "switch":
            # "Kiribati switched recognition to China": ties cut with the state it leaves
            objs = {c.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
            return "withdrawal" if objs & {"recognition", "allegiance", "ties", "relations"} else None
        if lemma in trig["withdrawal"]["verbs"]:
            sub = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep") for t in c.subtree}
            named = lemma in ("recall", "expel", "summon") and any(
                c.dep_ in ("dobj", "nsubjpass")
                and (
                    c.ent_type_ == "PERSON"
                    # "recalled Ortiz" (a name the model missed); "a week after Paris recalled him"
                    or c.pos_ == "PROPN"
                    and c.ent_type_ not in ("GPE", "NORP", "DATE", "LOC")
                    or c.lower_ in ("him", "her")
                    and {t.lower_ for t in tok.sent} & lexicon().envoy_words
                )
                for c in tok.children
            )
            # "froze commercial ties": trade, not diplomacy
            kinds = {
                a.lower_
                for c in tok.children
                if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in trig["withdrawal"]["relation_nouns"]
                for a in c.children
                if a.dep_ in ("amod", "compound")
            }
            if kinds & _NOT_DIPLOMATIC:
                return None
            if (
                sub & lexicon().envoy_words
                or named
                or (
                    lemma in ("sever", "cut", "downgrade", "suspend", "break", "freeze")
                    and sub & trig["withdrawal"]["relation_nouns"]
                )
            ):
                # "X was summoned to the ministry by Y": the two met there
                return "withdrawal" if lemma != "summon" else "meeting"
        return None
    if tok.pos_ in ("NOUN", "PROPN"):
        if low in trig["call"]["nouns"] or lemma in ("call", "conversation"):
            if (
                # "a telephone conversation"; not "continued their conversation over dinner"
                lemma == "conversation"
                and (near | children) & markers
                or (near | children) & markers
                and lemma
                in (
                    "call",
                    "conversation",
                    "talk",
                    "conference",
                    "teleconference",
                    "videoconference",
                )
            ):
                return "call"
            if lemma == "call" and tok.dep_ != "compound" and ({"phone", "telephone", "video"} & near):
                return "call"
        if low == "talks" and children & markers:
            return "call"
        if lemma in trig["meeting"].get("meal_nouns", ()):
            # "hosted a dinner for X", "had lunch with X"; not "a state dinner" with no one named
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "for")]
            if tok.dep_ == "dobj":
                preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("with", "for")]
            if _joined_for(tok):
                return "meeting"  # "joined X for lunch"
            return "meeting" if any(_personal(g) for c in preps for g in c.subtree) else None
        if (
            lemma in ("consultation",)
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and tok.head.head.lemma_
            in {"recall", "summon", "call", "return", "go", "fly", "travel", "come"} | trig["withdrawal"]["leave_verbs"]
        ):
            # "recalled its ambassador for consultations", "leave for consultations in their capitals":
            # the recall's purpose
            return None
        if low in trig["meeting"]["nouns"] or lemma in trig["meeting"]["nouns"]:
            return "meeting"
        if lemma in trig["visit"]["nouns"] or low in trig["visit"]["nouns"]:
            return "visit"
        if low in ("stop", "stops") and tok.dep_ == "dobj" and tok.head.lemma_ in ("add", "make", "include", "plan"):
            # "will add a stop in Stockholm before the summit"; not "put a stop to the fighting"
            places = [
                g
                for c in [*tok.children, *tok.head.children]
                if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for g in c.children
            ]
            return "visit" if any(g.ent_type_ == "GPE" or place_country(g.text) for g in places) else None
        if (
            lemma in trig["agreement"]["sign_nouns"]
            or low in trig["agreement"]["sign_nouns"]
            or low in ("names", "name")
            and tok.head.lemma_ in ("put", "set", "add")  # "put their names to the accord"
        ) and tok.head.pos_ == "VERB":
            # "put their signatures to the accord"
            deal = {t.lemma_.lower() for t in tok.head.subtree if t.i != tok.i} & trig["agreement"]["nouns"]
            return "agreement" if deal else None
        if (
            low in ("communique", "communiqué", "declaration")
            and tok.dep_ == "nsubj"
            and tok.head.lemma_ in _SAY_VERBS
            and any(c.lower_ in ("final", "joint") for c in tok.children)
        ):
            return "agreement"  # "A final communique said ...": the summit's text, adopted there
        if lemma == "credential" or low == "credentials":
            return "appointment"  # "presented his credentials": an envoy accredited
        if lemma in ("appointment", "reappointment", "nomination", "accreditation", "return", "restoration"):
            sub = {t.lower_ for t in tok.subtree}
            return "appointment" if sub & lexicon().envoy_words else None
        if lemma == "closure":
            # "ordered the closure of Venezuela's embassy in Bogota"
            of = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            return "withdrawal" if any(g.lemma_.lower() in ("embassy", "mission") for g in of) else None
        if lemma in trig["withdrawal"]["nouns"]:
            sub = {t.lower_ for t in tok.subtree}
            return "withdrawal" if sub & lexicon().envoy_words else None
    return None


def _joined_for(tok: Token) -> bool:
    """ "X joined Y for lunch / for talks": Y is the company, told as the verb's object."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "for several hours of talks"
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    return (
        verb is not None
        and verb.lemma_ in ("join", "invite", "bring")
        and any(
            c.dep_ == "dobj" and (_personal(c) or c.lower_ in ("counterpart", "counterparts", "them"))
            for c in verb.children
        )
    )


def _subject_person(tok: Token) -> bool:
    """Whether the clause of a predicate ("is due", "was expected") has a person as subject."""
    verb = tok.head if tok.dep_ == "acomp" else tok
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (_personal(c) or c.lower_ in ("he", "she") or c.lower_ in lexicon().group_words)
        for c in verb.children
    )


def _own_subject(tok: Token, verb: Token) -> bool:
    """Whether a name is the subject of this very verb ("X recalled"), not of a verb of saying
    above it ("X said the ambassador had been recalled")."""
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    # "X is to receive him": the subject of the verb this one completes
    return tok.dep_ == "nsubj" and (
        tok.head.i == verb.i
        or verb.dep_ == "xcomp"
        and tok.head.i == verb.head.i
        # "X recalled ... and pulled Israel's envoy out of Madrid": the coordinated verb's subject
        or verb.dep_ == "conj"
        and tok.head.i == verb.head.i
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


def _clause_subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited from the verb it is coordinated with or serves ("to meet")."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if agents and (subs or verb.dep_ != "conj"):
        return subs + agents
    if not subs and verb.dep_ == "xcomp" and verb.head.lemma_ == "invite":
        # "X invited Y to visit him": Y travels, X receives
        guests = [c for c in verb.head.children if c.dep_ == "dobj"]
        if guests:
            return guests
    # "X addressed parliament and was received by Y": the passive's subject is X's
    hops = 0
    cur = verb
    while (
        not subs
        and (
            cur.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl", "pcomp")
            # "X had been due to travel": the plan's subject; not "X is ready to talk" (an offer)
            or cur.dep_ == "acomp"
            and cur.lower_ in ("due", "set", "scheduled", "expected", "slated")
        )
        and hops < 3
    ):
        if (
            cur.dep_ == "relcl"
            or cur.dep_ in ("acl", "conj")
            and cur.tag_ == "VBG"
            and cur.head.pos_ in ("PROPN", "NOUN")
            and cur.head.dep_ != "pobj"
        ):
            # "X, who met Y", "X, meeting Y in Paris, said ...", "X and Y, meeting in Toronto, agreed"
            return [cur.head]
        if cur.dep_ == "pcomp":
            # "X held talks with Y before signing an accord": the gerund's subject is the clause's
            if cur.tag_ != "VBG" or cur.head.lower_ not in ("before", "after", "by", "upon", "without"):
                break
            cur = cur.head  # the preposition
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.dep_ == "dobj" and cur.lemma_ in ("invitation", "offer", "plan"):
            cur = cur.head  # "X accepted an invitation to visit Y": X travels
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        hops += 1
    return subs + agents


def _name_after(head: Token) -> set[int]:
    """ "held talks with his adviser on foreign affairs, Sartaj Aziz, after ...": the name set off
    after a phrase that ends in a title, which the parser often hangs elsewhere."""
    doc, end = head.doc, head.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].ent_type_ != "PERSON":
        return set()
    if not any(t.lower_ in lexicon().title_heads or t.lower_ == "counterpart" for t in doc[head.i : end + 1]):
        return set()
    k = end + 3
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return set(range(end + 2, k))


def _whose_antecedent(trigger: Token) -> Token | None:
    """The phrase a "whose" before the trigger refers to, with the names coordinated in it
    ("X and his counterpart, Y, whose meeting ..."), or None."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in trigger.children):
        return None
    verb = _clause_verb(trigger)
    if verb is None or verb.dep_ != "relcl":
        return None
    top = verb.head
    while top.dep_ in ("appos", "conj") and top.head is not top:
        top = top.head
    return top


def _apposed_names(head: Token) -> set[int]:
    """ "met with their hosts, Egyptian President X and Jordan's King Y, in ...": the names set
    after a plural noun of "with", which the parser often hangs elsewhere."""
    doc = head.doc
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        noun = next((g for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
        if noun is None or noun.i + 2 >= head.sent.end or doc[noun.i + 1].text != ",":
            continue
        k = noun.i + 2
        while k < head.sent.end:
            t = doc[k]
            if not t.ent_type_ and (
                t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "SCONJ") or t.text in (".", ";", ":")
            ):
                break
            k += 1
        names = set(range(noun.i + 2, k))
        if any(doc[j].ent_type_ == "PERSON" for j in names):
            return names
    return set()


def _informed_in_a_call(trigger: Token) -> Token | None:
    """The verb of "X informed Y of his decision in a telephone call" for the call, however the
    parser hung "in a telephone call" (on the decision, on Y)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("in", "during", "over") or _kind_of(trigger) != "call":
        return None
    cur = trigger.head
    for _ in range(5):
        cur = cur.head
        if cur.lemma_ in ("inform", "tell", "notify", "brief", "assure") and cur.pos_ == "VERB":
            return cur
        if cur.dep_ not in ("prep", "pobj", "dobj") or cur.head.i == cur.i:
            return None
    return None


_OTHER_CLAUSE = {"after", "before", "because", "since", "although", "though", "until", "unless"}


def _scope(trigger: Token) -> tuple[set[int], set[int]]:
    """Token indices whose people take part in the trigger's event, and the subset on the
    acting side (the subject; a noun's possessor or "of"/"by" phrase: "the visit of X")."""
    toks = {t.i for t in trigger.subtree}
    for c in trigger.children:
        if c.lower_ == "according":
            toks -= {t.i for t in c.subtree}  # "according to X, who briefed reporters": the source
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _OTHER_CLAUSE for g in c.children):
            # "agreed to restore relations after Tehran gave an assurance on X": the cause's people
            # take no part
            toks -= {t.i for t in c.subtree}
    bare_with = next(
        (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" and not any(c.children)), None
    )
    if bare_with is not None and trigger.pos_ == "NOUN":
        # "Trump's second summit with North Korean leader Kim Jong Un collapsed": the parser made
        # the counterpart the subject of the next verb and left "with" bare
        doc = trigger.doc
        name = next(
            (t for t in doc[bare_with.i + 1 : min(bare_with.i + 8, trigger.sent.end)] if t.ent_type_ == "PERSON"), None
        )
        if name is not None:
            end = name.i
            while end + 1 < trigger.sent.end and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
                end += 1
            toks |= set(range(bare_with.i, end + 1))
    between = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if between is None and trigger.pos_ == "NOUN" and trigger.lemma_ in ("talk", "negotiation", "meeting"):
        # "ten hours of talks on Tuesday at the Petersberg, the guest house near Bonn, between X, Y
        # and Z": the parser may hang "between" on the place
        between = next(
            (
                t
                for t in trigger.sent
                if t.i > trigger.i
                and t.lower_ == "between"
                and not any(_kind_of(x) for x in trigger.doc[trigger.i + 1 : t.i])
            ),
            None,
        )
    if between is not None and trigger.pos_ == "NOUN":
        # "talks between delegations led by X, ..., and Y, the head of ...": both sides follow
        # "between", however the parser hangs the second
        toks |= set(range(between.i, trigger.sent.end))
    for c in trigger.children:
        if (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and trigger.pos_ == "VERB"
            and c.i > trigger.i
            and _kind_of(c) is None
            and not any(_kind_of(t) for t in c.subtree)
            and any(g.dep_ in ("dobj", "dative") for g in c.children)
        ):
            # "met Y at the White House and handed him a letter from Z": Z is in another act
            toks -= {t.i for t in c.subtree}
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_.startswith("nsubj") for g in c.children):
            # "X travelled to Tehran, and Y made a trip": the coordinated clause has its own actors
            toks -= {t.i for t in c.subtree}
        elif (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and trigger.pos_ == "VERB"
            and _kind_of(trigger) in ("meeting", "call")
            and any(g.dep_ in ("dobj", "prep") and any(_personal(x) for x in g.subtree) for g in trigger.children)
            and any(_kind_of(t) in ("meeting", "call") for t in c.subtree)
        ):
            # "She called on X and held talks with his adviser, Y": a second counterpart, its own event
            toks -= {t.i for t in c.subtree} | _name_after(c)
    subj_toks: set[int] = set()
    if trigger.pos_ != "VERB":
        for c in trigger.children:
            if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by"):
                subj_toks |= {t.i for t in c.subtree}
        whose = _whose_antecedent(trigger)
        if whose is not None:
            # "by X and his counterpart Y, whose meeting broke the deadlock": X and Y met
            clause = {t.i for t in _clause_verb(trigger).subtree}
            subj_toks |= {t.i for t in whose.subtree} - clause
            toks |= subj_toks
    lex = lexicon()
    verb = None
    anchor = trigger
    # "opened two days of talks", "a round of talks": the measure noun stands in the clause
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN":
        anchor = anchor.head.head
    if trigger.pos_ == "VERB":
        verb = trigger
    elif trigger.dep_ == "acomp":
        verb = trigger.head  # "X is due in Bonn"
    elif trigger.lemma_ == "closure" and trigger.dep_ == "dobj" and trigger.head.lemma_ in ("order", "announce"):
        verb = trigger.head  # "X ordered the closure of the embassy": X closed it
    elif trigger.lemma_ in ("credential",) and trigger.dep_ == "dobj":
        # "X presented his credentials to President Y": the envoy and the head of state
        verb = trigger.head
        toks |= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree}
    elif anchor.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "conj"):
        head = anchor.head
        # "held talks with", "paid a visit": a light verb's subject takes part; "hailed the visit" no
        # "will add a stop in Stockholm": the one who stops there
        if head.pos_ in ("VERB", "AUX") and (head.lemma_ in lex.light_verbs or trigger.lower_ in ("stop", "stops")):
            verb = head
            toks |= _name_after(head) if head.dep_ == "conj" else set()
            # "received a phone call from X", "placed a call to X", "hosted a dinner for X"
            toks |= {
                t.i
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("with", "from", "to", "for")
                for t in c.subtree
            }
    elif (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ in ("after", "following")
        and anchor.head.head.pos_ == "VERB"
        and FAMILIES.get(_kind_of(trigger) or "") == "encounter"
        and not any(c.dep_ == "poss" or c.lower_ in ("the", "that", "this", "these") for c in trigger.children)
    ):
        # "X and Y announced the deal after about an hour of talks": X and Y held the talks
        verb = anchor.head.head
    elif (
        anchor is not trigger
        and anchor.lower_ in ("start", "end", "opening", "close", "beginning", "outset")
        and anchor.dep_ == "pobj"
        and anchor.head.lower_ in ("at", "during")
        and anchor.head.head.pos_ == "VERB"
        and FAMILIES.get(_kind_of(trigger) or "") == "encounter"
    ):
        # "X and Y shook hands at the start of the meeting": they are the meeting
        verb = anchor.head.head
    elif _joined_for(trigger):
        verb = anchor.head.head  # "joined Y for lunch": the subject and Y
        toks |= {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    elif _informed_in_a_call(trigger) is not None:
        # "X informed Y of his decision in a telephone call": the parser hangs the call on the decision
        verb = _informed_in_a_call(trigger)
        toks |= {t.i for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    elif (
        anchor is not trigger
        and anchor.dep_ == "pobj"
        and anchor.head.lower_ == "for"
        and anchor.head.head.lemma_ in _MOTION | {"ride", "drive", "sail", "expect", "due", "be"}
    ):
        verb = anchor.head.head  # "arrived in X for three days of talks with Y": the traveller talks
    elif (
        trigger.dep_ == "pobj"
        and trigger.head.head.pos_ in ("VERB", "AUX")
        and (
            # "is in Warsaw for talks with X", "joined X for talks": the subject talks with X
            trigger.head.lower_ == "for"
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
            # "will stay in Vietnam for an official visit": who stays visits
            or trigger.head.lower_ == "for"
            and trigger.head.head.lemma_ in ("stay", "remain")
            # "In a call with X, Y said ...", "Y told X in a phone call"
            or trigger.head.lower_ in ("in", "during", "over")
            and _kind_of(trigger) == "call"
        )
    ):
        verb = trigger.head.head
        if verb.lemma_ in _SAY_VERBS | {"assure", "urge", "inform", "ask"}:
            toks |= {t.i for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    elif (
        trigger.dep_ == "pobj"
        and trigger.head.head.pos_ == "VERB"
        and (
            trigger.head.head.lemma_ in lex.light_verbs | {"participate", "take", "attend"}
            # "travel to Moscow for talks with X": the traveller talks
            or trigger.head.lower_ == "for"
            and trigger.head.head.lemma_ in _MOTION | {"ride", "drive", "sail", "expect", "due"}
            # "X endorsed the plan at a meeting with Y": X was at the meeting
            or trigger.head.lower_ in ("at", "during")
            # "At their first summit, X and Y named envoys": theirs, the subjects'
            and not any(
                c.dep_ == "poss" and c.lower_ != "their" or c.lower_ in ("the", "that", "this")
                for c in trigger.children
            )
            and FAMILIES.get(_kind_of(trigger) or "") == "encounter"
        )
    ):
        verb = trigger.head.head
        if trigger.head.lower_ in ("at", "during") and verb.lemma_ not in _SAY_VERBS:
            # "X apologised to Y at a summit": the one X addressed was at the summit too
            toks |= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for t in c.subtree}
    elif (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "for"
        and trigger.head.head.dep_ == "pobj"
        and trigger.head.head.head.lower_ == "to"
        and trigger.head.head.head.head.lemma_ in _MOTION | {"ride", "drive", "sail"}
    ):
        verb = trigger.head.head.head.head  # "drove to Lisbon for a summit with X"
    if verb is None and trigger.pos_ == "NOUN":
        # "X, Y, who chairs ..., and Z, the facilitator, held closed-door talks": a long subject
        # list can leave the parser without a verb; the light verb right before the noun still
        # tells who held them
        k = trigger.i - 1
        while k > trigger.sent.start and trigger.doc[k].pos_ in ("ADJ", "PUNCT", "NOUN", "NUM") and trigger.i - k < 5:
            k -= 1
        light = trigger.doc[k]
        if (
            light.lower_ in ("held", "had", "holds", "began", "opened")
            and light.head.i != light.i
            and light.dep_ != "ROOT"
            and not any(c.dep_.startswith("nsubj") for c in light.children)
        ):
            before = set(range(trigger.sent.start, light.i))
            toks |= before
            subj_toks |= before
    for head in {trigger, verb or trigger}:
        # "signed ... in the presence of X and Y": witnesses of a signing or a handover take part
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                presence = next((g for g in c.children if g.lower_ == "presence"), None)
                if presence is not None and _kind_of(trigger) == "agreement":
                    toks |= {t.i for t in presence.subtree}
    signing = verb if verb is not None else trigger
    if (
        _kind_of(trigger) == "agreement"
        and signing.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in signing.children)
        and signing.head.lemma_ in ("look", "watch", "witness", "stand")
    ):
        # "X and Y looked on as their ministers put their names to the contracts": theirs too
        toks |= {t.i for c in signing.head.children if c.dep_ == "nsubj" for t in c.subtree}
    if verb is not None and verb.lemma_ in ("join", "accompany") and any(c.dep_ == "auxpass" for c in verb.children):
        # "X was joined at the talks by his chief of staff, Y, and Z": everyone after "by"
        by = next((t for t in trigger.sent if t.i > verb.i and t.lower_ == "by"), None)
        if by is not None:
            toks |= set(range(by.i, trigger.sent.end))
    for c in (verb or trigger).children:
        if c.dep_ in ("advcl", "acl") and c.lemma_ in ("join", "accompany") and c.tag_ == "VBN":
            # "opened the summit with a dinner, joined by X and Y on one side and by Z on the other"
            toks |= {t.i for t in c.subtree}
    for head in {trigger, verb or trigger}:
        toks |= _apposed_names(head)
    if (
        trigger.dep_ == "xcomp"
        and trigger.head.lemma_ == "invite"
        and any(c.lower_ in ("him", "her") for c in trigger.children)
    ):
        # "X invited Y to visit him": X is the host
        toks |= {t.i for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree}
    if verb is not None:
        for subj in _clause_subjects(verb):
            if subj.lower_ in _RELATIVE and subj.head.dep_ == "relcl":
                subj = subj.head.head
                if verb.dep_ == "conj" and subj.ent_type_ != "PERSON" and subj.pos_ != "PROPN":
                    # "X crossed the bridge that spans the river and shook hands with Y": the
                    # parser hangs "shook" on the relative clause; a bridge shakes no hands
                    main = next((a for a in subj.ancestors if a.pos_ == "VERB"), None)
                    subj = next((c for c in reversed(list(main.lefts)) if c.dep_ == "nsubj"), subj) if main else subj
                clause = {t.i for t in verb.subtree} if verb.dep_ == "relcl" else set()
                # "by Vice Marshal X, first vice chairman of the Commission, who met Y": who is X
                while subj.ent_type_ != "PERSON" and subj.dep_ == "pobj" and subj.head.head.pos_ in ("NOUN", "PROPN"):
                    subj = subj.head.head
                if subj.dep_ == "appos" and (subj.head.ent_type_ == "PERSON" or subj.head.pos_ == "PROPN"):
                    subj = subj.head
                toks |= {t.i for t in subj.subtree} - clause
                subj_toks |= {t.i for t in subj.subtree} - clause
                continue
            # "The former president, whom Duterte named his envoy, travelled to ...": not Duterte
            aside = {
                t.i
                for r in subj.children
                if r.dep_ == "relcl"
                and trigger.i not in {x.i for x in r.subtree}
                and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in r.children)
                for t in r.subtree
            }
            toks |= {t.i for t in subj.subtree} - aside
            subj_toks |= {t.i for t in subj.subtree} - aside
            if subj.dep_ == "relcl":
                toks.add(subj.head.i)
    return toks, subj_toks


def _resolve_pronouns(
    trigger: Token, scope: set[int], mentions: list[Mention], doc: Doc, earlier: list[Mention]
) -> dict[int, int]:
    """People pronouns in the scope stand for, as {person: pronoun token}: "his meeting with X"
    -> the sentence's first-named person; "He will travel to Y" -> the person the previous
    sentences were about (their first-named person)."""
    out: dict[int, int] = {}
    for i in sorted(scope):
        tok = doc[i]
        low = tok.lower_
        objective = low in ("him", "her") and tok.dep_ == "dobj" and _kind_of(tok.head) == "meeting"
        if (
            not (low in ("his", "her") and tok.dep_ == "poss" or low in ("he", "she") and tok.dep_.startswith("nsubj"))
            and not objective
        ):
            continue
        if (
            tok.dep_ == "poss"
            and (tok.head.lower_ in lexicon().title_heads or tok.head.lemma_ in lexicon().title_heads)
            and tok.head.lemma_ != "counterpart"
        ):
            continue  # "his special representative, X, would travel": the boss stays at home
        before = [m for m in mentions if trigger.sent.start_char <= m.char_start < tok.idx]
        verb = _clause_verb(tok)
        if objective:
            # "X is to receive him": not X himself
            before = [m for m in before if not _own_subject(doc[m.end - 1], tok.head)]
            if not before and earlier:
                subject = {m.person for m in mentions if _own_subject(doc[m.end - 1], tok.head)}
                topic = _topic(earlier, doc)
                if topic not in subject:
                    out[topic] = i
                continue
        if (
            verb is not None
            and verb.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
        ):
            # "forged by X and Y, who paid the first of his many visits to China": his = Y
            named = [m for m in mentions if m.end - 1 == verb.head.i]
            if named:
                out[named[0].person] = i
                continue
        own = [
            m
            for m in before
            if verb is not None
            and tok.dep_ == "poss"
            and (m.end - 1 < len(doc))
            and doc[m.end - 1].dep_ == "nsubj"
            and doc[m.end - 1].head.i == verb.i
        ]
        # "During his stay X also called on Y": his = the subject named after it
        after = [
            m
            for m in mentions
            if tok.dep_ == "poss"
            and verb is not None
            and m.char_start > tok.idx
            and m.end - 1 < len(doc)
            and doc[m.end - 1].dep_ == "nsubj"
            and doc[m.end - 1].head.i == verb.i
        ]
        if own:
            out[own[-1].person] = i  # "X met Y, but Z resisted a meeting of his own": his = Z
        elif not before and after:
            out[after[0].person] = i
        elif before:
            out[before[0].person] = i
        elif earlier:
            out[_topic(earlier, doc)] = i
    return out


def _topic(earlier: list[Mention], doc: Doc) -> int:
    """Who a sentence's "he" or "she" carries on about: the last sentence's named subject or,
    where that sentence's subject was itself "he" or "she" ("She saw Premier X later"), the
    subject before it; failing both, the last sentence's first-named person."""
    last_sent = doc[earlier[-1].start].sent
    first = next(m for m in earlier if doc[m.start].sent.start == last_sent.start).person
    sent = last_sent
    for _ in range(4):
        subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if subject is None:
            return first
        named = [m for m in earlier if m.start <= subject.i < m.end]
        if named:
            return named[0].person
        if subject.lower_ not in ("he", "she") or sent.start == 0:
            return first
        sent = doc[sent.start - 1].sent
        while sent.start > 0 and not any(doc[m.start].sent.start == sent.start for m in earlier):
            if any(t.dep_ == "nsubj" and t.lower_ in ("he", "she") for t in sent):
                sent = doc[sent.start - 1].sent  # another "she said": on back
            else:
                return first
    return first


def _plural_titled(tok: Token, persons: list[PersonDraft], on: date | None) -> dict[int, int]:
    """ "The presidents of Venezuela and Guyana agreed": for each state named, the one person of
    the article with that title for it."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if first is None:
        return {}
    states = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.head.i == first.i)]
    codes = [place_country(_entity_span(t, t.doc) or t.text, on) for t in states]
    if len(codes) < 2 or None in codes:
        return {}
    head = tok.lower_[:-1]
    out = {}
    for code in codes:
        holders = [
            q
            for q, p in enumerate(persons)
            if p.country == code and any(fold(o.title).split()[-1:] == [head] for o in p.offices)
        ]
        if len(holders) == 1:
            out[holders[0]] = tok.i
    return out if len(out) == len(codes) else {}


def _titled_references(
    scope: set[int], doc: Doc, persons: list[PersonDraft], on: date | None, quotes: list[tuple[int, int]]
) -> dict[int, int]:
    """People named by title alone ("the Israeli president's planned trip", "Iran's foreign
    minister arrived"), as {person: head token}, when exactly one person in the article holds
    that office for that country."""
    out: dict[int, int] = {}
    for i in scope:
        tok = doc[i]
        if (
            tok.lower_.endswith("s")
            and tok.lower_[:-1] in lexicon().title_heads
            and tok.text.islower()
            and not _inside(tok.idx, quotes)
        ):
            out.update(_plural_titled(tok, persons, on))
            continue
        if tok.lower_ not in lexicon().title_heads or not tok.text.islower() or _inside(tok.idx, quotes):
            continue
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN":
            continue  # a name follows: the recogniser's business
        left = [t for t in doc[max(tok.sent.start, i - 4) : i] if t.text[:1].isupper()]
        codes = {place_country(t.text, on) for t in left} - {None}
        if not codes and any(organization(t.text) for t in left) and tok.lower_ in lexicon().envoy_words:
            # "the new EU special envoy met X": the one envoy the article names
            envoys = [
                q for q, p in enumerate(persons) if any(fold(o.title).split()[-1:] == [tok.lower_] for o in p.offices)
            ]
            if len(envoys) == 1:
                out[envoys[0]] = i
            continue
        possessive = i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s")
        if not codes and i >= 2 and doc[i - 1].lower_ == "former" and doc[i - 2].lower_ == "the" and tok.sent.start > 0:
            # "The ground had been prepared by Fidel Ramos. The former president, whom ...": the one
            # person the sentence before named
            before = doc[tok.sent.start - 1].sent
            named = {q for q, p in enumerate(persons) if any(before.start <= m.start < before.end for m in p.mentions)}
            if len(named) == 1:
                out[named.pop()] = i
            continue
        if (
            all(t.lower_ == "the" for t in left)
            and i > 0
            and doc[i - 1].lower_ == "the"
            and i + 2 < len(doc)
            and doc[i + 1].lower_ == "of"
            and doc[i + 2].is_lower
        ):
            # "the secretary of state came to Beijing": the one person with that whole title
            phrase = f"{tok.lower_} of {doc[i + 2].lower_}"
            holders = [q for q, p in enumerate(persons) if any(fold(o.title).endswith(phrase) for o in p.offices)]
            if len(holders) == 1:
                out[holders[0]] = i
            continue
        if (
            not codes
            and all(t.lower_ == "the" for t in left)
            and i > 0
            and doc[i - 1].lower_ in ("the", "crown")
            and not possessive
        ):
            # "meeting the crown prince in Jeddah": the one person the article gave that title
            words = [
                t.lower_
                for t in doc[max(tok.sent.start, i - 2) : i + 1]
                if t.lower_ not in ("the", "a", "an") and t.is_alpha
            ]
            holders = [
                q
                for q, p in enumerate(persons)
                if any(fold(o.title).split()[-len(words) :] == words for o in p.offices)
            ]
            if len(holders) == 1 and len(words) >= 2:
                out[holders[0]] = i
            elif len(words) == 1 and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                # "The president leaves today for X": the one president named before
                named_before = {q for q in holders if any(m.end <= i for m in persons[q].mentions)}
                if len(named_before) == 1:
                    out[named_before.pop()] = i
            continue
        if len(codes) != 1:
            continue
        (code,) = codes
        words = [
            t.lower_
            for t in doc[max(0, i - 2) : i + 1]
            if t.lower_ in lexicon().title_heads or t.lower_ in lexicon().title_modifiers
        ]
        holders = [
            q
            for q, p in enumerate(persons)
            if p.country == code
            and any(
                fold(o.title).split()[-1:] == [tok.lower_] and all(w in fold(o.title) for w in words) for o in p.offices
            )
        ]
        if (
            not holders
            and tok.lower_ == "leader"
            and i >= 2
            and doc[i - 2].lower_ == "the"
            and place_country(doc[i - 1].text, on)
        ):
            # "The French leader arrived from Libreville": the one head of state or government
            holders = [
                q for q, p in enumerate(persons) if p.country == code and any(_heads_a_state(o) for o in p.offices)
            ]
        if not holders and tok.lower_ in lexicon().envoy_words:
            # "gave France's ambassador 72 hours to leave ... Ambassador X was summoned": the one
            # envoy the article names whose state it has not told otherwise
            holders = [
                q
                for q, p in enumerate(persons)
                if p.country in (code, None)
                and any(fold(o.title).split()[-1:] == [tok.lower_] and not o.country for o in p.offices)
                # named only just after: the lead tells the act, the next sentence the envoy
                and p.mentions
                and min(m.start for m in p.mentions) >= tok.sent.end
                and doc[min(m.start for m in p.mentions)].sent.start == tok.sent.end
            ]
        if len(holders) == 1:
            out[holders[0]] = i
    return out


_STATE_HEADS = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan")


def _heads_a_state(office) -> bool:
    """Whether an office heads a state or its government ("President", not "Vice President")."""
    title = fold(office.title)
    return title.endswith(_STATE_HEADS) and not title.startswith(("vice", "deputy", "former"))


def _under_the_deal(sent: Span) -> bool:
    """Whether a sentence tells the terms of an agreement already told ("Under the deal, ...")."""
    words = [t.lower_ for t in sent[:4]]
    nouns = lexicon().triggers["agreement"]["nouns"]
    return bool(words) and words[0] == "under" and any(w in {n.lower() for n in nouns} for w in words[1:])


def _envoy_title(title: str) -> bool:
    """Whether an office title is a diplomat's ("Ambassador", "High Commissioner")."""
    words = fold(title)
    envoys = lexicon().envoy_words
    return bool(set(words.split()) & envoys) or any(" " in w and f" {w} " in f" {words} " for w in envoys)


_AGREE_VERBS = {"agree", "decide", "pledge", "vow"}
_PEOPLE_PLURALS = {"leaders", "presidents", "premiers", "ministers", "men", "women", "heads", "envoys"}
_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}


def _the_two(
    scope: set[int],
    doc: Doc,
    earlier: list[EventMention],
    before: list[Mention] = (),
    persons: list[PersonDraft] = (),
    titled_only: bool = False,
    told: list[EventMention] | None = None,
) -> set[int]:
    """ "The two (leaders) met", "the three presidents held talks", "The leaders had spoken": the
    people of the latest encounter, call or agreement of that many told before; else, for "the
    two leaders", the last two officials named before, when they serve two states."""
    counts = [
        _COUNTS[doc[i].lower_]
        for i in scope
        # "the two leaders", not "a two-decade journey"
        if doc[i].lower_ in _COUNTS
        and doc[i].pos_ == "NUM"
        # "the two previous summits" counts events, not people
        and not (doc[i].head.pos_ == "NOUN" and _kind_of(doc[i].head))
        and (doc[i].head.tag_ in ("NNS", "NNPS") or doc[i].dep_.startswith("nsubj") or doc[i].dep_ == "pobj")
    ]
    pair = any(
        doc[i].tag_ == "NNS"
        and (
            doc[i].dep_ == "nsubj"
            and doc[i].lower_ in lexicon().group_words | {"presidents", "premiers", "leaders", "ministers"}
            and any(c.dep_ == "det" and c.lower_ in ("the", "both") for c in doc[i].children)
            # "invited both men to visit him", "telephoned both prime ministers"
            or doc[i].lower_ in {"men", "women", "leaders", "ministers", "presidents", "premiers"}
            and any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in doc[i].children)
        )
        for i in scope
    )
    if not counts and not pair:
        return set()
    states = {"countries", "nations", "states", "governments", "neighbours", "neighbors", "capitals"}
    if counts and any(
        doc[i].lower_ in _COUNTS
        and doc[i].head.lower_ in states
        and (
            doc[i].head.head.lower_ == "between"
            # "the last meeting between the prime ministers of the two countries ..., when X met Y"
            or doc[i].head.head.lower_ == "of"
            and doc[i].head.head.head.lemma_.lower() in lexicon().title_heads
            and doc[i].head.head.head.lower_ not in ("officials", "representatives", "delegates")
        )
        for i in scope
    ):
        return set()  # "ties between the two countries": states, not the people told before
    n = counts[0] if counts else None
    # "X and Chilean President Y announced ..., and the two leaders met in Z": the pair
    # named before in the same sentence
    here = {m.person for m in before if m.end <= min(scope) and doc[m.start].sent.start == doc[min(scope)].sent.start}
    if n and len(here) == n and persons:
        return here
    # "the two prime ministers": people who hold that title; "the two leaders": anyone
    # the first count only: "the two leaders signed ... a package of two dozen documents"
    nouns = [
        doc[i].head
        for i in sorted(scope)
        if doc[i].lower_ in _COUNTS and doc[i].pos_ == "NUM" or doc[i].lower_ == "both" and doc[i].head.tag_ == "NNS"
    ][:1]
    titles = {
        " ".join(
            [c.lower_ for c in n.children if c.dep_ in ("compound", "amod") and c.pos_ != "NUM"] + [n.lemma_.lower()]
        )
        for n in nouns
        if n.lower_ not in ("leaders", "men", "women", "sides") and n.tag_ == "NNS"
    }
    # "the two delegations agreed to meet again": the encounter told with delegations
    groups = {n.lower_ for n in nouns if n.lower_ in ("delegations", "teams", "negotiators")}
    if groups:
        earlier = [m for m in earlier if groups & {t.lower_ for t in m.sent}] or earlier
    office_titles = {t for t in titles if t.split()[-1] in lexicon().title_heads}
    holders_told = any(
        len(m.participants) == n
        and any(t in fold(o.title) for q in m.participants for t in office_titles for o in persons[q].offices)
        for m in earlier
        if n and persons and m.kind not in ("appointment", "withdrawal")
    )
    leaders_noun = "leaders" in {x.lower_ for x in nouns}
    leaders_told = (
        leaders_noun
        and bool(persons)
        and any(
            (len(m.participants) == n if n else len(m.participants) >= 2)
            and all(_leader(persons[q]) for q in m.participants)
            for m in earlier
            if m.kind not in ("appointment", "withdrawal")
        )
    )
    if n and leaders_told and any(doc[i].lower_ in ("last", "first") and doc[i].dep_ == "advmod" for i in scope):
        # "The two leaders last met in December last year": the story's pair, not the pair told last
        lead = next(
            (
                m
                for m in earlier
                if m.kind not in ("appointment", "withdrawal")
                and len(m.participants) == n
                and all(_leader(persons[q]) for q in m.participants)
            ),
            None,
        )
        if lead is not None:
            if told is not None:
                told.append(lead)
            return set(lead.participants)
    for m in reversed(earlier):
        if m.kind in ("appointment", "withdrawal"):
            continue
        if leaders_told and not all(_leader(persons[q]) for q in m.participants):
            continue  # "the two leaders": the heads of state told before, not their aides met since
        if titled_only and (
            not persons
            or titles
            and not all(any(t in fold(o.title) for t in titles for o in persons[q].offices) for q in m.participants)
        ):
            continue
        # "the two presidents", "the two foreign ministers"; not "the two governments" or "delegations"
        if (
            office_titles
            and persons
            and any(
                persons[q].offices and not any(_holds(t, o.title) for t in office_titles for o in persons[q].offices)
                for q in m.participants
            )
        ):
            continue  # "the two presidents": not the foreign ministers met last
        if (
            office_titles
            and persons
            and holders_told
            and not any(t in fold(o.title) for q in m.participants for t in office_titles for o in persons[q].offices)
        ):
            continue  # "the four presidents": not four people none of whom was called one
        if n and persons and "leaders" in {x.lower_ for x in nouns} and _one_body(m.participants, persons):
            continue  # "the two leaders": leaders of two states, not two officials of one body
        if (
            n
            and n > 2
            and persons
            and "leaders" in {x.lower_ for x in nouns}
            and not all(_leader(persons[q]) for q in m.participants)
        ):
            continue  # "the four leaders": heads of state or government, not envoys who signed for them
        if len(m.participants) == n if n else len(m.participants) >= 2:
            if told is not None:
                told.append(m)
            return set(m.participants)
        if n is None and m.participants:
            break
    people_noun = any(
        doc[i].lower_ in _COUNTS and doc[i].head.lower_ in _PEOPLE_PLURALS | lexicon().group_words for i in scope
    )
    if n and persons and people_noun and not titled_only:
        # "the two ministers": the last two ministers named, if two were; else the last officials
        for wanted in ([office_titles] if office_titles else []) + [set()]:
            last: list[int] = []
            for m in reversed(before):
                p = persons[m.person]
                if wanted and not any(t in fold(o.title) for t in wanted for o in p.offices):
                    continue
                # "the two leaders": of two states; an organisation's official in between is a third party
                if m.person not in last and p.offices and not p.private and p.country is not None:
                    last.append(m.person)
                if len(last) == n:
                    break
            states = {persons[q].country for q in last}
            if len(last) == n and None not in states and len(states) == n:
                return set(last)
    return set()


_LEADER_WORDS = ("president", "prime minister", "chancellor", "king", "premier", "emir", "sultan", "leader", "head of")


def _leader(p: PersonDraft) -> bool:
    """Whether someone holds (or held) a head of state's or government's office, or has none told."""
    return not p.offices or any(w in fold(o.title) for o in p.offices for w in _LEADER_WORDS)


def _one_body(people: set[int], persons: list[PersonDraft]) -> bool:
    """Whether people serve one state, or all an organisation (officials with no state)."""

    def state(q: int) -> str | None:
        return persons[q].country or next((o.country for o in persons[q].offices if o.country), None)

    known = [state(q) for q in people if state(q)]
    if len(known) != len(set(known)):
        return True
    # officials of an organisation ("the EU's foreign policy chief"), none of a state
    return all(state(q) is None and any(o.organization for o in persons[q].offices) for q in people)


def _participants(
    trigger: Token, scope: set[int], mentions: list[Mention], persons: list[PersonDraft], triggers: set[int]
) -> tuple[set[int], list[Mention]]:
    """People mentioned in the scope, minus possessors of non-event nouns ("Levin's office")."""
    out, used = set(), []
    doc = trigger.doc
    for m in mentions:
        root = doc[m.end - 1]
        # "talks with his counterpart Pranab Mukherjee, an official said": the parser may hang
        # the name on "said", but it names the title just before it
        titled = m.start > 0 and m.start - 1 in scope and doc[m.start - 1].lemma_.lower() in _NAMED_TITLES
        if root.i not in scope and not titled and not _coordinated_with(m, mentions, scope, doc):
            continue
        if persons[m.person].private:
            continue
        if root.dep_ == "poss" and root.head.i not in triggers:
            continue
        if root.head.lower_ in lexicon().kin_words:
            continue
        if _object_of_another_act(root, trigger, triggers):
            continue  # "signed an agreement ..., pledging to bar rebel leader X": X is what was agreed on
        if (
            root.dep_ == "nsubj"
            and root.head.lemma_ in ("say", "tell", "add")
            and root.head.dep_ in ("parataxis", "ccomp", "conj", "ROOT")
            and root.head.i > trigger.i
            and root.head.i != trigger.i
            and root.head.i not in triggers
            and trigger in root.head.ancestors
        ):
            continue  # "X spoke by telephone with Y on Sunday, Z said": Z told it
        out.add(m.person)
        used.append(m)
    return out, used


def _coordinated_with(m: Mention, mentions: list[Mention], scope: set[int], doc: Doc) -> bool:
    """ "Foreign Minister X and Solomon Islands Foreign Minister Y had signed": X is coordinated
    with Y, who is in the scope, whatever the parser made of the titles."""
    if m.end >= len(doc) or doc[m.end].lower_ != "and":
        return False
    nxt = next((o for o in mentions if o.start > m.end), None)
    if nxt is None or nxt.start - m.end > 7 or doc[nxt.end - 1].i not in scope:
        return False
    between = doc[m.end + 1 : nxt.start]
    return all(t.pos_ in ("PROPN", "ADJ", "NOUN", "DET") and not t.is_punct for t in between) and not any(
        t.pos_ == "VERB" for t in between
    )


def _object_of_another_act(root: Token, trigger: Token, triggers: set[int]) -> bool:
    """Whether a name is the object of a non-event verb in an infinitive or participle clause
    under the trigger ("an agreement to bar X", "pledging to expel X")."""
    for a in root.ancestors:
        if a.i == trigger.i or a.i in triggers:
            break
        if (
            a.dep_ == "pcomp"
            and a.head.lower_ == "with"
            and any(c.dep_ == "nsubj" for c in a.children)
            and a.lemma_ not in ("look", "watch", "stand")
        ):
            # "..., with Baghdad pledging to bar X": a clause with its own actor; not "with X and Y
            # looking on", who witnessed it
            return trigger in a.ancestors
    cur = root
    while cur.dep_ in ("conj", "appos", "compound"):
        cur = cur.head
    if cur.dep_ != "dobj":
        return False
    verb = cur.head
    if verb.i == trigger.i or verb.i in triggers or verb.lemma_ in lexicon().light_verbs:
        return False
    return verb.dep_ in ("xcomp", "advcl", "acl", "conj") and trigger in verb.ancestors


def _groups(scope: set[int], doc: Doc, on: date | None) -> list[set[str]]:
    """Countries of each group noun in the scope ("the Turkish delegation", "Israeli and
    Turkish officials"), one set per noun."""
    lex = lexicon()
    out = []
    for i in sorted(scope):
        tok = doc[i]
        if tok.lower_ not in lex.group_words and tok.lemma_.lower() not in lex.group_words:
            continue
        codes: set[str] = set()
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if any(c.lower_ in lex.private_words or c.lower_ in _NOT_DIPLOMATIC for c in mods):
            continue  # "Japanese business leaders", "opposition leaders": not a state's officials
        mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
        mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children]
        mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
        for c in mods:
            code = place_country(_entity_span(c, doc) or c.text, on) if c.text[:1].isupper() else None
            if code:
                codes.add(code)
        if codes:
            out.append(codes)
    return out


def _location(
    trigger: Token, scope: set[int], doc: Doc, on: date | None, kind: str = "meeting"
) -> tuple[str | None, str | None]:
    """The place of an event as the article names it, and its country: "in"/"at" the trigger
    (its clause), a visit's destination ("to", object); an envoy's post is not a place."""
    candidates: list[Token] = []
    encounter = FAMILIES.get(kind) == "encounter" or kind == "call"
    preps = ("in", "at", "to", "on", "into") if encounter else ("in", "at")
    if kind == "visit" and trigger.lemma_ in ("leave", "depart"):
        preps = ("for",)  # "left for Washington": the destination, not where from
    objects = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else []
    for tok in [
        trigger,
        *trigger.children,
        *([trigger.head] if trigger.head.pos_ == "VERB" else []),
        *(trigger.head.children if trigger.head.pos_ == "VERB" else []),
        # "signed an agreement in Pretoria"
        *[c for o in objects for c in o.children if c.dep_ == "prep"],
        # "drove to Ramallah for a meeting with X"
        *(
            trigger.head.head.children
            if trigger.dep_ == "pobj"
            and trigger.head.lower_ == "for"
            and trigger.head.head.lemma_ in _MOTION | {"drive", "fly", "travel", "ride", "sail"}
            else []
        ),
    ]:
        if tok.dep_ == "prep" and tok.lower_ in preps or (tok.dep_ == "dobj" and trigger.lemma_ == "visit"):
            objs = [tok] if tok.dep_ == "dobj" else [g for g in tok.children if g.dep_ == "pobj"]
            # "in the Jordanian capital, Amman": the apposed name is the place
            objs = [a for o in objs for a in o.children if a.dep_ == "appos"] + objs
            objs = [
                doc[o.i + 2]
                for o in objs
                if o.lemma_ in _PLACE_NOUNS
                and o.i + 2 < len(doc)
                and doc[o.i + 1].text == ","
                and doc[o.i + 2].ent_type_ == "GPE"
            ] + objs
            candidates += objs
    for obj in candidates:
        span = _entity_span(obj, doc)
        if span is None:
            continue
        code = place_country(span, on)
        if code:
            return span, code
        if obj.ent_type_ in ("FAC", "GPE", "LOC") or span.split()[-1].lower() in _VENUE_WORDS:
            return span, None
    verb = _clause_verb(trigger)
    if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        # "the town of Mamallapuram, where he had spent two days at a summit with X": that town
        span = _entity_span(verb.head, doc)
        code = place_country(span, on) if span else None
        if code:
            return span, code
    if not encounter:
        return None, None
    # an "in <City>" anywhere in the scope, or in the clause of the verb that carries the trigger
    # ("held a summit on the sidelines of the G20 meeting in Osaka")
    clause = (
        {t.i for t in trigger.head.subtree}
        - {
            # "The summit came a day after X held talks in Jerusalem": the place of what came before
            t.i
            for c in trigger.head.children
            if c.lower_ in ("after", "before", "since", "until") and trigger not in c.subtree
            for t in c.subtree
        }
        if trigger.head.pos_ == "VERB" and trigger.pos_ != "VERB" and trigger.dep_ != "conj"
        else set()
    )
    for i in sorted(scope) + sorted(clause - scope):
        tok = doc[i]
        if i in scope and tok.head.i != trigger.i and tok.head.pos_ == "NOUN" and _kind_of(tok.head) is not None:
            continue  # "called off the stop to focus on the negotiations in Washington": their place
        if tok.head.lower_ in lexicon().envoy_words | {"embassy", "consulate"}:
            continue  # "X, who ordered his embassy in Bogota closed, embraced Y": not where they met
        if tok.lower_ in ("in", "at") and tok.dep_ == "prep":
            for g in tok.children:
                span = _entity_span(g, doc)
                if span and g.ent_type_ in ("GPE", "FAC", "LOC") and place_country(span, on):
                    return span, place_country(span, on)
    return None, None


def _entity_span(tok: Token, doc: Doc) -> str | None:
    """The named entity a token belongs to, without a leading "the" kept only for FAC names."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        start, end = tok.i, tok.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        text = doc[start:end].text
        if tok.ent_type_ != "FAC" and text.lower().startswith("the "):
            text = text[4:]
        return text
    if tok.text[:1].isupper() and tok.pos_ == "PROPN":
        return tok.text
    return None


def _status(trigger: Token, published: date | None, when: date | None) -> str:
    """planned when the trigger's own company speaks of the future ("the planned visit",
    "will meet", "ahead of the trip", "plans to visit") or its date is after publication;
    cancelled when it is called off."""
    lex = lexicon()
    words = {
        c.lower_
        for c in trigger.children
        if c.dep_ in ("amod", "aux", "advmod", "acl", "compound", "auxpass", "neg", "prep")
    }
    # "a meeting ... that had been planned for Nov. 22"
    words |= {c.lower_ for c in trigger.children if c.dep_ == "relcl" and c.lower_ in lex.future_cues}
    if trigger.dep_ in ("nsubj", "nsubjpass") and any(
        c.lower_ == "off" and c.dep_ in ("advmod", "prt", "acomp", "prep") for c in trigger.head.children
    ):
        return "cancelled"  # "the meeting ... was now off"
    # "met ahead of a visit": the cue belongs to what follows "ahead of", not to the meeting
    words -= {"ahead", "before", "preparations", "prepare", "preparing", "prior"}
    head, hops = trigger, 0
    climbed = [trigger]
    while head.head.i != head.i and hops < 4:
        purpose = head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        if head.pos_ == "VERB" and head.dep_ not in ("xcomp", "acl", "relcl", "pcomp") and not purpose:
            break
        if head.pos_ == "VERB" and head.dep_ == "xcomp" and _calls_off(head.head) and head.i > head.head.i:
            break  # "called off the stop to focus on the negotiations": the negotiations go on
        head = head.head
        climbed.append(head)
        hops += 1
        words.add(head.lower_)
        words.add(head.lemma_.lower())
        if head.pos_ == "VERB":
            words |= {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass", "prt")}
    if trigger.pos_ == "VERB":
        words |= {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if (
        head.pos_ == "VERB"
        and head.dep_ == "conj"
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in head.children)
    ):
        # "he will hold talks with X and attend the summit": coordinated verbs share "will"
        words |= {c.lower_ for c in head.head.children if c.dep_ == "aux" and c.lower_ in lex.future_cues}
    if words & {
        "cancelled",
        "canceled",
        "postponed",
        "scrapped",
        "scrap",
        "cancel",
        "postpone",
        "off",
        "postponement",
        "cancellation",
    } and (
        any(cue in trigger.sent.text.lower() for cue in lex.cancel_cues)
        # "he was postponing the meeting": the cue as a lemma
        or any(t.lemma_.lower() in ("postpone", "cancel", "scrap") for t in trigger.sent)
    ):
        return "cancelled"
    # "X is to receive him in Munich", "is to be received by Y": an arrangement to come
    destined = any(
        low.dep_ == "xcomp"
        and high.lemma_ == "be"
        and high.tag_ in ("VBZ", "VBP")  # not "was to accept the credentials", which may not have
        and high.i == low.head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in low.children)
        for low, high in itertools.pairwise(climbed)
    )
    if words & lex.future_cues or trigger.lower_ in ("due", "expected") or destined:
        # "X had been due to visit Y on Monday but called off the stop": the plan's own subject dropped it
        if any(
            c.dep_ == "conj" and c.i > trigger.i and _calls_off(c) and not any(g.dep_ == "nsubj" for g in c.children)
            for h in climbed
            if h.pos_ in ("VERB", "AUX")
            for c in h.children
        ):
            return "cancelled"
        if any(
            h.lower_ in ("expected", "due", "scheduled", "set", "slated")
            and {c.lower_ for c in h.children if c.dep_ in ("aux", "auxpass")} >= {"had", "been"}
            for h in climbed
        ) and any(cue in doc_text(trigger.doc).lower() for cue in lex.cancel_cues):
            return "cancelled"  # "X had been expected to hold talks in Tokyo" in a story of the trip put off
        return "planned"
    agreed_to = trigger
    while agreed_to.dep_ == "conj" and agreed_to.head.pos_ == "VERB":
        agreed_to = agreed_to.head  # "agreed to restore relations and to exchange ambassadors"
    if (
        agreed_to.dep_ == "xcomp"
        and agreed_to.head.lemma_ in ("agree", "promise", "pledge", "offer", "undertake")
        and _kind_of(trigger) in ("visit", "meeting", "call", "appointment")
    ):
        return "planned"  # "X also agreed to visit Seoul at an appropriate time", "to exchange ambassadors"
    if (
        trigger.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and any(a.lemma_ in ("agree", "decide", "promise", "pledge") for a in trigger.ancestors)
        and _kind_of(trigger) == "appointment"
    ):
        return "planned"  # "agreed to restore relations, broken off in 1982, and to exchange ambassadors"
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and any(
            t.lower_ in ("will", "expected", "scheduled", "set", "due")
            or t.text == "take"
            and t.nbor(1).lower_ == "place"
            for t in trigger.head.subtree
            if t.i != trigger.i
        )
    ):
        return "planned"
    if (
        trigger.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
        and _kind_of(trigger) == "visit"
        and any(t.lower_ in _WEEKDAYS for c in trigger.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)
    ):
        return "planned"  # "Clinton flies on Thursday to East Timor": the timetable of a trip to come
    aux = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    if (
        trigger.tag_ == "VBG"
        and (
            aux & {"is", "are", "'s", "'re", "am"}
            or aux & {"was", "were"}
            and trigger.dep_ == "ccomp"
            and trigger.head.lemma_ in _SAY_VERBS
        )
        and _kind_of(trigger) in ("meeting", "visit", "call")
        and any(
            t.lower_ in _WEEKDAYS
            for c in trigger.children
            if c.dep_ in ("prep", "npadvmod") and c.i > trigger.i
            for t in c.subtree
        )
    ):
        return "planned"  # "said he was summoning the ambassadors on Thursday": an arrangement to come
    if when and published and when > published:
        return "planned"
    return "occurred"


_WEEKDAYS = frozenset(WEEKDAYS)


def _lead_date(doc: Doc, published: date | None, line) -> date | None:
    """The day the lead sentence reports ("... restored relations on Monday"), if it names one."""
    first = next((s for s in doc.sents if not line or s.end_char > line.end), None)
    if first is None:
        return None
    start = line.end - first.start_char if line and line.end > first.start_char else 0
    days = [d for d in find_dates(first.text, published) if d.start >= start and d.precision == "day" and d.date]
    return days[0].date if days else None


def _speculative(trigger: Token) -> bool:
    """Whether an event is only hypothetical ("the probability of a return visit", "could meet")."""
    words = {c.lower_ for c in trigger.children} | {a.lower_ for a in list(trigger.ancestors)[:3]}
    if trigger.lemma_ == "leave":
        words -= {"must"}  # "the ambassador must leave": an order to go
    # "it is unclear whether X will meet Y": the clause's own "whether"
    words |= {c.lower_ for a in list(trigger.ancestors)[:2] for c in a.children if c.dep_ == "mark"}
    if any(c.dep_ == "mark" and c.lower_ in ("once", "unless") for c in trigger.children):
        return True  # "supplies would resume once the contracts had been signed": a condition
    return bool(
        words
        & {
            "probability",
            "possibility",
            "possible",
            "could",
            "might",
            "may",
            "if",
            "whether",
            "prospect",
            "prospects",
            "potential",
            "hypothetical",
            "must",  # "the treaty must still be ratified"
            "should",
            "ready",  # "he was ready to talk to X": an offer, no event
            "willing",
            "prepared",
        }
    )


def _time_reference(em: EventMention) -> bool:
    """ "will add a stop in Stockholm before the G20 meeting": an encounter named only to tell
    the time of another, with no one of its own."""
    t = em.trigger
    return (
        FAMILIES[em.kind] == "encounter"
        and not em.participants
        and t.dep_ == "pobj"
        and t.head.lower_ in ("before", "after", "following")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    )


def _dated_by_reference(ref: EventMention, found: list[EventMention], earlier: list[EventMention]) -> None:
    """ "will add a stop in Stockholm before the G20 meeting": the stop falls in the month of the
    G20 summit told before (matched by the name they share)."""
    names = {c.lower_ for c in ref.trigger.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"}
    verb = ref.trigger.head.head
    if not names:
        return
    # "the G20 meeting" is "the Group of 20 summit"
    names |= {f"group of {g[1:].lstrip('-')}" for g in names if re.fullmatch(r"g-?\d+", g)}
    told = next(
        (
            o
            for o in reversed(earlier + found)
            if o is not ref
            and o.date is not None
            and FAMILIES[o.kind] == "encounter"
            and any(n in o.sent.text.lower() for n in names)
        ),
        None,
    )
    if told is None:
        return
    for m in found:
        if m is not ref and m.date is None and (m.trigger.i == verb.i or m.trigger.head.i == verb.i):
            m.date, m.precision = told.date.replace(day=1), "month"


def _negated(trigger: Token) -> bool:
    """Whether an event is denied rather than told: "did not meet", "refused to visit", "no meeting
    is planned", "did not hold talks"."""

    def denies(tok: Token) -> bool:
        return any(
            c.dep_ == "neg" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ not in ("only", "just", "least")
            for c in tok.children
        )

    if trigger.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return True  # "no meeting is planned", "there were no talks"
        if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
            trigger = trigger.head  # "did not hold talks", "no agreement was signed"
        else:
            return False
    verb, hops = trigger, 0
    while True:
        if denies(verb) or verb.i != trigger.i and verb.lemma_.lower() in lexicon().refusal_verbs:
            return True
        if verb.dep_ != "xcomp" or hops >= 2:
            return False
        verb, hops = verb.head, hops + 1


_SEPARATE = {"separately", "individually", "respectively", "separate"}
_EACH = {"both", "each", "all"}
_TIMES = {"twice": 2, "thrice": 3}


def _one_per_state(em: EventMention, on: date | None) -> list[EventMention]:
    """ "Britain and the United States pulled their envoys out of Lagos": each state recalls its
    own envoy, one withdrawal (or appointment) per acting state, each with the state it leaves."""
    if em.kind not in ("withdrawal", "appointment") or em.participants or em.trigger.pos_ != "VERB":
        return [em]
    # the subject next to the verb: a dateline ("DUBAI, Jan 4 (Reuters) -") may be parsed as another
    subj = max(
        (c for c in em.trigger.children if c.dep_ == "nsubj" and c.i < em.trigger.i), key=lambda c: c.i, default=None
    )
    if subj is None or not any(c.dep_ == "conj" for c in subj.children):
        return [em]
    states = [subj, *(c for c in subj.subtree if c.dep_ == "conj" and c.head.i == subj.i)]
    codes = [place_country(_entity_span(t, t.doc) or t.text, on) for t in states]
    relation_nouns = lexicon().triggers["withdrawal"]["relation_nouns"]
    if (
        any(c is None for c in codes)
        or len(set(codes)) < 2
        or not any(
            c.dep_ == "dobj"
            and (
                any(g.lower_ == "their" for g in c.children)
                # "Bahrain and Sudan cut ties with Iran": each breaks with Iran
                or c.lower_ in relation_nouns
                and any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
            )
            for c in em.trigger.children
        )
    ):
        return [em]
    others = em.group_countries - set(codes)
    return [replace(em, group_countries={c} | others, countries={c} | others) for c in codes]


def _one_per_host(em: EventMention, on: date | None) -> list[EventMention]:
    """ "recalled its ambassadors from Norway and Ireland": one withdrawal (or appointment) per
    state the envoys leave or go to."""
    if em.kind not in ("withdrawal", "appointment") or em.trigger.pos_ != "VERB":
        return [em]
    envoys = [
        c for c in em.trigger.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_ in lexicon().envoy_words
    ]
    places = [
        g
        for c in [*em.trigger.children, *(c for e in envoys for c in e.children)]
        if c.dep_ == "prep" and c.lower_ in ("from", "to", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not envoys or len(places) != 1:
        return [em]
    hosts = [places[0], *(c for c in places[0].subtree if c.dep_ == "conj" and c.head.i == places[0].i)]
    codes = [place_country(_entity_span(t, t.doc) or t.text, on) for t in hosts]
    if any(c is None for c in codes) or len(set(codes)) < 2:
        return [em]
    others = em.group_countries - set(codes)
    return [replace(em, group_countries={c} | others, countries={c} | (em.countries - set(codes))) for c in codes]


def _split(em: EventMention, fixed: set[int], each: list[int]) -> list[EventMention]:
    """One mention per person of ``each``, every one with the people of ``fixed``."""
    return [
        replace(
            em,
            participants=fixed | {q},
            direct=em.direct & (fixed | {q}),
            sides={p: s for p, s in em.sides.items() if p in fixed | {q}},
        )
        for q in each
    ]


def _one_deal_per_counterpart(em: EventMention) -> list[EventMention]:
    """ "X, Y and Z then signed similar memorandums with A and B": one deal with each of A and B,
    the signers on one side of each."""
    deal = next((c for c in em.trigger.children if c.dep_ == "dobj"), None)
    if deal is None or deal.tag_ != "NNS" or em.trigger.pos_ != "VERB":
        return [em]
    withs = [c for c in [*em.trigger.children, *deal.children] if c.dep_ == "prep" and c.lower_ == "with"]
    if not any(t.dep_ == "conj" for w in withs for t in w.subtree):
        return [em]  # "exchanged the instruments ... in the presence of X and Y": one deal
    acting = {q for q in em.participants if em.sides.get(q, "obj").startswith("subj")}
    others = sorted(q for q in em.participants if q not in acting)
    if not acting or len(others) < 2:
        return [em]
    return _split(em, acting, others)


def _one_per_counterpart(em: EventMention, persons: list[PersonDraft] = ()) -> list[EventMention]:
    """A call or meeting held with several counterparts one at a time ("spoke with X and,
    separately, with Y", "telephoned both prime ministers"): one mention per counterpart, each
    with the acting side."""
    if em.kind == "agreement":
        return _one_deal_per_counterpart(em)
    if FAMILIES[em.kind] not in ("encounter", "call"):
        return [em]
    if em.kind == "visit":
        # "X invited both men to visit him separately": one visit per guest, each to X
        invited = em.trigger.dep_ == "xcomp" and em.trigger.head.lemma_ == "invite"
        hosts = {q for q in em.participants if not em.sides.get(q, "obj").startswith("subj")}
        guests = sorted(em.participants - hosts)
        if not invited or not hosts or len(guests) < 2 or not any(t.lower_ in _SEPARATE for t in em.trigger.subtree):
            return [em]
        return _split(em, hosts, guests)
    acting = {q for q in em.participants if em.sides.get(q, "obj").startswith("subj")}
    others = sorted(q for q in em.participants if q not in acting)
    if not acting or len(others) < 2:
        return [em]
    words = list(em.trigger.subtree)
    apart = any(t.lower_ in _SEPARATE for t in words) or (
        em.kind == "call"
        and any(
            t.lower_ in _EACH and (t.dep_ in ("dobj", "pobj") or t.head.dep_ in ("dobj", "pobj") and t.head.i > t.i)
            for t in words
        )
    )
    if (
        not apart
        and em.kind == "call"
        and em.trigger.pos_ == "VERB"
        and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "to") for c in em.trigger.children)
    ):
        # "was to telephone X and Y", "spoke by telephone with X and Y": a telephone joins two,
        # unless the call is told as a conference
        apart = not any(
            t.lower_ in ("conference", "videoconference", "teleconference", "joint", "three-way", "trilateral")
            for t in em.trigger.sent
        )
    if not apart and em.kind == "meeting" and em.trigger.pos_ == "VERB" and persons:
        # "He met Prince X in NEOM and Sheikh Y in Doha": each where he met him
        places = [
            g
            for c in em.trigger.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "FAC", "LOC")
        ]
        at: dict[int, Token] = {}
        for q in others:
            named = [m.end - 1 for m in persons[q].mentions if em.sent.start <= m.start < em.sent.end]
            after = [g for g in places if named and g.i > named[0]]
            if after:
                at[q] = after[0]
        if len(others) == len(places) == len({g.i for g in at.values()}) and len(at) == len(others):
            parts = _split(em, acting, others)
            for part, q in zip(parts, others, strict=True):
                place = _entity_span(at[q], em.trigger.doc) or at[q].text
                part.location, part.location_country = place, place_country(place, None)
            return parts
    if not apart:
        return [em]
    return _split(em, acting, others)


def _one_per_envoy(em: EventMention, persons: list[PersonDraft]) -> list[EventMention]:
    """ "X recalled Etienne and France's ambassador to Australia, Y": one state's envoys to two
    states, recalled by one act, are two withdrawals, each with whoever recalled them."""
    if em.kind != "withdrawal" or em.trigger.pos_ != "VERB":
        return [em]
    envoys = sorted(q for q in em.participants if any(_envoy_title(o.title) for o in persons[q].offices))
    if len(envoys) < 2 or len({persons[q].country for q in envoys} - {None}) > 1:
        return [em]
    # a state has one ambassador in each capital: envoys posted to one state are one recall
    posts = [next((o.receiving for o in persons[q].offices if o.receiving), None) for q in envoys]
    known = [p for p in posts if p]
    if not known or len(set(known)) < len(known):
        return [em]
    return _split(em, em.participants - set(envoys), envoys)


def _one_per_time(em: EventMention, dates: list[DateMention]) -> list[EventMention]:
    """ "had spoken twice, in February and September": one mention per date the trigger governs."""
    times = next((_TIMES[c.lower_] for c in em.trigger.children if c.lower_ in _TIMES), 0)
    if not times or em.date is None:
        return [em]
    doc, sent = em.trigger.doc, em.sent
    own = []
    for dm in dates:
        tok = doc.char_span(sent.start_char + dm.start, sent.start_char + dm.end, alignment_mode="expand")
        governed = tok is not None and dm.date is not None and em.trigger.i in {a.i for a in tok.root.ancestors}
        if governed and (dm.date, dm.precision) not in [(d.date, d.precision) for d in own]:
            own.append(dm)
    if len(own) > times:
        # "this year, in February and in September": the finer dates, in the order told
        finest = max(_PRECISION_RANK[d.precision] for d in own)
        own = [d for d in own if _PRECISION_RANK[d.precision] == finest]
    if len(own) < 2:
        return [em]
    return [replace(em, date=d.date, precision=d.precision, end_date=d.end_date) for d in own[:times]]


_SAY_VERBS = {
    "say",
    "tell",
    "announce",
    "tweet",
    "state",
    "add",
    "write",
    "report",
    "confirm",
    "note",
    "stress",
    "claim",
}


def _fold_into(a: EventMention, b: EventMention) -> None:
    """Mention b, told in a's sentence as the same event, folded into a: people, sides, the
    date and place a lacks, and b's words to highlight."""
    a.participants |= b.participants
    a.direct |= b.direct
    a.group_countries |= b.group_countries
    for q, side in b.sides.items():
        a.sides.setdefault(q, side)
    if a.date is None and b.date is not None:
        a.date, a.precision, a.end_date = b.date, b.precision, b.end_date
    a.location = a.location or b.location
    a.location_country = a.location_country or b.location_country
    a.highlights += b.highlights


def _one_deal(found: list[EventMention]) -> list[EventMention]:
    """ "X signed agreements establishing relations with Y on Tuesday": the deal and what it
    establishes are one agreement."""
    gone = []
    for a in found:
        for b in found:
            if (
                a is b
                or a in gone
                or b in gone
                or a.kind != "agreement"
                or b.kind != "agreement"
                or b.trigger.dep_ != "acl"
                or b.trigger.head.head.i != a.trigger.i
            ):
                continue
            _fold_into(a, b)
            gone.append(b)
    return [m for m in found if m not in gone]


def _one_summit(found: list[EventMention]) -> list[EventMention]:
    """ "X crossed the hall to greet Y at the Rio Group meeting, then embraced Z and W": the
    greetings of one sentence at a named or definite summit are that summit, one encounter."""
    summit = next(
        (
            m
            for m in found
            if m.kind == "meeting"
            and m.trigger.pos_ == "NOUN"
            and m.trigger.lower_ in ("summit", "meeting", "conference")
            and m.trigger.dep_ == "pobj"
            and m.trigger.head.lower_ == "at"
            and any(c.lower_ == "the" or c.pos_ == "PROPN" for c in m.trigger.children)
        ),
        None,
    )
    told = [m for m in found if m.kind == "meeting" and m.participants and m is not summit]
    if summit is None or len(told) < 2:
        return found
    first = told[0]
    for m in told[1:]:
        _fold_into(first, m)
    first.anaphoric = first.anaphoric and first.date is None
    return [m for m in found if m not in told[1:]]


def _talks_of_the_deal(found: list[EventMention]) -> None:
    """ "The accord was signed on Tuesday at the end of two days of talks": the talks ran up to
    the signing day (from the day before, for two days)."""
    for deal in found:
        if deal.kind != "agreement" or deal.date is None or deal.precision != "day":
            continue
        for m in found:
            if m.kind != "meeting" or m.date is not None or m.anchor is not None:
                continue
            if deal.trigger not in m.trigger.ancestors:
                continue
            days = next((a for a in m.trigger.ancestors if a.lower_ in ("days", "day")), None)
            n = next((_COUNTS.get(c.lower_) for c in days.children if c.dep_ == "nummod"), None) if days else None
            n = n or 1
            m.date, m.precision = deal.date - timedelta(days=n - 1), "day"
            m.end_date = deal.date if n > 1 else None
            m.dated_by_deal = True


def _and_then_with(em: EventMention, used: list[Mention], doc: Doc, on: date | None) -> list[EventMention]:
    """ "holding talks with X in Damascus and then with Y in Ankara": one more encounter per
    "and (then) with ..." phrase, with the acting side; its people leave the first."""
    if FAMILIES[em.kind] != "encounter":
        return []
    verb = em.trigger.head if em.trigger.dep_ == "dobj" else em.trigger
    out = []
    for c in verb.children:
        if not (c.dep_ == "conj" and c.lower_ == "with"):
            continue
        sub = {t.i for t in c.subtree}
        moved = {m.person for m in used if m.end - 1 in sub}
        acting = {q for q in em.participants if em.sides.get(q, "obj").startswith("subj")}
        if not moved or not acting or moved & acting:
            continue
        em.participants -= moved
        em.direct -= moved
        place, country = _location(c, sub, doc, on, em.kind)
        out.append(
            replace(
                em,
                participants=acting | moved,
                direct=acting | moved,
                sides={**{q: em.sides[q] for q in acting}, **dict.fromkeys(moved, "obj")},
                location=place,
                location_country=country,
                highlights=[(c.idx, c.idx + len(c))],
            )
        )
    return out


def _their_antecedent(trigger: Token) -> set[int]:
    """ "The two ministers laid the groundwork when they met ...": "they" stands for the subject
    of the clause the trigger's clause hangs on."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children):
        return set()
    for a in verb.ancestors:
        subj = next((c for c in a.children if c.dep_ == "nsubj" and c.lower_ != "they"), None)
        if subj is not None and any(
            t.ent_type_ == "PERSON" or t.lower_ in _PEOPLE_PLURALS or t.lower_ in lexicon().title_heads
            for t in subj.subtree
        ):
            return {t.i for t in subj.subtree}
    # "it fell to X and Y to work out a treaty, which they signed in May": the pair told before
    pairs = [
        t
        for t in trigger.sent
        if t.i < verb.i
        and t.pos_ == "PROPN"
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.children)
        and "PERSON" in {t.ent_type_, *(c.ent_type_ for c in t.children if c.dep_ == "conj")}
    ]
    return {t.i for t in pairs[-1].subtree} if pairs else set()


def _year_told(doc: Doc, sent: Span) -> int | None:
    """In an undated article, the last year the text named up to this sentence."""
    # a dated day or month ("on March 9, 2018"), not a year recalled in passing ("in early 2017")
    years = [
        d.date.year
        for d in find_dates(doc_text(doc)[: sent.end_char], None)
        if d.explicit_year and d.date and d.precision in ("day", "month")
    ]
    return years[-1] if years else None


def _share_nested(found: list[EventMention]) -> None:
    """ "are due to meet in Djibouti on Sunday for a summit hosted by X": the verb and the noun
    under its "for"/"at" phrase tell one encounter; each takes what the other has of date and place."""
    for a in found:
        for b in found:
            t = b.trigger
            prep = t.head
            if prep.lower_ == "of" and prep.head.dep_ == "pobj" and t.dep_ == "pobj":
                prep = prep.head.head  # "travel to X for the Group of 20 summit": the parser's "Group"
            if (
                a is b
                or FAMILIES[b.kind] != "encounter"
                or FAMILIES[a.kind] != "encounter"
                and not (a.kind == "agreement" and prep.lower_ == "at")  # "to sign it at the summit in July"
                or not (t.dep_ == "pobj" and prep.lower_ in ("for", "at") and prep.head.i == a.trigger.i)
            ):
                continue
            for x, y in ((a, b), (b, a)):
                if x.date is None and x.anchor is None and y.date is not None:
                    x.date, x.precision, x.end_date = y.date, y.precision, y.end_date
    for a in found:
        for b in found:
            # "talks with X in Damascus and then with Y in Ankara": one trigger, one time
            if a is not b and a.trigger.i == b.trigger.i and a.date is None and b.date is not None:
                a.date, a.precision, a.end_date = b.date, b.precision, b.end_date


def _since(tok: Token) -> Token | None:
    """The "since ..." phrase or clause a token sits in (the start of a span, not an event's day)."""
    for a in [tok, *tok.ancestors]:
        if a.lower_ == "since" and a.dep_ == "prep" and a.i < tok.i:
            return a
        if a.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since" for c in a.children):
            return a
    return None


def _planned_before(trigger: Token) -> bool:
    """ "X had originally been due to travel to Y in May": a plan told in the past perfect, its
    month read backwards."""
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d")
        for a in [trigger, *list(trigger.ancestors)[:3]]
        # the plan itself in the past ("had been due", "had been scheduled"), not "had invited X to visit"
        if a.lemma_ in ("be", "due", "expect", "schedule", "plan", "set") or a.i == trigger.i or _calls_off(a)
        for c in a.children
    )


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb at or above a token (the clause it belongs to), or None."""
    return next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)


def _it_antecedent(trigger: Token) -> set[int]:
    """ "Bahrain was the first to announce that it was severing relations", "Nauru announced that
    it was severing ties": the state "it" stands for, the subject of the clause that tells it."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in verb.children):
        return set()
    for a in verb.ancestors:
        subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it"), None)
        if subj is None:
            continue
        if subj.ent_type_ in ("GPE", "NORP") or subj.pos_ == "PROPN":
            return {t.i for t in subj.subtree}
        left = subj.left_edge.i
        if left >= 2 and trigger.doc[left - 1].text == "," and trigger.doc[left - 2].pos_ == "PROPN":
            return {left - 2}  # "Nauru, a former phosphate-mining hub, announced that it ..."
        return set()
    return set()


def _calls_off(verb: Token) -> bool:
    """Whether a verb cancels what it governs ("called off", "postponed", "scrapped")."""
    if verb.lemma_ in ("cancel", "postpone", "delay", "scrap", "defer", "shelve", "suspend"):
        return True
    return verb.lemma_ in ("call", "put") and any(c.lower_ == "off" for c in verb.children)


def _noun_phrase_owner(tok: Span, found: list[EventMention]) -> EventMention | None:
    """ "discussing the summit between X and Y in Moscow from May 29 to June 2": a date that ends
    a noun phrase naming an encounter and its people dates that encounter, however the parser
    hung it."""
    doc = tok.doc
    before = [m for m in found if m.trigger.i < tok.start and m.trigger.pos_ == "NOUN"]
    if not before:
        return None
    m = max(before, key=lambda x: x.trigger.i)
    between = doc[m.trigger.i + 1 : tok.start]
    if (
        len(between) > 12
        or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", "--", "—") for t in between)
        or not any(c.dep_ == "prep" and c.lower_ == "between" for c in m.trigger.children)
    ):
        return None
    return m


def _assign_dates(
    sent: Span,
    found: list[EventMention],
    dates: list[DateMention],
    future: dict[DateMention, DateMention] | None = None,
    ahead: set[int] | None = None,
) -> None:
    """Each date expression to the trigger that governs it, else to the nearest undated trigger;
    a trigger in ``ahead`` (planned or cancelled) takes the date read forward (``future``)."""
    doc = sent.doc
    if not found or not dates:
        return
    by_trigger: dict[int, EventMention] = {m.trigger.i: m for m in found}
    for m in found:
        head = m.trigger.head
        # "held talks with X on Monday", "made the first visit ... in 1992": the light verb's dates
        if m.trigger.dep_ == "dobj" and head.lemma_ in lexicon().light_verbs | {"make"} and not _calls_off(head):
            by_trigger.setdefault(head.i, m)
        # "X is due in Bonn in November": the copula carries the planned trip's date
        if m.trigger.dep_ == "acomp" and head.lemma_ == "be":
            by_trigger.setdefault(head.i, m)
        # "On Friday, X is to receive him in Munich": so does the copula of what is to happen
        if m.trigger.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            by_trigger[head.i] = m
        # "agreed on Thursday to restore relations": the agreeing day dates what was agreed
        if m.kind == "agreement" and m.trigger.dep_ == "xcomp" and head.lemma_ in _AGREE_VERBS:
            by_trigger.setdefault(head.i, m)
    loose: list[tuple[DateMention, Token]] = []
    anchored: dict[int, DateMention] = {}

    def give(owner: EventMention, dm: DateMention, governed: bool = False) -> None:
        if owner.date is not None:
            return
        if owner.anchor is not None and not (governed and dm.anchor_offset is None and dm.date is not None):
            return  # a day the trigger governs ("four days after X cut ties ... on Monday") wins over the anchor
        if ahead and owner.trigger.i in ahead and future and dm in future:
            dm = future[dm]
        if dm.anchor_offset is not None:
            owner.anchor = dm
            if dm.anchor_clause:
                anchored[owner.trigger.i] = dm
        elif dm.date is not None:
            owner.date, owner.precision, owner.end_date = dm.date, dm.precision, dm.end_date
        else:
            owner.untold_day = True  # "on Monday evening" in a story with no date: a day, not known
            owner.untold = owner.untold or dm.text.lower()

    for dm in dates:
        tok = doc.char_span(sent.start_char + dm.start, sent.start_char + dm.end, alignment_mode="expand")
        if tok is None:
            continue
        if len(tok) > 1 and tok[-1].is_punct:
            tok = tok[:-1]  # "in July." at the end of the sentence: the month, not the full stop
        span = _since(tok.root)
        if span is not None and not any(m.trigger in span.subtree for m in found):
            continue  # "held talks, his first since he took office on Saturday": the start of a span
        if tok.root.head.lower_ in ("until", "till") or tok[0].i > 0 and doc[tok[0].i - 1].lower_ in ("until", "till"):
            continue  # "given until Friday to leave": a deadline, not the day of the step
        owner = None
        if dm.anchor_offset is not None and dm.anchor_clause:
            after = [m for m in found if m.trigger.idx >= tok.end_char]
            owner = after[0] if after else None
        elif dm.anchor_offset and dm.precision == "year":
            # "met in July 2013, and two years later X became the first to visit": what follows
            owner = next((m for m in found if m.trigger.idx >= tok.end_char and m.date is None), None)
        if owner is None:
            owner = _noun_phrase_owner(tok, found)
        foreign = False
        if owner is None:
            cur = tok.root
            for _ in range(8):
                if cur.i in by_trigger:
                    owner = by_trigger[cur.i]
                    break
                if cur.head is cur:
                    break
                if cur.i != tok.root.i and (
                    cur.tag_ == "VBG"
                    and cur.dep_ in ("advcl", "conj")
                    and not any(c.dep_ == "mark" for c in cur.children)
                    # "an agreement creating a youth office, modelled on the one set up in 1963"
                    or cur.dep_ in ("acl", "advcl")
                    and cur.tag_ == "VBN"
                    and cur.lemma_ in ("model", "base", "pattern")
                ):
                    # "switched recognition to China, ... deepening its isolation ahead of
                    # elections in January": a consequence, in its own time
                    foreign = True
                    break
                if (
                    cur.dep_ == "relcl"
                    and cur.head.i not in by_trigger
                    and (
                        any(c.lower_ == "where" for c in cur.children)
                        # "signed a pact under which they promised to open the border this year"
                        or any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in cur.children)
                        # "The general, who seized power in October 1999, arrived on Saturday": his past
                        or (
                            any(c.lower_ in ("who", "whom") for c in cur.children)
                            # "Anwar, whose country chairs the bloc this year, brought together X and Y"
                            or any(g.lower_ == "whose" for c in cur.children for g in c.children)
                        )
                        and not any(m.trigger in cur.subtree for m in found)
                    )
                ):
                    # "Xi spoke from Beijing, where it was already Tuesday": the clause dates
                    # something else
                    foreign = True
                    break
                cur = cur.head
        if foreign:
            continue
        if owner is None:
            verb = next((a for a in [tok.root, *tok.root.ancestors] if a.pos_ == "VERB"), None)
            if (
                verb is not None
                and verb.dep_ in ("advcl", "acl")
                and verb.tag_ == "VBG"
                and verb.head.lemma_ in _SAY_VERBS
            ):
                verb = verb.head  # "X, standing beside Y on Thursday, announced that ...": the telling's day
            if verb is not None and verb.lemma_ in _SAY_VERBS:
                # "X said on Monday that ..." dates the saying; "X announced Monday ... and then met Y"
                # dates the meeting coordinated with it too; "X said Friday it had recalled its
                # ambassador" dates the announced step
                said = [
                    m
                    for m in found
                    if m.trigger.dep_ == "conj"
                    and m.trigger.head.i == verb.i
                    or FAMILIES[m.kind] not in ("encounter", "call")
                    and m.trigger.dep_ == "ccomp"
                    and m.trigger.head.i == verb.i
                    # "X and Y have signed an accord, officials said on Wednesday": told later when
                    and not (m.kind == "agreement" and any(c.lower_ in ("have", "has") for c in m.trigger.children))
                ]
                # "The deal was announced on Aug. 13 after a phone call between X and Y": that day's call
                said = said or [
                    m
                    for m in found
                    if m.trigger.dep_ == "pobj"
                    and m.trigger.head.lower_ in ("after", "following")
                    and m.trigger.head.head.i == verb.i
                    and FAMILIES[m.kind] in ("encounter", "call")
                ]
                if said:
                    give(said[0], dm)
                continue
            loose.append((dm, tok))
            continue
        give(owner, dm, governed=dm.anchor_offset is None)
    for m in found:
        # "in February 1999, when X rode a bus to Lahore and signed a declaration": the time told
        if m.date is not None or m.anchor is not None:
            continue
        clause = next(
            (
                a
                for a in [m.trigger, *m.trigger.ancestors]
                if a.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in a.children)
            ),
            None,
        )
        if clause is None:
            continue
        target = clause.head  # the date itself, or the verb the date is told with
        for dm in dates:
            span = doc.char_span(sent.start_char + dm.start, sent.start_char + dm.end, alignment_mode="expand")
            if span is None or dm.date is None:
                continue
            told_with = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
            if span.start <= target.i < span.end or told_with.i == target.i and target.pos_ == "VERB":
                m.date, m.precision, m.end_date = dm.date, dm.precision, dm.end_date
                break
    for m in found:
        # "agreed on Monday to resume flights and lift visa rules": one day for both
        head = by_trigger.get(m.trigger.head.i)
        if m.date is None and m.trigger.dep_ in ("conj", "xcomp") and head is not None and head.kind == m.kind:
            m.date, m.precision, m.end_date = head.date, head.precision, head.end_date
    for m in found:
        # "a day after Thailand recalled its ambassador and expelled Cambodia's envoy": both
        if (
            m.date is None
            and m.anchor is None
            and m.trigger.dep_ == "conj"
            and m.trigger.head.i in anchored
            and not any(c.dep_.startswith("nsubj") for c in m.trigger.children)
        ):
            m.anchor = anchored[m.trigger.i] = anchored[m.trigger.head.i]
    for dm, tok in loose:
        # an expression no trigger governs goes to the nearest trigger still undated
        clause = _clause_verb(tok.root)
        # "Y, who won the presidency last year, ... after the two held talks": the relative clause's time
        about_someone = (
            clause is not None
            and clause.dep_ == "relcl"
            and (clause.head.ent_type_ == "PERSON" or clause.head.lower_ in lexicon().title_heads)
            and not any(m.trigger in clause.subtree for m in found)
        )
        free = [
            m
            for m in found
            if m.date is None
            and m.anchor is None
            and (clause is None or _clause_verb(m.trigger) in (clause, None) or len(found) == 1 and not about_someone)
            # "X on Wednesday called off a summit planned for next month": the calling off's day
            and not (m.trigger.dep_ in ("dobj", "nsubjpass") and _calls_off(m.trigger.head))
        ]
        if not free and clause is not None:
            # "X admitted on Tuesday that ... and apologised to Y at a summit": the clause the date
            # belongs to governs the one that tells the encounter
            free = [
                m
                for m in found
                if m.date is None
                and m.anchor is None
                and clause in m.trigger.ancestors
                and m.trigger.i not in (ahead or ())
            ]
        if free:
            give(min(free, key=lambda m: abs(m.trigger.i - tok.root.i)), dm)
        elif dm.anchor_offset is None and dm.date is not None and dm.precision == "day":
            # "flew out on Sunday, two days after X broke off relations": the day the anchor counts from
            for i, anchor in anchored.items():
                m = by_trigger[i]
                if m.date is None:
                    m.date, m.precision = dm.date + timedelta(days=anchor.anchor_offset), "day"
    for i, anchor in anchored.items():
        # "Ecuador broke off relations on Monday, a day after recalling its ambassador": the day of
        # the act the clause hangs on
        m = by_trigger[i]
        host = next(
            (
                o
                for o in found
                if o is not m
                and o.date is not None
                and o.precision == "day"
                and o.anchor is None
                and o.trigger.is_ancestor(m.trigger)
            ),
            None,
        )
        if m.date is None and host is not None:
            m.date, m.precision = host.date + timedelta(days=anchor.anchor_offset), "day"
            m.anchor = None
    for m in found:
        # "flying first to Kiev for talks with X and then to Moscow to see Y": one trip, one time
        head = by_trigger.get(m.trigger.head.i)
        if (
            m.date is None
            and m.anchor is None
            and head is not None
            and head.date is not None
            and m.trigger.dep_ == "advcl"
            and FAMILIES[m.kind] == FAMILIES[head.kind] == "encounter"
        ):
            m.date, m.precision, m.end_date = head.date, head.precision, head.end_date


def find_event_mentions(
    doc: Doc, persons: list[PersonDraft], mentions: list[Mention], published: date | None
) -> list[EventMention]:
    """Event mentions sentence by sentence, with direct participants, date, place and status."""
    doc.user_data["undated"] = published is None
    text = doc_text(doc)
    quotes = _quote_spans(text)
    excluded = exclusion_spans(text)
    captions = [m.span() for pattern in lexicon().captions for m in pattern.finditer(text)]
    posed = lexicon().triggers["meeting"].get("company_verbs", frozenset())
    line = dateline(text, published)
    lead_date = _lead_date(doc, published, line)
    out: list[EventMention] = []
    named = {i for m in mentions for i in range(m.start, m.end)}
    by_title = [
        Mention(q, j, j + 1, doc[j].idx, doc[j].idx + len(doc[j]), doc[j].text)
        for sent in doc.sents
        for q, j in _titled_references(set(range(sent.start, sent.end)), doc, persons, published, quotes).items()
        if j not in named
    ]
    for sent in doc.sents:
        found: list[EventMention] = []
        triggers = {}
        retold: list[tuple[int, int]] = []
        for tok in sent:
            if _inside(tok.idx, quotes) or _inside(tok.idx, excluded):
                continue
            if tok.lemma_ in posed and _inside(tok.idx, captions):
                continue  # "X, left, shakes hands with Y (AP Photo/Z)": a pose, not a meeting
            kind = _kind_of(tok)
            if (
                kind
                and (
                    tok.dep_ == "appos"
                    # "held talks ..., in X's first meeting with a foreign leader since ...": retold
                    or any(c.dep_ == "amod" and c.lower_ in ("first", "second", "third", "last") for c in tok.children)
                )
                and tok.pos_ == "NOUN"
                and any(j < tok.i and FAMILIES[k] == FAMILIES[kind] for j, k in triggers.items())
            ):
                # "X made a trip to Y and met Z, his first trip abroad since 2011": the same trip
                # retold, and its dates are not the trip's
                retold.append((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)))
                continue
            if kind == "agreement" and _under_the_deal(sent):
                continue  # "Under the deal, X agreed to ...": the deal's terms, not another deal
            if kind:
                triggers[tok.i] = kind
        sent_mentions = [m for m in mentions if sent.start <= m.start < sent.end and not _inside(m.char_start, quotes)]
        for i, kind in triggers.items():
            tok = doc[i]
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in _SPANS_OF_TIME:
                continue  # "ending nine years of negotiations": a process, not an encounter
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in _VENUES:
                continue  # "on the sidelines of the G20 meeting": where, not what
            scope, subj_toks = _scope(tok)
            for j in triggers:
                # another trigger below this one has its own arguments ("arrived after X's visit")
                if j != i and any(a.i == tok.i for a in doc[j].ancestors):
                    scope -= {t.i for t in doc[j].subtree}
                    light = doc[j].head
                    if doc[j].dep_ == "dobj" and light.dep_ == "conj" and light.lemma_ in lexicon().light_verbs:
                        # "welcomed X and held separate talks with Y and with Z": the talks' own people
                        scope -= {t.i for t in light.subtree}
            for j in sorted(scope):
                clause = doc[j]
                if clause.dep_ == "relcl" and j != tok.i and any(c.lower_ == "when" for c in clause.children):
                    # "spoke twice, in February and in September, when X proposed ...": X's own clause
                    scope -= {t.i for t in clause.subtree}
                if (
                    clause.dep_ == "relcl"
                    and j != tok.i
                    and clause.head.i != tok.i
                    and clause.head.ent_type_ != "PERSON"
                    and any(c.lower_ == "where" for c in clause.children)
                ):
                    # "talks at the estate where the hero X died in 1830": the place's own story
                    scope -= {t.i for t in clause.subtree}
            people, used = _participants(tok, scope, sent_mentions, persons, set(triggers))
            told: list[EventMention] = []
            earlier = [m for m in mentions if m.end <= sent.start and not _inside(m.char_start, quotes)]
            # "The secretary of state came from Jakarta, where she held talks": she is the one
            # titled so
            here = [m for m in by_title if sent.start <= m.start < sent.end]
            pronouns = _resolve_pronouns(
                tok,
                scope,
                sorted(sent_mentions + here, key=lambda m: m.start),
                doc,
                sorted(earlier + [m for m in by_title if m.end <= sent.start], key=lambda m: m.start),
            )
            people |= set(pronouns)
            if any(doc[j].lower_ == "them" and doc[j].dep_ == "dobj" for j in scope):
                # "met X and Y separately before bringing them together for talks": all named before
                them = min(j for j in scope if doc[j].lower_ == "them")
                people |= {m.person for m in sent_mentions if m.end <= them and not persons[m.person].private}
            titled = _titled_references(scope, doc, persons, published, quotes)
            people |= set(titled)
            both: set[int] = set()
            if people and any(
                doc[j].lower_ in ("men", "women", "leaders", "ministers", "presidents", "premiers")
                # "then received the two ministers and their delegations in a private audience"
                and any(c.lower_ == "both" or c.lower_ in _COUNTS and c.pos_ == "NUM" for c in doc[j].children)
                and doc[j].dep_ in ("dobj", "pobj")
                for j in scope
            ):
                # "X invited both men to visit him": the pair told before, and X
                before = earlier + [m for m in sent_mentions if m.end <= tok.i]
                both = _the_two(scope, doc, out + found, before, persons, told=told) - people
                people |= both
            if (
                people
                and kind in ("meeting", "call")
                and any(doc[j].lower_ in _COUNTS and doc[j].pos_ == "NUM" for j in subj_toks)
                # "The two leaders, each accompanied by his foreign minister, X and Y, met": the
                # names told aside are the ministers, not the leaders
                and not any(
                    m.end - 1 in subj_toks
                    and not any(
                        a.dep_ in ("acl", "relcl", "appos", "prep")
                        for a in doc[m.end - 1].ancestors
                        if a.i in subj_toks
                    )
                    for m in used
                )
            ):
                # "The two leaders endorsed the plan at a meeting with X": the pair, and X
                before = earlier + [m for m in sent_mentions if m.end <= tok.i]
                people |= _the_two(subj_toks, doc, out + found, before, persons, told=told)
            elif (
                not people and FAMILIES[kind] in ("encounter", "call") and not (kind == "visit" and tok.dep_ == "dobj")
            ):
                # ("the two leaders agreed to postpone the visit": a visit is the visitor's)
                # "the two leaders", "The leaders had spoken"; "X is to meet Y, in what would be a
                # summit of the two states": this sentence's event is the latest
                before = earlier + [m for m in sent_mentions if m.end <= tok.i]
                they = _their_antecedent(tok)
                named = {m.person for m in sent_mentions if m.end - 1 in they and not persons[m.person].private}
                pair = next((e for e in reversed(out + found) if len(e.participants) >= 2), None)
                governing = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
                subjects = {
                    m.person
                    for m in sent_mentions
                    if governing is not None and _own_subject(doc[m.end - 1], governing) and m.end <= tok.i
                }
                if any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) and len(subjects) >= 2:
                    # "X and Y came close to a deal at their summit": theirs, the clause's subjects
                    people |= subjects
                    used = used + [m for m in sent_mentions if m.person in subjects]
                elif any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) and pair is not None:
                    # "At their talks at the prime minister's office, ...": the pair told just before
                    people |= set(pair.participants)
                    told.append(pair)
                elif len(named) >= 2:
                    # "X and his counterpart Y laid the groundwork when they met last week"
                    people |= named
                    used = used + [m for m in sent_mentions if m.person in named]
                else:
                    people |= _the_two(scope | they, doc, out + found, before, persons, told=told)
            elif (
                not people
                and kind == "agreement"
                and tok.lemma_ in ("sign", "adopt", "issue", "initial")
                and any(doc[j].lower_ in _PEOPLE_PLURALS for j in scope)
            ):
                # "The two ministers met, then after signing a pact ...": the talks' people
                # (told in the same sentence), not "the two countries signed"
                people |= _the_two(scope, doc, out + found, persons=persons, titled_only=True)
            elif not people and kind == "agreement":
                # "it fell to X and Y to work out a traffic treaty, which they signed in May"
                they = _their_antecedent(tok)
                named = {m.person for m in sent_mentions if m.end - 1 in they and not persons[m.person].private}
                if len(named) >= 2:
                    people |= named
                    used = used + [m for m in sent_mentions if m.person in named]
            relations = kind == "withdrawal" and (
                bool({t.lower_ for t in tok.subtree} & lexicon().triggers["withdrawal"]["relation_nouns"])
                or tok.lemma_ in ("close", "closure")  # who closes an embassy acts for the state
                or tok.lemma_ == "order"  # "ordered his embassy in Bogota closed"
            )
            if kind in ("appointment", "withdrawal") and tok.lemma_ != "credential":
                # the envoy is the participant, not whoever announced or welcomed the move; who cut
                # relations ("President X broke off relations with Y") takes part when no envoy does
                acting = {m.person for m in used if m.end - 1 in subj_toks} if relations else set()
                if relations and not acting and tok.dep_ == "ccomp" and tok.head.lemma_ in _SAY_VERBS:
                    # "President X announced that Mexico was suspending relations"
                    said = [
                        m
                        for m in sent_mentions
                        if doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.i == tok.head.i
                    ]
                    used = used + said
                    acting = {m.person for m in said}
                envoys = {q for q in people if any(_envoy_title(o.title) for o in persons[q].offices)}
                if relations and acting:
                    # "X broke off relations after Ambassador Y presented photographs": Y gave the cause
                    core = _core_scope(tok)
                    envoys = {m.person for m in used if m.person in envoys and m.end - 1 in core}
                if not relations and kind == "withdrawal":
                    # "Foreign Minister X recalled the ambassador", "President X expelled Ambassador
                    # Y": who recalled or expelled the envoy takes part
                    acting = {
                        m.person
                        for m in used
                        if persons[m.person].offices
                        and m.person not in envoys
                        and tok.lemma_ in ("recall", "expel", "withdraw", "pull", "order")
                        and _own_subject(doc[m.end - 1], tok)
                    }
                    envoys |= acting
                envoys = envoys or acting
                used = [m for m in used if m.person in envoys]
                people = envoys
            em = EventMention(kind=kind, trigger=tok, sent=sent, participants=people, direct=set(people))
            em.antecedent = told[-1] if told else None
            # a person named on the acting side stays there even if named again later
            em.sides = {m.person: "obj" for m in used}
            em.sides.update({q: "subj" if j in subj_toks else "obj" for q, j in titled.items()})
            em.sides.update({m.person: "subj" for m in used if m.end - 1 in subj_toks})
            if (
                tok.pos_ == "VERB"
                and kind in ("meeting", "call", "agreement")
                and not any(
                    c.dep_ == "prep"
                    and c.lower_ in ("with", "to")
                    or c.dep_ == "dobj"
                    and (c.ent_type_ == "PERSON" or c.lower_ in lexicon().group_words)
                    for c in tok.children
                )
            ):
                # "X and Y met", "X and Y signed": each coordinated subject is its own side
                # (not "a delegation headed by X and Y visited ...")
                for m in used:
                    root = doc[m.end - 1]
                    top = root
                    while top.dep_ == "conj":
                        top = top.head
                    direct = top.dep_ == "nsubj" and top.head.i == tok.i
                    coordinated = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
                    if em.sides.get(m.person) == "subj" and direct and coordinated:
                        em.sides[m.person] = f"subj{root.i}"
            # "invited both men to visit": the guests travel; "telephoned both prime ministers": called
            em.sides.update(dict.fromkeys(both, "subj" if kind == "visit" else "obj"))
            for q, j in [*pronouns.items(), *titled.items()]:
                if q in people and q not in em.sides:
                    em.sides[q] = "subj" if j in subj_toks else "obj"
            em.groups = _groups(scope, doc, published)
            if any(doc[j].lower_ in ("they", "them", "their") for j in scope):
                # "where they met with X": they = the sentence's one-country group ("the Turkish delegation")
                whole = _groups(set(range(sent.start, sent.end)), doc, published)
                em.groups += [g for g in whole if len(g) == 1 and g not in em.groups][:1]
            em.group_countries = set().union(*em.groups) if em.groups else set()
            em.location, em.location_country = _location(tok, scope, doc, published, kind)
            leg = [
                g
                for c in tok.head.children
                if tok.dep_ == "advcl" and c.dep_ == "conj" and c.lower_ == "to" and c.i < tok.i
                for g in c.children
                if g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN" and place_country(g.text, published)
            ]
            if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ in _MOTION:
                # "flying to Kiev for talks with X": the talks are where the flight went
                leg = [
                    g
                    for c in tok.head.head.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN" and place_country(g.text, published)
                ]
            if leg:
                # "flying first to Kiev for talks with X and then to Moscow to see Y": Y in Moscow
                place = _entity_span(leg[-1], doc) or leg[-1].text  # "Saudi Arabia", not "Arabia"
                em.location, em.location_country = place, place_country(place, published)
            em.definite = any(c.lower_ == "the" for c in tok.children) and not people and tok.pos_ == "NOUN"
            em.highlights = [(tok.idx, tok.idx + len(tok))] + [(m.char_start, m.char_end) for m in used]
            if kind in ("agreement", "appointment", "withdrawal") and not people:
                core = _core_scope(tok)
                if tok.lemma_ == "switch":
                    # "Taiwan lost an ally when X switched recognition to China": the sentence's states
                    # but the one X turns to
                    core = {t.i for t in sent} - {
                        t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree
                    }
                it = _it_antecedent(tok)
                core |= it
                em.group_countries |= {
                    c for j in it if doc[j].pos_ == "PROPN" for c in [place_country(doc[j].text, published)] if c
                }
                em.group_countries |= _sentence_countries(sent, core, published, line.end if line else 0)
                em.group_countries |= _speaker_country(tok, published)
                if len(em.group_countries) < 2 and (_names_the_pair(core, doc) or tok.lemma_ == "exchange"):
                    # "the two countries expelled each other's ambassadors", "they would exchange
                    # ambassadors": the article's two states
                    top = [c for c, _ in article_countries(doc, published).most_common(2)]
                    em.group_countries |= set(top) if len(top) == 2 else set()
            elif kind in ("appointment", "withdrawal") and subj_toks:
                # "Poland expelled Russia's ambassador": the state that acts is a party too
                em.group_countries |= {
                    c
                    for c in _sentence_countries(sent, subj_toks, published, line.end if line else 0)
                    # "Poland expelled ...", "Peruvian Foreign Minister X told ... that Ambassador Y must leave"
                    if any(doc[j].ent_type_ in ("GPE", "NORP") for j in subj_toks)
                }
                if kind == "withdrawal" and tok.lemma_ in ("recall", "withdraw", "pull"):
                    # "X recalled ... and pulled Israel's envoy out of Madrid": the state left
                    left = {
                        t.i
                        for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")]
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ in ("from", "out", "in")
                        for t in c.subtree
                    }
                    em.group_countries |= _sentence_countries(sent, left, published, line.end if line else 0)
                if kind == "appointment":
                    # "would send X to Caracas as its ambassador": the receiving state
                    dest = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree}
                    em.group_countries |= _sentence_countries(sent, dest, published, line.end if line else 0)
                if relations:
                    # "X said Taipei was severing ties with Kiribati": the state it breaks with
                    partner = {
                        t.i
                        for c in tok.subtree
                        if c.dep_ == "prep" and c.lower_ == "with" and (c.head.i == tok.i or c.head.head.i == tok.i)
                        for t in c.subtree
                    }
                    em.group_countries |= _sentence_countries(sent, partner, published, line.end if line else 0)
            found.append(em)
            found.extend(_and_then_with(em, sent_mentions, doc, published))
        # "X is due in Bonn in November to sign a treaty with Y": the signing is the trip's purpose
        trips = {m.trigger.head.i for m in found if m.kind == "visit" and _status(m.trigger, None, None) != "occurred"}
        found = [
            m
            for m in found
            if not (
                m.kind == "agreement"
                and m.trigger.dep_ in ("advcl", "xcomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in m.trigger.children)
                and m.trigger.head.i in trips
            )
        ]
        if not found:
            continue
        # "met on Sunday to prepare the summit": each mention reads its dates by its own tense
        ahead = {
            m.trigger.i
            for m in found
            if _status(m.trigger, None, None) != "occurred" and not _planned_before(m.trigger)
        }
        year = _year_told(doc, sent) if published is None else None
        dates, later = (
            [
                d
                for d in find_dates(sent.text, published, future, year)
                if not _inside(sent.start_char + d.start, quotes)
                and not _inside(sent.start_char + d.start, retold)
                and not (line and sent.start_char + d.start < line.end)
            ]
            for future in (False, True)
        )
        _assign_dates(
            sent, found, dates, dict(zip(dates, later, strict=False)) if len(dates) == len(later) else {}, ahead
        )
        _share_nested(found)
        _talks_of_the_deal(found)
        found = _one_summit(found)
        found = _one_deal(found)
        for m in found:
            if m.anchor is None and m.date is None:
                # "a day after X held talks with Y and then drove to Z for a meeting with W": the
                # coordinated clause shares the anchor
                m.anchor = next(
                    (
                        o.anchor
                        for o in found
                        if o.anchor is not None
                        and o is not m
                        and (o.trigger if o.trigger.pos_ == "VERB" else o.trigger.head) in m.trigger.ancestors
                        and any(a.dep_ == "conj" for a in m.trigger.ancestors if a.i > o.trigger.i)
                    ),
                    None,
                )
        if any(m.definite for m in found):
            for m in found:
                # "The summit came a day after X held talks with Y": the talks are dated by the anchor
                if (
                    not m.date
                    and (m.anchor is None or m.definite)
                    # "expect to meet again at the summit": a new encounter
                    and not any(c.dep_ == "advmod" and c.lower_ == "again" for c in m.trigger.children)
                ):
                    m.anaphoric = True
        for m in found:
            if (
                m.trigger.pos_ == "VERB"
                and FAMILIES[m.kind] == "encounter"
                and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in m.trigger.children)
            ):
                m.anaphoric = True  # "It was hosted by X": the meeting just told, and its hosts
        for m in found:
            # "In meetings held at both ministries, ...": an undated mention naming no one
            # elaborates on an encounter already told
            if (
                not m.date
                and not m.participants
                and not m.groups
                and FAMILIES[m.kind] == "encounter"
                # "forcing the cancellation of a summit that X was to host": a new one
                and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in m.trigger.children)
            ):
                m.anaphoric = True
        for em in found:
            if _time_reference(em):
                _dated_by_reference(em, found, out)
        for em in found:
            if (
                em.trigger.lower_ in ("meetings", "visits", "calls", "trips")
                and em.date is None
                and em.anchor is None
                and not any(c.dep_ == "nummod" for c in em.trigger.children)
                # someone's meetings told about, not "held meetings with X"
                and any(c.dep_ == "poss" for c in em.trigger.children)
                and em.trigger.dep_ != "dobj"
            ):
                # "reports on the crown prince's meetings with Iranian officials", "posting pictures
                # from his meetings with X": told about again, no new event and no new people
                em.participants, em.direct, em.groups, em.group_countries = set(), set(), [], set()
                em.anaphoric = True
        found = [
            em for em in found if not _speculative(em.trigger) and not _negated(em.trigger) and not _time_reference(em)
        ]
        found = [
            one
            for em in found
            for envoy in _one_per_envoy(em, persons)
            for part in _one_per_counterpart(envoy, persons)
            for one in _one_per_time(part, dates)
        ]
        found = [one for em in found for one in _one_per_state(em, published)]
        found = [one for em in found for one in _one_per_host(em, published)]
        for em in found:
            em.status = _status(em.trigger, published, em.date)
            sequenced = (
                _after_the_occasion(sent)
                or sent[0].lower_ in _SEQUENCE
                or any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE for c in em.trigger.children)
                # "held separate talks in the afternoon with X": the day just told
                or any(
                    c.dep_ == "prep"
                    and c.lower_ in ("in", "during")
                    and any(
                        g.dep_ == "pobj"
                        and g.lower_ in ("morning", "afternoon", "evening")
                        and any(d.lower_ == "the" for d in g.children)
                        for g in c.children
                    )
                    for c in [*em.trigger.children, *em.trigger.head.children]
                )
                # "X gave Y 72 hours to leave. X also said he was recalling his own ambassador"
                or em.kind in ("withdrawal", "appointment")
                and em.trigger.dep_ == "ccomp"
                and em.trigger.head.lemma_ in _SAY_VERBS
                and any(c.dep_ == "advmod" and c.lower_ == "also" for c in em.trigger.head.children)
            )
            told = em.antecedent
            if (
                em.date is None
                and em.anchor is None
                and em.status == "occurred"
                and told is not None
                and told.status == "occurred"
                and told.precision == "day"
            ):
                # "X and Y agreed on Tuesday to ... The two leaders held three hours of talks": the
                # pair's occasion, on its day
                em.date, em.precision = told.date, told.precision
            if em.date is None and em.anchor is None and em.status == "occurred" and sequenced:
                # "Earlier, X met Y", "... and later met Y": the same day and place as the lead
                # (what has happened, not the arrangement to come told just before)
                prev = next(
                    (m for m in reversed(out) if m.date and m.precision == "day" and m.status == "occurred"), None
                )
                if prev:
                    em.date, em.precision = prev.date, prev.precision
                elif lead_date is not None:
                    em.date, em.precision = lead_date, "day"
                prev = next(
                    (
                        m
                        for m in reversed(out)
                        if m.location and FAMILIES[m.kind] == "encounter" and m.status == "occurred"
                    ),
                    None,
                )
                if prev and not em.location:
                    em.location, em.location_country = prev.location, prev.location_country
        for em in found:
            t = em.trigger
            if em.date is None and t.dep_ == "pobj" and t.head.lower_ in ("at", "during") and t.head.i < t.head.head.i:
                # "At their first summit, in Quebec City in March 1985, X and Y named envoys": the
                # setting shares the clause's time and place
                clause = next((o for o in found if o.trigger.i == t.head.head.i and o.date is not None), None)
                if clause is not None:
                    em.date, em.precision, em.anchor = clause.date, clause.precision, clause.anchor
                    if em.location is None:
                        em.location, em.location_country = clause.location, clause.location_country
        for c in found:
            if c.status != "cancelled" or not c.definite:
                continue
            for m in found:
                # "X had been due to travel to Y in May, but the trip was put off": that trip
                if m.status == "planned" and m.trigger.i < c.trigger.i and FAMILIES[m.kind] == FAMILIES[c.kind]:
                    m.status = "cancelled"
        out.extend(found)
    _year_modifiers(out, published)
    _there_and_then(out)
    _where_they_were(out, published)
    _where_then(out)
    _resolve_anchors(out)
    _elaborated_lead(out, doc, line, lead_day=(lead_date, mentions))
    _represented_by(out, doc, mentions)
    _ruptures_with_one_target(out, doc, published)
    _rupture_announced_by(out, doc, mentions, persons, published)
    _unnamed_counterparts(out, persons, published)
    _signed_alongside(out, mentions, persons)
    out = _agreed_while_meeting(out)
    _whom_named(out, doc, mentions, persons, published)
    _hosts_and_witnesses(out, doc, mentions, persons)
    _delegation_told_after(out, doc, mentions, persons)
    _ties_announced_by(out, mentions)
    _the_deal_told_before(out)
    _agreements_of_talks(out, persons)
    _elaborated_lead(out, doc, line, neighbours=True)
    if published is not None:
        for em in out:
            # "On Friday he became the first to meet ..., holding talks with X": the one day its
            # sentence names, before it can be taken for another encounter with X
            if (
                em.date is None
                and em.anchor is None
                and em.participants
                and em.status == "occurred"
                and not _perfect(em)
            ):
                own = _own_dates(em, published, line.end if line else 0)
                if len({(x.date, x.precision) for x in own}) == 1:
                    em.date, em.precision = own[0].date, own[0].precision
    if line and line.place_country:
        lead_end = text.find("\n", line.end) if "\n" in text[line.end :] else len(text)
        for em in out:
            # "ANKARA (AP) — X met Y on Monday": the lead's meeting is where the story was filed,
            # when that is one of the parties' countries
            if em.location or FAMILIES[em.kind] != "encounter" or em.trigger.idx > lead_end:
                continue
            if line.place_country in {persons[q].country for q in em.participants} | em.group_countries:
                em.location, em.location_country = line.place, line.place_country
    return out


_DECISION_NOUNS = {"decision", "rupture", "break", "move", "severance", "measure", "step"}


def _rupture_announced_by(
    found: list[EventMention], doc: Doc, mentions: list[Mention], persons: list[PersonDraft], published: date | None
) -> None:
    """A state's break with another told without a name takes the official who announced it:
    "Algeria's decision to break off relations, announced by Foreign Minister X", or the next
    sentence's "President X announced the decision in a televised address"."""
    relation_nouns = lexicon().triggers["withdrawal"]["relation_nouns"]
    for em in found:
        if em.kind != "withdrawal" or em.participants or em.status != "occurred":
            continue
        if not {t.lower_ for t in em.trigger.subtree} & relation_nouns and em.trigger.lemma_ not in (
            "close",
            "closure",
        ):
            continue  # an envoy's recall is the envoy's
        sents = [em.sent, *(s for s in doc.sents if s.start == em.sent.end)]
        for sent in sents:
            announcer = None
            for m in mentions:
                if not sent.start <= m.start < sent.end or not persons[m.person].offices:
                    continue
                root = doc[m.end - 1]
                while root.dep_ in ("appos", "compound") and root.head.i != root.i:
                    root = root.head
                verb = root.head
                if root.dep_ == "pobj" and verb.dep_ == "agent":
                    verb = verb.head  # "announced by Foreign Minister X"
                elif root.dep_ != "nsubj":
                    continue
                # '"Algeria has decided to break off relations," Foreign Minister X told a news
                # conference': the speaker who tells the same break in his own words
                quoted = (
                    sent is not em.sent
                    and verb.lemma_ in ("say", "tell")
                    and (
                        any(t.lower_ in relation_nouns and t.head.lemma_ == em.trigger.lemma_ for t in sent)
                        # "Information Minister X told state television that Somalia was recalling
                        # all of its diplomats": he tells the break's first step
                        or any(
                            t.lemma_ in ("recall", "withdraw") and _kind_of(t) == "withdrawal"
                            for c in verb.children
                            if c.dep_ == "ccomp"
                            for t in c.subtree
                        )
                    )
                )
                if verb.lemma_ not in ("announce", "declare", "order") and not quoted:
                    continue
                if sent is em.sent:
                    # "the decision to break off relations, announced by X"
                    about = {t.lower_ for t in verb.head.subtree} & (_DECISION_NOUNS | relation_nouns)
                else:
                    # "X announced the decision": not "X announced that Panama was suspending relations"
                    about = {c.lower_ for c in verb.children if c.dep_ == "dobj"} & _DECISION_NOUNS
                if verb.i in {t.i for t in em.trigger.subtree} or about or quoted:
                    announcer = m.person
                    break
            said = persons[announcer].country if announcer is not None else None
            if said and em.group_countries and said not in em.group_countries:
                # "Bahrain and Sudan cut ties with Iran ... Saudi Foreign Minister X announced the
                # rupture": X speaks for his own state's break, not for theirs
                announcer = None
            if announcer is not None:
                em.participants, em.direct = {announcer}, {announcer}
                em.sides = {announcer: "subj"}
                if em.date is None and em.anchor is None and sent is em.sent and verb.head.i != verb.i:
                    # "the decision to break off relations, announced by X on August 24, 2021"
                    told = [d for d in find_dates(doc[verb.i : verb.right_edge.i + 1].text, published) if d.date]
                    if told:
                        em.date, em.precision = told[0].date, told[0].precision
                break


_OFFICE_FAMILIES = (
    ("foreign minister", "secretary of state", "foreign secretary", "foreign affairs", "minister of foreign"),
    ("defence minister", "defense minister", "defence secretary", "defense secretary", "minister of defen"),
    ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"),
)


def _office_family(title: str) -> int | str:
    """The kind of office a title is, for matching counterparts: one family for foreign
    ministers and secretaries of state, one for heads of state and government, else the title."""
    title = fold(title)
    if title.startswith(("vice ", "deputy ", "former ", "assistant ", "under ")):
        return title
    for n, family in enumerate(_OFFICE_FAMILIES):
        if any(name in title for name in family):
            return n
    return title


def _take_part(em: EventMention, people: set[int], side: str) -> None:
    """Adds people to a mention, on the acting side ("subj") or the other ("obj"), keeping the side
    anyone already has."""
    em.participants |= people
    em.direct |= people
    for q in people:
        em.sides.setdefault(q, side)


def _delegation_told_after(
    found: list[EventMention], doc: Doc, mentions: list[Mention], persons: list[PersonDraft]
) -> None:
    """ "West African leaders met X in Banjul on Tuesday ... The delegation was led by Y and included
    Z, W and V": the delegation's people met X."""
    for sent in doc.sents:
        verbs = [
            t
            for t in sent
            if t.lemma_ in ("lead", "include", "comprise")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("delegation", "mission") for c in t.children)
        ]
        if not verbs:
            continue
        named = {m.person for m in mentions if sent.start <= m.start < sent.end and not persons[m.person].private}
        told = [
            m
            for m in found
            if FAMILIES[m.kind] == "encounter"
            and m.sent.end <= sent.start
            and m.sent.end >= sent.start - 80
            and m.trigger.pos_ == "VERB"
            # "West African leaders met X": the visitors were told as a group
            and any(c.dep_ == "nsubj" and c.tag_ == "NNS" and not c.ent_type_ for c in m.trigger.children)
        ]
        if named and told:
            _take_part(told[-1], named, "subj")


_WITNESSED = ("host", "witness", "attend")
_WHAT_WAS_SIGNED = {"it", "signing", "ceremony", "accord", "agreement", "treaty", "deal", "pact", "document"}


def _hosts_and_witnesses(
    found: list[EventMention], doc: Doc, mentions: list[Mention], persons: list[PersonDraft]
) -> None:
    """ "X and Y put their names to the accord at a ceremony hosted by Z. It was witnessed by A, B
    and C": the host and the witnesses of a signing take part in it."""

    def named_from(start: int, end: int) -> set[int]:
        return {m.person for m in mentions if start <= m.start < end and not persons[m.person].private}

    deals = [em for em in found if em.kind == "agreement" and em.participants and em.status == "occurred"]
    for em in deals:
        clause = _clause_verb(em.trigger) or em.trigger
        for t in clause.subtree:
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if t.dep_ == "acl" and t.lemma_ in _WITNESSED and agent is not None:
                # "at a ceremony hosted by Algerian President Z"
                _take_part(em, named_from(agent.i, agent.right_edge.i + 1), "obj")
    for sent in doc.sents:
        root = sent.root
        agent = next((c for c in root.children if c.dep_ == "agent"), None)
        subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
        if root.lemma_ not in _WITNESSED or agent is None or subject is None or subject.lower_ not in _WHAT_WAS_SIGNED:
            continue
        before = [em for em in deals if sent.start - 2 <= em.sent.end <= sent.start]  # the sentence before
        if before:
            # "It was witnessed by A, B and C": everyone named after "by", however the list was parsed
            _take_part(before[-1], named_from(agent.i, sent.end), "obj")


def _whom_named(
    found: list[EventMention], doc: Doc, mentions: list[Mention], persons: list[PersonDraft], on: date | None
) -> None:
    """ "The former president, whom Duterte named his special envoy to China in July 2016, ...": the
    one named is the one the clause tells of."""
    for em in found:
        tok = em.trigger
        if em.kind != "appointment" or tok.dep_ != "relcl" or not any(c.lower_ == "whom" for c in tok.children):
            continue
        head = tok.head
        named = {m.person for m in mentions if m.end - 1 == head.i}
        named = named or set(_titled_references({head.i}, doc, persons, on, []))
        if len(named) == 1:
            _take_part(em, named, "obj")


def _agreed_while_meeting(found: list[EventMention]) -> list[EventMention]:
    """ "Sadat and Begin, meeting in Aswan last month, agreed to keep the timetable": what they
    agreed is told as the meeting's outcome, one encounter."""
    gone = []
    for em in found:
        if em.kind != "agreement" or em.trigger.lemma_ != "agree" or em.trigger.pos_ != "VERB":
            continue
        meeting = next(
            (
                m
                for m in found
                if m.kind == "meeting"
                and m.trigger.tag_ == "VBG"
                and (
                    m.trigger.dep_ == "advcl"
                    and m.trigger.head.i == em.trigger.i
                    # "Sadat and Begin, meeting in Aswan": the parser may hang it on a subject
                    or m.trigger.dep_ == "acl"
                    and any(
                        m.trigger.head.i in {t.i for t in c.subtree} for c in em.trigger.children if c.dep_ == "nsubj"
                    )
                )
                and em.participants <= m.participants
            ),
            None,
        )
        if meeting is not None and em.participants:
            gone.append(em)
    return [m for m in found if not any(m is g for g in gone)]


def _signed_alongside(found: list[EventMention], mentions: list[Mention], persons: list[PersonDraft]) -> None:
    """ "X signed the document alongside the leaders of A, B and C -- Y, Z and W -- and those of
    D and E, V and U": everyone named after "alongside" signed too, however the parser read the list."""
    for em in found:
        if em.kind != "agreement" or em.trigger.lemma_ not in ("sign", "initial", "ink") or not em.participants:
            continue
        sent = em.sent
        at = next(
            (
                t.i
                for t in sent
                if t.i > em.trigger.i
                and (
                    t.lower_ == "alongside"
                    or t.lower_ == "together"
                    and t.i + 1 < sent.end
                    and t.nbor().lower_ == "with"
                )
            ),
            None,
        )
        if at is None:
            continue
        _take_part(
            em, {m.person for m in mentions if at < m.start < sent.end and not persons[m.person].private}, "subj"
        )


def _ties_announced_by(found: list[EventMention], mentions: list[Mention]) -> None:
    """ "Ortega crossed the room to shake Uribe's hand and announced that Nicaragua was restoring
    ties": who announces that his state restores relations acts for it."""
    relation_nouns = lexicon().triggers["withdrawal"]["relation_nouns"]
    for em in found:
        tok = em.trigger
        if (
            em.kind != "agreement"
            or em.participants
            or tok.dep_ != "ccomp"
            or tok.head.lemma_ not in ("announce", "declare")
            or not any(c.dep_ == "dobj" and c.lower_ in relation_nouns for c in tok.children)
        ):
            continue
        subjects = {t.i for t in _clause_subjects(tok.head)}
        said = {m.person for m in mentions if m.end - 1 in subjects}
        if len(said) == 1:
            em.participants, em.direct = set(said), set(said)
            em.sides = dict.fromkeys(said, "subj")


def _holds(word: str, title: str) -> bool:
    """Whether an office is what "the two ministers", "the two foreign ministers" call it: a
    secretary of state is a foreign minister, and a minister."""
    family = _office_family(title)
    return word in fold(title) or family == _office_family(word) or word == "minister" and family in (0, 1)


def _unnamed_counterparts(found: list[EventMention], persons: list[PersonDraft], on: date | None) -> None:
    """ "Kerry welcomed his Cuban counterpart to the State Department", the counterpart named in
    another sentence: the one person of that state who holds the same kind of office."""
    for em in found:
        if FAMILIES[em.kind] != "encounter" and em.kind != "call" or len(em.participants) != 1:
            continue
        (p,) = em.participants
        families = {_office_family(o.title) for o in persons[p].offices}
        for tok in em.trigger.subtree:
            if tok.lower_ != "counterpart" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
                continue
            codes = {place_country(c.text, on) for c in tok.children if c.dep_ in ("amod", "compound")} - {None}
            if len(codes) != 1 or persons[p].country in codes:
                continue
            (code,) = codes
            holders = [
                q
                for q, person in enumerate(persons)
                if person.country == code and {_office_family(o.title) for o in person.offices} & families
            ]
            if len(holders) == 1:
                _take_part(em, {holders[0]}, "obj")


def _agreements_of_talks(found: list[EventMention], persons: list[PersonDraft]) -> None:
    """An agreement told by countries only ("the two countries signed a deal", "X and Y agreed in
    principle on ...") takes the people of the talks it came out of: the nearest meeting or call
    of the same article between officials of those countries, told before it if any."""
    for em in found:
        text_of_talks = em.trigger.lower_ in ("communique", "communiqué", "declaration")  # "A final communique said"
        if em.kind != "agreement" or em.participants or len(em.group_countries) < 2 and not text_of_talks:
            continue
        if text_of_talks:
            em.date = em.precision = em.end_date = None  # its sentence dates what it says, not when it was adopted
        talks = []
        for m in found:
            if m.kind not in ("meeting", "call") or len(m.participants) < 2 or m.status != em.status:
                continue
            held = {persons[q].country for q in m.participants} | {m.location_country} | m.group_countries
            if not em.group_countries <= held:
                continue
            # the talks end in the deal: the same period, or a few days before it
            leading = m.date and em.date and timedelta(0) <= em.date - m.date <= timedelta(days=7)
            if em.date and m.date and not leading and not dates_compatible(em.date, em.precision, m.date, m.precision):
                continue
            talks.append(m)
        # "X and Y met in October, when the two sides agreed to ...": the talks of that sentence
        talks = [
            m
            for m in found
            if m.kind in ("meeting", "call")
            and len(m.participants) >= 2
            and m.status == em.status
            and m.trigger.sent.start == em.trigger.sent.start
            # "capping three days of talks" tells no more than the deal
            and (m.date and not m.dated_by_deal or m.location)
        ] or talks
        if not talks:
            continue
        before = [m for m in talks if m.trigger.i < em.trigger.i]
        m = before[-1] if before else min(talks, key=lambda t: t.trigger.i)
        if not before and em.status == "planned" and m.trigger.sent.start > em.trigger.sent.end:
            continue  # "will also sign three agreements": a plan told later is another occasion
        em.participants = set(m.participants)
        em.sides = dict(m.sides)
        if em.date is None and em.anchor is None:
            # the deal closes the talks: their last day
            em.date, em.precision = m.end_date or m.date, m.precision
        if not em.location:
            em.location, em.location_country = m.location, m.location_country


_PAIR_NOUNS = {
    "countries",
    "nations",
    "sides",
    "governments",
    "states",
    "neighbours",
    "neighbors",
    "capitals",
}


def _names_the_pair(scope: set[int], doc: Doc) -> bool:
    """Whether the words speak of the two states ("the two countries", "both sides", "each other")."""
    for i in scope:
        tok = doc[i]
        if tok.lower_ in _PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in tok.children):
            return True
        if tok.lower_ == "other" and i > 0 and doc[i - 1].lower_ == "each":
            return True
    return False


@functools.lru_cache(maxsize=8)
def _article_countries_cached(doc_id: int, doc: Doc, on: date | None):
    from collections import Counter

    counts: Counter = Counter()
    places = lexicon().places
    for ent in doc.ents:
        # landmarks count too: "White House spokesman" says the story involves the US
        if (
            ent.label_ in ("GPE", "NORP")
            or ent.label_ in ("FAC", "ORG")
            and fold(ent.text).removeprefix("the ") in places
        ):
            code = place_country(ent.text, on)
            if code:
                counts[code] += 1
        elif ent.label_ in ("PERSON", "ORG", "LOC"):
            code = _country_named(ent, on)  # "Malawi" taken for a person
            if code:
                counts[code] += 1
    return counts


def article_countries(doc: Doc, on: date | None):
    """How often each country is named in the article (places, demonyms, landmarks): a Counter."""
    return _article_countries_cached(id(doc), doc, on)


def _core_scope(trigger: Token) -> set[int]:
    """Tokens of the trigger's own arguments (subject, object, with/between/to phrases),
    without adverbial clauses ("..., ending a standoff on Gaza")."""
    toks = {trigger.i}
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for tok in (trigger, verb):
        for c in tok.children:
            if (
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "compound", "amod", "agent")
                or c.dep_ == "prep"
                and c.lower_ in ("with", "between", "to", "from", "of", "by")
                # "pulled their envoys out of Harare"
                or c.dep_ == "prep"
                and c.lower_ == "out"
                and any(g.lower_ == "of" for g in c.children)
            ):
                toks |= {t.i for t in c.subtree}
    if verb.dep_ in ("xcomp", "pcomp") and verb.pos_ == "VERB":
        # "Chile and Norway agreed to resume trade": the parties that agreed; "Ecuador broke off
        # relations, a day after recalling its ambassador": Ecuador recalled
        for subj in _clause_subjects(verb):
            toks |= {t.i for t in subj.subtree}
    # "broke off relations with Ecuador in solidarity with Mexico": Mexico stands by, no party
    doc = trigger.doc
    for i in sorted(toks):
        t = doc[i]
        if (
            t.dep_ == "prep"
            and t.lower_ in ("in", "out")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in ("solidarity", "support", "sympathy") for g in t.children)
        ):
            toks -= {x.i for x in t.subtree}
            after = t.right_edge.i + 1
            if after < len(doc) and doc[after].lower_ == "with" and doc[after].dep_ == "prep":
                toks -= {x.i for x in doc[after].subtree}  # the parser hangs "with Mexico" beside it
    return toks


def _speaker_country(trigger: Token, on: date | None) -> set[str]:
    """The state that said it took the step: "Nicaragua said it was breaking off relations"."""
    subj = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lower_ not in ("it", "they", "we") or trigger.dep_ != "ccomp":
        return set()
    for c in trigger.head.children:
        if c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP"):
            code = place_country(c.text, on)
            return {code} if code else set()
    return set()


def _country_named(ent: Span, on: date | None) -> str | None:
    """The country an entity the model did not tag as a place names by its very name: "the
    Solomon Islands" (a location), "Malawi" or "Jordan" (taken for people), "Chad" (an org)."""
    name = ent.text.removeprefix("the ").removeprefix("The ")
    if ent.label_ in ("PERSON", "ORG") and (len(ent) > 3 or name.isupper() or not name[:1].isupper()):
        return None
    return resolve_country(name, on)


def _sentence_countries(sent: Span, scope: set[int], on: date | None, after: int = 0) -> set[str]:
    """Countries named in a sentence part ("China recalled its ambassador to Lithuania"), not in
    the dateline (before ``after``)."""
    out = set()
    for ent in sent.ents:
        if ent.start_char < after:
            continue
        if (
            ent.root.head.lower_ in ("in", "at", "near")
            and ent.label_ == "GPE"
            # "its representation in Qatar", "its ambassador in Rabat": the other state
            and ent.root.head.head.lower_ not in lexicon().envoy_words | {"representation", "embassy", "mission"}
        ):
            continue  # where it happened, not who took part ("signed in Jeddah")
        if ent.label_ in ("GPE", "NORP", "LOC") and any(i in scope for i in range(ent.start, ent.end)):
            # "the Solomon Islands" is often tagged a location: a country's name will do, a region's not
            name = ent.text.removeprefix("the ").removeprefix("The ")
            code = place_country(ent.text, on) if ent.label_ != "LOC" else resolve_country(name, on)
            if code:
                out.add(code)
    envoys = lexicon().envoy_words
    for i in sorted(scope):
        tok = sent.doc[i]
        # a capital the model missed or took for someone: "Algiers recalled its ambassador in Rabat"
        if (
            tok.pos_ != "PROPN"
            or tok.ent_type_ not in ("", "PERSON", "ORG")
            or tok.idx < after
            or tok.ent_iob_ == "I"
            or i + 1 < len(sent.doc)
            and sent.doc[i + 1].ent_iob_ == "I"
        ):
            continue
        acts = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB"  # "Algiers recalled ..."
        posted = tok.dep_ == "pobj" and (
            tok.head.lower_ in ("in", "to", "from")
            and tok.head.head.lower_ in envoys
            # "recalled its high commissioner from Harare"
            or tok.head.lower_ == "from"
            and tok.head.head.lemma_ in ("recall", "withdraw", "pull")
            or tok.head.lower_ == "of"  # "pulled their envoys out of Harare"
            and tok.head.head.lower_ == "out"
        )
        partner = tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lower_ in ("ties", "relations")
        if not (acts or posted or partner):
            continue
        code = place_country(tok.text, on)
        if code:
            out.add(code)
    return out


_OCCASIONS = {"ceremony", "signing", "talks", "meeting", "summit", "session", "lunch", "dinner", "banquet", "news"}


def _after_the_occasion(sent: Span) -> bool:
    """ "After the ceremony, X ...", "Before the signing, ...", "At the end of the day, ...": a
    sentence that goes on from the occasion just told, on its day."""
    first = sent[0]
    if first.lower_ == "on" and len(sent) > 2 and sent[2].lower_ in _SIDELINES and sent[1].lower_ == "the":
        return True  # "On the sidelines, X held a meeting with Y": at the occasion just told
    if first.lower_ not in ("after", "before", "following", "at", "by"):
        return False
    head = next((c for c in first.children if c.dep_ == "pobj"), None)
    if head is None or not any(c.lower_ in ("the", "that", "this") for c in head.children):
        return False
    if first.lower_ in ("at", "by"):
        # "At the end of the day", "By the evening"
        if first.lower_ == "by":
            return head.lower_ in ("evening", "afternoon", "night", "end")
        return head.lower_ in ("end", "close") and any(
            g.lower_ in ("day", "talks", "meeting", "ceremony", "visit") for g in head.subtree
        )
    return head.lower_ in _OCCASIONS


def _the_deal_told_before(found: list[EventMention]) -> None:
    """ "The deal itself was signed by X and Y": the deal the article told before, on its day."""
    for k, m in enumerate(found):
        if m.kind != "agreement" or m.date is not None or m.anchor is not None or m.status != "occurred":
            continue
        deal = next((c for c in m.trigger.children if c.dep_ in ("nsubjpass", "dobj")), None)
        named = m.trigger.lower_ == "names" and m.trigger.dep_ == "dobj"
        if named:
            # "X and Y put their names to the treaty": the treaty told before
            deal = next(
                (
                    g
                    for c in m.trigger.head.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
        if deal is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in deal.children):
            continue
        if deal.lemma_.lower() not in lexicon().triggers["agreement"]["nouns"]:
            continue
        before = next(
            (p for p in reversed(found[:k]) if p.kind == "agreement" and p.date and p.status == "occurred"), None
        )
        if before is not None and not (named and not before.participants):
            # (a deal told by countries alone takes these signatories when the mentions merge)
            m.date, m.precision = before.date, before.precision
            m.anaphoric = m.anaphoric or named  # one signing, told again with the signatories


def _ruptures_with_one_target(found: list[EventMention], doc: Doc, on: date | None) -> None:
    """ "X and its allies cut ties with Qatar ... Bahrain was the first to announce that it was
    severing relations with Doha ... Egypt also broke off relations": each state that breaks off
    is a party with the target the story names, told once or again."""
    ruptures = [m for m in found if m.kind == "withdrawal" and not m.participants]
    if len(ruptures) < 2:
        return
    for m in ruptures:
        # the state that announced it: "Bahrain was the first to announce that it was severing ..."
        head = m.trigger
        for _ in range(3):
            if head.dep_ not in ("ccomp", "xcomp") or head.head is head:
                break
            head = head.head
            for c in head.children:
                if c.dep_ == "nsubj" and c.ent_type_ == "GPE":
                    code = place_country(c.text, on)
                    if code:
                        m.group_countries.add(code)
    counts: dict[str, int] = {}
    for m in ruptures:
        for c in m.group_countries:
            counts[c] = counts.get(c, 0) + 1
    target, n = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if target is None or n < 2:
        return
    for m in ruptures:
        if len(m.group_countries) == 1 and target not in m.group_countries:
            m.group_countries.add(target)  # "Egypt also broke off relations": with the target


def _represented_by(found: list[EventMention], doc: Doc, mentions: list[Mention]) -> None:
    """ "Rwandan President X stayed away and was represented by his foreign minister, Y": Y
    took part in the encounter told just before."""
    for tok in doc:
        if tok.lemma_ != "represent" or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        agent = {t.i for c in tok.children if c.dep_ == "agent" for t in c.subtree}
        named = [m for m in mentions if m.end - 1 in agent]
        before = [
            m
            for m in found
            if FAMILIES[m.kind] == "encounter" and m.trigger.i < tok.i and m.status == "occurred" and m.participants
        ]
        if named and before:
            target = before[-1]
            for m in named:
                target.participants.add(m.person)
                target.direct.add(m.person)
                target.sides.setdefault(m.person, "obj")


def _own_clause(tok: Token) -> Token:
    """The verb of the clause a word is told in: its relative clause ("X, who also held talks
    with Y, ..."), a reported clause, or the sentence's root."""
    v = tok
    while v.head.i != v.i and not (v.pos_ in ("VERB", "AUX") and v.dep_ in ("relcl", "ccomp")):
        v = v.head
    return v


def _came_after(trigger: Token) -> bool:
    """ "The breakthrough came after X held talks with Y": the trigger's clause is what something
    came after (or before)."""
    verb = _clause_verb(trigger)
    marks = [c for c in verb.children if c.dep_ in ("mark", "prep")] if verb is not None else []
    return any(c.lower_ in ("after", "before") for c in marks)


def _elaborated_lead(
    found: list[EventMention],
    doc: Doc,
    line,
    neighbours: bool = False,
    lead_day: tuple[date | None, list[Mention]] = (None, []),
) -> None:
    """ "X met Y on Wednesday. [¶] X held talks with Y at the palace, officials said": the
    paragraph after the lead tells the lead's encounter again, with names, but without its day.
    With ``neighbours`` (once the deals are dated): talks the people of that day also held."""
    paragraphs = [m.start() for m in re.finditer(r"\n\s*\n", doc_text(doc))]
    # a byline ("By X Y") is no paragraph of the story
    byline = bool(re.match(r"\s*By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*\n", doc_text(doc)))
    k = 3 if byline else 2  # the lead and the two paragraphs after it
    second_end = paragraphs[k] if len(paragraphs) > k else len(doc_text(doc))
    first = (
        next(
            (
                s
                for s in doc.sents
                if (not line or s.end_char > line.end) and not (byline and s.start_char < paragraphs[0])
            ),
            None,
        )
        if paragraphs or not byline
        else None
    )
    if first is None:
        return
    lead = [m for m in found if m.sent.start == first.start and m.date and m.precision == "day"]
    day, mentions = lead_day
    # "X agreed on Saturday to triple the payments, handing his counterpart Y a victory": a lead
    # that tells its day with no encounter of its own; what follows about X or Y is that day's
    named_first = {x.person for x in mentions if first.start <= x.start < first.end}
    third_end = paragraphs[k + 1] if len(paragraphs) > k + 1 else len(doc.text)
    # "The United States, Russia and Britain on Monday pledged to ...": states may stand for the people
    states_first = _sentence_countries(first, {t.i for t in first}, None, line.end if line else 0)
    told_first = (
        not any(m.sent.start == first.start for m in found)
        and day is not None
        and (len(named_first) >= 2 or len(states_first) >= 2)
    )
    dated_before = {id(o) for o in found if o.date}
    for m in found:
        if (
            m.date is None
            and m.anchor is None
            # "joined at the talks by X": told as the lead's encounter, merged with it anyway
            and not any(c.dep_ == "det" and c.lower_ in ("the", "that", "those", "these") for c in m.trigger.children)
            and m.status == "occurred"
            and m.sent.start != first.start
            and (m.trigger.idx < second_end or told_first and m.trigger.idx < third_end)
            and (FAMILIES[m.kind] == "encounter" or told_first and m.kind == "agreement")
            and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in m.trigger.children)
            # "made a trip to X last month and met Y": the sentence tells its own time (the clause,
            # for talks placed beside the day's deal: "X, who also held talks with Y, stood in for
            # Z, who had been due on Monday")
            and not any(
                id(o) in dated_before
                for o in found
                if o.sent.start == m.sent.start and (not neighbours or o.trigger in _own_clause(m.trigger).subtree)
            )
        ):
            same = [e for e in lead if e.kind == m.kind and e.status == "occurred"]
            # "X landed in Dushanbe on March 9 ... X's talks with Y ran past their time": the trip's talks
            trip = [e for e in lead if e.kind == "visit" and e.status == "occurred" and e.participants & m.participants]
            if told_first and not neighbours and m.participants and (m.participants <= named_first or not named_first):
                m.date, m.precision = day, "day"
            elif len(same) == 1 and not neighbours:
                m.date, m.precision = same[0].date, same[0].precision
            elif not same and len(trip) == 1 and m.kind == "meeting" and not neighbours:
                m.date, m.precision = trip[0].date, trip[0].precision
            elif (
                not same
                and not neighbours
                and m.kind == "meeting"
                and m.participants
                and len(deals := [e for e in lead if e.kind == "agreement" and len(e.participants) >= 2]) == 1
                and m.participants <= deals[0].participants
            ):
                # "X and Y agreed on Sunday to study a railway. [¶] X held talks with Y at the
                # palace": the talks of the day the deal was agreed
                m.date, m.precision = deals[0].date, deals[0].precision
            elif (
                not same
                and not neighbours
                and m.kind == "meeting"
                and len(m.participants) >= 2
                and len({(e.date, e.precision) for e in lead}) == 1
                and any(e.kind == "agreement" and e.status == "occurred" for e in lead)
                and _came_after(m.trigger)
            ):
                # "X dropped its objections on Tuesday after the three signed a memorandum. [¶] The
                # breakthrough came after X, Y and Z held talks with W": the talks before the deal
                m.date, m.precision = lead[0].date, lead[0].precision
            elif (
                neighbours
                and m.kind == "meeting"
                and m.participants
                # "... where Y had greeted them on Wednesday evening": the sentence tells its own days
                and not any(t.ent_type_ == "DATE" for t in _own_clause(m.trigger).subtree)
            ):
                # "X and Y signed a pact on Monday ... X, who also held talks with Y, ...": the talks
                # of the people of the day the story opens with
                days = {
                    e.date
                    for e in found
                    if e.date
                    and e.precision == "day"
                    and e.status == "occurred"
                    and e.trigger.i < m.trigger.i
                    and e.kind in ("meeting", "visit", "agreement")
                    and e.participants & m.participants
                }
                if len(days) == 1 and lead:
                    m.date, m.precision = days.pop(), "day"


def _resolve_anchors(found: list[EventMention]) -> None:
    """Dates of "a day after ..." mentions from the article's lead event or the previous dated one."""
    lead = next((m for m in found if m.date and m.precision == "day" and m.status == "occurred"), None)
    for k, m in enumerate(found):
        if m.anchor is None or m.date is not None:
            continue
        if m.anchor.precision == "year" and m.anchor.anchor_offset:
            # "two years later": the year of the event told before, moved on
            base = next((p for p in reversed(found[:k]) if p.date and p.precision in ("day", "month", "year")), None)
            if base is not None and base is not m:
                m.date, m.precision = date(base.date.year + m.anchor.anchor_offset, 1, 1), "year"
            continue
        if m.anchor.precision in ("month", "year"):
            # "the same month": the period of the event told before
            base = next((p for p in reversed(found[:k]) if p.date and p.precision in ("day", "month")), None)
            if base is not None and base is not m:
                unit = m.anchor.precision if base.precision == "day" or m.anchor.precision == "year" else "month"
                m.date = base.date.replace(day=1) if unit == "month" else base.date.replace(month=1, day=1)
                m.precision = unit
            continue
        base = (
            lead
            if m.anchor.anchor_clause
            else next((p for p in reversed(found[:k]) if p.date and p.precision == "day"), None)
        )
        if base is not None and base is not m:
            m.date = base.date + timedelta(days=m.anchor.anchor_offset)
            m.precision = "day"


def fill_groups(found: list[EventMention], persons: list[PersonDraft]) -> None:
    """A group noun of one country ("the Turkish delegation") stands for that country's people
    in the article's other occurred encounters, when the mention names none of them."""
    members: dict[str, set[int]] = {}
    for other in found:
        if other.status == "occurred" and FAMILIES[other.kind] == "encounter":
            for p in other.direct:
                if persons[p].country:
                    members.setdefault(persons[p].country, set()).add(p)
    for em in found:
        if FAMILIES[em.kind] != "encounter" and em.kind != "call":
            continue
        for codes in em.groups:
            if len(codes) != 1:
                continue
            (code,) = codes
            if not any(persons[p].country == code for p in em.participants):
                em.participants |= members.get(code, set())


def compatible(
    a_kind: str,
    b_kind: str,
    a_status: str,
    b_status: str,
    a_date: date | None,
    a_prec: str | None,
    b_date: date | None,
    b_prec: str | None,
) -> bool:
    """Whether two event records can describe one encounter by kind, status and date."""
    if FAMILIES.get(a_kind) != FAMILIES.get(b_kind) or a_status != b_status:
        return False
    return dates_compatible(a_date, a_prec, b_date, b_prec)


def dates_compatible(a: date | None, ap: str | None, b: date | None, bp: str | None) -> bool:
    """Undated joins dated; otherwise equal at the coarser precision."""
    if a is None or b is None:
        return True
    coarse = min(_PRECISION_RANK[ap], _PRECISION_RANK[bp])
    if coarse >= 3:
        return a == b
    if coarse == 2:
        return (a.year, a.month) == (b.year, b.month)
    return a.year == b.year


def participants_overlap(a: set, b: set, allow_containment: bool = True) -> float:
    """1.0 when one set holds the other, else the Jaccard overlap (0 when either is empty).

    Without ``allow_containment`` only the Jaccard overlap counts: an undated mention does
    not join an event recalled with a vague date ("in December 2021") through one person.
    """
    if not a or not b:
        return 0.0
    if allow_containment and len(a & b) >= 2 and not (a <= b or b <= a):
        # "Levin met with Berman and Tamir" joins the delegation's talks with the hosts
        return max(0.6, len(a & b) / len(a | b))
    if allow_containment and (a <= b or b <= a):
        return 1.0
    return len(a & b) / len(a | b)


def _year_modifiers(found: list[EventMention], published: date | None) -> None:
    """ "his 1999 summit with X in Lahore, where the two signed ...", "a 1973 treaty": a year
    written before the event noun dates it, and what the sentence goes on to tell there."""
    for m in found:
        # "the 1965 treaty that normalized ties": the relative clause's noun holds the year
        noun = m.trigger.head if m.trigger.dep_ == "relcl" and m.trigger.head.pos_ == "NOUN" else m.trigger
        if m.date is not None or noun.pos_ != "NOUN":
            continue
        year = next(
            (
                int(c.text)
                for c in noun.children
                if c.dep_ in ("nummod", "compound", "amod", "npadvmod")
                and c.text.isdigit()
                and len(c.text) == 4
                and 1900 <= int(c.text) <= (published.year if published else 2100)
            ),
            None,
        )
        if year is None:
            continue
        m.date, m.precision = date(year, 1, 1), "year"
        for o in found:
            # "..., in Lahore, where the two signed the Lahore Declaration": there, then
            if (
                o.date is None
                and o is not m
                and o.sent.start == m.sent.start
                and o.trigger.i > m.trigger.i
                and any(c.lower_ == "where" for c in o.trigger.children)
            ):
                o.date, o.precision = m.date, m.precision


def _there_and_then(found: list[EventMention]) -> None:
    """ "An agreement was signed in Moscow in May 1991, during a visit by X, who held talks there
    with Y": talks held "there" in a sentence that tells its time share that time."""
    for m in found:
        if m.date is not None:
            continue
        if m.trigger.dep_ == "pobj" and m.trigger.head.lower_ == "during":
            # "was signed in Moscow in May 1991, during a visit by X": the visit then and there
            host = next((o for o in found if o.trigger.i == m.trigger.head.head.i and o.date is not None), None)
            if host is not None:
                m.date, m.precision = host.date, host.precision
                if m.location is None:
                    m.location, m.location_country = host.location, host.location_country
                continue
        verb = _clause_verb(m.trigger)
        if verb is None or not any(c.lower_ == "there" for c in [*verb.children, *m.trigger.children]):
            continue
        dated = [o for o in found if o is not m and o.sent.start == m.sent.start and o.date is not None]
        if len({(o.date, o.precision) for o in dated}) == 1:
            m.date, m.precision = dated[0].date, dated[0].precision


def _where_then(found: list[EventMention]) -> None:
    """ "The two leaders last met in December last year on Governors Island, where X joined Y for a
    lunch": what the clause about the place tells happened then."""
    for m in found:
        if m.date is not None or m.anchor is not None:
            continue
        where = next(
            (a for a in m.trigger.ancestors if a.dep_ == "relcl" and any(c.lower_ == "where" for c in a.children)),
            None,
        )
        if where is None:
            continue
        host = [o for o in found if o is not m and o.date is not None and where.head in o.trigger.subtree]
        if len({(o.date, o.precision) for o in host}) == 1:
            m.date, m.precision = host[0].date, host[0].precision


def _where_they_were(found: list[EventMention], published: date | None) -> None:
    """ "X flew on to Managua, where Y, standing beside his guest on Thursday, announced that ...":
    the day the clause about the destination tells is the day of the visit, and of what Y did there."""
    for m in found:
        if m.kind != "visit" or m.date is not None or not m.location:
            continue
        dest = next(
            (
                g
                for c in m.trigger.children
                if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        where = next(
            (
                r
                for r in (dest.children if dest is not None else [])
                if r.dep_ == "relcl" and any(c.lower_ == "where" for c in r.children)
            ),
            None,
        )
        if where is None:
            continue
        span = m.sent.doc[where.left_edge.i : where.right_edge.i + 1]
        days = {(d.date, d.precision) for d in find_dates(span.text, published) if d.date and d.precision == "day"}
        if len(days) != 1:
            continue
        day, precision = days.pop()
        m.date, m.precision = day, precision
        for o in found:
            if o.date is None and o is not m and where.left_edge.i <= o.trigger.i <= where.right_edge.i:
                o.date, o.precision = day, precision


def _cosigning(m: EventMention) -> bool:
    """ "Their foreign ministers also signed the document": more signatories of the deal just told."""
    return (
        m.kind == "agreement"
        and m.trigger.pos_ == "VERB"
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in m.trigger.children)
        and any(
            c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ in ("the", "that", "this") for g in c.children)
            for c in m.trigger.children
        )
    )


def _cosigned(drafts: list[EventDraft], m: EventMention) -> EventDraft | None:
    """The draft of the deal a cosigning mention adds its signatories to."""
    before = [
        d
        for d in drafts
        if d.kind == "agreement"
        and d.status == m.status
        and any(x.trigger.i < m.trigger.i for x in d.mentions)
        and (d.date is None or m.date is None or d.date == m.date)
    ]
    return max(before, key=lambda d: max(x.trigger.i for x in d.mentions), default=None)


_GESTURES = frozenset({"embrace", "hug", "greet", "shake", "kiss"})


def merge_mentions(found: list[EventMention], persons: list[PersonDraft]) -> list[EventDraft]:
    """One draft per encounter: mentions with compatible kind, date, place and people merged."""
    drafts: list[EventDraft] = []
    order = sorted(range(len(found)), key=lambda k: (found[k].anaphoric, found[k].date is None, k))
    deferred: list[EventMention] = []
    queue = [found[k] for k in order]
    for m in queue:  # deferred mentions come again at the end
        if m in deferred and (target := _cosigned(drafts, m)) is not None:
            _absorb(target, m, persons)
            continue
        if m.anaphoric:
            target = _antecedent(drafts, m)
            if target is not None:
                _absorb(target, m, persons)
                continue
        countries = {persons[p].country for p in m.participants if persons[p].country} | m.group_countries
        if _cosigning(m) and m not in deferred:
            deferred.append(m)  # joins the deal told before it, once that has its signatories
            queue.append(m)
            continue
        joined = _joined_talks(drafts, m, countries)
        if joined is not None:
            _absorb(joined, m, persons)
            continue
        best, best_score = None, 0.0
        told = m.trigger.subtree if m.trigger.pos_ == "VERB" or m.trigger.dep_ != "dobj" else m.trigger.head.subtree
        # "expect to meet again": another encounter than any told before
        again = any(c.dep_ == "advmod" and c.lower_ == "again" for c in m.trigger.children)
        separate = (
            again
            or m.trigger.sent[0].lower_ == "also"
            or any(
                t.dep_ == "amod"
                and t.lower_ in ("separate", "another", "similar")
                and (_kind_of(t.head) == m.kind or t.head.lemma_.lower() in lexicon().triggers[m.kind].get("nouns", ()))
                for t in told
            )
        )
        for d in drafts:
            if not compatible(d.kind, m.kind, d.status, m.status, d.date, d.precision, m.date, m.precision):
                continue
            if any(x.trigger.i == m.trigger.i for x in d.mentions):
                continue  # one trigger told as several events ("signed memorandums with X and Y")
            if d.location_country and m.location_country and d.location_country != m.location_country:
                continue
            if separate and not any(x.trigger.sent.start == m.trigger.sent.start for x in d.mentions):
                continue  # "put their names to a separate accord": another deal than the one told before
            if (
                m.kind == "meeting"
                and any(c.dep_ == "advmod" and c.lower_ == "first" for c in m.trigger.children)
                and len(m.participants) >= 2
                and m.participants != d.participants
                and all(x.trigger.sent.start != m.trigger.sent.start for x in d.mentions)
            ):
                continue  # "Biden first sat down with Trudeau" before the three met: a meeting of its own
            if (
                any(c.dep_ == "advmod" and c.lower_ == "also" for c in m.trigger.children)
                and m.date is None
                and any(s.startswith("subj") and p not in d.participants for p, s in m.sides.items())
            ):
                continue  # "President X also received them during the visit": X's own audience
            if (
                m.kind == "meeting"
                and any(c.dep_ == "advmod" and c.lower_ == "also" for c in m.trigger.children)
                and m.trigger.pos_ == "VERB"
                and any(
                    s == "obj" and p not in d.participants and not any(p in x.participants for x in d.mentions)
                    for p, s in m.sides.items()
                )
            ):
                continue  # "The four presidents also met President-elect X": another counterpart, another meeting
            if m.untold_day and d.date is not None and d.precision != "day":
                continue  # "held talks on Monday evening" is not the meeting "in February 2001"
            if (
                m.kind == "withdrawal"
                and m.trigger.lemma_ in ("recall", "withdraw", "pull")
                and any(c.lower_ == "own" for t in m.trigger.subtree for c in t.children)
                and all(x.trigger.sent.start != m.trigger.sent.start for x in d.mentions)
                and any(x.trigger.lemma_ not in ("recall", "withdraw", "pull") for x in d.mentions)
            ):
                continue  # "Minsk said it was recalling its own envoys": not the expulsion told before
            if (
                m.kind == d.kind == "withdrawal"
                and len(m.group_countries) >= 2
                and len(d.countries) >= 2
                and m.group_countries - d.countries
                and d.countries - m.group_countries
            ):
                continue  # "recalled its envoys from Norway ... and pulled its envoy out of Madrid"
            if m.untold and any(x.untold and x.untold != m.untold for x in d.mentions):
                continue  # a story without a date: "recalled its ambassador on July 18" is not Tuesday's break
            if m.kind == "withdrawal" and any(
                (
                    x.trigger.dep_ == "conj"
                    and x.trigger.head.i == m.trigger.i
                    or m.trigger.dep_ == "conj"
                    and m.trigger.head.i == x.trigger.i
                )
                # "Bahrain cut ties with Iran and the UAE downgraded its relations": two states' acts
                and not any(c.dep_ == "nsubj" for t in (x.trigger, m.trigger) if t.dep_ == "conj" for c in t.children)
                # "recalled its envoys from Norway and ... pulled its envoy out of Madrid": two states left
                and not (
                    m.group_countries
                    and x.group_countries
                    and not (m.group_countries <= x.group_countries or x.group_countries <= m.group_countries)
                )
                for x in d.mentions
            ):
                best, best_score = d, 2.0  # "expelled X's ambassador and recalled its own": one rupture
                break
            vague = (d.date is None) != (m.date is None) and (d.precision or m.precision) != "day"
            score = (
                participants_overlap(
                    d.participants, m.participants, allow_containment=not vague and countries <= d.countries
                )
                if not (m.participants <= d.participants or d.participants <= m.participants)
                else (participants_overlap(d.participants, m.participants, allow_containment=not vague))
            )
            if vague and score < 0.6:
                score = 0.0
            if score < 0.5 and _completes(d, m, countries):
                score = 0.5
            elif (
                score < 0.5
                and m.trigger.lemma_ in _GESTURES
                and m.date is None
                and m.location is None
                and d.kind == "meeting"
                and d.precision == "day"
                and {q for q, side in m.sides.items() if side == "obj"} & d.participants
            ):
                score = 0.5  # "X embraced Uribe": one more at the summit where Uribe shook hands
            elif score < 0.5:
                if m.participants and (d.participants or vague):
                    continue  # (not "Katz ordered X home" into a recall of 2014 told without names)
                # a mention without named people joins an encounter of the same countries and day
                if not (countries and countries <= d.countries or m.definite and not countries):
                    continue
                # "... shook hands at the start of the meeting": the talks the lead told, by its people
                told_before = m.trigger.pos_ == "NOUN" and any(c.lower_ == "the" for c in m.trigger.children)
                if m.date is None and not m.definite and not told_before and not d.participants:
                    continue
                score = 0.5
            score += 0.3 * (d.date == m.date and m.date is not None) + 0.2 * (countries == d.countries)
            if score > best_score:
                best, best_score = d, score
        if best is None:
            drafts.append(
                EventDraft(
                    [m],
                    m.kind,
                    set(m.participants),
                    set(countries),
                    m.date,
                    m.precision,
                    m.end_date,
                    m.status,
                    m.location,
                    m.location_country,
                )
            )
            continue
        _absorb(best, m, persons)
    for d in drafts:
        if d.kind == "agreement" and d.date is None and d.participants:
            # "The two ministers met, then after signing a pact ...": the talks' day
            sents = {x.trigger.sent.start for x in d.mentions}
            talks = [
                e
                for e in drafts
                if FAMILIES[e.kind] == "encounter"
                and e.date is not None
                and e.precision == "day"
                and d.participants <= e.participants
                and any(y.trigger.sent.start in sents for y in e.mentions)
            ]
            if not talks and any(
                t.lower_ == "that" and t.dep_ == "det" and _kind_of(t.head) in ("meeting", "visit")
                for x in d.mentions
                for t in x.trigger.sent
            ):
                # "signed the pact during that visit": the visit told before
                first = min(x.trigger.i for x in d.mentions)
                talks = [
                    e
                    for e in drafts
                    if FAMILIES[e.kind] == "encounter"
                    and e.date is not None
                    and d.participants <= e.participants
                    and any(y.trigger.i < first for y in e.mentions)
                ][-1:]
            if len(talks) == 1:
                d.date, d.precision = talks[0].date, talks[0].precision
    for d in drafts:
        if d.kind == "meeting" and d.precision == "day" and any(x.trigger.lemma_ == "summit" for x in d.mentions):
            # "X, Y and Z signed the memorandum with W at a summit ... then signed similar memorandums
            # with V and U": who signed there that day was at the summit
            for a in drafts:
                if a.kind == "agreement" and a.date == d.date and a.participants & d.participants:
                    d.participants |= a.participants
                    d.countries |= a.countries
    for d in drafts:
        founder = d.mentions[0]
        # evidence is what tells the encounter: a mention naming none of its people, no date and
        # no place ("Okafor hailed the visit") was only recognised as a reference to it
        d.mentions = [m for m in d.mentions if m is founder or _tells(m, d)]
        d.mentions.sort(key=lambda m: m.trigger.i)
        if d.kind == "meeting" and all(m.kind == "visit" for m in d.mentions):
            # "will stay for a goodwill visit ... keep the negotiations going": the talks told nothing
            d.kind = "visit"
    return drafts


def _joined_talks(drafts: list[EventDraft], m: EventMention, countries: set[str]) -> EventDraft | None:
    """ "X was joined at the talks by his chief of staff": an undated "the talks" naming someone of
    an encounter told before, with people of that encounter's states, is that encounter."""
    t = m.trigger
    if m.date is not None or not m.participants or t.pos_ != "NOUN" or not any(c.lower_ == "the" for c in t.children):
        return None
    for d in reversed(drafts):
        if (
            FAMILIES[d.kind] == FAMILIES[m.kind] == "encounter"
            and d.status == m.status
            and d.participants & m.participants
            and countries <= d.countries
            and min((x.trigger.i for x in d.mentions), default=t.i) < t.i
        ):
            return d
    return None


def _completes(d: EventDraft, m: EventMention, countries: set[str]) -> bool:
    """Whether an undated mention naming people tells who took part in a dated event the article
    first told by countries alone: "Mexico and Venezuela withdrew their ambassadors on Monday" ...
    "Caracas responded by recalling X"; "signed a treaty on Wednesday" ... "The treaty was signed
    by X, Y and Z"; "after talks on Saturday" ... "X chaired the talks"."""
    if d.participants or not m.participants or d.date is None or m.date is not None or d.precision == "year":
        return False  # (not "Katz ordered X home" into Israel's recall from Sweden in 2014)
    shared = bool(countries & d.countries) or not countries
    if FAMILIES[m.kind] in ("agreement", "withdrawal", "appointment"):
        return shared
    the = any(c.lower_ in ("the", "these", "those") for c in m.trigger.children)
    return the and m.trigger.pos_ == "NOUN" and shared


def _tells(m: EventMention, d: EventDraft) -> bool:
    """Whether a mention says something of the event: its people, group, date or place."""
    return bool(
        m.participants & d.participants
        or m.group_countries
        and m.group_countries <= d.countries
        or m.date is not None
        or m.location is not None
    )


def fold_trips(drafts: list[EventDraft]) -> list[EventDraft]:
    """Drafts without trips told through their meetings: a visit whose travellers all meet named
    counterparts in the same country within three days becomes evidence of that meeting."""
    for d in drafts:
        if (
            d.kind == "meeting"
            and len(d.participants) == 1
            and d.location
            and (
                all(
                    m.trigger.dep_ == "pobj"
                    and m.trigger.head.lower_ == "for"
                    and m.trigger.head.head.lemma_ in _MOTION
                    for m in d.mentions
                )
                # "would travel to Sanaa to meet the group's leadership": no one named to meet
                or any(m.kind == "visit" for m in d.mentions)
            )
        ):
            # "would return to Kathmandu in November for the summit": with no one named to meet
            # there, the trip is what the article tells
            d.kind = "visit"
    out = []
    meetings = [d for d in drafts if d.kind == "meeting" and len(d.participants) >= 2]
    for d in drafts:
        target = None
        if d.kind == "visit" and d.participants:
            sents = {x.trigger.sent.start for x in d.mentions}
            signed_during = any(
                x.trigger.dep_ == "pobj"
                and x.trigger.head.lower_ in ("during", "on")
                and x.trigger.head.head.lemma_ in lexicon().triggers["agreement"]["verbs"]
                for x in d.mentions
            )
            # "the accord, signed during a one-day visit by X": the trip is told through its signing
            signings = [
                a
                for a in drafts
                if a.kind == "agreement"
                and len(a.participants) >= 2
                and (signed_during or any(x.trigger.sent.start in sents for x in a.mentions))
            ]
            for m in meetings + signings:
                near = d.date is None or m.date is None or abs((d.date - m.date).days) <= 3
                place = (
                    d.location_country is None
                    or d.location_country == m.location_country
                    # a meeting with no place told: the host's country, if it is a meeting of two
                    or m.location_country is None
                    and len(m.countries) <= 2
                    and d.location_country in m.countries
                )
                # "talks in Kinshasa on Monday before flying to Goma on Tuesday": another stop
                elsewhere = (
                    d.date != m.date
                    and d.location
                    and m.location
                    and d.location != m.location
                    and not resolve_country(d.location)
                    and not resolve_country(m.location)
                )
                if d.participants <= m.participants and d.status == m.status and near and place and not elsewhere:
                    target = m
                    break
        if target is None:
            out.append(d)
        else:
            target.mentions.extend(d.mentions)
            target.mentions.sort(key=lambda x: x.trigger.i)
            if target.date is None and d.date is not None:
                target.date, target.precision, target.end_date = d.date, d.precision, d.end_date
            if target.location is None and d.location:
                target.location, target.location_country = d.location, d.location_country
    return out


def _antecedent(drafts: list[EventDraft], m: EventMention) -> EventDraft | None:
    """The encounter a definite "the meeting" refers back to: the draft with the nearest earlier
    mention of the same family and status, not one recalled with a vague date."""
    best, best_rank = None, (False, -1)
    for d in drafts:
        if not d.participants:
            continue
        if FAMILIES[d.kind] != FAMILIES[m.kind] or d.status != m.status or d.precision in ("month", "year"):
            continue
        if m.location_country and d.location_country and m.location_country != d.location_country:
            continue
        pos = max((x.trigger.i for x in d.mentions if x.trigger.i < m.trigger.i), default=-1)
        # "Xi held talks with X ... arrived from Moscow, where he had held talks with Y ... During
        # the talks at the State House": the talks of the story, not those told as before it
        rank = (not all(_perfect(x) for x in d.mentions), pos)
        if pos > -1 and rank > best_rank:
            best, best_rank = d, rank
    return best


def _absorb(best: EventDraft, m: EventMention, persons: list[PersonDraft]) -> None:
    """Adds a mention's people, countries, date, place to a draft."""
    countries = {persons[p].country for p in m.participants if persons[p].country} | m.group_countries
    best.mentions.append(m)
    best.participants |= m.participants
    best.countries |= countries
    if _PRECISION_RANK[m.precision] > _PRECISION_RANK[best.precision]:
        best.date, best.precision = m.date, m.precision
    best.end_date = best.end_date or m.end_date
    if m.location and (not best.location or _broader(best.location, m.location, m.location_country)):
        best.location, best.location_country = m.location, m.location_country
    if m.kind == "meeting":
        best.kind = "meeting"


def _broader(place: str, other: str, other_country: str | None) -> bool:
    """Whether ``place`` is a whole country and ``other`` a city or venue in it ("a visit to
    South Africa ... with talks at the Union Buildings")."""
    country = resolve_country(place)
    return bool(country) and resolve_country(other) is None and other_country in (country, None)


def homecoming(draft: EventDraft, persons: list[PersonDraft]) -> bool:
    """ "Nicaraguan diplomats said he would leave for Managua": travellers going to their own
    country return home; that is no visit."""
    if draft.kind != "visit" or not draft.participants or draft.location_country is None:
        return False
    if not all(m.trigger.lemma_ in ("leave", "depart", "return", "head", "fly") for m in draft.mentions):
        return False  # "X visited Y" names a visit, whatever state the article took X for
    return all(persons[p].country == draft.location_country for p in draft.participants)


def keep(draft: EventDraft) -> bool:
    """Whether a merged draft is worth reporting: it names who, or it is dated between countries."""
    if draft.participants:
        lone = draft.kind in ("meeting", "call") and len(draft.participants) < 2
        return not (lone and len(draft.countries) < 2)
    if draft.date is None and draft.kind == "withdrawal" and len(draft.countries) == 2:
        # "Egypt also broke off relations" in a story with no date: a rupture between two states
        return all(m.untold_day or m.trigger.sent.doc.user_data.get("undated") for m in draft.mentions)
    if draft.kind == "appointment" and draft.status == "planned" and len(draft.countries) == 2:
        return True  # "the two governments would exchange ambassadors": envoys to come, not yet named
    return draft.date is not None and len(draft.countries) >= 2


_EARLIER_WORDS = frozenset({"ago", "previously", "formerly", "since", "last"})


def _perfect(m: EventMention) -> bool:
    """ "had met", "has visited", "have held talks": told as before the story's day."""
    # the trigger and the verbs above it in its sentence: "He has also asked to meet X"
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" for tok in [m.trigger, *m.trigger.ancestors] for c in tok.children
    )


def _own_dates(m: EventMention, published: date, after: int) -> list[DateMention]:
    """The dates of a mention's sentence that can be its own: past ones, past the dateline, in a
    clause told in the past, and in the trigger's own clause: not in one that tells of something
    else ("Abe, who took office Sept. 26, held talks"), nor outside the subordinate clause the
    trigger is in ("returned on Friday, a week after Paris recalled him")."""
    sent, trigger = m.sent, m.trigger
    verb = _clause_verb(trigger)
    # "became the first to meet ..., holding talks with X", "travelled to Damascus in early January
    # and held talks with Y": the main verb's time; not "and two years later Z became the first ..."
    while (
        verb is not None
        and verb.head.i != verb.i
        and (
            verb.tag_ == "VBG"
            and verb.dep_ in ("advcl", "xcomp")
            or verb.dep_ == "conj"
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
            # "... and flew to Kiev the next day": a time of its own
            and not any(
                t.ent_type_ in ("DATE", "TIME")
                for c in verb.children
                if c.dep_ in ("npadvmod", "advmod", "prep", "tmod")
                for t in c.subtree
            )
        )
    ):
        verb = verb.head
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return []  # "flies to Brussels on Monday to brief ...": a weekday still to come
    inner = next(
        (
            a
            for a in [trigger, *trigger.ancestors]
            if a.dep_ in ("relcl", "acl", "ccomp") or a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children)
        ),
        None,
    )
    out = []
    for d in find_dates(sent.text, published):
        if d.date is None or d.date > published or sent.start_char + d.start < after:
            continue
        if re.match(r"(?i)(next|coming|later|this coming)\b", d.text):
            continue  # "next week" is told as a month, which has begun; it is still to come
        span = sent.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        clause = next(
            (a for a in [span.root, *span.root.ancestors] if a.dep_ in ("relcl", "acl", "advcl", "appos")), None
        )
        if clause is not None and not (clause.i == trigger.i or clause.is_ancestor(trigger)):
            continue
        if inner is not None and not (inner.i == span.root.i or inner.is_ancestor(span.root)):
            continue
        if not verb.is_ancestor(span.root):
            continue  # "met X in July 2013, and two years later Y became the first to visit": another time
        out.append(d)
    return out


def _about(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` can tell of the trigger's time: not when it stands in a relative clause or
    an apposition about someone ("X, who has headed the mission since 2012, became chargé")."""
    aside = next((a for a in [tok, *tok.ancestors] if a.dep_ in ("relcl", "acl", "appos")), None)
    return aside is None or aside.i == trigger.i or aside.is_ancestor(trigger)


def _governs(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` is told within ``verb``'s clause, not in a clause coordinated with its own
    subject ("met in July 2013, and two years later Y became the first to visit, meeting X")."""
    if not verb.is_ancestor(tok):
        return False
    cur = tok
    while cur.i != verb.i:
        if cur.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in cur.children):
            return False
        cur = cur.head
    return True


def story_dates(drafts: list[EventDraft], found: list[EventMention], doc: Doc, published: date | None) -> None:
    """An event the story tells as done but leaves undated took place on the day its sentence
    names ("On Friday he became the first to meet ..., holding talks with X"), or, in a sentence
    that names none and nothing placing it earlier, on the story's day: the lead's day, else the
    day of publication ("He also met Wu", "Trump spoke by telephone with Moon on his way home")."""
    if published is None:
        return
    line = dateline(doc_text(doc), published)
    day = _lead_date(doc, published, line) or published
    dated = [m for m in found if m.date is not None]
    for d in drafts:
        if d.date is not None:
            continue
        m = d.mentions[0]
        # "X flies to Brussels on Monday to brief leaders at a session called by Y": the session
        # is the journey's, on its day
        governing = next((g for g in dated if g.sent == m.sent and _governs(g.trigger, m.trigger)), None)
        if governing is not None and not (governing.status == "occurred" and d.status != "occurred"):
            # (not "agreed on Thursday to exchange ambassadors": the exchange is still to come)
            d.date, d.precision = governing.date, governing.precision
            if governing.status != "occurred":
                d.status = governing.status
            continue
        if d.status != "occurred" or any(_perfect(m) for m in d.mentions):
            continue
        own = _own_dates(m, published, line.end if line else 0)
        if len({(x.date, x.precision) for x in own}) == 1:
            d.date, d.precision = own[0].date, own[0].precision
        elif not own and not any(
            (t.lower_ in _EARLIER_WORDS or re.fullmatch(r"(19|20)\d\d", t.text) and int(t.text) < published.year)
            and _about(t, m.trigger)
            for t in m.sent
        ):  # "who signed the 1993 accord": an earlier year
            d.date, d.precision, d.date_inferred = day, "day", True
