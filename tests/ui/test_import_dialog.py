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
    assert "New reviews imported: 2," in shown[0]
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

    dialog = ManualEntryDialog(window.db, window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()
    dialog.author.setText("Pani Zofia")
    dialog.text.setPlainText("Skarga złożona w recepcji: za długie czekanie.")
    dialog.rating.setCurrentIndex(dialog.rating.findData(2))
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: dialog.result() == ManualEntryDialog.DialogCode.Accepted)
    assert dialog.review is not None
    window.sources_changed()
    window.show_review(dialog.review.id)
    qtbot.waitUntil(lambda: window.pane.author.text() == "Pani Zofia")
    assert window.pane.platform.text() == "Offline feedback"


def test_offline_feedback_the_store_refuses_stays_in_the_dialog_for_another_try(
    window, qtbot, monkeypatch
):
    """Another program is writing the database when she presses Save: she is told, her words
    stay, and Save works once it is done; Escape with words typed asks before dropping them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from clinicrep.store import db as store_db
    from clinicrep.store import open_database
    from clinicrep.store.reviews import get_review
    from clinicrep.ui.manual_dialog import ManualEntryDialog
    from ui.dialogs import answer_next_dialog

    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    dialog = ManualEntryDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.author, "Pan Tadeusz")
    QTest.keyClicks(dialog.text, "Called: nobody at the desk called back for a week.")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    with open_database(window.db.path) as other:
        other.execute("BEGIN IMMEDIATE")  # another window in the middle of a write
        save.click()
        qtbot.waitUntil(lambda: dialog.problem.text().startswith("The feedback was not added: "))
        other.execute("ROLLBACK")
    assert dialog.isVisible() and dialog.review is None
    assert dialog.problem.isVisible()
    assert "What you typed is still here: press Save again" in dialog.problem.text()
    assert dialog.text.toPlainText() == "Called: nobody at the desk called back for a week."

    kept = answer_next_dialog("Cancel")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert kept.pressed and "It will be lost" in kept.text
    assert dialog.isVisible() and dialog.author.text() == "Pan Tadeusz"

    save.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.review is not None
    stored = get_review(window.db, dialog.review.id)
    assert stored is not None and stored.author == "Pan Tadeusz"


POLISH = (
    "Data;Autor;Ocena;Treść opinii;Odpowiedź lekarza\n"
    "12.10.2026;Łucja Żak;5;Bardzo miła obsługa, pani doktor wszystko wyjaśniła. Polecam!;"
    "Dziękujemy za opinię\n"
    "13.10.2026;Jan K.;2;Długo czekałem na wizytę, ale lekarz był w porządku.;\n"
    "14.10.2026;Michał;4;Gabinet czysty, rejestracja sprawna, tylko parking daleko;\n"
)


def preview_cells(dialog: ImportDialog) -> list[str]:
    table = dialog.preview
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    cells = [
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c)
    ]
    return header + cells


def test_the_encoding_choice_shows_the_file_again_as_it_will_be_stored(qtbot, tmp_path):
    path = tmp_path / "znanylekarz.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    import_button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.encoding.currentText() == "Detected: Central European (Windows)"
    assert "Łucja Żak" in preview_cells(dialog) and "Treść opinii" in preview_cells(dialog)
    assert dialog.mapping().reply == "Odpowiedź lekarza"
    assert import_button.isEnabled()

    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))  # the wrong one
    assert "Łucja Żak" not in preview_cells(dialog)
    assert any("Treњж" in cell for cell in preview_cells(dialog))
    assert "garbled" in dialog.info.text() and not import_button.isEnabled()

    dialog.encoding.setCurrentIndex(0)  # back to what was detected
    assert "Łucja Żak" in preview_cells(dialog) and import_button.isEnabled()
    assert dialog.chosen_encoding() == "cp1250"


def test_each_column_choice_shows_its_reason_and_what_was_refused(qtbot, tmp_path):
    path = tmp_path / "yandex.csv"
    path.write_text(
        ",name,icon_href,date,text,stars,answer\n"
        "0,Роман,https://avatars.mds.yandex.net/get-yapic/1/a/islands-68,1742437287.522,"
        '"Хороший отель, но ресторан закрыли",2.0,"Спасибо за отзыв"\n'
        "1,Анна,https://avatars.mds.yandex.net/get-yapic/2/b/islands-68,1741565949.691,"
        '"Уборки нет совсем",1.0,\n',
        encoding="utf-8",
    )
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    assert "Yandex Maps reviews" in dialog.recognised.text()
    assert dialog.platform.currentData() == Platform.YANDEX.value
    assert dialog.mapping().reply == "answer" and dialog.mapping().url is None
    assert "as in Yandex Maps reviews" in dialog.reasons["reply"].text()
    assert "“icon_href” was not used: its links are pictures." in dialog.notes.text()
    dialog.columns["author"].setCurrentIndex(dialog.columns["author"].findData("text"))
    assert dialog.reasons["author"].text() == "Chosen by you."


def test_dates_and_ids_chosen_by_their_values_say_so(qtbot, tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(
        "ID\tRating\tReview\tTime\tLanguage\n"
        "0\t5\tThe best service centre, friendly and fast\t1667992620\ten\n"
        "1\t2\tSecond visit, same problem as before, nobody called back\t1636091516\ten\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    mapping = dialog.mapping()
    assert (mapping.date, mapping.language, mapping.author, mapping.id) == (
        "Time",
        "Language",
        None,
        None,
    )
    assert dialog.reasons["date"].text() == "“Time”: its values are dates."
    assert dialog.reasons["language"].text() == "“Language”: its values are language codes."
    assert "it only numbers the rows" in dialog.notes.text()


def test_a_file_from_a_site_clinicrep_does_not_know_is_not_labelled_znanylekarz(qtbot, tmp_path):
    """A file saved from another site: the Website is 'Other site' and the dialog says to choose
    it, instead of quietly storing the reviews as ZnanyLekarz's (the first in the list)."""
    path = tmp_path / "yelp.csv"
    path.write_text(
        "Date,Rating,Comment,User\n2026-11-01,5,Great dentist,Ann\n2026-11-02,2,Long wait,Bob\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    assert dialog.platform.currentText() == "Other site"
    assert not dialog.recognised.isHidden()
    assert "did not recognise the website" in dialog.recognised.text()
    assert "“Website”" in dialog.recognised.text()
    # her choice stays when she then tries another encoding
    dialog.platform.setCurrentIndex(dialog.platform.findData(Platform.GOOGLE.value))
    dialog.platform.activated.emit(dialog.platform.currentIndex())
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    assert dialog.platform.currentData() == Platform.GOOGLE.value
    assert dialog.recognised.isHidden()


def test_an_encoding_the_file_cannot_be_read_in_says_to_choose_another(qtbot, tmp_path):
    """utf-16 chosen for a file saved as utf-8: the dialog says so instead of failing."""
    path = tmp_path / "reviews.csv"
    path.write_text("Date,Rating,Comment\n2026-11-01,5,Great dentist\n", encoding="utf-8")
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-16"))
    assert "garbled in Unicode (UTF-16)" in dialog.info.text()
    assert "Choose another encoding above" in dialog.info.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.encoding.setCurrentIndex(0)  # back to what was detected
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_file_without_review_text_or_rating_says_what_to_do(qtbot, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone\nAnn,555 0101\nBob,555 0102\n", encoding="utf-8")
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    for combo in dialog.columns.values():
        combo.setCurrentIndex(0)
    said = dialog.info.text()
    assert "No column was found for the review text or the rating" in said
    assert "save the reviews from the website again" in said
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_workbook_is_called_an_excel_workbook_not_an_encoding(qtbot, tmp_path):
    # an .xlsx has no text encoding: the line under the columns said "encoding xlsx"
    # ("kodowanie xlsx", "编码 xlsx")
    from openpyxl import Workbook

    from clinicrep.i18n import install_translators

    book = Workbook()
    sheet = book.active
    sheet.append(["Data", "Autor", "Ocena", "Opinia"])
    sheet.append(["12.10.2026", "Jan K.", 5, "Bardzo miła obsługa, polecam!"])
    sheet.append(["13.10.2026", "Ewa M.", 2, "Za długo czekałam na wizytę."])
    path = tmp_path / "opinie.xlsx"
    book.save(path)
    said = {}
    try:
        for code in ("en", "pl", "zh_CN"):
            install_translators(QApplication.instance(), code)
            dialog = ImportDialog(path, read_table(path))
            qtbot.addWidget(dialog)
            said[code] = dialog.info.text()
    finally:
        install_translators(QApplication.instance(), "en")
    assert said == {
        "en": "2 rows shown of the Excel workbook",
        "pl": "Pokazano wierszy skoroszytu Excel: 2",
        "zh_CN": "显示 Excel 工作簿的 2 行",
    }
