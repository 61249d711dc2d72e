"""The monthly summary as a PDF the practice owner reads in two minutes.

Page one: who, which month, the things to act on and the headline figures beside the
month before. Then the charts, the month's most important reviews, and its alerts.
Every word goes through ``ReportLanguage.translate``; reviews are printed as written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, QTimeZone
from PySide6.QtGui import QImage, QPainter

from clinicrep.model import Sentiment, Status
from clinicrep.reports.charts import (
    Bar,
    HorizontalBars,
    RatingTrendChart,
    Segment,
    ShareBar,
    TrendPoint,
)
from clinicrep.reports.document import (
    PALETTE,
    Block,
    Bullet,
    Canvas,
    Columns,
    Heading,
    PageBreak,
    PageSize,
    Paragraph,
    Spacer,
    Stack,
    TextBox,
    draw_line_of_text,
    draw_text_box,
    text_box,
    write_pdf,
)
from clinicrep.reports.language import ReportLanguage
from clinicrep.reports.monthly import (
    AlertLine,
    MonthlySummary,
    QuotedReview,
    build_monthly_summary,
)
from clinicrep.reports.qt_runtime import ensure_gui_application
from clinicrep.store.db import Database

log = logging.getLogger(__name__)

CONTEXT = "MonthlyReport"
REVIEW_MAX_LINES = 8
REPLY_MAX_LINES = 5


@dataclass(frozen=True, slots=True)
class ReportOptions:
    practice_name: str = ""
    logo_path: Path | None = None
    language: str | None = None  # None: the UI language
    page_size: PageSize = PageSize.A4
    include_internal_notes: bool = False
    zone: tzinfo | None = None  # None: this computer's time zone
    location_id: int | None = None  # one location's report; None: the whole practice


def local_zone() -> tzinfo:
    """The computer's time zone, with its daylight-saving rules where Python knows them."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        fallback = datetime.now().astimezone().tzinfo
        assert fallback is not None
        return fallback


# -- blocks of this report -------------------------------------------------------------------
@dataclass(slots=True)
class TitleBlock:
    practice_name: str
    title: str
    month: str
    made: str
    logo: QImage | None
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return 92

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        palette = canvas.palette
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.accent)
        painter.drawRect(QRectF(rect.left(), rect.top(), rect.width(), 4))
        text_w = rect.width() - (110 if self.logo else 0)
        y = rect.top() + 14
        if self.practice_name:
            box = text_box(canvas, self.practice_name, canvas.font(11, bold=True), text_w, 1)
            draw_text_box(painter, box, rect.left(), y, palette.muted)
            y += box.height + 2
        box = text_box(canvas, self.title, canvas.font(20, bold=True), text_w, 1)
        draw_text_box(painter, box, rect.left(), y, palette.ink)
        y += box.height + 1
        box = text_box(canvas, self.month, canvas.font(14), text_w, 1)
        draw_text_box(painter, box, rect.left(), y, palette.accent)
        y += box.height + 2
        draw_line_of_text(
            painter,
            canvas,
            self.made,
            canvas.font(8.5),
            QRectF(rect.left(), y, text_w, 12),
            palette.muted,
        )
        if self.logo is not None:
            box_rect = QRectF(rect.right() - 100, rect.top() + 14, 100, 64)
            size = self.logo.size().scaled(
                int(box_rect.width() * 4),
                int(box_rect.height() * 4),
                Qt.AspectRatioMode.KeepAspectRatio,
            )
            w, h = size.width() / 4, size.height() / 4
            target = QRectF(box_rect.right() - w, box_rect.top(), w, h)
            painter.drawImage(target, self.logo)


@dataclass(slots=True)
class FigureRow:
    label: str
    now: str
    before: str
    change: str
    tone: str  # "good" | "bad" | "neutral"


