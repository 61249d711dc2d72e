"""Add offline feedback (a complaint at the desk, a phone call, a letter) to the inbox.

The dialog stores it itself, on a worker: when the store refuses (busy, a full disk, the
shared server away) it says so in the dialog and keeps what she typed for another try.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinicrep.errors import ClinicrepError
from clinicrep.manual_entry import add_manual_review
from clinicrep.messages import user_message
from clinicrep.model import Review
from clinicrep.sources.manual import Channel
from clinicrep.store import open_database
from clinicrep.store.db import Database
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.date_time_field import DateTimeField
from clinicrep.ui.errors import show_error
from clinicrep.ui.placeholder_fit import keep_placeholder_whole
from clinicrep.ui.unsaved_question import ask_about_unsaved
from clinicrep.ui.workers import Op, Progress

log = logging.getLogger(__name__)


class ManualEntryDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.review: Review | None = None  # as stored, once Save worked
        self._saving = False
        self.setWindowTitle(self.tr("Add offline feedback"))
        self.resize(520, 420)
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("From"))
        keep_placeholder_whole(self.author, self.tr("Name as the person gave it, or leave empty"))
        self.channel = ChoiceBox()
        self.channel.setAccessibleName(self.tr("Received by"))
        for channel, label in (
            (Channel.DESK, self.tr("At the reception desk")),
            (Channel.PHONE, self.tr("By phone")),
            (Channel.LETTER, self.tr("By letter")),
            (Channel.EMAIL, self.tr("By e-mail")),
            (Channel.OTHER, self.tr("Other")),
        ):
            self.channel.addItem(label, channel.value)
        self.rating = ChoiceBox()
        self.rating.setAccessibleName(self.tr("Rating"))
        self.rating.addItem(self.tr("No rating"), None)
        for n in range(5, 0, -1):
            self.rating.addItem("★" * n, n)
        self.when = DateTimeField()
        self.when.setAccessibleName(self.tr("When"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("What they said"))
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.author)
        form.addRow(self.tr("Received:"), self.channel)
        form.addRow(self.tr("Rating:"), self.rating)
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("What they said:"), self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        self.text.textChanged.connect(
            lambda: save.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.problem = QLabel()
        self.problem.setObjectName("manualEntryProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Save, on a worker (a busy store or a server far away must not freeze the window):
        stored, the dialog closes; refused, it says why and keeps every field."""
        if self._saving or not self.text.toPlainText().strip():
            return
        store_feedback = partial(
            add_manual_review,
            author=self.author.text(),
            text=self.text.toPlainText(),
            rating=self.rating.currentData(),
            channel=self.channel.currentData(),
            created_at=self.when.moment(),
        )
        where = self.db.path

        def store(_progress: Progress) -> Review:
            with open_database(where) as db:  # one connection per thread
                return store_feedback(db)

        self._set_saving(True)
        Op(self, store).on_success(self._stored).on_failure(self._refused).start()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for field in (self.author, self.channel, self.rating, self.when, self.text):
            field.setEnabled(not saving)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not saving and bool(self.text.toPlainText().strip())
        )
        if saving:
            self.problem.setStyleSheet("")
            self.problem.setText(self.tr("Adding the feedback…"))
            self.problem.show()

    def _stored(self, review: Review) -> None:
        self._set_saving(False)
        self.review = review
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._set_saving(False)
        if not isinstance(error, ClinicrepError):  # a bug: shown with its details
            self.problem.hide()
            show_error(self, error)
            return
        log.warning("offline feedback not stored: %s", getattr(error, "code", type(error)))
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setText(
            self.tr(
                "The feedback was not added: {reason} What you typed is still here: press "
                "Save again when that is sorted out."
            ).format(reason=user_message(error))
        )
        self.problem.show()
        self.text.setFocus()

    def reject(self) -> None:
        """Cancel, Escape or the window's cross with feedback typed: asked before it goes.
        While it is being stored the dialog stays: its end says whether it was added."""
        if self._saving:
            return
        if self.text.toPlainText().strip() or self.author.text().strip():
            answer = ask_about_unsaved(
                self,
                self.windowTitle(),
                self.tr("Close without adding the feedback you typed? It will be lost."),
                discard=self.tr("Close without adding"),
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
