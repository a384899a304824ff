"""API latency on a million events: the served API against psycopg + json.dumps, in one run.

    .venv/bin/python bench/api/run.py [--events 1000000] [--requests 300] [--concurrency 4]
        [--workers 2] [--database postgres://postgres@127.0.0.1:5432/diplomacy_api_bench]

1. Populate (skipped when the database already holds ``--events`` events): ``migrate``, then
   ``INSERT ... SELECT generate_series`` on the server: 20,000 persons in 50 countries, one
   office per country, the events spread over 2000-2025 in six kinds, each with two countries,
   two participants (with their office), one of 250,000 sources and one evidence sentence.
   The triggers of migration 0007 fill each event's ``involved`` countries as rows arrive.
2. Serve the API with gunicorn on 127.0.0.1 (``--workers`` sync workers, persistent
   database connections) and warm it up.
3. For each query (a dyad over a year, one person, one kind, no filter: the first page of 50 events),
   ``--requests`` requests from ``--concurrency`` client threads on loopback, and the same
   page computed by hand in the same run: the same SQL filters through psycopg, the rows
   turned into the same JSON document with ``json.dumps``, from as many threads each with
   its own connection. Prints p50/p95/p99 in milliseconds and the API/direct ratios as a
   Markdown table, also written to ``bench/api/results.md``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
PORT = 8765
PAGE = 50
COUNTRIES = [
    "IL",
    "TR",
    "US",
    "FR",
    "DE",
    "GB",
    "RU",
    "CN",
    "JP",
    "IN",
    "BR",
    "EG",
    "JO",
    "SA",
    "AE",
    "IR",
    "IQ",
    "SY",
    "LB",
    "QA",
    "KW",
    "OM",
    "BH",
    "YE",
    "IT",
    "ES",
    "PL",
    "UA",
    "GR",
    "CY",
    "AZ",
    "AM",
    "GE",
    "KZ",
    "PK",
    "AF",
    "KR",
    "ZA",
    "NG",
    "ET",
    "KE",
    "MA",
    "DZ",
    "TN",
    "LY",
    "SD",
    "CA",
    "MX",
    "AR",
    "AU",
]
KINDS = ["meeting", "visit", "call", "agreement", "appointment", "withdrawal"]
PERSONS = 20_000
SOURCES_PER_EVENT = 4  # one source per four events


def populate(dsn: str, events: int) -> None:
    env = {**os.environ, **server_env(dsn)}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    with psycopg.connect(dsn, autocommit=True) as conn:
        have = conn.execute("SELECT count(*) FROM diplomacy_event").fetchone()[0]
        if have >= events:
            print(f"database holds {have:,} events; not populating", file=sys.stderr)
            return
        print(f"populating {events:,} events ...", file=sys.stderr)
        started = time.perf_counter()
        for table in [
            "diplomacy_evidence",
            "diplomacy_eventsource",
            "diplomacy_participation",
            "diplomacy_event_countries",
            "diplomacy_event",
            "diplomacy_tenure",
            "diplomacy_source",
            "diplomacy_office",
            "diplomacy_personalias",
            "diplomacy_person",
        ]:
            conn.execute(f"TRUNCATE {table} CASCADE")
        n_countries = len(COUNTRIES)
        codes = "ARRAY[" + ",".join(f"'{c}'" for c in COUNTRIES) + "]"
        kinds = "ARRAY[" + ",".join(f"'{k}'" for k in KINDS) + "]"
        sources = max(events // SOURCES_PER_EVENT, 1)
        # Country index of the event's two sides: a = i mod 50, b != a.
        side_a = f"(e.id % {n_countries})"
        side_b = f"((e.id % {n_countries}) + 1 + (e.id / {n_countries}) % {n_countries - 1}) % {n_countries}"
        statements = [
            f"""INSERT INTO diplomacy_office (id, uuid, curated_fields, version, created_at, updated_at,
                    title, title_key, institution, country_id)
                SELECT k + 1, md5('office' || k)::uuid, '[]', 1, now(), now(), 'Minister of Foreign Affairs',
                    'minister of foreign affairs', '', ({codes})[k + 1]
                FROM generate_series(0, {n_countries - 1}) k""",
            f"""INSERT INTO diplomacy_person (id, uuid, curated_fields, version, created_at, updated_at,
                    name, match_key, wikidata_id, country_id)
                SELECT i + 1, md5('person' || i)::uuid, '[]', 1, now(), now(), 'Person Número ' || i,
                    'person numero ' || i, '', ({codes})[i % {n_countries} + 1]
                FROM generate_series(0, {PERSONS - 1}) i""",
            f"""INSERT INTO diplomacy_source (id, sha256, name, title, url, published, text, ingested_at,
                    extractor_version, signature)
                SELECT s, encode(sha256(('source' || s)::bytea), 'hex'), 'article_' || s || '.txt',
                    'Talks in the capital ' || s, 'https://news.example.org/' || s,
                    date '2000-01-01' + (s::bigint * 9131 / {sources})::int,
                    repeat('The ministers met to discuss bilateral relations. ', 10), now(), 'bench', '[]'
                FROM generate_series(1, {sources}) s""",
            f"""INSERT INTO diplomacy_event (id, uuid, curated_fields, version, created_at, updated_at, kind,
                    cameo_code, plover_event, plover_mode, date, date_precision, date_inferred, end_date, status,
                    location, title, review_status, confidence, location_country_id)
                SELECT i, md5('event' || i)::uuid, '[]', 1, now(), now(), ({kinds})[i % 6 + 1], '040', '', '',
                    CASE WHEN i % 200 = 0 THEN NULL ELSE date '2000-01-01' + (i::bigint * 9131 / {events})::int END,
                    CASE WHEN i % 200 = 0 THEN '' ELSE 'day' END, i % 10 = 5, NULL, 'occurred', 'Capital ' || (i % 97),
                    'Event ' || i, CASE WHEN i % 3 = 0 THEN 'confirmed' ELSE 'extracted' END, 0.8, NULL
                FROM generate_series(1, {events}) i""",
            f"""INSERT INTO diplomacy_event_countries (event_id, country_id)
                SELECT e.id, ({codes})[{side_a} + 1] FROM diplomacy_event e
                UNION ALL
                SELECT e.id, ({codes})[{side_b} + 1] FROM diplomacy_event e""",
            # A side's participant: a person of that country, spread over its 400 persons.
            f"""INSERT INTO diplomacy_participation (uuid, role, country_id, event_id, office_id, person_id)
                SELECT md5('pa' || e.id)::uuid, 'host', ({codes})[{side_a} + 1], e.id, {side_a} + 1,
                    {side_a} + {n_countries} * ((e.id * 7) % ({PERSONS} / {n_countries})) + 1
                FROM diplomacy_event e
                UNION ALL
                SELECT md5('pb' || e.id)::uuid, 'guest', ({codes})[{side_b} + 1], e.id, {side_b} + 1,
                    {side_b} + {n_countries} * ((e.id * 13) % ({PERSONS} / {n_countries})) + 1
                FROM diplomacy_event e""",
            f"""INSERT INTO diplomacy_eventsource (uuid, event_id, source_id)
                SELECT md5('es' || e.id)::uuid, e.id, (e.id - 1) / {SOURCES_PER_EVENT} + 1 FROM diplomacy_event e""",
            f"""INSERT INTO diplomacy_evidence (uuid, kind, sentence, start, "end", highlights, event_id, source_id)
                SELECT md5('ev' || e.id)::uuid, 'event', 'The foreign ministers met in the capital on event '
                    || e.id || '.', 0, 60, '[]', e.id, (e.id - 1) / {SOURCES_PER_EVENT} + 1
                FROM diplomacy_event e""",
        ]
        for sql in statements:
            conn.execute(sql)
        for table in ["diplomacy_office", "diplomacy_person", "diplomacy_source", "diplomacy_event"]:
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        conn.execute("VACUUM ANALYZE")
        print(f"populated in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def server_env(dsn: str) -> dict[str, str]:
    return {
        "DATABASE_URL": dsn,
        "DJANGO_SETTINGS_MODULE": "diplomacy.settings",
        "DJANGO_SECRET_KEY": "bench-only-secret-key",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_CONN_MAX_AGE": "600",
        "DIPLOMACY_ANON_RATE": "100000000/minute",
    }


def serve(dsn: str, workers: int) -> subprocess.Popen:
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "diplomacy.wsgi:application",
        f"--bind=127.0.0.1:{PORT}",
        f"--workers={workers}",
        "--log-level=warning",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **server_env(dsn)})
    for _ in range(100):
        try:
            status, _ = get("/api/countries/?limit=1")
            if status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not come up")


def get(path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1", "Accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


# -- the same pages, by hand

EVENT_COLUMNS = (
    "id, uuid, title, kind, date, date_precision, end_date, status, location, location_country_id, "
    "review_status, confidence, cameo_code, plover_event, plover_mode, curated_fields, version, updated_at, "
    "date_inferred"
)


def direct_page(conn: psycopg.Connection, where: str, params: dict, base: str) -> bytes:
    """The first page of events matching ``where``, as the API's JSON, from psycopg rows."""
    # Newest first, undated last: the same two plain ORDER BYs the API runs.
    rows = conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM diplomacy_event e WHERE {where} AND e.date IS NOT NULL "
        f"ORDER BY date DESC, id DESC LIMIT {PAGE + 1}",
        params,
    ).fetchall()
    if len(rows) <= PAGE:
        rows += conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM diplomacy_event e WHERE {where} AND e.date IS NULL "
            f"ORDER BY id DESC LIMIT {PAGE + 1 - len(rows)}",
            params,
        ).fetchall()
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    ids = [r[0] for r in rows]
    countries: dict[int, list[str]] = {}
    for event_id, code in conn.execute(
        "SELECT event_id, country_id FROM diplomacy_event_countries WHERE event_id = ANY(%s) ORDER BY country_id",
        [ids],
    ):
        countries.setdefault(event_id, []).append(code)
    participants: dict[int, list[dict]] = {}
    for event_id, person_uuid, name, country, role, office_uuid, office_title in conn.execute(
        "SELECT pa.event_id, pe.uuid, pe.name, pa.country_id, pa.role, o.uuid, o.title "
        "FROM diplomacy_participation pa JOIN diplomacy_person pe ON pe.id = pa.person_id "
        "LEFT JOIN diplomacy_office o ON o.id = pa.office_id WHERE pa.event_id = ANY(%s) "
        "ORDER BY pa.role, pe.match_key",
        [ids],
    ):
        participants.setdefault(event_id, []).append(
            {
                "person": str(person_uuid),
                "person_url": f"{base}/api/persons/{person_uuid}/",
                "name": name,
                "country": country,
                "role": role,
                "office": {"id": str(office_uuid), "url": f"{base}/api/offices/{office_uuid}/", "title": office_title}
                if office_uuid
                else None,
            }
        )
    evidence: dict[tuple[int, int], list[str]] = {}
    for event_id, source_id, sentence in conn.execute(
        "SELECT event_id, source_id, sentence FROM diplomacy_evidence WHERE event_id = ANY(%s) "
        "ORDER BY source_id, start",
        [ids],
    ):
        evidence.setdefault((event_id, source_id), []).append(sentence)
    sources: dict[int, list[dict]] = {}
    for event_id, source_id, sha256, name, title, published, url in conn.execute(
        "SELECT es.event_id, s.id, s.sha256, s.name, s.title, s.published, s.url FROM diplomacy_eventsource es "
        "JOIN diplomacy_source s ON s.id = es.source_id WHERE es.event_id = ANY(%s) "
        "ORDER BY s.published, s.id",
        [ids],
    ):
        sources.setdefault(event_id, []).append(
            {
                "sha256": sha256,
                "url": f"{base}/api/sources/{sha256}/",
                "name": name,
                "title": title,
                "published": published.isoformat() if published else None,
                "article_url": url,
                "evidence": evidence.get((event_id, source_id), []),
            }
        )
    results = [
        {
            "id": str(r[1]),
            "url": f"{base}/api/events/{r[1]}/",
            "title": r[2],
            "kind": r[3],
            "date": r[4].isoformat() if r[4] else None,
            "date_precision": r[5],
            "date_inferred": r[18],
            "end_date": r[6].isoformat() if r[6] else None,
            "status": r[7],
            "location": r[8],
            "location_country": r[9],
            "countries": countries.get(r[0], []),
            "participants": participants.get(r[0], []),
            "sources": sources.get(r[0], []),
            "review_status": r[10],
            "confidence": r[11],
            "cameo_code": r[12],
            "plover_event": r[13],
            "plover_mode": r[14],
            "curated_fields": r[15],
            "version": r[16],
            "updated_at": r[17].isoformat(),
        }
        for r in rows
    ]
    last = rows[-1] if rows else None
    next_url = f"{base}/api/events/?cursor={last[0]}" if more and last else None
    return json.dumps({"next": next_url, "previous": None, "results": results}).encode()


