"""The practice's IT provider set up a PostgreSQL server; the receptionist opens Settings >
Database, types what the provider wrote down, tests the connection (the window stays
responsive while it tries), and saves: the window reopens on the shared store. A mistake
(a wrong password, a server that is off) is one sentence. When the server is off at the
next start, the window offers to try again or to use this PC's own store for now."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clinicrep import paths
from clinicrep.store import chosen_store
from clinicrep.store.opening import open_store
from clinicrep.ui.database_settings import DatabasePage, DatabaseSettingsDialog
from clinicrep.ui.settings_dialog import SettingsDialog

PASSWORD = "Front-desk-pass-9"


@pytest.fixture(autouse=True)
def _fresh_location() -> Any:
    """Each test starts as a new run: no --db, no password kept from a URL."""
    yield
    chosen_store.use_for_this_run(None)
    chosen_store._session_passwords.clear()


@pytest.fixture
def practice_server(pg_server: Any, pg_target: Any) -> Any:
    """A user of the practice's own, with a password, owning a fresh database."""
    from clinicrep.store.pg import connect

    with pg_server.admin_connection() as admin:
        admin.execute("DROP ROLE IF EXISTS reception")
        admin.execute(f"CREATE ROLE reception LOGIN PASSWORD '{PASSWORD}'")
    with connect(pg_server.target(pg_target.dbname), pg_server.password) as conn:
        conn.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO reception")
        conn.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO reception")
    yield pg_target
    with connect(pg_server.target(pg_target.dbname), pg_server.password) as conn:
        conn.execute("DROP OWNED BY reception")  # its rights, so that the role can go
    with pg_server.admin_connection() as admin:
        admin.execute("DROP ROLE reception")


def _fill(page: DatabasePage, target: Any, password: str) -> None:
    page.shared.click()
    page.host.setText(target.host)
    page.port.setValue(target.port)
    page.dbname.setText(target.dbname)
    page.user.setText("reception")
    page.password.setText(password)
    page.tls.setCurrentIndex(page.tls.findData("prefer"))


def _database_settings(
    window: Any, qtbot: Any, server: Any, password: str
) -> tuple[SettingsDialog, DatabasePage]:
    """Settings opened on its Database page, the server's details typed in."""
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    page = _database_tab(dialog)
    _fill(page, server, password)
    return dialog, page


def _test_connection(page: DatabasePage, qtbot: Any) -> None:
    """Click Test connection and wait for its answer (it runs on a worker)."""
    page.test_button.click()
    qtbot.waitUntil(lambda: not page.testing, timeout=15_000)


def _database_tab(dialog: SettingsDialog) -> DatabasePage:
    for index in range(dialog.tabs.count()):
        if dialog.tabs.tabText(index) == "Database":
            dialog.tabs.setCurrentIndex(index)
            return dialog.database
    raise AssertionError("no Database tab")


