"""The owner's files from the window: the monthly PDF, a CSV of the inbox, a request card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from clinicrep.reports.request_card import review_gating_notice
from clinicrep.ui.report_dialogs import (
    MonthlyReportDialog,
    RequestCardDialog,
    export_inbox_from_window,
    recent_months,
)


def _saved_message(window):
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "savedMessage"]


def test_month_list_starts_with_the_last_complete_month(qtbot):
    from datetime import datetime

    months = recent_months(now=datetime(2026, 11, 23).astimezone())
    assert months[:3] == ["2026-10", "2026-09", "2026-08"]
    dialog = MonthlyReportDialog()
    qtbot.addWidget(dialog)
    assert dialog.month.currentData() == recent_months()[0]


def test_export_writes_the_reviews_shown_to_a_csv(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "inbox.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.filters.search.setText("Лікар")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    export_inbox_from_window(window, window.db.path, window.model.query)
    qtbot.waitUntil(lambda: bool(_saved_message(window)), timeout=10000)
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    assert "Лікар дуже уважний" in text and "Dr. Nowak" not in text


def test_request_card_warns_against_review_gating_and_makes_a_pdf(qtbot, tmp_path):
    dialog = RequestCardDialog(practice_name="Przychodnia Zdrowie")
    qtbot.addWidget(dialog)
    notice = dialog.findChild(QLabel, "gatingNotice")
    assert notice.text() == review_gating_notice()
    dialog.link.setText("https://g.page/r/example/review")
    path = dialog.render_card(tmp_path / "card.pdf")
    assert Path(path).read_bytes().startswith(b"%PDF")


def test_export_onto_a_read_only_file_says_so_and_leaves_it(window, qtbot, tmp_path, monkeypatch):
    kept = tmp_path / "reviews-final.csv"
    kept.write_text("the accountant's copy\n", encoding="utf-8")
    kept.chmod(0o444)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(kept), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    export_inbox_from_window(window, window.db.path, window.model.query)
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert warned == [
        f"“{kept}” is read-only and was left as it is. Choose another file name, or allow "
        "writing to it first."
    ]
    assert kept.read_text(encoding="utf-8") == "the accountant's copy\n"


def test_a_card_without_its_link_says_so_and_keeps_the_dialog_open(qtbot):
    """She presses Save before pasting the review page's link: the dialog stays, with what
    she chose, and says where to find the link; no file picker, no empty QR code."""
    dialog = RequestCardDialog(practice_name="Przychodnia Zdrowie")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.layout_choice.setCurrentIndex(1)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.click()
    problem = dialog.findChild(QLabel, "linkProblem")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert problem.isVisible()
    assert "Copy the link from the platform (it starts with https://)" in problem.text()
    assert dialog.layout_choice.currentIndex() == 1
    dialog.link.setText("https://g.page/r/example/review")
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not problem.isVisible()
