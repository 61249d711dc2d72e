"""The main window: inbox on the left, the selected review on the right."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinicrep import __version__, workstation
from clinicrep import approval as approval_service
from clinicrep.errors import (
    AnsweredNeedsApproval,
    ClinicrepError,
    DatabaseLocked,
    DataDirNotWritable,
    DiskFull,
)
from clinicrep.i18n import then_text
from clinicrep.labels import status_label
from clinicrep.messages import user_message
from clinicrep.model import OPEN_STATUSES, Platform, Review, Source, Status
from clinicrep.settings import Settings, answer_clock, load_settings, save_settings
from clinicrep.store import dialect
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery
from clinicrep.store.locations import list_locations
from clinicrep.store.reviews import (
    StatusSnapshot,
    get_review,
    restore_status,
    review_versions,
    status_snapshot,
)
from clinicrep.store.sources import list_sources
from clinicrep.ui.alerts import (
    AlertBanner,
    MonitoringBanner,
    TrayNotifier,
    raise_alerts_in_background,
)
from clinicrep.ui.filter_bar import FilterBar
from clinicrep.ui.first_paint import FirstPaint
from clinicrep.ui.icons import app_icon
from clinicrep.ui.inbox_delegate import InboxDelegate
from clinicrep.ui.inbox_model import PAGE_SIZE, Column, InboxModel, short_date
from clinicrep.ui.inbox_table import InboxTable
from clinicrep.ui.live_updates import LiveUpdates
from clinicrep.ui.reanalysis import ReanalysisController
from clinicrep.ui.reply_editor import PRESENCE_BEAT_MS, ReplyEditor
from clinicrep.ui.review_pane import ReviewPane
from clinicrep.ui.search_highlight import highlight_in_editor
from clinicrep.ui.sync_controller import SyncController
from clinicrep.ui.theme import apply_theme
from clinicrep.ui.welcome import WelcomePage

if TYPE_CHECKING:  # the sync, reports and settings dialog are imported when first used:
    # importing them (httpx, keyring, the PDF code) cost a third of the start-up
    from clinicrep.sync import SyncProgress, SyncReport

log = logging.getLogger(__name__)


def _seen_differently(a: Review, b: Review) -> bool:
    """What the pane shows of a review differs (a sync's fetched_at alone does not count)."""
    return replace(a, fetched_at=None) != replace(b, fetched_at=None)


class _ConnectionLost(ClinicrepError):
    """For the banner's sentence (messages.py): the shared server went away."""

    code = "server_connection_lost"


SYNC_RELOAD_MS = 1000
LIVE_RELOAD_MS = 150  # changes from the other PCs: a burst is one re-read
OWN_CHANGE_S = 10.0  # a change announced this soon after this window made it is its own
UNDO_SHOWN_MS = 20_000
# While an import stores its rows in one transaction (its first big file: the store's write
# lock held for seconds to minutes), a status she chooses waits at most this long on the
# window's thread, then is kept and tried again at each beat until the import is done.
STATUS_WAIT_DURING_IMPORT_S = 0.1
STATUS_RETRY_MS = 500
# A small write of the window's own (the start-up's "looked", or at closing) waits this long
# at most for a file another program holds: the busy timeout froze the window 5 s.
SHORT_WRITE_WAIT_S = 0.05
INBOX_ROWS = 12  # rows the inbox shows before the user moves the split (1280x800 screen)

# keys that set a status on the selected review (shown in the Review menu)
STATUS_KEYS = {
    Status.NEW: "Ctrl+1",
    Status.IN_PROGRESS: "Ctrl+2",
    Status.ANSWERED: "Ctrl+3",
    Status.ESCALATED: "Ctrl+4",
    Status.DISMISSED: "Ctrl+5",
}


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # the app rebuilds the window in the new language
    restore_requested = Signal(str)  # a backup file: the app closes the store, restores, reopens
    store_switch_requested = Signal()  # Settings > Database changed: the app reopens the store
    # the OS entries for checks without the window; tests put one with a recording runner here
    monitor_installer: object | None = None

    def __init__(
        self,
        db: Database,
        *,
        demo: bool = False,
        sync_on_start: bool = False,
        update_analysis_after_ms: int | None = None,
    ) -> None:
        """``update_analysis_after_ms``: when to start bringing the analysis of stored reviews
        up to date with the current rules (``update_analysis``); None: only when asked."""
        super().__init__()
        self.db = db
        self.closed = False  # background results arriving after close are dropped
        self._closing = False
        self._look_pending = False  # the start-up's "looked" write not done yet
        self.settings: Settings = load_settings(db)
        self.setWindowTitle(self.tr("clinicrep — demo data") if demo else self.tr("clinicrep"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 760)

        self.model = InboxModel(db, self, background=True)
        self._pane_waits = False  # the pane shows the first row once the rows are painted
        self._staying = False  # the current row goes back to the review shown (_stay_on_shown)
        self._pane_waiting: QModelIndex | None = None
        self.model.answer_clock = answer_clock(self.settings)
        self.model.approvals_shown = self.settings.approval_required

        self.table = InboxTable()
        self.table.setObjectName("inbox")
        self.table.setAccessibleName(self.tr("Inbox of reviews"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # the indicator first: enabling sorting sorts by it (the model runs no query before
        # apply_filters; three queries of the whole inbox at start-up were two too many)
        self.table.horizontalHeader().setSortIndicator(Column.URGENCY, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        # rows as tall as the text needs: at least 12 of them fit at 1280x800 (26 px fitted 8)
        row_height = self.table.fontMetrics().height() + 7
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setMinimumSectionSize(row_height)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.PLATFORM, 112),
            (Column.STARS, 78),
            (Column.DATE, 122),
            (Column.AUTHOR, 110),
            (Column.SENTIMENT, 76),
            (Column.TOPICS, 120),
            (Column.URGENCY, 72),
            (Column.STATUS, 90),
            (Column.TIME_LEFT, 118),
        ):
            # a translated header may be longer than the English one: never cut it
            needed = header.fontMetrics().horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal, 0))
            )
            if column == Column.TIME_LEFT:  # its cells, in this language, are never cut either
                cells = self.table.fontMetrics()
                needed = max(
                    needed, *(cells.horizontalAdvance(t) for t in self.model.time_left_samples())
                )
            if column == Column.DATE:  # nor its dates ("22 жовт. 26, 18:…" in Ukrainian)
                cells = self.table.fontMetrics()
                words = max(
                    cells.horizontalAdvance(
                        short_date(datetime(2026, month, 28, 12, 58, tzinfo=UTC))
                    )
                    for month in range(1, 13)
                )
                width = max(width, words + 16)
            if column == Column.STATUS:  # nor its statuses ("Przekazana…" was cut in Polish)
                cells = self.table.fontMetrics()
                # a cell has no sort arrow to leave room for: its margins and a few px
                words = max(cells.horizontalAdvance(status_label(s)) for s in Status)
                width = max(width, words + 16)
            self.table.setColumnWidth(column, max(width, needed + 28))
        self._status_width = self.table.columnWidth(Column.STATUS)
        self._fit_status_column()
        header.setMinimumSectionSize(40)
        # a narrow window hides Topics, then Sentiment, then Urgency (the review pane shows
        # them) before the review's text gets less than 260 px
        self.table.set_text_room(
            Column.TEXT, 260, (Column.TOPICS, Column.SENTIMENT, Column.URGENCY)
        )
        # every cell painted from what the model made once per row (Qt's own painting asked
        # seven roles a cell and laid every text out twice a paint: 15-30 ms a screen); what
        # the search found, on an amber ground in the Review column and in the review
        self.highlighter = InboxDelegate(self.table, self.model.cells)
        self.table.setItemDelegate(self.highlighter)
        # an empty list says why and what to do, instead of a blank white box
        self.no_match = QLabel()
        self.no_match.setObjectName("noMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.no_match.setStyleSheet("padding: 24px;")
        self.no_match.hide()
        QVBoxLayout(self.table.viewport()).addWidget(self.no_match)

        self.pane = ReviewPane()
        self.pane.aspect_chips.attach(db)
        self.pane.aspect_chips.corrected.connect(self._on_corrected)
        self.pane.status_change_requested.connect(self.change_status)

        # the table takes the full width (ten columns); below it the review and, beside
        # it, the reply being written
        # who uses this PC (issue 20): read once per window; Settings -> This PC changes it
        self.station = workstation.current()
        self.editor = ReplyEditor(db, self.settings, station=self.station)
        self.editor.published.connect(self._on_published)
        self.editor.approval_changed.connect(self._on_approval_changed)
        self.editor.status_change_requested.connect(self.change_status)
        self.detail = QSplitter(Qt.Orientation.Horizontal)
        # the review scrolls inside its place: a long one never moves the split or the table
        self.pane_scroll = QScrollArea()
        self.pane_scroll.setObjectName("reviewScroll")
        self.pane_scroll.setWidgetResizable(True)
        self.pane_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pane_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pane_scroll.setWidget(self.pane)
        self.detail.addWidget(self.pane_scroll)
        self.detail.addWidget(self.editor)
        self.detail.setSizes([560, 720])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # the inbox gets room for INBOX_ROWS rows; the review and the reply the rest. A long
        # review never pushes the split: the pane below scrolls inside the space it has.
        header_height = self.table.horizontalHeader().sizeHint().height()
        table_height = INBOX_ROWS * row_height + header_height + 4
        self.splitter.setSizes(self.settings.inbox_split or [table_height, 300])
        self._split_save = QTimer(self)
        self._split_save.setSingleShot(True)
        self._split_save.setInterval(800)
        self._split_save.timeout.connect(self._remember_split)
        self.splitter.splitterMoved.connect(lambda *_: self._split_save.start())
        self.welcome = WelcomePage()
        self.welcome.connect_requested.connect(self.open_sources)
        self.welcome.import_requested.connect(self.import_file)
        self.welcome.paste_requested.connect(lambda: self.paste_reviews())
        self.welcome.settings_requested.connect(self.open_settings)
        # the chart pane (pyqtgraph, numpy: about a second to import here) is built the
        # first time the Charts tab is opened, not at start-up
        self._charts: QWidget | None = None
        self._charts_placeholder = QWidget()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.splitter, self.tr("Inbox"))
        self.tabs.addTab(self._charts_placeholder, self.tr("Charts"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.banner = AlertBanner(db)
        self.banner.show_review.connect(self.show_review)
        self.tray = TrayNotifier(self)
        self.tray.open_requested.connect(self._show_from_tray)
        self.monitoring = MonitoringBanner()
        # the shared database server went away: one sentence until it is back by itself
        self.server_banner = QLabel(user_message(_ConnectionLost()))
        self.server_banner.setObjectName("serverAway")
        self.server_banner.setWordWrap(True)
        self.server_banner.setStyleSheet(
            "QLabel { background: #fde7e9; color: #5c0011; padding: 6px 10px; }"
        )
        self.server_banner.hide()
        self.workspace = QWidget()
        workspace = QVBoxLayout(self.workspace)
        workspace.setContentsMargins(0, 0, 0, 0)
        workspace.addWidget(self.server_banner)
        workspace.addWidget(self.banner)
        workspace.addWidget(self.monitoring)
        workspace.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self._build_toolbar()
        self._build_menus()
        self._build_shortcuts()

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.analysis_progress = QProgressBar()
        self.analysis_progress.setObjectName("analysisProgress")
        self.analysis_progress.setAccessibleName(self.tr("Analysis update progress"))
        self.analysis_progress.setMaximumWidth(260)
        self.analysis_progress.setTextVisible(True)
        self.analysis_progress.hide()
        self.statusBar().addPermanentWidget(self.analysis_progress)
        self.statusBar().addPermanentWidget(self.counts)
        # the owner's count of replies waiting for approval; a click shows them (issue 20)
        self.waiting_button = QPushButton()
        self.waiting_button.setObjectName("waitingForApproval")
        self.waiting_button.setFlat(True)
        self.waiting_button.setToolTip(self.tr("Show the replies waiting for your approval"))
        self.waiting_button.clicked.connect(self.filters.show_waiting_for_approval)
        self.waiting_button.hide()
        self.statusBar().addPermanentWidget(self.waiting_button)
        self.last_sync = QLabel()
        self.last_sync.setObjectName("lastSync")
        self.statusBar().addPermanentWidget(self.last_sync)
        # every status change can be taken back for a while (Undo here, or Ctrl+Z)
        self._undo_snapshot: StatusSnapshot | None = None
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undoText")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoStatus")
        self.undo_button.setToolTip(self.tr("Put the review's previous status back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_status_change)
        self.statusBar().addWidget(self.undo_label)
        self.statusBar().addWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SHOWN_MS)
        self._undo_timer.timeout.connect(self._hide_undo)
        self._hide_undo()

        # a sync's pages refresh the inbox at most once a second: re-reading the inbox for
        # each page of 50 kept the GUI thread busy for most of a long sync
        self._sync_reload = QTimer(self)
        self._sync_reload.setSingleShot(True)
        self._sync_reload.setInterval(SYNC_RELOAD_MS)
        self._sync_reload.timeout.connect(
            lambda: self.reload(keep_review=self.selected_review_id())
        )
        self.sync = SyncController(db.path, self)
        self.sync.started.connect(self._on_sync_started)
        self.sync.progressed.connect(self._on_sync_progress)
        self.sync.finished.connect(self._on_sync_finished)
        self.sync.failed.connect(self._on_sync_failed)
        self.sync.schedule(self.settings.sync_interval_minutes)
        # what the other PCs change (or, on SQLite, this PC's own workers and checks)
        self._live_ids: set[int] | None = set()
        self._live_reload = QTimer(self)
        self._live_reload.setSingleShot(True)
        self._live_reload.setInterval(LIVE_RELOAD_MS)
        self._live_reload.timeout.connect(self._reload_live)
        self._holding: int | None = None  # the review kept in view while the inbox re-reads
        # reviews whose status this window changed (their announcement comes back to it too)
        self._changed_here: dict[int, float] = {}
        # statuses chosen while an import held the store: (status, before), stored at a beat
        self._status_waiting: dict[int, tuple[Status, StatusSnapshot]] = {}
        self._status_retry = QTimer(self)
        self._status_retry.setInterval(STATUS_RETRY_MS)
        self._status_retry.timeout.connect(self._store_waiting_statuses)
        # what is not on the first screen waits for it (ui/first_paint.py says why)
        self.first_paint = FirstPaint(
            self,
            [self.table.viewport(), self.welcome],
            lambda: (
                self.pages.currentWidget() is self.welcome
                or self.model.rowCount() > 0
                or not self.model.loading
            ),
        )
        # on a server, its listening connection is made once that screen is painted
        self.live = LiveUpdates(db, self, later=self.first_paint.later)
        self.live.changed.connect(self._on_live_change)
        self.live.presence_changed.connect(self.editor.presence_changed)
        self.live.presence_changed.connect(self._on_live_change)  # the inbox marks them
        self.model.session = self.editor.session
        # a PC that froze while replying leaves its mark until its claim runs out: no one is
        # told of that, so the inbox looks again while it shows such a mark
        self._presence_sweep = QTimer(self)
        self._presence_sweep.setInterval(PRESENCE_BEAT_MS)
        self._presence_sweep.timeout.connect(self._sweep_presence)
        self._presence_sweep.start()
        self.live.sync_changed.connect(self.update_last_sync)
        self.live.server_lost.connect(self._on_server_lost)
        self.live.server_back.connect(self._on_server_back)
        if dialect.reads_quick_here(db):
            self.update_last_sync()
        # (on a server, a round trip the first screen need not wait for: the listener, once
        # it listens after that paint, announces every change, this one's too)
        self.reanalysis = ReanalysisController(db.path, self)
        self.reanalysis.progressed.connect(self._on_reanalysis_progress)
        self.reanalysis.finished.connect(self._on_reanalysis_finished)
        self.reanalysis.failed.connect(self._on_reanalysis_failed)
        if update_analysis_after_ms is not None:
            # after the first paint: the check reads every review once, on a worker
            QTimer.singleShot(update_analysis_after_ms, self, self.update_analysis)
        # (a window closed before its first paint starts neither: closeEvent cancels them)
        if sync_on_start:
            self.first_paint.later(self.sync.sync_now)
        else:
            self.first_paint.later(self.check_alerts)
        # statuses chosen during an import that the last window could not store
        self.first_paint.later(self._store_kept)
        # the first query's rest of the ids (and the status bar's counts) once its first
        # screen is painted: the query thread's connection and reads took the interpreter
        # and a core from the window's first paint
        self.model.rest_after(self.first_paint.later)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        # nothing selected (the review left the view): no reply box for a review not shown
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.show_inbox_or_welcome()
        self._show_practice_shape()
        self.apply_filters()
        self._show_monitoring_on_start()

    def show_inbox_or_welcome(self) -> None:
        has_sources = bool(list_sources(self.db))
        self.pages.setCurrentWidget(self.workspace if has_sources else self.welcome)
        self.filter_bar.setVisible(has_sources)  # nothing to filter yet
        if not has_sources:
            # "Shown: 0 · new: 0 · open: 0 · overdue: 0" on a fresh start read as an inbox
            # looked through and found empty; the reviews are not brought in yet
            self.counts.setText(self.tr("No reviews yet"))

    def _fit_status_column(self) -> None:
        """With approval on, the Status column shows "Waiting for approval": never cut."""
        width = self._status_width
        if self.settings.approval_required:
            cells = self.table.fontMetrics()
            needed = max(cells.horizontalAdvance(t) for t in self.model.approval_samples())
            width = max(width, needed + 28)
        self.table.setColumnWidth(Column.STATUS, width)
        self.table.fit_text_room()

    def _show_practice_shape(self) -> None:
        """The location filters (only for a practice with locations) and the approval view
        (only while approval is on)."""
        places = list_locations(self.db)
        self.filters.set_locations(places)
        self.filters.set_approval_view(self.settings.approval_required)
        if self._charts is not None:
            self._charts.set_locations(places)  # type: ignore[attr-defined]
        corner = getattr(self, "_search_and_sync", None)
        if corner is not None:
            # QMenuBar sizes its corner when it is set, shown or hidden, not when a child
            # appears in it: the location filter (the first location named while the window
            # is open) pushed the search over "Check for new reviews". Set again, it is
            # measured again
            self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)

    # -- charts ---------------------------------------------------------------------
    @property
    def charts(self):  # type: ignore[no-untyped-def]
        """The chart pane, built on first use."""
        if self._charts is None:
            from clinicrep.ui.charts import ChartPane

            pane = ChartPane(self.db.path)
            pane.set_locations(list_locations(self.db))
            pane.period_clicked.connect(self._chart_period)
            pane.platform_clicked.connect(self._chart_platform)
            pane.aspect_clicked.connect(self._chart_aspect)
            pane.aspect_month_clicked.connect(self._chart_aspect_month)
            index = self.tabs.indexOf(self._charts_placeholder)
            current = self.tabs.currentIndex()
            self._charts = pane  # before the tab swap: currentChanged may ask for it
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, pane, self.tr("Charts"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return self._charts

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self._charts_placeholder:
            self.charts.reload()  # builds the pane in the placeholder's place, then loads it
        elif widget is not None and widget is self._charts:
            self._charts.reload()  # type: ignore[attr-defined]

    def _show_inbox_filtered(self) -> None:
        self.tabs.setCurrentWidget(self.splitter)
        self.table.setFocus()

    # a click on a chart replaces the filters: it shows what was clicked, all of it
    def _chart_location(self) -> object:
        return self._charts.location_id if self._charts is not None else None  # type: ignore[attr-defined]

    def _chart_period(self, start: object, end: object, label: str) -> None:
        self.filters.show_chart_selection(
            period=(start, end, label),  # type: ignore[arg-type]
            location=self._chart_location(),
        )
        self._show_inbox_filtered()

    def _chart_platform(self, platform: object) -> None:
        self.filters.show_chart_selection(platform=platform, location=self._chart_location())
        self._show_inbox_filtered()

    def _chart_aspect(self, aspect: object, polarity: object, period: object) -> None:
        """A bar of "Complaints about" / "Praise for": the reviews it counts, in its period."""
        self.filters.show_chart_selection(
            aspect=(aspect, polarity),
            period=period,  # type: ignore[arg-type]
            location=self._chart_location(),
        )
        self._show_inbox_filtered()

    def _chart_aspect_month(
        self, start: object, end: object, label: str, aspect: object, polarity: object
    ) -> None:
        self.filters.show_chart_selection(
            # the chart's list hands the aspect back as its plain value ("any": None)
            aspect=(aspect, polarity) if aspect else None,
            period=(start, end, label),  # type: ignore[arg-type]
            location=self._chart_location(),
        )
        self._show_inbox_filtered()

    # -- building -------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Filters"))
        self.filter_bar = bar
        bar.setObjectName("filters")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filters)
        bar.addWidget(self.filters)
        # "sync" is a technician's word: say what the button does
        self.sync_button = QAction(self.tr("Check for new reviews"), self)
        self.sync_button.setToolTip(self.tr("Fetch new reviews from every connected platform (F5)"))
        self.sync_button.triggered.connect(self.check_now)
        # Search and Sync live at the right of the menu bar, which is mostly empty: with seven
        # filters in Russian, Ukrainian or Polish the filter bar alone is 1,170 px, and a bar
        # too narrow hid the check button behind a "»" at 1280 px (or cut the search's placeholder)
        corner = self._search_and_sync = QWidget(self)  # kept: PySide6 would delete it
        corner.setObjectName("searchAndSync")
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 1, 4, 1)
        self.filters.take_location(row)  # shown only for a practice with locations
        self.filters.take_search(row)
        sync = QToolButton()
        sync.setObjectName("syncNow")
        sync.setDefaultAction(self.sync_button)
        sync.setAutoRaise(True)
        row.addWidget(sync)
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)
        # short names used by the keyboard paths and tests
        self.search = self.filters.search
        self.view_filter = self.filters.view

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sync_action = QAction(self.tr("Check for &new reviews"), self)
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.triggered.connect(self.check_now)
        file_menu.addAction(self.sync_action)
        self.settings_action = QAction(self.tr("S&ettings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.import_action = QAction(self.tr("&Import a file…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_file)
        file_menu.addAction(self.import_action)
        self.paste_action = QAction(self.tr("&Paste reviews…"), self)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.triggered.connect(lambda: self.paste_reviews())
        file_menu.addAction(self.paste_action)
        self.manual_action = QAction(self.tr("Add &offline feedback…"), self)
        self.manual_action.setShortcut(QKeySequence("Ctrl+N"))
        self.manual_action.triggered.connect(self.add_offline_feedback)
        file_menu.addAction(self.manual_action)
        file_menu.addSeparator()
        self.report_action = QAction(self.tr("&Monthly summary (PDF)…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+P"))
        self.report_action.triggered.connect(self._make_report)
        file_menu.addAction(self.report_action)
        self.export_action = QAction(self.tr("E&xport the reviews shown (CSV)…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._export_inbox)
        file_menu.addAction(self.export_action)
        self.card_action = QAction(self.tr("Review-request &card…"), self)
        self.card_action.triggered.connect(self._make_card)
        file_menu.addAction(self.card_action)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.restore_action)
        self.export_copy_action = QAction(self.tr("Export &a copy…"), self)
        self.export_copy_action.triggered.connect(self.export_copy)
        file_menu.addAction(self.export_copy_action)
        if getattr(self.db, "dialect", "sqlite") == "postgresql":
            # a shared store: the server's own backups apply, not this PC's copies
            self.restore_action.setEnabled(False)
            self.restore_action.setText(self.tr("Restore: the server's own backups apply"))
            self.restore_action.setStatusTip(
                self.tr(
                    "The shared database is backed up by its server (ask your IT provider); "
                    "Export a copy saves it into a file."
                )
            )
            self.restore_action.setToolTip(self.restore_action.statusTip())
        file_menu.addSeparator()
        self.sources_action = QAction(self.tr("So&urces…"), self)
        self.sources_action.triggered.connect(self.open_sources)
        file_menu.addAction(self.sources_action)
        self.locations_action = QAction(self.tr("&Locations…"), self)
        self.locations_action.setToolTip(
            self.tr("Name the practice's locations and say which source belongs to which")
        )
        self.locations_action.triggered.connect(self.open_locations)
        file_menu.addAction(self.locations_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        review_menu = self.menuBar().addMenu(self.tr("&Review"))
        self.status_actions: dict[Status, QAction] = {}
        names = {
            Status.NEW: self.tr("Mark as &new"),
            Status.IN_PROGRESS: self.tr("Mark as &in progress"),
            Status.ANSWERED: self.tr("Mark as &answered"),
            Status.ESCALATED: self.tr("&Escalate to the owner"),
            Status.DISMISSED: self.tr("&Dismiss"),
        }
        for status, shortcut in STATUS_KEYS.items():
            action = QAction(names[status], self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, s=status: self._set_current_status(s))
            review_menu.addAction(action)
            self.status_actions[status] = action

        self.undo_action = QAction(self.tr("&Undo the status change"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)  # the reply box keeps its own
        self.undo_action.triggered.connect(self.undo_status_change)
        self.undo_action.setEnabled(False)
        review_menu.addAction(self.undo_action)

        review_menu.addSeparator()
        # the reply editor's "Draft reply", here so that its key is in the menu and the list
        # of keyboard shortcuts
        self.draft_action = QAction(self.tr("D&raft a reply"), self)
        self.draft_action.setShortcut(QKeySequence("Ctrl+D"))
        self.draft_action.triggered.connect(self.editor.draft_reply)
        review_menu.addAction(self.draft_action)
        self.templates_action = QAction(self.tr("Reply &templates…"), self)
        self.templates_action.triggered.connect(self.open_templates)
        review_menu.addAction(self.templates_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About clinicrep"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)
        for key, step in (("J", 1), ("K", -1)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selection(s))

    def _make_report(self) -> None:
        from clinicrep.ui.report_dialogs import make_report_from_window

        make_report_from_window(self, self.db.path, list_locations(self.db))

    def _export_inbox(self) -> None:
        from clinicrep.ui.report_dialogs import export_inbox_from_window

        export_inbox_from_window(self, self.db.path, self.model.query)

    def _make_card(self) -> None:
        from clinicrep.store.sources import most_reviewed_platform
        from clinicrep.ui.report_dialogs import make_card_from_window

        settings = self.settings
        if not settings.review_card_platform:
            # never chosen: the practice's own site first (a Doc.ua-only practice was offered
            # Google), the one with the most reviews when it has several
            settings = replace(settings, review_card_platform=most_reviewed_platform(self.db))
        make_card_from_window(self, settings, self._remember_card)

    def _remember_card(self, links: dict[str, str], platform: str) -> None:
        """The card's link comes back next time, for this practice (its settings)."""
        if (links, platform) == (
            self.settings.review_card_links,
            self.settings.review_card_platform,
        ):
            return
        self.settings = replace(
            self.settings, review_card_links=links, review_card_platform=platform
        )
        self.editor.settings = self.settings
        save_settings(self.db, self.settings)

    # -- behaviour ------------------------------------------------------------
    def current_query(self) -> ReviewQuery:
        return self.filters.apply(self.model.query, clock=answer_clock(self.settings))

    def apply_filters(self, then: Callable[[], None] | None = None) -> None:
        """Show what the filters select; ``then`` runs once it is shown (off-thread query)."""

        search = self.search.text()
        if search != self.highlighter.query:
            # the rows are painted with it when the new query's rows are in (the model
            # resets): painting the old rows again first cost 7-15 ms of the GUI thread
            # while the query thread read the new ones
            self.highlighter.query = search
            highlight_in_editor(self.pane.text, search)

        def first_rows() -> None:  # the first screen, before the rest of the ids
            if self.model.rowCount() and not self.table.selectionModel().hasSelection():
                self._select_first_row()
            elif not self.model.rowCount():
                self._show_nothing()

        def shown() -> None:
            # a filter changes what is shown, not how many reviews are new or open
            self.update_counts()
            if then is not None:
                then()

        self.model.set_query(self.current_query(), then=shown, first_rows=first_rows)

    def _select_first_row(self) -> None:
        """A new search's (or filter's) first row selected, its rows painted at once, and
        only then the review shown in the pane and the reply editor: showing it (its chips,
        versions, reply, the confidentiality check) took 10-20 ms of the GUI thread, as much
        as the rows' query and paint, while the user waited for the list to answer."""
        self._pane_waits = True
        try:
            self.select_row(0)
        finally:
            self._pane_waits = False
        if self._pane_waiting is None:
            return
        current, self._pane_waiting = self._pane_waiting, None
        if self.table.isVisible():
            self.table.viewport().repaint()
        elif not self.first_paint.done and not dialect.reads_quick_here(self.db):
            # the window's start on a server: the review and its reply are 15-20 round
            # trips (its versions, chips, replies, templates, presence ...), read once the
            # rows are painted, for the review selected then
            self.first_paint.later(self._show_current_review)
            return
        self._on_current_row(current, QModelIndex())

    def _show_current_review(self) -> None:
        self._on_current_row(self.table.currentIndex(), QModelIndex())

    def inbox_languages(self) -> list[str]:
        """The languages the guard will read replies to the inbox's first rows in, in the
        rows' order (the rows read for the first screen: no query of its own)."""
        from clinicrep.guidelines.confidentiality import guard_languages

        rows = min(self.model.rowCount(), PAGE_SIZE)
        return guard_languages(r for r in map(self.model.review_at, range(rows)) if r)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, Column.TEXT)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def move_selection(self, step: int) -> None:
        current = self.table.currentIndex().row()
        row = min(max(0, current + step), self.model.rowCount() - 1)
        if row >= 0:
            self.select_row(row)

    def selected_review_id(self) -> int | None:
        review = self.pane.review
        return review.id if review else None

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._pane_waits:  # shown after the rows are painted (_select_first_row)
            self._pane_waiting = current
            return
        if self._staying:  # _stay_on_shown moving the row back
            return
        review = self.model.review_at(current.row()) if current.isValid() else None
        if review is None or review.id is None:
            self.pane.show_review(None)
            self.editor.show_review(None)
            return
        from clinicrep.store.live import is_connection_lost

        try:
            fresh = get_review(self.db, review.id) or review
            versions = review_versions(self.db, review.id)
            self._follow_approval_setting()
        except Exception as e:  # the server away: what is shown stays, the banner says why
            if not is_connection_lost(e):
                raise
            log.info("review %s not shown: %s", review.id, type(e).__name__)
            self._stay_on_shown()
            self.server_is_away()
            return
        if not self.editor.show_review(fresh):  # the typed reply could not be stored
            self._stay_on_shown()
            self.server_is_away()
            return
        self.pane.show_review(fresh, versions)
        highlight_in_editor(self.pane.text, self.search.text())

    def _stay_on_shown(self) -> None:
        """The inbox's current row back on the review the pane and the editor show (none: no
        row), so that no reply is typed under one review for another."""
        shown = self.editor.review
        row = self.model.row_of(shown.id) if shown is not None and shown.id is not None else None
        self._staying = True
        try:
            if row is None:
                self.table.selectionModel().clear()
            else:
                self.select_row(row)
        finally:
            self._staying = False

    def _follow_approval_setting(self) -> None:
        """The owner may have switched approval on or off on another PC since this window
        opened: each review shown follows the store's setting, so that the desk is offered
        "Ask for approval", not a Publish that is then refused."""
        from clinicrep.approval import approval_on

        on = approval_on(self.db)
        if on != self.settings.approval_required:
            self.settings = replace(self.settings, approval_required=on)
            self.editor.settings = self.settings
            self._show_approval_setting(on)
            self.update_counts()

    def _show_approval_setting(self, on: bool) -> None:
        """The inbox's approval column and view, as approval is on or off."""
        self.model.approvals_shown = on
        self.filters.set_approval_view(on)
        self._fit_status_column()

    def _on_selection_changed(self, *_args: object) -> None:
        if not self.table.selectionModel().hasSelection() and self.pane.review is not None:
            if self._holding is not None and self.pane.review.id == self._holding:
                return  # changed on another PC while shown here: it stays until the user moves
            self._show_nothing()

    def _set_current_status(self, status: Status) -> None:
        review_id = self.selected_review_id()
        if review_id is not None:
            self.change_status(review_id, status)

    def change_status(self, review_id: int, status: Status) -> None:
        """Set the status, move on to the next review, and offer Undo in the status bar."""
        before = status_snapshot(self.db, review_id)
        if before is None or before.status == status:
            self._status_waiting.pop(review_id, None)  # chosen back before it was stored
            return
        following = self._review_after(review_id)
        importing = self.db.storing_an_import()
        try:
            with (
                self.db.waiting_at_most(STATUS_WAIT_DURING_IMPORT_S)
                if importing
                else contextlib.nullcontext()
            ):
                approval_service.change_status(self.db, review_id, status, self.station)
        except DatabaseLocked as e:
            if importing or self.db.storing_an_import():
                self._wait_for_import(review_id, status, before)
            else:  # another program holds the file: what happened and what to do
                self.pane.status.setCurrentIndex(self.pane.status.findData(before.status))
                QMessageBox.warning(self, self.tr("Status not changed"), user_message(e))
            return
        except AnsweredNeedsApproval as e:
            # the status box shows what is stored again, the message what to do instead
            self.pane.status.setCurrentIndex(self.pane.status.findData(before.status))
            QMessageBox.information(self, self.tr("Not marked answered"), user_message(e))
            return
        except (DiskFull, DataDirNotWritable) as e:
            # the disk: what happened and what to do, the status as it is stored (it was
            # "Something clinicrep did not expect happened")
            self.pane.status.setCurrentIndex(self.pane.status.findData(before.status))
            QMessageBox.warning(self, self.tr("Status not changed"), user_message(e))
            return
        except ClinicrepError as e:
            self._say_store_problem(e)
            return
        self._status_waiting.pop(review_id, None)
        self._status_stored(review_id, status, before)
        self.model.refresh(then=lambda: self._after_status_change(following))

    def _status_stored(self, review_id: int, status: Status, before: StatusSnapshot) -> None:
        self._changed_here[review_id] = time.monotonic()
        self._undo_snapshot = before
        self._offer_undo(
            self.tr("Marked “{status}”.").format(status=status_label(status)), review_id
        )

    def _wait_for_import(self, review_id: int, status: Status, before: StatusSnapshot) -> None:
        """An import holds the store (``storing_an_import``): the status she chose is shown
        and kept, and stored at the first beat after the import (she was frozen for the
        busy timeout, then told to close "the other clinicrep window")."""
        self._status_waiting[review_id] = (status, before)
        if self.pane.review is not None and self.pane.review.id == review_id:
            self.pane.status.setCurrentIndex(self.pane.status.findData(status))
        self._undo_timer.stop()
        self.undo_button.hide()
        self.undo_action.setEnabled(False)
        self.undo_label.setText(
            self.tr(
                "An import is being stored: “{status}” will be saved as soon as it is done."
            ).format(status=status_label(status))
        )
        self.undo_label.show()
        self._status_retry.start()

    def _store_waiting_statuses(self, *, closing: bool = False) -> None:
        """Store the statuses chosen during an import, once the store is free again. Those
        the store still refuses when the window closes are kept for the next start."""
        stored = False
        unsaved: dict[int, tuple[Status, Status]] = {}
        for review_id, (status, before) in list(self._status_waiting.items()):
            importing = self.db.storing_an_import()
            try:
                with (
                    self.db.waiting_at_most(STATUS_WAIT_DURING_IMPORT_S)
                    if importing
                    else contextlib.nullcontext()
                ):
                    approval_service.change_status(self.db, review_id, status, self.station)
            except DatabaseLocked:
                if closing:  # (it was one try of the busy timeout, and then lost)
                    unsaved[review_id] = (status, before.status)
                    del self._status_waiting[review_id]
                    continue
                if importing:
                    return  # the next beat
                log.warning("status of review %s not stored: the store stayed busy", review_id)
                continue
            except ClinicrepError as e:  # the approval withdrawn meanwhile, the disk full
                del self._status_waiting[review_id]
                if self.pane.review is not None and self.pane.review.id == review_id:
                    self.pane.status.setCurrentIndex(self.pane.status.findData(before.status))
                if not closing:
                    QMessageBox.warning(self, self.tr("Status not changed"), user_message(e))
                continue
            del self._status_waiting[review_id]
            stored = True
            if not closing:
                self._status_stored(review_id, status, before)
        if not self._status_waiting:
            self._status_retry.stop()
        if stored and not closing:
            self.model.refresh(then=self.update_counts)
        if unsaved:
            self._keep_for_next_start(unsaved)

    def _keep_for_next_start(self, unsaved: dict[int, tuple[Status, Status]]) -> None:
        """The window closes while an import still holds the file: the statuses chosen
        meanwhile go into a file beside it, stored at the next start (``_store_kept``)."""
        from clinicrep.store.kept_statuses import keep_for_next_start

        count = len(unsaved)
        if keep_for_next_start(self.db, unsaved):
            text = self.tr(
                "An import is still being stored, so the status you chose for %n review(s) "
                "is not saved yet. clinicrep saves it the next time it opens.",
                "",
                count,
            )
        else:
            text = self.tr(
                "An import is still being stored, so the status you chose for %n review(s) "
                "could not be saved. Set it again once the import is done.",
                "",
                count,
            )
        QMessageBox.information(self, self.tr("Status not saved yet"), text)

    def _store_kept(self) -> None:
        """Statuses a window closed during an import kept for this start: stored now (or,
        should an import hold the file again, at its end), unless the review's status was
        changed since (on another window, by the command line): that change stays."""
        from clinicrep.store.kept_statuses import take_kept

        if self._closing:
            return
        for review_id, (status, before) in take_kept(self.db).items():
            snapshot = status_snapshot(self.db, review_id)
            if snapshot is None or snapshot.status != before:
                log.info("kept status of review %s not stored: changed since", review_id)
                continue
            self._status_waiting[review_id] = (status, snapshot)
        if self._status_waiting:
            self._status_retry.start()
            self._store_waiting_statuses()

    def _review_after(self, review_id: int) -> int | None:
        """The review below (or, for the last row, above) ``review_id`` in the inbox."""
        row = self.model.row_of(review_id)
        if row is None:
            return None
        for candidate in (row + 1, row - 1):
            review = self.model.review_at(candidate) if candidate >= 0 else None
            if review is not None and review.id is not None:
                return review.id
        return None

    def _after_status_change(self, following: int | None) -> None:
        self.update_counts()
        row = self.model.row_of(following) if following is not None else None
        if row is not None:
            self.select_row(row)
        elif not self.model.rowCount():
            self.table.selectionModel().clearSelection()
            self._show_nothing()

    def _offer_undo(self, text: str, review_id: int) -> None:
        self.undo_label.setText(text)
        self.undo_label.show()
        self.undo_button.show()
        self.undo_action.setEnabled(True)
        self._undo_timer.start()

    def _hide_undo(self) -> None:
        self.undo_label.hide()
        self.undo_button.hide()
        self.undo_action.setEnabled(False)
        self._undo_snapshot = None

    def undo_status_change(self) -> None:
        """Put the last status change back and select that review again."""
        snapshot = self._undo_snapshot
        if snapshot is None:
            return
        self._hide_undo()
        restore_status(self.db, snapshot)
        self._changed_here[snapshot.review_id] = time.monotonic()
        self.statusBar().showMessage(
            self.tr("Undone: the review is “{status}” again.").format(
                status=status_label(snapshot.status)
            ),
            5000,
        )
        self.model.refresh(then=lambda: self._after_undo(snapshot.review_id))

    def _after_undo(self, review_id: int) -> None:
        self.update_counts()
        if self.model.row_of(review_id) is not None:
            self._select_review(review_id)
        else:
            self.show_review(review_id)  # the filters hide it: show it whatever they are

    def _remember_split(self) -> None:
        """The split the user chose comes back at the next start."""
        if self.closed:
            return
        sizes = self.splitter.sizes()
        if sizes != self.settings.inbox_split and all(sizes):
            self.settings = replace(self.settings, inbox_split=sizes)
            self.editor.settings = self.settings
            save_settings(self.db, self.settings)

    def _show_nothing(self) -> None:
        self.pane.show_review(None)
        self.editor.show_review(None)

    def _on_corrected(self, review_id: int) -> None:
        self.reload(keep_review=review_id)
        self.statusBar().showMessage(self.tr("Correction saved."), 3000)

    def _on_approval_changed(self, review_id: int) -> None:
        self.reload(keep_review=review_id)

    def _on_published(self, review_id: int) -> None:
        self.reload(keep_review=review_id)
        self.statusBar().showMessage(self.tr("Reply published."), 5000)

    def reload(self, keep_review: int | None = None) -> None:
        """Re-read the inbox after a change, keeping the selection where it was."""
        if keep_review is not None:
            review = get_review(self.db, keep_review)
            if review is not None and self.pane.review and self.pane.review.id == keep_review:
                self.pane.show_review(review, review_versions(self.db, keep_review))
            # approved or sent back on another PC: the note above the reply follows
            self.editor.refresh_approval(keep_review)
        self.model.refresh(then=self.update_counts)

    def update_counts(self) -> None:
        self._say_if_nothing_shown()
        # counted with the inbox's last query, on its thread (15-45 ms on 100,000 reviews)
        counts, overdue = self.model.status_counts, self.model.overdue
        waiting = self.model.waiting_for_approval
        owner = self.station.role == workstation.Role.OWNER
        self.waiting_button.setText(self.tr("Waiting for approval: {n}").format(n=waiting))
        self.waiting_button.setVisible(self.settings.approval_required and owner)
        if self.pages.currentWidget() is self.welcome:
            return  # nothing to count yet (show_inbox_or_welcome says so)
        self.counts.setText(
            # "label: number": reads right for any number in every language (no plural forms)
            self.tr("Shown: {shown} · new: {new} · open: {open} · overdue: {overdue}").format(
                shown=self.model.rowCount(),
                new=counts[Status.NEW],
                open=sum(counts[s] for s in OPEN_STATUSES),
                overdue=overdue,
            )
        )

    def _say_if_nothing_shown(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.loading
        if empty and self.filters.is_default():
            self.no_match.setText(
                self.tr(
                    "No review needs attention now. To see every review, choose “All reviews” "
                    "in the first list above."
                )
            )
        elif empty:
            self.no_match.setText(
                self.tr(
                    "No review matches the search and the filters. Press “Clear filters” to "
                    "see what needs attention."
                )
            )
        self.no_match.setVisible(empty)

    # -- the other PCs ------------------------------------------------------------
    def _on_live_change(self, ids: object) -> None:
        if self.closed:
            return
        if ids is None or self._live_ids is None:
            self._live_ids = None
        else:
            self._live_ids |= set(ids)  # type: ignore[call-overload]
        if not self._live_reload.isActive():
            self._live_reload.start()

    def _reload_live(self) -> None:
        """Re-read what another PC changed: the rows, the review shown and its reply.

        The selection, the scroll and what the user is typing stay as they are; a review
        that no longer matches the filters stays in the pane until the user moves on."""
        if self.closed:
            return
        ids, self._live_ids = self._live_ids, set()
        shown = self.selected_review_id()
        # (the re-read below reads the pages in view again: every row shown is fresh)
        self._holding = shown
        if shown is not None and (ids is None or shown in ids):
            fresh = get_review(self.db, shown)
            old = self.pane.review
            if fresh is not None and old is not None and _seen_differently(fresh, old):
                changed_here = time.monotonic() - self._changed_here.get(shown, -OWN_CHANGE_S)
                if (
                    fresh.status != old.status
                    and self.live.listening  # SQLite: this PC's own workers and checks
                    and changed_here >= OWN_CHANGE_S
                ):
                    self.statusBar().showMessage(
                        self.tr("Changed on another PC: this review is now “{status}”.").format(
                            status=status_label(fresh.status)
                        ),
                        8000,
                    )
                self.pane.show_review(fresh, review_versions(self.db, shown))
                highlight_in_editor(self.pane.text, self.search.text())
                self.editor.review = fresh
            self.editor.reply_changed_elsewhere(ids)

        def done() -> None:
            self._holding = None
            self.update_counts()

        self.model.refresh(then=done)

    def _sweep_presence(self) -> None:
        if not self.closed and self.model.replying and not self.model.loading:
            self.model.refresh(then=self.update_counts)

    def update_last_sync(self) -> None:
        """Who checked for reviews last, on any PC of the practice, and when."""
        if self.closed:
            return
        from clinicrep.store.live import is_connection_lost, last_sync_run

        try:
            run = last_sync_run(self.db)
        except Exception as e:  # the server away: the label keeps what it said
            if not is_connection_lost(e):
                raise
            log.info("last sync not read: %s", type(e).__name__)
            return
        if run is None or run.finished_at is None:
            self.last_sync.setText("")
            return
        from clinicrep.ui.inbox_model import short_date

        when = short_date(run.finished_at)  # the locale's: "4 груд. 2026, 05:24"
        if run.who == workstation.name():
            # this PC's own check (its window or the one while it is closed): no news, and on
            # one PC the name is the system account's ("root") until someone chose one
            self.last_sync.setText(self.tr("Last check: {time}").format(time=when))
            return
        self.last_sync.setText(
            self.tr("Last check: {name}, {time}").format(name=run.who, time=when)
        )

    def _say_store_problem(self, error: ClinicrepError) -> None:
        """A change that could not be stored (the server away): one sentence, no dialog."""
        from clinicrep.store.live import is_connection_lost

        if not is_connection_lost(error):
            raise error
        self.server_is_away()

    def server_is_away(self) -> None:
        """Something the user did met a lost connection (app.py's hook): a new one if the
        server answers, else the banner until the listener sees the server back."""
        from clinicrep.store.live import reconnect_if_lost

        try:
            reconnect_if_lost(self.db)
        except Exception as e:
            log.info("server away: %s", type(e).__name__)
            self.server_banner.show()
        self.statusBar().showMessage(user_message(_ConnectionLost()), 10_000)

    def _on_server_lost(self) -> None:
        if not self.closed:
            self.server_banner.show()

    def _on_server_back(self) -> None:
        if self.closed:
            return
        from clinicrep.store.live import reconnect_if_lost

        self.model.server_back()
        try:
            reconnect_if_lost(self.db, probe=True)
        except Exception as e:  # gone again already: the listener says so
            log.info("reconnect failed: %s", type(e).__name__)
            return
        self.server_banner.hide()
        self.editor.save_now()  # what was typed while the server was away
        self.update_last_sync()

    # -- sync ------------------------------------------------------------------
    def _on_sync_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Checking for reviews…"))
        self.progress.show()
        self.sync_button.setEnabled(False)

    def _on_sync_progress(self, p: SyncProgress) -> None:
        if self.closed:
            return
        if p.total_hint:
            self.progress.setRange(0, p.total_hint)
            self.progress.setValue(min(p.reviews, p.total_hint))
        self.progress.setFormat(
            self.tr("{source}: %n review(s)", "", p.reviews).format(source=p.source_name)
        )
        if not self._sync_reload.isActive():
            self._sync_reload.start()

    def check_now(self) -> None:
        """Check for new reviews; with nothing connected, say so at once: the check
        itself took 20 s and more on a busy PC before saying there was nothing to check."""
        if not self.sync.running:
            sources = list_sources(self.db)
            if not sources:
                self._say(self._nothing_connected())
                return
            nothing = self._nothing_checked(sources)
            if nothing:
                # ZnanyLekarz pasted every morning: "Up to date: no new reviews" said the
                # site had been looked at, and its new reviews were never added; the status
                # line cuts the sentence off under its counts, the banner says it whole
                self.statusBar().showMessage(nothing)
                self.monitoring.show_check_problems([nothing])
                return
        self.sync.sync_now()

    def _say(self, text: str, timeout: int = 0) -> None:
        """A sentence in the status line; one the line cuts off under its counts (Polish at
        1280 px: "…sprawdzanie zostało pominięte. Nowe opi") is said whole in the banner
        above the inbox as well, until Hide."""
        bar = self.statusBar()
        bar.showMessage(text, timeout)
        right = (self.progress, self.analysis_progress, self.counts, self.waiting_button)
        room = min((w.x() for w in (*right, self.last_sync) if w.isVisible()), default=bar.width())
        room -= 12  # the line's own margins
        if bar.fontMetrics().horizontalAdvance(text) > room:
            self.monitoring.show_note(text)

    def _nothing_connected(self) -> str:
        return self.tr(
            "Nothing is connected yet: connect a platform (File → Sources) or import "
            "a file of reviews (File → Import a file)."
        )

    def _nothing_checked(self, sources: list[Source]) -> str:
        """What a check says when no enabled source can be checked ("" when one can)."""
        enabled = [s for s in sources if s.enabled]
        if not enabled or any(s.checked_by_itself for s in enabled):
            return ""
        names = ", ".join(dict.fromkeys(s.name for s in enabled))
        return self.tr(
            "Nothing was checked: new reviews from {names} come in only when you paste them "
            "(File → Paste reviews…) or import a file. To have reviews checked for you, "
            "connect a platform (File → Sources)."
        ).replace("{names}", names)

    def _on_sync_finished(self, report: SyncReport) -> None:
        if self.closed:
            return
        self.progress.hide()
        self.sync_button.setEnabled(True)
        self._sync_reload.stop()
        self.update_last_sync()
        if report.busy_elsewhere is not None:
            from clinicrep.sync import busy_elsewhere_message

            self._say(busy_elsewhere_message(report.busy_elsewhere), 10_000)
            return
        self.reload(keep_review=self.selected_review_id())
        problems = [
            self.tr("{source}: {message}").format(
                source=r.source_name, message=user_message(r.error) if r.error else r.error_code
            )
            for r in report.failed
        ]
        # the status line cuts a long sentence off under its counts: the banner says it whole
        self.monitoring.show_check_problems(problems)
        if problems:
            self.statusBar().showMessage(" · ".join(problems))
        elif not list_sources(self.db):
            # "Up to date: 0 new" with nothing connected told the user nothing
            self._say(self._nothing_connected())
        elif report.inserted or report.updated:
            text = self.tr("Up to date: %n new review(s).", "", report.inserted)
            if report.updated:
                text = then_text(
                    text, self.tr("Changed on the platform: {n}.").format(n=report.updated)
                )
            self.statusBar().showMessage(text, 8000)
        else:
            nothing = self._nothing_checked(list_sources(self.db))
            if nothing:
                self.statusBar().showMessage(nothing)
            else:
                self.statusBar().showMessage(self.tr("Up to date: no new reviews."), 8000)
        self._reload_charts_if_shown()
        self.sync_done(report)

    def _reload_charts_if_shown(self) -> None:
        """New reviews or verdicts: the chart pane re-reads them if it is the tab in view."""
        if self._charts is not None and self.tabs.currentWidget() is self._charts:
            self._charts.reload()  # type: ignore[attr-defined]

    def sync_done(self, report: SyncReport) -> None:
        """After a sync: look for spikes and urgent reviews among what arrived."""
        self.check_alerts()
        self.refresh_monitoring()

    def check_alerts(self) -> None:
        raise_alerts_in_background(self, self.db.path, self.settings, self._on_new_alerts)

    def _on_new_alerts(self, alerts: list) -> None:
        if self.closed:  # a background check that ended after the window closed
            return
        self.banner.refresh()
        self.tray.notify(alerts)

    def show_review(self, review_id: int) -> None:
        """Bring one review into view (from an alert), whatever the filters were."""
        row = self.model.row_of(review_id)
        if row is None:
            self.filters.search.clear()
            self.filters.view.setCurrentIndex(self.filters.view.findData("all"))
            for combo in (
                self.filters.location,
                self.filters.platform,
                self.filters.stars,
                self.filters.sentiment,
                self.filters.topic,
                self.filters.aspect,
                self.filters.period,
            ):
                combo.setCurrentIndex(0)
            self.apply_filters(then=lambda: self._select_review(review_id))
            return
        self._select_review(review_id)

    def _select_review(self, review_id: int) -> None:
        row = self.model.row_of(review_id)
        if row is not None:
            self.tabs.setCurrentWidget(self.splitter)
            self.select_row(row)

    def _on_sync_failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        if self._sync_reload.isActive():  # pages stored before the failure stay: show them
            self._sync_reload.stop()
            self.reload(keep_review=self.selected_review_id())
        self._say(user_message(error))

    # -- analysis brought up to date after an upgrade (ui/reanalysis.py) ---------
    def update_analysis(self) -> None:
        """Re-analyse, in the background, the reviews that older rules analysed."""
        if not self.closed:
            self.reanalysis.start()

    def update_stale_analysis(self) -> None:
        """A setting the analysis reads changed (a source's language): its reviews, marked
        stale by the store, are analysed again now, in the background, not at the next
        start or sync; the inbox is re-read when that ends."""
        if not self.closed:
            self.reanalysis.restart()

    def _on_reanalysis_progress(self, done: int, total: int) -> None:
        if self.closed:
            return
        self.analysis_progress.setRange(0, max(total, 1))
        self.analysis_progress.setValue(done)
        self.analysis_progress.setFormat(self.tr("Updating the analysis… %p%"))
        # The inbox is re-read once, at the end: the analysis keeps a core's worth of Python
        # busy, and re-reading (painting) the inbox meanwhile would get only half of the GIL:
        # 100-160 ms pauses of the window, every second, on a 100,000-review store.
        self.analysis_progress.show()

    def _on_reanalysis_finished(self, count: int) -> None:
        if self.closed:
            return
        self.analysis_progress.hide()
        if not count:
            return
        self.reload(keep_review=self.selected_review_id())
        self._reload_charts_if_shown()
        self._say(
            self.tr("Analysis brought up to date for %n review(s).", "", count),
            8000,
        )
        self.check_alerts()

    def _on_reanalysis_failed(self, error: BaseException) -> None:
        if self.closed:
            return
        self.analysis_progress.hide()
        self._say(user_message(error))

    # -- import ------------------------------------------------------------------
    def import_file(self) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QFileDialog

        from clinicrep import paths
        from clinicrep.ui.import_dialog import run_import

        # the picker opens where people keep what they saved from a website: Documents
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportDialog", "Import reviews"),
            str(paths.documents_dir()),
            # the same kinds of file as the importer reads: a saved .xlsx was hidden here
            QCoreApplication.translate(
                "ImportDialog",
                "Review exports (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)",
            ),
        )
        if chosen and run_import(self, self.db, Path(chosen)):
            self.sources_changed()

    def paste_reviews(self, platform: Platform | None = None) -> None:
        from clinicrep.pasting import paste_summary
        from clinicrep.ui.paste_dialog import run_paste

        report = run_paste(self, self.db, platform)
        if report is not None:
            filed = self.sources_changed()
            message = paste_summary(report)
            if filed:
                message = then_text(message, self._filed_as_history(filed))
            self._say(message, 60_000 if filed else 10_000)

    def add_offline_feedback(self) -> None:
        from clinicrep.ui.manual_dialog import ManualEntryDialog

        dialog = ManualEntryDialog(self.db, self)  # it stores the feedback itself
        if dialog.exec() == ManualEntryDialog.DialogCode.Accepted and dialog.review is not None:
            self.sources_changed()
            if dialog.review.id is not None:
                self.show_review(dialog.review.id)

    # -- sources -----------------------------------------------------------------
    def open_sources(self) -> None:
        from clinicrep.ui.sources_dialog import SourcesDialog

        dialog = SourcesDialog(self.db, self)
        dialog.sources_changed.connect(self.sources_changed)
        dialog.sync_requested.connect(lambda: self.sync.sync_now())
        dialog.analysis_stale.connect(self.update_stale_analysis)
        dialog.exec()
        self._show_practice_shape()  # locations named from the dialog's "Locations…"
        self.apply_filters()

    def sources_changed(self) -> int:
        """After an import, a paste or a new source: the inbox again, and the status line says
        where the reviews went. Returns how many imported reviews were filed as history."""
        from clinicrep.store.reviews import mark_imported_history

        # after an import: last year's reviews in the file are history, not emergencies
        filed = mark_imported_history(self.db, self.settings.imported_history_days)
        status = self.statusBar()
        if filed:
            # 500 reviews imported and an empty inbox: say where they are, whole in the
            # banner too (the status line cut it at "a nie w „Wymagające u" in Polish)
            status.showMessage(self._filed_as_history(filed), 60_000)
            self.monitoring.show_note(self._filed_as_history(filed))
        elif status.currentMessage() == self._nothing_connected() and list_sources(self.db):
            status.clearMessage()  # "import a file", said at the start, is done now
        self.show_inbox_or_welcome()
        self.reload(keep_review=self.selected_review_id())
        # the first import fills an empty inbox: show its first review at once
        self.model.refresh(then=self._select_first_if_none)
        return filed

    def _filed_as_history(self, filed: int) -> str:
        return self.tr(
            "%n imported review(s) written more than {days} days before the import are kept "
            "as history, not in “Needs attention”: choose “Imported history” or “All reviews” "
            "in the first list above to see them.",
            "",
            filed,
        ).format(days=self.settings.imported_history_days)

    def _select_first_if_none(self) -> None:
        self.update_counts()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.select_row(0)

    # -- settings ----------------------------------------------------------------
    def open_templates(self) -> None:
        from clinicrep.guidelines.templates import reply_language
        from clinicrep.ui.templates_dialog import TemplatesDialog

        review = self.editor.review  # the templates of the review she is answering come first
        language = reply_language(review) if review is not None else None
        TemplatesDialog(self.db, self, language=language).exec()
        self.editor.show_review(self.editor.review)  # a changed template may be the one in use

    def open_settings(self) -> None:
        from clinicrep.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings, self, installer=self.monitor_installer, db_path=self.db.path
        )
        dialog.database.export_requested.connect(self.export_copy)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply_workstation(dialog.this_pc.result_workstation())
        self.apply_settings(dialog.result_settings())
        if dialog.store_changed:
            self._offer_store_switch(on_server=dialog.database.reviews_on_server())

    def _offer_store_switch(self, *, on_server: int | None = None) -> None:
        """Settings > Database names another store: reopen the window on it now, or later.
        From this PC's own store to an empty server: the reviews may be copied there first;
        to one that holds reviews (``on_server``, as Test connection found; another PC moved
        its reviews there) only opening it is offered: a copy is made only into an empty one."""
        from clinicrep.store import chosen_store
        from clinicrep.store.reviews import count_reviews

        if chosen_store.chosen_by_this_run():
            return  # --db / CLINICREP_DB decide this run; the choice applies next time
        chosen = chosen_store.current_location()
        where = chosen_store.describe(chosen)
        reviews = count_reviews(self.db)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Database"), "", parent=self)
        box.setObjectName("storeSwitch")
        copy_button = None
        from_this_pc = getattr(self.db, "dialect", "sqlite") == "sqlite" and reviews
        back_home = not chosen_store.is_shared(chosen) and not from_this_pc and reviews
        if back_home:
            # from the server to this PC's own file: the file holds what it held when this
            # PC last used it; the work done on the server since is only on the server
            box.setText(
                self.tr(
                    "Copy the shared database's {count} reviews (with their drafts, replies and "
                    "settings) into this PC's file, then open the window on it? The file as it "
                    "is now is kept in the backups folder first. Without copying, the file shows "
                    "the reviews as they were when this PC last used it, and what was done on "
                    "the shared database since is not in it."
                ).format(count=reviews)
            )
            copy_button = box.addButton(
                self.tr("Copy here, then open"), QMessageBox.ButtonRole.AcceptRole
            )
            open_button = box.addButton(
                self.tr("Open without copying"), QMessageBox.ButtonRole.ActionRole
            )
        elif chosen_store.is_shared(chosen) and from_this_pc and on_server:
            box.setText(
                self.tr(
                    "The shared database ({where}) already holds {held} reviews of the "
                    "practice, so this PC's "
                    "{count} reviews are not copied there; they stay in this PC's file. Open "
                    "the window on the shared reviews now?"
                ).format(where=where, held=on_server, count=reviews)
            )
            open_button = box.addButton(self.tr("Open now"), QMessageBox.ButtonRole.AcceptRole)
        elif chosen_store.is_shared(chosen) and from_this_pc:
            box.setText(
                self.tr(
                    "Copy this PC's {count} reviews (with their drafts, replies and settings) "
                    "to {where}, then open the window on it? This PC's file is kept as it is. "
                    "The copy is made only into an empty database."
                ).format(count=reviews, where=where)
            )
            copy_button = box.addButton(
                self.tr("Copy, then open"), QMessageBox.ButtonRole.AcceptRole
            )
            open_button = box.addButton(
                self.tr("Open without copying"), QMessageBox.ButtonRole.ActionRole
            )
        else:
            box.setText(
                self.tr(
                    "Open the window on {where} now? Your draft is saved first. Otherwise "
                    "clinicrep uses it from the next start."
                ).format(where=where)
            )
            open_button = box.addButton(self.tr("Open now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("At the next start"), QMessageBox.ButtonRole.RejectRole)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        going = clicked is open_button or (copy_button is not None and clicked is copy_button)
        if going and chosen_store.is_shared(chosen):
            # the other PCs see who replies from here: asked now, not at the next start
            # (this PC went on as its login name, "root" on the others' screens)
            from clinicrep.ui.this_pc_settings import ask_name_on_shared_store

            ask_name_on_shared_store(True, self)
        if clicked is open_button:
            self.store_switch_requested.emit()
        elif copy_button is not None and clicked is copy_button:
            self._copy_then_switch(chosen)

    def _copy_then_switch(self, target: object) -> None:
        """This PC's reviews onto the server (store.move, on a worker), then reopen there."""
        from PySide6.QtWidgets import QProgressDialog

        from clinicrep.messages import user_message
        from clinicrep.store.move import move_store
        from clinicrep.ui.workers import Op

        self.sync.timer.stop()
        self.sync.cancel()
        source = self.db.path
        home = isinstance(target, Path)  # the server's reviews into this PC's own file
        waiting = QProgressDialog(self)
        waiting.setObjectName("copyToServer")
        waiting.setWindowTitle(self.tr("Database"))
        waiting.setRange(0, 0)
        waiting.setCancelButton(None)  # type: ignore[arg-type]
        waiting.setLabelText(
            self.tr("Copying the reviews to this PC…")
            if home
            else self.tr("Copying the reviews to the server…")
        )
        waiting.setModal(True)
        waiting.show()
        self._copy_progress = waiting

        def work(progress: object) -> object:
            # into this PC's file: what it held is kept aside in the backups folder first
            return move_store(source, target, replace=home, progress=progress)  # type: ignore[arg-type]

        def done(report: object) -> None:
            waiting.close()
            if self.closed:
                return
            QMessageBox.information(self, self.tr("Database"), report.summary())  # type: ignore[attr-defined]
            self.store_switch_requested.emit()

        def failed(error: BaseException) -> None:
            waiting.close()
            if self.closed:
                return
            self.sync.schedule(self.settings.sync_interval_minutes)
            held = getattr(error, "params", {}).get("count")
            if getattr(error, "code", "") == "move_target_not_empty" and isinstance(held, int):
                # the server filled up since the test (another PC moved its reviews there)
                text = self.tr(
                    "Nothing was copied: the server already holds {held} reviews of the "
                    "practice. The window stays on this PC's database for now; restart "
                    "clinicrep to open the shared reviews."
                ).format(held=held)
            elif home:
                text = self.tr(
                    "Nothing was copied and the window stays on the shared database. {reason}"
                ).format(reason=user_message(error))
            else:
                text = self.tr(
                    "Nothing was copied and the window stays on this PC's database. {reason}"
                ).format(reason=user_message(error))
            QMessageBox.warning(self, self.tr("Database"), text)

        Op(self, work).on_progress(lambda text: waiting.setLabelText(str(text))).on_success(
            done
        ).on_failure(failed).start()

    def show_local_for_now(self, shared: object) -> None:
        """This run uses this PC's own store: the shared one could not be used at the start."""
        from clinicrep.store import chosen_store

        note = QLabel(
            self.tr(
                "This PC's own database, for now: {where} could not be used. What you write "
                "stays on this PC; restart clinicrep to try the shared database again."
            ).format(where=chosen_store.describe(shared))  # type: ignore[arg-type]
        )
        note.setObjectName("localForNow")
        note.setWordWrap(True)
        note.setStyleSheet("color: #8a5a00;")
        self.local_for_now = note
        self.statusBar().insertWidget(0, note, 1)

    def export_copy(self) -> None:
        """File > Export a copy…: the whole store into a SQLite file (any store)."""
        from clinicrep.ui.database_settings import export_copy

        export_copy(self, self.db.path)

    def apply_workstation(self, station: workstation.Workstation) -> None:
        """This PC's name and role, as chosen in Settings -> This PC (kept in its config)."""
        if station == self.station:
            return
        if station.chosen:
            self.station = workstation.choose(station.name, station.role)
        self.editor.station = self.station
        self.editor.show_review(self.editor.review)  # its buttons follow the role
        self.update_counts()

    def open_locations(self) -> None:
        from clinicrep.ui.locations_dialog import LocationsDialog

        LocationsDialog(self.db, self).exec()
        self._show_practice_shape()
        self.apply_filters()

    def apply_settings(self, settings: Settings) -> None:
        """Save and apply at once, without a restart."""
        old = self.settings
        save_settings(self.db, settings)
        self.settings = settings
        self.editor.settings = settings
        self.model.answer_clock = answer_clock(settings)
        self.sync.schedule(settings.sync_interval_minutes)
        self._apply_monitoring_entries(old, settings)
        if settings.approval_required != old.approval_required:
            self._show_approval_setting(settings.approval_required)
            self.editor.show_review(self.editor.review)
        apply_theme(settings.theme)
        self.reload(keep_review=self.selected_review_id())
        if settings.learning_enabled != old.learning_enabled:
            self._learning_switched()
        if settings.ui_language != old.ui_language:
            self.language_changed.emit(settings.ui_language)

    def _learning_switched(self) -> None:
        """The learned model on or off: every review is analysed again with or without it."""
        from clinicrep.analysis.practice import install_from_store
        from clinicrep.ui.learning_settings import analyse_again
        from clinicrep.ui.workers import Op

        install_from_store(self.db)
        db_path = self.db.path
        Op(self, lambda _p: analyse_again(db_path)).on_success(
            lambda _n: None if self.closed else self.reload(keep_review=self.selected_review_id())
        ).start()

    # -- monitoring (checks while the window is closed; monitoring/) -------------
    def _show_monitoring_on_start(self) -> None:
        """Reviews that arrived while the window was closed, and whether checks still work."""
        from clinicrep.store.outbox import reviews_since_last_looked

        self.monitoring.show_new_since_last_looked(reviews_since_last_looked(self.db))
        self.refresh_monitoring()
        # a write, three round trips on a server: after the first paint (or at closing,
        # for a window closed before it: ``_record_look_at_close``)
        self._look_pending = True
        self.first_paint.later(lambda: self._once_store_checked(self._record_look))

    def _record_look(self) -> None:
        """The user looked at the inbox: what arrives from now on is new for the next start
        and for the unattended checks' e-mail."""
        from clinicrep.store.outbox import mark_looked

        mark_looked(self.db)
        self._look_pending = False

    def _record_look_at_close(self) -> None:
        """A window closed before its start-up wrote the look still counts as one, unless
        the store cannot take the write at once: nothing is written while an import holds
        the file or the store's integrity check still runs (it would run on this thread
        first, seconds on a big store), and another program's write is waited for 50 ms at
        most. Not recorded, the reviews are said again as new at the next start."""
        if not self._look_pending or self.db.check_pending or self.db.storing_an_import():
            return
        self._look_pending = False
        try:
            with self.db.waiting_at_most(SHORT_WRITE_WAIT_S):
                self._record_look()
        except ClinicrepError as exc:  # held by another program, or damaged
            log.info("the look was not recorded at closing: %s", type(exc).__name__)

    def _once_store_checked(self, write: Callable[[], None]) -> None:
        """A small write at start-up, once the store's integrity check (off-thread) has passed
        and no import holds the file.

        Writing now would make the GUI thread wait for that check (0.5 s on a big store).
        """
        if self.closed or self._closing:
            return
        if self.db.check_pending or self.db.storing_an_import():
            # (an import holding the file: the write waited the busy timeout, frozen)
            QTimer.singleShot(200, self, lambda: self._once_store_checked(write))
            return
        try:
            # another program holding the file (a write of another window, a command): a
            # short wait, then a later try; the busy timeout froze the window 5 s after its
            # first paint, with a dialog's "not added" message queued behind it
            with self.db.waiting_at_most(SHORT_WRITE_WAIT_S):
                write()
        except DatabaseLocked:
            QTimer.singleShot(1000, self, lambda: self._once_store_checked(write))
        except ClinicrepError:  # a damaged file: the app offers the way out
            pass

    def refresh_monitoring(self) -> None:
        self.monitoring.refresh(self.db, self.settings)
        self.tray.show_health(self.monitoring.health_lines, self.monitoring.stale_text)

    def _apply_monitoring_entries(self, old: Settings, new: Settings) -> None:
        """Install or remove the OS entries when their checkboxes (or the interval) changed."""
        from clinicrep.monitoring.install import SchedulerError, apply_monitoring

        if (old.monitor_enabled, old.monitor_interval_minutes, old.start_in_tray) == (
            new.monitor_enabled,
            new.monitor_interval_minutes,
            new.start_in_tray,
        ):
            return
        try:
            apply_monitoring(
                monitor_enabled=new.monitor_enabled,
                interval_minutes=new.monitor_interval_minutes,
                start_in_tray=new.start_in_tray,
                installer=self.monitor_installer,  # type: ignore[arg-type]
            )
        except SchedulerError as e:
            self._monitoring_failed(e)
        except OSError as e:  # writing the entry's file (a full disk, a read-only folder)
            QMessageBox.warning(
                self,
                self.tr("Monitoring"),
                self.tr(
                    "The checks without the window could not be set up: the file {path} could "
                    "not be written ({reason}). The window still checks while it is open."
                ).format(path=e.filename or "", reason=e.strerror or type(e).__name__),
            )

    def _monitoring_failed(self, error: object) -> None:
        """What failed, and the exact command, to try by hand or show to someone who helps."""
        command = str(getattr(error, "command", ""))
        if getattr(error, "program_missing", False):
            text = self.tr(
                "The checks without the window could not be set up: this computer has no "
                "“{program}” program. The window still checks while it is open."
            ).format(program=command.split(" ")[0])
        else:
            text = self.tr(
                "The checks without the window could not be set up: the system refused the "
                "command below ({output}). The window still checks while it is open."
            ).format(output=getattr(error, "output", "") or getattr(error, "returncode", ""))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Monitoring"), text, parent=self)
        box.setObjectName("monitoringFailed")
        box.setInformativeText(self.tr("Command: {command}").format(command=command))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _show_from_tray(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def restore_from_backup(self) -> None:
        """Pick a backup and, once confirmed, ask the app to put it in place of the store."""
        from clinicrep.ui.store_recovery import choose_backup

        backup = choose_backup(self, self.db.path.parent / "backups", from_menu=True)
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the reviews, drafts and settings with the chosen copy? The data as it "
                "is now is kept as a copy first, so this can be undone."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(str(backup))

    def show_guide(self) -> None:
        from clinicrep.ui.help_dialogs import UserGuideDialog

        UserGuideDialog(self).exec()

    def show_shortcuts(self) -> None:
        from clinicrep.ui.help_dialogs import ShortcutsDialog

        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        ShortcutsDialog(actions, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About clinicrep"),
            self.tr(
                "clinicrep {version}\n\nReviews of your practice from every platform, answered "
                "well and in time. Your data stays on this computer."
            ).format(version=__version__),
        )

    def _keep_typed_reply(self) -> bool:
        """The reply typed here could not be stored (the shared server is away, or another
        program holds this PC's file): closing would lose it. True: close anyway (or it was
        stored after all); False: the window stays open, and the reply is saved later."""
        from clinicrep.store.live import is_connection_lost

        held = not is_connection_lost(self.editor.not_saved_because)
        if held:
            # a one-PC practice's file, held by a program we cannot name (the message says
            # who when a check for new reviews holds it): no "server" to wait for
            cause = self.editor.not_saved_because or DatabaseLocked("")
            text = self.tr(
                "The reply you typed is not saved: {cause}\n\nIf you close the window now, "
                "the reply is lost. Once the other program is done, press Try again."
            ).format(cause=user_message(cause))
        else:
            text = self.tr(
                "The reply you typed is not saved: the connection to the shared database "
                "server is lost. If you close the window now, the reply is lost. Keep the "
                "window open until the server is back; the reply is saved then by itself."
            )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Reply not saved"), text, parent=self)
        box.setObjectName("replyNotSaved")
        again = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        again.setVisible(held)
        keep = box.addButton(self.tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close and lose the reply"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(again if held else keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is again:
            self.editor.save_now()
            return not self.editor.not_saved or self._keep_typed_reply()
        return box.clickedButton() is not keep

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.save_now()
        if self.editor.not_saved and not self._keep_typed_reply():
            event.ignore()
            return
        self._closing = True  # (the question below runs the event loop: no start-up work)
        self.first_paint.cancel()  # a sync or a check put off to the first paint: never now
        if self._status_waiting:  # chosen during an import: stored now, or at the next start
            self._status_retry.stop()
            self._store_waiting_statuses(closing=True)
        self.editor.release()  # the other PCs no longer see "… is replying"
        self.live.stop()
        self._live_reload.stop()
        self._presence_sweep.stop()
        if self._split_save.isActive():
            self._split_save.stop()
            self._remember_split()
        self._record_look_at_close()
        self.closed = True
        self.editor.closed = True
        self.editor.stop_ai_draft()
        self.sync.timer.stop()
        self.sync.cancel()
        self.reanalysis.stop()
        self._sync_reload.stop()
        self.filters.stop_pending()
        self.model.close()  # a query still running finds nothing to update
        event.accept()
