"""A 1024x768 laptop: when the reply has something to fix, the privacy panel opens under the
reply without taking rows from the inbox above (it pushed the split down: twelve rows, then
ten, in Russian and Polish as in English), and the reply and "Publish" stay in view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from clinicrep.demo.populate import populate
from clinicrep.i18n import install_translators
from ui.layout_checks import height_in_view, wait_until_settled

# a reply that says a visit, its date, a treatment and a bill: several privacy findings
TELLING_REPLY = (
    "Dear Maria, we saw you on Tuesday 12 March for your root canal, Dr Smith will call you "
    "about the bill of 200 PLN."
)


@pytest.fixture
def language(request):
    install_translators(QApplication.instance(), request.param)
    yield request.param
    install_translators(QApplication.instance(), "en")


def _rows_in_view(window) -> int:
    """The inbox's rows the user sees whole."""
    table = window.table
    height = table.viewport().height()
    return sum(
        1
        for row in range(window.model.rowCount())
        if 0 <= table.rowViewportPosition(row)
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )


def _laptop_window(db, qtbot):
    """The window on 200 demo reviews at 1024x768, shown, the first review open."""
    from clinicrep.ui.main_window import MainWindow

    populate(db, count=200)
    window = MainWindow(db, demo=True)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["en", "ru", "uk", "pl", "zh_CN"], indirect=True)
def test_the_privacy_panel_opens_without_taking_rows_from_the_inbox_at_1024x768(
    db, qtbot, language
):
    window = _laptop_window(db, qtbot)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None and not editor.checking, timeout=30_000)
    wait_until_settled(window, qtbot)
    rows = _rows_in_view(window)
    sizes = window.splitter.sizes()
    assert rows >= 10
    assert not editor.findings_list.isVisible()
    assert height_in_view(editor.publish_button, window) == editor.publish_button.height()

    editor.text.setPlainText(TELLING_REPLY)  # as she types it: the check follows the edit
    qtbot.waitUntil(lambda: editor.findings_list.isVisible(), timeout=30_000)
    qtbot.wait(100)

    assert _rows_in_view(window) == rows
    assert window.splitter.sizes() == sizes
    # the panel, the reply and the checklist share the editor's room; each is still readable
    line = editor.fontMetrics().lineSpacing()
    for box in (editor.text, editor.findings_list, editor.checklist_list):
        assert height_in_view(box, window) >= 2 * line, box.objectName()
    assert height_in_view(editor.findings_title, window) >= line
    assert height_in_view(editor.override_button, window) == editor.override_button.height()

    editor.text.setPlainText("Thank you for telling us; please call the practice manager.")
    qtbot.waitUntil(lambda: not editor.findings_list.isVisible(), timeout=30_000)
    qtbot.wait(100)
    assert _rows_in_view(window) == rows


@pytest.mark.parametrize("language", ["pl", "en"], indirect=True)
def test_the_time_left_reads_on_one_line_at_1024x768(db, qtbot, language):
    # "Po terminie o 39 dni" beside the reply's buttons took three lines of 56 px in Polish:
    # where it does not fit beside them it has a line of its own under them
    window = _laptop_window(db, qtbot)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None and bool(editor.clock.text()))
    wait_until_settled(window, qtbot)
    clock = editor.clock
    line = clock.fontMetrics().lineSpacing()
    assert clock.isVisible()
    assert clock.height() < 2 * line, (clock.text(), clock.height())
    assert height_in_view(clock, window) == clock.height()
    # and on a wide window it sits beside the buttons again, still on one line
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: editor._top_row.indexOf(clock) >= 0)
    wait_until_settled(window, qtbot)
    assert clock.height() < 2 * line
