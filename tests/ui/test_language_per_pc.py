"""The desk reads the window in Russian, the consulting room in English, on one shared
PostgreSQL store: each PC's language and theme are its own (its config folder), never the
practice's. A PC that moves its own file onto the server keeps the language it had."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from clinicrep import paths
from clinicrep.settings import Settings, load_settings, save_settings
from clinicrep.store import open_database
from clinicrep.store.settings import write_settings
from clinicrep.ui.settings_dialog import SettingsDialog


def _pc(folder: Path) -> None:
    """From here on, the process is that PC (its own data and config folder)."""
    folder.mkdir(exist_ok=True)
    paths.set_data_dir(folder)


def _language_shown(window: Any, qtbot: Any) -> str:
    """What Settings > Language and look shows in its language box."""
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    return str(dialog.ui_language.currentText())


def test_the_desk_switching_to_russian_leaves_the_consulting_room_in_its_own_language(
    qtbot: Any, data_dir: Path, pg_server: Any, pg_target: Any
) -> None:
    from clinicrep.ui.main_window import MainWindow

    shared = open_database(pg_target, password=pg_server.password)
    try:
        _pc(data_dir.parent / "desk")
        desk = MainWindow(shared)
        qtbot.addWidget(desk)
        switched: list[str] = []
        desk.language_changed.connect(switched.append)
        desk.apply_settings(replace(desk.settings, ui_language="ru", theme="dark"))
        assert switched == ["ru"]
        assert _language_shown(desk, qtbot) == "Русский"

        _pc(data_dir.parent / "consulting-room")
        assert load_settings(shared).ui_language == ""  # what the window starts in
        room = MainWindow(shared)
        qtbot.addWidget(room)
        assert _language_shown(room, qtbot) == "Same as the system"
        assert room.settings.theme == "system"
        # the practice's own settings are still one for both
        assert room.settings.practice_name == desk.settings.practice_name

        _pc(data_dir.parent / "desk")  # the desk, at its next start
        assert load_settings(shared).ui_language == "ru"
        assert load_settings(shared).theme == "dark"
    finally:
        shared.close()


def test_a_pc_moving_its_own_file_onto_the_server_keeps_its_language(
    data_dir: Path, pg_server: Any, pg_target: Any
) -> None:
    from clinicrep.store.move import move_store

    local = open_database(paths.db_path())
    # as an older version kept it: in this PC's file only
    save_settings(local, Settings(practice_name="Family Clinic"))
    write_settings(local, {"ui_language": "pl"})
    (paths.config_dir() / "window.json").unlink(missing_ok=True)
    assert load_settings(local).ui_language == "pl"
    local.close()
    move_store(paths.db_path(), pg_target)
    shared = open_database(pg_target, password=pg_server.password)
    try:
        assert load_settings(shared).ui_language == "pl"
        assert load_settings(shared).practice_name == "Family Clinic"
        # moved by an older version, which kept the language in the store only: this PC's
        # own file (kept as it was by the move) still says what it chose
        (paths.config_dir() / "window.json").unlink()
        assert load_settings(shared).ui_language == "pl"
        _pc(data_dir.parent / "second-pc")
        assert load_settings(shared).ui_language == ""
    finally:
        shared.close()