@dataclass(slots=True)
class FiguresTable:
    headers: tuple[str, str, str, str]
    rows: list[FigureRow]
    row_height: float = 19
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return self.row_height * (len(self.rows) + 1) + 2

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        palette = canvas.palette
        label_w = rect.width() * 0.43
        col_w = (rect.width() - label_w) / 3
        header_font = canvas.font(8.5, bold=True)
        font = canvas.font(9.5)
        bold = canvas.font(9.5, bold=True)
        y = rect.top()
        for i, header in enumerate(self.headers):
            x = rect.left() if i == 0 else rect.left() + label_w + (i - 1) * col_w
            w = label_w if i == 0 else col_w - 6
            align = "left" if i == 0 else "right"
            draw_line_of_text(
                painter,
                canvas,
                header,
                header_font,
                QRectF(x, y, w, self.row_height),
                palette.muted,
                align=align,
            )
        y += self.row_height
        tones = {"good": palette.good, "bad": palette.bad, "neutral": palette.muted}
        for index, row in enumerate(self.rows):
            if index % 2 == 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.panel)
                painter.drawRect(QRectF(rect.left(), y, rect.width(), self.row_height))
            cells = [
                (row.label, font, palette.ink, "left"),
                (row.now, bold, palette.ink, "right"),
                (row.before, font, palette.muted, "right"),
                (row.change, font, tones.get(row.tone, palette.muted), "right"),
            ]
            for i, (text, cell_font, color, align) in enumerate(cells):
                x = rect.left() + 6 if i == 0 else rect.left() + label_w + (i - 1) * col_w
                w = label_w - 6 if i == 0 else col_w - 6
                draw_line_of_text(
                    painter,
                    canvas,
                    text,
                    cell_font,
                    QRectF(x, y, w, self.row_height),
                    color,
                    align=align,
                )
            y += self.row_height


@dataclass(slots=True)
class QuotePanel:
    """A reply or an internal note, set off from the review on a tinted panel."""

    caption: str
    text: str
    max_lines: int
    italic: bool = False
    keep_with_next: bool = False

    def _boxes(self, canvas: Canvas, width: float) -> tuple[TextBox, TextBox]:
        inner = width - 24
        caption = text_box(canvas, self.caption, canvas.font(8, bold=True), inner, 1)
        body = text_box(
            canvas,
            self.text,
            canvas.font(9, italic=self.italic, text=self.text),
            inner,
            self.max_lines,
        )
        return caption, body

    def height(self, canvas: Canvas, width: float) -> float:
        caption, body = self._boxes(canvas, width)
        return caption.height + body.height + 12

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        caption, body = self._boxes(canvas, rect.width())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(canvas.palette.panel)
        painter.drawRect(QRectF(rect.left() + 12, rect.top(), rect.width() - 12, rect.height()))
        painter.setBrush(canvas.palette.rule)
        painter.drawRect(QRectF(rect.left() + 12, rect.top(), 2.5, rect.height()))
        draw_text_box(painter, caption, rect.left() + 22, rect.top() + 5, canvas.palette.muted)
        draw_text_box(
            painter, body, rect.left() + 22, rect.top() + 6 + caption.height, canvas.palette.ink
        )


@dataclass(slots=True)
class Rule:
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return 4

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(canvas.palette.rule)
        y = rect.top() + 2
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


