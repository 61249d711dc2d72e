"""The inbox paints each cell from what the model made once per row (ui/inbox_delegate.py):
what the user sees is what Qt's own item painting drew, pixel for pixel, in every column,
selected or not, with the focus frame, a long review cut with "…", and the search's matches
on an amber ground."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QStyledItemDelegate

from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind
from clinicrep.search_forms import match_spans
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.inbox_delegate import InboxDelegate
from clinicrep.ui.inbox_model import Column
from clinicrep.ui.search_highlight import HIGHLIGHT, highlighted_html


def _grab(window, qtbot) -> QImage:
    window.table.viewport().repaint()
    return window.table.viewport().grab().toImage()


def _as_qt_drew_it(window, qtbot) -> QImage:
    """The same inbox drawn by Qt's own item delegate (what the window showed before)."""
    ours = window.table.itemDelegate()
    plain = QStyledItemDelegate(window.table)
    window.table.setItemDelegate(plain)
    try:
        return _grab(window, qtbot)
    finally:
        window.table.setItemDelegate(ours)


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def _add_long_and_foreign_reviews(db) -> None:
    source = add_source(db, Source(kind=SourceKind.DEMO, name="2gis", platform=Platform.TWOGIS))
    now = datetime.now(UTC)
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id,
                external_id="long",
                created_at=now - timedelta(hours=1),
                author="Светлана Владимировна Константинопольская",
                rating=1,
                text="Парковка у клиники вечно занята, " * 12,
                analysis=Analysis(language="ru", sentiment=Sentiment.NEGATIVE, urgency=80),
            ),
            Review(
                source_id=source.id,
                external_id="zh",
                created_at=now - timedelta(hours=2),
                author="王先生",
                rating=4,
                text="医生很耐心，停车场很方便。",
                analysis=Analysis(language="zh", sentiment=Sentiment.POSITIVE, urgency=10),
            ),
        ],
    )


def test_the_inbox_looks_exactly_as_qt_drew_it_selected_focused_and_cut(window, qtbot, seeded_db):
    _add_long_and_foreign_reviews(seeded_db)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 8 and not window.model.loading)
    window.resize(900, 700)  # a narrow window: the long review and author end in "…"
    window.table.setFocus()
    for row, column in ((0, Column.TEXT), (1, Column.PLATFORM), (2, Column.TIME_LEFT)):
        window.table.selectionModel().setCurrentIndex(
            window.model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        qtbot.wait(20)
        ours = _grab(window, qtbot)
        assert _differing_pixels(ours, _as_qt_drew_it(window, qtbot)) == 0, (row, column)


def test_what_the_search_found_is_on_an_amber_ground_in_the_review_column(window, qtbot, seeded_db):
    _add_long_and_foreign_reviews(seeded_db)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 8 and not window.model.loading)
    window.search.setText("парковки")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and not window.model.loading)
    image = _grab(window, qtbot)
    amber = QColor(HIGHLIGHT).rgb()
    rect = window.table.visualRect(window.model.index(0, Column.TEXT))
    inside = [
        (x, y)
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
        if image.pixel(x, y) == amber
    ]
    assert inside  # the word is marked in its row's Review cell...
    author = window.table.visualRect(window.model.index(0, Column.AUTHOR))
    assert not any(
        image.pixel(x, y) == amber
        for y in range(author.top(), author.bottom())
        for x in range(author.left(), author.right())
    )  # ...and nowhere else

    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 8 and not window.model.loading)
    image = _grab(window, qtbot)
    assert not any(
        image.pixel(x, y) == amber for y in range(image.height()) for x in range(image.width())
    )


class _AsADocumentDrewIt(InboxDelegate):
    """The inbox's delegate as it drew what the search found before: an HTML document of
    the line (``highlighted_html``), drawn by its own layout."""

    def _document(self, text):  # type: ignore[override]
        if not match_spans(text, self.query):
            return None
        document = QTextDocument()
        document.setDefaultFont(self._font)
        document.setDocumentMargin(0)
        document.setHtml(highlighted_html(text, self.query))
        return document

    def _draw_document(self, painter, document, area, pen):  # type: ignore[override]
        painter.save()
        painter.translate(
            area.left() + 3, area.top() + (area.height() - document.size().height()) / 2
        )
        painter.setClipRect(QRectF(0, 0, area.width() - 3, area.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, pen)
        document.documentLayout().draw(painter, context)
        painter.restore()


@pytest.mark.parametrize("search", ["парковки", "停车", "a"])
def test_what_the_search_found_looks_as_it_did_drawn_as_a_document(
    window, qtbot, seeded_db, search
):
    """The Review column's matches are drawn from a line laid out once with its matches
    formatted: pixel for pixel what the HTML document drew, selected or not, long lines cut."""
    _add_long_and_foreign_reviews(seeded_db)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 8 and not window.model.loading)
    window.search.setText(search)
    ours = window.table.itemDelegate()
    qtbot.waitUntil(lambda: ours.query == search and not window.model.loading)
    assert window.model.rowCount() > 0
    before = _AsADocumentDrewIt(window.table, window.model.cells)
    before.query = ours.query
    image = _grab(window, qtbot)
    window.table.setItemDelegate(before)
    try:
        assert _differing_pixels(image, _grab(window, qtbot)) == 0
    finally:
        window.table.setItemDelegate(ours)
    amber = QColor(HIGHLIGHT).rgb()
    assert any(
        image.pixel(x, y) == amber for y in range(image.height()) for x in range(image.width())
    )


