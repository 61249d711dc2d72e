"""Help → User guide (a page in the UI language, read from the program's own files: no
network) and Help → Keyboard shortcuts (every key the window answers to)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicrep import paths
from clinicrep.i18n import normalise


def guide_html(language: str | None = None) -> str:
    """The user guide in ``language`` (the UI language by default; English if missing)."""
    code = normalise(language or QLocale().name())
    page = paths.resource("guide", f"{code}.html")
    if not page.exists():
        page = paths.resource("guide", "en.html")
    return page.read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setObjectName("userGuide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the computer
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)


class ShortcutsDialog(QDialog):
    """The menus' keys (read from the actions themselves, so the list never goes stale)
    and the keys that have no menu entry."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcuts")
        rows: list[tuple[str, str]] = []
        for action in actions:
            keys = action.shortcut()
            if not keys.isEmpty():
                what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText), what))
        rows += [
            ("J / K", self.tr("Next / previous review in the inbox")),
            (
                QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText),
                self.tr("Publish the reply (or copy it, where the site has no reply API)"),
            ),
            (
                QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
                self.tr("Search the reviews"),
            ),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (key_text, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key_text))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        title = header.fontMetrics().horizontalAdvance(self.tr("Keys")) + 32
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
