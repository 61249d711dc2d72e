"""The inbox's cells, painted from what the model made once per row (issue 22).

Qt's own item painting asks the model for seven roles of every cell at every paint (seven
calls into Python), lays the cell's text out to size it, then again to elide and draw it:
15-30 ms for one screen of the inbox, more than the search it showed took. This delegate asks
the model once a cell (``InboxModel.cells``: the row's texts, colours and icon, made once per
query) and draws the text from a layout it keeps (the elided line and where it goes, by text,
width and font), the way ``QCommonStyle`` draws it: the background, selection, icon and focus
frame are the style's own (``CE_ItemViewItem`` without its text), so a cell looks as before.

What the search found is drawn on an amber ground in the Review column: the line laid out
once with its matches formatted (``QTextLayout.setFormats``), kept by text and search. It was
an HTML document (``highlighted_html``), the same pixels at twice the cost to make and ten times
to draw (0.4 ms a cell, a screen's Review cells 4 ms of each paint after a keystroke).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from clinicrep.search_forms import match_spans
from clinicrep.ui.inbox_model import Column, RowCells
from clinicrep.ui.search_highlight import HIGHLIGHT

_VARIANTS = "\x9c"  # separates a text's variants (longest first), which elidedText picks
_KEPT = 4096  # layouts kept (a few screens of cells, across widths); then started afresh
_DOCUMENTS_KEPT = 512

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
_SELECTED = QStyle.StateFlag.State_Selected
_ENABLED = QStyle.StateFlag.State_Enabled
_ACTIVE = QStyle.StateFlag.State_Active
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
# the state's bits as plain numbers: a test of PySide's enum flags costs microseconds
_SELECTED_BIT = QStyle.StateFlag.State_Selected.value
_ENABLED_BIT = QStyle.StateFlag.State_Enabled.value
_ACTIVE_BIT = QStyle.StateFlag.State_Active.value
_HAS_FOCUS_BIT = QStyle.StateFlag.State_HasFocus.value
_PEN_BITS = _SELECTED_BIT | _ENABLED_BIT | _ACTIVE_BIT
_FOCUS_RECT = QStyle.SubElement.SE_ItemViewItemFocusRect
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_KEYBOARD_FOCUS = QStyle.StateFlag.State_KeyboardFocusChange
_ITEM_STATE = QStyle.StateFlag.State_Item


@dataclass(slots=True, frozen=True)
class _Found:
    """A Review cell's line with what the search found: laid out once, kept."""

    layout: QTextLayout
    height: float
    grounds: tuple[tuple[float, float], ...]  # (x, width) of each match's amber ground


