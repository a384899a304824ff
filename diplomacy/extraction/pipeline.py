"""Article in, ``ArticleResult`` out: persons, offices, events with evidence."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import queue
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import NamedTuple

from spacy.tokens import Doc

from diplomacy.extraction import EXTRACTOR_VERSION
from diplomacy.extraction.events import (
    EventDraft,
    article_countries,
    fill_groups,
    find_event_mentions,
    fold_trips,
    homecoming,
    keep,
    merge_mentions,
    story_dates,
)
from diplomacy.extraction.gazetteer import resolve_country
from diplomacy.extraction.lexicon import as_of, is_city, lexicon, place_country, title_country
from diplomacy.extraction.nlp import get_nlp, with_known_names
from diplomacy.extraction.persons import Mention, PersonDraft, find_persons
from diplomacy.extraction.text import doc_text, fold
from diplomacy.extraction.types import (
    Article,
    ArticleResult,
    Evidence,
    ExtractedEvent,
    ExtractedPerson,
    OfficeMention,
    Participant,
)
from diplomacy.extraction.wire import dateline, set_apart

MAX_PARSE_CHARS = 300_000  # longer texts are parsed up to here (offsets stay valid: a prefix)


_POLL_SECONDS = 0.05  # how often a wait for the child looks whether it is still alive


class _Failed(NamedTuple):
    """What the child of ``extract_apart`` sends when it fails."""

    error: BaseException | None  # (None: it could not be pickled)
    trace: str


def _exit_if_orphaned(parent: int) -> None:
    if os.getppid() != parent:  # nobody reads what this process would send (nor should it flush)
        os._exit(1)


def _get_or(q, default):
    try:
        return q.get(timeout=_POLL_SECONDS)
    except queue.Empty:
        return default


def _parseable(text: str) -> str:
    """The part of an article that is parsed: all of it unless it is extremely long, with the
    dateline set apart from the first sentence."""
    return set_apart(text[:MAX_PARSE_CHARS])


class Pipeline:
    """Extracts persons and events from articles with one spaCy pipeline."""

    def __init__(self, nlp=None, known_names: Iterable[str] = ()):
        self._nlp = nlp
        self._known = tuple(known_names)

    @property
    def nlp(self):
        """The spaCy pipeline (loaded on first use), with known names added to the recogniser."""
        if self._nlp is None:
            self._nlp = get_nlp()
        if self._known:
            self._nlp = with_known_names(self._nlp, self._known)
            self._known = ()
        return self._nlp

    def extract(self, article: Article) -> ArticleResult:
        """The persons and events of one article."""
        return self.from_doc(article, self.nlp(_parseable(article.text)))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleResult]:
        """Results for many articles, in order, parsed in batches by ``nlp.pipe``."""
        pairs = ((a, a) for a in articles)
        for doc, article in self.nlp.pipe(
            ((_parseable(a.text), a) for a, _ in pairs), as_tuples=True, batch_size=batch_size
        ):
            yield self.from_doc(article, doc)

    def extract_apart(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleResult]:
        """``extract_many`` in a child process, a batch or two ahead of the caller: the caller
        stores one result while the next ones are parsed on another core. (In a thread the
        parse would wait for the interpreter lock, which spaCy and the extraction hold most of
        the time, and make each of the caller's queries wait for it too.)

        ``articles`` is drawn in the calling process, so it may read the database; the child
        only parses and extracts, touching no database. The results are ``extract_many``'s, in
        order. An error in the child is raised here (with the child's traceback as a note).
        Where processes cannot be forked (the child inherits the loaded pipeline), this is
        ``extract_many``.
        """
        if "fork" not in multiprocessing.get_all_start_methods():
            yield from self.extract_many(articles, batch_size=batch_size)
            return
        self._nlp = self.nlp  # loaded, with the known names, before the fork: the child has it
        context = multiprocessing.get_context("fork")
        inbox = context.Queue(maxsize=2 * batch_size)  # articles for the child, then None
        outbox = context.Queue()  # results, then None or _Failed
        child = context.Process(target=self._extract_child, args=(inbox, outbox, batch_size, os.getpid()), daemon=True)
        child.start()

        def result(block: bool = True) -> ArticleResult | None:
            """The child's next result (None: no more); raises queue.Empty when not ``block``ing."""
            while True:
                try:
                    item = outbox.get(timeout=_POLL_SECONDS) if block else outbox.get_nowait()
                except queue.Empty:
                    if child.is_alive():
                        if block:
                            continue
                        raise
                    # ended: what it sent before is in the pipe already
                    item = _get_or(outbox, _Failed(None, f"ended with exit code {child.exitcode}"))
                if isinstance(item, _Failed):
                    error = item.error or ChildProcessError(f"extraction process failed: {item.trace}")
                    if item.error:
                        error.add_note(f"in the extraction process:\n{item.trace}")
                    raise error
                return item

        try:
            for article in articles:
                while True:
                    try:
                        inbox.put(article, timeout=_POLL_SECONDS)
                        break
                    except queue.Full:  # the child has enough to go on: store what it has done meanwhile
                        with contextlib.suppress(queue.Empty):
                            yield result(block=False)
                with contextlib.suppress(queue.Empty):
                    while True:
                        yield result(block=False)
            inbox.put(None)
            while (item := result()) is not None:
                yield item
            inbox.put(None)  # all read: the child may end
        finally:
            if child.is_alive():  # (the caller stopped early)
                child.terminate()
            child.join()
            for q in (inbox, outbox):
                q.close()
                q.cancel_join_thread()

    def _extract_child(self, inbox, outbox, batch_size: int, parent: int) -> None:
        """The child of ``extract_apart``: results for the articles of ``inbox`` into ``outbox``.

        It ends as soon as it sees that its parent was killed (a crashed ingest): otherwise it
        would wait for articles forever, holding open what it inherited, the parent's standard
        output and database connection (so the parent's transaction and writer lock) included.
        """

        def received() -> Article | None:
            while True:
                try:
                    return inbox.get(timeout=_POLL_SECONDS)
                except queue.Empty:
                    _exit_if_orphaned(parent)

        try:
            for result in self.extract_many(iter(received, None), batch_size=batch_size):
                _exit_if_orphaned(parent)
                outbox.put(result)
        except BaseException as exc:
            trace = traceback.format_exc()
            try:
                pickle.dumps(exc)
            except Exception:
                exc = None
            outbox.put(_Failed(exc, trace))
        else:
            outbox.put(None)
        # Until the parent has read it all, what is sent may still be on its way (in the pipe's
        # buffer or this process's): wait for its word, then end.
        received()
        outbox.close()
        outbox.join_thread()

    def from_doc(self, article: Article, doc: Doc) -> ArticleResult:
        """The result for an article whose text has already been parsed."""
        persons, mentions = find_persons(doc, article.published)
        found = find_event_mentions(doc, persons, mentions, article.published)
        _fill_countries(doc, persons, mentions, found, article.published)
        fill_groups(found, persons)
        drafts = [d for d in fold_trips(merge_mentions(found, persons)) if keep(d) and not homecoming(d, persons)]
        story_dates(drafts, found, doc, article.published)
        used = {p for d in drafts for p in d.participants}
        keys: dict[int, str] = {}
        out_persons: list[ExtractedPerson] = []
        for i, p in enumerate(persons):
            if p.private and not p.offices or not p.offices and i not in used:
                continue
            keys[i] = f"p{len(keys) + 1}"
            out_persons.append(_person(keys[i], p, doc, article.text))
        events = [_event(d, persons, keys, doc, article.text) for d in drafts]
        return ArticleResult(article=article, persons=out_persons, events=events, extractor_version=EXTRACTOR_VERSION)


def _article_countries(doc: Doc, on: date | None) -> Counter:
    """How often each country is named in the article."""
    return article_countries(doc, on)


def _home_country(doc: Doc, persons: list[PersonDraft], on: date | None) -> str | None:
    """The country whose officials the article names without a nationality: much mentioned,
    rarely used to qualify a person's title, never the host of "ambassador to X"."""
    counts = _article_countries(doc, on)
    qualified: Counter = Counter()
    for p in persons:
        for code in {o.country for o in p.offices if o.country} | {o.receiving for o in p.offices if o.receiving}:
            qualified[code] += 1
    line = dateline(doc_text(doc), on)
    if line and line.place_country:
        return line.place_country  # "TOKYO (AP) - Prime Minister X": the wire writes from X's country
    scored = sorted(counts, key=lambda c: -(counts[c] - 5 * qualified[c]))
    return scored[0] if scored else None


def _reciprocal_subject(root) -> bool:
    """Whether a coordinated name is part of "X and Y met" (two sides), not "X and Y met with Z"."""
    top = root
    while top.dep_ == "conj":
        top = top.head
    if top.head.lower_ == "between":
        return True  # "talks between X and Y": two sides
    verb = top.head
    if top.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    # "X and Y met with Z" has a partner; "X and Y held talks" / "X and Y met" has none
    partner = any(
        c.dep_ in ("prep", "mark")
        and c.lower_ in ("with", "to")
        or c.dep_ == "dobj"
        and (c.ent_type_ == "PERSON" or c.lower_ in lexicon().group_words)
        for c in verb.children
    )
    return not partner


def _appointing_state(i: int, involved, on) -> str | None:
    """ "Japan appointed X as its ambassador": the envoy serves the appointing state."""
    for em in involved:
        if em.kind != "appointment" or em.trigger.pos_ != "VERB":
            continue
        for c in em.trigger.children:
            if c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP"):
                code = place_country(c.text, on)
                if code:
                    return code
    return None


def _host_country(i: int, involved, persons: list[PersonDraft]) -> str | None:
    """ "X travelled to Uruguay to meet President Y": the person met abroad is the host's."""
    for em in involved:
        if em.sides.get(i) != "obj" or not em.location_country or em.kind not in ("meeting", "visit"):
            continue
        visitors = {persons[q].country for q, side in em.sides.items() if side == "subj" and persons[q].country}
        if visitors and em.location_country not in visitors:
            return em.location_country
    return None


def _conj_country(doc: Doc, p: PersonDraft, persons: list[PersonDraft], by_token: dict) -> str | None:
    """The country of a person coordinated with p on one side ("X and Deputy Minister Y")."""
    for m in p.mentions:
        root = doc[m.end - 1]
        if _reciprocal_subject(root):
            continue
        for other in [root.head, *root.children]:
            linked = (root.dep_ == "conj" and other.i == root.head.i) or other.dep_ == "conj"
            if linked and other.i in by_token:
                sib = persons[by_token[other.i].person]
                if sib.country and sib is not p and not _same_office(p, sib):
                    return sib.country
    return None


def _rival_countries(doc: Doc, p: PersonDraft, persons: list[PersonDraft], by_token: dict) -> set[str]:
    """Countries of people coordinated with p who hold p's title (another state's president)."""
    out = set()
    for m in p.mentions:
        root = doc[m.end - 1]
        for other in [root.head, *root.children]:
            linked = (root.dep_ == "conj" and other.i == root.head.i) or other.dep_ == "conj"
            if linked and other.i in by_token:
                sib = persons[by_token[other.i].person]
                if sib is not p and sib.country and _same_office(p, sib):
                    out.add(sib.country)
    return out


def _same_office(p: PersonDraft, q: PersonDraft) -> bool:
    """Whether two people hold one title ("President X and Chilean President Y"): one state has
    one president, so coordinated they serve two."""
    return bool({fold(o.title) for o in p.offices} & {fold(o.title) for o in q.offices})


def _sentence_state(doc: Doc, p: PersonDraft, on: date | None) -> str | None:
    """The one state that acts in the sentence that first names p, named as a subject
    ("President X said Peru would not ...", "Jordan was represented by Minister Y")."""
    if not p.mentions:
        return None
    sent = doc[p.mentions[0].start].sent
    line = dateline(doc_text(doc), on)
    codes = set()
    for ent in sent.ents:
        if ent.label_ != "GPE" or line and ent.start_char < line.end:
            continue
        if ent.root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "visited Peru", "in Lima", "Chile's claims": not who acts
        # a country by name; "Lima had sought" may stand for a state, but not reliably
        code = None if is_city(ent.text) else resolve_country(ent.text, on)
        if code:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _fill_countries(doc: Doc, persons: list[PersonDraft], mentions: list[Mention], found, on) -> None:
    """Countries for people whose titles do not state one, from their company in the text:
    a coordinated colleague, the delegation they lead, else the article's home country
    (the one whose officials go unqualified) unless that is their counterpart's."""
    lex = lexicon()
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        # "Brazil's Fernando Collor de Mello": the possessive names the state, title or not
        p = persons[m.person]
        if p.country or any(o.organization for o in p.offices) or m.start < 2:
            continue
        if doc[m.start - 1].text in ("'s", "’s") and doc[m.start - 2].ent_type_ == "GPE":
            code = resolve_country(doc[m.start - 2].text, on)
            if code:
                p.country = as_of(code, on)
    for _ in range(2):
        for m in mentions:
            p = persons[m.person]
            if p.country or any(o.organization for o in p.offices):
                continue
            root = doc[m.end - 1]
            # "X and Deputy Foreign Minister Y" (one side): coordinated people serve one state
            if not _reciprocal_subject(root):
                for other in [root.head, *root.children]:
                    linked = (root.dep_ == "conj" and other.i == root.head.i) or other.dep_ == "conj"
                    if linked and other.i in by_token:
                        sib = persons[by_token[other.i].person]
                        if sib.country and sib is not p and not _same_office(p, sib):
                            p.country = sib.country
            # "a Turkish delegation led by X", "Palestinian officials including X"
            head = root.head
            group = None
            if head.lower_ == "by" and head.head.lemma_ in ("lead", "head"):
                group = head.head.head
            elif head.lower_ in ("including", "include", "like"):
                group = head.head
            if (
                group is not None
                and not p.country
                and (group.lower_ in lex.group_words or group.lemma_ in lex.group_words)
            ):
                for c in group.children:
                    code = place_country(c.text, on) if c.text[:1].isupper() else None
                    if code:
                        p.country = code
                        break
    counts = _article_countries(doc, on)
    home = _home_country(doc, persons, on)
    ranked = ([home] if home else []) + [c for c, _ in counts.most_common() if c != home]
    # people serving someone named ("his adviser") after the people they serve
    order = sorted(range(len(persons)), key=lambda i: any(o.possessor is not None for o in persons[i].offices))
    for i in order:
        p = persons[i]
        if p.country:
            continue
        involved = [em for em in found if i in em.participants]
        if not p.offices and not involved:
            continue
        if any(o.organization for o in p.offices):
            continue  # officials of the UN, EU... serve no state
        only = {title_country(o.title) for o in p.offices} - {None}
        if len(only) == 1:
            p.country = as_of(only.pop(), on)  # "Secretary of State X": only one state has one
            continue
        served = {persons[o.possessor].country for o in p.offices if o.possessor is not None} - {None}
        if len(served) == 1:
            p.country = served.pop()  # "X was accompanied by his adviser Y"
            continue
        sibling = _conj_country(doc, p, persons, by_token)
        if sibling:
            p.country = sibling
            continue
        appointer = _appointing_state(i, involved, on)
        if appointer:
            p.country = appointer
            continue
        host = _host_country(i, involved, persons)
        if host:
            p.country = host
            continue
        avoid = {o.receiving for o in p.offices if o.receiving} | {persons[q].country for q in p.across}
        avoid |= _rival_countries(doc, p, persons, by_token)
        state = _sentence_state(doc, p, on)
        if state and state not in avoid and p.offices:
            p.country = state
            continue
        for em in involved:
            # the people across the table serve another state
            side = em.sides.get(i)
            if side:
                avoid |= {persons[q].country for q, s in em.sides.items() if s != side and persons[q].country}
            if em.kind == "visit" and (side or "").startswith("subj") and em.location_country and not p.offices:
                avoid.add(em.location_country)  # a traveller the article gives no title comes from elsewhere
        rest = [c for c in ranked if c not in avoid]
        p.country = rest[0] if rest else None
    for _ in range(2):
        for p in persons:
            for o in p.offices:
                if o.country is None and not o.organization:
                    o.country = persons[o.possessor].country if o.possessor is not None else p.country


def _evidence(text: str, start: int, end: int, highlights: Iterable[tuple[int, int]] = ()) -> Evidence:
    """Evidence for the sentence at [start, end) of the article text, surrounding blanks trimmed."""
    chunk = text[start:end]
    s = start + len(chunk) - len(chunk.lstrip())
    e = end - (len(chunk) - len(chunk.rstrip()))
    return Evidence(
        sentence=text[s:e],
        start=s,
        end=e,
        highlights=tuple(sorted({h for h in highlights if s <= h[0] and h[1] <= e})),
    )


def _person(key: str, p: PersonDraft, doc: Doc, text: str) -> ExtractedPerson:
    offices = []
    seen = set()
    ordered = sorted(p.offices, key=lambda o: -len(o.title))
    for o in ordered:
        low = o.title.lower()
        if any(low in s and o.country == c for s, c in seen):
            continue
        seen.add((low, o.country))
        ev = _evidence(text, o.sentence_start, o.sentence_end, [o.highlight])
        offices.append(OfficeMention(title=o.title, country=o.country, organization=o.organization, evidence=ev))
    evidence = []
    for m in p.mentions[:5]:
        sent = doc[m.start].sent
        ev = _evidence(text, sent.start_char, sent.end_char, [(m.char_start, m.char_end)])
        if all(ev.start != x.start for x in evidence):
            evidence.append(ev)
    aliases = list(dict.fromkeys(p.names))
    return ExtractedPerson(key=key, name=p.name, aliases=aliases, country=p.country, offices=offices, evidence=evidence)


def _event(d: EventDraft, persons: list[PersonDraft], keys: dict[int, str], doc: Doc, text: str) -> ExtractedEvent:
    countries = {persons[q].country for q in d.participants if persons[q].country}
    if d.kind in ("appointment", "withdrawal"):
        # "ambassador to Turkey": the receiving state is a party too
        countries |= {o.receiving for q in d.participants for o in persons[q].offices if o.receiving}
    if len(countries) < 2:
        # named people of two states say who took part; groups ("Palestinian officials") fill in otherwise
        countries |= {c for m in d.mentions for c in m.group_countries}
    with_organization = any(o.organization for q in d.participants for o in persons[q].offices)
    if d.location_country and (
        d.kind == "visit" or len(countries) < 2 and d.kind in ("meeting", "call") and not with_organization
    ):
        countries.add(d.location_country)
    participants = []
    for q in sorted(d.participants, key=lambda q: min(m.char_start for m in persons[q].mentions)):
        if q not in keys:
            continue
        c = persons[q].country
        role = "participant"
        if d.location_country and c and d.kind in ("meeting", "visit"):
            role = "host" if c == d.location_country else "guest"
        participants.append(Participant(person=keys[q], role=role, country=c))
    evidence, seen = [], set()
    for m in d.mentions:
        if m.sent.start_char in seen:
            continue
        seen.add(m.sent.start_char)
        evidence.append(_evidence(text, m.sent.start_char, m.sent.end_char, m.highlights))
    return ExtractedEvent(
        kind=d.kind,
        date=d.date,
        date_precision=d.precision if d.date else None,
        end_date=d.end_date,
        status=d.status,
        location=d.location,
        location_country=d.location_country,
        countries=sorted(countries),
        participants=participants,
        evidence=evidence,
        trigger=d.mentions[0].trigger.text,
        confidence=min(1.0, 0.4 + 0.15 * len(d.mentions) + 0.1 * len(participants)),
        date_inferred=d.date_inferred,
    )
