"""HTML fragments the admin shows: dates at their precision, evidence with highlights.

Article text is user-controlled: every piece of it goes through ``format_html`` (which
escapes), never ``mark_safe``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from diplomacy.models import DatePrecision, Evidence, Source


def date_at_precision(value: date | None, precision: str | None) -> str:
    """``17 Feb 2022``, ``Dec 2021`` or ``2021``, as precise as the source was; "" for none."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{value:%b %Y}"
    return f"{value.day} {value:%b %Y}"


def highlighted(text: str, start: int, end: int, highlights: Iterable[Iterable[int]]) -> SafeString:
    """``text[start:end]`` escaped, with the ``[start, end]`` spans of ``highlights`` in ``<mark>``.

    Spans are offsets in ``text``; those outside the slice or overlapping an earlier one
    are ignored.
    """
    parts: list[tuple[str, str]] = []
    pos = start
    for span in sorted(tuple(h) for h in highlights if len(tuple(h)) == 2):
        h_start, h_end = max(int(span[0]), start), min(int(span[1]), end)
        if h_start < pos or h_end <= h_start:
            continue
        parts.append((text[pos:h_start], text[h_start:h_end]))
        pos = h_end
    return format_html(
        "{}{}",
        format_html_join("", '{}<mark class="hl">{}</mark>', parts),
        text[pos:end],
    )


def evidence_sentence(evidence: Evidence, source: Source) -> SafeString:
    """The evidence's sentence, cut from the article so the highlight offsets line up."""
    text = source.text or ""
    if 0 <= evidence.start < evidence.end <= len(text):
        return highlighted(text, evidence.start, evidence.end, evidence.highlights or [])
    return format_html("{}", evidence.sentence)


def safe_url(url: str | None) -> bool:
    """Whether ``url`` may be a link: http(s) only (an article's URL could say ``javascript:``)."""
    return (url or "").strip().lower().startswith(("http://", "https://"))


def source_heading(source: Source) -> SafeString:
    """Title (linked to the full article in the admin), publication date and original link."""
    title = source.title or source.name
    admin_url = reverse("admin:diplomacy_source_change", args=[source.pk])
    published = (
        format_html(" · published {}", f"{source.published.day} {source.published:%b %Y}") if (source.published) else ""
    )
    original = (
        format_html(' · <a href="{}" rel="noopener noreferrer" target="_blank">original</a>', source.url)
        if safe_url(source.url)
        else ""
    )
    name = format_html(' <span class="source-name">({})</span>', source.name) if source.title else ""
    return format_html(
        '<a class="source-link" href="{}">{}</a>{}{}{}',
        admin_url,
        title,
        name,
        published,
        original,
    )


def evidence_panel(groups: list[tuple[Source, list[Evidence], SafeString]]) -> SafeString:
    """One block per source: heading, then each sentence with its highlights."""
    blocks = []
    for source, rows, extra in groups:
        sentences = format_html_join(
            "", '<blockquote class="evidence-sentence">{}</blockquote>', ((evidence_sentence(e, source),) for e in rows)
        )
        if not rows:
            sentences = format_html('<p class="evidence-none">{}</p>', "No sentence stored for this source.")
        blocks.append((source_heading(source), extra, sentences))
    if not blocks:
        return format_html('<p class="evidence-none">{}</p>', "No sources.")
    return format_html_join("", '<div class="evidence-source"><h3>{} {}</h3>{}</div>', blocks)
