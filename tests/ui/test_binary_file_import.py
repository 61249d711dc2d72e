"""A Kyiv receptionist picks a file that is no text at all (a download cut short, saved as
.csv): "a;b;c" and then bytes. The column dialog opened and offered the whole first line as the
author column ("«a;b;c»: значення короткі й різні, як імена"). Now the window says the file is
not a readable table and what to do, and nothing opens or is imported."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from clinicrep.i18n import install_translators
from clinicrep.sources.table_files import read_table
from ui.dialogs import answer_next_dialog


def _binary_csv(tmp_path: Path, header: bytes) -> Path:
    junk = random.Random(18)
    path = tmp_path / "vidguky.csv"
    path.write_bytes(header + bytes(junk.randrange(256) for _ in range(20_000)))
    return path


@pytest.mark.parametrize("header", [b"a;b;c\n", b""])
def test_a_binary_file_is_said_to_be_no_readable_table(db, qtbot, monkeypatch, tmp_path, header):
    from clinicrep.ui.import_dialog import ImportDialog
    from clinicrep.ui.main_window import MainWindow

    path = _binary_csv(tmp_path, header)
    install_translators(QApplication.instance(), "uk")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
        )
        said = answer_next_dialog("OK")
        window.import_action.trigger()
        qtbot.waitUntil(lambda: said.seen)
        assert said.pressed, said.buttons
        assert said.title == "Імпорт відгуків"
        assert said.text.startswith("Цей файл не читається як таблиця: у ньому двійкові дані")
        assert "Вивантажте відгуки з майданчика ще раз" in said.text
        assert not any(isinstance(w, ImportDialog) for w in QApplication.topLevelWidgets())
        assert db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        window.close()
    finally:
        install_translators(QApplication.instance(), "en")


def test_real_exports_with_a_stray_control_character_still_open(tmp_path):
    """A few stray control characters (a pasted form feed, a vertical tab) are no binary."""
    path = tmp_path / "export.csv"
    rows = ["date;author;rating;text"] + [
        f"2026-11-{day:02d};Олена;5;Дякую лікарю за уважність\x0b і терпіння"
        for day in range(1, 29)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == ["date", "author", "rating", "text"]