def _answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.button(button).click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def _name_this_pc(name: str) -> list[str]:
    """Type ``name`` into the "Who uses this PC?" question when it shows, and save it."""
    from clinicrep.ui.this_pc_settings import NameThisPcDialog

    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, NameThisPcDialog) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.form.name.setText(name)
                widget.save.click()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def _click_in_box(name: str, label: str) -> list[str]:
    """Click ``label`` in the next message box (of that object name, if given) that shows."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QMessageBox)
                and widget.isVisible()
                and (not name or widget.objectName() == name)
            ):
                for button in widget.buttons():
                    if button.text().replace("&", "") == label:
                        seen.append(widget.text())
                        button.click()
                        return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def test_this_pc_only_is_the_default_and_the_server_rows_wait(window: Any, qtbot: Any) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    page = _database_tab(dialog)
    assert page.local.isChecked() and not page.server.isEnabled()
    page.shared.click()
    assert page.server.isEnabled()
    assert not page.ca_file.isEnabled()  # "require"-like modes need no CA file
    page.tls.setCurrentIndex(page.tls.findData("verify-full"))
    assert page.ca_file.isEnabled() and page.ca_choose.isEnabled()


def test_a_wrong_password_then_the_right_one_then_save_and_reopen_on_the_server(
    window: Any, qtbot: Any, practice_server: Any, memory_keyring: Any
) -> None:
    dialog, page = _database_settings(window, qtbot, practice_server, "not-the-password")
    page.test_button.click()
    assert page.testing and not page.test_button.isEnabled()  # on a worker: the window lives
    qtbot.waitUntil(lambda: not page.testing, timeout=15_000)
    assert page.result.text().startswith(
        "The database server did not accept the user “reception” with this password."
    )

    page.password.setText(PASSWORD)
    _test_connection(page, qtbot)
    assert page.result.text().startswith("Connected to PostgreSQL ")

    switched: list[bool] = []
    window.store_switch_requested.connect(lambda: switched.append(True))
    dialog.accept()
    assert dialog.store_changed
    window.apply_settings(dialog.result_settings())
    seen = _click_in_box("storeSwitch", "Copy, then open")
    _name_this_pc("Anna (reception)")
    window._offer_store_switch()
    assert seen[0].startswith("Copy this PC's ") and "kept as it is" in seen[0]
    summary = _click_in_box("", "OK")  # the copy's summary, once it is done
    qtbot.waitUntil(lambda: switched == [True], timeout=60_000)
    assert summary and summary[0].startswith("Copied ")
    reviews_here = window.db.execute("SELECT count(*) FROM reviews").fetchone()[0]

    saved = json.loads((paths.config_dir() / "store.json").read_text())
    assert saved["host"] == practice_server.host and saved["user"] == "reception"
    assert PASSWORD not in (paths.config_dir() / "store.json").read_text()
    assert PASSWORD in memory_keyring.passwords.values()
    with open_store() as shared:  # what the reopened window will use
        assert shared.dialect == "postgresql"
        assert shared.execute("SELECT current_user").fetchone()[0] == "reception"
        assert shared.execute("SELECT count(*) FROM reviews").fetchone()[0] == reviews_here

    again = SettingsDialog(window.settings, window)
    qtbot.addWidget(again)
    page = _database_tab(again)
    assert page.shared.isChecked() and page.password.text() == ""
    assert page.password.placeholderText().startswith("Saved securely on this computer")


def test_a_pc_moved_onto_the_server_from_settings_is_asked_its_name_before_the_others_see_it(
    window: Any, qtbot: Any, practice_server: Any, memory_keyring: Any
) -> None:
    from clinicrep import workstation

    assert not workstation.current().chosen  # this PC went by its login name so far
    dialog, page = _database_settings(window, qtbot, practice_server, PASSWORD)
    _test_connection(page, qtbot)
    switched: list[bool] = []
    window.store_switch_requested.connect(lambda: switched.append(True))
    dialog.accept()
    assert dialog.store_changed
    _click_in_box("storeSwitch", "Open without copying")
    asked = _name_this_pc("Anna (reception)")
    window._offer_store_switch()
    assert asked == ["Who uses this PC?"]
    assert switched == [True]
    # the window that opens on the server (and every PC that sees her reply) shows this name
    assert workstation.current().name == "Anna (reception)" and workstation.current().chosen


def test_choosing_the_server_for_the_next_start_asks_no_name_yet(
    window: Any, qtbot: Any, practice_server: Any, memory_keyring: Any
) -> None:
    from clinicrep import workstation

    dialog, page = _database_settings(window, qtbot, practice_server, PASSWORD)
    _test_connection(page, qtbot)
    dialog.accept()
    _click_in_box("storeSwitch", "At the next start")
    window._offer_store_switch()  # returns: no question waits unanswered
    assert not workstation.current().chosen  # the next start asks, on the server


def _reviews_moved_there_by_another_pc(window: Any, page: DatabasePage) -> int:
    """The desk's PC moved its reviews onto the server first (clinicrep db move)."""
    from clinicrep.store.move import move_store

    target = page.target()
    chosen_store.save_password(target, PASSWORD)  # type: ignore[arg-type]
    move_store(window.db.path, target)  # type: ignore[arg-type]
    return int(window.db.execute("SELECT count(*) FROM reviews").fetchone()[0])


