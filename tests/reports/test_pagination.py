"""Pages of the monthly PDF: no page holds only its footer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from clinicrep.reports.document import Canvas, PageBreak, Spacer, paginate


@dataclass
class _Box:
    size: float
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return self.size

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        return None


def test_the_room_before_a_new_section_never_makes_a_blank_page() -> None:
    # the charts filled page 2 to its foot; the room left before "Top reviews of the month"
    # went onto a page of its own, and the Russian demo report printed page 3 blank (5 pages)
    charts, reviews = _Box(690), _Box(300)
    pages = paginate(
        None,  # type: ignore[arg-type]  # the boxes measure themselves
        [_Box(200), PageBreak(), charts, Spacer(8), PageBreak(), reviews],
        width=500,
        page_height=700,
    )
    assert [[placed.block for placed in page] for page in pages] == [
        [pages[0][0].block],
        [charts],
        [reviews],
    ]


def test_room_that_fits_stays_between_its_blocks() -> None:
    first, second = _Box(100), _Box(100)
    pages = paginate(None, [first, Spacer(8), second], width=500, page_height=700)  # type: ignore[arg-type]
    assert [placed.top for placed in pages[0]] == [0, 108, 124]


def test_a_list_spilling_a_line_over_does_not_leave_a_page_with_only_that_line() -> None:
    # the Russian demo report for 2026-11: the last complaint's bullet went over page 2's
    # foot; page 3 held that one line and "Top reviews of the month" began on page 4
    charts, last_bullet, heading, reviews = _Box(680), _Box(30), _Box(20), _Box(300)
    pages = paginate(
        None,  # type: ignore[arg-type]  # the boxes measure themselves
        [_Box(200), PageBreak(), charts, last_bullet, PageBreak(), heading, reviews],
        width=500,
        page_height=700,
    )
    assert [[placed.block for placed in page] for page in pages] == [
        [pages[0][0].block],
        [charts],
        [last_bullet, heading, reviews],
    ]


def test_a_section_still_starts_a_page_after_a_long_spill_over() -> None:
    charts, spill, reviews = _Box(680), _Box(400), _Box(300)
    pages = paginate(
        None,  # type: ignore[arg-type]  # the boxes measure themselves
        [charts, spill, PageBreak(), reviews],
        width=500,
        page_height=700,
    )
    assert [[placed.block for placed in page] for page in pages] == [[charts], [spill], [reviews]]
