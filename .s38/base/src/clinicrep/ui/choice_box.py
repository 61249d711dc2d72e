"""A combo box whose open list shows every choice whole, however narrow the closed box.

Qt opens the list as wide as the closed box. A form that squeezes the box (a narrow window, a
long translation beside it) then cuts the longest choices in the list: a clean CI run found
"ZnanyLekarz / Doctoralia — wklej lub zaimportuj opinie" cut by 3 px in "Connect a platform".
Every combo box of the window is a :class:`ChoiceBox`: its list keeps the width of its widest
choice as choices are added, renamed (a new UI language) or removed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyle, QWidget


class ChoiceBox(QComboBox):
    """A :class:`QComboBox` whose open list is at least as wide as its widest choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = self.model()
        # new and renamed choices are measured alone (a filter bar adds its choices one by
        # one before the first paint); a removal measures every choice again
        model.rowsInserted.connect(self._measure_added)
        model.dataChanged.connect(self._measure_changed)
        model.rowsRemoved.connect(self.fit_list)
        model.modelReset.connect(self.fit_list)

    def fit_list(self) -> None:
        """Measure every choice again and set the open list's width to the widest."""
        self._widen_to(range(self.count()), fresh=True)

    def _measure_added(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        self._widen_to(range(first, last + 1), fresh=False)

    def _measure_changed(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        _roles: object = None,
    ) -> None:
        self._widen_to(range(top_left.row(), bottom_right.row() + 1), fresh=False)

    def _widen_to(self, rows: range, *, fresh: bool) -> None:
        metrics = self.view().fontMetrics()
        room = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 16
        icon = self.iconSize().width() + 4
        widest = max(
            (
                metrics.horizontalAdvance(self.itemText(row))
                + (icon if not self.itemIcon(row).isNull() else 0)
                for row in rows
                if 0 <= row < self.count()
            ),
            default=0,
        )
        listed = self.view()
        # never wider than the screen: a choice can be a platform's or the user's own name
        # (a 20,000-character one made a list 141,907 px wide, its text off the screen)
        screen = self.screen().availableGeometry().width() - 16  # the list's frame besides
        need = min(widest + room, screen) if widest else 0
        listed.setMinimumWidth(need if fresh else max(need, listed.minimumWidth()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_list()