def test_a_second_pc_moving_onto_a_server_that_holds_reviews_is_offered_only_to_open_them(
    window: Any, qtbot: Any, practice_server: Any, memory_keyring: Any
) -> None:
    dialog, page = _database_settings(window, qtbot, practice_server, PASSWORD)
    held = _reviews_moved_there_by_another_pc(window, page)
    _test_connection(page, qtbot)
    assert page.result.text().endswith(f"holds clinicrep's data ({held} reviews).")
    switched: list[bool] = []
    window.store_switch_requested.connect(lambda: switched.append(True))
    dialog.accept()
    offered: list[list[str]] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "storeSwitch":
                if widget.isVisible():
                    offered.append([b.text().replace("&", "") for b in widget.buttons()])
                    offered.append([widget.text()])
                    next(b for b in widget.buttons() if b.text() == "Open now").click()
                    return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    _name_this_pc("Dr Nowak")
    window._offer_store_switch(on_server=dialog.database.reviews_on_server())
    buttons, (text,) = offered
    assert sorted(buttons) == ["At the next start", "Open now"]  # no copy that must fail
    assert text.startswith("The shared database (")
    assert f"already holds {held} reviews of the practice" in text
    assert "stay in this PC's file" in text
    assert switched == [True]


def test_a_copy_onto_a_server_filled_since_the_test_says_what_to_do_in_the_window(
    window: Any, qtbot: Any, practice_server: Any, memory_keyring: Any
) -> None:
    dialog, page = _database_settings(window, qtbot, practice_server, PASSWORD)
    _test_connection(page, qtbot)  # empty at the test
    held = _reviews_moved_there_by_another_pc(window, page)  # the desk was quicker
    switched: list[bool] = []
    window.store_switch_requested.connect(lambda: switched.append(True))
    dialog.accept()
    _click_in_box("storeSwitch", "Copy, then open")
    _name_this_pc("Dr Nowak")
    warned = _click_in_box("", "OK")
    window._offer_store_switch(on_server=dialog.database.reviews_on_server())
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert warned[0] == (
        f"Nothing was copied: the server already holds {held} reviews of the practice. The "
        "window stays on this PC's database for now; restart clinicrep to open the shared "
        "reviews."
    )
    assert "--replace" not in warned[0]  # a command-line word means nothing in the window
    assert switched == []


def test_saving_an_untested_server_asks_first(
    window: Any, qtbot: Any, practice_server: Any
) -> None:
    dialog, page = _database_settings(window, qtbot, practice_server, PASSWORD)
    seen: list[str] = []
    _answer_next_question(QMessageBox.StandardButton.No, seen)
    dialog.accept()
    assert seen[0].startswith("This connection has not been tested successfully.")
    assert dialog.isVisible() or dialog.result() != SettingsDialog.DialogCode.Accepted
    assert not (paths.config_dir() / "store.json").exists()


