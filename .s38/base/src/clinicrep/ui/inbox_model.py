"""The inbox table model: ordered ids up front, rows read from the store a page at a time.

After Anki's browser table: a query answers only ids; ``data()`` reads the page a
row belongs to the first time it is drawn and keeps it. New reviews arriving
(``refresh``) keep the ids the view had, so selection and scroll stay put.
"""

from __future__ import annotations

import contextlib
import threading
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from clinicrep.errors import DatabaseDamaged, QueryInterrupted
from clinicrep.i18n import list_text
from clinicrep.labels import (
    is_date_only,
    platform_label,
    sentiment_label,
    stars_text,
    status_label,
    topic_label,
)
from clinicrep.model import AnswerClock, Review, Sentiment, Status, utc_now
from clinicrep.store import dialect
from clinicrep.store.approvals import ApprovalState, count_waiting, open_approvals
from clinicrep.store.db import Database, open_database
from clinicrep.store.inbox import ReviewQuery, count_by_status, count_overdue, review_ids
from clinicrep.store.live import replying_now
from clinicrep.store.reviews import review_rows_by_ids, row_to_review
from clinicrep.ui.icons import platform_icon
from clinicrep.ui.workers import Op, Progress

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


def _merged(kind: str, waiting: str) -> str:
    """One query for a request (or a query that ended) and the one waiting: a new query
    wins; otherwise a re-read of every id. The rest of the ids of a first screen already
    shown stays what it is, unless a re-read (which reads them all) comes."""
    if waiting == _REST and kind != _REFRESH:
        return _REST
    return _RESET if _RESET in (kind, waiting) else _REFRESH


def short_date(moment: datetime) -> str:
    """A date in the user's locale, short: the inbox has little room."""
    local = moment.astimezone()
    # the pattern is the translators' (QLocale date format): "yyyy年M月d日 HH:mm" in Chinese,
    # "3 Dec 2026, 14:05" elsewhere; the year whole, as the rest of the window writes it
    # (i18n.short_date_text, the review pane): "2 gru 26" was the 2nd of December of which?
    pattern = QCoreApplication.translate("DateFormat", "d MMM yyyy, HH:mm")
    if is_date_only(local):  # a file that gave the day only: no made-up "00:00"
        pattern = QCoreApplication.translate("DateFormat", "d MMM yyyy")
    return QLocale().toString(
        QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
        ),
        pattern,
    )


def first_line(text: str, limit: int = 140) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# what a query is for: a new query (the view starts over), a re-read keeping the view where it
# is, and the rest of a new query's ids after its first rows are shown
_RESET, _REFRESH, _REST = "reset", "refresh", "rest"
_PAGES_KEPT = 3  # pages the view read last: a refresh reads them again off the GUI thread


# a first screen the GUI thread reads itself if it can within this; else the query thread
HERE_BUDGET_S = 0.008  # half a frame at 60 Hz
_CLOSE_WAIT_MS = 5000  # for the query thread to close its connection (its query is stopped)
FIRST_ROWS = 64  # rows read with a new query: a screenful and more; the rest when scrolled


@dataclass(slots=True)
class InboxSnapshot:
    """What one query answers: the ids in order, the rows the view will paint, and (when
    asked) the counts of the status bar; read together on the query's thread.
    ``complete``: False when ``ids`` are the first rows only (the rest come next)."""

    ids: array[int]  # an array: a million ids are one object to free, not a million
    # the rows as read, by id: a Review is made of a row when it is shown (``review_at``)
    rows: dict[int, Sequence[Any]]
    status_counts: dict[Status, int] | None = None
    overdue: int | None = None
    counted_location: int | None = None  # the location the counts are of (None: all)
    complete: bool = True
    # replies waiting for the owner's approval or sent back, by review (issue 20)
    approvals: dict[int, ApprovalState] | None = None
    waiting: int | None = None  # replies waiting for approval in the query's location
    replying: dict[int, str] | None = None  # {review id: who} replying elsewhere (with counts)


