"""A Kyiv practice imports a review scraper's file whose dates say how long ago ("3 дні тому",
"вчора"): the inbox showed "01.12.2026, 12:00", a time of day nobody wrote. The day is now kept
alone, as a file's plain date is, and shown without a time."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from clinicrep.i18n import install_translators
from clinicrep.labels import is_date_only
from clinicrep.store.reviews import get_review
from ui.dialogs import answer_next_dialog


def test_imported_days_ago_are_shown_as_days_without_a_made_up_time(
    db, qtbot, monkeypatch, tmp_path: Path
):
    from clinicrep.ui.inbox_model import Column
    from clinicrep.ui.main_window import MainWindow

    path = tmp_path / "google_scraper.csv"
    path.write_text(
        "date,author,rating,text\n"
        "3 дні тому,Олена,2,Довго чекали в реєстратурі й ніхто не вибачився\n"
        "вчора,Андрій,1,Записали не на той час і ніхто не передзвонив\n",
        encoding="utf-8",
    )
    install_translators(QApplication.instance(), "uk")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
        )
        columns = answer_next_dialog("Імпортувати")
        window.import_action.trigger()
        assert columns.pressed, columns.buttons
        finished = answer_next_dialog("OK", timeout_s=20)
        qtbot.waitUntil(lambda: finished.pressed, timeout=20_000)
        qtbot.waitUntil(lambda: window.model.rowCount() == 2 and not window.model.loading)
        shown = [window.model.index(r, Column.DATE).data() for r in range(2)]
        for text in shown:
            assert not re.search(r"\d{1,2}:\d{2}", text), shown  # no "12:00"
            assert re.fullmatch(r"\d{1,2} [^\W\d]+\.? \d{4}", text), shown  # "1 груд. 2026"
        today = datetime.now().astimezone().date()
        for row in range(2):
            window.select_row(row)
            review = get_review(db, window.selected_review_id())
            local = review.created_at.astimezone()
            assert is_date_only(local)  # stored as the day, its time unknown
            assert (today - local.date()).days in (1, 3)
        window.close()
    finally:
        install_translators(QApplication.instance(), "en")
