"""Read serializers (nested essentials and links to the full resources) and write serializers.

Read serializers only touch what the view's queryset fetched (``select_related`` /
``prefetch_related``); filtering prefetched rows happens in Python so that no field
issues a query per row.
"""

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from diplomacy.api.listing import attach_essentials
from diplomacy.models import Country, DatePrecision, Event, Evidence, Office, Person, Source

_MARKER = "0lookup0"


def link(context: dict, view_name: str, key, format=None) -> str:
    """The absolute URL of ``view_name`` for ``key``: one ``reverse()`` per view and request.

    A page of 50 events holds hundreds of links; resolving each with ``reverse()`` costs
    more than the database queries of the page.
    """
    cache = context.setdefault("_link_templates", {})
    template = cache.get((view_name, format))
    if template is None:
        url = reverse(view_name, args=[_MARKER], request=context.get("request"), format=format)
        template = cache[(view_name, format)] = url.split(_MARKER, 1)
    return f"{template[0]}{key}{template[1]}"


class CachedReverseMixin:
    """Hyperlinks built from a per-request URL template instead of ``reverse()`` each time."""

    def get_url(self, obj, view_name, request, format):
        key = getattr(obj, self.lookup_field)
        if key in (None, ""):
            return None
        return link(self.context, view_name, key, format)


class HyperlinkedRelatedField(CachedReverseMixin, serializers.HyperlinkedRelatedField):
    pass


class HyperlinkedIdentityField(CachedReverseMixin, serializers.HyperlinkedIdentityField):
    pass


class PublicIdLink(HyperlinkedIdentityField):
    def __init__(self, view_name, **kwargs):
        super().__init__(view_name=view_name, lookup_field="uuid", **kwargs)


