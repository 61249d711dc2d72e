"""Showing an error: one translated sentence, the details behind a button."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from clinicrep.logs import redact
from clinicrep.messages import user_message

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("clinicrep")
    box.setText(user_message(error))
    details = "".join(traceback.format_exception_only(type(error), error))
    box.setDetailedText(redact(details))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
