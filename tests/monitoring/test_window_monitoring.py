"""The window: what arrived while it was closed, the stale warning, and Settings → Monitoring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.monitoring import mailer
from clinicrep.monitoring.install import MonitorInstaller
from clinicrep.secrets import TokenStore
from clinicrep.settings import load_settings, read_settings
from clinicrep.store import Database
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source, record_sync_outcome
from ui.dialogs import answer_next_dialog

from .conftest import RecordingRunner, free_port

NOW = datetime.now(UTC).replace(microsecond=0)


def add_reviews(db: Database, source: Source, first: int, count: int) -> None:
    assert source.id is not None
    upsert_reviews(db, [
        Review(source_id=source.id, external_id=f"r{n}", created_at=NOW - timedelta(hours=1),
               author="A", rating=5, text="Kind and careful")
        for n in range(first, first + count)
    ])  # fmt: skip


@pytest.fixture
def google(db: Database) -> Source:
    source = add_source(db, Source(kind=SourceKind.GOOGLE, name="Google", platform=Platform.GOOGLE))
    assert source.id is not None
    record_sync_outcome(db, source.id, error_code=None, at=NOW - timedelta(minutes=10))
    return source


@pytest.fixture
def open_window(db: Database, qtbot, home: Path, runner: RecordingRunner, data_dir: Path):
    from clinicrep.ui.main_window import MainWindow

    MainWindow.monitor_installer = MonitorInstaller(
        system="Linux", runner=runner, home=home, data_dir=data_dir
    )
    opened = []

    def make() -> MainWindow:
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.show()
        opened.append(win)
        return win

    yield make
    MainWindow.monitor_installer = None
    for win in opened:
        win.close()


def test_the_window_shows_how_many_reviews_arrived_while_it_was_closed(
    db: Database, google: Source, open_window
) -> None:
    add_reviews(db, google, 0, 3)
    first = open_window()  # the very first look: nothing to compare with, nothing to say
    assert not first.monitoring.isVisible()
    first.close()
    add_reviews(db, google, 3, 3)  # the scheduled check found three while it was closed
    second = open_window()
    assert second.monitoring.isVisible()
    assert "3 new reviews since you last looked." in second.monitoring.text.text()
    second.close()
    add_reviews(db, google, 6, 2)
    third = open_window()
    assert "2 new reviews since you last looked." in third.monitoring.text.text()
    third.close()
    fourth = open_window()
    assert not fourth.monitoring.isVisible()


def test_a_stale_monitoring_warning_shows_in_the_window_and_the_tray(
    db: Database, open_window
) -> None:
    source = add_source(db, Source(kind=SourceKind.GOOGLE, name="Google", platform=Platform.GOOGLE))
    assert source.id is not None
    record_sync_outcome(db, source.id, error_code=None, at=NOW - timedelta(hours=8))
    record_sync_outcome(db, source.id, error_code="auth_expired", at=NOW - timedelta(minutes=5))
    win = open_window()
    text = win.monitoring.text.text()
    assert "has not been able to check for new reviews for more than 6 hours" in text
    assert "Google: The connection to this platform has expired" in text
    assert "Google: last successful check" in win.tray.tooltip


def test_settings_turn_the_scheduled_check_on_and_list_it_with_its_command(
    db: Database, google: Source, open_window, home: Path, runner: RecordingRunner, qtbot
) -> None:
    from clinicrep.ui.settings_dialog import SettingsDialog

    win = open_window()
    dialog = SettingsDialog(win.settings, win, installer=win.monitor_installer)
    qtbot.addWidget(dialog)
    assert "Nothing" in dialog.monitoring.installed.toPlainText()
    dialog.monitoring.monitor_enabled.setChecked(True)
    dialog.monitoring.monitor_interval.setValue(20)
    dialog.monitoring.start_in_tray.setChecked(True)
    dialog.monitoring.smtp_host.setText("mail.clinic.example")
    dialog.monitoring.smtp_user.setText("owner")
    dialog.monitoring.smtp_password.setText("pa55-in-keyring-only")
    dialog.monitoring.recipients.setText("owner@clinic.example; bad-address, desk@clinic.example")
    warned = answer_next_dialog("OK")  # a wrong address is pointed out, not dropped unseen
    dialog.accept()
    assert warned.pressed and warned.text.startswith("“bad-address” is not an e-mail address.")
    assert load_settings(db).alert_recipients == []  # nothing saved yet
    dialog.monitoring.recipients.setText("owner@clinic.example; desk@clinic.example")
    dialog.accept()
    win.apply_settings(dialog.result_settings())
    assert (home / ".config" / "systemd" / "user" / "clinicrep-sync.timer").exists()
    assert (home / ".config" / "autostart" / "clinicrep.desktop").exists()
    saved = load_settings(db)
    assert saved.monitor_enabled and saved.monitor_interval_minutes == 20
    assert saved.alert_recipients == ["owner@clinic.example", "desk@clinic.example"]
    assert TokenStore().get("smtp", "password") == "pa55-in-keyring-only"
    assert "pa55" not in repr(read_settings(db))
    again = SettingsDialog(win.settings, win, installer=win.monitor_installer)
    qtbot.addWidget(again)
    listed = again.monitoring.installed.toPlainText()
    assert "systemd-timer" in listed and '"sync" "--quiet"' in listed and "--tray" in listed
    # turning both off removes both entries
    again.monitoring.monitor_enabled.setChecked(False)
    again.monitoring.start_in_tray.setChecked(False)
    win.apply_settings(again.result_settings())
    assert not (home / ".config" / "systemd" / "user" / "clinicrep-sync.timer").exists()
    assert not (home / ".config" / "autostart" / "clinicrep.desktop").exists()


def test_send_a_test_message_button_reaches_the_mailbox(
    db: Database, open_window, smtp_server, qtbot
) -> None:
    from clinicrep.ui.settings_dialog import SettingsDialog

    controller, inbox = smtp_server
    win = open_window()
    dialog = SettingsDialog(win.settings, win, installer=win.monitor_installer)
    qtbot.addWidget(dialog)
    form = dialog.monitoring
    form.smtp_host.setText("127.0.0.1")
    form.smtp_port.setValue(controller.port)
    form.smtp_security.setCurrentIndex(form.smtp_security.findData("none"))
    form.recipients.setText("owner@clinic.example")
    form.test_button.click()
    qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=10000)
    assert form.test_result.text() == "Sent. Check the mailbox of each address."
    assert [m["Subject"] for m in inbox.messages] == ["clinicrep: test message"]
    assert mailer.SMTP_OWNER == "smtp"


def test_a_wrong_mail_server_is_named_beside_the_settings_to_fix(
    db: Database, open_window, smtp_server, qtbot
) -> None:
    """She fills in Monitoring and e-mail with a mistake, presses 'Send a test message' and is
    told which setting is wrong (the server's name, the port, the security, an address)."""
    from clinicrep.ui.settings_dialog import SettingsDialog

    controller, inbox = smtp_server
    win = open_window()
    dialog = SettingsDialog(win.settings, win, installer=win.monitor_installer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.monitoring

    def test_with(host: str, port: int, security: str, recipients: str) -> str:
        form.smtp_host.setText(host)
        form.smtp_port.setValue(port)
        form.smtp_security.setCurrentIndex(form.smtp_security.findData(security))
        form.recipients.setText(recipients)
        form.test_button.click()
        qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=20000)
        return form.test_result.text()

    said = test_with("mail.no-such-host.invalid", 587, "starttls", "owner@clinic.example")
    assert said.startswith("The test message was not sent: no mail server named ")
    assert "“mail.no-such-host.invalid”" in said
    dead = free_port()
    said = test_with("127.0.0.1", dead, "starttls", "owner@clinic.example")
    assert said.startswith(
        f"The test message was not sent: nothing answered at “127.0.0.1” on port {dead}."
    )
    said = test_with("127.0.0.1", controller.port, "ssl", "owner@clinic.example")
    assert said.startswith("The test message was not sent: the secure connection with “127.0.0.1”")
    assert "alerts are kept" not in said  # a test is no alert waiting to be sent
    said = test_with(
        "127.0.0.1", controller.port, "none", "owner@clinic.example, manager.clinic.example"
    )
    assert said.startswith("“manager.clinic.example” is not an e-mail address.")
    assert inbox.messages == []

    # Save with the typo: the page stays, says why, and the typed address is still there
    warned = answer_next_dialog("OK")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert warned.pressed and warned.text.startswith("“manager.clinic.example” is not an e-mail")
    assert dialog.isVisible() and "manager.clinic.example" in form.recipients.text()
    assert form.recipients.isVisibleTo(dialog) and form.isVisibleTo(dialog.tabs.currentWidget())

    said = test_with(
        "127.0.0.1", controller.port, "none", "owner@clinic.example, manager@clinic.example"
    )
    assert said == "Sent. Check the mailbox of each address."
    assert [m["To"] for m in inbox.messages] == ["owner@clinic.example, manager@clinic.example"]
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert dialog.result_settings().alert_recipients == [
        "owner@clinic.example",
        "manager@clinic.example",
    ]


def test_last_years_reviews_imported_while_away_are_not_news_on_the_next_start(
    db: Database, google: Source, open_window, tmp_path: Path
) -> None:
    from clinicrep.cli import main as cli_main

    add_reviews(db, google, 0, 3)
    first = open_window()  # she has looked at the inbox
    first.close()
    today = datetime.now(UTC).date()
    rows = ["date,author,stars,text"]
    for n in range(40):  # a Yandex Maps export of last year, and one review of yesterday
        rows.append(f"{today - timedelta(days=400 + n)},Гость {n},2,Долго ждали в регистратуре")
    rows.append(f"{today - timedelta(days=1)},Ирина,1,Нагрубили по телефону")
    export = tmp_path / "yandex.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert cli_main(["import", str(export), "--source", "Яндекс", "--platform", "yandex"]) == 0
    second = open_window()
    assert second.monitoring.isVisible()
    # the one review of yesterday is news; the forty of last year are history
    assert "1 new review since you last looked." in second.monitoring.text.text()
