"""What the search found, highlighted: in the inbox's Review column (ui/inbox_delegate.py) and in
the review."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import (
    QColor,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
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
