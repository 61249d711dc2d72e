"""A receptionist's first import on a new PC: the status line that said "nothing is connected
yet, import a file" goes once she has, and when the file's reviews are old enough to be filed
as history (a Yandex export of last year: 500 reviews, an empty "Needs attention"), the line
says where they are, in her language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from clinicrep.i18n import install_translators
from ui.dialogs import answer_next_dialog

# (language, the import dialog's button, the OK of "Import finished", the start's line,
# words of the line after the import)
LANGUAGES = [
    (
        "en",
        "Import",
        "OK",
        "Nothing is connected yet",
        ("2 imported reviews", "“Imported history”"),
    ),
    ("ru", "Импортировать", "OK", "Пока ничего не подключено", ("2 импортированных", "«Архивные»")),
    ("uk", "Імпортувати", "OK", "Поки нічого не підключено", ("2 імпортовані", "«Архівні»")),
    ("pl", "Importuj", "OK", "Nic nie jest jeszcze połączone", ("2 zaimportowane", "„Archiwalne”")),
    ("zh_CN", "导入", "确定", "尚未连接任何来源", ("2 条导入的评价", "导入的历史记录")),
]


@pytest.fixture
def language():
    yield lambda code: install_translators(QApplication.instance(), code)
    install_translators(QApplication.instance(), "en")


def _import_through_the_menu(window, qtbot, monkeypatch, path: Path, import_button: str, ok: str):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    columns = answer_next_dialog(import_button)
    window.import_action.trigger()
    assert columns.pressed, columns.buttons
    finished = answer_next_dialog(ok, timeout_s=20)
    qtbot.waitUntil(lambda: finished.pressed, timeout=20_000)
    qtbot.waitUntil(
        lambda: not window.model.loading and window.pages.currentWidget() is not window.welcome
    )


def _csv(tmp_path: Path, days_ago: tuple[int, ...]) -> Path:
    today = datetime.now(UTC).date()
    rows = ["date,author,rating,text"]
    for n, days in enumerate(days_ago):
        day = (today - timedelta(days=days)).isoformat()
        rows.append(f"{day},Автор {n},2,Долго ждали в регистратуре, никто не извинился {n}")
    path = tmp_path / "reviews.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("code", "import_button", "ok", "start_line", "after"), LANGUAGES)
def test_old_imported_reviews_are_said_to_be_history_and_nothing_connected_goes(
    db, qtbot, monkeypatch, tmp_path, language, code, import_button, ok, start_line, after
):
    from clinicrep.ui.main_window import MainWindow

    language(code)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.check_now()  # what the start does with nothing connected
    assert start_line in window.statusBar().currentMessage()

    _import_through_the_menu(
        window, qtbot, monkeypatch, _csv(tmp_path, (400, 380)), import_button, ok
    )
    line = window.statusBar().currentMessage()
    assert start_line not in line
    for words in after:
        assert words in line, (code, line)
    assert window.model.rowCount() == 0  # "Needs attention" is empty: the line says why
    window.close()


def test_a_fresh_import_clears_the_nothing_connected_line_and_shows_its_reviews(
    db, qtbot, monkeypatch, tmp_path
):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.check_now()
    assert "Nothing is connected yet" in window.statusBar().currentMessage()

    _import_through_the_menu(window, qtbot, monkeypatch, _csv(tmp_path, (1, 2)), "Import", "OK")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert "Nothing is connected yet" not in window.statusBar().currentMessage()
    assert "history" not in window.statusBar().currentMessage()
    window.close()
