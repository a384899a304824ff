"""Pure extraction pipeline: article text in, plain dataclasses out (no ORM)."""

EXTRACTOR_VERSION = "0.4.0"
