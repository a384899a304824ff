"""factory-boy factories for every model; countries come from the data migration."""

import hashlib
from datetime import date

import factory
from factory.django import DjangoModelFactory

from diplomacy import models


def country(code: str) -> models.Country:
    return models.Country.objects.get(code=code)


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = models.Person

    name = factory.Faker("name")
    country = factory.LazyFunction(lambda: country("IL"))


class PersonAliasFactory(DjangoModelFactory):
    class Meta:
        model = models.PersonAlias

    person = factory.SubFactory(PersonFactory)
    name = factory.LazyAttribute(lambda o: o.person.name)


class OfficeFactory(DjangoModelFactory):
    class Meta:
        model = models.Office

    title = factory.Sequence(lambda n: f"Minister of Affairs {n}")
    country = factory.LazyFunction(lambda: country("IL"))


class TenureFactory(DjangoModelFactory):
    class Meta:
        model = models.Tenure

    person = factory.SubFactory(PersonFactory)
    office = factory.SubFactory(OfficeFactory)
    start = date(2022, 1, 1)


class SourceFactory(DjangoModelFactory):
    class Meta:
        model = models.Source

    name = factory.Sequence(lambda n: f"article_{n:04d}.txt")
    text = factory.Faker("paragraph", nb_sentences=5)
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.text.encode()).hexdigest())
    published = date(2022, 2, 17)


class EventFactory(DjangoModelFactory):
    class Meta:
        model = models.Event
        skip_postgeneration_save = True

    kind = models.EventKind.MEETING
    date = date(2022, 2, 17)
    date_precision = models.DatePrecision.DAY
    location = "Jerusalem"
    title = factory.Sequence(lambda n: f"Meeting {n}")

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set([country(c) if isinstance(c, str) else c for c in extracted])


class ParticipationFactory(DjangoModelFactory):
    class Meta:
        model = models.Participation

    event = factory.SubFactory(EventFactory)
    person = factory.SubFactory(PersonFactory)
    country = factory.LazyAttribute(lambda o: o.person.country)
    role = models.Role.PARTICIPANT


class EventSourceFactory(DjangoModelFactory):
    class Meta:
        model = models.EventSource

    event = factory.SubFactory(EventFactory)
    source = factory.SubFactory(SourceFactory)


class EvidenceFactory(DjangoModelFactory):
    class Meta:
        model = models.Evidence

    source = factory.SubFactory(SourceFactory)
    kind = models.EvidenceKind.EVENT
    sentence = factory.LazyAttribute(lambda o: o.source.text.split(".")[0] + ".")
    start = 0
    end = factory.LazyAttribute(lambda o: len(o.sentence))