def test_the_colours_of_the_cells_follow_a_new_answer_clock(window, qtbot):
    """A row's texts and colours are made once per query and kept: a shorter answer clock
    (Settings) still turns "time left" red at once."""
    from clinicrep.model import AnswerClock

    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.model.loading)
    waiting = [
        r
        for r in range(window.model.rowCount())
        if window.model.index(r, Column.TIME_LEFT).data() != "—"
    ]
    _grab(window, qtbot)  # painted once: the rows' texts and colours are made
    window.model.answer_clock = AnswerClock(target_hours=1, limit_hours=1)
    window.table.viewport().update()
    red = QColor("#c62828")
    for row in waiting:
        brush = window.model.index(row, Column.TIME_LEFT).data(Qt.ItemDataRole.ForegroundRole)
        assert brush is not None and brush.color() == red
        assert window.model.index(row, Column.TIME_LEFT).data().startswith("overdue")
    assert _differing_pixels(_grab(window, qtbot), _as_qt_drew_it(window, qtbot)) == 0


def test_a_review_analysed_again_shows_its_new_sentiment_and_topics(window, qtbot, seeded_db):
    """What a row shows is kept while the row stays as it was: analysed again (another PC,
    the analysis update), the inbox shows the new labels at the next read."""
    from clinicrep.labels import sentiment_label, topic_label
    from clinicrep.model import Topic
    from clinicrep.store.reviews import save_analyses

    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.model.loading)
    review_id = window.model.index(0, Column.TEXT).data(Qt.ItemDataRole.UserRole + 1)
    before = window.model.index(0, Column.SENTIMENT).data()
    _grab(window, qtbot)  # painted: its texts are made and kept
    positive = before == sentiment_label(Sentiment.POSITIVE)
    sentiment = Sentiment.NEGATIVE if positive else Sentiment.POSITIVE
    save_analyses(
        seeded_db,
        [
            (
                review_id,
                Analysis(language="en", sentiment=sentiment, urgency=99, topics=(Topic.FOOD,)),
            )
        ],
    )
    window.reload()
    qtbot.waitUntil(
        lambda: not window.model.loading and window.model.index(0, Column.URGENCY).data() == "99"
    )
    row = window.model.row_of(review_id)
    assert window.model.index(row, Column.SENTIMENT).data() != before
    assert window.model.index(row, Column.TOPICS).data() == topic_label(Topic.FOOD)
    assert _differing_pixels(_grab(window, qtbot), _as_qt_drew_it(window, qtbot)) == 0


def _cell_pixels(image: QImage, rect) -> list[int]:
    rows, columns = range(rect.top(), rect.bottom()), range(rect.left(), rect.right())
    return [image.pixel(x, y) for y in rows for x in columns]


def test_a_name_as_wide_as_its_column_is_shown_whole_and_a_pixel_less_is_cut(
    window, qtbot, seeded_db
):
    """The delegate measures a short text rather than eliding it: at every width around the
    one where the name stops fitting, the cell is what Qt drew, whole or cut with "…"."""
    _add_long_and_foreign_reviews(seeded_db)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 8 and not window.model.loading)
    window.resize(1200, 700)
    row = next(r for r in range(8) if window.model.index(r, Column.AUTHOR).data() == "王先生")
    name = window.table.fontMetrics().horizontalAdvance("王先生")
    header = window.table.horizontalHeader()
    seen = set()
    for width in range(name - 2, name + 16):
        header.resizeSection(Column.AUTHOR, width)
        rect = window.table.visualRect(window.model.index(row, Column.AUTHOR))
        ours = _cell_pixels(_grab(window, qtbot), rect)
        assert ours == _cell_pixels(_as_qt_drew_it(window, qtbot), rect), width
        seen.add(tuple(ours))
    assert len(seen) >= 2  # the name was cut at the narrow widths and whole at the wide ones


