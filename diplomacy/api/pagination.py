"""Pagination that never counts: keyset cursors for events, limit/offset for the rest.

A ``COUNT(*)`` over millions of filtered events costs as much as the page itself, so no
list reports a total; each fetches one row more than it shows to know whether a next page
exists. Events page by (date, id) keys, so page 10,000 costs what page 1 costs.
"""

import base64
import binascii
import json
from datetime import date

from django.db.models import Q, prefetch_related_objects
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

INVALID_CURSOR = "Invalid cursor: use the `next` or `previous` link of a page."
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


def _page_size(request, name: str) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise ValidationError({name: [f"Expected an integer from 1 to {MAX_PAGE_SIZE}."]}) from None
    if size < 1:
        raise ValidationError({name: [f"Expected an integer from 1 to {MAX_PAGE_SIZE}."]})
    return min(size, MAX_PAGE_SIZE)


def _links(response: Response, next_url: str | None, previous_url: str | None) -> Response:
    links = [f'<{url}>; rel="{rel}"' for rel, url in (("next", next_url), ("prev", previous_url)) if url]
    if links:
        response["Link"] = ", ".join(links)
    return response


def _page_schema(schema: dict, example_next: str) -> dict:
    return {
        "type": "object",
        "required": ["next", "previous", "results"],
        "properties": {
            "next": {"type": "string", "nullable": True, "format": "uri", "example": example_next},
            "previous": {"type": "string", "nullable": True, "format": "uri"},
            "results": schema,
        },
    }


class KeysetPagination(BasePagination):
    """Pages of events ordered by date (undated last), then by id; the cursor is opaque."""

    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    ordering_query_param = "ordering"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = _page_size(request, self.page_size_query_param)
        self.descending = request.query_params.get(self.ordering_query_param, "-date") != "date"
        position = self._decode(request.query_params.get(self.cursor_query_param))
        backwards = bool(position and position["back"])
        rows = self._read(queryset, position, backwards)
        more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if backwards:
            rows.reverse()
        self.has_next = bool(rows) and (backwards or more)
        self.has_previous = bool(rows) and (more if backwards else position is not None)
        self.first = rows[0] if rows else None
        self.last = rows[-1] if rows else None
        return rows

    def _read(self, queryset, position: dict | None, backwards: bool) -> list:
        """Up to ``page_size + 1`` rows after ``position`` in reading order, prefetched once.

        The order is every dated event by (date, id), then the undated ones by id. Each
        part is read with its own plain ``ORDER BY`` that an index on ``date`` (or on
        ``kind, date``...) serves by a forward or backward scan; a single ``ORDER BY date
        DESC NULLS LAST`` would sort every matching row first. The second part is only
        read when the first does not fill the page.
        """
        lookups = queryset._prefetch_related_lookups
        queryset = queryset.prefetch_related(None)
        descending = self.descending != backwards
        id_order = "-id" if descending else "id"
        segments = [
            ("dated", queryset.filter(date__isnull=False).order_by("-date" if descending else "date", id_order)),
            ("undated", queryset.filter(date__isnull=True).order_by(id_order)),
        ]
        if backwards:
            segments.reverse()
        if position is not None:
            current = "dated" if position["date"] is not None else "undated"
            while segments[0][0] != current:
                segments.pop(0)
            name, first = segments[0]
            segments[0] = (name, first.filter(self._after(position, descending)))
        rows: list = []
        for _, segment in segments:
            rows += list(segment[: self.page_size + 1 - len(rows)])
            if len(rows) > self.page_size:
                break
        prefetch_related_objects(rows, *lookups)
        return rows

    def get_paginated_response(self, data):
        next_url, previous_url = self.get_next_link(), self.get_previous_link()
        response = Response({"next": next_url, "previous": previous_url, "results": data})
        return _links(response, next_url, previous_url)

    def get_next_link(self):
        return self._link(self.last, back=False) if self.has_next else None

    def get_previous_link(self):
        return self._link(self.first, back=True) if self.has_previous else None

    def get_paginated_response_schema(self, schema):
        return _page_schema(
            schema,
            "http://api.example.org/api/events/?cursor=eyJkIjogIjIwMjItMDItMTciLCAiaSI6IDQyLCAiYmFjayI6IGZhbHNlfQ==",
        )

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Opaque position from a page's `next` or `previous` link.",
                "schema": {"type": "string"},
                "example": "eyJkIjogIjIwMjItMDItMTciLCAiaSI6IDQyLCAiYmFjayI6IGZhbHNlfQ==",
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Events per page, {DEFAULT_PAGE_SIZE} by default, at most {MAX_PAGE_SIZE}.",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
                "example": DEFAULT_PAGE_SIZE,
            },
        ]

    def _link(self, row, back: bool) -> str:
        token = json.dumps({"d": row.date.isoformat() if row.date else None, "i": row.id, "back": back})
        url = self.request.build_absolute_uri()
        url = remove_query_param(url, self.cursor_query_param)
        return replace_query_param(url, self.cursor_query_param, base64.urlsafe_b64encode(token.encode()).decode())

    @staticmethod
    def _decode(raw: str | None) -> dict | None:
        if raw is None:
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(raw.encode()).decode())
            position = {
                "date": date.fromisoformat(data["d"]) if data["d"] is not None else None,
                "id": int(data["i"]),
                "back": bool(data["back"]),
            }
        except (ValueError, TypeError, KeyError, binascii.Error, UnicodeError, json.JSONDecodeError):
            raise ValidationError({"cursor": [INVALID_CURSOR]}) from None
        return position

    @staticmethod
    def _after(position: dict, descending: bool) -> Q:
        """Rows after ``position`` within its part (dated or undated), in the part's order."""
        beyond = "lt" if descending else "gt"
        key_date, key_id = position["date"], position["id"]
        if key_date is None:
            return Q(**{f"id__{beyond}": key_id})
        # The redundant bound on date alone lets the index scan start at the position.
        bound = Q(**{f"date__{beyond}e": key_date})
        return bound & (Q(**{f"date__{beyond}": key_date}) | Q(date=key_date, **{f"id__{beyond}": key_id}))


