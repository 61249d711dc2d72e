"""A bug met in the window (an exception no code expected, in a slot or a paint): logged
with its traceback and shown in a dialog with the redacted details and where the log is.

Without this, PySide6 hands such an exception to the default ``sys.excepthook``: stderr
only, which nobody sees in the installed program.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from clinicrep import paths
from clinicrep.logs import redact

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def show_bug(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log the exception with its traceback and tell the user, with the details."""
    log.error("unexpected error in the window", exc_info=(kind, value, tb))
    if QApplication.instance() is None:
        return
    details = redact("".join(traceback.format_exception(kind, value, tb)))
    log_file = paths.log_dir() / "clinicrep.log"
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("clinicrep")
    box.setText(
        QCoreApplication.translate(
            "BugReport",
            "Something went wrong that clinicrep did not expect. Your data is safe; what you "
            "were doing may not have finished. Try it again; if it happens again, send the "
            "details and the log file to support.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("BugReport", "The log file: {path}").format(path=str(log_file))
    )
    box.setDetailedText(details)
    box.setObjectName("bug_report")
    box.exec()


def install_bug_hook(on_damage: Callable[[BaseException], bool] | None = None) -> ExceptHook:
    """Route unexpected exceptions to ``show_bug``; returns the hook it replaced.

    ``on_damage(error)`` is asked first and returns True when it took the error (a damaged
    store has its own way out).
    """
    previous = sys.excepthook
    showing: list[bool] = []

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        if on_damage is not None and on_damage(value):
            return
        if showing:  # a bug inside the dialog's own event loop: logged, not stacked
            log.error("unexpected error in the window", exc_info=(kind, value, tb))
            return
        showing.append(True)
        try:
            show_bug(kind, value, tb)
        finally:
            showing.clear()

    sys.excepthook = hook
    return previous
