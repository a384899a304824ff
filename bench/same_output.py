"""Whether this checkout stores what another revision stores, for the same articles.

    .venv/bin/python bench/same_output.py [--ref main] [--database sqlite|postgres|both] [PATH ...]

Checks out ``--ref`` (detached, in a temporary folder), then, for it and for this checkout,
ingests PATHs (default: the seeds, ../shared/seeds and every annotated set's articles) into a
fresh database, and compares
1. ``manage.py export --format json``, with each UUID (random per run) replaced by the table
   and primary key of its row;
2. every row of every table of the app (history rows included), without UUIDs and times.
Primary keys are compared as they are: the same writes in the same order give the same ones.
Both run with PYTHONHASHSEED=0: with another seed some sets iterate in another order (a
person's name keys, so their ids, and a tie between an event's countries).
Prints what differs and exits 1 if anything does.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNOTATED = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("tests/extraction/*/articles"))
DEFAULT_PATHS = ["seeds", "../shared/seeds", *ANNOTATED]

# Run by ``manage.py shell`` in each checkout: every row of the app, and each UUID's row.
DUMP = """
import json, os
from django.apps import apps
from django.db import models
rows, uuids = {}, {}
for model in apps.get_app_config("diplomacy").get_models():
    if model.__name__ == "IngestRun":
        continue
    fields = [f for f in model._meta.concrete_fields]
    kept = [f.attname for f in fields if not isinstance(f, (models.UUIDField, models.DateTimeField))]
    for field in fields:
        if isinstance(field, models.UUIDField):
            for pk, value in model.objects.values_list("pk", field.attname):
                uuids[str(value)] = f"{model.__name__}:{pk}"
    rows[model.__name__] = sorted(
        json.dumps(row, sort_keys=True, default=str) for row in model.objects.order_by("pk").values(*kept)
    )
with open(os.environ["SAME_OUTPUT_DUMP"], "w", encoding="utf-8") as out:
    json.dump({"rows": rows, "uuids": uuids}, out)
"""


def run(tree: Path, env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=tree, env=env, check=check, capture_output=True, text=True
    )


def psql(sql: str) -> None:
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql], check=True, capture_output=True)


def stored(tree: Path, database: str, paths: list[str], tmp: Path, label: str) -> dict:
    """Ingest ``paths`` with the code in ``tree`` into a fresh database; returns the export and the rows."""
    # one hash seed for both: the order of some sets (a person's name keys, so their ids) follows it
    env = dict(os.environ, DJANGO_DEBUG="", PYTHONHASHSEED="0")
    if database == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{tmp}/{label}.sqlite3"
    else:
        name = f"same_output_{os.getpid()}_{label}"
        psql(f'DROP DATABASE IF EXISTS "{name}"')
        psql(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"
    try:
        run(tree, env, "migrate", "-v0")
        ingest = run(tree, env, "ingest", *[str((ROOT / p).resolve()) for p in paths], check=False)
        export = run(tree, env, "export", "--format", "json").stdout
        dump_path = tmp / f"{label}-{database}.json"
        run(tree, dict(env, SAME_OUTPUT_DUMP=str(dump_path)), "shell", "-v0", "-c", DUMP)
        dump = json.loads(dump_path.read_text(encoding="utf-8"))
    finally:
        if database == "postgres":
            psql(f'DROP DATABASE IF EXISTS "{name}"')
    summary = ingest.stdout.strip().splitlines()[-1] if ingest.stdout.strip() else ingest.stderr.strip()
    summary = re.sub(r" \[run [-0-9a-f]+\]", "", summary)
    return {"summary": summary, "status": ingest.returncode, "export": export, **dump}


def normalised_export(export: str, uuids: dict[str, str]) -> list[str]:
    def replace(value):
        if isinstance(value, dict):
            return {k: replace(v) for k, v in value.items()}
        if isinstance(value, list):
            return [replace(v) for v in value]
        if isinstance(value, str) and value in uuids:
            return uuids[value]
        return value

    data = replace(json.loads(export))
    data.pop("exported_at", None)
    return json.dumps(data, sort_keys=True, indent=1).splitlines()


def compare(old: dict, new: dict) -> list[str]:
    differences = []
    if (old["summary"], old["status"]) != (new["summary"], new["status"]):
        differences.append(f"ingest said {old['summary']!r} (exit {old['status']}), now {new['summary']!r}")
    a, b = normalised_export(old["export"], old["uuids"]), normalised_export(new["export"], new["uuids"])
    if a != b:
        differences.append("export:\n" + "\n".join(list(difflib.unified_diff(a, b, lineterm="", n=1))[:40]))
    for table in sorted(set(old["rows"]) | set(new["rows"])):
        x, y = old["rows"].get(table, []), new["rows"].get(table, [])
        if x != y:
            diff = list(difflib.unified_diff(x, y, lineterm="", n=0))[:20]
            differences.append(f"{table}: {len(x)} rows, now {len(y)}\n" + "\n".join(diff))
    return differences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    ap.add_argument("--ref", default="main")
    ap.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    args = ap.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        old_tree = tmp / "old"
        subprocess.run(["git", "worktree", "add", "--detach", str(old_tree), args.ref], cwd=ROOT, check=True)
        try:
            (old_tree / ".venv").symlink_to((ROOT / ".venv").resolve())
            for database in ["sqlite", "postgres"] if args.database == "both" else [args.database]:
                old = stored(old_tree, database, args.paths, tmp, "old")
                new = stored(ROOT, database, args.paths, tmp, "new")
                differences = compare(old, new)
                rows = sum(len(r) for r in new["rows"].values())
                print(f"{database}: {new['summary']}; {rows} rows in {len(new['rows'])} tables")
                if differences:
                    failed = True
                    print(f"{database}: {args.ref} and this checkout differ:\n" + "\n\n".join(differences))
                else:
                    print(f"{database}: the same export and rows as {args.ref}")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old_tree)], cwd=ROOT, check=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
