"""The inbox table model: ordered ids up front, rows read from the store a page at a time.

After Anki's browser table: a query answers only ids; ``data()`` reads the page a
row belongs to the first time it is drawn and keeps it. New reviews arriving
(``refresh``) keep the ids the view had, so selection and scroll stay put.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from clinicrep.labels import platform_label, sentiment_label, status_label, topic_label
from clinicrep.model import OPEN_STATUSES, Review, Sentiment, utc_now
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import reviews_by_ids
from clinicrep.ui.icons import platform_icon

PAGE_SIZE = 200
ReviewIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    PLATFORM = 0
    STARS = 1
    DATE = 2
    AUTHOR = 3
    TEXT = 4
    SENTIMENT = 5
    TOPICS = 6
    URGENCY = 7
    STATUS = 8
    TIME_LEFT = 9


SORT_KEY_OF_COLUMN = {
    Column.PLATFORM: "platform",
    Column.STARS: "rating",
    Column.DATE: "created",
    Column.AUTHOR: "author",
    Column.TEXT: "text",
    Column.SENTIMENT: "sentiment",
    Column.TOPICS: "topics",
    Column.URGENCY: "urgency",
    Column.STATUS: "status",
    Column.TIME_LEFT: "time_left",
}


def stars_text(rating: int | None, recommendation: str | None = None) -> str:
    if rating:
        return "★" * rating + "☆" * (5 - rating)
    if recommendation == "positive":
        return "👍"
    if recommendation == "negative":
        return "👎"
    return "–"


def short_date(moment: datetime) -> str:
    """A date in the user's locale, short: the inbox has little room."""
    local = moment.astimezone()
    return QLocale().toString(QDateTime(local.date(), local.time()), "d MMM yy, HH:mm")


