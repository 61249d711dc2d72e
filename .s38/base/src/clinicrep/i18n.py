"""Loading the UI language: our .qm files and Qt's own (so OK/Cancel are translated too)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from clinicrep import paths

log = logging.getLogger(__name__)

SUPPORTED = ("en", "ru", "uk", "pl", "zh_CN")
_installed: list[QTranslator] = []

# Qt's own file dialog (File → Import a file…, the CSV export and the PDF where the desktop
# offers no dialog of its own) labels two fields "&Look in:" and "Files of &type:" since
# Qt 6, and the qtbase translations still hold them without the "&": both stayed English in
# every language. Ours carry them; Qt asks them after its own.
QT_STRINGS_QT_MISSES = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def normalise(name: str) -> str:
    """'ru_RU' -> 'ru', 'zh_Hans_CN' / 'zh' -> 'zh_CN', unknown -> 'en'."""
    if name.startswith("zh"):
        return "zh_CN"
    short = name.split("_")[0].split("-")[0]
    return short if short in SUPPORTED else "en"


def install_translators(app: QCoreApplication, language: str) -> str:
    """Replace the installed translators with ``language``'s; returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = normalise(language)
    QLocale.setDefault(QLocale(lang))
    # English has a file too: the plural forms of the "%n hour(s)" strings ("1 hour", "2 hours")
    ours = QTranslator(app)
    qm = paths.resource("translations", f"clinicrep_{lang}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file %s", qm)
    if lang == "en":
        return lang
    qt = QTranslator(app)
    if qt.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


# A year in two digits ("yy" alone, not inside "yyyy"): "03.12.26" is the third of December
# 2026 or 1926, and "26年" is not how Chinese writes a year.
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def four_digit_year(pattern: str) -> str:
    """A QLocale date pattern with its year in four digits ("dd.MM.yy" -> "dd.MM.yyyy")."""
    return _TWO_DIGIT_YEAR.sub("yyyy", pattern)


def short_date_text(moment: QDate | QDateTime, locale: QLocale | None = None) -> str:
    """The locale's short date (with the time for a ``QDateTime``), its year in four digits:
    Qt's own short format writes "12/3/26" in English and "03.12.26" in Ukrainian."""
    locale = locale or QLocale()
    short = QLocale.FormatType.ShortFormat
    if isinstance(moment, QDateTime):
        return locale.toString(moment, four_digit_year(locale.dateTimeFormat(short)))
    return locale.toString(moment, four_digit_year(locale.dateFormat(short)))


def list_text(items: Iterable[str]) -> str:
    """Items of a list in a sentence or a cell, joined as the language joins them: "a, b" in
    most, "a、b" in Chinese (a comma between Chinese words reads as a Western import)."""
    return QCoreApplication.translate(
        "Language", ", ", "between the items of a list, as in 'Waiting, Parking'"
    ).join(items)


def then_text(first: str, second: str) -> str:
    """Two sentences (or a sentence and a note in brackets) one after the other: a space
    between them in most languages, none in Chinese ("已加下划线。涉及的规则…", "（已修改）")."""
    return (
        QCoreApplication.translate(
            "Language", "{first} {second}", "one sentence, then another after it"
        )
        .replace("{first}", first, 1)
        .replace("{second}", second, 1)
    )
