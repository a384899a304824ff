"""Errors as JSON: ``{"detail": message}`` plus ``errors`` per field for invalid input."""

import logging

from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger("diplomacy.api")

INVALID_INPUT = "Invalid input: see `errors`."
SERVER_ERROR = "Internal server error."
MOVED = "This record was merged into another; follow `location`."


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Conflict."
    default_code = "conflict"


class Moved(Exception):
    """The requested record was merged away; ``location`` is the survivor's URL."""

    def __init__(self, location: str, permanent_method_safe: bool = True):
        self.location = location
        self.safe = permanent_method_safe
        super().__init__(location)


def exception_handler(exc, context):
    """DRF's handler, with validation errors under one message and unexpected ones as JSON 500.

    Errors are JSON whatever format was asked for (a CSV client gets a JSON error body).
    """
    request = context.get("request")
    if request is not None and getattr(getattr(request, "accepted_renderer", None), "format", "json") != "json":
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    if isinstance(exc, Moved):
        code = status.HTTP_301_MOVED_PERMANENTLY if exc.safe else status.HTTP_308_PERMANENT_REDIRECT
        return Response({"detail": MOVED, "location": exc.location}, status=code, headers={"Location": exc.location})
    response = drf_exception_handler(exc, context)
    if response is None:
        logger.exception("Unhandled error in %s", context.get("view").__class__.__name__, exc_info=exc)
        return Response({"detail": SERVER_ERROR}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
    if isinstance(exc, ValidationError):
        detail = response.data
        if isinstance(detail, dict) and set(detail) == {"detail"}:
            message = detail["detail"]
            response.data = {"detail": message[0] if isinstance(message, list) else message}
        else:
            response.data = {"detail": INVALID_INPUT, "errors": detail}
    return response
