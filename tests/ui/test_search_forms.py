"""Searching the way people type: "парковки" finds a review about "парковка", "lekarza" finds
"lekarz", "лікаря" finds "Лікар"; what was found is highlighted in the list and the review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind
from clinicrep.search_forms import match_spans, stem_search_word
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.inbox_model import Column


def _authors(window) -> list[str]:
    return [window.model.index(r, Column.AUTHOR).data() for r in range(window.model.rowCount())]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("парковки", "парковка"),
        ("парковкой", "парковку"),
        ("регистратуре", "регистратура"),
        ("лікаря", "лікар"),
        ("паркування", "паркуванням"),
        ("lekarza", "lekarz"),
        ("rejestracji", "rejestracja"),
        ("poczekalnia", "poczekalni"),
    ],
)
def test_a_word_form_finds_the_other_forms(typed, stored):
    assert stem_search_word(stored).startswith(stem_search_word(typed)) or stem_search_word(
        typed
    ).startswith(stem_search_word(stored))
    assert match_spans(f"Было: {stored}.", typed)


def test_english_and_chinese_are_searched_as_typed():
    assert stem_search_word("waiting") == "waiting"
    assert stem_search_word("Rude") == "rude"
    assert stem_search_word("医生") == "医生"


def test_the_inbox_finds_inflected_words_in_three_languages_and_highlights_them(
    window, qtbot, seeded_db
):
    source = add_source(
        seeded_db, Source(kind=SourceKind.DEMO, name="2gis", platform=Platform.TWOGIS)
    )
    upsert_reviews(
        seeded_db,
        [
            Review(
                source_id=source.id,
                external_id="p1",
                created_at=datetime.now(UTC) - timedelta(hours=2),
                author="Сергей",
                rating=2,
                text="Парковка у клиники вечно занята, оставить машину негде.",
                analysis=Analysis(language="ru", sentiment=Sentiment.NEGATIVE, urgency=30),
            )
        ],
    )
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 7, timeout=5000)

    window.search.setText("парковки")
    qtbot.waitUntil(lambda: _authors(window) == ["Сергей"], timeout=5000)
    qtbot.waitUntil(
        lambda: window.pane.review is not None and window.pane.review.author == "Сергей"
    )
    marks = window.pane.text.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["Парковка"]
    assert window.highlighter.query == "парковки"

    window.search.setText("регистратуре")
    qtbot.waitUntil(lambda: _authors(window) == ["Ирина"], timeout=5000)
    window.search.setText("poczekalnia")
    qtbot.waitUntil(lambda: _authors(window) == ["Marek W."], timeout=5000)
    window.search.setText("лікаря")
    qtbot.waitUntil(lambda: _authors(window) == ["Олена П."], timeout=5000)
    qtbot.waitUntil(
        lambda: window.pane.review is not None and window.pane.review.author == "Олена П."
    )
    assert [m.cursor.selectedText() for m in window.pane.text.extraSelections()] == ["Лікар"]

    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 7, timeout=5000)
    assert window.pane.text.extraSelections() == []


def test_polish_typed_without_diacritics_finds_them_and_typed_with_them_stays_exact(
    window, qtbot, seeded_db
):
    # a receptionist in Kraków types as on her phone: "zaparkowac", "zle"
    source = add_source(
        seeded_db, Source(kind=SourceKind.DEMO, name="ZL", platform=Platform.ZNANYLEKARZ)
    )
    texts = {
        "Ewa Ł.": "Nie ma gdzie zaparkować. Źle zorganizowana rejestracja.",
        "Tomasz Z.": "Wreszcie znalazłem porządną przychodnię.",
        "Jan K.": "Nie bylo gdzie zaparkowac, a pani w rejestracji zle mnie zapisala.",
        "Ольга": "Ещё раз спасибо врачу!",
    }
    upsert_reviews(
        seeded_db,
        [
            Review(
                source_id=source.id,
                external_id=f"pl{i}",
                created_at=datetime.now(UTC) - timedelta(hours=2 + i),
                author=author,
                rating=2,
                text=text,
                analysis=Analysis(language="pl", sentiment=Sentiment.NEGATIVE, urgency=30 - i),
            )
            for i, (author, text) in enumerate(texts.items())
        ],
    )
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=5000)

    # without diacritics: the review written with them and the one written without
    window.search.setText("zaparkowac")
    qtbot.waitUntil(lambda: sorted(_authors(window)) == ["Ewa Ł.", "Jan K."], timeout=5000)
    window.select_row(_authors(window).index("Ewa Ł."))
    qtbot.waitUntil(
        lambda: window.pane.review is not None and window.pane.review.author == "Ewa Ł."
    )
    assert [m.cursor.selectedText() for m in window.pane.text.extraSelections()] == ["zaparkować"]
    # with them: the same two (the stem "zaparkow" has none left)
    window.search.setText("zaparkować")
    qtbot.waitUntil(lambda: sorted(_authors(window)) == ["Ewa Ł.", "Jan K."], timeout=5000)

    # "zle" finds "Źle" and "zle" (and the "zle" in "znalazłem", as any substring would);
    # "źle" typed with its diacritic only "Źle"
    window.search.setText("zle")
    qtbot.waitUntil(
        lambda: sorted(_authors(window)) == ["Ewa Ł.", "Jan K.", "Tomasz Z."], timeout=5000
    )
    window.search.setText("źle")
    qtbot.waitUntil(lambda: _authors(window) == ["Ewa Ł."], timeout=5000)
    qtbot.waitUntil(
        lambda: window.pane.review is not None and window.pane.review.author == "Ewa Ł."
    )
    assert [m.cursor.selectedText() for m in window.pane.text.extraSelections()] == ["Źle"]

    # Russian typed without ё
    window.search.setText("еще")
    qtbot.waitUntil(lambda: _authors(window) == ["Ольга"], timeout=5000)
    qtbot.waitUntil(lambda: window.pane.review is not None and window.pane.review.author == "Ольга")
    assert [m.cursor.selectedText() for m in window.pane.text.extraSelections()] == ["Ещё"]
