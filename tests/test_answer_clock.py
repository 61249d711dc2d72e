"""The practice's answer aim and limit (Settings) are one clock: the inbox, the overdue
filter and count, the checklist and the answer-time figures all agree on which review is
late, and no module computes the clock itself."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clinicrep.guidelines.checklists import ItemState, ReplyContext, evaluate_checklist
from clinicrep.guidelines.kinds import ReplyKind
from clinicrep.model import Platform, Review, Source, SourceKind, utc_now
from clinicrep.settings import answer_clock, load_settings, save_settings
from clinicrep.store.inbox import ReviewQuery, count_overdue, review_ids
from clinicrep.store.reviews import reviews_by_ids, upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.inbox_model import Column, InboxModel

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

SRC = Path(__file__).resolve().parent.parent / "src" / "clinicrep"


def test_a_review_is_late_by_the_practices_own_limit_everywhere(db, qtbot):
    settings = load_settings(db)
    settings.answer_target_hours, settings.answer_limit_hours = 4, 12  # not 24 / 48
    save_settings(db, settings)
    clock = answer_clock(load_settings(db))
    now = utc_now()
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.OTHER))
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id,
                external_id=str(hours),
                created_at=now - timedelta(hours=hours),
                author=f"{hours} h ago",
                text="Long wait at the desk",
            )
            for hours in (2, 8, 20)
        ],
    )

    overdue = review_ids(db, ReviewQuery(overdue=clock), now=now)
    assert [r.author for r in reviews_by_ids(db, overdue)] == ["20 h ago"]
    assert count_overdue(db, clock, now=now) == 1

    def prompt(author: str) -> ItemState:
        [review] = [
            r for r in reviews_by_ids(db, review_ids(db, ReviewQuery())) if r.author == author
        ]
        items = evaluate_checklist(
            ReplyKind.COMPLAINT, "Thank you", review, context=ReplyContext(settings, now=now)
        )
        return next(i.state for i in items if i.id == "answer_promptly")

    assert (prompt("8 h ago"), prompt("20 h ago")) == (ItemState.OK, ItemState.MISSING)

    model = InboxModel(db)
    model.answer_clock = clock
    model.set_query(ReviewQuery(sort="created"))
    colours = {}
    for row in range(model.rowCount()):
        author = model.index(row, Column.AUTHOR).data()
        brush = model.index(row, Column.TIME_LEFT).data(Qt.ItemDataRole.ForegroundRole)
        colours[author] = brush.color().name() if brush is not None else None
    assert colours == {"2 h ago": None, "8 h ago": "#ef6c00", "20 h ago": "#c62828"}


def test_no_module_computes_the_answer_clock_or_the_open_statuses_itself():
    allowed = {"model.py", "settings.py", "ui/settings_dialog.py"}  # the rule; its setting
    readers, literals = [], []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        text = path.read_text(encoding="utf-8")
        if rel not in allowed and re.search(r"answer_(limit|target)_hours", text):
            readers.append(rel)
        if re.search(r"'new',\s*'in_progress'", text):
            literals.append(rel)
    assert readers == []  # ask answer_clock(settings) instead
    assert literals == []  # SQL takes store.inbox.WAITING_SQL, made from OPEN_STATUSES