def queries(dsn: str) -> list[tuple[str, str, str, dict]]:
    with psycopg.connect(dsn) as conn:
        person = conn.execute(
            "SELECT uuid FROM diplomacy_person WHERE country_id = 'IL' ORDER BY id LIMIT 1"
        ).fetchone()[0]
    return [
        (
            "dyad IL-TR, one year",
            "/api/events/?countries=IL,TR&date_after=2015-01-01&date_before=2015-12-31",
            # The API's dyad filter on PostgreSQL: the GIN-indexed countries of migration 0007.
            "e.involved @> %(codes)s::text[] AND e.date >= %(start)s AND e.date <= %(end)s",
            {"codes": ["IL", "TR"], "start": "2015-01-01", "end": "2015-12-31"},
        ),
        (
            "one person",
            f"/api/events/?person={person}",
            "EXISTS (SELECT 1 FROM diplomacy_participation p JOIN diplomacy_person pe ON pe.id = p.person_id "
            "WHERE p.event_id = e.id AND pe.uuid = %(person)s)",
            {"person": person},
        ),
        ("one kind", "/api/events/?kind=visit", "e.kind = %(kind)s", {"kind": "visit"}),
        ("all events", "/api/events/", "TRUE", {}),
    ]


def measure(task, requests: int, concurrency: int) -> list[float]:
    """Latencies (ms) of ``requests`` calls of ``task(worker)`` from ``concurrency`` threads."""
    local = threading.local()
    latencies: list[float] = []
    lock = threading.Lock()

    def one(_):
        started = time.perf_counter()
        task(local)
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            latencies.append(elapsed)

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(requests)))
    return latencies