# -- building the document -------------------------------------------------------------------
class _Writer:
    """Turns a MonthlySummary into blocks, in one language."""

    def __init__(self, summary: MonthlySummary, language: ReportLanguage) -> None:
        self.s = summary
        self.lang = language
        self.month_title = language.month_title(summary.year, summary.month)

    def tr(self, text: str, n: int = -1) -> str:
        return self.lang.translate("MonthlyReport", text, "", n)

    # figures
    def _share(self, value: float | None) -> str:
        return self.lang.percent(value) if value is not None else "\u2014"

    def _rating(self, value: float | None) -> str:
        return self.lang.number(value, 1) if value is not None else "\u2014"

    def _hours(self, value: float | None) -> str:
        return self.lang.hours(value) if value is not None else "\u2014"

    @staticmethod
    def _tone(delta: float, higher_is: str) -> str:
        if abs(delta) < 1e-9 or higher_is == "neutral":
            return "neutral"
        good = delta > 0 if higher_is == "good" else delta < 0
        return "good" if good else "bad"

    def _count_row(self, label: str, now: int, before: int, higher_is: str) -> FigureRow:
        delta = now - before
        return FigureRow(
            label,
            self.lang.integer(now),
            self.lang.integer(before),
            self.lang.signed(delta, 0),
            self._tone(delta, higher_is),
        )

    def _of(self, part: int, whole: int) -> str:
        """A count with its base: "40 of 46"."""
        return self.lang.translate("MonthlyReport", "{part} of {whole}").format(
            part=self.lang.integer(part), whole=self.lang.integer(whole)
        )

    def _share_row(
        self, label: str, now: float | None, before: float | None, higher_is: str
    ) -> FigureRow:
        if now is None or before is None:
            change, tone = "\u2014", "neutral"
        else:
            # the difference of the two percentages printed beside it: "78 %, 70 %, +7 pts"
            # from unrounded shares read as a sum that does not add up
            points = round(now * 100) - round(before * 100)
            change = self.lang.translate("MonthlyReport", "{points} pts").format(
                points=self.lang.signed(points, 0)
            )
            tone = self._tone(points, higher_is)
        return FigureRow(label, self._share(now), self._share(before), change, tone)

    def figures(self) -> FiguresTable:
        now, before = self.s.current, self.s.previous
        rating_change, rating_tone = "\u2014", "neutral"
        if now.average_rating is not None and before.average_rating is not None:
            # the difference of the two averages as printed (4.1 and 4.0: +0.1, never 0.0)
            delta = self.lang.as_printed(now.average_rating, 1) - self.lang.as_printed(
                before.average_rating, 1
            )
            rating_change = self.lang.signed(delta, 1)
            rating_tone = self._tone(round(delta, 1), "good")
        median_change, median_tone = "\u2014", "neutral"
        if now.median_hours is not None and before.median_hours is not None:
            delta = now.median_hours - before.median_hours
            sign = "+" if delta > 0 else "\u2212" if delta < 0 else ""
            median_change = sign + self.lang.hours(abs(delta)) if abs(delta) >= 0.02 else "0"
            median_tone = self._tone(round(delta, 1), "bad")
        rows = [
            self._count_row(
                self.lang.translate("MonthlyReport", "Reviews received"),
                now.received,
                before.received,
                "neutral",
            ),
            FigureRow(
                self.lang.translate("MonthlyReport", "Average rating (of 5)"),
                self._rating(now.average_rating),
                self._rating(before.average_rating),
                rating_change,
                rating_tone,
            ),
            self._share_row(
                self.lang.translate("MonthlyReport", "Positive reviews"),
                now.share_positive,
                before.share_positive,
                "good",
            ),
            self._share_row(
                self.lang.translate("MonthlyReport", "Negative reviews"),
                now.share_negative,
                before.share_negative,
                "bad",
            ),
            FigureRow(
                self.lang.translate("MonthlyReport", "This month's reviews answered"),
                self._of(now.answered_of_month, now.needing_answer),
                self._of(before.answered_of_month, before.needing_answer),
                self.lang.signed(now.answered_of_month - before.answered_of_month, 0),
                self._tone(now.answered_of_month - before.answered_of_month, "good"),
            ),
            self._share_row(
                self.lang.translate("MonthlyReport", "Answered within {hours} h").format(
                    hours=now.clock.target_hours
                ),
                now.share_within_aim,
                before.share_within_aim,
                "good",
            ),
            self._share_row(
                self.lang.translate("MonthlyReport", "Answered within {hours} h").format(
                    hours=now.clock.limit_hours
                ),
                now.share_within_limit,
                before.share_within_limit,
                "good",
            ),
            FigureRow(
                self.lang.translate("MonthlyReport", "Median time to answer"),
                self._hours(now.median_hours),
                self._hours(before.median_hours),
                median_change,
                median_tone,
            ),
            # the two figures whose base is not the month's reviews say so: the owner read
            # "received 48, answered 45, unanswered 42" as one month that did not add up
            self._count_row(
                self.lang.translate("MonthlyReport", "Answers given, to reviews of any month"),
                now.answered,
                before.answered,
                "good",
            ),
            self._count_row(
                self.lang.translate("MonthlyReport", "Unanswered at month end, all months"),
                now.unanswered_at_end,
                before.unanswered_at_end,
                "bad",
            ),
        ]
        previous_title = self.lang.month_title(
            self.s.start.year if self.s.month > 1 else self.s.year - 1,
            self.s.month - 1 if self.s.month > 1 else 12,
        )
        headers = (
            "",
            self.month_title,
            previous_title,
            self.lang.translate("MonthlyReport", "Change"),
        )
        return FiguresTable(headers, rows)

    # charts
    def charts(self) -> list[Block]:
        no_data = self.lang.translate("MonthlyReport", "No reviews in this period.")
        trend = RatingTrendChart(
            self.lang.translate("MonthlyReport", "Rating over the last 12 months"),
            [
                TrendPoint(self.lang.short_month(p.start.year, p.start.month), p.count, p.average)
                for p in self.s.rating_trend
            ],
            self.lang.translate("MonthlyReport", "Average rating"),
            self.lang.translate("MonthlyReport", "Reviews received"),
            no_data,
        )
        platforms = HorizontalBars(
            self.lang.translate("MonthlyReport", "Reviews per platform"),
            [
                Bar(self.lang.platform(p.platform), p.count, self.lang.integer(p.count))
                for p in self.s.platforms
            ],
            no_data,
        )
        sentiment = self.s.sentiment
        parts = [
            (Sentiment.POSITIVE, sentiment.positive, PALETTE.good),
            (Sentiment.MIXED, sentiment.mixed, PALETTE.mixed),
            (Sentiment.NEUTRAL, sentiment.neutral, PALETTE.neutral),
            (Sentiment.NEGATIVE, sentiment.negative, PALETTE.bad),
        ]
        if sentiment.unanalysed:
            parts.append((None, sentiment.unanalysed, PALETTE.rule))  # type: ignore[arg-type]
        total = sentiment.total or 1
        legend = [
            self.lang.translate("MonthlyReport", "{name}: {share} ({count})").format(
                name=self.lang.sentiment(kind)
                if kind
                else self.lang.translate("MonthlyReport", "Not analysed yet"),
                share=self.lang.percent(count / total),
                count=self.lang.integer(count),
            )
            for kind, count, _color in parts
        ]
        share_bar = ShareBar(
            self.lang.translate("MonthlyReport", "Sentiment of the month's reviews"),
            [Segment("", count, color) for _kind, count, color in parts],
            legend,
            no_data,
        )
        # aspects, as the list "What patients praised / complained about" below names them
        praise = HorizontalBars(
            self.lang.translate("MonthlyReport", "Most praised"),
            [
                Bar(self.lang.aspect(t.aspect), t.count, self.lang.integer(t.count))
                for t in self.s.praise
            ],
            self.lang.translate("MonthlyReport", "Nothing in particular was praised."),
            color=PALETTE.good,
        )
        complaints = HorizontalBars(
            self.lang.translate("MonthlyReport", "Most complained about"),
            [
                Bar(self.lang.aspect(t.aspect), t.count, self.lang.integer(t.count))
                for t in self.s.complaints
            ],
            self.lang.translate("MonthlyReport", "Nothing in particular was blamed."),
            color=PALETTE.bad,
        )
        return [
            Heading(self.lang.translate("MonthlyReport", "Charts")),
            trend,
            Spacer(6),
            Columns([platforms, share_bar]),
            Spacer(6),
            Columns([praise, complaints]),
        ]

    # what patients praised and complained about (issue 19)
    def aspects(self) -> list[Block]:
        blocks: list[Block] = []
        for polarity, title, none in (
            (
                Sentiment.POSITIVE,
                self.lang.translate("MonthlyReport", "What patients praised"),
                self.lang.translate("MonthlyReport", "Nothing in particular was praised."),
            ),
            (
                Sentiment.NEGATIVE,
                self.lang.translate("MonthlyReport", "What patients complained about"),
                self.lang.translate("MonthlyReport", "Nothing in particular was blamed."),
            ),
        ):
            blocks.append(Paragraph(title, size=11, bold=True, keep_with_next=True))
            chosen = [h for h in self.s.aspects if h.polarity == polarity]
            if not chosen:
                blocks.append(Paragraph(none, size=9.5))
            for highlight in chosen:
                line = self.lang.translate(
                    "MonthlyReport", "{aspect} (reviews: %n)", "", highlight.count
                ).format(aspect=self.lang.aspect(highlight.aspect))
                if highlight.quote:
                    line += " — " + self.lang.quoted(highlight.quote)
                    language = highlight.quote_language
                    if language and not self.lang.is_own_language(language):
                        line += (
                            " ("
                            + self.lang.translate("MonthlyReport", "in {language}").format(
                                language=self.lang.language_in_sentence(language)
                            )
                            + ")"
                        )
                blocks.append(Bullet(line, size=10, max_lines=3))
            blocks.append(Spacer(4))
        return blocks

    # reviews
    def _stars(self, rating: int | None) -> str:
        return "\u2605" * rating + "\u2606" * (5 - rating) if rating else ""

    def review_block(self, quoted: QuotedReview) -> Block:
        review = quoted.review
        meta = [
            self._stars(review.rating),
            self.lang.platform(review.platform),
            self.lang.date(review.created_at, self.s.zone),
        ]
        if review.author:
            meta.append(review.author)
        language = review.analysis.language if review.analysis else ""
        if language and not self.lang.is_own_language(language):
            # the owner sees at once that the quote is not in the report's language
            meta.append(
                self.lang.translate("MonthlyReport", "in {language}").format(
                    language=self.lang.language_in_sentence(language)
                )
            )
        meta.append(
            self.lang.translate("MonthlyReport", "Status: {status}").format(
                status=self.lang.status(review.status)
            )
        )
        parts: list[Block] = [
            Paragraph(" \u00b7 ".join(m for m in meta if m), size=8.5, bold=True, max_lines=2),
            Paragraph(
                review.text or self.lang.translate("MonthlyReport", "(no text, rating only)"),
                size=9.5,
                max_lines=REVIEW_MAX_LINES,
            ),
        ]
        if quoted.reply is not None:
            caption = self.lang.translate("MonthlyReport", "Our public reply")
            if quoted.reply.at is not None:
                caption = self.lang.translate("MonthlyReport", "Our public reply, {date}").format(
                    date=self.lang.date(quoted.reply.at, self.s.zone)
                )
            parts.append(QuotePanel(caption, quoted.reply.text, REPLY_MAX_LINES))
        elif review.status in (Status.NEW, Status.IN_PROGRESS, Status.ESCALATED):
            parts.append(
                Paragraph(
                    self.lang.translate("MonthlyReport", "Not answered yet."),
                    size=8.5,
                    italic=True,
                    color=PALETTE.bad,
                )
            )
        for note in quoted.notes:
            caption = (
                self.lang.translate("MonthlyReport", "Internal note (not public)")
                if note.kind == "status_note"
                else self.lang.translate("MonthlyReport", "Unpublished draft reply (not public)")
            )
            parts.append(QuotePanel(caption, note.text, REPLY_MAX_LINES, italic=True))
        parts.append(Rule())
        return Stack(parts)

    def reviews(self) -> list[Block]:
        blocks: list[Block] = [
            Heading(self.lang.translate("MonthlyReport", "The month's most important reviews"))
        ]
        blocks.append(
            Paragraph(
                self.lang.translate("MonthlyReport", "Complaints that need attention"),
                size=11,
                bold=True,
                keep_with_next=True,
            )
        )
        if self.s.urgent_negatives:
            blocks.extend(self.review_block(q) for q in self.s.urgent_negatives)
        elif self.s.sentiment.negative:
            blocks.append(
                Paragraph(
                    self.lang.translate(
                        "MonthlyReport", "Every complaint of this month has been dealt with."
                    ),
                    size=9.5,
                )
            )
        else:
            blocks.append(
                Paragraph(
                    self.lang.translate("MonthlyReport", "No negative reviews this month."),
                    size=9.5,
                )
            )
        if self.s.answered_complaints:
            blocks.append(Spacer(6))
            blocks.append(
                Paragraph(
                    self.lang.translate(
                        "MonthlyReport", "Complaints of this month already answered"
                    ),
                    size=11,
                    bold=True,
                    keep_with_next=True,
                )
            )
            blocks.extend(self.review_block(q) for q in self.s.answered_complaints)
        blocks.append(Spacer(6))
        blocks.append(
            Paragraph(
                self.lang.translate("MonthlyReport", "Warm words from patients"),
                size=11,
                bold=True,
                keep_with_next=True,
            )
        )
        if self.s.warm_positives:
            blocks.extend(self.review_block(q) for q in self.s.warm_positives)
        else:
            blocks.append(
                Paragraph(
                    self.lang.translate(
                        "MonthlyReport", "No positive reviews with text this month."
                    ),
                    size=9.5,
                )
            )
        return blocks

    # alerts
    def _alert_kind(self, line: AlertLine) -> str:
        if line.alert.kind == "spike":
            return self.lang.translate("MonthlyReport", "Spike of negative reviews")
        if line.alert.kind == "urgent":
            return self.lang.translate("MonthlyReport", "Urgent review")
        return self.lang.translate("MonthlyReport", "Alert")

    def _what_was_done(self, line: AlertLine) -> str:
        done: list[str] = []
        if line.alert.acknowledged_at is not None:
            done.append(
                self.lang.translate("MonthlyReport", "Acknowledged on {date}.").format(
                    date=self.lang.date(line.alert.acknowledged_at, self.s.zone)
                )
            )
        if line.review_answered_at is not None:
            done.append(
                self.lang.translate("MonthlyReport", "The review was answered on {date}.").format(
                    date=self.lang.date(line.review_answered_at, self.s.zone)
                )
            )
        elif line.review_status is not None:
            done.append(
                self.lang.translate("MonthlyReport", "The review's status: {status}.").format(
                    status=self.lang.status(line.review_status)
                )
            )
        if not done:
            return self.lang.translate("MonthlyReport", "Nothing has been done about it yet.")
        return " ".join(done)

    def alerts(self) -> list[Block]:
        blocks: list[Block] = [Heading(self.lang.translate("MonthlyReport", "Alerts and spikes"))]
        if not self.s.alerts:
            blocks.append(
                Paragraph(
                    self.lang.translate("MonthlyReport", "No alerts were raised this month."),
                    size=9.5,
                )
            )
            return blocks
        for line in self.s.alerts:
            raised = self.lang.date(line.alert.raised_at, self.s.zone)
            title = f"{raised} \u00b7 {self._alert_kind(line)}"
            blocks.append(
                Stack(
                    [
                        Paragraph(title, size=9.5, bold=True),
                        Paragraph(line.alert.message, size=9.5, max_lines=4),
                        Paragraph(
                            self.lang.translate("MonthlyReport", "What was done: {done}").format(
                                done=self._what_was_done(line)
                            ),
                            size=9,
                            color=PALETTE.muted,
                        ),
                    ],
                    gap=2,
                )
            )
        return blocks

    def actions(self) -> list[Block]:
        blocks: list[Block] = [Heading(self.lang.translate("MonthlyReport", "Things to act on"))]
        for item in self.s.actions:
            blocks.append(Bullet(item.text, size=10.5, max_lines=4))
        return blocks


