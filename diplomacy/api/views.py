"""Viewsets of the read API and the curators' writes.

Each view builds its queryset with everything its serializer reads (pinned by query-count
tests); writes go through ``diplomacy.api.services``; merged-away ids answer with a
redirect to the survivor.
"""

import uuid

from django.db.models import Exists, OuterRef, Prefetch
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import generics, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.reverse import reverse

from diplomacy import curation
from diplomacy.api import filters, serializers, services
from diplomacy.api.exceptions import Conflict, Moved
from diplomacy.api.listing import attach_essentials
from diplomacy.api.pagination import KeysetPagination, UncountedLimitOffsetPagination
from diplomacy.api.relations import country_relations
from diplomacy.api.renderers import CSVRenderer
from diplomacy.models import (
    Country,
    Event,
    Evidence,
    Office,
    Participation,
    Person,
    PersonAlias,
    Redirect,
    Source,
    Tenure,
)

NOT_FOUND = "No {name} with this id."
MERGE_SELF = "A record cannot absorb itself."

FORMAT_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv"],
    description="`csv` for a flat table (one row per record; lists joined with `; `; the next page "
    "is in the `Link` header). JSON by default.",
    examples=[OpenApiExample("CSV", value="csv")],
)


def event_listing():
    """Events, to be serialized by ``EventSerializer``: lists attach their essentials per page."""
    return Event.objects.all()


class EventPageMixin:
    """Attaches countries, participants and sources to the events of a page in four queries."""

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return attach_essentials(page) if page is not None else None


def events_of(person_ids):
    return Exists(Participation.objects.filter(event_id=OuterRef("pk"), person__uuid__in=person_ids))


EVENT_CSV_COLUMNS = [
    ("id", lambda e: e["id"]),
    ("date", lambda e: e["date"]),
    ("date_precision", lambda e: e["date_precision"]),
    ("date_inferred", lambda e: e["date_inferred"]),
    ("end_date", lambda e: e["end_date"]),
    ("kind", lambda e: e["kind"]),
    ("status", lambda e: e["status"]),
    ("review_status", lambda e: e["review_status"]),
    ("title", lambda e: e["title"]),
    ("location", lambda e: e["location"]),
    ("location_country", lambda e: e["location_country"]),
    ("countries", lambda e: e["countries"]),
    ("participant_ids", lambda e: [p["person"] for p in e["participants"]]),
    ("participant_names", lambda e: [p["name"] for p in e["participants"]]),
    ("participant_countries", lambda e: [p["country"] or "" for p in e["participants"]]),
    ("participant_roles", lambda e: [p["role"] for p in e["participants"]]),
    ("participant_offices", lambda e: [(p["office"] or {}).get("title", "") for p in e["participants"]]),
    ("source_sha256s", lambda e: [s["sha256"] for s in e["sources"]]),
    ("first_published", lambda e: min((s["published"] for s in e["sources"] if s["published"]), default=None)),
    ("confidence", lambda e: e["confidence"]),
    ("version", lambda e: e["version"]),
    ("url", lambda e: e["url"]),
]

PERSON_CSV_COLUMNS = [
    ("id", lambda p: p["id"]),
    ("name", lambda p: p["name"]),
    ("country", lambda p: p["country"]),
    ("wikidata_id", lambda p: p["wikidata_id"]),
    ("aliases", lambda p: p["aliases"]),
    ("office_ids", lambda p: [o["id"] for o in p["offices"]]),
    ("office_titles", lambda p: [o["title"] for o in p["offices"]]),
    ("version", lambda p: p["version"]),
    ("url", lambda p: p["url"]),
]

CSV_DESCRIPTION = "With `format=csv`, flat columns: {columns}."


class PublicIdMixin:
    """Detail by UUID; a merged-away UUID redirects to its survivor, anything else is a 404."""

    lookup_field = "uuid"
    filter_backends = [filters.StrictFilterBackend]

    def get_object(self):
        model = self.get_queryset().model
        raw = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        try:
            public_id = uuid.UUID(str(raw))
        except ValueError:
            raise NotFound(NOT_FOUND.format(name=model._meta.verbose_name)) from None
        obj = self.get_queryset().filter(uuid=public_id).first()
        if obj is None:
            survivor = Redirect.objects.resolve(model._meta.model_name, public_id)
            if survivor:
                path = self.request.get_full_path().replace(str(raw), survivor, 1)
                raise Moved(self.request.build_absolute_uri(path), self.request.method in permissions.SAFE_METHODS)
            raise NotFound(NOT_FOUND.format(name=model._meta.verbose_name))
        self.check_object_permissions(self.request, obj)
        return obj


