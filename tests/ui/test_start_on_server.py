"""The window's start on a shared server: each read is a round trip to it, so the first
rows are painted before the review they select is read, and before the window listens for
the other PCs' changes; nothing another PC changes meanwhile is missed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from clinicrep.model import Platform, Review, Source, SourceKind, Status
from clinicrep.store import open_database
from clinicrep.store.reviews import set_status, upsert_reviews
from clinicrep.store.sources import add_source

NOW = datetime.now(UTC)


def _three_reviews(db: Any) -> list[int]:
    """Three new reviews, newest first (their ids in that order)."""
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.GOOGLE))
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id or 0,
                external_id=str(i),
                created_at=NOW - timedelta(hours=i + 1),
                author=f"Patient {i}",
                rating=3,
                text=f"Review number {i}",
            )
            for i in range(3)
        ],
    )
    rows = db.execute("SELECT id FROM reviews ORDER BY created_at DESC").fetchall()
    return [row[0] for row in rows]


def test_on_a_server_the_rows_are_painted_before_the_review_they_select_is_read(
    qtbot: Any, pg_server: Any, pg_target: Any
) -> None:
    from clinicrep.ui.main_window import MainWindow

    db = open_database(pg_target, password=pg_server.password)
    window = None
    try:
        newest, _middle, oldest = _three_reviews(db)
        window = MainWindow(db)
        qtbot.addWidget(window)
        assert window.model.rowCount() == 3  # the first screen is read
        # its first row is selected, but the review and its reply wait for the paint
        assert window.table.currentIndex().row() == 0
        assert window.pane.review is None and not window.first_paint.done

        # another PC dismisses the oldest review while this window starts
        other = open_database(pg_target, password=pg_server.password)
        set_status(other, oldest, Status.DISMISSED)
        other.close()

        window.show()
        qtbot.waitUntil(lambda: window.pane.review is not None, timeout=10_000)
        assert window.first_paint.done
        assert window.pane.review.id == newest
        assert window.editor.review is not None and window.editor.review.id == newest
        # the window listens once it has painted, and reads again what changed before:
        # the dismissed review leaves the list of those that need attention
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
        assert window.pane.review.id == newest
    finally:
        if window is not None:
            window.close()
        db.close()


def test_a_window_on_a_server_closed_before_its_first_paint_never_listens(
    qtbot: Any, pg_server: Any, pg_target: Any
) -> None:
    """Opened and closed at once: no listening connection is left behind on the server."""
    from clinicrep.ui.first_paint import FALLBACK_MS
    from clinicrep.ui.main_window import MainWindow

    db = open_database(pg_target, password=pg_server.password)
    try:
        _three_reviews(db)
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.close()
        qtbot.wait(FALLBACK_MS + 300)
        listening = db.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND application_name = 'clinicrep listen'"
        ).fetchone()[0]
        assert listening == 0
        assert window.pane.review is None  # nor was the review read for a closed window
    finally:
        db.close()


def test_the_monitoring_banner_reads_the_sources_once_on_a_server(
    qtbot: Any, pg_server: Any, pg_target: Any
) -> None:
    """The banner's stale warning ("no check has worked for 6 hours") is made from the same
    read of the sources as their last outcomes: each read is a round trip the start waits."""
    from clinicrep.settings import Settings
    from clinicrep.store.db import iso
    from clinicrep.ui.alerts import MonitoringBanner

    db = open_database(pg_target, password=pg_server.password)
    try:
        add_source(db, Source(kind=SourceKind.GOOGLE, name="Google Maps", platform=Platform.GOOGLE))
        # connected two days ago, never checked since
        db.execute("UPDATE sources SET created_at = ?", (iso(NOW - timedelta(days=2)),))
        banner = MonitoringBanner()
        qtbot.addWidget(banner)
        reads: list[str] = []
        real_execute = db.execute
        db.execute = lambda sql, params=(): reads.append(sql) or real_execute(sql, params)  # type: ignore[method-assign]
        banner.refresh(db, Settings(stale_hours=6))
        db.execute = real_execute  # type: ignore[method-assign]
        assert "has not been able to check for new reviews" in banner.stale_text
        assert len([sql for sql in reads if "FROM sources" in sql]) == 2  # the list, when added
    finally:
        db.close()
