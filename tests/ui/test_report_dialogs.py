"""The owner's files from the window: the monthly PDF, a CSV of the inbox, a request card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
)

from clinicrep.i18n import install_translators
from clinicrep.model import Platform
from clinicrep.reports.request_card import review_gating_notice
from clinicrep.settings import load_settings
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


def test_the_export_says_how_many_reviews_it_saved_and_how_to_have_them_all(
    window, qtbot, tmp_path, monkeypatch
):
    """A newcomer exported on "Needs attention" and was told "Saved to …": she took the file
    for every review the practice has."""
    from clinicrep.store.reviews import count_reviews

    out = tmp_path / "inbox.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.filters.search.setText("Лікар")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(_saved_message(window)), timeout=10000)
    assert _saved_message(window)[-1].text() == (
        f"1 review saved to {out}: the one the inbox shows. To export every review, "
        "choose “All reviews” in the first list above, then export again."
    )

    every = count_reviews(window.db)
    window.filters.search.setText("")
    window.filters.view.setCurrentIndex(window.filters.view.findData("all"))
    qtbot.waitUntil(lambda: window.model.rowCount() == every)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: len(_saved_message(window)) == 2, timeout=10000)
    assert _saved_message(window)[-1].text() == f"{every} reviews saved to {out}."


def test_the_export_offers_a_file_name_in_the_window_language(window, qtbot, tmp_path, monkeypatch):
    """File -> Export in Polish: the file picker suggests "clinicrep-opinie.csv", not the
    English "clinicrep-reviews.csv", as the review-request card names its file."""
    offered: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        offered.append(Path(suggested).name)
        return str(tmp_path / f"export{len(offered)}.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: len(_saved_message(window)) == 1, timeout=10000)
    for code in ("pl", "zh_CN"):
        install_translators(QApplication.instance(), code)
        try:
            window.export_action.trigger()
            made = len(offered)
            qtbot.waitUntil(lambda made=made: len(_saved_message(window)) == made, timeout=10000)
        finally:
            install_translators(QApplication.instance(), "en")
    assert offered == ["clinicrep-reviews.csv", "clinicrep-opinie.csv", "clinicrep-评价.csv"]
    assert (tmp_path / "export3.csv").read_bytes().startswith(b"\xef\xbb\xbf")


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


FACEBOOK_LINK = "https://www.facebook.com/przychodnia.zdrowie/reviews"


def test_the_card_keeps_her_link_for_next_time_and_names_its_file_in_her_language(
    window, qtbot, tmp_path, monkeypatch
):
    """She types the Facebook review page once; the next card opens on it, and the file
    picker offers a name in the window's language, not "review-card" in English."""
    opened_with: list[tuple[str, str]] = []

    def she_fills_in(dialog: RequestCardDialog) -> int:
        opened_with.append((dialog.platform.currentData(), dialog.link.text()))
        if not dialog.link.text():
            dialog.platform.setCurrentIndex(dialog.platform.findData(Platform.FACEBOOK.value))
            dialog.link.setText(FACEBOOK_LINK)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    offered: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        offered.append(Path(suggested).name)
        return str(tmp_path / f"card{len(offered)}.pdf"), ""

    monkeypatch.setattr(RequestCardDialog, "exec", she_fills_in)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.card_action.trigger()
    qtbot.waitUntil(lambda: len(_saved_message(window)) == 1, timeout=10000)
    assert load_settings(window.db).review_card_links == {"facebook": FACEBOOK_LINK}
    install_translators(QApplication.instance(), "ru")
    try:
        window.card_action.trigger()
        qtbot.waitUntil(lambda: len(_saved_message(window)) == 2, timeout=10000)
    finally:
        install_translators(QApplication.instance(), "en")
    assert opened_with == [("google", ""), ("facebook", FACEBOOK_LINK)]
    assert offered == ["review-card.pdf", "карточка-для-отзыва.pdf"]
    assert (tmp_path / "card2.pdf").read_bytes().startswith(b"%PDF")


def test_switching_platform_shows_its_remembered_link_but_keeps_what_she_typed(qtbot):
    google, facebook = "https://g.page/r/example/review", FACEBOOK_LINK
    dialog = RequestCardDialog(
        practice_name="Przychodnia Zdrowie",
        links={"google": google, "facebook": facebook},
        platform="facebook",
    )
    qtbot.addWidget(dialog)
    assert dialog.link.text() == facebook
    dialog.platform.setCurrentIndex(dialog.platform.findData("google"))
    assert dialog.link.text() == google
    dialog.platform.setCurrentIndex(dialog.platform.findData("yelp"))
    assert dialog.link.text() == ""
    dialog.link.setText("https://www.yelp.com/writeareview/biz/example")
    dialog.platform.setCurrentIndex(dialog.platform.findData("trustpilot"))
    assert dialog.link.text() == "https://www.yelp.com/writeareview/biz/example"
    assert (
        dialog.remembered_links()["trustpilot"] == "https://www.yelp.com/writeareview/biz/example"
    )
