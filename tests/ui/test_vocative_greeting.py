"""A Kyiv receptionist starts a reply from the template for a review by "Андрій Коваль": it
said "Вітаємо, Андрій!", a nominative no Ukrainian writes in an address. A template's first
name is now in the vocative ("Андрію", "Олено", "Миколо"); a name the rules do not cover stays
as written. Polish templates greet without a name; a practice's own Polish template that names
the reviewer gets the title and the vocative ("Panie Andrzeju")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.model import Platform, Review, Source, SourceKind, utc_now
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source

UKRAINIAN = "Дякую лікарці за уважність, усе пояснили й допомогли. Дуже задоволений прийомом!"
POLISH = "Bardzo dziękuję pani doktor za cierpliwość, wszystko wyjaśniła. Polecam tę przychodnię!"


@pytest.fixture
def ukrainian(qapp) -> Iterator[None]:
    install_translators(QApplication.instance(), "uk")
    yield
    install_translators(QApplication.instance(), "en")


def _template_reply_for(db, qtbot, author: str, text: str, language: str) -> str:
    from clinicrep.ui.main_window import MainWindow

    source = add_source(db, Source(kind=SourceKind.DEMO, name="Doc.ua", platform=Platform.DOCUA))
    review = Review(
        source_id=source.id,
        external_id="r1",
        created_at=utc_now() - timedelta(hours=3),
        author=author,
        rating=5,
        text=text,
        language_hint=language,
    )
    upsert_reviews(db, [review])
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    window.editor.text.setPlainText("")
    qtbot.mouseClick(window.editor.template_button, Qt.MouseButton.LeftButton)
    reply = window.editor.text.toPlainText()
    window.close()
    return reply


@pytest.mark.parametrize(
    ("author", "greeting"),
    [
        ("Андрій Коваль", "Вітаємо, Андрію!"),
        ("Олена П.", "Вітаємо, Олено!"),
        ("Микола", "Вітаємо, Миколо!"),
        ("Марія Шевченко", "Вітаємо, Маріє!"),
        ("Петро", "Вітаємо, Петре!"),
        ("Andrew K.", "Вітаємо, Andrew!"),  # no rule for it: as written
    ],
)
def test_the_ukrainian_template_greets_her_reviewer_in_the_vocative(
    ukrainian, db, qtbot, author, greeting
):
    reply = _template_reply_for(db, qtbot, author, UKRAINIAN, "uk")
    assert reply.splitlines()[0] == greeting


def test_a_polish_template_of_the_practice_names_the_reviewer_with_the_title(db, qtbot):
    from clinicrep.guidelines.kinds import ReplyKind
    from clinicrep.guidelines.templates import list_templates, update_template

    bundled = next(t for t in list_templates(db, "pl") if t.kind == ReplyKind.PRAISE)
    assert bundled.text.startswith("{greeting}")  # the bundled one greets without a name
    update_template(db, bundled, name=bundled.name, text="Dziękujemy, {first_name}!\n\n{signer}")
    reply = _template_reply_for(db, qtbot, "Andrzej Nowak", POLISH, "pl")
    assert reply.startswith("Dziękujemy, Panie Andrzeju!")
