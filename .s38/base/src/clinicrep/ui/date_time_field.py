"""A date-and-time field she can type into section by section ("03.11.2026 09:05") and that
gives the moment in UTC, whatever this computer's time zone.

Qt's QDateTimeEdit drops what is typed in two common ways: after a click the cursor sits
inside a section without selecting it, so the first digits typed make an invalid number and
are ignored; and after a section is full ("03") it moves on by itself, so the "." she types
next skips the month as well. Either way the field kept today's day or month while she saw
her own digits go by: a date "a day off", and which day depended on the time zone (the
field starts at the local "now").
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from clinicrep.i18n import four_digit_year


class DateTimeField(QDateTimeEdit):
    """Local date and minute, the year written whole, typed as people type dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        # Qt's short format has a two-digit year in English and Ukrainian ("12/3/26"): the
        # year whole, as the inbox and "Last checked" write it (i18n.short_date_text)
        self.setDisplayFormat(
            four_digit_year(self.locale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        )
        self.setDateTime(whole_minute(QDateTime.currentDateTime()))
        self._moved_on = False  # the last key filled a section and Qt went to the next
        self.lineEdit().installEventFilter(self)

    def moment(self) -> datetime:
        """The moment shown, as an aware UTC datetime (Qt's local time zone, not Python's
        guess from a naive value: the two can disagree, and a naive time in the hour a clock
        goes back is ambiguous)."""
        shown = whole_minute(self.dateTime())
        return datetime.fromtimestamp(shown.toSecsSinceEpoch(), UTC)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            # a click (on the text: Qt's line edit takes it, not the field) selects the
            # section under the pointer, so the digits typed next replace it; inserted into
            # "04" they made "304" and were dropped. After Qt has placed the cursor.
            QTimer.singleShot(0, self, self._select_clicked_section)
            self._moved_on = False
        return super().eventFilter(watched, event)

    def _select_clicked_section(self) -> None:
        if self.hasFocus() and not self.lineEdit().hasSelectedText():
            self.setSelectedSection(self.currentSection())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self._moved_on and len(text) == 1 and not text.isalnum():
            # the separator after a section Qt already left: typed by habit, not "skip one"
            self._moved_on = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text.isdigit() and self.currentSectionIndex() > before


def whole_minute(moment: QDateTime) -> QDateTime:
    """``moment`` without its seconds: the field shows minutes, and hidden seconds of the
    moment it opened would be stored with what she typed."""
    result = QDateTime(moment)
    result.setTime(QTime(moment.time().hour(), moment.time().minute()))
    return result
