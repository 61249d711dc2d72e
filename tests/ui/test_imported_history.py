"""A receptionist imports last year's ZnanyLekarz export on her first morning: the old reviews
are history, not thirty overdue emergencies, while this week's rows still need attention;
a date without a time shows without a made-up 00:00."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from clinicrep.model import Platform, Status
from clinicrep.settings import Settings, save_settings
from clinicrep.sources.csvfile import read_table
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import reviews_by_ids
from clinicrep.ui.import_dialog import ImportDialog, start_import
from clinicrep.ui.inbox_model import Column


def _export(tmp_path, today: date):
    old = today - timedelta(days=200)
    recent = today - timedelta(days=3)
    rows = [
        "Autor,Ocena,Data,Opinia",
        f"Jan K.,1,{old.isoformat()},Czekałem dwie godziny i nikt nie przeprosił.",
        f"Ewa M.,5,{(old + timedelta(days=30)).isoformat()},Świetna lekarka, polecam.",
        f"Piotr Z.,2,{recent.isoformat()},Rejestracja nie odbiera telefonu.",
    ]
    path = tmp_path / "znanylekarz.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_old_imported_reviews_are_history_and_recent_ones_need_attention(
    db, qtbot, tmp_path, monkeypatch
):
    from clinicrep.ui.main_window import MainWindow

    save_settings(db, Settings(imported_history_days=14))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    path = _export(tmp_path, date.today())
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    dialog = ImportDialog(path, read_table(path), window)
    qtbot.addWidget(dialog)
    start_import(
        window,
        db.path,
        path,
        source_name="ZnanyLekarz",
        platform=Platform.ZNANYLEKARZ,
        language="pl",
        mapping=dialog.mapping(),
    )
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=10000)
    statuses = {
        r.author: r.status for r in reviews_by_ids(db, review_ids(db, ReviewQuery(sort="created")))
    }
    assert statuses == {
        "Jan K.": Status.IMPORTED_HISTORY,
        "Ewa M.": Status.IMPORTED_HISTORY,
        "Piotr Z.": Status.NEW,
    }
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)  # Needs attention
    assert window.model.index(0, Column.AUTHOR).data() == "Piotr Z."
    assert "overdue: 1" in window.counts.text()  # the recent one only, not the 200-day-old
    window.filters.view.setCurrentIndex(window.filters.view.findData("imported_history"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert window.model.index(0, Column.STATUS).data() == "Imported history"
    assert window.model.index(0, Column.TIME_LEFT).data() in ("", None, "—")


def test_a_date_without_a_time_shows_without_midnight(db, qtbot, tmp_path, monkeypatch):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    path = _export(tmp_path, date.today())
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    dialog = ImportDialog(path, read_table(path), window)
    qtbot.addWidget(dialog)
    start_import(
        window,
        db.path,
        path,
        source_name="ZnanyLekarz",
        platform=Platform.ZNANYLEKARZ,
        language="pl",
        mapping=dialog.mapping(),
    )
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=10000)
    shown = window.model.index(0, Column.DATE).data()
    assert "00:00" not in shown and shown
    qtbot.waitUntil(lambda: window.pane.review is not None, timeout=5000)
    assert "00:00" not in window.pane.date.text()
    assert window.model.index(0, Column.DATE).flags() & Qt.ItemFlag.ItemIsEnabled
