"""Ingest throughput: our whole ingest against spaCy's ``nlp.pipe`` alone, on the same texts.

    .venv/bin/python bench/ingest.py --articles 2000 [--database sqlite|postgres|both] [--workers 0,1,2] [--debug]
        [--db-name NAME]

Makes a corpus by repeating ``seeds/`` and the dev set with varied names and dates, then in one run:
1. times ``nlp.pipe`` over the texts with the very pipeline object the ingest uses
   (same components, same batch size, one process);
2. times ``ingest`` inline on a fresh SQLite and/or PostgreSQL database;
3. with ``--workers``, times ``ingest --queue`` drained by 1 and 2 Celery worker processes
   on PostgreSQL (Redis broker).
Ingest runs as ``make ingest`` and ``make worker`` run it, with DJANGO_DEBUG off: debug makes
Django keep (and on SQLite, quote with an extra query) every query. ``--debug`` times it with
debug on, as earlier runs did.
On PostgreSQL it uses the database ``diplomacy_bench_<process id>`` (or ``--db-name``), made
afresh for each run and dropped at the end, so two runs at once never share one.
Prints articles/s and ratios as a Markdown table (and writes it to bench/out/ingest.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEVSET = "tests/extraction/devset/articles"

FIRST = [
    "Amir",
    "Lena",
    "Carlos",
    "Yuki",
    "Omar",
    "Ingrid",
    "Kwame",
    "Sofia",
    "Tariq",
    "Mei",
    "Pavel",
    "Ana",
    "Jonas",
    "Leila",
    "Mateo",
    "Hana",
    "Dmitri",
    "Zainab",
    "Luis",
    "Aiko",
    "Samuel",
    "Nadia",
    "Viktor",
    "Chiara",
    "Kofi",
    "Elif",
    "Rafael",
    "Sana",
    "Henrik",
    "Mariam",
    "Tomas",
    "Ayesha",
    "Diego",
    "Olga",
    "Yusuf",
    "Ines",
]
LAST = [
    "Haddad",
    "Novak",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Petrov",
    "Silva",
    "Rahman",
    "Kowalski",
    "Mensah",
    "Duarte",
    "Yilmaz",
    "Nakamura",
    "Ivanova",
    "Fischer",
    "Banda",
    "Castillo",
    "Hosseini",
    "Lund",
    "Abebe",
    "Park",
    "Morales",
    "Kaya",
    "Varga",
    "Osei",
    "Richter",
    "Sato",
    "Qureshi",
    "Ferreira",
    "Dlamini",
    "Horvat",
    "Gallo",
    "Nguyen",
    "Karimi",
    "Berg",
    "Asante",
    "Romero",
    "Sokolov",
    "Achebe",
]
DATELINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")


def make_corpus(n: int, out: Path) -> list[Path]:
    """n articles: the seeds and the dev set, each copy with its own people and publication date.

    Every person name the model finds in a text is replaced, per copy, by a generated one (its
    bare surname too), and the dateline moves by up to ten years, so that copies report other
    people at other times instead of the same few people again and again.
    """
    from diplomacy.extraction.nlp import get_nlp

    nlp = get_nlp()
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / DEVSET).glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    names = [
        sorted({e.text for e in nlp(t).ents if e.label_ == "PERSON" and " " in e.text}, key=len, reverse=True)
        for t in texts
    ]
    rng = random.Random(7)
    paths = []
    for i in range(n):
        k = i % len(texts)
        text = texts[k]
        if i >= len(texts):
            for name in names[k]:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                text = text.replace(name, f"{first} {last}")
                text = re.sub(rf"\b{re.escape(name.split()[-1])}\b", last, text)
            dated = DATELINE.match(text)
            if dated:
                moved = date.fromisoformat(dated.group(1)) - timedelta(days=rng.randrange(3650))
                text = f" date {moved.isoformat()} " + text[dated.end() :]
        path = out / f"{i:05d}_{sources[k].name}"
        path.write_text(text + f"\n\nReport {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def time_nlp_pipe(paths: list[Path], batch_size: int) -> float:
    from diplomacy.extraction.pipeline import Pipeline
    from diplomacy.extraction.reader import read_articles

    articles = [a for a in read_articles(paths) if not isinstance(a, Exception)]
    nlp = Pipeline().nlp
    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size):
        pass
    return time.perf_counter() - start


def psql(sql: str) -> None:
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql], check=True, capture_output=True)


def fresh_env(database: str, tmp: Path, debug: bool = False, db_name: str = "") -> dict:
    env = dict(os.environ, DJANGO_DEBUG="1" if debug else "")
    if database == "sqlite":
        (tmp / "bench.sqlite3").unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    else:
        psql(f'DROP DATABASE IF EXISTS "{db_name}"')
        psql(f'CREATE DATABASE "{db_name}"')
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{db_name}"
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    return env


def time_inline(corpus: Path, env: dict, batch_size: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "ingest", "--batch-size", str(batch_size), str(corpus)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def time_queued(corpus: Path, env: dict, workers: int) -> float:
    # workers as ``make worker`` runs them: one PostgreSQL connection kept across tasks
    env = dict(env, CELERY_BROKER_URL="redis://127.0.0.1:6379/14", DJANGO_CONN_MAX_AGE="60")
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "diplomacy",
                "worker",
                "--pool=solo",
                "-n",
                f"bench{i}@%h",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=ERROR",
            ],
            cwd=ROOT,
            env=env,
        )
        for i in range(workers)
    ]
    try:
        time.sleep(8)  # workers load spaCy when they start, before the clock starts
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "manage.py", "ingest", "--queue", str(corpus)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        run_id = out.split()[1].rstrip(":")
        # poll with psql: a Django process per poll would take a core of the two from the workers
        query = f"SELECT state FROM diplomacy_ingestrun WHERE uuid = '{run_id}'"
        while True:
            state = subprocess.run(
                ["psql", env["DATABASE_URL"], "-Atc", query], check=True, capture_output=True, text=True
            ).stdout.strip()
            if state in ("done", "failed"):
                return time.perf_counter() - start
            time.sleep(1)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=60)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    import django

    django.setup()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--workers", default="", help="comma-separated worker counts to time on PostgreSQL, e.g. 1,2")
    ap.add_argument("--debug", action="store_true", help="run ingest with DJANGO_DEBUG on")
    ap.add_argument(
        "--db-name",
        default=f"diplomacy_bench_{os.getpid()}",
        help="PostgreSQL database to make afresh and drop (default: diplomacy_bench_<process id>)",
    )
    args = ap.parse_args()
    if not re.fullmatch(r"\w+", args.db_name):
        ap.error("--db-name: letters, digits and underscores only")
    rows = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        corpus = tmp / "corpus"
        corpus.mkdir()
        paths = make_corpus(args.articles, corpus)
        base = time_nlp_pipe(paths, args.batch_size)
        rows.append(("spaCy nlp.pipe alone", base))
        for database in ["sqlite", "postgres"] if args.database == "both" else [args.database]:
            env = fresh_env(database, tmp, args.debug, args.db_name)
            rows.append((f"ingest inline, {database}", time_inline(corpus, env, args.batch_size)))
        for workers in [int(w) for w in args.workers.split(",") if w]:
            env = fresh_env("postgres", tmp, args.debug, args.db_name)
            rows.append((f"ingest --queue, {workers} worker(s), postgres", time_queued(corpus, env, workers)))
        if args.database != "sqlite" or args.workers:
            psql(f'DROP DATABASE IF EXISTS "{args.db_name}"')
    n = args.articles
    lines = [
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}; "
        f"{n} articles, batch size {args.batch_size}; DJANGO_DEBUG {'on' if args.debug else 'off'}.",
        "",
        "| run | seconds | articles/s | ratio to nlp.pipe |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, seconds in rows:
        lines.append(f"| {label} | {seconds:.1f} | {n / seconds:.1f} | {seconds / base:.2f} |")
    report = "\n".join(lines)
    print(report)
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    (ROOT / "bench" / "out" / "ingest.md").write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
