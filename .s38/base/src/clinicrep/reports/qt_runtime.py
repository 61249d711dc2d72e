"""What Qt needs before it can draw a PDF: an application object and our embedded font.

The CLI and the benchmark have no window, so a QGuiApplication on the ``offscreen``
platform is made for them; inside the GUI the existing QApplication is used as it is.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication

from clinicrep import paths

log = logging.getLogger(__name__)

# One font covers Latin, Polish, Cyrillic and Chinese, and extracts back as the same
# characters (see resources/fonts/README.md).
FONT_FILE = ("fonts", "wqy-microhei.ttc")
FONT_FAMILY = "WenQuanYi Micro Hei"

_font_lock = threading.Lock()
_font_family: str | None = None


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication when there is none."""
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(["clinicrep", "-platform", "offscreen"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF rendering needs a QGuiApplication, not a bare QCoreApplication")
    return app


def report_font_family() -> str:
    """Load the shipped font once and return its family (the system's, if the file is missing)."""
    global _font_family
    with _font_lock:
        if _font_family is None:
            ensure_gui_application()
            font_id = QFontDatabase.addApplicationFont(str(paths.resource(*FONT_FILE)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                log.warning("embedded report font not loaded; using the system's %s", FONT_FAMILY)
            _font_family = families[0] if families else FONT_FAMILY
        return _font_family
