"""An empty line edit's placeholder is its only label: the box is made wide enough to show
it whole in the UI language ("Поиск по отзывам (Ctrl+F)" is a third longer than English)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def keep_placeholder_whole(edit: QLineEdit, placeholder: str | None = None) -> None:
    """Set ``placeholder`` (if given) and a minimum width that shows it without a cut."""
    if placeholder is not None:
        edit.setPlaceholderText(placeholder)
    text = edit.placeholderText()
    if not text:
        return
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
    margins = edit.textMargins()
    need = edit.fontMetrics().horizontalAdvance(text) + 2 * frame + 4 + 4
    need += margins.left() + margins.right()
    if edit.isClearButtonEnabled():
        need += edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
