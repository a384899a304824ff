"""Pure extraction pipeline: article text in, plain dataclasses out (no ORM)."""

EXTRACTOR_VERSION = "0.1.0"
