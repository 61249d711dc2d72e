"""Add offline feedback (a complaint at the desk, a phone call, a letter) to the inbox."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinicrep.manual_entry import add_manual_review
from clinicrep.model import Review
from clinicrep.sources.manual import Channel
from clinicrep.store.db import Database
from clinicrep.ui.placeholder_fit import keep_placeholder_whole


class ManualEntryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add offline feedback"))
        self.resize(520, 420)
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("From"))
        keep_placeholder_whole(self.author, self.tr("Name as the person gave it, or leave empty"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Received by"))
        for channel, label in (
            (Channel.DESK, self.tr("At the reception desk")),
            (Channel.PHONE, self.tr("By phone")),
            (Channel.LETTER, self.tr("By letter")),
            (Channel.EMAIL, self.tr("By e-mail")),
            (Channel.OTHER, self.tr("Other")),
        ):
            self.channel.addItem(label, channel.value)
        self.rating = QComboBox()
        self.rating.setAccessibleName(self.tr("Rating"))
        self.rating.addItem(self.tr("No rating"), None)
        for n in range(5, 0, -1):
            self.rating.addItem("★" * n, n)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self, db: Database) -> Review:
        return add_manual_review(
            db,
            author=self.author.text(),
            text=self.text.toPlainText(),
            rating=self.rating.currentData(),
            channel=self.channel.currentData(),
            created_at=cast(datetime, self.when.dateTime().toPython()),
        )
