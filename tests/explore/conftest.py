"""A small Israel–Turkey world for the explore pages, built with the factories."""

from dataclasses import dataclass
from datetime import date

import pytest

from diplomacy import models
from tests import factories as f

ARTICLE = (
    "Ibrahim Kalın and Deputy Foreign Minister Sedat Önal met Israeli President Isaac Herzog "
    "in Jerusalem on Thursday. Herzog is expected to visit Ankara in March."
)


def span(text: str, after: int = 0) -> list[int]:
    start = ARTICLE.index(text, after)
    return [start, start + len(text)]


@dataclass
class World:
    herzog: models.Person
    kalin: models.Person
    onal: models.Person
    meeting: models.Event
    visit: models.Event
    call: models.Event
    rejected: models.Event
    source: models.Source


@pytest.fixture
def world(db) -> World:
    tr = f.country("TR")
    herzog = f.PersonFactory(name="Isaac Herzog")
    kalin = f.PersonFactory(name="İbrahim Kalın", country=tr)
    f.PersonAliasFactory(person=kalin, name="Ibrahim Kalin")
    f.PersonAliasFactory(person=kalin, name="Kalın")
    onal = f.PersonFactory(name="Sedat Önal", country=tr)
    president = f.OfficeFactory(title="President")
    deputy = f.OfficeFactory(title="Deputy Foreign Minister", country=tr)
    f.TenureFactory(person=herzog, office=president, start=date(2021, 7, 7), end=date(2022, 3, 9))
    f.TenureFactory(person=onal, office=deputy, start=date(2022, 2, 17), end=date(2022, 2, 17))

    source = f.SourceFactory(name="seed_000.txt", title="Turkish officials in Jerusalem", text=ARTICLE)
    meeting = f.EventFactory(
        kind=models.EventKind.MEETING,
        title="Kalın and Önal meet Herzog in Jerusalem",
        date=date(2022, 2, 17),
        location="Jerusalem",
        location_country=f.country("IL"),
        review_status=models.ReviewStatus.CONFIRMED,
        countries=["IL", "TR"],
    )
    for person, role in [(herzog, models.Role.HOST), (kalin, models.Role.GUEST), (onal, models.Role.GUEST)]:
        f.ParticipationFactory(event=meeting, person=person, role=role)
    f.EventSourceFactory(event=meeting, source=source)
    sentence_end = ARTICLE.index(".") + 1
    f.EvidenceFactory(
        source=source,
        event=meeting,
        sentence=ARTICLE[:sentence_end],
        start=0,
        end=sentence_end,
        highlights=[span("Ibrahim Kalın"), span("Sedat Önal"), span("met"), span("Isaac Herzog")],
    )

    visit = f.EventFactory(
        kind=models.EventKind.VISIT,
        title="Herzog to visit Turkey",
        date=date(2022, 3, 1),
        date_precision=models.DatePrecision.MONTH,
        status=models.EventStatus.PLANNED,
        location="Ankara",
        location_country=tr,
        countries=["IL", "TR"],
    )
    f.ParticipationFactory(event=visit, person=herzog, role=models.Role.GUEST)
    visit_start = sentence_end + 1
    f.EvidenceFactory(
        source=source,
        event=visit,
        sentence=ARTICLE[visit_start:],
        start=visit_start,
        end=len(ARTICLE),
        highlights=[span("Herzog", visit_start), span("visit", visit_start)],
    )
    call = f.EventFactory(
        kind=models.EventKind.CALL,
        title="Herzog calls Kalın",
        date=date(2021, 11, 18),
        location="",
        countries=["IL", "TR"],
    )
    f.ParticipationFactory(event=call, person=herzog)
    f.ParticipationFactory(event=call, person=kalin)
    rejected = f.EventFactory(
        kind=models.EventKind.MEETING,
        title="Not a real meeting",
        date=date(2022, 2, 18),
        location="Atlantis",
        review_status=models.ReviewStatus.REJECTED,
        countries=["IL", "TR"],
    )
    f.ParticipationFactory(event=rejected, person=herzog)
    f.ParticipationFactory(event=rejected, person=onal)
    return World(herzog, kalin, onal, meeting, visit, call, rejected, source)
