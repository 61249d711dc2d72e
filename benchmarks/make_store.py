"""The benchmarks' store: 100,000 demo reviews over the demo practice's sources, analysed.

Ten sources (Google, Facebook, Yelp, Trustpilot, ZnanyLekarz, ProDoktorov, 2GIS, Dianping)
in five languages (en, pl, ru, uk, zh), with the generator's workflow statuses and platform
replies. The analysis runs in one process per core; pages of 1,000 reviews go in through
``upsert_reviews`` (one transaction per page). The file is cached (``--dir``, default a
folder in the temp dir) and reused while count and seed match; benchmarks that write take a
copy (``working_copy``).

    .venv/bin/python benchmarks/make_store.py [--count N] [--dir DIR] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from clinicrep.analysis.pipeline import analyse_reviews
from clinicrep.demo.generator import ANCHOR_FORMAT, demo_sources, generate_demo_reviews
from clinicrep.demo.populate import split_count
from clinicrep.model import Analysis, Review
from clinicrep.store import open_database
from clinicrep.store.reviews import count_reviews, upsert_reviews
from clinicrep.store.sources import add_source, set_cursor

COUNT = 100_000
SEED = 2026
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # fixed: the same store on every run
PAGE = 1000
DEFAULT_DIR = Path(tempfile.gettempdir()) / "clinicrep-bench"


def store_path(folder: Path, count: int = COUNT, seed: int = SEED) -> Path:
    return folder / f"store-{count}-{seed}" / "clinicrep.sqlite3"


def _analyse_chunk(args: tuple[list[Review], str]) -> list[Analysis]:
    reviews, language = args
    return analyse_reviews(reviews, language)


def build_store(path: Path, count: int = COUNT, seed: int = SEED) -> dict[str, float]:
    """Write a fresh store at ``path``; returns seconds spent per phase."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    times: dict[str, float] = {}
    started = time.perf_counter()
    templates = demo_sources()
    shares = split_count(count, [int(t.settings.get("share", 1)) for t in templates])
    plans: list[tuple[object, list[Review]]] = []
    for template, share in zip(templates, shares, strict=True):
        template.settings.update(count=share, seed=seed, anchor=NOW.strftime(ANCHOR_FORMAT))
        reviews = [
            replace(item.review, status=item.status) if item.status else item.review
            for item in generate_demo_reviews(template, share, seed=seed, now=NOW)
        ]
        plans.append((template, reviews))
    times["generate"] = time.perf_counter() - started

    started = time.perf_counter()
    jobs = [
        (reviews[i : i + PAGE], template.language)  # type: ignore[attr-defined]
        for template, reviews in plans
        for i in range(0, len(reviews), PAGE)
    ]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        analyses = list(pool.map(_analyse_chunk, jobs, chunksize=4))
    times["analyse"] = time.perf_counter() - started

    started = time.perf_counter()
    with open_database(path) as db:
        chunks = iter(analyses)
        for template, reviews in plans:
            source = add_source(db, template)  # type: ignore[arg-type]
            for i in range(0, len(reviews), PAGE):
                page = reviews[i : i + PAGE]
                for review, analysis in zip(page, next(chunks), strict=True):
                    review.source_id = source.id or 0
                    review.analysis = analysis
                upsert_reviews(db, page, now=NOW)
            # the demo connector's cursor at the end: a sync finds nothing new, as after populate
            set_cursor(db, source.id or 0, str(len(reviews)))
        stored = count_reviews(db)
    # one file, no -wal beside it: copies are then a plain file copy
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    times["store"] = time.perf_counter() - started
    if stored != count:
        raise RuntimeError(f"stored {stored} reviews, expected {count}")
    return times


