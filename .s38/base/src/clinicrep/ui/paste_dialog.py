"""Paste reviews: what the user copied off a review page, split into reviews, shown in an
editable grid (fix a date, a rating, an author, a text, a reply; merge, split or delete
rows), and stored only when the user confirms.

The parsing is ``sources.paste`` (a big paste is read on a worker); the storing is
``pasting.store_pasted`` on a worker with its own connection. On any error the dialog
stays open with everything that was pasted and edited.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicrep.labels import SOURCE_LANGUAGES, language_label, platform_label
from clinicrep.messages import user_message
from clinicrep.model import Platform, SourceKind
from clinicrep.pasting import PasteReport, store_pasted
from clinicrep.sources.csv_values import clean_line, clean_text
from clinicrep.sources.paste import (
    PastedReview,
    PasteResult,
    parse_date_text,
    parse_paste,
    plain_text,
    review_ids,
)
from clinicrep.store import open_database
from clinicrep.store.db import Database
from clinicrep.store.sources import list_sources
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.unsaved_question import ask_about_unsaved
from clinicrep.ui.workers import Op, Progress

# What the paste can come from: the sites with no API first, then the rest.
PASTE_PLATFORMS = (
    Platform.ZNANYLEKARZ, Platform.PRODOCTOROV, Platform.YANDEX, Platform.TWOGIS,
    Platform.DOCUA, Platform.HELSI, Platform.DIANPING, Platform.GOOGLE, Platform.RATEMDS,
    Platform.OTHER,
)  # fmt: skip
BACKGROUND_CHARS = 100_000  # a paste longer than this is read on a worker
DATE, RATING, AUTHOR, TEXT, REPLY = range(5)
PREVIEW_CHARS = 300  # a cell shows the beginning; the editors below show all


def _format_date(review: PastedReview) -> str:
    if review.created is None:
        return ""
    moment = review.created
    shown = moment.strftime(
        "%Y-%m-%d" if (moment.hour, moment.minute) == (0, 0) else "%Y-%m-%d %H:%M"
    )
    return f"≈ {shown}" if review.approximate else shown


class PasteTableModel(QAbstractTableModel):
    """The pasted reviews as rows; every cell editable, checked as it is typed."""

    problem = Signal(str)  # a value the user typed that cannot be used, as a sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PastedReview] = []
        self.now = datetime.now()

    def set_reviews(self, reviews: list[PastedReview]) -> None:
        self.beginResetModel()
        self.rows = [replace(r) for r in reviews]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Rating"),
            self.tr("Author"),
            self.tr("Review text"),
            self.tr("Practice's reply"),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        review = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return _format_date(review) or self.tr("no date")
            if column == RATING:
                return "★" * review.rating + "☆" * (5 - review.rating) if review.rating else "—"
            if column == AUTHOR:
                return review.author
            text = review.text if column == TEXT else review.reply
            return " ".join(text.split())[:PREVIEW_CHARS]
        if role == Qt.ItemDataRole.EditRole:
            if column == DATE:
                return _format_date(review)
            if column == RATING:
                return review.rating or 0
            return (review.author, review.text, review.reply)[column - AUTHOR]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DATE and review.created is None:
                return self.tr(
                    "No date was found: the review will be dated today. Double-click to enter it."
                )
            if column == DATE and review.approximate:
                return self.tr(
                    "The page said how long ago, not the date: this date is approximate."
                )
            if column in (TEXT, REPLY):
                text = (review.text if column == TEXT else review.reply)[:2000]
                # a tooltip that starts with a tag is shown as HTML: escaped, it stays text
                return f'<p style="white-space: pre-wrap">{html.escape(text)}</p>' if text else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == DATE
            and (review.created is None or review.approximate)
        ):
            return QBrush(QColor("#9a6700"))
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        review = self.rows[index.row()]
        column = index.column()
        if column == DATE:
            text = str(value or "").strip()
            if not text:
                review.created, review.approximate = None, False
            else:
                parsed = parse_date_text(text, self.now)
                if parsed is None:
                    self.problem.emit(
                        self.tr(
                            "“{value}” is not a date clinicrep can read; try 2026-11-23."
                        ).format(value=text)
                    )
                    return False
                review.created, review.approximate = parsed
        elif column == RATING:
            try:
                stars = int(value or 0)
            except (TypeError, ValueError):
                stars = -1
            if not 0 <= stars <= 5:
                self.problem.emit(self.tr("A rating is 1 to 5 stars, or 0 for none."))
                return False
            review.rating = stars or None
        elif column == AUTHOR:
            review.author = " ".join(str(value or "").split())
        elif column == TEXT:
            review.text = str(value or "")  # as typed: trimmed when stored, not mid-word
        else:
            review.reply = str(value or "")
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REPLY))
        return True

    # -- row operations ----------------------------------------------------------
    def merge_with_next(self, row: int) -> bool:
        """Row ``row`` and the one below become one review (texts and replies joined)."""
        if not 0 <= row < len(self.rows) - 1:
            return False
        first, second = self.rows[row], self.rows[row + 1]
        first.text = "\n\n".join(t for t in (first.text, second.text) if t)
        first.reply = "\n\n".join(t for t in (first.reply, second.reply) if t)
        first.author = first.author or second.author
        first.rating = first.rating or second.rating
        if first.created is None:
            first.created, first.approximate = second.created, second.approximate
        self.beginRemoveRows(QModelIndex(), row + 1, row + 1)
        del self.rows[row + 1]
        self.endRemoveRows()
        self.dataChanged.emit(self.index(row, 0), self.index(row, REPLY))
        return True

    def split(self, row: int, position: int) -> bool:
        """Row ``row``'s text is cut at ``position``: what follows becomes a review of its own
        (read again for an author, a date and a rating)."""
        if not 0 <= row < len(self.rows):
            return False
        review = self.rows[row]
        head, tail = review.text[:position].strip(), review.text[position:].strip()
        if not head or not tail:
            return False
        found = parse_paste(None, tail, now=self.now).reviews
        new = found[0] if len(found) == 1 else PastedReview(text=tail)
        review.text = head
        self.dataChanged.emit(self.index(row, 0), self.index(row, REPLY))
        self.beginInsertRows(QModelIndex(), row + 1, row + 1)
        self.rows.insert(row + 1, new)
        self.endInsertRows()
        return True

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()

    def add_empty(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(PastedReview())
        self.endInsertRows()
        return len(self.rows) - 1

    def reviews(self) -> list[PastedReview]:
        """The rows to store: trimmed, the empty ones left out."""
        return [
            replace(
                r, author=clean_line(r.author), text=clean_text(r.text), reply=clean_text(r.reply)
            )
            for r in self.rows
            if not r.is_empty()
        ]


class _RatingDelegate(QStyledItemDelegate):
    """Stars as a 0..5 box (0: no rating)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, 5)
        box.setSpecialValueText(QCoreApplication.translate("PasteDialog", "no rating"))
        box.setSuffix(" ★")
        return box


