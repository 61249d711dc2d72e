"""Charts drawn straight onto the PDF with QPainter: vector lines and selectable labels.

Each chart is a ``document.Block``; it takes plain numbers and already translated labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from clinicrep.reports.document import Canvas, draw_line_of_text, draw_text_box, text_box

TITLE_SIZE = 10.5
LABEL_SIZE = 8


def _title(canvas: Canvas, painter: QPainter, rect: QRectF, title: str) -> float:
    """Draw the chart's title; returns the height it took."""
    box = text_box(canvas, title, canvas.font(TITLE_SIZE, bold=True), rect.width(), 2)
    draw_text_box(painter, box, rect.left(), rect.top(), canvas.palette.ink)
    return box.height + 6


def _title_height(canvas: Canvas, title: str, width: float) -> float:
    return text_box(canvas, title, canvas.font(TITLE_SIZE, bold=True), width, 2).height + 6


def _no_data(canvas: Canvas, painter: QPainter, rect: QRectF, text: str) -> None:
    draw_line_of_text(
        painter, canvas, text, canvas.font(LABEL_SIZE + 1), rect, canvas.palette.muted
    )


@dataclass(slots=True)
class Bar:
    label: str
    value: float
    value_text: str
    color: QColor | None = None


@dataclass(slots=True)
class HorizontalBars:
    """One labelled bar per row (reviews per platform, topics of praise or complaint)."""

    title: str
    bars: list[Bar]
    empty_text: str
    color: QColor | None = None
    row_height: float = 16
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        rows = max(1, len(self.bars))
        return _title_height(canvas, self.title, width) + rows * self.row_height + 4

    def label_font(self, canvas: Canvas) -> QFont:
        return canvas.font(LABEL_SIZE + 0.5)

    def label_width(self, canvas: Canvas, width: float) -> float:
        """The labels' column: as wide as the longest label (a Russian topic name is twice
        an English one), between 30 % and 60 % of the chart, so the bars keep their room."""
        metrics = QFontMetricsF(self.label_font(canvas), canvas.device)
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0.0)
        return min(max(widest + 2, width * 0.3), width * 0.6)

    def cut_labels(self, canvas: Canvas, width: float) -> list[str]:
        """The labels drawn cut (with an ellipsis) when the chart is ``width`` points wide."""
        metrics = QFontMetricsF(self.label_font(canvas), canvas.device)
        room = self.label_width(canvas, width)
        return [b.label for b in self.bars if metrics.horizontalAdvance(b.label) > room + 0.5]

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        y = rect.top() + _title(canvas, painter, rect, self.title)
        if not self.bars:
            _no_data(
                canvas,
                painter,
                QRectF(rect.left(), y, rect.width(), self.row_height),
                self.empty_text,
            )
            return
        label_w = self.label_width(canvas, rect.width())
        value_w = 34.0
        bar_x = rect.left() + label_w + 6
        bar_w = rect.width() - label_w - 6 - value_w - 4
        biggest = max(b.value for b in self.bars) or 1.0
        font = self.label_font(canvas)
        for bar in self.bars:
            row = QRectF(rect.left(), y, rect.width(), self.row_height)
            draw_line_of_text(
                painter,
                canvas,
                bar.label,
                font,
                QRectF(row.left(), y, label_w, self.row_height),
                canvas.palette.ink,
            )
            length = max(1.5, bar_w * bar.value / biggest) if bar.value else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar.color or self.color or canvas.palette.accent)
            painter.drawRoundedRect(QRectF(bar_x, y + 3.5, length, self.row_height - 7), 1.5, 1.5)
            draw_line_of_text(
                painter,
                canvas,
                bar.value_text,
                font,
                QRectF(bar_x + length + 4, y, value_w + bar_w - length, self.row_height),
                canvas.palette.muted,
            )
            y += self.row_height


@dataclass(slots=True)
class Segment:
    label: str
    count: int
    color: QColor


