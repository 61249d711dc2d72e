"""Printable review-request cards for the front desk: a QR code and the link to the
practice's review page on one platform, in the language the patients read.

The card asks every patient alike. Asking only the patients one expects to be happy
("review gating") breaks Google's, Yelp's and Trustpilot's rules, so the window shows
``review_gating_notice()`` beside this feature and the card's wording invites any review.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

import segno
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from clinicrep.errors import ClinicrepError
from clinicrep.model import Platform
from clinicrep.reports.document import (
    Block,
    Canvas,
    Margins,
    PageSize,
    draw_text_box,
    text_box,
    write_pdf,
)
from clinicrep.reports.language import ReportLanguage

CONTEXT = "RequestCard"
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


class CardLayout(StrEnum):
    POSTER = "poster"  # one large card filling the page, for the wall or the desk
    CARDS = "cards"  # four cards on the page, to cut out and hand over


class InvalidReviewLink(ClinicrepError):
    """The link to the review page is not a web address (http:// or https://)."""

    code = "invalid_review_link"


def review_gating_notice() -> str:
    """The sentence the window shows next to the card feature."""
    return QCoreApplication.translate(
        "RequestCard",
        "Hand the card to every patient alike. Asking only the patients you expect to be"
        " happy (\u201creview gating\u201d) is against the rules of Google, Yelp, Trustpilot"
        " and the other platforms, and they may remove your reviews for it.",
    )


def short_link(url: str) -> str:
    """What is printed under the code: the address without "https://" and "www."."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    rest = parts.path.rstrip("/")
    if parts.query:
        rest += "?" + parts.query
    return host + rest


def check_review_link(url: str) -> str:
    """The link a card can carry (stripped), or ``InvalidReviewLink``: asked before saving."""
    return _check(url)


def _check(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidReviewLink("review link must be an http(s) address", url=url)
    return url


@dataclass(slots=True)
class QrCode:
    """A QR code drawn as vector squares (scans sharply at any print size)."""

    data: str

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        code = segno.make(self.data, error="m", micro=False)
        rows = [bytes(row) for row in code.matrix]
        modules = len(rows) + 2 * QUIET_ZONE
        side = min(rect.width(), rect.height())
        unit = side / modules
        left = rect.left() + (rect.width() - side) / 2 + QUIET_ZONE * unit
        top = rect.top() + (rect.height() - side) / 2 + QUIET_ZONE * unit
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawRect(
            QRectF(rect.left() + (rect.width() - side) / 2, top - QUIET_ZONE * unit, side, side)
        )
        painter.setBrush(QColor("black"))
        for y, row in enumerate(rows):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                run = x
                while run < len(row) and row[run]:
                    run += 1
                # one rectangle per run of dark modules: no hairline seams between them
                painter.drawRect(QRectF(left + x * unit, top + y * unit, (run - x) * unit, unit))
                x = run


@dataclass(slots=True)
class Card:
    """One card's content and drawing, scaled to the rectangle it is given."""

    practice_name: str
    heading: str
    invitation: str
    link: str
    url: str
    thanks: str

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        scale = rect.width() / 400  # designed at 400 pt wide
        palette = canvas.palette
        pad = 24 * scale
        inner_w = rect.width() - 2 * pad
        painter.setPen(QPen(palette.rule, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 10 * scale, 10 * scale)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.accent)
        painter.drawRect(QRectF(rect.left(), rect.top() + 18 * scale, 5 * scale, 60 * scale))
        y = rect.top() + pad
        if self.practice_name:
            box = text_box(
                canvas, self.practice_name, canvas.font(13 * scale, bold=True), inner_w, 2
            )
            draw_text_box(painter, box, rect.left() + pad, y, palette.muted)
            y += box.height + 4 * scale
        box = text_box(canvas, self.heading, canvas.font(24 * scale, bold=True), inner_w, 2)
        draw_text_box(painter, box, rect.left() + pad, y, palette.ink)
        y += box.height + 6 * scale
        box = text_box(canvas, self.invitation, canvas.font(13 * scale), inner_w, 4)
        draw_text_box(painter, box, rect.left() + pad, y, palette.ink)
        y += box.height + 10 * scale
        link_font = canvas.font(12 * scale, bold=True)
        link = text_box(canvas, self.link, link_font, inner_w, 3)
        thanks_font = canvas.font(11 * scale, italic=True, text=self.thanks)
        thanks = text_box(canvas, self.thanks, thanks_font, inner_w, 3)
        bottom_h = link.height + 8 * scale + thanks.height
        qr_side = min(inner_w, rect.bottom() - pad - bottom_h - 8 * scale - y)
        # centre the code and the link in the space left under the words
        y += max(0.0, (rect.bottom() - pad - y - (qr_side + 8 * scale + bottom_h)) / 2)
        QrCode(self.url).paint(
            painter, QRectF(rect.left() + (rect.width() - qr_side) / 2, y, qr_side, qr_side)
        )
        y += qr_side + 8 * scale
        draw_text_box(
            painter, link, rect.left() + (rect.width() - link.width) / 2, y, palette.accent
        )
        y += link.height + 8 * scale
        draw_text_box(
            painter, thanks, rect.left() + (rect.width() - thanks.width) / 2, y, palette.muted
        )


@dataclass(slots=True)
class CardSheet:
    """A page of cards: one poster, or a 2 x 2 grid with dashed cutting lines."""

    card: Card
    layout: CardLayout
    keep_with_next: bool = False

    def height(self, canvas: Canvas, width: float) -> float:
        return math.inf  # the paginator gives a block taller than a page the whole page

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        if self.layout is CardLayout.POSTER:
            self.card.paint(canvas, painter, rect)
            return
        gap = 28.0
        w = (rect.width() - gap) / 2
        h = (rect.height() - gap) / 2
        for row in range(2):
            for col in range(2):
                cell = QRectF(rect.left() + col * (w + gap), rect.top() + row * (h + gap), w, h)
                self.card.paint(canvas, painter, cell)
        pen = QPen(canvas.palette.neutral, 0.6, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        mid_x = rect.left() + w + gap / 2
        mid_y = rect.top() + h + gap / 2
        painter.drawLine(QPointF(mid_x, rect.top()), QPointF(mid_x, rect.bottom()))
        painter.drawLine(QPointF(rect.left(), mid_y), QPointF(rect.right(), mid_y))


def render_request_card(
    out: Path,
    *,
    url: str,
    platform: Platform,
    language: str,
    practice_name: str = "",
    layout: CardLayout = CardLayout.POSTER,
    page_size: PageSize = PageSize.A4,
) -> Path:
    """Write a one-page PDF of review-request cards for ``platform``'s review page."""
    url = _check(url)
    lang = ReportLanguage(language)
    platform_name = lang.platform(platform)
    card = Card(
        practice_name=practice_name,
        heading=lang.translate("RequestCard", "How was your visit?"),
        invitation=lang.translate(
            "RequestCard",
            "Tell us and other patients on {platform}: point your phone's camera at the code.",
        ).format(platform=platform_name),
        link=short_link(url),
        url=url,
        thanks=lang.translate(
            "RequestCard", "Every review helps us improve, whatever it says. Thank you!"
        ),
    )
    title = lang.translate("RequestCard", "Review request card for {platform}").format(
        platform=platform_name
    )
    blocks: list[Block] = [CardSheet(card, layout)]
    margins = Margins(40, 40, 40, 40)
    write_pdf(out, blocks, page_size=page_size, title=title, footer=_no_footer, margins=margins)
    return out


def _no_footer(canvas: Canvas, painter: QPainter, rect: QRectF, page: int, pages: int) -> None:
    return None
