"""One FilterSet per resource; every filter has a description and an example for the schema.

Relations to participants are filtered with ``EXISTS`` subqueries rather than joins, so a
filter never multiplies rows and the list needs no ``DISTINCT`` (which would defeat the
keyset pagination on millions of events).
"""

import re

import django_filters as filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from rest_framework.exceptions import ValidationError as APIValidationError

from diplomacy.extraction.text import fold
from diplomacy.models import (
    Country,
    Event,
    EventKind,
    EventSource,
    EventStatus,
    Evidence,
    Office,
    Participation,
    Person,
    PersonAlias,
    Redirect,
    ReviewStatus,
    Source,
    Tenure,
)

UNKNOWN_PARAMETERS = "Unknown query parameter(s): {names}. Allowed: {allowed}."
BAD_COUNTRY_CODE = "Expected ISO 3166-1 alpha-2 country codes like IL or IL,TR; got {value!r}."
TOO_MANY_COUNTRIES = "At most {limit} countries."
BAD_SHA256 = "Expected the 64 hexadecimal digits of a source's SHA-256."
EMPTY_NAME = "Give at least one letter or digit."
BAD_BOOLEAN = "Expected true or false."
MAX_COUNTRIES = 5

_CODE = re.compile(r"^[A-Za-z]{2}$")
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")

# Query parameters every list accepts besides its filters.
COMMON_PARAMETERS = {"format", "cursor", "limit", "offset", "page_size"}


def documented(filter_, example):
    """``filter_`` with an example value shown in the OpenAPI schema."""
    filter_.example = example
    return filter_


def country_codes(value: str) -> list[str]:
    codes = [code.strip().upper() for code in value.split(",")]
    if not all(_CODE.match(code) for code in codes):
        raise ValidationError(BAD_COUNTRY_CODE.format(value=value))
    if len(codes) > MAX_COUNTRIES:
        raise ValidationError(TOO_MANY_COUNTRIES.format(limit=MAX_COUNTRIES))
    return codes


def name_key(value: str) -> str:
    key = fold(value)
    if not key:
        raise ValidationError(EMPTY_NAME)
    return key


def with_survivors(model, public_id) -> list:
    """``public_id`` and, if that record was merged away, the UUID of its survivor."""
    survivor = Redirect.objects.resolve(model._meta.model_name, public_id)
    return [public_id, survivor] if survivor else [public_id]


