"""The inbox's table view: rows added below the screen do not repaint the screen.

After a keystroke the window paints the search's first screen, and the query thread's rest
of the ids comes as rows inserted below it (`InboxModel`, `_REST`). Qt's table answers an
insertion with a delayed layout (`QTableView::rowCountChanged` -> `doItemsLayout`), and
`QAbstractItemView::doItemsLayout` ends with `viewport()->update()`: the whole screen painted
once more, the same pixels, 14 ms of the GUI thread's CPU at 100,000 reviews (issue 22: about
every other keystroke, the ones whose rest of the ids came after the first paint). When the
only change since the last layout is rows below the last one shown, the layout here sets the
scroll bars (what the user sees change) and leaves the screen as painted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView, QWidget


class InboxTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # None: no layout is owed to inserted rows; True: only rows below the screen were
        # inserted since the last layout; False: something the screen shows may have changed
        self._only_rows_below: bool | None = None
        # on a narrow screen the review's own text keeps its room (see set_text_room)
        self._text_column = -1
        self._text_room = 0
        self._give_way: tuple[int, ...] = ()
        self._widths: dict[int, int] = {}  # a hidden column's width (Qt says 0 while hidden)

    def set_text_room(self, column: int, least: int, give_way: tuple[int, ...]) -> None:
        """Keep ``least`` px for the stretching text ``column``: when the window is too narrow,
        the ``give_way`` columns are hidden in their order (and shown again when it widens).
        At 1024 px the other nine columns took 958 px and the review 40 px of them."""
        self._text_column, self._text_room, self._give_way = column, least, give_way
        self.fit_text_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text_room()

    def fit_text_room(self) -> None:
        model = self.model()
        if self._text_column < 0 or model is None:
            return
        width = self.viewport().width() - self._text_room
        others = [
            c
            for c in range(model.columnCount())
            if c != self._text_column and c not in self._give_way
        ]
        for column in self._give_way:
            if not self.isColumnHidden(column):
                self._widths[column] = self.columnWidth(column)
        taken = sum(self.columnWidth(c) for c in others)
        taken += sum(self._widths.get(c, 0) for c in self._give_way)
        for column in self._give_way:  # the first to give way is the last shown again
            hide = taken > width
            if hide:
                taken -= self._widths.get(column, 0)
            if self.isColumnHidden(column) != hide:
                self.setColumnHidden(column, hide)

    def _must_repaint(self, *_args: object) -> None:
        self._only_rows_below = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in self._layout_signals(old):
                signal.disconnect(self._must_repaint)
        super().setModel(model)
        self._only_rows_below = False
        if model is not None:
            for signal in self._layout_signals(model):
                signal.connect(self._must_repaint)

    @staticmethod
    def _layout_signals(model: QAbstractItemModel) -> tuple:  # type: ignore[type-arg]
        return (
            model.modelReset,
            model.layoutChanged,
            model.rowsRemoved,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
        )

    def reset(self) -> None:
        self._only_rows_below = False
        super().reset()

    def setRootIndex(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._only_rows_below = False
        super().setRootIndex(index)

    def rowsInserted(
        self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int
    ) -> None:
        super().rowsInserted(parent, start, end)
        # the vertical header already counts the new rows (it hears the model first): the
        # last row shown is one of them when the screen had room below its rows
        last_shown = self.rowAt(self.viewport().height() - 1)
        below = self.isVisible() and not parent.isValid() and 0 <= last_shown < start
        self._only_rows_below = (
            below if self._only_rows_below is None else (self._only_rows_below and below)
        )

    def doItemsLayout(self) -> None:
        quiet, self._only_rows_below = self._only_rows_below, None
        if quiet:
            # QAbstractItemView::doItemsLayout without its viewport()->update(); the
            # scroll value (and so the hidden vertical header's offset) is unchanged
            self.updateGeometries()
        else:
            super().doItemsLayout()
