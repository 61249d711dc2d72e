"""Every dialog opens inside the screen, its buttons in reach, even on a small one (1024x700 at
200 % scaling is a 512x350 screen to Qt).

A dialog taller or wider than the screen is made the screen's size, never less than what its
layout needs (squeezed below that, its words would be cut); one that needs more than the
screen gets its own scroll: its contents move into a scroll area and its button row (OK,
Cancel) stays below it, always visible, its buttons one above the other if side by side
they are wider than the screen. One event filter on the application does it for every
dialog, so a new dialog cannot forget (it costs the GUI thread about 3 µs an event, every
event of the application passing through it: measured at load 7).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLayout,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FITTED = "clinicrepFittedToScreen"  # a dialog's property: fitted once, when first shown


class ScreenFit(QObject):
    """The application's event filter that fits each dialog to its screen as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            # Qt sizes its message boxes and file pickers itself, to the screen
            and not isinstance(watched, QMessageBox | QFileDialog)
            and watched.isWindow()
            and not watched.property(FITTED)
        ):
            watched.setProperty(FITTED, True)
            fit_to_screen(watched)
        return False


def install_screen_fit(app: QApplication) -> None:
    """Fit every dialog of ``app`` to its screen from now on (start-up calls it once)."""
    if app.findChild(ScreenFit) is None:
        fit = ScreenFit(app)
        app.installEventFilter(fit)
        # no Python filter for the events of the application's teardown (a Python callback
        # while the interpreter winds down is a known way for PySide to crash at exit)
        app.aboutToQuit.connect(lambda: app.removeEventFilter(fit))


def _frame_of(window: QWidget) -> QSize:
    """How much the window system's frame adds (title bar, borders): the dialog's own if it
    has one already, else that of the window it belongs to."""
    parent = window.parentWidget()
    for candidate in (window, parent.window() if parent is not None else None):
        if candidate is None:
            continue
        extra = candidate.frameGeometry().size() - candidate.geometry().size()
        if extra.width() > 0 or extra.height() > 0:
            return extra
    return QSize(0, 0)


def fit_to_screen(dialog: QDialog) -> None:
    """Make ``dialog`` no larger than its screen (scrolling inside where it needs more) and
    move it inside the screen: centred on a main window larger than the screen, a dialog of
    the right size still started past the screen's edge."""
    room = dialog.screen().availableGeometry()
    frame = _frame_of(dialog)
    inside = room.size() - frame  # what the dialog's inside may take
    size = dialog.size()
    if size.width() > inside.width() or size.height() > inside.height():
        for row in dialog.findChildren(QDialogButtonBox):
            if row.sizeHint().width() > inside.width():  # "Send and don't ask again", in Russian
                row.setOrientation(Qt.Orientation.Vertical)
        needs = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if needs.width() > inside.width() or needs.height() > inside.height():
            _scroll_contents(dialog)
        dialog.resize(size.boundedTo(inside).expandedTo(dialog.minimumSizeHint()))
    outer = dialog.size() + frame
    corner = dialog.frameGeometry().topLeft()
    x = max(room.left(), min(corner.x(), room.right() + 1 - outer.width()))
    y = max(room.top(), min(corner.y(), room.bottom() + 1 - outer.height()))
    if (x, y) != (corner.x(), corner.y()):
        dialog.move(x, y)


def _scroll_contents(dialog: QDialog) -> None:
    """Put the dialog's contents in a scroll area, its button row below it."""
    layout = dialog.layout()
    if layout is None:
        return
    buttons = _button_row(layout)
    children = dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    shown = [w for w in children if not w.isWindow() and not w.isHidden()]
    body = QWidget()
    body.setObjectName("screenFitBody")
    body.setLayout(layout)  # Qt moves the layout and its widgets over from the dialog
    for widget in shown:  # moved, they are hidden until Qt's next turn: shown at once
        if widget.parentWidget() is body:
            widget.show()
    area = QScrollArea()
    area.setObjectName("screenFitScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area, 1)
    area.show()  # added to a dialog on the screen, it would wait for Qt's next turn
    if buttons is not None:
        row = QVBoxLayout()
        margins = layout.contentsMargins()
        row.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        row.addWidget(buttons)
        outer.addLayout(row)
        buttons.show()
    dialog.setMinimumSize(0, 0)  # its contents scroll now


def _button_row(layout: QLayout) -> QDialogButtonBox | None:
    """The dialog's OK/Cancel row, taken out of its layout (the last one at the top level)."""
    for index in range(layout.count() - 1, -1, -1):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            layout.takeAt(index)
            return widget
    return None
