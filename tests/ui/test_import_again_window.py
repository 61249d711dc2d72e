"""A front desk imports the same monthly export again through File → Import a file…: the
summary says nothing is new, and no stored review is analysed again (it was, every row of
the file, each month)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from clinicrep.analysis import pipeline
from clinicrep.model import Review
from clinicrep.ui.import_dialog import ImportDialog

ROWS = 40


def _export(folder: Path) -> Path:
    """This month's reviews (the inbox shows them: none is old enough to be history)."""
    today = datetime.now(UTC).date()
    path = folder / "opinie_listopad.csv"
    lines = ["Data,Autor,Ocena,Treść opinii"]
    for i in range(ROWS):
        day = (today - timedelta(days=i % 7)).isoformat()
        lines.append(f"{day},Pacjent {i},{1 + i % 5},Wizyta numer {i} u dentysty")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(window, qtbot, monkeypatch, path: Path) -> str:
    """File → Import a file…, the file chosen, Import pressed: the "Import finished" text."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        elif isinstance(dialog, QMessageBox):
            seen["done"] = dialog.text()
            dialog.accept()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "done" in seen, timeout=30_000)
    return seen["done"]


def test_the_same_export_imported_again_is_not_analysed_again(db, qtbot, monkeypatch, tmp_path):
    from clinicrep.ui.main_window import MainWindow

    analysed: list[str] = []
    analyse: Callable[..., object] = pipeline.analyse_review

    def counting(review: Review, **options: object) -> object:
        analysed.append(review.external_id)
        return analyse(review, **options)

    monkeypatch.setattr(pipeline, "analyse_review", counting)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    path = _export(tmp_path)
    first = _import(window, qtbot, monkeypatch, path)
    assert len(analysed) == ROWS, first
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == ROWS)
    analysed.clear()

    again = _import(window, qtbot, monkeypatch, path)

    assert analysed == []  # the old code analysed all 40 again
    assert f"{ROWS} rows read: 0 new reviews imported, 0 updated, {ROWS} already there" in again
    qtbot.wait(200)
    assert window.model.rowCount() == ROWS
    window.close()
