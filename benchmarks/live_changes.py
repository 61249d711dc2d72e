"""How fast a change on one PC reaches another, and what watching for changes costs.

    PYTHONPATH=src:tests .venv/bin/python benchmarks/live_changes.py [--changes 50]

Starts a throw-away PostgreSQL cluster (tests/pg_cluster.py), then measures:
- PostgreSQL: a status change committed on one connection until the other PC's
  ``LiveUpdates.changed`` signal runs on its GUI thread (LISTEN/NOTIFY, the 0013 triggers);
- PostgreSQL: ``begin_sending`` (the row lock, presence and state checks of a publish);
- SQLite: one ``PRAGMA data_version`` read, what the window's poll costs every 500 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from clinicrep.model import Platform, Review, Source, SourceKind, Status
from clinicrep.store import open_database
from clinicrep.store.live import data_version
from clinicrep.store.pg import PgTarget, connect
from clinicrep.store.replies import begin_sending, mark_failed
from clinicrep.store.reviews import set_status, upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.live_updates import LiveUpdates


def _store_with_reviews(db, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.GOOGLE))
    start = datetime(2026, 11, 1, tzinfo=UTC)
    reviews = [
        Review(
            source_id=source.id or 0,
            external_id=f"r{i}",
            created_at=start + timedelta(minutes=i),
            author="Patient",
            rating=3,
            text="The visit was fine.",
        )
        for i in range(count)
    ]
    return upsert_reviews(db, reviews).inserted_ids


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return (
        f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {max(values) * 1000:.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=50)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from pg_cluster import start_cluster

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    cluster = start_cluster()
    try:
        admin = PgTarget.from_url(cluster.url)
        with connect(admin) as conn:
            conn.execute("CREATE DATABASE live_bench")
        target = replace(admin, dbname="live_bench")
        writer = open_database(target)
        watcher = open_database(target)
        ids = _store_with_reviews(writer, args.changes)

        arrived: list[float] = []
        live = LiveUpdates(watcher)
        live.changed.connect(lambda _ids: arrived.append(time.perf_counter()))
        time.sleep(0.5)  # listening
        latencies = []
        for i, review_id in enumerate(ids):
            arrived.clear()
            status = Status.DISMISSED if i % 2 else Status.ESCALATED
            sent = time.perf_counter()
            set_status(writer, review_id, status)
            loop = QEventLoop()
            deadline = time.perf_counter() + 5
            while not arrived and time.perf_counter() < deadline:
                QTimer.singleShot(1, loop.quit)
                loop.exec()
            if not arrived:
                print(f"change {i}: not seen within 5 s")
                return 1
            latencies.append(arrived[0] - sent)
        live.stop()
        print(f"PostgreSQL, commit -> other PC's signal ({len(latencies)}): {_ms(latencies)}")

        takes = []
        for review_id in ids:
            started = time.perf_counter()
            begin_sending(writer, review_id, "Thank you.", session="bench", seen_published_at=None)
            takes.append(time.perf_counter() - started)
            mark_failed(writer, review_id, "bench")
        print(f"PostgreSQL, begin_sending under the row lock: {_ms(takes)}")
        writer.close()
        watcher.close()
    finally:
        cluster.remove()

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "clinicrep.sqlite3")
        _store_with_reviews(db, 1000)
        rounds = 10_000
        started = time.perf_counter()
        for _ in range(rounds):
            data_version(db)
        each = (time.perf_counter() - started) / rounds
        print(f"SQLite, PRAGMA data_version: {each * 1e6:.1f} us per read (every 500 ms)")
        db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
