"""Read article files (``.txt``, ``.jsonl``) into ``Article`` records.

Bad input never raises: it is yielded as an ``ArticleError`` whose message is one line
naming the file (and line) and the cause, so one broken file cannot stop an ingest.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from diplomacy.extraction.types import Article, ArticleError

MAX_BYTES = 5 * 1024 * 1024
# what the database stores for a source (Source.name / title / url)
MAX_NAME_CHARS = 300
MAX_TITLE_CHARS = 500
MAX_URL_CHARS = 1000
SUFFIXES = (".txt", ".jsonl")

# " date 2022-02-17 " opens a file; anything that looks like a dateline attempt but is
# not a valid ISO date is an error rather than silently part of the body.
_DATELINE = re.compile(r"^ date (\S+) ")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _error(name: str, where: str, cause: str) -> ArticleError:
    """An ArticleError with a one-line message and the article name attached."""
    message = f"{where}: {cause}".replace("\n", " ")
    err = ArticleError(message)
    err.name = name
    return err


def _clean(value: str) -> str:
    """Text without NUL characters (a database cannot store them)."""
    return value.replace("\x00", "")


def _safe_url(value: object) -> str:
    """An http(s) URL of storable length, else "" (no javascript: or data: links)."""
    url = _clean(str(value or "")).strip()
    if len(url) > MAX_URL_CHARS or not url.lower().startswith(("http://", "https://")):
        return ""
    return url


def _parse_iso(value: str) -> date | None:
    """The date of a strict ``YYYY-MM-DD`` string, or None when it is not one."""
    m = _ISO.match(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths (directories recursively), sorted within each path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
        else:
            yield path


def _read_bytes(path: Path) -> bytes | ArticleError:
    """The file's bytes, or an error for a missing, unreadable, oversized or binary file."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return _error(name, str(path), f"larger than {MAX_BYTES} bytes ({size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        return _error(name, str(path), f"cannot read: {exc.strerror or exc}")
    if not data.strip():
        return _error(name, str(path), "empty file")
    if b"\x00" in data:
        return _error(name, str(path), "binary file (NUL bytes)")
    return data


def parse_txt(name: str, text: str, where: str | None = None) -> Article | ArticleError:
    """An Article from a text file's content, reading the optional dateline."""
    where = where or name
    published = None
    if text.startswith("\ufeff"):
        text = text[1:]
    if text.startswith(" date "):
        m = _DATELINE.match(text)
        published = _parse_iso(m[1]) if m else None
        if published is None:
            token = m[1] if m else text[6:16].split()[0] if text[6:16].split() else ""
            return _error(name, where, f"malformed dateline {token!r} (expected ' date YYYY-MM-DD ')")
        text = text[m.end() :]
    if not text.strip():
        return _error(name, where, "no article text")
    return Article(name=name, text=text, published=published)


def _read_txt(path: Path) -> Iterator[Article | ArticleError]:
    data = _read_bytes(path)
    if isinstance(data, ArticleError):
        yield data
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield _error(path.name, str(path), f"not UTF-8 (byte {exc.start})")
        return
    yield parse_txt(path.name, text, str(path))


def _read_jsonl(path: Path) -> Iterator[Article | ArticleError]:
    data = _read_bytes(path)
    if isinstance(data, ArticleError):
        yield data
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield _error(path.name, str(path), f"not UTF-8 (byte {exc.start})")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        fallback = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(fallback, where, f"bad JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield _error(fallback, where, "bad JSON (not an object)")
            continue
        name = _clean(str(record.get("id") or fallback))
        if len(name) > MAX_NAME_CHARS:
            yield _error(name[:MAX_NAME_CHARS], where, f"id longer than {MAX_NAME_CHARS} characters")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not _clean(body).strip():
            yield _error(name, where, "missing text")
            continue
        body = _clean(body)
        published = None
        if record.get("published"):
            published = _parse_iso(str(record["published"])[:10])
            if published is None:
                yield _error(name, where, f"malformed published date {record['published']!r}")
                continue
        yield Article(
            name=name,
            text=body,
            published=published,
            title=_clean(str(record.get("title") or ""))[:MAX_TITLE_CHARS],
            url=_safe_url(record.get("url")),
        )


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ArticleError]:
    """Articles from files and directories, in sorted order; bad input as ArticleError items."""
    for path in _iter_files(paths):
        if not path.exists():
            yield _error(path.name, str(path), "no such file or directory")
        elif path.suffix == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield from _read_txt(path)