def percentiles(values: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--database",
        default=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/diplomacy_api_bench"),
    )
    args = parser.parse_args()
    dsn = args.database
    admin = urllib.parse.urlparse(dsn)._replace(path="/postgres").geturl()
    name = urllib.parse.urlparse(dsn).path.lstrip("/")
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    populate(dsn, args.events)

    server = serve(dsn, args.workers)
    base = f"http://127.0.0.1:{PORT}"
    rows = []
    try:
        for label, path, where, params in queries(dsn):
            status, body = get(path)
            assert status == 200, (status, body[:300])
            api_count = len(json.loads(body)["results"])

            def via_api(_local, path=path):
                status, _ = get(path)
                assert status == 200

            def via_psycopg(local, where=where, params=params):
                if not hasattr(local, "conn"):
                    local.conn = psycopg.connect(dsn, autocommit=True)
                direct_page(local.conn, where, params, base)

            with psycopg.connect(dsn, autocommit=True) as conn:
                direct_count = len(json.loads(direct_page(conn, where, params, base))["results"])
            assert direct_count == api_count, (label, api_count, direct_count)
            measure(via_api, args.concurrency * 4, args.concurrency)  # warm-up
            measure(via_psycopg, args.concurrency * 4, args.concurrency)
            api = percentiles(measure(via_api, args.requests, args.concurrency))
            direct = percentiles(measure(via_psycopg, args.requests, args.concurrency))
            rows.append((label, api_count, api, direct))
            print(f"{label}: api p50 {api[0]:.1f} ms, direct p50 {direct[0]:.1f} ms", file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=30)

    lines = [
        f"API benchmark: {args.events:,} events on PostgreSQL, gunicorn {args.workers} sync workers, "
        f"{args.concurrency} client threads on loopback, {args.requests} requests per query, "
        f"page of {PAGE} events; {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs.",
        "",
        "| query | rows | API p50 / p95 / p99 ms | psycopg+json p50 / p95 / p99 ms | ratio p50 / p95 / p99 |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, count, api, direct in rows:
        ratio = " / ".join(f"{a / d:.1f}x" for a, d in zip(api, direct, strict=True))
        lines.append(
            f"| {label} | {count} | {' / '.join(f'{v:.1f}' for v in api)} | "
            f"{' / '.join(f'{v:.1f}' for v in direct)} | {ratio} |"
        )
    report = "\n".join(lines) + "\n"
    print(report)
    (Path(__file__).parent / "results.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
