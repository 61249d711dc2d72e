"""A receptionist opens the window, works through the inbox, and reads each review whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clinicrep.model import Status
from clinicrep.store.reviews import get_review
from clinicrep.ui.inbox_model import Column


def _row_texts(window, column=Column.AUTHOR):
    model = window.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _settled(window, qtbot):
    """The inbox's query runs off the GUI thread: wait until what it shows is in."""
    qtbot.waitUntil(lambda: not window.model.loading)


def _select_author(window, qtbot, author):
    row = _row_texts(window).index(author)
    window.select_row(row)
    qtbot.waitUntil(lambda: window.pane.author.text() == author)


def test_inbox_opens_on_what_needs_attention_most_urgent_first(window):
    authors = _row_texts(window)
    assert authors[0] == "Mallory"  # urgency 80
    assert set(authors) == {"Anna K.", "Mallory", "Олена П.", "Marek W.", "Ирина", "张女士"}
    assert "Shown: 6" in window.counts.text()


def test_clicking_a_review_shows_it_whole(window, qtbot):
    _select_author(window, qtbot, "张女士")
    assert window.pane.text.toPlainText() == "医生非常专业，环境也很干净。"
    assert window.pane.platform.text() == "Dianping"
    assert window.pane.stars.text() == "★★★★★"


def test_html_in_a_review_is_shown_as_the_characters_it_is(window, qtbot):
    _select_author(window, qtbot, "Mallory")
    assert window.pane.text.toPlainText() == "<b>x</b><img src=file:///etc/passwd>"
    assert window.pane.author.textFormat() == Qt.TextFormat.PlainText
    row = _row_texts(window).index("Mallory")
    assert window.model.index(row, Column.TEXT).data() == "<b>x</b><img src=file:///etc/passwd>"


def test_search_as_you_type_finds_cyrillic_and_chinese(window, qtbot):
    window.search.setText("регистратура")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert _row_texts(window) == ["Ирина"]
    window.search.setText("环境")
    qtbot.waitUntil(lambda: _row_texts(window) == ["张女士"])
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 6)


def test_status_key_marks_the_selected_review_and_it_leaves_the_attention_view(window, qtbot):
    _select_author(window, qtbot, "Marek W.")
    review_id = window.pane.review.id
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: get_review(window.db, review_id).status == Status.ANSWERED)
    qtbot.waitUntil(lambda: "Marek W." not in _row_texts(window))
    window.view_filter.setCurrentIndex(window.view_filter.findData("answered"))
    _settled(window, qtbot)
    assert _row_texts(window) == ["Marek W."]


def test_j_and_k_move_through_the_inbox(window, qtbot):
    window.select_row(0)
    window.table.setFocus()
    first = window.pane.author.text()
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: window.pane.author.text() != first)
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: window.pane.author.text() == first)


def test_sorting_by_date_puts_the_newest_first(window, qtbot):
    window.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    _settled(window, qtbot)
    assert _row_texts(window)[0] == "Anna K."  # 3 hours ago
    window.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
    _settled(window, qtbot)
    assert _row_texts(window)[0] == "张女士"  # 100 hours ago


def test_selection_stays_on_the_same_review_when_new_reviews_arrive(window, qtbot, seeded_db):
    from datetime import UTC, datetime

    from clinicrep.model import Analysis, Review
    from clinicrep.store.reviews import upsert_reviews

    _select_author(window, qtbot, "Ирина")
    selected = window.pane.review.id
    source_id = window.pane.review.source_id
    upsert_reviews(
        seeded_db,
        [
            Review(
                source_id=source_id,
                external_id="new",
                created_at=datetime.now(UTC),
                author="Urgent Person",
                rating=1,
                text="Awful",
                analysis=Analysis(urgency=99),
            )
        ],
    )
    window.reload()
    _settled(window, qtbot)
    assert _row_texts(window)[0] == "Urgent Person"
    current = window.table.currentIndex()
    assert window.model.index(current.row(), Column.AUTHOR).data() == "Ирина"
    assert window.pane.review.id == selected


def test_time_left_counts_down_from_the_answer_limit(window):
    texts = dict(zip(_row_texts(window), _row_texts(window, Column.TIME_LEFT), strict=True))
    assert texts["Anna K."].endswith("h left")  # 3 h old, 48 h limit
    assert texts["Marek W."].startswith("overdue")  # 70 h old


def test_filters_by_stars_sentiment_and_topic(window, qtbot):
    filters = window.filters
    filters.view.setCurrentIndex(filters.view.findData("all"))
    filters.stars.setCurrentIndex(filters.stars.findData(0))  # "No stars"
    _settled(window, qtbot)
    assert _row_texts(window) == ["Олена П."]
    filters.stars.setCurrentIndex(0)
    filters.sentiment.setCurrentIndex(filters.sentiment.findData("negative"))
    _settled(window, qtbot)
    assert set(_row_texts(window)) == {"Mallory", "Marek W."}
    filters.topic.setCurrentIndex(filters.topic.findData("waiting"))
    _settled(window, qtbot)
    assert _row_texts(window) == ["Marek W."]


def test_overdue_view_lists_open_reviews_past_the_answer_limit(window, qtbot):
    window.view_filter.setCurrentIndex(window.view_filter.findData("overdue"))
    _settled(window, qtbot)
    assert set(_row_texts(window)) == {"Marek W.", "Олена П.", "张女士"}


def test_a_window_without_sources_welcomes_a_new_user(qtbot, db):
    from clinicrep.ui.main_window import MainWindow

    win = MainWindow(db)
    qtbot.addWidget(win)
    assert win.pages.currentWidget() is win.welcome
    assert win.welcome.demo_button.isEnabled()


def test_search_box_finds_short_words_in_any_case_however_many_are_typed(window, qtbot):
    window.search.setText("ДУ")  # in "Лікар дуже уважний" in lower case
    qtbot.waitUntil(lambda: not window.model.loading and _row_texts(window) == ["Олена П."])
    # a pasted block of 1,500 one- and two-letter words, all in that review in some case
    pasted = " ".join(["Лі", "кА", "ДУ", "же", "У", "ва", "ЖН", "ий", "дЯ"] * 167)
    window.search.setText(pasted)
    qtbot.waitUntil(lambda: not window.model.loading and _row_texts(window) == ["Олена П."])
    assert window.model.rowCount() == 1


def test_an_empty_list_says_why_and_what_to_press(window, qtbot):
    """A search that finds nothing leaves no blank white box: the list says nothing matches
    and which button brings the reviews back; when everything is answered it says so."""
    note = window.no_match
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert not note.isVisible()
    window.search.setText("xyzzy-not-in-any-review")
    qtbot.waitUntil(lambda: note.isVisible())
    assert "No review matches the search and the filters" in note.text()
    assert "“Clear filters”" in note.text()
    window.filters.clear_all.click()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert not note.isVisible()
    from clinicrep.store.inbox import ReviewQuery, review_ids
    from clinicrep.store.reviews import set_status

    for review_id in review_ids(window.db, ReviewQuery()):
        set_status(window.db, review_id, Status.ANSWERED)
    window.apply_filters()
    qtbot.waitUntil(lambda: note.isVisible())
    assert note.text().startswith("No review needs attention now.")
    assert "“All reviews”" in note.text()