class UncountedLimitOffsetPagination(BasePagination):
    """``limit``/``offset`` pages without a total count."""

    limit_query_param = "limit"
    offset_query_param = "offset"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.limit = _page_size(request, self.limit_query_param)
        raw = request.query_params.get(self.offset_query_param, "0")
        try:
            self.offset = int(raw)
        except ValueError:
            raise ValidationError({self.offset_query_param: ["Expected a non-negative integer."]}) from None
        if self.offset < 0:
            raise ValidationError({self.offset_query_param: ["Expected a non-negative integer."]})
        rows = list(queryset[self.offset : self.offset + self.limit + 1])
        self.has_next = len(rows) > self.limit
        return rows[: self.limit]

    def get_paginated_response(self, data):
        next_url, previous_url = self.get_next_link(), self.get_previous_link()
        response = Response({"next": next_url, "previous": previous_url, "results": data})
        return _links(response, next_url, previous_url)

    def get_next_link(self):
        if not self.has_next:
            return None
        url = replace_query_param(self.request.build_absolute_uri(), self.limit_query_param, self.limit)
        return replace_query_param(url, self.offset_query_param, self.offset + self.limit)

    def get_previous_link(self):
        if self.offset <= 0:
            return None
        url = replace_query_param(self.request.build_absolute_uri(), self.limit_query_param, self.limit)
        offset = max(self.offset - self.limit, 0)
        if offset == 0:
            return remove_query_param(url, self.offset_query_param)
        return replace_query_param(url, self.offset_query_param, offset)

    def get_paginated_response_schema(self, schema):
        return _page_schema(schema, "http://api.example.org/api/persons/?limit=50&offset=50")

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.limit_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page, {DEFAULT_PAGE_SIZE} by default, at most {MAX_PAGE_SIZE}.",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
                "example": DEFAULT_PAGE_SIZE,
            },
            {
                "name": self.offset_query_param,
                "required": False,
                "in": "query",
                "description": "Rows to skip.",
                "schema": {"type": "integer", "minimum": 0},
                "example": 0,
            },
        ]
