"""Alerts in the window (a banner) and on the desktop (a tray notification), once each.

Alerts are raised in the store by ``analysis.triage.raise_alerts`` off the GUI thread;
only the ones new at that moment are notified, and a banner shows what is still
unacknowledged (it survives a restart) until the user acknowledges it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from clinicrep.analysis.triage import TriageSettings, describe_alert, raise_alerts
from clinicrep.i18n import then_text
from clinicrep.model import Alert, utc_now
from clinicrep.monitoring.health import (
    describe_last_success,
    describe_stale,
    source_health,
    stale_warning,
)
from clinicrep.settings import Settings
from clinicrep.store import open_database
from clinicrep.store.alerts import acknowledge_alert, unacknowledged_alerts
from clinicrep.store.db import Database
from clinicrep.ui.icons import app_icon
from clinicrep.ui.workers import Op, Progress


def triage_settings(settings: Settings) -> TriageSettings:
    return TriageSettings(
        spike_threshold=settings.spike_threshold, urgent_threshold=settings.urgent_threshold
    )


def raise_alerts_in_background(
    parent: QObject, db_path: Path, settings: Settings, on_new: object
) -> None:
    """Check for spikes and urgent reviews off the GUI thread; ``on_new(list[Alert])``."""
    triage = triage_settings(settings)

    def work(_progress: Progress) -> list[Alert]:
        from clinicrep.monitoring.mailer import mail_new_alerts  # smtplib: not at start-up
        from clinicrep.secrets import default_store

        with open_database(db_path) as db:
            new = raise_alerts(db, now=utc_now(), settings=triage)
            mail_new_alerts(db, new, settings, default_store())  # e-mail, if set up
            return new

    Op(parent, work).on_success(on_new).start()  # type: ignore[arg-type]


class AlertBanner(QFrame):
    """The oldest unacknowledged alert, with 'Show review' and 'Acknowledge'."""

    show_review = Signal(int)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            "#alertBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
            " #alertBanner QLabel { color: #7f1d1d; }"
        )
        self.setAccessibleName(self.tr("Alert"))
        self.text = QLabel()
        self.text.setObjectName("alertText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show review"))
        self.show_button.clicked.connect(self._show)
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setToolTip(self.tr("Mark this alert as seen; it will not come back"))
        self.ack_button.clicked.connect(self.acknowledge_current)
        layout = QHBoxLayout(self)
        layout.addWidget(QLabel("⚠"))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.ack_button)
        self.current: Alert | None = None
        self.refresh()

    def refresh(self) -> None:
        pending = unacknowledged_alerts(self.db)
        self.current = pending[0] if pending else None
        if self.current is None:
            self.hide()
            return
        more = len(pending) - 1
        text = describe_alert(self.current)
        if more:
            text = then_text(text, self.tr("(%n more alert(s))", "", more))
        self.text.setText(text)
        self.show_button.setVisible(self.current.review_id is not None)
        self.show()

    def acknowledge_current(self) -> None:
        if self.current is not None and self.current.id is not None:
            acknowledge_alert(self.db, self.current.id)
            self.refresh()
            self.changed.emit()

    def _show(self) -> None:
        if self.current is not None and self.current.review_id is not None:
            self.show_review.emit(self.current.review_id)


class TrayNotifier(QObject):
    """A system-tray icon where the desktop has a tray; notifications for new alerts."""

    open_requested = Signal()  # the icon was clicked: show the window (started in the tray)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[str] = []  # alert keys notified in this session (once each)
        self.tooltip = "clinicrep"
        self.stale_shown = ""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("clinicrep")
            self.tray.activated.connect(lambda _reason: self.open_requested.emit())
            self.tray.show()

    def show_health(self, lines: list[str], stale_text: str) -> None:
        """The last successful check per source as the tooltip; a stale warning once."""
        self.tooltip = "\n".join(["clinicrep", *lines])
        if self.tray is not None:
            self.tray.setToolTip(self.tooltip)
        if stale_text and stale_text != self.stale_shown:
            self.stale_shown = stale_text
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr("clinicrep is not checking for reviews"),
                    stale_text,
                    QSystemTrayIcon.MessageIcon.Warning,
                    15000,
                )

    def notify(self, alerts: list[Alert]) -> None:
        for alert in alerts:
            if alert.key in self.shown:
                continue
            self.shown.append(alert.key)
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr("clinicrep alert"),
                    describe_alert(alert),
                    QSystemTrayIcon.MessageIcon.Warning,
                    15000,
                )


class MonitoringBanner(QFrame):
    """Whether clinicrep is still watching: the stale warning, and what arrived while closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringBanner")
        self.setStyleSheet(
            "#monitoringBanner { background: #fff4e5; border: 1px solid #f0a54a;"
            " border-radius: 4px; } #monitoringBanner QLabel { color: #5c3300; }"
        )
        self.setAccessibleName(self.tr("Monitoring"))
        self.text = QLabel()
        self.text.setObjectName("monitoringText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Hide"))
        self.close_button.clicked.connect(self._hidden)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.stale_text = ""
        self.new_text = ""
        self.check_text = ""
        self.note_text = ""  # where an import put its reviews, until hidden
        self.health_lines: list[str] = []
        self.hide()

    def _hidden(self) -> None:
        self.note_text = ""  # read: not shown again at the next refresh
        self.hide()

    def show_note(self, text: str) -> None:
        """A sentence the status line cuts off under its counts (the import's reviews filed
        as history, in Polish at 1280 px), said whole until Hide."""
        self.note_text = text
        self._show()

    def refresh(self, db: Database, settings: Settings) -> None:
        """Re-read the sources' last outcomes; show the stale warning when it is due."""
        health = source_health(db)
        self.health_lines = [describe_last_success(h) for h in health]
        warning = stale_warning(db, now=utc_now(), stale_hours=settings.stale_hours, health=health)
        self.stale_text = describe_stale(warning) if warning is not None else ""
        self._show()

    def show_new_since_last_looked(self, count: int) -> None:
        self.new_text = (
            self.tr("%n new review(s) since you last looked.", "", count) if count else ""
        )
        self._show()

    def show_check_problems(self, lines: list[str]) -> None:
        """What the last check could not do, and what to do about it ("Open Sources and
        connect the account again"): in full, where the status line cut it off; a check
        without problems takes it away."""
        self.check_text = "\n".join(lines)
        self._show()

    def _show(self) -> None:
        # a problem the stale warning already lists is said once
        check = "\n".join(
            line for line in self.check_text.splitlines() if line not in self.stale_text
        )
        text = "\n\n".join(t for t in (self.stale_text, check, self.new_text, self.note_text) if t)
        self.text.setText(text)
        self.setVisible(bool(text))
