"""A small page-flow engine over QPdfWriter: blocks stacked down the page, then paginated.

Blocks are measured first and painted afterwards, so that every footer can say
"Page 2 of 3". Text is plain text laid out with QTextLayout (never HTML), so a review
reading ``<b>x</b>`` is printed as written. Coordinates are PDF points (72 per inch).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

from clinicrep.errors import ClinicrepError
from clinicrep.reports.destination import replacing
from clinicrep.reports.qt_runtime import ensure_gui_application, report_font_family
from clinicrep.search_forms import cjk_chars

POINTS_PER_INCH = 72
ELLIPSIS = "\u2026"


class PageSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"

    @property
    def qt(self) -> QPageSize:
        return QPageSize(
            QPageSize.PageSizeId.A4 if self is PageSize.A4 else QPageSize.PageSizeId.Letter
        )


class ReportNotWritten(ClinicrepError):
    """The PDF file could not be created (folder missing or not writable, disk full)."""

    code = "report_not_written"


# A calm palette: ink for text, one accent, muted greens and reds for good and bad.
@dataclass(frozen=True, slots=True)
class Palette:
    ink: QColor = field(default_factory=lambda: QColor("#1f2933"))
    muted: QColor = field(default_factory=lambda: QColor("#616e7c"))
    rule: QColor = field(default_factory=lambda: QColor("#d9dee3"))
    panel: QColor = field(default_factory=lambda: QColor("#f3f5f7"))
    accent: QColor = field(default_factory=lambda: QColor("#1f6f8b"))
    good: QColor = field(default_factory=lambda: QColor("#2f855a"))
    bad: QColor = field(default_factory=lambda: QColor("#c05621"))
    neutral: QColor = field(default_factory=lambda: QColor("#a0aec0"))
    mixed: QColor = field(default_factory=lambda: QColor("#d69e2e"))


PALETTE = Palette()


@dataclass(slots=True)
class Canvas:
    """What every block needs to measure and paint: the device, the font, the palette."""

    device: QPaintDevice
    family: str
    palette: Palette = PALETTE

    def font(
        self, size: float, *, bold: bool = False, italic: bool = False, text: str = ""
    ) -> QFont:
        """The report's font; ``italic`` only for ``text`` without Chinese, Japanese or Korean
        characters: CJK has no italics, and the slanted Han a PDF writer makes up reads as a
        mistake ("尚未回复。", the card's "谢谢！")."""
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic and not (text and cjk_chars(text)))
        font.setHintingPreference(
            QFont.HintingPreference.PreferNoHinting
        )  # metrics as printed, not as on screen
        return font


# -- text ------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    # QTextLayout breaks lines at U+2028; it would draw "\n" as a box.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\u2028")


@dataclass(slots=True)
class TextBox:
    """Plain text wrapped to a width, cut with an ellipsis after ``max_lines``."""

    layout: QTextLayout
    height: float
    width: float
    truncated: bool


def _lay_out(text: str, font: QFont, width: float, device: QPaintDevice) -> QTextLayout:
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long links wrap too
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def text_box(
    canvas: Canvas, text: str, font: QFont, width: float, max_lines: int | None = None
) -> TextBox:
    plain = _plain(text)
    layout = _lay_out(plain, font, width, canvas.device)
    truncated = False
    if max_lines is not None and layout.lineCount() > max_lines:
        truncated = True
        last = layout.lineAt(max_lines - 1)
        cut = last.textStart() + last.textLength()
        while True:
            candidate = plain[:cut].rstrip() + ELLIPSIS
            layout = _lay_out(candidate, font, width, canvas.device)
            if layout.lineCount() <= max_lines or cut <= 1:
                break
            space = plain.rfind(" ", 0, cut - 1)
            cut = space if space > 0 else cut - 1  # drop the last word, or one character
    count = layout.lineCount()
    height = sum(layout.lineAt(i).height() for i in range(count))
    widest = max((layout.lineAt(i).naturalTextWidth() for i in range(count)), default=0.0)
    return TextBox(layout, height, widest, truncated)


def draw_text_box(painter: QPainter, box: TextBox, x: float, y: float, color: QColor) -> None:
    painter.setPen(color)
    box.layout.draw(painter, QPointF(x, y))


