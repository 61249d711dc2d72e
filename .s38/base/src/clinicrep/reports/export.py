"""The inbox, as filtered, to a CSV file a spreadsheet program opens correctly.

UTF-8 with a byte-order mark (Excel on Windows reads Cyrillic and Chinese right only
then), and cells that a spreadsheet would run as a formula are defused. Internal notes
and reply drafts are never exported; the published reply is. Times are this computer's local
time, as the inbox and the report show them, written "2026-12-04 09:30:15" (a day alone when
the source gave no time): the one form Excel and LibreOffice read as a date in every locale.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from clinicrep.labels import is_date_only
from clinicrep.model import Review
from clinicrep.reports.destination import check_destination, replacing
from clinicrep.reports.language import ReportLanguage
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.locations import list_locations, location_names_by_review
from clinicrep.store.report_context import PublicReply, public_replies
from clinicrep.store.reviews import reviews_by_ids

BATCH = 500
# Spreadsheets treat a cell starting with one of these as a formula (OWASP "CSV injection");
# tab and carriage return too, since some programs strip them before looking.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a would-be formula with an apostrophe so it is shown as text."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CsvExport", "Date"),
        QCoreApplication.translate("CsvExport", "Platform"),
        QCoreApplication.translate("CsvExport", "Author"),
        QCoreApplication.translate("CsvExport", "Rating"),
        QCoreApplication.translate("CsvExport", "Title"),
        QCoreApplication.translate("CsvExport", "Review"),
        QCoreApplication.translate("CsvExport", "Language"),
        QCoreApplication.translate("CsvExport", "Sentiment"),
        QCoreApplication.translate("CsvExport", "Topics"),
        QCoreApplication.translate("CsvExport", "Urgency"),
        QCoreApplication.translate("CsvExport", "Status"),
        QCoreApplication.translate("CsvExport", "Answered"),
        QCoreApplication.translate("CsvExport", "Our public reply"),
        QCoreApplication.translate("CsvExport", "Link"),
    ]


def list_separator(language: ReportLanguage) -> str:
    """The separator a spreadsheet opening the file by a double-click expects: ";" where the
    decimal point is a comma (Polish, Russian, Ukrainian Excel split "a,b,c" into nothing:
    the whole row landed in column A), "," elsewhere (English, Chinese)."""
    return ";" if language.locale.decimalPoint() == "," else ","


def local_time(moment: datetime | None) -> str:
    """``moment`` in this computer's time zone, to the second, without an offset.

    A practice in Warsaw or Kyiv reads the hour (and, near midnight, the day) its inbox
    shows. An offset ("+02:00") made Excel keep the cell as text, so it neither sorted nor
    filtered as a date; a day the source gave without a time stays a day.
    """
    if moment is None:
        return ""
    local = moment.astimezone().replace(microsecond=0, tzinfo=None)
    return local.date().isoformat() if is_date_only(local) else local.isoformat(sep=" ")


def _rows(
    db: Database, ids: list[int], language: ReportLanguage, *, with_location: bool
) -> Iterator[list[str]]:
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        replies = public_replies(db, chunk)
        places = location_names_by_review(db, chunk) if with_location else {}
        for review in reviews_by_ids(db, chunk):
            row = _row(review, replies.get(review.id or 0), language)
            if with_location:
                row.append(places.get(review.id or 0, ""))
            yield row


def _row(review: Review, reply: PublicReply | None, language: ReportLanguage) -> list[str]:
    analysis = review.analysis
    return [
        local_time(review.created_at),
        language.platform(review.platform),
        review.author,
        str(review.rating) if review.rating is not None else "",
        review.title,
        review.text,
        analysis.language if analysis else "",
        language.sentiment(analysis.sentiment) if analysis else "",
        ", ".join(language.topic(t) for t in analysis.topics) if analysis else "",
        str(analysis.urgency) if analysis else "",
        language.status(review.status),
        local_time(review.answered_at),
        reply.text if reply else "",
        review.url,
    ]


def export_csv(db: Database, query: ReviewQuery, out: Path) -> int:
    """Write the reviews ``query`` selects, in its order, to ``out``; returns how many.

    The file appears whole or not at all (written beside it, then renamed); a path that
    must not be written is refused (``reports.destination``).
    """
    check_destination(out)  # before the query: a wrong path is refused at once
    ids = review_ids(db, query)
    language = ReportLanguage()
    # a practice with locations gets a Location column (its sources' location, or empty)
    with_location = bool(list_locations(db))
    headers = _headers()
    if with_location:
        headers.append(QCoreApplication.translate("CsvExport", "Location"))
    count = 0
    with replacing(Path(out)) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(
                handle, delimiter=list_separator(language), quoting=csv.QUOTE_MINIMAL
            )
            writer.writerow(headers)
            for row in _rows(db, ids, language, with_location=with_location):
                writer.writerow([neutralise(cell) for cell in row])
                count += 1
    return count
