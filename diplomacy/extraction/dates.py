"""Date expressions in a sentence, resolved against the publication date.

Each expression found becomes a ``DateMention`` (character span, date, precision,
end date).  Relative expressions ("Thursday", "last month", "in November") are
resolved against the publication date: the most recent such day or month on or before
publication, or the next one when the sentence speaks of the future ("set for",
"expected").  Anchored expressions ("a day after") are resolved later against another
event's date, so they carry ``anchor_offset`` instead of a date.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

# Ordered: longer, more specific forms first; a later pattern never overlaps an earlier hit.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    (
        "md_md",
        re.compile(
            _MONTH
            + r"\s+(?P<day>\d{1,2})\s*(?:-|–|to|until|through|and)\s*"
            + _MONTH.replace("month", "month2")
            + r"\s+(?P<day2>\d{1,2})(?:,?\s+(?P<year>\d{4}))?\b"
        ),
    ),
    (
        "md_range_y",
        re.compile(_MONTH + r"\s+(?P<day>\d{1,2})\s*(?:-|–|and|to)\s*(?P<day2>\d{1,2}),?\s+(?P<year>\d{4})\b"),
    ),
    ("mdy", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b")),
    ("dmy", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b")),
    ("md_range", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})\s*(?:-|–|and|to)\s*(?P<day2>\d{1,2})\b")),
    ("md", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion))")),
    ("dm", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\b")),
    ("my", re.compile(_MONTH + r",?\s+(?P<year>\d{4})\b")),
    ("m_rel_year", re.compile(_MONTH + r"\s+(?:of\s+)?(?P<mod>last|next|this)\s+year\b")),
    (
        "anchor",
        re.compile(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+"
            r"(?P<dir>after|before|later|earlier)\b",
            re.I,
        ),
    ),
    (
        "anchor_same",
        re.compile(r"\b(?:(?:later|earlier)\s+that|that\s+same|the\s+same)\s+(?:day|evening|night)\b", re.I),
    ),
    ("anchor_the", re.compile(r"\bthe\s+(?P<n>day|next day)\s+(?P<dir>after|before)\b", re.I)),
    # "met X on Jan. 10 and flew to Kiev the next day": a day after the event told before
    ("anchor_next", re.compile(r"\b(?:the\s+)?(?P<which>next|following|previous)\s+day\b", re.I)),
    ("anchor_period", re.compile(r"\b(?:the\s+same|that)\s+(?P<unit>month|year)\b", re.I)),
    # "two years later Y became the first ... to visit": years counted from the event told before
    (
        "anchor_years",
        re.compile(
            r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
            r"(?P<dir>later|earlier)\b",
            re.I,
        ),
    ),
    ("rel_day", re.compile(r"\b(?P<word>yesterday|today|tonight)\b", re.I)),
    (
        "rel_week",
        re.compile(r"\b(?P<mod>last|this|next|earlier this|later this|early next|late last)\s+week\b", re.I),
    ),
    (
        "rel_month",
        re.compile(
            r"\b(?P<mod>last|this|next|earlier this|later this|late last|early last|"
            r"earlier last|late this|early this|early next|late next)\s+month\b",
            re.I,
        ),
    ),
    (
        "rel_year",
        re.compile(
            r"\b(?P<mod>last|this|next|earlier this|later this|late last|early last|"
            r"(?:later|earlier|early|late) in the)\s+year\b",
            re.I,
        ),
    ),
    (
        "weekday_range",
        re.compile(
            r"\bfrom\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
            r"(?:to|until|through|till)\s+(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?P<mod>last\s+|next\s+|this\s+|on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|"
            r"Friday|Saturday|Sunday)\b"
        ),
    ),
    # "in the second week of June", "in the first half of May": told to the month
    (
        "month_part",
        re.compile(
            r"\b(?i:in|during)\s+the\s+(?i:first|second|third|fourth|last|final)\s+(?i:week|half|days)\s+of\s+"
            + _MONTH
            + r"(?!\s+\d)"
        ),
    ),
    (
        "month",
        re.compile(r"\b(?i:in|during|from|last|next|this|early|late|mid-?)\s+" + _MONTH + r"(?!\s+\d)"),
    ),
    # "in February and September": the second month of a pair (kept only right after a date)
    ("month_and", re.compile(r"\b(?:and|or)\s+(?:(?i:in|early|late|mid-?)\s+)?" + _MONTH + r"(?!\s+\d)")),
    # "in the fall", "next spring", "this summer": a season is told to the year
    (
        "season",
        re.compile(
            r"\b(?P<mod>in the|during the|by the|this|next|last|later this|early this|late this)\s+"
            r"(?P<season>spring|summer|fall|autumn|winter)\b(?!\s+(?:of\s+)?\d)",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?i:in|during|of|from|early|late|mid-?)\s+(?P<year>(?:19|20)\d{2})\b"
            r"(?!\s*(?:-|–)\s*\d)"
        ),
    ),
]


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets within the text that was scanned
    end: int
    text: str
    date: date | None
    precision: str | None  # "day", "month", "year"
    end_date: date | None = None
    # days relative to another event: "X a day after <clause>" puts the clause's event one day
    # before X (-1); "a day later" puts this sentence's event one day after the previous one (+1)
    anchor_offset: int | None = None
    anchor_clause: bool = False  # True: "after/before <clause>"; False: "later/earlier"
    explicit_year: bool = False


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_month(d: date, months: int) -> date:
    """First day of the month ``months`` away from ``d``'s month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _pick_year(month: int, day: int, published: date, future: bool) -> date | None:
    """The occurrence of month/day nearest publication: next one in future, else last one."""
    this = _safe(published.year, month, day) or _safe(published.year, month, 28)
    if this is None:
        return None
    if future:
        return this if this >= published - timedelta(days=1) else _safe(this.year + 1, month, this.day)
    if this <= published + timedelta(days=1):
        return this
    if this <= published + timedelta(days=60):
        return this  # "on May 28" in a story of May 3: the coming one (a year-old day would be "last May")
    return _safe(this.year - 1, month, this.day)