def _logo(path: Path | None) -> QImage | None:
    if not path:
        return None
    image = QImage(str(path))
    if image.isNull():
        log.warning("logo %s could not be read; the report is made without it", path)
        return None
    return image


def _practice_line(practice: str, summary: MonthlySummary, language: ReportLanguage) -> str:
    """The practice's name and which of its locations the report covers (when it has any)."""
    if summary.location:
        place = language.translate("MonthlyReport", "Location: {location}").format(
            location=summary.location
        )
    elif summary.has_locations:
        place = language.translate("MonthlyReport", "All locations")
    else:
        return practice
    return f"{practice} \u00b7 {place}" if practice else place


def summary_blocks(
    summary: MonthlySummary, language: ReportLanguage, options: ReportOptions
) -> list[Block]:
    w = _Writer(summary, language)
    made = w.lang.translate("MonthlyReport", "Made on {date}").format(
        date=language.date_time(summary.made_at, summary.zone)
    )
    if summary.include_internal_notes:
        made += "  \u00b7  " + w.lang.translate(
            "MonthlyReport", "Includes internal notes: not for publication."
        )
    blocks: list[Block] = [
        TitleBlock(
            _practice_line(options.practice_name, summary, language),
            w.lang.translate("MonthlyReport", "Monthly review summary"),
            w.month_title,
            made,
            _logo(options.logo_path),
        ),
        Spacer(4),
    ]
    if summary.is_empty:
        blocks.append(
            Paragraph(
                w.lang.translate("MonthlyReport", "No reviews were received in {month}.").format(
                    month=w.month_title
                ),
                size=12,
                bold=True,
            )
        )
        blocks.append(
            Paragraph(
                w.lang.translate(
                    "MonthlyReport",
                    "Reviews from earlier months still unanswered at the end of the month: %n.",
                    "",
                    summary.current.unanswered_at_end,
                ),
                size=10.5,
            )
        )
        if summary.previous.received:
            blocks.append(
                Paragraph(
                    w.lang.translate(
                        "MonthlyReport",
                        "In the month before, %n reviews were received.",
                        "",
                        summary.previous.received,
                    ),
                    size=10.5,
                )
            )
        if summary.alerts:
            blocks.extend(w.alerts())
        return blocks
    blocks += w.actions()
    blocks.append(Spacer(8))
    blocks += [Heading(w.lang.translate("MonthlyReport", "The month in figures")), w.figures()]
    blocks.append(PageBreak())
    blocks += w.charts()
    blocks.append(Spacer(8))
    blocks += w.aspects()
    blocks.append(PageBreak())
    blocks += w.reviews()
    blocks.append(Spacer(8))
    blocks += w.alerts()
    return blocks