class InboxDelegate(QStyledItemDelegate):
    """Paints every cell of the inbox; ``query``: the search whose matches are highlighted."""

    def __init__(self, parent: Any, cells: Callable[[int], RowCells | None]) -> None:
        super().__init__(parent)
        self.query = ""
        self._cells = cells
        self._font: QFont | None = None  # what the layouts below were made with
        self._metrics: QFontMetrics | None = None
        self._advances: QFontMetricsF | None = None  # the same font's, unrounded
        self._char_width = 1  # the font's average, for a guess at what cannot fit
        # (text, width) -> (the laid out line, its height)
        self._layouts: dict[tuple[str, int], tuple[QTextLayout, float]] = {}
        # (text, search) -> the highlighted line, or None: nothing of it matches
        self._documents: dict[tuple[str, str], _Found | None] = {}
        self._found_format: QTextCharFormat | None = None
        self._amber = QColor(HIGHLIGHT)
        # (palette, state) -> the colour of a cell's text; its margin, as the style's
        self._pens: dict[tuple[int, int], QColor] = {}
        self._margin: int | None = None
        # (direction, alignment, elide mode) -> how a line is laid out: the same for nearly
        # every cell, and making it asked PySide for five enums a new text
        self._options: dict[tuple[Any, Any, Any], QTextOption] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        cells = self._cells(index.row())
        if cells is None:
            super().paint(painter, option, index)
            return
        font = option.font
        if font != self._font:  # a new font (or the first paint): the layouts go with it
            self._font, self._metrics = QFont(font), QFontMetrics(font)
            self._advances = QFontMetricsF(font)
            self._char_width = max(1, self._metrics.averageCharWidth())
            self._layouts.clear()
            self._documents.clear()
        column = index.column()
        text = cells.texts[column] or ""
        if column == Column.PLATFORM or (column == Column.TEXT and text and self.query.strip()):
            self._paint_item(painter, option, column, text, cells)
            return
        # a cell of text alone (nine in ten): its ground (selection) as the style draws it
        # first, the text, then the focus frame over it (Fusion's tints what it covers)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(_PANEL, option, painter, widget)
        state = option.state.value
        if text:
            self._draw_text(painter, option, option.rect, state, cells.colours[column], text)
        if state & _HAS_FOCUS_BIT:
            self._draw_focus(painter, option, style)

    def _paint_item(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        column: int,
        text: str,
        cells: RowCells,
    ) -> None:
        """A cell with the platform's icon, or with what the search found: the style's
        own item drawing, without its text."""
        item = QStyleOptionViewItem(option)
        item.features |= _HAS_DISPLAY  # the text's place, as for any cell with text
        if column == Column.PLATFORM:
            item.features |= _HAS_DECORATION
            item.icon = cells.icon
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        document = self._document(text) if column == Column.TEXT else None
        # the focus frame over the text, as the style draws it; under a highlighted text,
        # as it was
        focus = document is None and bool(item.state & _HAS_FOCUS)
        if focus:
            item.state &= ~_HAS_FOCUS
        style.drawControl(_ITEM, item, painter, widget)
        area = style.subElementRect(_TEXT_RECT, item, widget)
        if document is not None:
            selected = bool(item.state & _SELECTED)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            self._draw_document(painter, document, area, item.palette.color(role))
            return
        if text:
            self._draw_text(painter, item, area, item.state.value, cells.colours[column], text)
        if focus:
            self._draw_focus(painter, item, style)

    def _draw_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        area: QRect,
        state: int,
        colour: QColor | None,
        text: str,
    ) -> None:
        """The text as ``QCommonStyle`` draws an item's: elided at the right, centred
        upright, in the palette's colour (the model's, unless selected)."""
        if state & _SELECTED_BIT or colour is None:
            palette = option.palette
            key = (palette.cacheKey(), state & _PEN_BITS)
            pen = self._pens.get(key)
            if pen is None:
                group = QPalette.ColorGroup.Normal
                if not state & _ENABLED_BIT:
                    group = QPalette.ColorGroup.Disabled
                elif not state & _ACTIVE_BIT:
                    group = QPalette.ColorGroup.Inactive
                role = QPalette.ColorRole.HighlightedText
                if not state & _SELECTED_BIT:
                    role = QPalette.ColorRole.Text
                pen = self._pens[key] = palette.color(group, role)
                if len(self._pens) > 64:
                    self._pens.clear()
            colour = pen
        if self._margin is None:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            metric = QStyle.PixelMetric.PM_FocusFrameHMargin
            self._margin = style.pixelMetric(metric, None, widget) + 1
        left, top, width, height = cast(tuple[int, int, int, int], area.getRect())
        width -= 2 * self._margin
        laid = self._layouts.get((text, width))
        if laid is None:
            laid = self._layout(text, width, option)
            if len(self._layouts) >= _KEPT:
                self._layouts.clear()
            self._layouts[(text, width)] = laid
        layout, line_height = laid
        painter.setPen(colour)
        layout.draw(painter, QPointF(left + self._margin, top + (height - line_height) / 2))

    @staticmethod
    def _draw_focus(painter: QPainter, item: QStyleOptionViewItem, style: QStyle) -> None:
        """The current cell's focus frame, as ``QCommonStyle`` draws it after the text."""
        frame = QStyleOptionFocusRect()
        frame.state = item.state | _KEYBOARD_FOCUS | _ITEM_STATE | _HAS_FOCUS
        frame.direction, frame.palette = item.direction, item.palette
        frame.fontMetrics = item.fontMetrics
        frame.rect = style.subElementRect(_FOCUS_RECT, item, item.widget)
        group = (
            QPalette.ColorGroup.Normal if item.state & _ENABLED else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.Highlight if item.state & _SELECTED else QPalette.ColorRole.Window
        frame.backgroundColor = item.palette.color(group, role)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, item.widget)

    def _layout(
        self, text: str, width: int, item: QStyleOptionViewItem
    ) -> tuple[QTextLayout, float]:
        """The line Qt's item views draw: elided at the right to ``width``, laid out once
        (and its glyphs kept: drawn again without shaping it again)."""
        assert self._metrics is not None and self._font is not None
        direction, elide = item.direction, item.textElideMode
        key = (direction, item.displayAlignment, elide)
        option = self._options.get(key)
        if option is None:
            option = self._options[key] = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.ManualWrap)
            option.setTextDirection(direction)
            option.setAlignment(QStyle.visualAlignment(direction, key[1]))
        shown = text
        # most cells' texts fit: then the elided text is the text. Measuring it (the width
        # elidedText compares, unrounded) costs a third of eliding it (8 vs 29 us a text,
        # 90 new texts a keystroke); a text that surely cannot fit is elided at once
        if (
            len(text) * self._char_width > 2 * width
            or _VARIANTS in text
            or self._advances is None
            or self._advances.horizontalAdvance(text) > width
        ):
            shown = self._metrics.elidedText(text, elide, width)
        layout = QTextLayout(shown, self._font)
        layout.setCacheEnabled(True)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def _document(self, text: str) -> _Found | None:
        """``text`` on one line, what the search found on an amber ground in black (as the
        review shows it): laid out once, drawn from its kept glyphs; None when nothing of it
        matches."""
        key = (text, self.query)
        if key in self._documents:
            return self._documents[key]
        laid = None
        spans = match_spans(text, self.query)
        if spans:
            assert self._font is not None
            found = self._found_format
            if found is None:
                found = self._found_format = QTextCharFormat()
                found.setForeground(QColor("#000000"))
            formats = []
            for start, end in spans:
                mark = QTextLayout.FormatRange()
                mark.start, mark.length, mark.format = start, end - start, found
                formats.append(mark)
            layout = QTextLayout(text, self._font)
            layout.setCacheEnabled(True)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.ManualWrap)  # one line, cut by the cell
            layout.setTextOption(option)
            layout.setFormats(formats)
            layout.beginLayout()
            line = layout.createLine()
            line.setPosition(QPointF(0, 0))
            layout.endLayout()
            # the amber grounds, as the document drew them: the line's height (QTextLayout
            # draws a format's ground as tall as its font: a Chinese fallback font's, 2 px
            # more than the line)
            grounds = []
            for start, end in spans:
                # PySide answers (x, the position it may have moved to)
                left = cast(tuple[float, int], line.cursorToX(start))[0]
                right = cast(tuple[float, int], line.cursorToX(end))[0]
                grounds.append((min(left, right), abs(right - left)))
            laid = _Found(layout, line.height(), tuple(grounds))
        if len(self._documents) >= _DOCUMENTS_KEPT:
            self._documents.clear()
        self._documents[key] = laid
        return laid

    def _draw_document(self, painter: QPainter, laid: _Found, area: Any, pen: Any) -> None:
        """Where a document of the line was drawn: 3 pixels in, centred upright, cut at the
        cell's right edge; its text in ``pen``, what was found in black on amber."""
        painter.save()
        painter.setClipRect(QRectF(area.left() + 3, area.top(), area.width() - 3, area.height()))
        left, top = area.left() + 3, area.top() + (area.height() - laid.height) / 2
        for x, width in laid.grounds:  # whole pixels across, as QTextLine draws a ground
            start, end = math.floor(left + x), math.ceil(left + x + width)
            painter.fillRect(QRectF(start, top, end - start, laid.height), self._amber)
        painter.setPen(pen)
        laid.layout.draw(painter, QPointF(left, top))
        painter.restore()
