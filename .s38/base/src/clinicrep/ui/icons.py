"""Platform icons, drawn once in code (a coloured badge with the platform's initial)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from clinicrep.model import Platform

_BADGES: dict[Platform, tuple[str, str]] = {
    Platform.GOOGLE: ("G", "#4285f4"),
    Platform.FACEBOOK: ("f", "#1877f2"),
    Platform.YELP: ("y", "#d32323"),
    Platform.TRUSTPILOT: ("★", "#00b67a"),
    Platform.ZNANYLEKARZ: ("Z", "#00c3a5"),
    Platform.PRODOCTOROV: ("П", "#2b6cb0"),
    Platform.TWOGIS: ("2", "#19aa1e"),
    Platform.DIANPING: ("点", "#ff6633"),
    Platform.RATEMDS: ("R", "#5b3cc4"),
    Platform.YANDEX: ("Я", "#fc3f1d"),
    Platform.DOCUA: ("D", "#0aa5a0"),
    Platform.HELSI: ("H", "#3d5afe"),
    Platform.OTHER: ("…", "#607d8b"),
    Platform.OFFLINE: ("✉", "#795548"),
}


@cache
def platform_icon(platform: Platform | None) -> QIcon:
    letter, colour = _BADGES.get(platform or Platform.OTHER, ("?", "#607d8b"))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.25, size * 0.25)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def app_icon() -> QIcon:
    from clinicrep import paths

    icon = QIcon()
    folder = paths.resource("icons")
    for name in ("clinicrep.svg", "clinicrep-256.png", "clinicrep-64.png"):
        candidate = folder / name
        if candidate.exists():
            icon.addFile(str(candidate))
    return icon
