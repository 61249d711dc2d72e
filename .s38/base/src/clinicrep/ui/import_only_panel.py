"""What the Sources dialog shows for a review site with no API: that it has none, how to get
its reviews out (in the UI language), and the buttons that do it (Paste / Import a file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clinicrep.sources.registry import NO_API_NOTE, ImportOnlyPlatform


class ImportOnlyPanel(QWidget):
    paste_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(QCoreApplication.translate("ImportOnly", NO_API_NOTE))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        font = self.note.font()
        font.setBold(True)
        self.note.setFont(font)
        self.howto = QLabel()
        self.howto.setWordWrap(True)
        self.howto.setTextFormat(Qt.TextFormat.PlainText)
        self.howto.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paste_button = QPushButton(self.tr("&Paste reviews…"))
        self.paste_button.clicked.connect(self.paste_requested.emit)
        self.import_button = QPushButton(self.tr("&Import a file…"))
        self.import_button.clicked.connect(self.import_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.howto)
        layout.addLayout(buttons)
        layout.addStretch(1)  # the how-to stays at the top of the form, the space below it

    def show_platform(self, entry: ImportOnlyPlatform | None) -> None:
        """The how-to of ``entry``; hidden for a platform with an API."""
        self.howto.setText(entry.howto if entry else "")
        self.setVisible(entry is not None)
