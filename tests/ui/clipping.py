"""Finds text a widget is too narrow to show whole: labels, buttons, check boxes, combo box
items, tab titles, table column headers, group box titles, the placeholder of an empty line
edit, and a chart's title, axis names and category labels."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 2  # px of rounding
_TAG = re.compile(r"<[a-zA-Z/][^>]*>")  # how Qt's AutoText decides a label is HTML


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _where(widget: QWidget) -> str:
    names = []
    node: QWidget | None = widget
    while node is not None and len(names) < 4:
        names.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(names))


def clipped_texts(root: QWidget) -> list[str]:
    """'where: text (needs N px, has M px)' for each text shown cut in ``root``."""
    found: list[str] = []

    def report(widget: QWidget, text: str, need: int, have: int) -> None:
        if need > have + SLACK:
            found.append(f"{_where(widget)}: {text!r} (needs {need} px, has {have} px)")

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        metrics = QFontMetrics(widget.font())
        if isinstance(widget, QLabel):
            text = widget.text()
            if (
                not text
                or widget.wordWrap()
                or widget.textFormat() == Qt.TextFormat.RichText
                or (widget.textFormat() == Qt.TextFormat.AutoText and _TAG.search(text) is not None)
            ):
                continue
            need = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
            have = widget.contentsRect().width() - 2 * widget.margin() - max(0, widget.indent())
            report(widget, text, need, have)
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            text = _plain(widget.text())
            if text:
                report(widget, text, widget.sizeHint().width(), widget.width())
        elif isinstance(widget, QPushButton) and not isinstance(widget, QToolButton):
            text = _plain(widget.text())
            if not text:
                continue
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, widget)
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            need = metrics.horizontalAdvance(text) + icon + margin
            if widget.menu() is not None:  # the menu's arrow is drawn beside the text
                need += widget.style().pixelMetric(
                    QStyle.PixelMetric.PM_MenuButtonIndicator, option, widget
                )
            report(widget, text, need, widget.width())
        elif isinstance(widget, QAbstractButton):
            continue
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            # the closed box shows the current choice; its list shows every choice
            arrow = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 12
            listed = max(widget.width(), widget.view().minimumWidth())
            for index in range(widget.count()):
                text = widget.itemText(index)
                icon = widget.iconSize().width() + 4 if not widget.itemIcon(index).isNull() else 0
                need = metrics.horizontalAdvance(text) + icon + arrow
                if index == widget.currentIndex():
                    report(widget, text, need, widget.width())
                report(widget.view(), text, need - arrow + 8, listed)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = _plain(widget.tabText(index))
                need = metrics.horizontalAdvance(text) + 12
                report(widget, text, need, widget.tabRect(index).width())
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            for section in range(model.columnCount()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                # the sort arrow of the sorted column takes room too
                need = (
                    metrics.horizontalAdvance(text)
                    + 12
                    + (16 if widget.sortIndicatorSection() == section else 0)
                )
                report(widget, text, need, widget.sectionSize(section))
        elif isinstance(widget, QGroupBox) and widget.title():
            text = _plain(widget.title())
            report(widget, text, metrics.horizontalAdvance(text) + 16, widget.width())
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            # what the empty box says ("Поиск по отзывам (Ctrl+F)") is its only label
            report(widget, widget.placeholderText(), *_line_edit_room(widget, metrics))
        elif _is_chart(widget):
            found.extend(_chart_problems(widget))
        elif isinstance(widget, QToolBar):
            # "»": the bar is too narrow and hides what does not fit (Sync now, in Russian)
            more = widget.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None and more.isVisible():
                hidden = [
                    _plain(a.text()) or _plain(a.toolTip())
                    for a in widget.actions()
                    if not widget.widgetForAction(a) or not widget.widgetForAction(a).isVisible()
                ]
                found.append(f"{_where(widget)}: hidden behind »: {hidden}")
    return found


def _line_edit_room(edit: QLineEdit, metrics: QFontMetrics) -> tuple[int, int]:
    """(px the placeholder needs, px the box has for text)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    text_rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    have = text_rect.width() - margins.left() - margins.right() - 4  # Qt's horizontal margin
    if edit.isClearButtonEnabled():
        have -= edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
    for action in edit.actions():  # icons shown inside the box
        if action.isVisible() and not action.icon().isNull():
            have -= edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
    return metrics.horizontalAdvance(edit.placeholderText()), have


def _is_chart(widget: QWidget) -> bool:
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover - pyqtgraph is a dependency
        return False
    return isinstance(widget, pg.PlotWidget)


def _chart_problems(chart: QWidget) -> list[str]:
    """A chart's title, its axes' names and its category labels, each against its room."""
    problems: list[str] = []
    item = chart.getPlotItem()  # type: ignore[attr-defined]
    where = _where(chart)

    def report(text: str, need: float, have: float) -> None:
        if text and need > have + SLACK:
            problems.append(f"{where}: {text!r} (needs {need:.0f} px, has {have:.0f} px)")

    title = item.titleLabel
    if title.isVisible() and title.text:
        report(title.text, title.item.boundingRect().width(), chart.width())
    view = item.getViewBox().sceneBoundingRect()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        if not axis.isVisible():
            continue
        if axis.label.isVisible() and axis.labelText:
            need = axis.label.boundingRect().width()
            report(axis.labelText, need, view.height() if name == "left" else view.width())
        levels = getattr(axis, "_tickLevels", None)
        if not levels:
            continue
        font = axis.style.get("tickFont") or chart.font()
        tick_metrics = QFontMetrics(font)
        labels = [(pos, str(text)) for level in levels for pos, text in level]
        if name == "left":  # category names beside the bars: the axis's width
            offset = axis.style.get("tickTextOffset", [5, 2])[0]
            room = axis.width() - max(0, axis.style.get("tickLength", -5)) - offset
            for _pos, text in labels:
                report(text, tick_metrics.horizontalAdvance(text), room)
        elif len(labels) > 1:  # names under the bars: the distance between two of them
            low, high = item.getViewBox().viewRange()[0]
            per_unit = view.width() / max(1e-9, high - low)
            positions = sorted(pos for pos, _t in labels)
            gap = min(b - a for a, b in zip(positions, positions[1:], strict=False)) * per_unit
            for _pos, text in labels:
                report(text, tick_metrics.horizontalAdvance(text) + 4, gap)
    return problems