@functools.lru_cache(maxsize=64)
def _matches(text: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """Every pattern's matches in ``text``, in ``_PATTERNS`` order: the extractor reads each
    sentence's dates twice (as past and as future), the scanning is the same."""
    return tuple((kind, tuple(pattern.finditer(text))) for kind, pattern in _PATTERNS)


def find_dates(text: str, published: date | None, future: bool = False, year: int | None = None) -> list[DateMention]:
    """Date expressions in ``text``, resolved against ``published`` where they are relative.

    Relative expressions without a publication date get ``date=None``; explicit ones
    (with a year) are always resolved.  ``future`` picks the next occurrence of a bare
    month or weekday instead of the last one.  ``year``: for an undated article, the year the
    text last named ("landed on March 9, 2018 ... on March 15" is 2018-03-15).
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, matches in _matches(text):
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "month_and" and not any(te <= s and not text[te:s].strip(" ,") for _, te in taken):
                continue
            try:
                mention = _resolve("month" if kind in ("month_and", "month_part") else kind, m, published, future, year)
            except (ValueError, OverflowError):
                mention = None  # a relative date off the calendar (year 0 or 10000)
            if mention is None:
                continue
            taken.append((s, e))
            found.append(mention)
    return sorted(found, key=lambda x: x.start)


def _resolve(
    kind: str, m: re.Match[str], published: date | None, future: bool, year: int | None = None
) -> DateMention | None:
    g = m.groupdict()
    s, e, t = m.start(), m.end(), m.group(0)
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))

    def mk(
        d: date | None,
        precision: str | None,
        end: date | None = None,
        explicit: bool = False,
        anchor: int | None = None,
    ) -> DateMention:
        return DateMention(
            s, e, t, d, precision if d or anchor is not None else None, end, anchor, explicit_year=explicit
        )

    if kind == "iso":
        d = _safe(int(g["year"]), int(g["m"]), int(g["d"]))
        return mk(d, "day", explicit=True) if d else None
    if kind in ("mdy", "dmy"):
        d = _safe(int(g["year"]), month, int(g["day"]))
        return mk(d, "day", explicit=True) if d else None
    if kind == "md_range_y":
        d, d2 = _safe(int(g["year"]), month, int(g["day"])), _safe(int(g["year"]), month, int(g["day2"]))
        return mk(d, "day", d2 if d2 and d and d2 > d else None, explicit=True) if d else None
    if kind == "md_md":
        month2 = MONTHS.get((g.get("month2") or "").lower().rstrip("."))
        if g.get("year"):
            d = _safe(int(g["year"]), month, int(g["day"]))
        else:
            d = _pick_year(month, int(g["day"]), published, future) if published else None
        d2 = _safe(d.year + (month2 < month), month2, int(g["day2"])) if d and month2 else None
        return mk(d, "day", d2 if d2 and d and d2 > d else None, explicit=bool(g.get("year"))) if d else None
    if kind in ("md", "dm", "md_range"):
        if int(g["day"]) > 31:
            return None
        if published:
            d = _pick_year(month, int(g["day"]), published, future)
        else:
            d = _safe(year, month, int(g["day"])) if year else None
        d2 = None
        if d and g.get("day2"):
            d2 = _safe(d.year, month, int(g["day2"]))
            d2 = d2 if d2 and d2 > d else None
        return mk(d, "day", d2)
    if kind == "my":
        return mk(date(int(g["year"]), month, 1), "month", explicit=True)
    if kind == "anchor_same":
        return DateMention(s, e, t, None, "day", None, 0, False)
    if kind == "anchor_period":
        # "presented his credentials the same month": the period of the event told before
        return DateMention(s, e, t, None, g["unit"].lower(), None, 0, False)
    if kind == "anchor_years":
        n = g["n"].lower()
        count = 1 if n == "a" else _NUMBERS.get(n) or int(n)
        return DateMention(s, e, t, None, "year", None, count if g["dir"].lower() == "later" else -count, False)
    if kind in ("anchor", "anchor_the"):
        n = g["n"].lower()
        count = 1 if n in ("day", "next day") else _NUMBERS.get(n) or int(n)
        direction = g["dir"].lower()
        sign = -1 if direction in ("after", "earlier") else 1
        return DateMention(s, e, t, None, "day", None, sign * count, direction in ("after", "before"))
    if kind == "anchor_next":
        return DateMention(s, e, t, None, "day", None, -1 if g["which"].lower() == "previous" else 1, False)
    if kind == "rel_day":
        if not published:
            return mk(None, None)
        word = g["word"].lower()
        return mk(published - timedelta(days=1) if word == "yesterday" else published, "day")
    if kind == "m_rel_year":
        # "in May last year": that month of the year before
        if not published:
            return mk(None, None)
        mod = g["mod"].lower()
        shift = -1 if mod == "last" else 1 if mod == "next" else 0
        return mk(date(published.year + shift, month, 1), "month")
    if kind == "rel_week":
        # "last week", "next week": the week is rarely told; the month it falls in is
        if not published:
            return mk(None, None)
        mod = g["mod"].lower()
        day = published + timedelta(days=-7 if "last" in mod else 7 if "next" in mod else 0)
        return mk(date(day.year, day.month, 1), "month")
    if kind == "rel_month":
        if not published:
            return mk(None, None)
        mod = g["mod"].lower()
        shift = -1 if "last" in mod else 1 if "next" in mod else 0
        return mk(_shift_month(published, shift), "month")
    if kind == "rel_year":
        if not published:
            return mk(None, None)
        mod = g["mod"].lower()
        shift = -1 if "last" in mod else 1 if "next" in mod else 0
        return mk(date(published.year + shift, 1, 1), "year")
    if kind == "weekday_range":
        if not published:
            return mk(None, None)
        last = WEEKDAYS[g["wd2"].lower()]
        if future:
            end = published + timedelta(days=(last - published.weekday()) % 7)
        else:
            end = published - timedelta(days=(published.weekday() - last) % 7)
        start = end - timedelta(days=(last - WEEKDAYS[g["wd"].lower()]) % 7)
        return mk(start, "day", end if end > start else None)
    if kind == "weekday":
        if not published:
            return mk(None, None)
        mod = (g.get("mod") or "").strip().lower()
        wd = WEEKDAYS[g["wd"].lower()]
        if mod == "next" or (future and mod != "last"):
            delta = (wd - published.weekday()) % 7 or (7 if mod == "next" else 0)
            return mk(published + timedelta(days=delta), "day")
        delta = (published.weekday() - wd) % 7
        if mod == "last" and delta <= 1:
            delta += 7  # "last Thursday" in a Friday story: a week before yesterday (yesterday is "on Thursday")
        return mk(published - timedelta(days=delta), "day")
    if kind == "month":
        if not published:
            return mk(None, None)
        word = t.split()[0].lower()
        first = date(published.year, month, 1)
        this_month = date(published.year, published.month, 1)
        if word == "next" or (future and word != "last"):
            d = first if first >= this_month else date(published.year + 1, month, 1)
        else:
            d = first if first <= this_month else date(published.year - 1, month, 1)
        return mk(d, "month")
    if kind == "year":
        return mk(date(int(g["year"]), 1, 1), "year", explicit=True)
    if kind == "season":
        if not published:
            return mk(None, None)
        start = _SEASONS[g["season"].lower()]
        mod = g["mod"].lower()
        year = published.year
        if mod == "next" or (future and mod != "last" and start + 2 < published.month):
            year += start <= published.month  # the next one that has not begun
        elif mod == "last" or (not future and mod.startswith("in") and start > published.month):
            year -= start + 2 >= published.month  # the last one that has ended
        return mk(date(year, 1, 1), "year")
    return None
