"""Read vocabulary: the queries the admin, the API and the exports are built from."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db import connections, models
from django.db.models import BooleanField, Count, Expression, Q

from diplomacy.extraction import gazetteer
from diplomacy.extraction.text import fold


class InvolvesAll(Expression):
    """An event's ``involved`` countries (PostgreSQL only, see migration 0007) include all ``codes``."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, codes):
        super().__init__()
        self.codes = sorted(set(codes))

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return f"{table}.involved @> %s::text[]", (self.codes,)


class PublicIdQuerySet(models.QuerySet):
    pass


class CountryQuerySet(models.QuerySet):
    def resolve(self, text: str, on: date | None = None):
        """The country a name, demonym or code refers to ("Turkish" -> TR), or None.

        The stored names and demonyms are searched first (curators may add some); the
        reference gazetteer decides between candidates (former states by date).
        """
        if not text:
            return None
        code = gazetteer.resolve_country(text, on=on)
        if code:
            return self.filter(code=code).first()
        key = fold(text)
        for country in self.all().only("code", "name", "names", "demonyms"):
            if key in {fold(n) for n in [country.name, *country.names, *country.demonyms]}:
                return country
        return None

    def current(self):
        return self.filter(ended__isnull=True)


class PersonQuerySet(PublicIdQuerySet):
    def named(self, text: str):
        """Persons whose name or any alias contains ``text``, accent-insensitively."""
        key = fold(text)
        if not key:
            return self.none()
        return self.filter(Q(match_key__contains=key) | Q(aliases__match_key__contains=key)).distinct()

    def with_counts(self):
        return self.annotate(event_count=Count("participations", distinct=True))


class EventQuerySet(PublicIdQuerySet):
    def between(self, start: date | None = None, end: date | None = None):
        qs = self
        if start:
            qs = qs.filter(date__gte=start)
        if end:
            qs = qs.filter(date__lte=end)
        return qs

    def involving(self, *codes: str):
        """Events with a participant (or a listed country) of every one of ``codes``.

        On PostgreSQL one test on the GIN-indexed ``involved`` column (migration 0007 keeps
        it equal to the listed and the participants' countries); elsewhere two semi-joins
        per code, not OR-ed joins with DISTINCT: the same rows.
        """
        from diplomacy.models import Event, Participation

        if not codes:
            return self
        if connections[self.db].vendor == "postgresql":
            return self.filter(InvolvesAll(codes))
        through = Event.countries.through
        qs = self
        for code in codes:
            qs = qs.filter(
                Q(pk__in=through.objects.filter(country_id=code).values("event_id"))
                | Q(pk__in=Participation.objects.filter(country_id=code).values("event_id"))
            )
        return qs

    def involving_person(self, person):
        return self.filter(participations__person=person)

    def needs_review(self):
        return self.filter(review_status="extracted")

    def confirmed(self):
        return self.filter(review_status="confirmed")

    def for_listing(self):
        """What a list of events shows, fetched without N+1 queries."""
        return (
            self.select_related("location_country")
            .prefetch_related(
                "countries",
                models.Prefetch(
                    "participations",
                    queryset=_participations().select_related("person", "country", "office"),
                ),
            )
            .annotate(source_count=Count("event_sources", distinct=True))
        )


class SourceQuerySet(models.QuerySet):
    def by_hash(self, sha256: str):
        return self.filter(sha256=sha256)

    def by_hashes(self, hashes: Iterable[str]):
        return self.filter(sha256__in=hashes)


def _participations():
    from diplomacy.models import Participation

    return Participation.objects.order_by("role", "person__match_key")