class StrictBooleanField(forms.NullBooleanField):
    """``true`` or ``false`` (``1``/``0``, any case); anything else is an error, where Django's
    field would read it as "no filter" and answer with every record."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in (None, ""):
            return None
        parsed = {"true": True, "1": True, "false": False, "0": False}.get(str(value).strip().lower())
        if parsed is None:
            raise ValidationError(BAD_BOOLEAN, code="invalid")
        return parsed


class StrictBooleanFilter(filters.BooleanFilter):
    field_class = StrictBooleanField


class PresentFilterSet(filters.FilterSet):
    """A FilterSet that binds only the filters named in the query.

    The others would leave the queryset as it is, but FilterSet deep-copies every filter
    and builds a form field for each on every request: a fifth of an event page's time.
    """

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not kwargs.get("prefix"):
            self.base_filters = {name: f for name, f in type(self).base_filters.items() if name in data}
        super().__init__(data, *args, **kwargs)


class EventFilter(PresentFilterSet):
    date_after = documented(
        filters.DateFilter(
            field_name="date", lookup_expr="gte", help_text="Events on or after this date (YYYY-MM-DD)."
        ),
        "2022-01-01",
    )
    date_before = documented(
        filters.DateFilter(
            field_name="date", lookup_expr="lte", help_text="Events on or before this date (YYYY-MM-DD)."
        ),
        "2022-12-31",
    )
    kind = documented(filters.ChoiceFilter(choices=EventKind.choices, help_text="The kind of event."), "meeting")
    status = documented(
        filters.ChoiceFilter(
            choices=EventStatus.choices, help_text="Whether the event occurred, is planned or was cancelled."
        ),
        "occurred",
    )
    review_status = documented(
        filters.ChoiceFilter(
            choices=ReviewStatus.choices,
            help_text="Curation state: extracted by the pipeline, confirmed or rejected by a curator.",
        ),
        "confirmed",
    )
    date_inferred = documented(
        StrictBooleanFilter(
            field_name="date_inferred",
            help_text="`true`: events whose article gave no date of their own, dated by the extractor "
            "to the story's day (to check); `false`: events with a stated or curated date, or none.",
        ),
        "true",
    )
    country = documented(
        filters.CharFilter(
            method="filter_country",
            help_text="Events with a participant of this country (ISO 3166-1 alpha-2), "
            "or listing it among the event's countries.",
        ),
        "IL",
    )
    countries = documented(
        filters.CharFilter(
            method="filter_countries",
            help_text="Comma-separated country codes; events involving all of them (a dyad "
            f"for two codes). At most {MAX_COUNTRIES}.",
        ),
        "IL,TR",
    )
    person = documented(
        filters.UUIDFilter(
            method="filter_person",
            help_text="Events a person took part in, by the person's id (a merged-away id works too).",
        ),
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    )
    person_name = documented(
        filters.CharFilter(
            method="filter_person_name",
            help_text="Events with a participant whose name or any alias contains this text, "
            'ignoring case and accents ("Ozturk" finds "Öztürk").',
        ),
        "cavusoglu",
    )
    location = documented(
        filters.CharFilter(
            field_name="location", lookup_expr="icontains", help_text="Location contains this text (any case)."
        ),
        "Ankara",
    )
    source = documented(
        filters.CharFilter(method="filter_source", help_text="Events reported by this source, by its SHA-256."),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    )
    search = documented(
        filters.CharFilter(
            method="filter_search",
            help_text="Full-text search: every word must occur in the title, the location, a "
            "participant's name or alias (accent-insensitive) or an evidence sentence.",
        ),
        "foreign minister Ankara",
    )
    ordering = documented(
        filters.OrderingFilter(
            fields=(("date", "date"),),
            help_text="Sort by date: `-date` (newest first, the default) or `date`. Undated events come last.",
        ),
        "-date",
    )

    class Meta:
        model = Event
        fields = []

    def filter_country(self, queryset, name, value):
        (code,) = self._codes(value, single=True)
        return queryset.involving(code)

    def filter_countries(self, queryset, name, value):
        return queryset.involving(*self._codes(value))

    def filter_person(self, queryset, name, value):
        ids = with_survivors(Person, value)
        return queryset.filter(Exists(Participation.objects.filter(event_id=OuterRef("pk"), person__uuid__in=ids)))

    def filter_person_name(self, queryset, name, value):
        key = self._key(value)
        return queryset.filter(
            Exists(
                Participation.objects.filter(event_id=OuterRef("pk")).filter(
                    Q(person__match_key__contains=key)
                    | Exists(PersonAlias.objects.filter(person_id=OuterRef("person_id"), match_key__contains=key))
                )
            )
        )

    def filter_source(self, queryset, name, value):
        if not _SHA256.match(value):
            raise APIValidationError({name: [BAD_SHA256]})
        return queryset.filter(
            Exists(EventSource.objects.filter(event_id=OuterRef("pk"), source__sha256=value.lower()))
        )

    def filter_search(self, queryset, name, value):
        for word in value.split():
            key = fold(word)
            by_name = Q(person__match_key__contains=key) | Exists(
                PersonAlias.objects.filter(person_id=OuterRef("person_id"), match_key__contains=key)
            )
            matches = (
                Q(title__icontains=word)
                | Q(location__icontains=word)
                | Exists(Evidence.objects.filter(event_id=OuterRef("pk"), sentence__icontains=word))
            )
            if key:
                matches |= Exists(Participation.objects.filter(by_name, event_id=OuterRef("pk")))
            queryset = queryset.filter(matches)
        return queryset

    def _codes(self, value, single=False):
        try:
            codes = country_codes(value)
        except ValidationError as error:
            raise APIValidationError({"countries" if not single else "country": error.messages}) from error
        if single and len(codes) != 1:
            raise APIValidationError({"country": [BAD_COUNTRY_CODE.format(value=value)]})
        return codes

    def _key(self, value):
        try:
            return name_key(value)
        except ValidationError as error:
            raise APIValidationError({"person_name": error.messages}) from error


class PersonFilter(PresentFilterSet):
    name = documented(
        filters.CharFilter(
            method="filter_name",
            help_text="Name or any alias contains this text, ignoring case and accents.",
        ),
        "cavusoglu",
    )
    country = documented(
        filters.CharFilter(method="filter_country", help_text="Persons acting for this country (ISO 3166-1 alpha-2)."),
        "TR",
    )
    office = documented(
        filters.UUIDFilter(
            method="filter_office", help_text="Persons who held this office (by the office's id) at some time."
        ),
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    )

    class Meta:
        model = Person
        fields = []

    def filter_name(self, queryset, name, value):
        try:
            key = name_key(value)
        except ValidationError as error:
            raise APIValidationError({name: error.messages}) from error
        return queryset.filter(
            Q(match_key__contains=key)
            | Exists(PersonAlias.objects.filter(person_id=OuterRef("pk"), match_key__contains=key))
        )

    def filter_country(self, queryset, name, value):
        try:
            codes = country_codes(value)
        except ValidationError as error:
            raise APIValidationError({name: error.messages}) from error
        return queryset.filter(country_id__in=codes)

    def filter_office(self, queryset, name, value):
        return queryset.filter(Exists(Tenure.objects.filter(person_id=OuterRef("pk"), office__uuid=value)))


class OfficeFilter(filters.FilterSet):
    title = documented(
        filters.CharFilter(method="filter_title", help_text="Title contains this text, ignoring case and accents."),
        "foreign minister",
    )
    country = documented(
        filters.CharFilter(method="filter_country", help_text="Offices of this country (ISO 3166-1 alpha-2)."),
        "TR",
    )

    class Meta:
        model = Office
        fields = []

    def filter_title(self, queryset, name, value):
        try:
            key = name_key(value)
        except ValidationError as error:
            raise APIValidationError({name: error.messages}) from error
        return queryset.filter(title_key__contains=key)

    def filter_country(self, queryset, name, value):
        try:
            codes = country_codes(value)
        except ValidationError as error:
            raise APIValidationError({name: error.messages}) from error
        return queryset.filter(country_id__in=codes)


class CountryFilter(filters.FilterSet):
    current = documented(
        filters.BooleanFilter(
            field_name="ended", lookup_expr="isnull", help_text="`true`: existing states only; `false`: former states."
        ),
        "true",
    )

    class Meta:
        model = Country
        fields = []


class SourceFilter(filters.FilterSet):
    published_after = documented(
        filters.DateFilter(
            field_name="published", lookup_expr="gte", help_text="Published on or after this date (YYYY-MM-DD)."
        ),
        "2022-01-01",
    )
    published_before = documented(
        filters.DateFilter(
            field_name="published", lookup_expr="lte", help_text="Published on or before this date (YYYY-MM-DD)."
        ),
        "2022-12-31",
    )
    name = documented(
        filters.CharFilter(
            field_name="name", lookup_expr="icontains", help_text="File name or external id contains this text."
        ),
        "article_0001",
    )

    class Meta:
        model = Source
        fields = []


class RelationsFilter(filters.FilterSet):
    """The window of events counted by ``/countries/{code}/relations/``."""

    date_after = EventFilter.base_filters["date_after"]
    date_before = EventFilter.base_filters["date_before"]
    review_status = EventFilter.base_filters["review_status"]

    class Meta:
        model = Event
        fields = []


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter, but a query parameter no filter knows is a 400, not silently ignored."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(filterset_class.base_filters) if filterset_class else set()
        unknown = sorted(set(request.query_params) - known - COMMON_PARAMETERS)
        if unknown:
            allowed = ", ".join(sorted(known | COMMON_PARAMETERS))
            raise APIValidationError({"detail": UNKNOWN_PARAMETERS.format(names=", ".join(unknown), allowed=allowed)})
        return super().filter_queryset(request, queryset, view)


class StrictFilterExtension(DjangoFilterExtension):
    """Schema parameters of the filters, each with its example."""

    target_class = StrictFilterBackend
    priority = 1

    def get_schema_operation_parameters(self, auto_schema, *args, **kwargs):
        parameters = super().get_schema_operation_parameters(auto_schema, *args, **kwargs)
        filterset_class = getattr(auto_schema.view, "filterset_class", None)
        if filterset_class is None:
            return parameters
        for parameter in parameters:
            filter_ = filterset_class.base_filters.get(parameter["name"])
            example = getattr(filter_, "example", None)
            if example is not None:
                parameter["example"] = example
        return parameters
