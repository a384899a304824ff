"""The codebook: every exported field, its type, allowed values and meaning, in one place.

``docs/CODEBOOK.md`` is rendered from these tables (``python manage.py export --codebook``),
every CSV export carries a copy, and the API's schema can take its field descriptions
from here (``describe("events", "kind")``), so the three never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplomacy.models import DatePrecision, EventKind, EventStatus, ReviewStatus, Role


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    values: tuple[str, ...] = ()
    nullable: bool = False


KIND_MEANINGS = {
    EventKind.MEETING: "Officials meet in person; talks.",
    EventKind.VISIT: "An official or a delegation travels to another country (recorded only when "
    "the article names no meeting with counterparts; otherwise the meetings are the events).",
    EventKind.CALL: "A phone or video call.",
    EventKind.AGREEMENT: "An agreement or deal is signed or reached.",
    EventKind.APPOINTMENT: "An envoy is appointed, accredited or returned to a post.",
    EventKind.WITHDRAWAL: "An envoy is recalled or expelled; relations are downgraded or cut.",
}

ISO_DATE = "date (ISO 8601 `YYYY-MM-DD`)"
UUID = "string (UUID)"
COUNTRY = (
    "ISO 3166-1 alpha-2 code (ISO 3166-3 for a former state as an article of its time names it, "
    "e.g. `SU`; Palestine is `PS`)"
)

_ID = Field("id", UUID, "Stable public id of the record; never reused, kept across exports and databases.")
_EVENT_ID = Field("event_id", UUID, "The event (`events.id`).")
_PERSON_ID = Field("person_id", UUID, "The person (`persons.id`).")
_SOURCE_ID = Field("source_id", "string (64 hex digits)", "The article (`sources.id`, SHA-256 of its text).")

EVENT_FIELDS = (
    _ID,
    Field("kind", "string", "What happened (see *Event kinds, CAMEO and PLOVER*).", tuple(EventKind.values)),
    Field(
        "cameo",
        "string (CAMEO code)",
        "CAMEO event code derived from the kind and status (see *Event kinds, CAMEO and PLOVER*).",
        nullable=True,
    ),
    Field("plover_event", "string", "PLOVER event type (see *Event kinds, CAMEO and PLOVER*).", nullable=True),
    Field("plover_mode", "string", "PLOVER mode of the event type, where PLOVER defines one.", nullable=True),
    Field(
        "date",
        ISO_DATE,
        "When the event happened or is planned; with precision `month` or `year` the day "
        "(and month) are the first of the period. Null when the article gives no date.",
        nullable=True,
    ),
    Field(
        "date_precision",
        "string",
        "How much of `date` the articles state.",
        tuple(DatePrecision.values),
        nullable=True,
    ),
    Field(
        "date_inferred",
        "boolean",
        "`true` when no article states the event's date: the sentence that reports it gives no date "
        'of its own ("He also met X" in a story about Sunday\'s visit) and the extractor dated it to '
        "the story's day (the day of the article's lead event, else its publication date). An article "
        "stating the date later replaces it; a curator who edits the date makes it `false`. Check such "
        "dates before relying on their day.",
    ),
    Field("end_date", ISO_DATE, "Last day of an event spanning several days.", nullable=True),
    Field(
        "status",
        "string",
        "`occurred`; `planned` (announced for the future, seen from the article's publication date); `cancelled`.",
        tuple(EventStatus.values),
    ),
    Field("location", "string", 'One place as the article names it ("Ankara", "the White House").', nullable=True),
    Field("location_country", "string", f"Country of the location: {COUNTRY}.", nullable=True),
    Field(
        "countries",
        "list of strings",
        f"Every country the event involves, {COUNTRY}; in CSV separated by `;`, sorted.",
    ),
    Field("title", "string", "A short human-readable summary (kind, participants, place)."),
    Field(
        "review_status",
        "string",
        "`extracted`: as the extractor stored it, not yet reviewed; `confirmed`: a curator checked "
        "it against its sources; `rejected`: a curator judged it not an event (left out of exports "
        "unless asked for).",
        tuple(ReviewStatus.values),
    ),
    Field(
        "confidence",
        "number (0 to 1)",
        "The extractor's estimate that the event is right: 0.4, plus 0.15 for each sentence of the "
        "article that states it and 0.1 for each participant, capped at 1; when another article "
        "adds to the event, the higher value is kept. Curators do not change it: `review_status` "
        "records their judgement.",
    ),
    Field("created_at", "datetime (ISO 8601, UTC)", "When the record was first stored."),
    Field("updated_at", "datetime (ISO 8601, UTC)", "When the record last changed."),
)

PARTICIPANT_FIELDS = (
    Field("id", UUID, "Stable public id of the participation."),
    _EVENT_ID,
    _PERSON_ID,
    Field("name", "string", "The person's canonical name (repeated for convenience)."),
    Field(
        "role",
        "string",
        "`host` receives, `guest` visits, `participant` where neither is stated.",
        tuple(Role.values),
    ),
    Field(
        "country",
        "string",
        f"The country the person acted for at the event, {COUNTRY}; null for officials of international organisations.",
        nullable=True,
    ),
    Field("office_id", UUID, "The office the person held at the time (`offices.id`).", nullable=True),
    Field("office", "string", "That office's title.", nullable=True),
)

PERSON_FIELDS = (
    _ID,
    Field("name", "string", 'Canonical name, with its diacritics ("Şükrü Doğan").'),
    Field(
        "country",
        "string",
        f"The state the person acts for, {COUNTRY}; null for officials of international organisations.",
        nullable=True,
    ),
    Field("wikidata", "string (Wikidata QID)", "Wikidata item, where a curator linked one.", nullable=True),
    Field("created_at", "datetime (ISO 8601, UTC)", "When the record was first stored."),
    Field("updated_at", "datetime (ISO 8601, UTC)", "When the record last changed."),
)

ALIAS_FIELDS = (
    _ID,
    _PERSON_ID,
    Field("name", "string", "A spelling of the person's name seen in an article (the canonical one included)."),
    Field("confirmed", "boolean", "A curator confirmed that this spelling names this person."),
    Field("source_id", "string (64 hex digits)", "The article it was first seen in (`sources.id`).", nullable=True),
)

OFFICE_FIELDS = (
    _ID,
    Field("title", "string", 'One title, normalised ("Deputy Foreign Minister").'),
    Field("country", "string", f"The state the office belongs to, {COUNTRY}.", nullable=True),
    Field(
        "organization",
        "string",
        "Acronym of the international organisation the office belongs to (UN, EU, NATO, AU...).",
        nullable=True,
    ),
    Field("institution", "string", "Ministry or body, where known.", nullable=True),
)

TENURE_FIELDS = (
    _ID,
    _PERSON_ID,
    Field("office_id", UUID, "The office (`offices.id`)."),
    Field(
        "start",
        ISO_DATE,
        "First date the articles show the office held (publication date of the earliest article).",
        nullable=True,
    ),
    Field("end", ISO_DATE, "Last date the articles show the office held; not the end of the term.", nullable=True),
)

SOURCE_FIELDS = (
    Field("id", "string (64 hex digits)", "SHA-256 of the article text: the same article has the same id anywhere."),
    Field("name", "string", "The article's file name, or its external id."),
    Field("title", "string", "Headline, where the input gave one.", nullable=True),
    Field("url", "string (URL)", "Where the article was published, where known.", nullable=True),
    Field(
        "published", ISO_DATE, "Publication date; relative dates in the text are resolved against it.", nullable=True
    ),
    Field(
        "duplicate_of",
        "string (64 hex digits)",
        "An earlier article this one republishes with small edits (same wire story).",
        nullable=True,
    ),
    Field("extractor_version", "string", "Version of the extractor that last read the article.", nullable=True),
)

EVENT_SOURCE_FIELDS = (
    Field("id", UUID, "Stable public id of the link."),
    _EVENT_ID,
    _SOURCE_ID,
    Field("sentence", "string", "The first sentence of the article that states the event.", nullable=True),
)

# One CSV file per table, in this order; the JSON formats nest the same fields.
TABLES: dict[str, tuple[Field, ...]] = {
    "events": EVENT_FIELDS,
    "participants": PARTICIPANT_FIELDS,
    "persons": PERSON_FIELDS,
    "aliases": ALIAS_FIELDS,
    "offices": OFFICE_FIELDS,
    "tenures": TENURE_FIELDS,
    "sources": SOURCE_FIELDS,
    "event_sources": EVENT_SOURCE_FIELDS,
}

TABLE_DESCRIPTIONS = {
    "events": "One row per event.",
    "participants": "One row per person taking part in an event.",
    "persons": "One row per person acting in public office or on behalf of a state.",
    "aliases": "One row per spelling of a person's name.",
    "offices": "One row per office (a position that exists apart from its holder).",
    "tenures": "One row per person holding an office.",
    "sources": "One row per article.",
    "event_sources": "One row per article reporting an event.",
}

# Fields of the JSON research export and the JSONL lines that the tables above do not cover.
JSON_FIELDS = (
    Field("format", "string", "Version of the export format; changes when a field changes meaning."),
    Field("persons[].aliases", "list of strings", "Every other spelling of the name (`aliases.name`)."),
    Field(
        "persons[].offices",
        "list of objects",
        "Offices held: `title`, `country`, `organization` (of `offices`) and `start`, `end` (of `tenures`).",
    ),
    Field("events[].cameo", "string", "As `events.cameo`.", nullable=True),
    Field("events[].plover", "object", '`{"event": plover_event, "mode": plover_mode}`.'),
    Field(
        "events[].participants",
        "list of objects",
        "`person` (the person's `id`), `name`, `country`, `role`, `office` (title), as in `participants`. "
        "In JSONL each participant also carries the person's `aliases`, `person_country`, `wikidata` "
        "and `offices`, so a line needs no other line.",
    ),
    Field(
        "events[].sources",
        "list of objects",
        "`name`, `sha256` (`sources.id`), `published`, `sentence` (as in `event_sources`), "
        "`duplicate_of` (the earlier article's name); JSONL adds `title` and `url`.",
    ),
)


# Model (and API) field names that the exports spell differently.
MODEL_NAMES = {
    "events": {"cameo_code": "cameo", "uuid": "id"},
    "persons": {"wikidata_id": "wikidata", "uuid": "id"},
    "participants": {"uuid": "id"},
    "aliases": {"uuid": "id"},
    "offices": {"uuid": "id", "organization_id": "organization"},
    "tenures": {"uuid": "id"},
    "sources": {"sha256": "id"},
    "event_sources": {"uuid": "id"},
}


def describe(table: str, field: str) -> str:
    """The description of one field of one table, by its export or model name
    (``describe("events", "kind")``, ``describe("events", "cameo_code")``)."""
    name = MODEL_NAMES.get(table, {}).get(field, field)
    for f in TABLES[table]:
        if f.name == name:
            return f.description
    raise KeyError(f"{table}.{field}")


def help_texts(table: str) -> dict[str, str]:
    """Field name -> description for a table, under export and model names alike: ready for
    a serializer's ``extra_kwargs`` or a schema's field descriptions."""
    texts = {f.name: f.description for f in TABLES[table]}
    for model_name, export_name in MODEL_NAMES.get(table, {}).items():
        texts[model_name] = texts[export_name]
    return texts


def columns(table: str) -> list[str]:
    """The CSV columns of a table, in order."""
    return [f.name for f in TABLES[table]]


def kind_codes() -> list[tuple[str, str, str, str, str]]:
    """(kind, meaning, CAMEO, PLOVER event, PLOVER mode) for each kind as normally stored."""
    from diplomacy.extraction.codes import cameo_code, plover

    rows = []
    for kind in EventKind.values:
        event_type, mode = plover(kind)
        rows.append((kind, KIND_MEANINGS[EventKind(kind)], cameo_code(kind), event_type, mode))
    return rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _field_table(fields: tuple[Field, ...]) -> list[str]:
    lines = ["| field | type | allowed values | description |", "|---|---|---|---|"]
    for f in fields:
        values = ", ".join(f"`{v}`" for v in f.values) or "—"
        kind = f.type + (" or null" if f.nullable else "")
        lines.append(f"| `{f.name}` | {_cell(kind)} | {values} | {_cell(f.description)} |")
    return lines


def markdown() -> str:
    """The generated part of docs/CODEBOOK.md: the field tables and the code mapping."""
    out = ["## Tables", ""]
    for table, fields in TABLES.items():
        out += [f"### `{table}`", "", TABLE_DESCRIPTIONS[table], "", *_field_table(fields), ""]
    out += ["## JSON and JSONL only", "", *_field_table(JSON_FIELDS), ""]
    out += [
        "## Event kinds, CAMEO and PLOVER",
        "",
        "| kind | meaning | CAMEO | PLOVER event | PLOVER mode |",
        "|---|---|---|---|---|",
    ]
    for kind, meaning, cameo, event_type, mode in kind_codes():
        out.append(f"| `{kind}` | {_cell(meaning)} | `{cameo}` | `{event_type}` | {f'`{mode}`' if mode else '—'} |")
    out.append("")
    return "\n".join(out)


BEGIN = "<!-- generated from diplomacy/codebook.py by `python manage.py export --codebook`: do not edit below -->"
END = "<!-- end of generated part -->"


def with_tables(document: str) -> str:
    """``document`` with its generated part (between ``BEGIN`` and ``END``) rendered anew,
    or the generated part alone when the document has no markers."""
    generated = f"{BEGIN}\n\n{markdown()}\n{END}\n"
    head, begin, rest = document.partition(BEGIN)
    if not begin:
        return generated
    _, end, tail = rest.partition(END)
    return head + generated + tail.lstrip("\n") if end else head + generated