def test_a_server_that_is_off_at_the_start_offers_this_pcs_store_for_now(
    qtbot: Any, practice_server: Any, db: Any
) -> None:
    import socket

    from clinicrep.store.pg import PgTarget
    from clinicrep.ui.store_recovery import open_store_with_way_out

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there: the server is "off"
    chosen_store.save_location(
        PgTarget(host="127.0.0.1", port=port, dbname=practice_server.dbname, user="reception")
    )
    db.execute("INSERT INTO settings (key, value) VALUES ('practice_name', '\"On this PC\"')")
    choices: list[str] = []

    def choose(label: str) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "serverWayOut" and widget.isVisible():
                assert isinstance(widget, QMessageBox)
                choices.append(widget.text())
                for button in widget.buttons():
                    if button.text() == label:
                        button.click()
                        return
        QTimer.singleShot(20, lambda: choose(label))

    QTimer.singleShot(0, lambda: choose("Try again"))
    QTimer.singleShot(300, lambda: choose("Use this PC only for now"))
    opened = open_store_with_way_out()
    assert opened is not None
    try:
        assert opened.dialect == "sqlite" and opened.path == paths.db_path()
        assert len(choices) == 2  # tried again, then chose this PC's store
        assert f"127.0.0.1:{port} did not answer" in choices[0]
        # only for this run: the PC still names the server for the next start
        assert chosen_store.is_shared(chosen_store.saved_location())
        from clinicrep.ui import store_recovery
        from clinicrep.ui.main_window import MainWindow

        assert store_recovery.local_for_now() == chosen_store.saved_location()
        window = MainWindow(opened)
        qtbot.addWidget(window)
        window.show_local_for_now(store_recovery.local_for_now())
        assert window.local_for_now.text().startswith(
            f"This PC's own database, for now: {practice_server.dbname} on 127.0.0.1:{port}"
        )
        window.close()
    finally:
        opened.close()
        chosen_store.use_for_this_run(None)
        store_recovery._local_for_now.clear()


def test_the_database_dialog_of_the_way_out_saves_the_choice(qtbot: Any) -> None:
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.page.local.click()
    dialog.accept()
    assert dialog.result() == DatabaseSettingsDialog.DialogCode.Accepted
    assert dialog.page.chosen() == paths.db_path()


def test_a_pc_on_a_file_of_its_own_keeps_it_when_settings_are_saved(
    tmp_path: Any, qtbot: Any
) -> None:
    own_file = tmp_path / "practice.sqlite3"
    chosen_store.save_location(own_file)
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.page.local.isChecked()
    assert not dialog.page.changed()
    dialog.accept()
    assert not dialog.page.save()
    assert chosen_store.current_location() == own_file