class _Paints(QObject):
    """Counts the paints of the inbox's screen (its viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _settled(win, qtbot) -> None:
    """Wait until the window's work after its first paint is done and its screen has stayed
    unpainted for half a second (a count of paints means nothing while it is still moving)."""
    qtbot.waitUntil(lambda: win.first_paint.done and not win.model.loading, timeout=30_000)
    quiet = _Paints()
    win.table.viewport().installEventFilter(quiet)
    try:
        for _ in range(40):
            quiet.count = 0
            qtbot.wait(500)
            if quiet.count == 0:
                return
        raise AssertionError("the inbox never stopped painting")
    finally:
        win.table.viewport().removeEventFilter(quiet)


def test_a_search_paints_the_screen_once_while_the_rest_of_its_list_comes_below_it(
    db, qtbot, monkeypatch
):
    """The search's first screen is painted at once; the rest of its reviews, read on the
    query thread, come below the screen: the scroll bar grows, the screen is not painted
    again (it was, whole, for the same pixels: 14 ms of the GUI thread a keystroke)."""
    from clinicrep.ui import inbox_model
    from clinicrep.ui.main_window import MainWindow

    # CI saw two paints on a fast machine: the alert check after the first paint found a
    # burst of one-star reviews in this made-up inbox, and the banner it showed above the
    # inbox resized its screen while the search was counted. The alerts have tests of their own.
    monkeypatch.setattr(MainWindow, "check_alerts", lambda self: None)

    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.GOOGLE))
    now = datetime.now(UTC)
    upsert_reviews(  # 500 reviews, every second one speaks of parking
        db,
        [
            Review(
                source_id=source.id or 0,
                external_id=str(i),
                created_at=now - timedelta(hours=i),
                author=f"Patient {i}",
                rating=1 + i % 5,
                text="Parking was hard" if i % 2 == 0 else "Kind nurse",
            )
            for i in range(500)
        ],
    )
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.rowCount() == 500)
    _settled(win, qtbot)
    shown_rows = win.table.rowAt(win.table.viewport().height() - 1) + 1
    assert 0 < shown_rows < inbox_model.FIRST_ROWS  # the rest of the list is below the screen
    before = win.table.viewport().grab().toImage()
    paints = _Paints()
    win.table.viewport().installEventFilter(paints)
    inserted: list[int] = []
    win.model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))

    win.search.setText("parking")
    qtbot.waitUntil(lambda: win.model.rowCount() == 250 and not win.model.loading)
    qtbot.wait(100)  # whatever was owed to the screen is painted by now

    assert inserted == [inbox_model.FIRST_ROWS]  # the rest came below the first screen
    assert paints.count == 1
    shown = win.table.viewport().grab().toImage()
    assert shown != before
    win.table.viewport().repaint()  # painted afresh, the screen is what it showed
    assert win.table.viewport().grab().toImage() == shown
    whole_rows = win.table.viewport().height() // win.table.rowHeight(0)
    assert win.table.verticalScrollBar().maximum() == 250 - whole_rows  # scrolls to the last
    assert win.table.currentIndex().row() == 0


def test_rows_that_come_onto_the_screen_or_above_it_are_painted(qtbot):
    """Only rows below the last one shown leave the screen as it was: rows that come into
    its empty room, or above what it shows, are painted at once."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from clinicrep.ui.inbox_table import InboxTable

    model = QStandardItemModel(3, 2)
    table = InboxTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    paints = _Paints()
    table.viewport().installEventFilter(paints)

    def painted_after(change) -> int:  # type: ignore[no-untyped-def]
        qtbot.wait(50)
        paints.count = 0
        change()
        qtbot.wait(100)
        return paints.count

    def row(text: str) -> list[QStandardItem]:
        return [QStandardItem(text), QStandardItem(text)]

    # 3 rows and room below them: the new ones are on the screen
    assert painted_after(lambda: model.insertRows(3, 40)) >= 1
    assert table.model().index(3, 0).isValid()
    assert painted_after(lambda: model.insertRows(43, 40)) == 0  # below the screen
    assert painted_after(lambda: model.insertRow(0, row("first"))) >= 1  # above: all move
    assert painted_after(lambda: model.appendRow(row("last"))) == 0
    assert painted_after(lambda: model.removeRows(0, 2)) >= 1  # rows gone: the rest move up
    table.scrollToBottom()  # the last row at the bottom edge: a new one is below it
    end = table.verticalScrollBar().maximum()
    assert painted_after(lambda: model.appendRow(row("newest last"))) == 0
    assert table.verticalScrollBar().maximum() == end + 1  # the scroll bar shows it is there