def read_snapshot(
    db: Database,
    query: ReviewQuery,
    now: datetime,
    pages: list[int],
    clock: AnswerClock,
    *,
    counts: bool = True,
    first_only: bool = False,
    besides: str | None = None,
) -> InboxSnapshot:
    """``pages``: whole pages to read again (a refresh); none: the first rows of a new query.

    ``first_only``: the ids of the first rows only (a new query, the user typing): the
    store stops at the screen's last row, where every matching id took 130-250 ms for a
    letter or two on 100,000 reviews; ``complete`` says whether more follow.
    ``counts``: the status counts (12 ms on 100,000 reviews) change when reviews do, not
    when the filters, the search or the sort do; read with the complete list only.
    """
    if first_only:
        first = review_ids(db, query, now=now, limit=FIRST_ROWS + 1)
        complete = len(first) <= FIRST_ROWS
        ids = array("q", first[:FIRST_ROWS])
    else:
        ids, complete = array("q", review_ids(db, query, now=now)), True
    if pages:
        wanted = [i for page in pages for i in ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]]
    else:
        wanted = list(ids[:FIRST_ROWS])
    snapshot = InboxSnapshot(
        ids=ids, rows=review_rows_by_ids(db, wanted) if wanted else {}, complete=complete
    )
    # a few rows of a partial index (migration 0012): read with every query, so a reply
    # approved or sent back on another PC shows at the next refresh
    snapshot.approvals = open_approvals(db)
    snapshot.waiting = count_waiting(db, location_id=query.location_id)
    if counts and complete:
        # the status bar's counts follow the location filter (the practice: None)
        snapshot.status_counts = count_by_status(db, location_id=query.location_id, open_only=True)
        snapshot.overdue = count_overdue(db, clock, now=now, location_id=query.location_id)
        snapshot.counted_location = query.location_id
        # who is replying where (other PCs, or other windows): a few rows at most
        snapshot.replying = replying_now(db, besides=besides)
    return snapshot


@dataclass(slots=True, frozen=True)
class RowCells:
    """What a row shows, made once per query (or change) and kept: each column's text and
    colour (None: the palette's), and the platform's icon. ``data()`` and the inbox's
    delegate (ui/inbox_delegate.py) read it; the view asks for a screen's cells at every
    paint."""

    texts: tuple[str | None, ...]
    colours: tuple[QColor | None, ...]
    icon: QIcon


_COLUMNS = tuple(Column)
# columns whose text or colour changes with more than the row: the query's "now" (time
# left), the approvals (status) and who is replying elsewhere (the review's marks)
_PER_QUERY = frozenset({Column.TEXT, Column.STATUS, Column.TIME_LEFT})
_ROWS_KEPT = 4096
# the colours of the cells' texts (made once: a QColor per cell and paint added up)
_COLOUR = {name: QColor(name) for name in ("#8d6e00", "#c62828", "#ef6c00", "#2e7d32", "#f9a825")}
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ReviewIdRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