def test_on_a_shared_store_the_servers_backups_apply_and_a_copy_can_be_exported(
    qtbot: Any, pg_target: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from clinicrep.demo.populate import populate
    from clinicrep.store import open_database
    from clinicrep.ui.main_window import MainWindow

    shared = open_database(pg_target)
    populate(shared)
    window = MainWindow(shared)
    qtbot.addWidget(window)
    try:
        assert not window.restore_action.isEnabled()
        assert window.restore_action.text() == "Restore: the server's own backups apply"
        copy = tmp_path / "practice-copy.sqlite3"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
        summary = _click_in_box("", "OK")
        window.export_copy_action.trigger()
        qtbot.waitUntil(lambda: bool(summary), timeout=60_000)
        assert summary[0].startswith("Copied ")
        held = shared.execute("SELECT count(*) FROM reviews").fetchone()[0]
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == held
        assert chosen_store.current_location() == paths.db_path()  # the PC did not switch
    finally:
        window.close()
        shared.close()


def test_going_back_to_this_pcs_own_file_offers_to_bring_the_shared_work_along(
    qtbot: Any, pg_target: Any
) -> None:
    """The practice moved onto the server months ago; the owner takes the laptop home and
    chooses "This PC only": the file as it was before the move would show none of the
    months since, so the window offers to copy the shared reviews into it first."""
    from clinicrep.demo.populate import populate
    from clinicrep.model import Status
    from clinicrep.store import open_database
    from clinicrep.store.reviews import get_review, set_status
    from clinicrep.ui.main_window import MainWindow

    open_database(paths.db_path()).close()  # this PC's file, as it was: no reviews yet
    backups = paths.db_path().parent / "backups"
    before = set(backups.iterdir()) if backups.exists() else set()
    shared = open_database(pg_target)
    populate(shared)
    review_id = int(shared.execute("SELECT min(id) FROM reviews").fetchone()[0])
    set_status(shared, review_id, Status.ESCALATED)  # the months' work, on the server only
    held = int(shared.execute("SELECT count(*) FROM reviews").fetchone()[0])
    chosen_store.save_location(pg_target)
    window = MainWindow(shared)
    qtbot.addWidget(window)
    try:
        dialog = SettingsDialog(window.settings, window)
        qtbot.addWidget(dialog)
        page = _database_tab(dialog)
        assert page.shared.isChecked()
        page.local.click()
        dialog.accept()
        assert dialog.store_changed
        switched: list[bool] = []
        window.store_switch_requested.connect(lambda: switched.append(True))
        asked = _click_in_box("storeSwitch", "Copy here, then open")
        summary = _click_in_box("", "OK")
        window._offer_store_switch()
        assert asked[0].startswith(f"Copy the shared database's {held} reviews")
        assert "is not in it" in asked[0]  # what opening the file as it is would show
        qtbot.waitUntil(lambda: switched == [True], timeout=60_000)
        assert summary and summary[0].startswith("Copied ")
    finally:
        window.close()
        shared.close()
    home = open_database(paths.db_path())
    try:
        assert home.execute("SELECT count(*) FROM reviews").fetchone()[0] == held
        review = get_review(home, review_id)
        assert review is not None and review.status == Status.ESCALATED
    finally:
        home.close()
    assert set(backups.iterdir()) - before  # the file as it was, kept aside


@pytest.mark.parametrize(
    ("code", "word", "jargon"),
    [
        ("en", "database", "store"),
        ("ru", "база данных", "хранилищ"),
        ("pl", "baza danych", "magazyn"),
    ],
)
def test_the_note_when_the_server_is_away_speaks_of_the_database_not_a_store(
    db: Any, qtbot: Any, code: str, word: str, jargon: str
) -> None:
    """The practice's server was off this morning: the note above the inbox says the reviews
    are in this PC's own database for now, in words the receptionist knows."""
    from clinicrep.i18n import install_translators
    from clinicrep.store.pg import PgTarget
    from clinicrep.ui.main_window import MainWindow

    install_translators(QApplication.instance(), code)
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        server = PgTarget(host="127.0.0.1", port=5999, dbname="practice", user="desk")
        window.show_local_for_now(server)
        note = window.local_for_now.text()
        assert "practice" in note and "127.0.0.1:5999" in note
        assert word in note.lower() and jargon not in note.lower()
    finally:
        install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize(
    ("code", "word", "jargon"),
    [
        ("en", "database", "store"),
        ("ru", "база данных", "хранилищ"),
        ("pl", "baza danych", "magazyn"),
    ],
)
def test_the_server_off_at_the_start_and_the_name_question_speak_of_the_database(
    qtbot: Any, code: str, word: str, jargon: str
) -> None:
    """The two windows a receptionist meets first on a shared database (the server off at
    the start; "Who uses this PC?") use the word she knows, as the note above the inbox does."""
    from PySide6.QtWidgets import QLabel

    from clinicrep.errors import DatabaseConnectFailed
    from clinicrep.i18n import install_translators
    from clinicrep.store.pg import PgTarget
    from clinicrep.ui.store_recovery import ask_server_way_out
    from clinicrep.ui.this_pc_settings import NameThisPcDialog

    install_translators(QApplication.instance(), code)
    try:
        seen: list[str] = []

        def read_and_quit() -> None:
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == "serverWayOut" and widget.isVisible():
                    assert isinstance(widget, QMessageBox)
                    seen.append(widget.informativeText())
                    widget.buttons()[-1].click()
                    return
            QTimer.singleShot(20, read_and_quit)

        QTimer.singleShot(0, read_and_quit)
        server = PgTarget(host="127.0.0.1", port=5999, dbname="practice", user="desk")
        ask_server_way_out(None, DatabaseConnectFailed("refused"), server)
        (way_out,) = seen
        assert "127.0.0.1:5999" in way_out
        assert word in way_out.lower() and jargon not in way_out.lower()

        question = NameThisPcDialog()
        qtbot.addWidget(question)
        intro = question.findChild(QLabel, "nameThisPcIntro").text().lower()
        assert word in intro and jargon not in intro
    finally:
        install_translators(QApplication.instance(), "en")
