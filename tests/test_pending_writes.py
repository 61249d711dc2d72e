"""The journal that keeps the window's writes between two starts when its store stayed held:
what goes in comes back out in order, and a file that is not ours is never applied."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from clinicrep.model import Aspect, Sentiment, Status
from clinicrep.pending_writes import (
    aspect_write,
    draft_write,
    journal_path,
    load_journal,
    save_journal,
    status_write,
)


def test_kept_writes_come_back_in_order_readable_by_their_owner_only(tmp_path: Path) -> None:
    store = tmp_path / "clinicrep.sqlite3"
    path = journal_path(store)
    assert path.parent == tmp_path and path.name.startswith("clinicrep.sqlite3")
    writes = [
        draft_write(7, "Дякуємо, пане Марку!", datetime(2026, 12, 4, 13, 0, tzinfo=UTC)),
        status_write(7, Status.IN_PROGRESS),
        aspect_write(9, Aspect.RECEPTION, None),
    ]
    save_journal(path, writes)
    assert load_journal(path) == writes
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.tmp"))


def test_a_journal_that_is_not_ours_is_left_alone_and_nothing_applied(tmp_path: Path) -> None:
    path = journal_path(tmp_path / "clinicrep.sqlite3")
    for text in (
        "{not json",
        '{"version": 99, "writes": []}',
        '{"version": 1, "writes": [{"kind": "drop_tables", "review_id": 1, "values": {}}]}',
        '{"version": 1, "writes": [{"kind": "draft", "review_id": "1", "values": {}}]}',
        '{"version": 1, "writes": [{"kind": "draft", "review_id": 1, "values": {"text": 5}}]}',
    ):
        path.write_text(text, encoding="utf-8")
        assert load_journal(path) == [], text
        assert path.read_text(encoding="utf-8") == text  # kept for a person to look at
    assert load_journal(tmp_path / "none.json") == []


def test_a_sentiment_correction_keeps_its_value(tmp_path: Path) -> None:
    from clinicrep.pending_writes import sentiment_write

    path = tmp_path / "j.json"
    save_journal(path, [sentiment_write(3, Sentiment.NEGATIVE)])
    (write,) = load_journal(path)
    assert write.values == {"sentiment": Sentiment.NEGATIVE.value}