def first_line(text: str, limit: int = 140) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class InboxModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = ReviewQuery.needs_attention()
        self._ids: list[int] = []
        self._rows: dict[int, Review] = {}
        self.answer_target_hours = 24
        self.answer_limit_hours = 48
        self._now = utc_now()

    # -- what is shown ------------------------------------------------------
    @property
    def query(self) -> ReviewQuery:
        return self._query

    def set_query(self, query: ReviewQuery) -> None:
        """Run a new query (filters, search or sort changed): the view starts over."""
        self.beginResetModel()
        self._query = query
        self._now = utc_now()
        self._ids = review_ids(self._db, query, now=self._now)
        self._rows.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: the store sorts (by index), the view starts at the top."""
        from dataclasses import replace

        key = SORT_KEY_OF_COLUMN[Column(column)]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._ids:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def refresh(self) -> None:
        """Re-read after new reviews or a status change, keeping rows the view shows.

        Rows that stay keep their position relative to each other; the view's
        persistent indexes (selection, current row) follow them.
        """
        self._now = utc_now()
        new_ids = review_ids(self._db, self._query, now=self._now)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [
            self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in old_persistent
        ]
        self._ids = new_ids
        self._rows.clear()
        position = {review_id: row for row, review_id in enumerate(new_ids)}
        new_persistent = []
        for old, review_id in zip(old_persistent, old_ids, strict=True):
            row = position.get(review_id) if review_id is not None else None
            new_persistent.append(
                self.index(row, old.column()) if row is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def review_at(self, row: int) -> Review | None:
        if not 0 <= row < len(self._ids):
            return None
        review_id = self._ids[row]
        if review_id not in self._rows:
            start = (row // PAGE_SIZE) * PAGE_SIZE
            page = self._ids[start : start + PAGE_SIZE]
            for review in reviews_by_ids(self._db, page):
                self._rows[review.id or 0] = review
        return self._rows.get(review_id)

    def row_of(self, review_id: int) -> int | None:
        try:
            return self._ids.index(review_id)
        except ValueError:
            return None

    def review_ids(self) -> list[int]:
        return list(self._ids)

    def forget(self, review_id: int) -> None:
        """Drop one cached row so it is read again (after its status changed)."""
        self._rows.pop(review_id, None)
        row = self.row_of(review_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # -- Qt model -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.PLATFORM: self.tr("Platform"),
            Column.STARS: self.tr("Rating"),
            Column.DATE: self.tr("Date"),
            Column.AUTHOR: self.tr("Author"),
            Column.TEXT: self.tr("Review"),
            Column.SENTIMENT: self.tr("Sentiment"),
            Column.TOPICS: self.tr("Topics"),
            Column.URGENCY: self.tr("Urgency"),
            Column.STATUS: self.tr("Status"),
            Column.TIME_LEFT: self.tr("Time left"),
        }[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        review = self.review_at(index.row())
        if review is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(review, column)
        if role == ReviewIdRole:
            return review.id
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PLATFORM:
            return platform_icon(review.platform)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(review, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(review, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(review, column) or ""
        return None

    def _display(self, review: Review, column: Column) -> str | None:
        analysis = review.analysis
        if column == Column.PLATFORM:
            return platform_label(review.platform)
        if column == Column.STARS:
            return stars_text(review.rating, review.recommendation)
        if column == Column.DATE:
            return short_date(review.created_at)
        if column == Column.AUTHOR:
            return first_line(review.author, 40)
        if column == Column.TEXT:
            marks = ""
            if review.edited:
                marks += self.tr("[edited] ")
            if review.missing_upstream:
                marks += self.tr("[removed on platform] ")
            text = review.text or review.title
            return marks + (first_line(text) if text else self.tr("(rating only)"))
        if column == Column.SENTIMENT:
            return sentiment_label(analysis.sentiment) if analysis else ""
        if column == Column.TOPICS:
            return ", ".join(topic_label(t) for t in analysis.topics) if analysis else ""
        if column == Column.URGENCY:
            return str(analysis.urgency) if analysis else ""
        if column == Column.STATUS:
            return status_label(review.status)
        if column == Column.TIME_LEFT:
            return self.time_left_text(review)
        return None

    def deadline(self, review: Review) -> datetime:
        return review.created_at + timedelta(hours=self.answer_limit_hours)

    def time_left_text(self, review: Review) -> str:
        if review.status not in OPEN_STATUSES:
            return "—"
        left = self.deadline(review) - self._now
        hours = int(left.total_seconds() // 3600)
        if left.total_seconds() >= 0:
            if hours >= 1:
                return self.tr("%n h left", "", hours)
            return self.tr("%n min left", "", max(1, int(left.total_seconds() // 60)))
        late = -left
        if late.days >= 1:
            return self.tr("overdue %n d", "", late.days)
        return self.tr("overdue %n h", "", max(1, int(late.total_seconds() // 3600)))

    def _tooltip(self, review: Review, column: Column) -> str | None:
        if column == Column.TEXT:
            return first_line(review.text, 600)
        if column == Column.URGENCY and review.analysis and review.analysis.urgency_reason:
            from clinicrep.ui.review_pane import describe_urgency_reason

            return describe_urgency_reason(review.analysis.urgency_reason)
        return None

    def _foreground(self, review: Review, column: Column) -> QBrush | None:
        if column == Column.TIME_LEFT and review.status in OPEN_STATUSES:
            age = self._now - review.created_at
            if age > timedelta(hours=self.answer_limit_hours):
                return QBrush(QColor("#c62828"))
            if age > timedelta(hours=self.answer_target_hours):
                return QBrush(QColor("#ef6c00"))
        if column == Column.SENTIMENT and review.analysis:
            if review.analysis.sentiment == Sentiment.NEGATIVE:
                return QBrush(QColor("#c62828"))
            if review.analysis.sentiment == Sentiment.POSITIVE:
                return QBrush(QColor("#2e7d32"))
        if column == Column.STARS:
            return QBrush(QColor("#f9a825")) if review.rating else None
        return None