class PasteDialog(QDialog):
    """Check the reviews found in the clipboard, then add them to the inbox."""

    stored = Signal(object)  # PasteReport, after the reviews are in the store

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        html: str | None = None,
        text: str | None = None,
        platform: Platform | None = None,
        source_names: dict[Platform, str] | None = None,
        own_names: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        # the practice's own account in a pasted chat: its messages are answers, not reviews
        self.own_names = own_names
        self.setWindowTitle(self.tr("Paste reviews"))
        # the name each site's last paste went to, so the next one joins the same source
        self.source_names = source_names or {}
        self.resize(980, 640)
        self.db_path = db_path
        self.report: PasteReport | None = None
        self._busy = False
        self._storing = False
        self._appending = False  # "Paste again" adds to the rows already checked
        self._name_edited = False
        self._chosen_platform = platform

        self.platform = ChoiceBox()
        self.platform.setAccessibleName(self.tr("Website the reviews come from"))
        for item in PASTE_PLATFORMS:
            self.platform.addItem(platform_label(item), item.value)
        self.source_name = QLineEdit()
        self.source_name.setAccessibleName(self.tr("Name of the source"))
        self.source_name.textEdited.connect(lambda _t: setattr(self, "_name_edited", True))
        self.language = ChoiceBox()
        self.language.setAccessibleName(self.tr("Language of the reviews"))
        self.language.addItem(self.tr("Detect from the text"), "")
        for code in SOURCE_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.platform.currentIndexChanged.connect(lambda _i: self._platform_changed())
        self._select_platform(platform or Platform.OTHER)

        self.model = PasteTableModel(self)
        # her corrections (a cell, a merge, a split, a row added or deleted): Cancel asks first
        self.corrected = False
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._corrected)
        self.model.problem.connect(self._show_problem)
        self.model.rowsInserted.connect(lambda *_a: self._update_state())
        self.model.rowsRemoved.connect(lambda *_a: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.model.dataChanged.connect(lambda *_a: self._show_current())
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Reviews found"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        corner = self.view.findChild(QAbstractButton)  # the table's "select all" corner
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all rows"))
        self.view.setItemDelegateForColumn(RATING, _RatingDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DATE, 130), (RATING, 100), (AUTHOR, 150), (REPLY, 200)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())

        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Text of the selected review"))
        self.text_edit.textChanged.connect(lambda: self._edit_current(TEXT, self.text_edit))
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setAccessibleName(self.tr("Practice's reply to the selected review"))
        self.reply_edit.textChanged.connect(lambda: self._edit_current(REPLY, self.reply_edit))
        editors = QWidget()
        editors_layout = QHBoxLayout(editors)
        editors_layout.setContentsMargins(0, 0, 0, 0)
        for label, edit in (
            (self.tr("Review text:"), self.text_edit),
            (self.tr("Practice's reply:"), self.reply_edit),
        ):
            labelled = QVBoxLayout()
            caption = QLabel(label)
            caption.setBuddy(edit)
            labelled.addWidget(caption)
            labelled.addWidget(edit)
            editors_layout.addLayout(labelled)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(editors)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.merge_button = QPushButton(self.tr("&Merge with the next"))
        self.merge_button.setToolTip(
            self.tr("One review was read as two: join the selected row and the one below it.")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button = QPushButton(self.tr("S&plit at the cursor"))
        self.split_button.setToolTip(
            self.tr(
                "Two reviews were read as one: put the cursor in the text "
                "where the second one starts."
            )
        )
        self.split_button.clicked.connect(self.split_selected)
        self.delete_button = QPushButton(self.tr("&Delete rows"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_button = QPushButton(self.tr("&Add a row"))
        self.add_button.clicked.connect(self.add_row)
        self.again_button = QPushButton(self.tr("Paste m&ore"))
        self.again_button.setToolTip(
            self.tr(
                "Copy the next part of the page first: the reviews it holds "
                "are added below, each once."
            )
        )
        self.again_button.clicked.connect(self.paste_more)
        row_buttons = QHBoxLayout()
        for button in (self.merge_button, self.split_button, self.delete_button, self.add_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.again_button)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for each in self.buttons.buttons():
            # Enter ends an edit in the grid; it must never add the reviews as well
            if isinstance(each, QPushButton):
                each.setAutoDefault(False)
                each.setDefault(False)

        form = QFormLayout()
        form.addRow(self.tr("Website:"), self.platform)
        form.addRow(self.tr("Source name:"), self.source_name)
        form.addRow(self.tr("Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.pasted_html = ""
        self.pasted_text = ""
        if html is None and text is None:
            self.read_clipboard()
        else:
            self.load(html or "", text or "")

    # -- reading -------------------------------------------------------------------
    def paste_more(self) -> None:
        self._appending = self.model.rowCount() > 0
        self.read_clipboard()

    def read_clipboard(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        text = mime.text() if mime is not None and mime.hasText() else ""
        self.load(html, text)

    def load(self, html: str, text: str) -> None:
        """Split a paste into rows: at once for a small one, on a worker for a big one."""
        self.pasted_html, self.pasted_text = html, text
        self._hide_problem()
        if not html.strip() and not text.strip():
            self.model.set_reviews([])
            self.info.setText(
                self.tr(
                    "The clipboard is empty. Select the reviews on the page, copy them (Ctrl+C) "
                    "and choose “Paste more”."
                )
            )
            return
        if len(html) + len(text) <= BACKGROUND_CHARS:
            try:
                self._loaded(parse_paste(html, text, own_names=self.own_names))
            except Exception as e:  # a parser bug must not lose the paste: keep it as one row
                self._parse_failed(e)
            return
        self._busy = True
        self.info.setText(self.tr("Reading what you copied…"))
        self._update_state()

        def work(_progress: Progress) -> PasteResult:
            return parse_paste(html, text, own_names=self.own_names)

        Op(self, work).on_success(self._loaded).on_failure(self._parse_failed).start()

    def _loaded(self, result: PasteResult) -> None:
        self._busy = False
        reviews = result.reviews
        if not reviews:  # no structure found: the whole paste as one row, to split by hand
            whole = self.pasted_text.strip() or plain_text(self.pasted_html)
            reviews = [PastedReview(text=whole)] if whole else []
        if self._appending:
            known = set(review_ids(self.model.rows))
            reviews = self.model.rows + [
                r for r, rid in zip(reviews, review_ids(reviews), strict=True) if rid not in known
            ]
            self._appending = False
        self.model.set_reviews(reviews)
        self.corrected = False  # as read: pasting again brings the same rows back
        if result.platform is not None and self._chosen_platform is None:
            self._select_platform(result.platform)
        if result.truncated:
            self._show_problem(
                self.tr("The clipboard held more than a review page; only its beginning was read.")
            )
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_state()

    def _parse_failed(self, error: BaseException) -> None:
        self._busy = self._appending = False
        whole = self.pasted_text.strip()
        self.model.set_reviews(
            [*self.model.rows, PastedReview(text=whole)] if whole else self.model.rows
        )
        self._show_problem(
            self.tr(
                "The copied text could not be split into reviews; "
                "it is kept as one row to split by hand."
            )
        )
        self._update_state()

    # -- editing -------------------------------------------------------------------
    def _select_platform(self, platform: Platform) -> None:
        index = self.platform.findData(platform.value)
        if index < 0:
            self.platform.addItem(platform_label(platform), platform.value)
            index = self.platform.count() - 1
        self.platform.setCurrentIndex(index)
        self._platform_changed()

    def _platform_changed(self) -> None:
        if not self._name_edited:
            platform = Platform(self.platform.currentData())
            self.source_name.setText(self.source_names.get(platform, self.platform.currentText()))

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        current = self.view.currentIndex()
        return rows or ([current.row()] if current.isValid() else [])

    def _current_row(self) -> int:
        rows = self.selected_rows()
        return rows[0] if rows else -1

    def _show_current(self) -> None:
        row = self._current_row()
        review = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        for edit, value in (
            (self.text_edit, review.text if review else ""),
            (self.reply_edit, review.reply if review else ""),
        ):
            if edit.toPlainText() != value:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
            edit.setEnabled(review is not None)
        self._update_state()

    def _edit_current(self, column: int, edit: QPlainTextEdit) -> None:
        row = self._current_row()
        if 0 <= row < self.model.rowCount():
            self.model.setData(self.model.index(row, column), edit.toPlainText())

    def merge_selected(self) -> None:
        row = self._current_row()
        if self.model.merge_with_next(row):
            self.view.selectRow(row)
            self._show_current()

    def split_selected(self) -> None:
        row = self._current_row()
        position = self.text_edit.textCursor().position()
        if not self.model.split(row, position):
            self._show_problem(
                self.tr(
                    "Put the cursor in the review text where the second review starts, then split."
                )
            )
            return
        self._hide_problem()
        self.view.selectRow(row + 1)
        self._show_current()

    def delete_selected(self) -> None:
        self.model.remove(self.selected_rows())
        self._show_current()

    def add_row(self) -> None:
        row = self.model.add_empty()
        self.view.selectRow(row)
        self._show_current()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def _hide_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()

    def _update_state(self) -> None:
        count = len(self.model.reviews())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add the reviews ({n})").format(n=count))
        ok.setEnabled(count > 0 and not self._busy)
        has_row = self._current_row() >= 0
        self.merge_button.setEnabled(has_row and self._current_row() < self.model.rowCount() - 1)
        self.split_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
        if not self._busy and (self.pasted_text.strip() or self.pasted_html.strip()):
            self.info.setText(
                self.tr(
                    "Reviews found: {n}. Check them before they are added: double-click a cell "
                    "to correct it; nothing is stored until you confirm."
                ).format(n=count)
            )

    # -- storing -------------------------------------------------------------------
    def accept(self) -> None:
        reviews = self.model.reviews()
        if not reviews or self._busy:
            return
        platform = Platform(self.platform.currentData())
        name = self.source_name.text().strip() or platform_label(platform)
        language = self.language.currentData() or ""
        db_path = self.db_path
        self._busy = self._storing = True
        self._update_state()
        self.info.setText(self.tr("Adding the reviews…"))

        def work(_progress: Progress) -> PasteReport:
            with open_database(db_path) as db:
                return store_pasted(
                    db, reviews, source_name=name, platform=platform, language=language
                )

        Op(self, work).on_success(self._stored).on_failure(self._store_failed).start()

    def _stored(self, report: PasteReport) -> None:
        self._busy = self._storing = False
        self.report = report
        self.stored.emit(report)
        super().accept()

    def _store_failed(self, error: BaseException) -> None:
        self._busy = self._storing = False
        self._update_state()  # the rows stay as they are: nothing the user checked is lost
        self._show_problem(
            self.tr("The reviews were not added: {reason}").format(reason=user_message(error))
        )

    def _corrected(self, *_args: object) -> None:
        self.corrected = True

    def reject(self) -> None:
        if self._storing:
            return  # storing is under way (one transaction): the dialog closes when it ends
        if self.corrected and self.model.reviews():
            answer = ask_about_unsaved(
                self,
                self.windowTitle(),
                self.tr(
                    "Close without adding these reviews? Your corrections to them will be lost."
                ),
                discard=self.tr("Close without adding"),
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def run_paste(
    parent: QWidget, db: Database, platform: Platform | None = None
) -> PasteReport | None:
    """Open the dialog over the clipboard's contents; the report once reviews were stored."""
    names = {
        s.platform: s.name
        for s in list_sources(db)  # in id order: the newest source of a site wins
        if s.kind == SourceKind.CSV and s.settings.get("origin") == "paste"
    }
    from clinicrep.settings import load_settings

    dialog = PasteDialog(
        db.path,
        parent,
        platform=platform,
        source_names=names,
        own_names=(load_settings(db).practice_name,),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
        return None
    return dialog.report
