"""A Kraków front desk imports ZnanyLekarz's export each month through File → Import a file.
Each month's file has a new name and holds last month's reviews again: the import dialog
named the source after the file, so the second file made a second source and every review
already in the inbox came in a second time (to be answered twice, counted twice)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from clinicrep.model import Platform
from clinicrep.store.sources import list_sources
from clinicrep.ui.import_dialog import ImportDialog


def _export(folder: Path, name: str, days_ago: tuple[int, ...]) -> Path:
    """ZnanyLekarz-like rows, newest first, as each month's export repeats the older ones."""
    today = datetime.now(UTC).date()
    rows = ["Data,Autor,Ocena,Treść opinii"]
    for days in days_ago:
        day = (today - timedelta(days=days)).isoformat()
        rows.append(f"{day},Pacjent {days},4,Miła obsługa w rejestracji, wizyta {days} dni temu")
    path = folder / name
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _import(window, qtbot, monkeypatch, path: Path, site: Platform = Platform.ZNANYLEKARZ) -> str:
    """File → Import a file…, the file chosen, Import pressed, then OK: the name it used."""
    return _import_finished(window, qtbot, monkeypatch, path, site)[0]


def _import_finished(
    window, qtbot, monkeypatch, path: Path, site: Platform = Platform.ZNANYLEKARZ
) -> tuple[str, str]:
    """``_import``: the name it used and what "Import finished" said."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog):
            # "Website": ZnanyLekarz (its export has no columns of its own to recognise)
            dialog.platform.setCurrentIndex(dialog.platform.findData(site.value))
            seen["name"] = dialog.source_name.text()
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        elif isinstance(dialog, QMessageBox):  # "Import finished"
            seen["done"] = dialog.text()
            dialog.accept()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "done" in seen, timeout=20_000)
    return seen["name"], seen["done"]


def test_next_months_export_goes_into_the_same_source_and_adds_only_the_new_reviews(
    db, qtbot, monkeypatch, tmp_path
):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    november = _import(
        window, qtbot, monkeypatch, _export(tmp_path, "opinie_listopad.csv", (9, 8, 7))
    )
    assert november == "opinie_listopad"  # the first file names its source, as before
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 3)

    december = _import(
        window, qtbot, monkeypatch, _export(tmp_path, "opinie_grudzien.csv", (2, 1, 9, 8, 7))
    )
    assert december == "opinie_listopad"  # the source that already holds them
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 5)
    qtbot.wait(300)
    assert window.model.rowCount() == 5  # 3 + the 2 new ones; it was 8
    assert [(s.name, s.platform) for s in list_sources(db)] == [
        ("opinie_listopad", Platform.ZNANYLEKARZ)
    ]
    # a file of a site clinicrep does not know ("Other") is named after itself, as before
    other = _export(tmp_path, "ankieta.csv", (3,))
    assert _import(window, qtbot, monkeypatch, other, Platform.OTHER) == "ankieta"
    window.close()


def test_the_same_export_imported_again_is_not_analysed_again(
    db, qtbot, monkeypatch, tmp_path, analysed_ids
):
    """Each month's file holds last month's reviews again: every one of them was analysed
    again on each import; now only the new ones are, and the summary says so."""
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    november = _export(tmp_path, "opinie_listopad.csv", tuple(range(1, 11)))
    _import(window, qtbot, monkeypatch, november)
    assert len(analysed_ids) == 10
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 10)
    analysed_ids.clear()

    _name, again = _import_finished(window, qtbot, monkeypatch, november)

    assert analysed_ids == []  # the old code analysed all 10 again
    assert "Rows read: 10. New reviews imported: 0, updated: 0, already there: 10," in again

    december = _export(tmp_path, "opinie_grudzien.csv", (0, *range(1, 11)))
    _name, next_month = _import_finished(window, qtbot, monkeypatch, december)

    assert len(analysed_ids) == 1  # only the new review
    assert "Rows read: 11. New reviews imported: 1, updated: 0, already there: 10," in next_month
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 11)
    window.close()