def render_monthly_report(
    db: Database,
    month: str,
    out: Path,
    *,
    options: ReportOptions = ReportOptions(),
    now: datetime | None = None,
) -> Path:
    """Write the summary of ``month`` ("YYYY-MM") to ``out`` as a PDF; returns ``out``."""
    ensure_gui_application()
    language = ReportLanguage(options.language)
    zone = options.zone or local_zone()
    summary = build_monthly_summary(
        db,
        month,
        zone=zone,
        language=language,
        include_internal_notes=options.include_internal_notes,
        now=now,
        location_id=options.location_id,
    )
    blocks = summary_blocks(summary, language, options)
    w = _Writer(summary, language)
    footer_left = " \u00b7 ".join(
        p
        for p in (
            _practice_line(options.practice_name, summary, language),
            w.lang.translate("MonthlyReport", "Monthly review summary"),
            w.month_title,
        )
        if p
    )

    def footer(canvas: Canvas, painter: QPainter, rect: QRectF, page: int, pages: int) -> None:
        font = canvas.font(8)
        painter.setPen(canvas.palette.rule)
        painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()))
        band = QRectF(rect.left(), rect.top() + 3, rect.width() * 0.7, rect.height() - 3)
        draw_line_of_text(painter, canvas, footer_left, font, band, canvas.palette.muted)
        number = w.lang.translate("MonthlyReport", "Page {page} of {pages}").format(
            page=page, pages=pages
        )
        right = QRectF(
            rect.left() + rect.width() * 0.7, rect.top() + 3, rect.width() * 0.3, rect.height() - 3
        )
        draw_line_of_text(painter, canvas, number, font, right, canvas.palette.muted, align="right")

    title = " \u2014 ".join(
        p
        for p in (
            _practice_line(options.practice_name, summary, language),
            w.lang.translate("MonthlyReport", "Monthly review summary"),
            w.month_title,
        )
        if p
    )
    write_pdf(out, blocks, page_size=options.page_size, title=title, footer=footer)
    return out
