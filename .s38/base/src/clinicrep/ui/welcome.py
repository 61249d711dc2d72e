"""First run without data: connect a platform, import a file, paste reviews copied from a
website, or look at the demo."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from clinicrep import paths


def demo_command() -> tuple[str, list[str]]:
    """How to start clinicrep on its demo folder, from the source tree or from a bundle."""
    if paths.is_frozen():
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "clinicrep", "--demo"]


class WelcomePage(QWidget):
    connect_requested = Signal()
    import_requested = Signal()
    paste_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to clinicrep"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Bring every review of your practice into one inbox. Start by connecting a "
                "platform, or import reviews you saved from a website. Your data stays on this "
                "computer."
            )
        )
        intro.setWordWrap(True)
        # the day in three steps, so a new user knows what the buttons lead to
        self.steps = QLabel(
            self.tr(
                "1. Bring the reviews in: connect a platform, or import a file you saved "
                "from a site.\n"
                "2. Answer them in the inbox: clinicrep suggests a reply in the review's "
                "language and checks that it reveals nothing confidential.\n"
                "3. Once a month, make the owner's summary (File → Monthly summary)."
            )
        )
        self.steps.setObjectName("welcomeSteps")
        self.steps.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect a platform…"))
        self.connect_button.clicked.connect(self.connect_requested.emit)
        self.import_button = QPushButton(self.tr("Import a file…"))
        self.import_button.clicked.connect(self.import_requested.emit)
        # most sites (ZnanyLekarz, Dianping, ProDoctorov...) give no export and no API: copying
        # their page is the only way in, so it is a way in from the first screen
        self.paste_button = QPushButton(self.tr("Paste reviews copied from a website…"))
        self.paste_button.clicked.connect(self.paste_requested.emit)
        # before the first reply: it is signed and speaks in the practice's name
        self.practice_button = QPushButton(
            self.tr("Your practice's name and how replies are signed…")
        )
        self.practice_button.clicked.connect(self.settings_requested.emit)
        self.demo_button = QPushButton(
            self.tr("Try the demo (made-up reviews, in a separate window)")
        )
        self.demo_button.clicked.connect(self.open_demo)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (
            title,
            intro,
            self.steps,
            self.connect_button,
            self.import_button,
            self.paste_button,
            self.practice_button,
            self.demo_button,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (intro, self.steps):
            label.setFixedWidth(560)  # a wrapped label needs a width, or it collapses
            label.setMinimumHeight(label.heightForWidth(560))
        for button in (
            self.connect_button,
            self.import_button,
            self.paste_button,
            self.practice_button,
            self.demo_button,
        ):
            button.setMinimumWidth(360)
        layout.addStretch(2)

    def open_demo(self) -> bool:
        program, args = demo_command()
        return QProcess.startDetached(program, args)[0]
