"""The main window: inbox on the left, the selected review on the right."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
)

from clinicrep import __version__
from clinicrep.model import OPEN_STATUSES, Status
from clinicrep.settings import Settings, load_settings
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, count_by_status, count_overdue
from clinicrep.store.reviews import get_review, review_versions, set_status
from clinicrep.ui.icons import app_icon
from clinicrep.ui.inbox_model import Column, InboxModel
from clinicrep.ui.review_pane import ReviewPane

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120

# the status filter's entries: (key, statuses, overdue)
_VIEWS = ("attention", "all", "new", "in_progress", "answered", "escalated", "dismissed", "overdue")
# keys that set a status on the selected review (shown in the Review menu)
STATUS_KEYS = {
    Status.NEW: "Ctrl+1",
    Status.IN_PROGRESS: "Ctrl+2",
    Status.ANSWERED: "Ctrl+3",
    Status.ESCALATED: "Ctrl+4",
    Status.DISMISSED: "Ctrl+5",
}


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, demo: bool = False) -> None:
        super().__init__()
        self.db = db
        self.settings: Settings = load_settings(db)
        self.setWindowTitle(
            self.tr("clinicrep — demo data") if demo else self.tr("clinicrep")
        )
        self.setWindowIcon(app_icon())
        self.resize(1280, 760)

        self.model = InboxModel(db, self)
        self.model.answer_target_hours = self.settings.answer_target_hours
        self.model.answer_limit_hours = self.settings.answer_limit_hours

        self.table = QTableView()
        self.table.setObjectName("inbox")
        self.table.setAccessibleName(self.tr("Inbox of reviews"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            Column.URGENCY, Qt.SortOrder.DescendingOrder
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.PLATFORM, 120), (Column.STARS, 90), (Column.DATE, 130),
            (Column.AUTHOR, 120), (Column.SENTIMENT, 80), (Column.TOPICS, 140),
            (Column.URGENCY, 70), (Column.STATUS, 100), (Column.TIME_LEFT, 100),
        ):
            self.table.setColumnWidth(column, width)

        self.pane = ReviewPane()
        self.pane.status_change_requested.connect(self.change_status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        self._build_toolbar()
        self._build_menus()
        self._build_shortcuts()

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.apply_filters()

    # -- building -------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Filters"))
        bar.setObjectName("filters")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.view_filter = QComboBox()
        self.view_filter.setAccessibleName(self.tr("Show"))
        labels = {
            "attention": self.tr("Needs attention"),
            "all": self.tr("All reviews"),
            "new": self.tr("New"),
            "in_progress": self.tr("In progress"),
            "answered": self.tr("Answered"),
            "escalated": self.tr("Escalated"),
            "dismissed": self.tr("Dismissed"),
            "overdue": self.tr("Overdue"),
        }
        for key in _VIEWS:
            self.view_filter.addItem(labels[key], key)
        self.view_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addWidget(QLabel(self.tr("Show:") + " "))
        bar.addWidget(self.view_filter)
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search reviews (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search reviews"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        bar.addWidget(self.search)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
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

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
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

    # -- behaviour ------------------------------------------------------------
    def current_query(self) -> ReviewQuery:
        key = self.view_filter.currentData()
        base = self.model.query
        statuses: tuple[Status, ...]
        overdue = None
        if key == "attention":
            statuses = OPEN_STATUSES
        elif key == "all":
            statuses = ()
        elif key == "overdue":
            statuses = OPEN_STATUSES
            overdue = self.settings.answer_limit_hours
        else:
            statuses = (Status(key),)
        return replace(
            base,
            statuses=statuses,
            overdue_after_hours=overdue,
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.current_query())
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.select_row(0)
        elif not self.model.rowCount():
            self.pane.show_review(None)
        self.update_counts()

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
        review = self.model.review_at(current.row()) if current.isValid() else None
        if review is None or review.id is None:
            self.pane.show_review(None)
            return
        fresh = get_review(self.db, review.id) or review
        self.pane.show_review(fresh, review_versions(self.db, review.id))

    def _set_current_status(self, status: Status) -> None:
        review_id = self.selected_review_id()
        if review_id is not None:
            self.change_status(review_id, status)

    def change_status(self, review_id: int, status: Status) -> None:
        set_status(self.db, review_id, status)
        self.reload(keep_review=review_id)
        self.statusBar().showMessage(self.tr("Status changed."), 3000)

    def reload(self, keep_review: int | None = None) -> None:
        """Re-read the inbox after a change, keeping the selection where it was."""
        self.model.refresh()
        if keep_review is not None:
            review = get_review(self.db, keep_review)
            if review is not None and self.pane.review and self.pane.review.id == keep_review:
                self.pane.show_review(review, review_versions(self.db, keep_review))
        self.update_counts()

    def update_counts(self) -> None:
        counts = count_by_status(self.db)
        overdue = count_overdue(self.db, self.settings.answer_limit_hours)
        self.counts.setText(
            self.tr("{shown} shown · {new} new · {open} open · {overdue} overdue").format(
                shown=self.model.rowCount(),
                new=counts[Status.NEW],
                open=sum(counts[s] for s in OPEN_STATUSES),
                overdue=overdue,
            )
        )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About clinicrep"),
            self.tr(
                "clinicrep {version}\n\nReviews of your practice from every platform, answered "
                "well and in time. Your data stays on this computer."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()