class InboxModel(QAbstractTableModel):
    """``background``: queries after the first run on a thread of their own, newest wins.

    A new query (a keystroke in the search, a filter) answers its first screen first: the
    ids of ``FIRST_ROWS`` rows and those rows, then the rest of the ids on the same thread
    while the user reads (the status bar's count comes with them). On 100,000 reviews the
    first screen takes 0.1-3 ms where every matching id of a letter or two took 130-250 ms.
    The query thread keeps one read connection, warm, until the model closes.
    """

    loaded = Signal()  # every id of the latest query is in (and its first rows)

    def __init__(self, db: Database, parent: Any = None, *, background: bool = False) -> None:
        super().__init__(parent)
        self._db = db
        self._background = background
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # queries one after another; never behind a sync
        self._pool.setExpiryTimeout(-1)  # one thread for good: its connection stays warm
        # that thread's read connection, by thread (a threading.local is emptied whenever a
        # Qt thread leaves Python between two tasks)
        self._readers: dict[int, Database] = {}
        self._running = False
        self._running_kind = ""
        # (kind, callbacks when complete, callbacks when the first rows are in)
        self._waiting: tuple[str, list[Callable[[], None]], list[Callable[[], None]]] | None
        self._waiting = None
        self._closed = False
        self._running_db: Database | None = None  # the running query's connection
        self._query = ReviewQuery.needs_attention()
        # an array: dropping a million ids (a new query) is one free, not 30 ms of them
        self._ids: array[int] = array("q")
        self._complete = True  # False: _ids are a new query's first rows, the rest coming
        self._rows: dict[int, Review] = {}  # the reviews shown, by id
        self._read: dict[int, Sequence[Any]] = {}  # rows read, by id: made reviews when shown
        self._texts: dict[int, RowCells] = {}  # what a row shows, by review id
        # the columns a row alone decides, by the row as read (kept across queries)
        self._by_row: dict[Sequence[Any], tuple[tuple[str | None, ...], tuple[Any, ...]]] = {}
        self._headers: tuple[str, ...] | None = None
        self._clock = AnswerClock()  # the colours and texts of time left
        self._now = utc_now()
        self._loaded = False  # no query has run yet
        self._recent_pages: dict[int, None] = {}  # page numbers the view read, oldest first
        self.status_counts: dict[Status, int] = {status: 0 for status in Status}
        self.overdue = 0  # open reviews past the answer limit (with the last query)
        self._counted = False
        self._counted_location: int | None = None
        self.approvals: dict[int, ApprovalState] = {}  # waiting or sent back, by review
        self._approvals_waiting = (
            0  # of them, waiting in the chosen location (the status bar's count)
        )
        self._approvals_shown = False  # approval is on (Settings): the Status column says so
        self._probe_reader = False  # the shared server came back: check the reader first
        self.session: str | None = None  # this window's (its own reply is no one else's)
        self._rest_later: Callable[[Callable[[], object]], None] | None = None
        self.replying: dict[int, str] = {}  # review id -> who is replying to it elsewhere

    def rest_after(self, later: Callable[[Callable[[], object]], None]) -> None:
        """The first query's rest of the ids starts through ``later`` (the window: once its
        first screen is painted) instead of at once."""
        self._rest_later = later

    def server_back(self) -> None:
        """The shared database server is reachable again (ui/live_updates.py): the next
        query's connection is checked, and replaced if the restart broke it."""
        self._probe_reader = True

    @property
    def answer_clock(self) -> AnswerClock:
        return self._clock

    @answer_clock.setter
    def answer_clock(self, clock: AnswerClock) -> None:
        self._clock = clock
        self._texts.clear()

    # -- what is shown ------------------------------------------------------
    @property
    def query(self) -> ReviewQuery:
        return self._query

    def set_query(
        self,
        query: ReviewQuery,
        then: Callable[[], None] | None = None,
        *,
        first_rows: Callable[[], None] | None = None,
    ) -> None:
        """Run a new query (filters, search or sort changed): the view starts over.

        In the background once the first query has run (``background``); ``first_rows``
        runs when the first rows are shown, ``then`` when every id is in.
        """
        first = not self._loaded
        self._loaded = True
        self._query = query
        self._request(_RESET, then, now_here=first, first_rows=first_rows)

    def close(self) -> None:
        """The window is closing: queries still running are dropped when they end, and the
        query thread's connection is closed there (after them)."""
        self._closed = True
        self._waiting = None
        self._interrupt_running()
        self._pool.start(self._close_reader)
        # the file may be restored or moved next (on Windows, not while a connection is open)
        self._pool.waitForDone(_CLOSE_WAIT_MS)

    def _close_reader(self) -> None:
        db = self._readers.pop(threading.get_ident(), None)
        if db is not None:
            db.close()

    def _reader_db(self) -> Database:
        """The query thread's connection, opened by its first query. Reads only, so it
        need not wait for the integrity check."""
        db = self._readers.get(threading.get_ident())
        if db is not None:
            from clinicrep.store.live import reconnect_if_lost

            # a shared server that restarted: a new connection (asked first, once it is back)
            probe, self._probe_reader = self._probe_reader, False
            reconnect_if_lost(db, probe=probe)
        if db is None:
            db = open_database(self._db.path, defer_check=True)
            self._readers[threading.get_ident()] = db
        return db

    @property
    def loading(self) -> bool:
        """A query is running or waiting: what is shown is about to change (or grow)."""
        return self._running or self._waiting is not None

    @property
    def complete(self) -> bool:
        """Every id of the query is in (not only its first rows)."""
        return self._complete

    def _request(
        self,
        kind: str,
        then: Callable[[], None] | None,
        *,
        now_here: bool,
        first_rows: Callable[[], None] | None = None,
    ) -> None:
        callbacks = [then] if then else []
        firsts = [first_rows] if first_rows else []
        if self._closed:
            return
        if not self._background or now_here:
            now = utc_now()
            split = self._background and kind == _RESET  # the rest then comes in the background
            snapshot = read_snapshot(
                self._db,
                self._query,
                now,
                self._pages_to_read(kind),
                self._clock,
                counts=self._counts_wanted(kind),
                first_only=split,
                besides=self.session,
            )
            self._arrived(kind, now, snapshot, callbacks, firsts)
            return
        if (
            kind == _RESET
            and dialect.reads_quick_here(self._db)
            and self._first_screen_here(callbacks, firsts)
        ):
            return
        if self._waiting is not None:  # typed on: one query for all, the newest
            waiting_kind, waiting_callbacks, waiting_firsts = self._waiting
            kind = _merged(kind, waiting_kind)
            callbacks = waiting_callbacks + callbacks
            firsts = waiting_firsts + firsts
        self._waiting = (kind, callbacks, firsts)
        if not self._running:
            self._start_waiting()
        elif kind == _RESET or self._running_kind == _REST:
            # the query running is for what the user no longer wants (a search typed on, a
            # new filter), or it reads ids a re-read reads anyway: stop it, the new one
            # starts at once (every id of a one-letter search takes 100-250 ms)
            self._interrupt_running()

    def _first_screen_here(
        self, callbacks: list[Callable[[], None]], firsts: list[Callable[[], None]]
    ) -> bool:
        """Read a new query's first screen on this (the GUI) thread if that is quick, as it
        mostly is (1-3 ms on 100,000 reviews): no thread hop, which costs more than the
        read on a busy machine. Past ``HERE_BUDGET_S`` it stops, and the query thread
        answers as usual (False). The rest of the ids come from the query thread."""
        now = utc_now()
        try:
            # by this thread's CPU (and at most 4 times it by the clock): a busy machine's
            # clock stopped reads of half the budget, then read them again on the query
            # thread behind the same busy cores
            with self._db.time_limit(HERE_BUDGET_S, by_cpu=True):
                snapshot = read_snapshot(
                    self._db, self._query, now, [], self._clock, counts=False, first_only=True
                )
        except QueryInterrupted:
            return False
        if self._waiting is not None:  # older requests: their callbacks go with this one
            _kind, waiting_callbacks, waiting_firsts = self._waiting
            callbacks, firsts = waiting_callbacks + callbacks, waiting_firsts + firsts
            self._waiting = None
        self._apply(_RESET, snapshot, now)
        for callback in firsts:
            callback()
        if snapshot.complete and not self._running and not self._counts_wanted(_REST):
            for callback in callbacks:
                callback()
            self.loaded.emit()
            return True
        # every id (or, behind an older query still running, the same few again; or, for
        # another location, the same few with that location's counts)
        self._waiting = (_REST, callbacks, [])
        if self._running:
            self._interrupt_running()
        else:
            self._start_waiting()
        return True

    def _interrupt_running(self) -> None:
        running = self._running_db
        if running is not None:
            running.interrupt()

    def _start_waiting(self) -> None:
        assert self._waiting is not None
        kind, callbacks, firsts = self._waiting
        self._waiting = None
        self._running, self._running_kind = True, kind
        query, now = self._query, utc_now()
        pages, clock = self._pages_to_read(kind), self._clock
        counts = self._counts_wanted(kind)
        session = self.session

        def snapshot(_progress: Progress) -> InboxSnapshot:
            db = self._reader_db()
            self._running_db = db
            try:
                return read_snapshot(
                    db,
                    query,
                    now,
                    pages,
                    clock,
                    counts=counts,
                    first_only=kind == _RESET,
                    besides=session,
                )
            finally:
                self._running_db = None

        (
            Op(self, snapshot)
            .on_success(lambda snap: self._arrived(kind, now, snap, callbacks, firsts))
            .on_failure(lambda error: self._failed(kind, callbacks, firsts, error))
            .start(self._pool)
        )

    def _pages_to_read(self, kind: str) -> list[int]:
        # a new query starts at the top (its first rows); a refresh keeps the view where it is
        return list(self._recent_pages) if kind == _REFRESH else []

    def _counts_wanted(self, kind: str) -> bool:
        # the counts change when reviews do, or when another location is chosen
        return (
            kind == _REFRESH
            or not self._counted
            or self._counted_location != self._query.location_id
        )

    def _arrived(
        self,
        kind: str,
        now: datetime,
        snapshot: InboxSnapshot,
        callbacks: list[Callable[[], None]],
        firsts: list[Callable[[], None]],
    ) -> None:
        self._running = False
        if self._closed:
            return
        if self._waiting is not None:  # overtaken by a newer query: that one counts
            waiting_kind, waiting_callbacks, waiting_firsts = self._waiting
            self._waiting = (
                _merged(kind, waiting_kind),
                callbacks + waiting_callbacks,
                firsts + waiting_firsts,
            )
            self._start_waiting()
            return
        self._apply(kind, snapshot, now)
        for callback in firsts:
            callback()
        if not snapshot.complete:
            # the rest of the ids, on the query thread, unless the user moves on first
            self._waiting = (_REST, callbacks, [])
            later, self._rest_later = self._rest_later, None
            if self._background and later is not None:
                later(self._start_rest)
            elif self._background:
                self._start_waiting()
            return
        for callback in callbacks:
            callback()
        self.loaded.emit()

    def _start_rest(self) -> None:
        """The rest put off by ``rest_after``, unless a newer query took its place."""
        if self._waiting is not None and not self._running and not self._closed:
            self._start_waiting()

    def _failed(
        self,
        kind: str,
        callbacks: list[Callable[[], None]],
        firsts: list[Callable[[], None]],
        error: BaseException,
    ) -> None:
        self._running = False
        if self._closed:
            return
        if self._waiting is not None:
            waiting_kind, waiting_callbacks, waiting_firsts = self._waiting
            self._waiting = (
                _merged(kind, waiting_kind),
                callbacks + waiting_callbacks,
                firsts + waiting_firsts,
            )
            self._start_waiting()
            if isinstance(error, QueryInterrupted):
                return  # stopped for the newer query, as asked
        if isinstance(error, DatabaseDamaged):
            raise error  # the application offers the way out (app.run_window)
        from clinicrep.store.live import is_connection_lost

        if is_connection_lost(error):
            # the shared server is away: the window's banner says so, and the inbox is
            # read again when it is back (ui/live_updates.py); no dialog per keystroke
            return
        from clinicrep.ui.errors import show_error

        show_error(None, error)

    @property
    def approvals_shown(self) -> bool:
        return self._approvals_shown

    @approvals_shown.setter
    def approvals_shown(self, shown: bool) -> None:
        if shown != self._approvals_shown:
            self._approvals_shown = shown
            self._texts.clear()

    def approval_samples(self) -> list[str]:
        """What the Status column says of a reply in the owner's hands (its width)."""
        return [self.tr("Waiting for approval"), self.tr("Sent back")]

    @property
    def waiting_for_approval(self) -> int:
        """Replies waiting for the owner's approval (the status bar's count)."""
        return self._approvals_waiting

    def _apply(self, kind: str, snapshot: InboxSnapshot, now: datetime) -> None:
        if snapshot.waiting is not None:
            self._approvals_waiting = snapshot.waiting
        if snapshot.approvals is not None and snapshot.approvals != self.approvals:
            self.approvals = snapshot.approvals
            self._texts.clear()
        if snapshot.status_counts is not None and snapshot.overdue is not None:
            self.status_counts, self.overdue = snapshot.status_counts, snapshot.overdue
            self._counted, self._counted_location = True, snapshot.counted_location
        if snapshot.replying is not None:
            self.replying = snapshot.replying
        if kind == _REST:
            self._grow(snapshot.ids)
            return
        self._now = now
        self._complete = snapshot.complete
        if kind == _RESET:
            self.beginResetModel()
            self._ids = snapshot.ids
            self._fill_rows(snapshot.rows)
            self._recent_pages.clear()
            self.endResetModel()
        else:
            self._keep_view_on(snapshot.ids, snapshot.rows)

    def _grow(self, ids: array[int]) -> None:
        """The rest of a new query's ids, after its first rows (which stay as they are)."""
        self._complete = True
        shown = len(self._ids)
        if ids[:shown] == self._ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            return
        # reviews arrived or changed between the two reads: move the view with its rows
        self._keep_view_on(ids, self._read, self._rows)

    def _fill_rows(
        self, read: dict[int, Sequence[Any]], reviews: dict[int, Review] | None = None
    ) -> None:
        # the pages the view will paint are read already: painting reads nothing (and
        # makes a Review of the rows it shows only: 12-16 of a first screen's 64)
        self._read = read
        self._rows = reviews if reviews is not None else {}
        self._texts.clear()  # the time left is counted from the query's "now"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: the store sorts (by index), the view starts at the top."""
        from dataclasses import replace

        key = SORT_KEY_OF_COLUMN[Column(column)]
        descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:  # the view set up its header: the first set_query will sort so
            self._query = replace(self._query, sort=key, descending=descending)
            return
        if key == self._query.sort and descending == self._query.descending and self._ids:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Re-read after new reviews or a status change, keeping rows the view shows.

        Rows that stay keep their position relative to each other; the view's
        persistent indexes (selection, current row) follow them.
        """
        self._request(_REFRESH, then, now_here=False)

    def _keep_view_on(
        self,
        new_ids: array[int],
        read: dict[int, Sequence[Any]],
        reviews: dict[int, Review] | None = None,
    ) -> None:
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [
            self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in old_persistent
        ]
        self._ids = new_ids
        self._fill_rows(read, reviews)
        # where the few rows the view holds went (a dict of every id took 100 ms at 1,000,000)
        position: dict[int, int] = {}
        for review_id in {i for i in old_ids if i is not None}:
            with contextlib.suppress(ValueError):
                position[review_id] = new_ids.index(review_id)
        new_persistent = []
        for old, old_id in zip(old_persistent, old_ids, strict=True):
            moved = position.get(old_id) if old_id is not None else None
            new_persistent.append(
                self.index(moved, old.column()) if moved is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def review_at(self, row: int) -> Review | None:
        if not 0 <= row < len(self._ids):
            return None
        review_id = self._ids[row]
        page = row // PAGE_SIZE
        review = self._rows.get(review_id)
        if review is None:
            raw = self._read.get(review_id)
            if raw is None:  # a page not read yet (scrolled to): read it whole
                start = page * PAGE_SIZE
                self._read.update(
                    review_rows_by_ids(self._db, self._ids[start : start + PAGE_SIZE])
                )
                raw = self._read.get(review_id)
            if raw is not None:
                review = self._rows[review_id] = row_to_review(raw)
        if page not in self._recent_pages:
            self._recent_pages[page] = None
            while len(self._recent_pages) > _PAGES_KEPT:
                del self._recent_pages[next(iter(self._recent_pages))]
        return review

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
        self._read.pop(review_id, None)
        self._texts.pop(review_id, None)
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
        if self._headers is None:  # asked at every paint of the header: translated once
            self._headers = (
                self.tr("Platform"),
                self.tr("Rating"),
                self.tr("Date"),
                self.tr("Author"),
                self.tr("Review"),
                self.tr("Sentiment"),
                self.tr("Topics"),
                self.tr("Urgency"),
                self.tr("Status"),
                self.tr("Time left"),
            )
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each cell for eight roles at every paint (840 calls for one screen):
        # roles we never answer return at once, and a row's texts are made once and kept.
        if role not in _ROLES or not index.isValid():
            return None
        review = self.review_at(index.row())
        if review is None:
            return None
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(review).texts[column]
        if role == ReviewIdRole:
            return review.id
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PLATFORM:
            return platform_icon(review.platform)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(review, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._cells(review).colours[column]
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(review, column) or ""
        return None

    def cells(self, row: int) -> RowCells | None:
        """What row ``row`` shows (the inbox's delegate paints from it: one call a cell
        where the view's own painting asked ``data()`` seven times)."""
        review = self.review_at(row)
        return self._cells(review) if review is not None else None

    def _cells(self, review: Review) -> RowCells:
        cells = self._texts.get(review.id or 0)
        if cells is None:
            # the columns a row alone decides (its date, labels, topics: formatted and
            # translated) are kept across queries by the row as read, so typing on makes
            # them once; the status, time left and marks are made for each query
            raw = self._read.get(review.id or 0)
            try:
                kept = self._by_row.get(raw) if raw is not None else None
            except TypeError:  # a value no key can hold (none the store reads today)
                raw = kept = None
            if kept is None:
                kept = (
                    tuple(None if c in _PER_QUERY else self._display(review, c) for c in _COLUMNS),
                    tuple(
                        None if c in _PER_QUERY else self._foreground(review, c) for c in _COLUMNS
                    ),
                )
                if raw is not None:
                    if len(self._by_row) >= _ROWS_KEPT:
                        self._by_row.clear()
                    self._by_row[raw] = kept
            texts, colours = kept
            cells = RowCells(
                texts=tuple(
                    self._display(review, c) if c in _PER_QUERY else texts[c] for c in _COLUMNS
                ),
                colours=tuple(
                    self._foreground(review, c) if c in _PER_QUERY else colours[c] for c in _COLUMNS
                ),
                icon=platform_icon(review.platform),
            )
            self._texts[review.id or 0] = cells
        return cells

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
            who = self.replying.get(review.id or 0)
            if who:
                marks += self.tr("[{name} is replying] ").format(name=who)
            text = review.text or review.title
            return marks + (first_line(text) if text else self.tr("(rating only)"))
        if column == Column.SENTIMENT:
            return sentiment_label(analysis.sentiment) if analysis else ""
        if column == Column.TOPICS:
            return list_text(topic_label(t) for t in analysis.topics) if analysis else ""
        if column == Column.URGENCY:
            return str(analysis.urgency) if analysis else ""
        if column == Column.STATUS:
            approval = self.approvals.get(review.id or 0) if self._approvals_shown else None
            if approval == ApprovalState.WAITING:
                return self.approval_samples()[0]
            if approval == ApprovalState.RETURNED:
                return self.approval_samples()[1]
            return status_label(review.status)
        if column == Column.TIME_LEFT:
            return self.time_left_text(review)
        return None

    def deadline(self, review: Review) -> datetime:
        return self._clock.due_at(review.created_at)

    def time_left_samples(self) -> list[str]:
        """The widest texts the "Time left" column shows, in the language in use (the
        window sizes the column to them: "просрочка 105 дн." must not end in "...")."""
        return [
            self.tr("%n h left", "", 47),
            self.tr("%n min left", "", 59),
            self.tr("overdue %n d", "", 999),
            self.tr("overdue %n h", "", 23),
        ]

    def time_left_text(self, review: Review) -> str:
        if not self._clock.is_waiting(review.status):
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
            from clinicrep.analysis.triage import describe_urgency

            return describe_urgency(review.analysis.urgency_reason)
        return None

    def _foreground(self, review: Review, column: Column) -> QColor | None:
        if column == Column.STATUS and self._approvals_shown and review.id in self.approvals:
            waiting = self.approvals[review.id or 0] == ApprovalState.WAITING
            return _COLOUR["#8d6e00" if waiting else "#c62828"]
        if column == Column.TIME_LEFT:
            stage = self._clock.stage(review.status, review.created_at, self._now)
            if stage == "overdue":
                return _COLOUR["#c62828"]
            if stage == "past_aim":
                return _COLOUR["#ef6c00"]
        if column == Column.SENTIMENT and review.analysis:
            if review.analysis.sentiment == Sentiment.NEGATIVE:
                return _COLOUR["#c62828"]
            if review.analysis.sentiment == Sentiment.POSITIVE:
                return _COLOUR["#2e7d32"]
            if review.analysis.sentiment == Sentiment.MIXED:
                return _COLOUR["#ef6c00"]
        if column == Column.STARS:
            return _COLOUR["#f9a825"] if review.rating else None
        return None