def draw_line_of_text(
    painter: QPainter,
    canvas: Canvas,
    text: str,
    font: QFont,
    rect: QRectF,
    color: QColor,
    *,
    align: str = "left",
) -> None:
    """One line, cut with an ellipsis when it does not fit, vertically centred in ``rect``.

    ``align``: "left", "right" or "center".
    """
    box = text_box(canvas, text, font, rect.width(), max_lines=1)
    x = {
        "left": rect.left(),
        "right": rect.right() - box.width,
        "center": rect.left() + (rect.width() - box.width) / 2,
    }[align]
    y = rect.top() + (rect.height() - box.height) / 2
    draw_text_box(painter, box, x, y, color)


# -- blocks ----------------------------------------------------------------------------------
class Block(Protocol):
    keep_with_next: bool

    def height(self, canvas: Canvas, width: float) -> float: ...

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None: ...


@dataclass(slots=True)
class Paragraph:
    text: str
    size: float = 10
    bold: bool = False
    italic: bool = False
    color: QColor | None = None
    max_lines: int | None = None
    indent: float = 0
    keep_with_next: bool = False

    def _box(self, canvas: Canvas, width: float) -> TextBox:
        font = canvas.font(self.size, bold=self.bold, italic=self.italic, text=self.text)
        return text_box(canvas, self.text, font, width - self.indent, self.max_lines)

    def height(self, canvas: Canvas, width: float) -> float:
        return self._box(canvas, width).height

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        box = self._box(canvas, rect.width())
        draw_text_box(
            painter, box, rect.left() + self.indent, rect.top(), self.color or canvas.palette.ink
        )


@dataclass(slots=True)
class Bullet:
    """A list item: the bullet hangs in the margin and wrapped lines align with the text."""

    text: str
    size: float = 10
    max_lines: int | None = None
    hang: float = 14
    keep_with_next: bool = False

    def _box(self, canvas: Canvas, width: float) -> TextBox:
        return text_box(
            canvas, self.text, canvas.font(self.size), width - self.hang, self.max_lines
        )

    def height(self, canvas: Canvas, width: float) -> float:
        return self._box(canvas, width).height

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        box = self._box(canvas, rect.width())
        bullet = text_box(canvas, "\u2022", canvas.font(self.size, bold=True), self.hang, 1)
        draw_text_box(painter, bullet, rect.left() + 2, rect.top(), canvas.palette.accent)
        draw_text_box(painter, box, rect.left() + self.hang, rect.top(), canvas.palette.ink)


@dataclass(slots=True)
class Heading:
    """A section title with a thin rule under it; never left alone at the foot of a page."""

    text: str
    size: float = 13
    keep_with_next: bool = True

    def height(self, canvas: Canvas, width: float) -> float:
        return text_box(canvas, self.text, canvas.font(self.size, bold=True), width).height + 8

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        box = text_box(canvas, self.text, canvas.font(self.size, bold=True), rect.width())
        draw_text_box(painter, box, rect.left(), rect.top(), canvas.palette.accent)
        y = rect.top() + box.height + 3
        painter.setPen(canvas.palette.rule)
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


@dataclass(slots=True)
class Spacer:
    size: float
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return self.size

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        return None


@dataclass(slots=True)
class PageBreak:
    """Starts a new page (unless the page is still empty)."""

    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return 0.0

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        return None


@dataclass(slots=True)
class Columns:
    """Blocks side by side, each in an equal share of the width."""

    parts: Sequence[Block]
    gap: float = 18
    keep_with_next: bool = False

    def part_width(self, width: float) -> float:
        return (width - self.gap * (len(self.parts) - 1)) / max(1, len(self.parts))

    def height(self, canvas: Canvas, width: float) -> float:
        w = self.part_width(width)
        return max((p.height(canvas, w) for p in self.parts), default=0.0)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        w = self.part_width(rect.width())
        for i, part in enumerate(self.parts):
            x = rect.left() + i * (w + self.gap)
            part.paint(canvas, painter, QRectF(x, rect.top(), w, part.height(canvas, w)))


