"""What the search found, highlighted: in the inbox's Review column and in the review."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
)

from clinicrep.search_forms import match_spans

HIGHLIGHT = "#ffe082"  # amber: readable under black and under white text


def highlight_in_editor(editor: QPlainTextEdit, query: str) -> int:
    """Mark the matches of ``query`` in a read-only text; returns how many were marked."""
    if not query.strip():  # nothing searched: never copy out a long review's text
        if editor.extraSelections():
            editor.setExtraSelections([])
        return 0
    selections = []
    text = editor.toPlainText()
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(HIGHLIGHT))
    fmt.setForeground(QColor("#000000"))
    for start, end in match_spans(text, query):
        selection = QTextEdit.ExtraSelection()
        selection.format = fmt
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selections.append(selection)
    editor.setExtraSelections(selections)
    return len(selections)


def highlighted_html(text: str, query: str) -> str:
    parts: list[str] = []
    at = 0
    for start, end in match_spans(text, query):
        parts.append(escape(text[at:start]))
        parts.append(
            f'<span style="background:{HIGHLIGHT}; color:#000">{escape(text[start:end])}</span>'
        )
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


class SearchHighlightDelegate(QStyledItemDelegate):
    """Draws a cell's text with the search's matches on an amber ground."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.query = ""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not self.query.strip() or not match_spans(text, self.query):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        document = QTextDocument()
        document.setDefaultFont(item.font)
        document.setDocumentMargin(0)
        document.setHtml(highlighted_html(text, self.query))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        painter.save()
        painter.translate(
            area.left() + 3, area.top() + (area.height() - document.size().height()) / 2
        )
        painter.setClipRect(QRectF(0, 0, area.width() - 3, area.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()
