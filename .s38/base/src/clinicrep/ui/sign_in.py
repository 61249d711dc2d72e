"""A browser sign-in as a task of its own: what it waits for, the link to copy, Cancel.

It runs on a thread pool of its own, so the five minutes a user may take in the browser
never keep a sync or an import waiting for a free thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from clinicrep.messages import user_message
from clinicrep.sources.base import CancelToken
from clinicrep.ui.workers import Op, Progress


class SignInPanel(QFrame):
    """Shown in the Sources dialog while a sign-in runs, and with its outcome after."""

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state = QLabel()
        self.state.setObjectName("signInState")
        self.state.setWordWrap(True)
        self.link = QLineEdit()
        self.link.setObjectName("signInLink")
        self.link.setReadOnly(True)
        self.link.setAccessibleName(self.tr("Sign-in link"))
        self.copy_button = QPushButton(self.tr("Copy the link"))
        self.copy_button.clicked.connect(self.copy_link)
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.link, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self.pool = QThreadPool(self)  # its own thread: never in the way of syncs or imports
        self.pool.setMaxThreadCount(1)
        self.token: CancelToken | None = None
        self.trouble = ""
        self.open_browser: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.hide()

    @property
    def running(self) -> bool:
        return self.token is not None

    def start(
        self,
        platform: str,
        work: Callable[[CancelToken, Callable[[str], None]], Any],
        on_success: Callable[[Any], None],
        trouble: str = "",
    ) -> None:
        """Run ``work(cancel, show_link)`` off the GUI thread; ``show_link(url)`` opens the
        browser and shows the link to copy. ``trouble``: what to do if the platform's page
        shows an error instead (it never comes back to clinicrep then)."""
        if self.token is not None:
            return  # one sign-in at a time
        self.trouble = trouble
        token = CancelToken()
        self.token = token
        self.link.clear()
        self.link.setVisible(False)
        self.copy_button.setVisible(False)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.state.setText(
            self.tr("Opening the {platform} sign-in page…").format(platform=platform)
        )
        self.show()

        def run(progress: Progress) -> Any:
            return work(token, lambda url: progress(url))

        def finished_ok(value: Any) -> None:
            self.token = None
            self.cancel_button.setVisible(False)
            self.state.setText(self.tr("Signed in to {platform}.").format(platform=platform))
            on_success(value)

        def failed(error: BaseException) -> None:
            self.token = None
            self.cancel_button.setVisible(False)
            if token.cancelled:
                self.state.setText(self.tr("Sign-in cancelled. Nothing was changed."))
            else:  # in place, once: never a message box after the dialog closed
                self.state.setText(user_message(error))

        (
            Op(self, run)
            .on_progress(lambda url: self._waiting(platform, str(url)))
            .on_success(finished_ok)
            .on_failure(failed)
            .start(self.pool)
        )

    def _waiting(self, platform: str, url: str) -> None:
        self.link.setText(url)
        self.link.setCursorPosition(0)
        self.link.setVisible(True)
        self.copy_button.setVisible(True)
        waiting = self.tr(
            "Waiting for your browser: sign in to {platform} there and allow access. "
            "If no browser page opened, copy the link and open it yourself."
        ).format(platform=platform)
        self.state.setText(f"{waiting}\n{self.trouble}" if self.trouble else waiting)
        self.open_browser(url)

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link.text())

    def cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()
            self.cancel_button.setEnabled(False)
            self.state.setText(self.tr("Cancelling the sign-in…"))