def grow_store(source: Path, path: Path, factor: int) -> dict[str, float]:
    """A store ``factor`` times the size of ``source``: each review again ``factor - 1``
    times, each copy moved back by whole years (distinct times, the same mix of words,
    languages, statuses and analysis). Minutes where ``build_store`` analyses for an hour
    on a shared machine; what it measures (search, sort, first pages) depends on the mix,
    which it keeps."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    shutil.copyfile(source, path)
    with open_database(path) as db, db.bulk_writes(256):
        columns = [row[1] for row in db.fetchall("PRAGMA table_info(reviews)") if row[1] != "id"]
        copied = ", ".join(
            {
                "external_id": "external_id || '#' || :k",
                "created_at": "strftime('%Y-%m-%dT%H:%M:%SZ', created_at, :years)",
            }.get(c, c)
            for c in columns
        )
        last, count = db.fetchall("SELECT max(id), count(*) FROM reviews")[0]
        if last != count:
            raise RuntimeError("the source store's review ids have gaps")
        for k in range(1, factor):
            with db.transaction():
                first = int(db.fetchall("SELECT max(id) FROM reviews")[0][0]) + 1
                db.execute(
                    f"INSERT INTO reviews ({', '.join(columns)}) SELECT {copied}"
                    " FROM reviews WHERE id <= :last ORDER BY id",
                    {"k": k, "years": f"-{3 * k} years", "last": last},
                )
                # the copies take ids first .. first + last - 1 in order: id + first - 1
                db.execute(
                    "INSERT INTO review_topics (review_id, topic) SELECT review_id + ?, topic"
                    " FROM review_topics WHERE review_id <= ?",
                    (first - 1, last),
                )
                db.execute(
                    "INSERT INTO review_aspects (review_id, aspect, polarity, words)"
                    " SELECT review_id + ?, aspect, polarity, words FROM review_aspects"
                    " WHERE review_id <= ?",
                    (first - 1, last),
                )
                db.execute(
                    "INSERT INTO reviews_fts (rowid, author, title, text) SELECT id,"
                    " clinicrep_fold(author), clinicrep_fold(title), clinicrep_fold(text)"
                    " FROM reviews WHERE id >= ? ORDER BY id",
                    (first,),
                )
                db.execute(
                    "INSERT INTO reviews_cjk (rowid, chars) SELECT id, chars FROM ("
                    " SELECT id, clinicrep_cjk_chars(author, title, text) AS chars FROM reviews"
                    " WHERE id >= ? ORDER BY id) WHERE chars IS NOT NULL",
                    (first,),
                )
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    return {"grow": time.perf_counter() - started}


def ensure_store(
    folder: Path = DEFAULT_DIR, count: int = COUNT, seed: int = SEED, *, rebuild: bool = False
) -> Path:
    """The cached store (built first if missing or ``rebuild``)."""
    path = store_path(folder, count, seed)
    done = path.with_suffix(".done")
    if rebuild or not done.exists() or not path.exists():
        done.unlink(missing_ok=True)
        times = build_store(path, count, seed)
        done.write_text(repr(times))
        print(
            f"built {count:,} reviews at {path}: "
            + ", ".join(f"{k} {v:.1f} s" for k, v in times.items()),
            file=sys.stderr,
        )
    _migrate(path)
    return path


def _migrate(path: Path) -> None:
    """Bring the cached file to this program's schema once, so no run pays for a migration."""
    from clinicrep.store.db import schema_version

    conn = sqlite3.connect(path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    if version == schema_version():
        return
    started = time.perf_counter()
    open_database(path, backup_dir=path.parent / "backups").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    print(f"migrated the cached store in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def working_copy(cached: Path, folder: Path) -> Path:
    """A copy of the cached store in ``folder`` (as the data dir's clinicrep.sqlite3)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / "clinicrep.sqlite3"
    shutil.copyfile(cached, target)
    os.chmod(target, 0o600)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--grow-from",
        type=int,
        metavar="N",
        help="make the --count store from the cached N store, repeated (see grow_store)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    if args.grow_from:
        source = ensure_store(args.dir, args.grow_from, args.seed)
        path = store_path(args.dir, args.count, args.seed)
        times = grow_store(source, path, args.count // args.grow_from)
        path.with_suffix(".done").write_text(repr(times) + f" grown from {args.grow_from}")
    path = ensure_store(args.dir, args.count, args.seed, rebuild=args.rebuild)
    size = path.stat().st_size / 1e6
    print(f"store: {path} ({size:.0f} MB) ready in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