class CountryCodeField(serializers.SlugRelatedField):
    """A country as its ISO code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Country.objects.all())
        super().__init__(slug_field="code", **kwargs)

    def to_internal_value(self, data):
        return super().to_internal_value(data.upper() if isinstance(data, str) else data)


def version_field():
    return serializers.IntegerField(
        required=False,
        write_only=True,
        min_value=1,
        help_text="The version you edited (optimistic locking): if the record was saved since, "
        "the answer is 409 and nothing changes.",
    )


class OfficeRefSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    url = PublicIdLink("office-detail")
    title = serializers.CharField(read_only=True)


class ParticipantSerializer(serializers.Serializer):
    person = serializers.UUIDField(source="person.uuid", read_only=True, help_text="The person's id.")
    person_url = HyperlinkedRelatedField(
        source="person", view_name="person-detail", lookup_field="uuid", read_only=True
    )
    name = serializers.CharField(source="person.name", read_only=True)
    country = serializers.CharField(
        source="country_id", read_only=True, allow_null=True, help_text="The country the person acted for."
    )
    role = serializers.CharField(read_only=True, help_text="host, guest or participant.")
    office = OfficeRefSerializer(read_only=True, allow_null=True, help_text="The office held at the time.")


class EventSourceSerializer(serializers.Serializer):
    sha256 = serializers.CharField(source="source.sha256", read_only=True)
    url = HyperlinkedRelatedField(source="source", view_name="source-detail", lookup_field="sha256", read_only=True)
    name = serializers.CharField(source="source.name", read_only=True)
    title = serializers.CharField(source="source.title", read_only=True)
    published = serializers.DateField(source="source.published", read_only=True, allow_null=True)
    article_url = serializers.CharField(source="source.url", read_only=True, help_text="The article on the web.")
    evidence = serializers.SerializerMethodField(help_text="The sentences of this source that state the event.")

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_evidence(self, event_source) -> list[str]:
        return [e.sentence for e in event_source.event.evidence.all() if e.source_id == event_source.source_id]


class EventSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    url = PublicIdLink("event-detail")
    date_precision = serializers.ChoiceField(
        choices=DatePrecision.choices, allow_blank=True, read_only=True, help_text="Empty when undated."
    )
    location_country = serializers.CharField(source="location_country_id", read_only=True, allow_null=True)
    countries = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True, help_text="Countries the event involves."
    )
    participants = ParticipantSerializer(source="participations", many=True, read_only=True)
    sources = serializers.SerializerMethodField()

    class Meta:
        model = Event
        fields = [
            "id",
            "url",
            "title",
            "kind",
            "date",
            "date_precision",
            "date_inferred",
            "end_date",
            "status",
            "location",
            "location_country",
            "countries",
            "participants",
            "sources",
            "review_status",
            "confidence",
            "cameo_code",
            "plover_event",
            "plover_mode",
            "curated_fields",
            "version",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(EventSourceSerializer(many=True))
    def get_sources(self, event):
        return self._sources(_essentials(event))

    def to_representation(self, event):
        """The declared fields, built directly: the hot path of every event list.

        Same output as the declared fields (the schemathesis test checks it against the
        schema), several times faster than nested serializers on a page of 50 events.
        """
        context = self.context
        essentials = _essentials(event)
        return {
            "id": str(event.uuid),
            "url": link(context, "event-detail", event.uuid),
            "title": event.title,
            "kind": event.kind,
            "date": _iso(event.date),
            "date_precision": event.date_precision,
            "date_inferred": event.date_inferred,
            "end_date": _iso(event.end_date),
            "status": event.status,
            "location": event.location,
            "location_country": event.location_country_id,
            "countries": essentials.countries,
            "participants": [
                {
                    "person": str(p.person),
                    "person_url": link(context, "person-detail", p.person),
                    "name": p.name,
                    "country": p.country,
                    "role": p.role,
                    "office": {
                        "id": str(p.office),
                        "url": link(context, "office-detail", p.office),
                        "title": p.office_title,
                    }
                    if p.office
                    else None,
                }
                for p in essentials.participants
            ],
            "sources": self._sources(essentials),
            "review_status": event.review_status,
            "confidence": event.confidence,
            "cameo_code": event.cameo_code,
            "plover_event": event.plover_event,
            "plover_mode": event.plover_mode,
            "curated_fields": event.curated_fields,
            "version": event.version,
            "updated_at": _DATETIME.to_representation(event.updated_at),
        }

    def _sources(self, essentials) -> list[dict]:
        return [
            {
                "sha256": ref.sha256,
                "url": link(self.context, "source-detail", ref.sha256),
                "name": ref.name,
                "title": ref.title,
                "published": _iso(ref.published),
                "article_url": ref.url,
                "evidence": ref.evidence,
            }
            for ref in essentials.sources
        ]


def _essentials(event):
    """What lists attach to a page of events at once; a single event reads its own (four queries)."""
    if not hasattr(event, "essentials"):
        attach_essentials([event])
    return event.essentials


_DATETIME = serializers.DateTimeField()


def _iso(value):
    return value.isoformat() if value else None


class EventWriteSerializer(serializers.ModelSerializer):
    location_country = CountryCodeField(required=False, allow_null=True)
    countries = CountryCodeField(many=True, required=False)
    version = version_field()

    class Meta:
        model = Event
        fields = [
            "title",
            "kind",
            "date",
            "date_precision",
            "date_inferred",
            "end_date",
            "status",
            "location",
            "location_country",
            "countries",
            "review_status",
            "confidence",
            "cameo_code",
            "plover_event",
            "plover_mode",
            "version",
        ]
        extra_kwargs = {"confidence": {"min_value": 0, "max_value": 1}}

    def validate(self, attrs):
        start = attrs.get("date", getattr(self.instance, "date", None))
        end = attrs.get("end_date", getattr(self.instance, "end_date", None))
        if start and end and end < start:
            raise serializers.ValidationError({"end_date": ["The end date is before the date."]})
        return attrs


class PersonOfficeSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="office.uuid", read_only=True)
    url = HyperlinkedRelatedField(source="office", view_name="office-detail", lookup_field="uuid", read_only=True)
    title = serializers.CharField(source="office.title", read_only=True)
    country = serializers.CharField(source="office.country_id", read_only=True, allow_null=True)
    start = serializers.DateField(read_only=True, allow_null=True)
    end = serializers.DateField(read_only=True, allow_null=True)


class PersonSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    url = PublicIdLink("person-detail")
    country = serializers.CharField(source="country_id", read_only=True, allow_null=True)
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    offices = PersonOfficeSerializer(source="tenures", many=True, read_only=True)
    events_url = serializers.SerializerMethodField(help_text="The events this person took part in.")

    class Meta:
        model = Person
        fields = [
            "id",
            "url",
            "name",
            "country",
            "wikidata_id",
            "aliases",
            "offices",
            "events_url",
            "curated_fields",
            "version",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.URI)
    def get_events_url(self, person) -> str:
        return link(self.context, "person-events", person.uuid)


class PersonWriteSerializer(serializers.ModelSerializer):
    country = CountryCodeField(required=False, allow_null=True)
    version = version_field()

    class Meta:
        model = Person
        fields = ["name", "country", "wikidata_id", "version"]


class MergeSerializer(serializers.Serializer):
    absorbed = serializers.UUIDField(help_text="The id of the record merged into this one; it then redirects here.")
    note = serializers.CharField(
        required=False, default="", allow_blank=True, max_length=2000, help_text="Why: kept with the merge."
    )


class OfficeHolderSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="person.uuid", read_only=True)
    url = HyperlinkedRelatedField(source="person", view_name="person-detail", lookup_field="uuid", read_only=True)
    name = serializers.CharField(source="person.name", read_only=True)
    start = serializers.DateField(read_only=True, allow_null=True)
    end = serializers.DateField(read_only=True, allow_null=True)


class OfficeSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    url = PublicIdLink("office-detail")
    country = serializers.CharField(source="country_id", read_only=True, allow_null=True)
    organization = serializers.CharField(source="organization.acronym", read_only=True, allow_null=True, default=None)
    holders = OfficeHolderSerializer(source="tenures", many=True, read_only=True)

    class Meta:
        model = Office
        fields = ["id", "url", "title", "country", "organization", "institution", "holders", "version", "updated_at"]
        read_only_fields = fields


class CountrySerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="country-detail", lookup_field="code")
    relations_url = HyperlinkedIdentityField(view_name="country-relations", lookup_field="code")

    class Meta:
        model = Country
        fields = ["code", "url", "name", "alpha3", "official_name", "names", "demonyms", "ended", "relations_url"]
        read_only_fields = fields


class SourceSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="source-detail", lookup_field="sha256")
    article_url = serializers.CharField(source="url", read_only=True, help_text="The article on the web.")
    duplicate_of = serializers.CharField(
        source="duplicate_of.sha256",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="SHA-256 of an earlier article this one republishes.",
    )

    class Meta:
        model = Source
        fields = ["sha256", "url", "name", "title", "article_url", "published", "ingested_at", "duplicate_of"]
        read_only_fields = fields


class SourceEvidenceSerializer(serializers.ModelSerializer):
    event = serializers.UUIDField(source="event.uuid", read_only=True, allow_null=True, default=None)
    person = serializers.UUIDField(source="person.uuid", read_only=True, allow_null=True, default=None)
    office = serializers.UUIDField(source="office.uuid", read_only=True, allow_null=True, default=None)

    class Meta:
        model = Evidence
        fields = ["kind", "sentence", "start", "end", "event", "person", "office"]
        read_only_fields = fields


class SourceDetailSerializer(SourceSerializer):
    evidence = SourceEvidenceSerializer(many=True, read_only=True)
    text = serializers.SerializerMethodField(
        help_text="The article's full text: only for authenticated users unless the deployment "
        "publishes it (DIPLOMACY_PUBLIC_FULL_TEXT); null otherwise."
    )

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "evidence", "text"]
        read_only_fields = fields

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_text(self, source) -> str | None:
        return source.text if full_text_allowed(self.context.get("request")) else None


def full_text_allowed(request) -> bool:
    if settings.DIPLOMACY_PUBLIC_FULL_TEXT:
        return True
    return bool(request and request.user and request.user.is_authenticated)


class CounterpartSerializer(serializers.Serializer):
    country = serializers.CharField(help_text="The counterpart country's code.")
    country_url = serializers.URLField()
    name = serializers.CharField()
    total = serializers.IntegerField(help_text="Events involving both countries.")
    by_kind = serializers.DictField(child=serializers.IntegerField(), help_text="Event counts by kind.")
    latest_event = EventSerializer(allow_null=True)


class RelationsSerializer(serializers.Serializer):
    country = serializers.CharField()
    counterparts = CounterpartSerializer(many=True)