@dataclass(slots=True)
class Stack:
    """Blocks one under the other, kept together on one page (a review with its reply)."""

    parts: Sequence[Block]
    gap: float = 4
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        heights = [p.height(canvas, width) for p in self.parts]
        return sum(heights) + self.gap * max(0, len(heights) - 1)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        y = rect.top()
        for part in self.parts:
            h = part.height(canvas, rect.width())
            part.paint(canvas, painter, QRectF(rect.left(), y, rect.width(), h))
            y += h + self.gap


# -- pages -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Placed:
    block: Block
    top: float
    height: float


# a page that a spill-over filled to less than this share of its height is not left for a
# page break: the next section follows on it
SPILL_SHARE = 0.25


def paginate(
    canvas: Canvas, blocks: Sequence[Block], width: float, page_height: float, gap: float = 8
) -> list[list[Placed]]:
    """Stack blocks into pages; a block that does not fit starts a new page, with the
    heading (or other ``keep_with_next`` blocks) just before it. A ``PageBreak`` after a
    short spill-over (under ``SPILL_SHARE`` of a page) is not taken."""
    pages: list[list[Placed]] = [[]]
    y = 0.0
    spilled = False  # the page in hand began with what did not fit on the one before
    for block in blocks:
        if isinstance(block, PageBreak):
            # a list's last lines spilled over, then the next section's break: that page held
            # one bullet and nothing else (the Russian demo report's page 3); the section
            # starts under the spill instead
            if pages[-1] and not (spilled and y < page_height * SPILL_SHARE):
                pages.append([])
                y = 0.0
                spilled = False
            continue
        h = block.height(canvas, width)
        if isinstance(block, Spacer) and y + h > page_height:
            continue  # room at a page's foot: on a page of its own it was a blank page
        if y + h > page_height and pages[-1]:
            carried: list[Placed] = []
            while pages[-1] and pages[-1][-1].block.keep_with_next:
                carried.insert(0, pages[-1].pop())
            if not pages[-1]:  # the whole page was one chain: cut it here after all
                pages[-1] = carried
                carried = []
            pages.append([])
            y = 0.0
            spilled = True
            for placed in carried:
                pages[-1].append(Placed(placed.block, y, placed.height))
                y += placed.height + gap
        pages[-1].append(Placed(block, y, min(h, page_height)))
        y += h + gap
    return pages


FooterPainter = Callable[[Canvas, QPainter, QRectF, int, int], None]


@dataclass(frozen=True, slots=True)
class Margins:
    left: float = 50
    top: float = 50
    right: float = 50
    bottom: float = 56


def write_pdf(
    out: Path,
    blocks: Sequence[Block],
    *,
    page_size: PageSize,
    title: str,
    footer: FooterPainter,
    margins: Margins = Margins(),
) -> int:
    """Lay the blocks out on pages of ``page_size`` and write the PDF; returns the page count.

    Written beside ``out`` and renamed over it; a path that must not be written (a folder,
    a device, a read-only file) is refused first (``reports.destination``).
    """
    ensure_gui_application()
    with replacing(out) as temp:
        return _write_pdf(temp, out, blocks, page_size, title, footer, margins)


def _write_pdf(
    temp: Path,
    out: Path,
    blocks: Sequence[Block],
    page_size: PageSize,
    title: str,
    footer: FooterPainter,
    margins: Margins,
) -> int:
    writer = QPdfWriter(str(temp))
    writer.setPageSize(page_size.qt)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(POINTS_PER_INCH)
    writer.setTitle(title)
    writer.setCreator("clinicrep")
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportNotWritten(f"cannot write {temp}", path=str(out))
    try:
        canvas = Canvas(writer, report_font_family())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(0, 0, writer.width(), writer.height())
        content = page.adjusted(margins.left, margins.top, -margins.right, -margins.bottom)
        pages = paginate(canvas, blocks, content.width(), content.height())
        for number, placed_blocks in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for placed in placed_blocks:
                rect = QRectF(
                    content.left(), content.top() + placed.top, content.width(), placed.height
                )
                placed.block.paint(canvas, painter, rect)
            footer_rect = QRectF(
                content.left(), page.bottom() - margins.bottom + 14, content.width(), 20
            )
            footer(canvas, painter, footer_rect, number, len(pages))
    finally:
        painter.end()
    if not temp.exists() or temp.stat().st_size == 0:
        raise ReportNotWritten(f"nothing written to {temp}", path=str(out))
    return len(pages)
