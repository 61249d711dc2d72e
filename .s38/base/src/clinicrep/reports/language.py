"""The language a document is written in: its translations and its number and date formats.

A document in the UI language uses the translators the app installed. A document in
another language (a front-desk card in Polish while the UI is in Russian, or
``clinicrep report --lang``) loads that language's .qm into a translator of its own and
asks it directly: installing it would switch the open window's language for a moment.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)

from clinicrep import labels, paths
from clinicrep.i18n import normalise, short_date_text
from clinicrep.model import Aspect, Platform, Sentiment, Status, Topic

log = logging.getLogger(__name__)

_NBSP = "\u00a0"
# languages that write "45 %" rather than "45%"
_SPACE_BEFORE_PERCENT = ("ru", "uk", "pl")


class ReportLanguage:
    """Translations and formats for one document. ``None``: the UI language."""

    def __init__(self, language: str | None = None) -> None:
        self._own: QTranslator | None = None
        self._explicit = language is not None
        if language is None:
            self.locale = QLocale()
            self.code = normalise(self.locale.name())
            if self.locale.language() == QLocale.Language.C:  # a bare CLI environment
                self.locale = QLocale(self.code)
            return
        self.code = normalise(language)
        self.locale = QLocale(self.code)
        # English too: its file holds the plural forms ("13 reviews", not "13 review(s)")
        translator = QTranslator()
        qm = paths.resource("translations", f"clinicrep_{self.code}.qm")
        if translator.load(str(qm)):
            self._own = translator
        else:
            log.warning("no translation file %s; the document stays in English", qm)

    # -- words ------------------------------------------------------------------------------
    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like ``QCoreApplication.translate``, in this document's language."""
        if not self._explicit:
            return QCoreApplication.translate(context, text, disambiguation, n)
        found = self._own.translate(context, text, disambiguation, n) if self._own else ""
        result = found or text
        return result.replace("%n", str(n)) if n >= 0 else result

    def _label(self, ui_label: str) -> str:
        # labels.py answers in the UI language; an explicit language re-asks with the
        # English name, which is what labels.py gives where no UI translator is installed.
        return self.translate("Labels", ui_label) if self._explicit else ui_label

    def platform(self, platform: Platform | None) -> str:
        return self._label(labels.platform_label(platform))

    def topic(self, topic: Topic) -> str:
        return self._label(labels.topic_label(topic))

    def aspect(self, aspect: Aspect) -> str:
        return self._label(labels.aspect_label(aspect))

    def status(self, status: Status) -> str:
        return self._label(labels.status_label(status))

    def sentiment(self, sentiment: Sentiment) -> str:
        return self._label(labels.sentiment_label(sentiment))

    def language_name(self, code: str) -> str:
        return self._label(labels.language_label(code))

    def language_in_sentence(self, code: str) -> str:
        """The language's name inside a sentence: "язык: украинский", "język: polski" (Russian,
        Ukrainian and Polish write it in lower case; a list's label keeps its capital)."""
        name = self.language_name(code)
        if self.code.split("_")[0] in ("ru", "uk", "pl"):
            return name[:1].lower() + name[1:]
        return name

    def is_own_language(self, code: str) -> bool:
        """Whether text in ``code`` ("zh", "pl", ...) is in this document's language."""
        return not code or code.split("_")[0] == self.code.split("_")[0]

    # -- numbers ----------------------------------------------------------------------------
    def integer(self, n: int) -> str:
        return self.locale.toString(int(n))

    def number(self, value: float, decimals: int = 1) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def as_printed(self, value: float, decimals: int = 1) -> float:
        """``value`` rounded as ``number`` prints it (Qt's rounding, not Python's halves to
        even), for a difference of two printed figures."""
        return float(QLocale.c().toString(float(value), "f", decimals))

    def signed(self, value: float, decimals: int = 1) -> str:
        """With a sign, and a true minus: "+0.3", "−2"."""
        text = self.number(abs(value), decimals) if decimals else self.integer(round(abs(value)))
        if round(value, decimals) > 0:
            return "+" + text
        if round(value, decimals) < 0:
            return "\u2212" + text
        return text

    def quoted(self, text: str) -> str:
        """``text`` in this language's quotation marks: “…”, „…”, «…»."""
        return self.locale.quoteString(text)

    def percent(self, share: float) -> str:
        """0.456 -> "46%" (or "46 %" where that is the custom)."""
        space = _NBSP if self.code in _SPACE_BEFORE_PERCENT else ""
        return f"{self.integer(round(share * 100))}{space}%"

    def hours(self, hours: float) -> str:
        """A time to answer, in the unit a person would use."""
        if hours < 1:
            minutes = max(1, round(hours * 60))
            return self.translate("ReportFormat", "%n min", "", minutes)
        if hours < 48:
            return self.translate("ReportFormat", "{hours} h").format(
                hours=self.number(hours, 1 if hours < 10 else 0)
            )
        return self.translate("ReportFormat", "{days} days").format(days=self.number(hours / 24, 1))

    # -- dates ------------------------------------------------------------------------------
    def date(self, moment: datetime, zone: tzinfo) -> str:
        local = moment.astimezone(zone)
        return short_date_text(QDate(local.year, local.month, local.day), self.locale)

    def date_time(self, moment: datetime, zone: tzinfo) -> str:
        local = moment.astimezone(zone)
        delta = local.utcoffset()
        offset = int(delta.total_seconds()) if delta is not None else 0
        qt_moment = QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute, local.second),
            QTimeZone.fromSecondsAheadOfUtc(offset),
        )
        return short_date_text(qt_moment, self.locale)

    def month_title(self, year: int, month: int) -> str:
        """ "October 2026" in the document's language ("2026年10月" in Chinese)."""
        if self.code == "zh_CN":
            return f"{year}年{month}月"
        name = self.locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
        name = name[:1].upper() + name[1:]
        return self.translate("ReportFormat", "{month} {year}").format(month=name, year=year)

    def short_month(self, year: int, month: int) -> str:
        """A chart axis label: "Oct" (with the year in January)."""
        if self.code == "zh_CN":
            return f"{year}年{month}月" if month == 1 else f"{month}月"
        name = self.locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        return f"{name} {year}" if month == 1 else name
