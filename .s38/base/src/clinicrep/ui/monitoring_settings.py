"""Settings → Monitoring: checks while the window is closed, e-mail alerts, what is installed."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from clinicrep.errors import NoSecureStorage
from clinicrep.messages import test_mail_message, user_message
from clinicrep.monitoring import mailer
from clinicrep.monitoring.install import MonitorInstaller
from clinicrep.monitoring.unattended import describe_entry
from clinicrep.secrets import TokenStore, default_store
from clinicrep.settings import Settings
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.placeholder_fit import keep_placeholder_whole
from clinicrep.ui.workers import Op, Progress

log = logging.getLogger(__name__)

SECURITY = ("starttls", "ssl", "none")


# one address: something@domain.tld, nothing else (a typo "anna.clinic.pl" must be seen)
_ADDRESS = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]+")


class MonitoringForm(QGroupBox):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        installer: Any = None,
        tokens: TokenStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Monitoring"))
        self._settings = settings
        self._tokens = tokens or default_store()
        self._installer: MonitorInstaller = installer or MonitorInstaller()

        self.monitor_enabled = QCheckBox(
            self.tr("Check for new reviews also while clinicrep is closed")
        )
        self.monitor_enabled.setChecked(settings.monitor_enabled)
        self.monitor_interval = QSpinBox()
        self.monitor_interval.setRange(5, 24 * 60)
        self.monitor_interval.setSuffix(self.tr(" min"))
        self.monitor_interval.setValue(settings.monitor_interval_minutes)
        self.start_in_tray = QCheckBox(self.tr("Start clinicrep in the tray when I log in"))
        self.start_in_tray.setChecked(settings.start_in_tray)
        self.stale_hours = QSpinBox()
        self.stale_hours.setRange(1, 24 * 7)
        self.stale_hours.setSuffix(self.tr(" h"))
        self.stale_hours.setValue(settings.stale_hours)

        self.smtp_host = QLineEdit(settings.smtp_host)
        keep_placeholder_whole(self.smtp_host, self.tr("e.g. mail.your-practice.com"))
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(settings.smtp_port)
        self.smtp_security = ChoiceBox()
        for code, label in zip(
            SECURITY, (self.tr("STARTTLS"), self.tr("SSL/TLS"), self.tr("None")), strict=True
        ):
            self.smtp_security.addItem(label, code)
        self.smtp_security.setCurrentIndex(
            max(0, self.smtp_security.findData(settings.smtp_security))
        )
        self.smtp_user = QLineEdit(settings.smtp_user)
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        keep_placeholder_whole(self.smtp_password, self.tr("empty: the saved one is kept"))
        self.smtp_password.setToolTip(
            self.tr("saved securely on this computer; leave empty to keep the saved one")
        )
        self.smtp_sender = QLineEdit(settings.smtp_sender)
        self.recipients = QLineEdit(", ".join(settings.alert_recipients))
        keep_placeholder_whole(
            self.recipients, self.tr("one or more addresses, separated by commas")
        )
        self.quiet_start = self._hour(settings.quiet_hours_start)
        self.quiet_end = self._hour(settings.quiet_hours_end)
        self.daily_digest = QCheckBox(self.tr("Send one e-mail a day with the alerts (digest)"))
        self.daily_digest.setChecked(settings.daily_digest)
        self.test_button = QPushButton(self.tr("Send a test message"))
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)

        self.installed = QPlainTextEdit()
        self.installed.setObjectName("installedEntries")
        self.installed.setReadOnly(True)
        self.installed.setMaximumHeight(90)

        form = QFormLayout(self)
        explain = explained_row
        explain(
            form,
            None,
            self.monitor_enabled,
            self.tr("Your system runs a check at the interval below, with no window open."),
        )
        explain(
            form,
            self.tr("Check every:"),
            self.monitor_interval,
            self.tr("How often those checks run."),
        )
        explain(
            form,
            None,
            self.start_in_tray,
            self.tr("An icon beside the clock shows alerts; click it to open the window."),
        )
        explain(
            form,
            self.tr("Warn when no check succeeded for:"),
            self.stale_hours,
            self.tr("So that a platform that stopped answering does not go unnoticed."),
        )
        explain(
            form,
            self.tr("Mail server:"),
            self.smtp_host,
            self.tr("Your e-mail provider's outgoing (SMTP) server, for alert e-mails."),
        )
        explain(
            form,
            self.tr("Port:"),
            self.smtp_port,
            self.tr("Usually 587 with STARTTLS or 465 with SSL/TLS."),
        )
        explain(
            form,
            self.tr("Security:"),
            self.smtp_security,
            self.tr("How the connection to the mail server is protected."),
        )
        explain(
            form,
            self.tr("User name:"),
            self.smtp_user,
            self.tr("The account name on the mail server, often the e-mail address."),
        )
        explain(
            form,
            self.tr("Password:"),
            self.smtp_password,
            self.tr(
                "Saved securely in this computer's password store, never in clinicrep's files."
            ),
        )
        explain(
            form,
            self.tr("From address:"),
            self.smtp_sender,
            self.tr("The sender of the alert e-mails."),
        )
        explain(
            form,
            self.tr("Send alerts to:"),
            self.recipients,
            self.tr("Who receives the alert e-mails."),
        )
        explain(
            form,
            self.tr("Quiet hours from:"),
            self.quiet_start,
            self.tr("From this hour on, alert e-mails wait until the quiet hours end."),
        )
        explain(
            form,
            self.tr("Quiet hours until:"),
            self.quiet_end,
            self.tr("The hour at which the held alert e-mails go out."),
        )
        explain(
            form,
            None,
            self.daily_digest,
            self.tr("All of a day's alerts in one e-mail instead of one e-mail each."),
        )
        form.addRow(self.test_button, self.test_result)
        explain(
            form,
            self.tr("Installed on this computer:"),
            self.installed,
            self.tr("What your system runs for clinicrep now, with the exact commands."),
        )
        for widget in (
            self.monitor_interval,
            self.stale_hours,
            self.smtp_host,
            self.smtp_port,
            self.smtp_security,
            self.smtp_user,
            self.smtp_password,
            self.smtp_sender,
            self.recipients,
            self.quiet_start,
            self.quiet_end,
        ):
            field_label = form.labelForField(widget)
            if isinstance(field_label, QLabel):
                widget.setAccessibleName(field_label.text().rstrip(":"))
        self.show_installed()

    def _hour(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(-1, 23)
        box.setSpecialValueText(self.tr("off"))  # -1: no quiet hours
        box.setSuffix(self.tr(":00"))
        box.setValue(value)
        return box

    def show_installed(self) -> None:
        """What the OS runs for clinicrep, with the exact commands, as it is right now."""
        try:
            entries = self._installer.status()
        except OSError:
            log.exception("could not list the monitoring entries")
            entries = []
        if entries:
            self.installed.setPlainText("\n".join(describe_entry(e) for e in entries))
        else:
            self.installed.setPlainText(
                self.tr("Nothing: reviews are checked only while the window is open.")
            )

    def values(self) -> dict[str, Any]:
        recipients = [part.strip() for part in self.recipients.text().replace(";", ",").split(",")]
        return {
            "monitor_enabled": self.monitor_enabled.isChecked(),
            "monitor_interval_minutes": self.monitor_interval.value(),
            "start_in_tray": self.start_in_tray.isChecked(),
            "stale_hours": self.stale_hours.value(),
            "smtp_host": self.smtp_host.text().strip(),
            "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData() or "starttls",
            "smtp_user": self.smtp_user.text().strip(),
            "smtp_sender": self.smtp_sender.text().strip(),
            "alert_recipients": [r for r in recipients if "@" in r],
            "quiet_hours_start": self.quiet_start.value(),
            "quiet_hours_end": self.quiet_end.value(),
            "daily_digest": self.daily_digest.isChecked(),
        }

    def not_addresses(self) -> list[str]:
        """What she typed among the alert addresses that is no e-mail address (it was dropped
        without a word on Save: alerts she expected went nowhere)."""
        parts = [part.strip() for part in self.recipients.text().replace(";", ",").split(",")]
        return [part for part in parts if part and not _ADDRESS.fullmatch(part)]

    def addresses_problem(self) -> str:
        """The sentence for the first entry that is not an address; '' when all are."""
        wrong = self.not_addresses()
        if not wrong:
            return ""
        return self.tr(
            "“{text}” is not an e-mail address. Write each address that gets alerts like "
            "name@your-practice.com, separated by commas."
        ).format(text=wrong[0])

    def addresses_ok(self) -> bool:
        """For Save: False (and the field shown, with why) when an address is wrong."""
        problem = self.addresses_problem()
        if not problem:
            return True
        QMessageBox.warning(self, self.tr("Monitoring"), problem)
        self.recipients.setFocus()
        return False

    def save_password(self) -> bool:
        """Store a newly typed password in the keyring; False (and a message) if impossible."""
        typed = self.smtp_password.text()
        if not typed:
            return True
        try:
            self._tokens.set(mailer.SMTP_OWNER, mailer.SMTP_PASSWORD, typed)
        except NoSecureStorage as e:
            QMessageBox.warning(self, self.tr("Monitoring"), user_message(e))
            return False
        self.smtp_password.clear()
        return True

    def send_test(self) -> None:
        if problem := self.addresses_problem():
            self.test_result.setText(problem)
            return
        settings = replace(self._settings, **self.values())
        password = self.smtp_password.text() or None
        tokens = self._tokens
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Sending…"))

        def work(_progress: Progress) -> None:
            mailer.send_test_message(settings, tokens, password=password)

        Op(self, work).on_success(self._test_sent).on_failure(self._test_failed).start()

    def _test_sent(self, _result: object) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("Sent. Check the mailbox of each address."))

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if getattr(error, "params", {}).get("reason") == "not_configured":
            self.test_result.setText(
                self.tr("Fill in the mail server and at least one address first.")
            )
        elif isinstance(error, mailer.MailError):
            self.test_result.setText(test_mail_message(error))
        else:
            self.test_result.setText(user_message(error))


def explained_row(form: QFormLayout, label: str | None, field: QWidget, explanation: str) -> QLabel:
    """A setting with its one-line explanation underneath (also read out by screen readers)."""
    if label is None:
        form.addRow(field)
    else:
        form.addRow(label, field)
    note = QLabel(explanation)
    note.setObjectName("explanation")
    note.setWordWrap(True)
    # muted, but readable: a disabled label's grey was too faint to read (about 1.6:1)
    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    field.setAccessibleDescription(explanation)
    if label is None:
        form.addRow(note)
    else:
        form.addRow("", note)
    return note
