"""The database: countries, people, offices, events and the articles they come from.

Popolo-style: an Office exists apart from its holder and a Tenure links the two; every
fact points to its Evidence, a sentence of a Source. Every record but Country (ISO code)
and Source (SHA-256 of its text) has a UUID that never changes and is its natural key, so
fixtures load into any database without primary-key clashes.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from diplomacy.extraction.text import fold
from diplomacy.querysets import (
    CountryQuerySet,
    EventQuerySet,
    PersonQuerySet,
    PublicIdQuerySet,
    SourceQuerySet,
)


class EventKind(models.TextChoices):
    MEETING = "meeting", "Meeting"
    VISIT = "visit", "Visit"
    CALL = "call", "Call"
    AGREEMENT = "agreement", "Agreement"
    APPOINTMENT = "appointment", "Appointment"
    WITHDRAWAL = "withdrawal", "Withdrawal"


class EventStatus(models.TextChoices):
    OCCURRED = "occurred", "Occurred"
    PLANNED = "planned", "Planned"
    CANCELLED = "cancelled", "Cancelled"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class ReviewStatus(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class Role(models.TextChoices):
    HOST = "host", "Host"
    GUEST = "guest", "Guest"
    PARTICIPANT = "participant", "Participant"


class EvidenceKind(models.TextChoices):
    PERSON = "person", "Person mention"
    OFFICE = "office", "Office"
    EVENT = "event", "Event"


class PublicIdManager(models.Manager.from_queryset(PublicIdQuerySet)):
    def get_by_natural_key(self, public_id):
        return self.get(uuid=public_id)


class PublicIdModel(models.Model):
    """A record whose public, stable id is a UUID (its natural key)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, verbose_name="UUID")

    objects = PublicIdManager()

    class Meta:
        abstract = True

    def natural_key(self):
        return (str(self.uuid),)


class CuratedModel(PublicIdModel):
    """A record curators edit: the fields they touched are kept from re-extraction."""

    curated_fields = models.JSONField(
        default=list, blank=True, help_text="Fields a curator edited; extraction never overwrites them."
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Bumped on every save; guards against lost updates."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class CountryManager(models.Manager.from_queryset(CountryQuerySet)):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class Country(models.Model):
    code = models.CharField(
        max_length=2, primary_key=True, help_text="ISO 3166-1 alpha-2 (or ISO 3166-3 for former states)."
    )
    alpha3 = models.CharField(max_length=3, blank=True)
    name = models.CharField(max_length=100)
    official_name = models.CharField(max_length=200, blank=True)
    names = models.JSONField(default=list, blank=True, help_text="Alternative names.")
    demonyms = models.JSONField(default=list, blank=True)
    ended = models.DateField(null=True, blank=True, help_text="When a former state ceased to exist.")

    objects = CountryManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.code,)


class Organization(PublicIdModel):
    """An international organisation whose officials act for no single country."""

    acronym = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=200)
    names = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["acronym"]

    def __str__(self):
        return self.acronym


class Person(CuratedModel):
    name = models.CharField(max_length=200, help_text="Canonical name, diacritics kept.")
    match_key = models.CharField(
        max_length=200, db_index=True, editable=False, help_text="Folded name for sorting and matching."
    )
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="persons",
        help_text="Null for officials of international organisations.",
    )
    wikidata_id = models.CharField(max_length=20, blank=True, verbose_name="Wikidata QID")

    objects = PublicIdManager.from_queryset(PersonQuerySet)()
    history = HistoricalRecords(excluded_fields=["match_key", "updated_at"])

    class Meta:
        ordering = ["match_key"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.match_key = fold(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("admin:diplomacy_person_change", args=[self.pk])


class PersonAlias(PublicIdModel):
    """A spelling of a person's name, with the article it was first seen in."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    match_key = models.CharField(max_length=200, db_index=True, editable=False)
    source = models.ForeignKey("Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    confirmed = models.BooleanField(default=False, help_text="Confirmed by a curator.")

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "person aliases"
        constraints = [models.UniqueConstraint(fields=["person", "name"], name="alias_unique_per_person")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.match_key = fold(self.name)
        super().save(*args, **kwargs)


class NameKey(PublicIdModel):
    """A blocking key of a person's names; candidates for resolution share one."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="name_keys")
    key = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "key"], name="namekey_unique")]

    def __str__(self):
        return self.key


class NotSamePerson(PublicIdModel):
    """A curator's decision that two persons are different people."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "other"], name="notsame_unique")]

    def __str__(self):
        return f"{self.person} ≠ {self.other}"


class Office(CuratedModel):
    """A position that exists apart from its holder ("Deputy Foreign Minister" of TR)."""

    title = models.CharField(max_length=200)
    title_key = models.CharField(max_length=200, db_index=True, editable=False)
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.PROTECT, related_name="offices")
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="offices"
    )
    institution = models.CharField(max_length=200, blank=True)

    history = HistoricalRecords(excluded_fields=["title_key", "updated_at"])

    class Meta:
        ordering = ["title_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["title_key", "country"],
                condition=Q(organization__isnull=True),
                name="office_unique_per_country",
            ),
            models.UniqueConstraint(
                fields=["title_key", "organization"],
                condition=Q(country__isnull=True),
                name="office_unique_per_organization",
            ),
        ]

    def __str__(self):
        where = self.country_id or (self.organization and self.organization.acronym) or ""
        return f"{self.title} ({where})" if where else self.title

    def save(self, *args, **kwargs):
        self.title_key = fold(self.title)
        super().save(*args, **kwargs)


class Tenure(PublicIdModel):
    """A person holds an office, as seen between two dates."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="tenures")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="tenures")
    start = models.DateField(null=True, blank=True, help_text="First date the articles show it held.")
    end = models.DateField(null=True, blank=True, help_text="Last date the articles show it held.")

    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "office"], name="tenure_unique")]

    def __str__(self):
        return f"{self.person} — {self.office}"