@dataclass(slots=True)
class ShareBar:
    """One bar split by share (positive / neutral / negative), with a legend under it."""

    title: str
    segments: list[Segment]
    legend: list[str]  # one line per segment, e.g. "Positive: 62% (31)"
    empty_text: str
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return _title_height(canvas, self.title, width) + 22 + 15 * len(self.legend)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        y = rect.top() + _title(canvas, painter, rect, self.title)
        total = sum(s.count for s in self.segments)
        if not total:
            _no_data(canvas, painter, QRectF(rect.left(), y, rect.width(), 16), self.empty_text)
            return
        x = rect.left()
        painter.setPen(Qt.PenStyle.NoPen)
        for segment in self.segments:
            w = rect.width() * segment.count / total
            painter.setBrush(segment.color)
            painter.drawRect(QRectF(x, y, w, 14))
            x += w
        y += 22
        font = canvas.font(LABEL_SIZE + 0.5)
        for segment, line in zip(self.segments, self.legend, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(segment.color)
            painter.drawRect(QRectF(rect.left(), y + 3.5, 8, 8))
            draw_line_of_text(
                painter,
                canvas,
                line,
                font,
                QRectF(rect.left() + 13, y, rect.width() - 13, 15),
                canvas.palette.ink,
            )
            y += 15


@dataclass(slots=True)
class TrendPoint:
    label: str  # "Oct"
    count: int
    average: float | None


@dataclass(slots=True)
class RatingTrendChart:
    """Average rating per month as a line (left scale 1-5) over the month's volume as bars."""

    title: str
    points: list[TrendPoint]
    rating_caption: str  # "Average rating"
    count_caption: str  # "Reviews received"
    empty_text: str
    plot_height: float = 120
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return _title_height(canvas, self.title, width) + 18 + self.plot_height + 16

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        palette = canvas.palette
        y = rect.top() + _title(canvas, painter, rect, self.title)
        small = canvas.font(LABEL_SIZE)
        # legend
        painter.setPen(QPen(palette.accent, 2))
        painter.drawLine(QPointF(rect.left(), y + 7), QPointF(rect.left() + 14, y + 7))
        draw_line_of_text(
            painter,
            canvas,
            self.rating_caption,
            small,
            QRectF(rect.left() + 18, y, 150, 14),
            palette.ink,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.rule)
        painter.drawRect(QRectF(rect.left() + 175, y + 3, 10, 8))
        draw_line_of_text(
            painter,
            canvas,
            self.count_caption,
            small,
            QRectF(rect.left() + 189, y, 170, 14),
            palette.ink,
        )
        y += 18
        if not any(p.count for p in self.points):
            _no_data(canvas, painter, QRectF(rect.left(), y, rect.width(), 16), self.empty_text)
            return
        axis_w = 22.0
        plot = QRectF(rect.left() + axis_w, y, rect.width() - 2 * axis_w, self.plot_height)
        biggest = max(p.count for p in self.points) or 1
        # gridlines at ratings 1..5
        for star in range(1, 6):
            gy = plot.bottom() - (star - 1) / 4 * plot.height()
            painter.setPen(QPen(palette.panel if star > 1 else palette.rule, 0.8))
            painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
            draw_line_of_text(
                painter,
                canvas,
                str(star),
                small,
                QRectF(rect.left(), gy - 7, axis_w - 6, 14),
                palette.muted,
                align="right",
            )
        slot = plot.width() / len(self.points)
        rooms = _label_rooms([p.label for p in self.points], slot, canvas, small)
        path = QPainterPath()
        started = False
        dots: list[QPointF] = []
        for i, point in enumerate(self.points):
            cx = plot.left() + slot * (i + 0.5)
            h = plot.height() * 0.9 * point.count / biggest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.rule)
            painter.drawRect(QRectF(cx - slot * 0.3, plot.bottom() - h, slot * 0.6, h))
            draw_line_of_text(
                painter,
                canvas,
                point.label,
                small,
                QRectF(cx - rooms[i] / 2, plot.bottom() + 2, rooms[i], 14),
                palette.muted,
                align="center",
            )
            if point.average is not None:
                py = plot.bottom() - (point.average - 1) / 4 * plot.height()
                dot = QPointF(cx, py)
                dots.append(dot)
                if started:
                    path.lineTo(dot)
                else:
                    path.moveTo(dot)
                    started = True
            else:
                started = False  # a month without ratings breaks the line
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.accent, 1.8))
        painter.drawPath(path)
        painter.setBrush(palette.accent)
        painter.setPen(Qt.PenStyle.NoPen)
        for dot in dots:
            painter.drawEllipse(dot, 2.4, 2.4)
        # the scale of the bars, so the reader can tell 3 from 300
        draw_line_of_text(
            painter,
            canvas,
            str(biggest),
            small,
            QRectF(plot.right() + 4, plot.bottom() - plot.height() * 0.9 - 7, axis_w, 14),
            palette.muted,
        )


def _label_rooms(labels: list[str], slot: float, canvas: Canvas, font: QFont) -> list[float]:
    """The width each axis label may take, centred under its bar: its slot, or more where
    the labels beside it are short ("2026年1月" between "12月" and "2月", which its slot cut to
    "2026年…")."""
    metrics = QFontMetricsF(font, canvas.device)
    widths = [metrics.horizontalAdvance(label) for label in labels]
    rooms = []
    for i, width in enumerate(widths):
        beside = max(widths[max(0, i - 1) : i] + widths[i + 1 : i + 2], default=0.0)
        rooms.append(max(slot, min(width + 1, 2 * slot - beside - 4)))
    return rooms
