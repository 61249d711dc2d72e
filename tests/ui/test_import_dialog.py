"""A receptionist imports reviews saved from ZnanyLekarz, checking the guessed columns."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from clinicrep.model import Platform
from clinicrep.sources.csvfile import read_table
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import reviews_by_ids
from clinicrep.ui.import_dialog import ImportDialog, start_import

CSV = (
    "Data;Autor;Ocena;Opinia\n"
    "12.10.2026;Jan K.;5;Bardzo miła obsługa, polecam!\n"
    "13.10.2026;Ewa M.;2/5;Za długo czekałam na wizytę.\n"
    "zła data;Ola;5;Ten wiersz ma złą datę\n"
)


def test_columns_are_guessed_and_the_file_is_imported_with_bad_rows_reported(
    qtbot, db, tmp_path, monkeypatch
):
    path = tmp_path / "znanylekarz.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    mapping = dialog.mapping()
    assert (mapping.date, mapping.author, mapping.rating, mapping.text) == (
        "Data",
        "Autor",
        "Ocena",
        "Opinia",
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    start_import(
        dialog,
        db.path,
        path,
        source_name="ZnanyLekarz",
        platform=Platform.ZNANYLEKARZ,
        language="pl",
        mapping=mapping,
    )
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "2 new reviews imported" in shown[0]
    assert "Line 4" in shown[0]
    reviews = reviews_by_ids(db, review_ids(db, ReviewQuery(sort="created", descending=False)))
    assert [(r.author, r.rating) for r in reviews] == [("Jan K.", 5), ("Ewa M.", 2)]
    assert reviews[0].platform == Platform.ZNANYLEKARZ
    QApplication.processEvents()


def test_import_is_refused_until_text_or_rating_is_chosen(qtbot, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    for combo in dialog.columns.values():
        combo.setCurrentIndex(0)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_offline_feedback_from_the_desk_lands_in_the_inbox(window, qtbot):
    from clinicrep.ui.manual_dialog import ManualEntryDialog

    dialog = ManualEntryDialog(window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()
    dialog.author.setText("Pani Zofia")
    dialog.text.setPlainText("Skarga złożona w recepcji: za długie czekanie.")
    dialog.rating.setCurrentIndex(dialog.rating.findData(2))
    assert save.isEnabled()
    review = dialog.save(window.db)
    window.sources_changed()
    window.show_review(review.id)
    qtbot.waitUntil(lambda: window.pane.author.text() == "Pani Zofia")
    assert window.pane.platform.text() == "Offline feedback"
