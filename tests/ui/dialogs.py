"""Answering the modal dialogs a user meets, the way a user does: read it, press a button."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox


class DialogAnswer:
    """What the next modal dialog said, and whether the button was there to press."""

    def __init__(self) -> None:
        self.title = ""
        self.text = ""
        self.buttons: list[str] = []
        self.pressed = False
        self.seen = False


def answer_next_dialog(button: str, *, timeout_s: float = 10.0) -> DialogAnswer:
    """Press the button labelled ``button`` (without '&') in the next modal dialog.

    A dialog without such a button is closed (so a test fails instead of hanging) and
    ``pressed`` stays False.
    """
    answer = DialogAnswer()
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        answer.seen = True
        answer.title = dialog.windowTitle()
        if isinstance(dialog, QMessageBox):
            answer.text = "\n".join(
                part for part in (dialog.text(), dialog.informativeText()) if part
            )
        found = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        answer.buttons = [b.text().replace("&", "") for b in found]
        for candidate in found:
            if candidate.text().replace("&", "") == button:
                answer.pressed = True
                candidate.click()
                return
        dialog.close()

    QTimer.singleShot(0, poll)
    return answer