class SourceManager(models.Manager.from_queryset(SourceQuerySet)):
    def get_by_natural_key(self, sha256):
        return self.get(sha256=sha256)


class Source(models.Model):
    """One article. Its natural key is the SHA-256 of its text."""

    sha256 = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=300, db_index=True, help_text="File name or external id.")
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    text = models.TextField()
    ingested_at = models.DateTimeField(auto_now_add=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="near_duplicates",
        help_text="An earlier article this one republishes with small edits (same wire story).",
    )
    signature = models.JSONField(default=list, blank=True, editable=False, help_text="MinHash of the text.")

    objects = SourceManager()

    class Meta:
        ordering = ["-published", "name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.sha256,)


class Event(CuratedModel):
    kind = models.CharField(max_length=20, choices=EventKind.choices, db_index=True)
    cameo_code = models.CharField(max_length=4, blank=True, verbose_name="CAMEO code")
    plover_event = models.CharField(max_length=20, blank=True, verbose_name="PLOVER event")
    plover_mode = models.CharField(max_length=20, blank=True, verbose_name="PLOVER mode")
    date = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    date_inferred = models.BooleanField(
        default=False,
        help_text="The article gave no date of its own; the date is the story's day. Check it.",
    )
    end_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=EventStatus.choices, default=EventStatus.OCCURRED, db_index=True)
    location = models.CharField(max_length=200, blank=True)
    location_country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.PROTECT, related_name="located_events"
    )
    title = models.CharField(max_length=300, blank=True)
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.EXTRACTED, db_index=True
    )
    confidence = models.FloatField(default=0.5, help_text="The extractor's estimate, 0 to 1.")
    countries = models.ManyToManyField(Country, blank=True, related_name="events")
    sources = models.ManyToManyField(Source, through="EventSource", related_name="events")
    persons = models.ManyToManyField(Person, through="Participation", related_name="events")

    objects = PublicIdManager.from_queryset(EventQuerySet)()
    history = HistoricalRecords(excluded_fields=["updated_at"], m2m_fields=[countries])

    class Meta:
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["kind", "date"]), models.Index(fields=["review_status", "date"])]

    def __str__(self):
        return self.title or f"{self.get_kind_display()} {self.date or ''}".strip()

    def get_absolute_url(self):
        return reverse("admin:diplomacy_event_change", args=[self.pk])


class EventSource(PublicIdModel):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="event_sources")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="event_sources")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "source"], name="eventsource_unique")]

    def __str__(self):
        return f"{self.event} ← {self.source}"


class Participation(PublicIdModel):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.PARTICIPANT)
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    office = models.ForeignKey(
        Office,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
        help_text="The office the person held at the time of the event.",
    )

    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "person"], name="participation_unique")]
        indexes = [models.Index(fields=["person", "event"]), models.Index(fields=["country", "event"])]

    def __str__(self):
        return f"{self.person} ({self.role})"


class Evidence(PublicIdModel):
    """A sentence of a source that states a fact: a person mention, an office, an event."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=10, choices=EvidenceKind.choices)
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    office = models.ForeignKey(Office, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    sentence = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the sentence in the source text.")
    end = models.PositiveIntegerField()
    highlights = models.JSONField(default=list, blank=True, help_text="[start, end] offsets of names and trigger.")

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["source_id", "start"]

    def __str__(self):
        return self.sentence[:80]


class RedirectManager(models.Manager):
    def get_by_natural_key(self, old_uuid):
        return self.get(old_uuid=old_uuid)

    def resolve(self, model: str, public_id) -> str | None:
        """The survivor's UUID for an absorbed record's UUID, following chains of merges."""
        seen = set()
        target = None
        while public_id and str(public_id) not in seen:
            seen.add(str(public_id))
            row = self.filter(model=model, old_uuid=public_id).first()
            if row is None:
                break
            target = public_id = row.new_uuid
        return str(target) if target else None


class Redirect(models.Model):
    """The UUID of a record absorbed by a merge points to the survivor."""

    model = models.CharField(max_length=40)
    old_uuid = models.UUIDField(unique=True)
    new_uuid = models.UUIDField(db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)

    objects = RedirectManager()

    def __str__(self):
        return f"{self.model} {self.old_uuid} → {self.new_uuid}"

    def natural_key(self):
        return (str(self.old_uuid),)


class IngestRun(PublicIdModel):
    """One run of ``ingest``: what it read, stored and failed on."""

    class State(models.TextChoices):
        RUNNING = "running", "Running"
        QUEUED = "queued", "Queued"
        DONE = "done", "Done"
        FAILED = "failed", "Finished with failures"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.RUNNING)
    host = models.CharField(max_length=255, blank=True, help_text="Machine of an inline run.")
    pid = models.PositiveIntegerField(null=True, blank=True, help_text="Process of an inline run.")
    progress_at = models.DateTimeField(null=True, blank=True, help_text="Last time an inline run saved progress.")
    paths = models.JSONField(default=list)
    articles_queued = models.PositiveIntegerField(default=0)
    articles_read = models.PositiveIntegerField(default=0)
    articles_stored = models.PositiveIntegerField(default=0)
    articles_unchanged = models.PositiveIntegerField(default=0)
    articles_failed = models.PositiveIntegerField(default=0)
    persons_new = models.PositiveIntegerField(default=0)
    events_new = models.PositiveIntegerField(default=0)
    events_updated = models.PositiveIntegerField(default=0)
    failures = models.JSONField(default=list, blank=True, help_text="One line per failed article.")

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"ingest {self.started_at:%Y-%m-%d %H:%M} ({self.state})"