class CSVListMixin:
    """``format=csv`` (or ``Accept: text/csv``) for reading a list; anything else is JSON."""

    def get_renderers(self):
        renderers = super().get_renderers()
        listing = getattr(self, "action", None) in {"list", None} and not self.kwargs.get("pk")
        if listing and self.request.method in {"GET", "HEAD"}:
            renderers.append(CSVRenderer())
        return renderers


class CuratedWriteMixin:
    """POST, PATCH and DELETE through the curation services; the answer is the read serializer."""

    write_serializer_class = None

    def create(self, request, *args, **kwargs):
        data = self._validated(request)
        data.pop("version", None)
        instance = services.curated_create(model=self.get_queryset().model, data=data, user=request.user)
        body = self._read(instance)
        return Response(body, status=status.HTTP_201_CREATED, headers={"Location": body["url"]})

    def partial_update(self, request, *args, **kwargs):
        instance = self.get_object()
        data = self._validated(request, instance)
        expected = data.pop("version", None)
        try:
            instance = services.curated_update(
                instance=instance, changes=data, user=request.user, expected_version=expected
            )
        except curation.StaleVersionError as conflict:
            raise Conflict(str(conflict)) from None
        return Response(self._read(instance))

    def destroy(self, request, *args, **kwargs):
        services.curated_delete(instance=self.get_object(), user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _validated(self, request, instance=None):
        serializer = self.write_serializer_class(instance, data=request.data, partial=instance is not None)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def _read(self, instance):
        fresh = self.get_queryset().get(pk=instance.pk)
        return self.get_serializer(fresh).data


class MergePermission(permissions.BasePermission):
    """Merging changes the survivor and deletes the absorbed record."""

    def has_permission(self, request, view):
        model = view.get_queryset().model
        opts = model._meta
        user = request.user
        return bool(
            user
            and user.is_authenticated
            and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
            and user.has_perm(f"{opts.app_label}.delete_{opts.model_name}")
        )


class MergeMixin:
    merge_service_name = None

    def _merge(self, request):
        survivor = self.get_object()
        serializer = serializers.MergeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        absorbed_id = serializer.validated_data["absorbed"]
        model = type(survivor)
        absorbed = model.objects.filter(uuid=absorbed_id).first()
        if absorbed is None:
            raise ValidationError({"absorbed": [NOT_FOUND.format(name=model._meta.verbose_name)]})
        if absorbed.pk == survivor.pk:
            raise ValidationError({"absorbed": [MERGE_SELF]})
        merge = getattr(curation, self.merge_service_name)
        try:
            merge(survivor=survivor, absorbed=absorbed, user=request.user, note=serializer.validated_data["note"])
        except curation.CurationError as error:
            raise ValidationError({"absorbed": [str(error)]}) from error
        return Response(self._read(survivor))


@extend_schema_view(
    list=extend_schema(
        summary="List events",
        description="Newest first, by keyset pages. "
        + CSV_DESCRIPTION.format(columns=", ".join(name for name, _ in EVENT_CSV_COLUMNS)),
        parameters=[FORMAT_PARAMETER],
    ),
    retrieve=extend_schema(summary="An event", description="An absorbed (merged) event's id redirects (301)."),
    create=extend_schema(
        summary="Create an event",
        description="Needs the `add_event` permission. Every field given is marked as curated.",
        request=serializers.EventWriteSerializer,
        responses={201: serializers.EventSerializer},
    ),
    partial_update=extend_schema(
        summary="Edit an event",
        description="Needs `change_event`. Changed fields join `curated_fields` (re-extraction leaves "
        "them alone) and `version` goes up. A new `date` or `date_precision` sets `date_inferred` "
        "to false unless the request sets it. Send the `version` you read to get 409 instead of "
        "overwriting someone else's edit.",
        request=serializers.EventWriteSerializer,
        responses={200: serializers.EventSerializer, 409: OpenApiResponse(description="Version conflict.")},
    ),
    destroy=extend_schema(summary="Delete an event", description="Needs `delete_event`."),
)
class EventViewSet(PublicIdMixin, EventPageMixin, CSVListMixin, CuratedWriteMixin, MergeMixin, viewsets.ModelViewSet):
    """Diplomatic events with participants (and their offices at the time) and sources."""

    serializer_class = serializers.EventSerializer
    write_serializer_class = serializers.EventWriteSerializer
    filterset_class = filters.EventFilter
    pagination_class = KeysetPagination
    csv_columns = EVENT_CSV_COLUMNS
    merge_service_name = "event_merge"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return event_listing()

    @extend_schema(
        summary="Merge another event into this one",
        description="Needs `change_event` and `delete_event`. Sources, evidence, participants and "
        "countries join this event; its own fields stay. The absorbed event is deleted and its "
        "URL redirects (301) here. Answers with this event, as stored after the merge.",
        request=serializers.MergeSerializer,
        responses={200: serializers.EventSerializer},
    )
    @action(detail=True, methods=["post"], permission_classes=[MergePermission])
    def merge(self, request, uuid=None):
        return self._merge(request)


class PersonEventsView(PublicIdMixin, EventPageMixin, CSVListMixin, generics.ListAPIView):
    """The events one person took part in (newest first); the events' filters apply."""

    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilter
    pagination_class = KeysetPagination
    csv_columns = EVENT_CSV_COLUMNS
    permission_classes = [permissions.AllowAny]

    def get_queryset(self):
        return event_listing()

    @extend_schema(
        summary="A person's events",
        parameters=[FORMAT_PARAMETER],
        description="An absorbed (merged) person's id redirects (301) to the survivor's events.",
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def filter_queryset(self, queryset):
        person = self._person()
        return super().filter_queryset(queryset).filter(events_of([person.uuid]))

    def _person(self):
        raw = self.kwargs["uuid"]
        try:
            public_id = uuid.UUID(str(raw))
        except ValueError:
            raise NotFound(NOT_FOUND.format(name="person")) from None
        person = Person.objects.filter(uuid=public_id).only("id", "uuid").first()
        if person is None:
            survivor = Redirect.objects.resolve(Person._meta.model_name, public_id)
            if survivor:
                path = self.request.get_full_path().replace(str(raw), survivor, 1)
                raise Moved(self.request.build_absolute_uri(path))
            raise NotFound(NOT_FOUND.format(name="person"))
        return person


@extend_schema_view(
    list=extend_schema(
        summary="List persons",
        description="Sorted by name, accents ignored. "
        + CSV_DESCRIPTION.format(columns=", ".join(name for name, _ in PERSON_CSV_COLUMNS)),
        parameters=[FORMAT_PARAMETER],
    ),
    retrieve=extend_schema(summary="A person", description="An absorbed (merged) person's id redirects (301)."),
    create=extend_schema(
        summary="Create a person",
        description="Needs the `add_person` permission.",
        request=serializers.PersonWriteSerializer,
        responses={201: serializers.PersonSerializer},
    ),
    partial_update=extend_schema(
        summary="Edit a person",
        description="Needs `change_person`; changed fields join `curated_fields`, `version` goes up; "
        "send `version` for optimistic locking (409 on mismatch).",
        request=serializers.PersonWriteSerializer,
        responses={200: serializers.PersonSerializer, 409: OpenApiResponse(description="Version conflict.")},
    ),
    destroy=extend_schema(summary="Delete a person", description="Needs `delete_person`."),
)
class PersonViewSet(PublicIdMixin, CSVListMixin, CuratedWriteMixin, MergeMixin, viewsets.ModelViewSet):
    """People acting for a state or an international organisation, with aliases and offices."""

    serializer_class = serializers.PersonSerializer
    write_serializer_class = serializers.PersonWriteSerializer
    filterset_class = filters.PersonFilter
    pagination_class = UncountedLimitOffsetPagination
    csv_columns = PERSON_CSV_COLUMNS
    merge_service_name = "person_merge"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch("aliases", queryset=PersonAlias.objects.only("id", "person_id", "name").order_by("name")),
            Prefetch("tenures", queryset=Tenure.objects.select_related("office").order_by("start", "id")),
        ).order_by("match_key", "id")

    @extend_schema(
        summary="Merge another person into this one",
        description="Needs `change_person` and `delete_person`. Aliases (the absorbed name becomes "
        "one), offices, participations and evidence move here. The absorbed person is deleted and its "
        "URL redirects (301) here. Answers with this person, as stored after the merge.",
        request=serializers.MergeSerializer,
        responses={200: serializers.PersonSerializer},
    )
    @action(detail=True, methods=["post"], permission_classes=[MergePermission])
    def merge(self, request, uuid=None):
        return self._merge(request)


@extend_schema_view(
    list=extend_schema(summary="List offices", description="Positions apart from their holders, by title."),
    retrieve=extend_schema(summary="An office"),
)
class OfficeViewSet(PublicIdMixin, viewsets.ReadOnlyModelViewSet):
    """Positions (a country's Foreign Minister, an organisation's Secretary-General) and who held them."""

    serializer_class = serializers.OfficeSerializer
    filterset_class = filters.OfficeFilter
    pagination_class = UncountedLimitOffsetPagination

    def get_queryset(self):
        return (
            Office.objects.select_related("organization")
            .prefetch_related(
                Prefetch("tenures", queryset=Tenure.objects.select_related("person").order_by("start", "id"))
            )
            .order_by("title_key", "id")
        )


RELATIONS_PARAMETERS = [
    OpenApiParameter(
        name,
        OpenApiTypes.DATE if name.startswith("date") else OpenApiTypes.STR,
        description=filters.RelationsFilter.base_filters[name].extra["help_text"],
        enum=[choice for choice, _ in filters.ReviewStatus.choices] if name == "review_status" else None,
        examples=[OpenApiExample("Example", value=filters.RelationsFilter.base_filters[name].example)],
    )
    for name in ("date_after", "date_before", "review_status")
]


@extend_schema_view(
    list=extend_schema(summary="List countries", description="ISO 3166-1 countries and former states."),
    retrieve=extend_schema(summary="A country"),
)
class CountryViewSet(viewsets.ReadOnlyModelViewSet):
    """ISO 3166 countries, with the former states of ISO 3166-3."""

    serializer_class = serializers.CountrySerializer
    filterset_class = filters.CountryFilter
    filter_backends = [filters.StrictFilterBackend]
    pagination_class = UncountedLimitOffsetPagination
    lookup_field = "code"
    queryset = Country.objects.order_by("code")

    def get_object(self):
        code = str(self.kwargs["code"]).upper()
        country = Country.objects.filter(code=code).first()
        if country is None:
            raise NotFound(NOT_FOUND.format(name="country"))
        return country

    @extend_schema(
        summary="A country's relations",
        description="Per counterpart country (most events first): the events involving both, "
        "counted by kind, and the latest one. The dyad timeline is "
        "`/api/events/?countries={code},{counterpart}`.",
        parameters=RELATIONS_PARAMETERS,
        responses=serializers.RelationsSerializer,
    )
    @action(detail=True, pagination_class=None, filterset_class=filters.RelationsFilter)
    def relations(self, request, code=None):
        country = self.get_object()
        window = filters.RelationsFilter(request.query_params, queryset=Event.objects.none())
        self.filter_backends[0]().filter_queryset(request, Event.objects.none(), self)
        if not window.is_valid():
            raise ValidationError(window.errors)
        found = country_relations(country.code, **window.form.cleaned_data)
        latest_ids = [c.latest_event_id for c in found if c.latest_event_id]
        latest = {event.pk: event for event in attach_essentials(list(Event.objects.filter(pk__in=latest_ids)))}
        names = dict(Country.objects.filter(code__in=[c.code for c in found]).values_list("code", "name"))
        context = self.get_serializer_context()
        counterparts = [
            {
                "country": c.code,
                "country_url": reverse("country-detail", args=[c.code], request=request),
                "name": names.get(c.code, c.code),
                "total": c.total,
                "by_kind": c.by_kind,
                "latest_event": serializers.EventSerializer(latest[c.latest_event_id], context=context).data
                if c.latest_event_id in latest
                else None,
            }
            for c in found
        ]
        return Response({"country": country.code, "counterparts": counterparts})


@extend_schema_view(
    list=extend_schema(summary="List sources", description="Articles, newest first; metadata only."),
    retrieve=extend_schema(
        summary="A source",
        description="Metadata, the evidence sentences and, for authenticated users (or every user "
        "if the deployment publishes it), the full text.",
    ),
)
class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    """The articles events are extracted from, by the SHA-256 of their text."""

    filterset_class = filters.SourceFilter
    filter_backends = [filters.StrictFilterBackend]
    pagination_class = UncountedLimitOffsetPagination
    lookup_field = "sha256"

    def get_serializer_class(self):
        return serializers.SourceDetailSerializer if self.action == "retrieve" else serializers.SourceSerializer

    def get_queryset(self):
        queryset = Source.objects.select_related("duplicate_of").order_by("-published", "name", "id")
        if self.action != "retrieve":
            return queryset.defer("text", "signature", "duplicate_of__text", "duplicate_of__signature")
        return queryset.defer("signature", "duplicate_of__text", "duplicate_of__signature").prefetch_related(
            Prefetch(
                "evidence",
                queryset=Evidence.objects.select_related("event", "person", "office")
                .only("kind", "sentence", "start", "end", "source_id", "event__uuid", "person__uuid", "office__uuid")
                .order_by("start", "id"),
            )
        )

    def get_object(self):
        sha256 = str(self.kwargs["sha256"]).lower()
        source = self.get_queryset().filter(sha256=sha256).first()
        if source is None:
            raise NotFound(NOT_FOUND.format(name="source"))
        return source
