"""A small curated database: three events (confirmed, extracted, rejected) and their people."""

from dataclasses import dataclass
from datetime import date

import pytest

from diplomacy.models import EventKind, Organization, ReviewStatus, Role
from tests import factories as f


@dataclass
class World:
    herzog: object
    kalin: object
    guterres: object
    meeting: object
    call: object
    rejected: object
    article: object
    reprint: object


@pytest.fixture
def world(db) -> World:
    herzog = f.PersonFactory(name="Isaac Herzog", country=f.country("IL"))
    kalin = f.PersonFactory(name="İbrahim Kalın", country=f.country("TR"))
    guterres = f.PersonFactory(name="António Guterres", country=None)
    for person, alias in ((herzog, "Herzog"), (kalin, "Ibrahim Kalin"), (kalin, "İbrahim Kalın")):
        f.PersonAliasFactory(person=person, name=alias)
    president = f.OfficeFactory(title="President", country=f.country("IL"))
    deputy = f.OfficeFactory(title="Deputy Foreign Minister", country=f.country("TR"))
    secretary = f.OfficeFactory(
        title="Secretary-General", country=None, organization=Organization.objects.get(acronym="UN")
    )
    f.TenureFactory(person=herzog, office=president, start=date(2022, 2, 17), end=date(2022, 3, 9))
    f.TenureFactory(person=kalin, office=deputy, start=date(2022, 2, 17), end=date(2022, 2, 17))
    f.TenureFactory(person=guterres, office=secretary, start=None, end=None)

    article = f.SourceFactory(name="000_a.txt", text="Herzog met with Kalın in Jerusalem. More text.")
    reprint = f.SourceFactory(
        name="001_b.txt", text="Herzog met with Kalın in Jerusalem. Reprinted.", duplicate_of=article
    )
    other = f.SourceFactory(name="002_c.txt", text="Kalın spoke by phone with Guterres.", published=date(2022, 3, 10))

    meeting = f.EventFactory(
        kind=EventKind.MEETING,
        date=date(2022, 2, 17),
        location="Jerusalem",
        countries=["IL", "TR"],
        review_status=ReviewStatus.CONFIRMED,
        cameo_code="043",
        plover_event="CONSULT",
        plover_mode="meet",
        confidence=0.9,
    )
    f.ParticipationFactory(event=meeting, person=herzog, role=Role.HOST, office=president)
    f.ParticipationFactory(event=meeting, person=kalin, role=Role.GUEST, office=deputy)
    for source in (article, reprint):
        f.EventSourceFactory(event=meeting, source=source)
        f.EvidenceFactory(source=source, event=meeting, sentence="Herzog met with Kalın in Jerusalem.")

    call = f.EventFactory(
        kind=EventKind.CALL,
        date=date(2022, 3, 10),
        location="",
        countries=["TR"],
        cameo_code="040",
        plover_event="CONSULT",
        plover_mode="phone",
    )
    f.ParticipationFactory(event=call, person=kalin, role=Role.PARTICIPANT)
    f.ParticipationFactory(event=call, person=guterres, role=Role.PARTICIPANT, country=None)
    f.EventSourceFactory(event=call, source=other)
    f.EvidenceFactory(source=other, event=call, sentence="Kalın spoke by phone with Guterres.")

    rejected = f.EventFactory(
        kind=EventKind.VISIT, date=date(2021, 5, 1), countries=["FR"], review_status=ReviewStatus.REJECTED
    )
    f.EventSourceFactory(event=rejected, source=other)
    return World(herzog, kalin, guterres, meeting, call, rejected, article, reprint)
