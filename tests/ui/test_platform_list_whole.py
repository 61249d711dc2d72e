"""The platform list of "Connect a platform" shows every choice whole, however narrow the form.

A clean CI run (two workers, the Polish walk of tests/ui/test_clipping.py) found the closed
box 336 px wide while "ZnanyLekarz / Doctoralia — wklej lub zaimportuj opinie" needs 339: the
open list took the closed box's width and cut the longest platform.
"""

from __future__ import annotations

from clinicrep.ui.sources_dialog import SourceForm
from ui.clipping import clipped_texts


def test_the_open_platform_list_fits_its_longest_choice_when_the_box_is_narrow(qtbot, in_polish):
    form = SourceForm(None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.kind.setFixedWidth(200)  # the closed box squeezed narrower than its longest platform
    qtbot.waitUntil(lambda: form.kind.width() == 200)
    longest = max(
        (form.kind.itemText(i) for i in range(form.kind.count())),
        key=form.kind.fontMetrics().horizontalAdvance,
    )
    assert "wklej lub zaimportuj" in longest  # the Polish words, the longest of the five
    cut = [p for p in clipped_texts(form) if "QListView" in p]
    assert cut == []
