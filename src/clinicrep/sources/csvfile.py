"""Reviews from a file the user saved or exported, for platforms without an API.

ZnanyLekarz/Docplanner/Doctoralia, ProDoctorov, Yandex Maps, 2GIS, Doc.ua, Helsi,
Dianping, Google Maps scrapers, RateMDs ...: the practice saves or exports its reviews
and imports the file. ``table_files`` reads CSV (any delimiter), JSON, JSON Lines and
.xlsx as a stream, in the encoding its words say (``text_encoding``); ``csv_mapping``
decides what each column means (with a reason per choice) and recognises known
exports; ``csv_values`` reads each cell. A row that cannot be read is reported with
its line number and the reason; the good rows are imported.

The file is read twice, never held whole: a first pass decides from whole columns the
rating scale (a stray "6" is an error, not a 10-point scale), the order of "05/11/2026",
and whether the id column really names one review per row; the second makes reviews.
A row without a usable id gets one from its date, author and text, numbered when the
same short row repeats (three rating-only reviews by "Pacjent" on one day stay three),
so importing the same file twice adds nothing. Storing is ``clinicrep.importing``'s
job (this layer never touches the store); ``CsvConnector`` re-reads the file named in
a source's settings when the file has changed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from clinicrep.errors import ImportFileError, NotSupported
from clinicrep.model import Platform, Review, utc_now
from clinicrep.sources.base import Page, PublishedReply, SourceContext
from clinicrep.sources.csv_mapping import (
    ColumnMapping,
    guess_mapping,
    headerless_names,
    recognise_preset,
)
from clinicrep.sources.csv_values import (
    MAX_TEXT_CHARS,
    CellError,
    ambiguous_date_parts,
    clean_line,
    clean_text,
    clean_url,
    decide_rating_scale,
    parse_rating,
    plain_number,
    read_date,
    to_utc,
)
from clinicrep.sources.table_files import (
    MAX_FILE_BYTES,
    SAMPLE_BYTES,
    SAMPLE_ROWS,
    TableFile,
    detect_delimiter,
    read_table,
)
from clinicrep.sources.text_encoding import detect_encoding, encoding_name

__all__ = [
    "MAX_FILE_BYTES",
    "SAMPLE_ROWS",
    "ColumnMapping",
    "CsvConnector",
    "CsvReviewReader",
    "ImportProblem",
    "ImportReport",
    "ImportWarning",
    "TableFile",
    "decode_bytes",
    "detect_delimiter",
    "guess_mapping",
    "read_table",
]

log = logging.getLogger(__name__)

PAGE_SIZE = 500
PAGE_CHARS = 2_000_000  # a page of long reviews ends early: memory stays bounded
# Platforms whose exports write "11/23/2026" month first when nothing in the file says.
_MONTH_FIRST_PLATFORMS = frozenset({Platform.RATEMDS, Platform.YELP})


# -- the report -----------------------------------------------------------------
@dataclass(slots=True)
class ImportProblem:
    """One row that was skipped (or, with ``skipped`` False, imported with a warning)."""

    line: int  # where the row starts in the file, 1-based (the header is line 1)
    code: str  # date_missing, date_unreadable, date_impossible, date_in_future,
    #            date_unknown, date_empty_imported, rating_unreadable, rating_out_of_range,
    #            empty_review,
    #            text_shortened, unreadable_row, cut_field, duplicate_row, line_encoding
    value: str = ""  # the cell that could not be read, shortened
    skipped: bool = True

    @property
    def reason(self) -> str:
        """One translated sentence for the user."""
        value = self.value if len(self.value) <= 40 else self.value[:39] + "…"
        texts = {
            "date_missing": QCoreApplication.translate(
                "CsvImport", "The date is empty; the row was skipped."
            ),
            "date_unreadable": QCoreApplication.translate(
                "CsvImport", "The date “{value}” was not understood; the row was skipped."
            ),
            "date_impossible": QCoreApplication.translate(
                "CsvImport", "The date “{value}” cannot be a review's date; the row was skipped."
            ),
            "date_in_future": QCoreApplication.translate(
                "CsvImport", "The date “{value}” is in the future; check the file's dates."
            ),
            "date_unknown": QCoreApplication.translate(
                "CsvImport",
                "The date “{value}” was not understood; imported with the export's date.",
            ),
            "date_empty_imported": QCoreApplication.translate(
                "CsvImport", "The date is empty; imported with the export's date."
            ),
            "rating_unreadable": QCoreApplication.translate(
                "CsvImport", "The rating “{value}” was not understood; the row was skipped."
            ),
            "rating_out_of_range": QCoreApplication.translate(
                "CsvImport", "The rating “{value}” is outside the scale; the row was skipped."
            ),
            "empty_review": QCoreApplication.translate(
                "CsvImport", "The row has neither text nor a rating; it was skipped."
            ),
            "text_shortened": QCoreApplication.translate(
                "CsvImport",
                "The text is longer than {n} characters; only its beginning was imported.",
            ),
            "cut_field": QCoreApplication.translate(
                "CsvImport",
                "The file ends inside this row's quoted text (the file was cut); the row was "
                "skipped. Save the whole file again.",
            ),
            "duplicate_row": QCoreApplication.translate(
                "CsvImport", "The row repeats line {value}; it was imported once."
            ),
            "line_encoding": QCoreApplication.translate(
                "CsvImport",
                "This line was saved in another encoding ({value}) than the rest of the "
                "file; it was read in that one.",
            ),
            "bytes_replaced": QCoreApplication.translate(
                "CsvImport",
                "This line has bytes that are not text; they were replaced by “\ufffd”.",
            ),
        }
        text = texts.get(self.code) or QCoreApplication.translate(
            "CsvImport", "The row could not be read; it was skipped."
        )
        return text.format(value=value, n=MAX_TEXT_CHARS)


@dataclass(slots=True)
class ImportWarning:
    """Something about the whole file that looks wrong or was decided for the user."""

    code: str  # one_date, ratings_equal, ids_repeat, rating_scale, approximate_dates,
    #            dates_missing, no_dates_known, encoding_guessed
    count: int = 0
    value: str = ""

    @property
    def text(self) -> str:
        if self.code == "one_date":
            return QCoreApplication.translate(
                "CsvImport",
                "Every row has the same date ({value}): it may be when the file was saved, "
                "not when the reviews were written. Choose another date column if there is one.",
            ).format(value=self.value)
        if self.code == "ratings_equal":
            return QCoreApplication.translate(
                "CsvImport", "Every rating is {value}: check that the rating column is right."
            ).format(value=self.value)
        if self.code == "ids_repeat":
            return QCoreApplication.translate(
                "CsvImport",
                "The IDs in “{value}” repeat for different reviews, so they were not used; "
                "reviews are told apart by their content.",
            ).format(value=self.value)
        if self.code == "rating_scale":
            return QCoreApplication.translate(
                "CsvImport", "Ratings were read on a scale of 1 to {value}."
            ).format(value=self.value)
        if self.code == "approximate_dates":
            return QCoreApplication.translate(
                "CsvImport",
                "%n dates such as “3 days ago” were counted back from {value} (the day the "
                "file was saved); they are approximate.",
                "",
                self.count,
            ).format(value=self.value)
        if self.code == "dates_missing":
            return QCoreApplication.translate(
                "CsvImport", "The file has no date column: the reviews got today's date."
            )
        if self.code == "encoding_guessed":
            return QCoreApplication.translate(
                "CsvImport",
                "The file is not saved as Unicode; its letters were read as {value}. If "
                "names or texts look wrong, import it again and choose its encoding.",
            ).format(value=encoding_name(self.value))
        return self.code


@dataclass(slots=True)
class ImportReport:
    """What reading (and, through ``clinicrep.importing``, storing) a file did."""

    path: str = ""
    kind: str = ""  # csv, json, jsonl, xlsx
    encoding: str = ""
    delimiter: str = ""
    mapping: ColumnMapping | None = None
    preset: str = ""  # the export recognised, if any (see csv_mapping.PRESETS)
    rows: int = 0  # data rows read (blank lines not counted; nested reviews each one)
    imported: int = 0  # new reviews stored
    updated: int = 0  # reviews already there whose text or rating changed
    unchanged: int = 0  # reviews already there (importing a file twice adds nothing)
    replaced_characters: int = 0  # bytes that were not valid in the file's encoding
    dates_missing: bool = False  # no date column: the import time was used
    rating_scale: float = 5.0
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    source_id: int | None = None

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.skipped)

    def summary(self) -> str:
        """One translated sentence, e.g. for the CLI and the import dialog."""
        return QCoreApplication.translate(
            "CsvImport",
            # numbers after their labels, as in the other languages: "1 new reviews imported"
            # was English for a file with one new row
            "Rows read: {rows}. New reviews imported: {imported}, updated: {updated}, "
            "already there: {unchanged}, rows skipped: {skipped}.",
        ).format(
            rows=self.rows,
            imported=self.imported,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
        )


# -- bytes to rows --------------------------------------------------------------
def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a whole file's bytes, judged as ``read_table`` judges a file.

    Bytes invalid in the chosen encoding become U+FFFD rather than stopping the import.
    """
    chosen = encoding or detect_encoding(data[:SAMPLE_BYTES], len(data) <= SAMPLE_BYTES)
    if chosen == "utf-8-sig":
        return data[3:].decode("utf-8", "replace"), chosen
    return data.decode(chosen, "replace"), chosen


# Kept under the old name: a table file read by table_files.
CsvTable = TableFile


# -- rows to reviews ------------------------------------------------------------
def stable_id(created: datetime | None, author: str, text: str) -> str:
    """An id from the normalised date, author and text: the same row always gets it."""
    day = created.date().isoformat() if created else ""
    parts = (day, " ".join(author.casefold().split()), " ".join(text.casefold().split()))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return "h:" + digest[:32]


def _digest(*parts: str) -> int:
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def zone_from_settings(settings: Mapping[str, Any]) -> tzinfo | None:
    """The practice's time zone for naive times in files (None: this computer's)."""
    name = str(settings.get("timezone") or "")
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r in settings; using this computer's", name)
        return None


@lru_cache(maxsize=256)
def _zone_named(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name.strip()) if name.strip() else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


SHORT_TEXT = 20  # a row with less text than this may repeat as a different review
FUTURE_SLACK = timedelta(days=1)


class CsvReviewReader:
    """Reads one file into ``Review`` records for ``source_id``, filling ``report``.

    The mapping is ``mapping`` if given, else ``remembered`` (the source's last one) if
    this file has those columns, else a guess (with a preset when the export is known).
    ``day_first_default`` decides "05/11/2026" only when no date in the file proves the
    order. ``encoding`` overrides the detected one. ``export_date`` is when the file was
    saved (default: its modification time): relative dates count back from it, and with
    ``unknown_dates`` a row whose date cannot be read gets it instead of being skipped.
    ``use_ids`` False ignores the id column. A file whose text looks garbled in its
    encoding is refused (``ImportFileError`` "garbled") rather than imported.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        source_id: int,
        mapping: ColumnMapping | None = None,
        remembered: Mapping[str, Any] | None = None,
        day_first_default: bool = True,
        zone: tzinfo | None = None,
        language_hint: str = "",
        encoding: str | None = None,
        export_date: datetime | None = None,
        unknown_dates: bool = False,
        use_ids: bool = True,
        table: TableFile | None = None,
    ) -> None:
        self.path = Path(path)
        self.source_id = source_id
        self.zone = zone
        self.language_hint = language_hint
        self.unknown_dates = unknown_dates
        self.table = table if table is not None else read_table(self.path, encoding)
        if self.table.garbled:
            raise ImportFileError(
                "text garbled in its encoding",
                reason="garbled",
                encoding=self.table.encoding,
            )
        header = self.table.header
        sample = [cells for _line, cells in self.table.sample if cells]
        self.preset = recognise_preset(header, sample)
        chosen = mapping
        if chosen is None and remembered:
            candidate = ColumnMapping.from_settings(remembered)
            if candidate.fits(header if candidate.has_header else headerless_names(len(header))):
                chosen = candidate
        if chosen is None:
            chosen = guess_mapping(header, sample, preset=self.preset)
        if not use_ids:
            chosen.id = None
        self.mapping = chosen
        self._first_row: list[str] | None = None
        if not chosen.has_header:  # the "header" was the first row of data
            width = max([len(header)] + [len(c) for c in sample])
            self._first_row = header
            self.table.header = headerless_names(width)
        self.columns = chosen.indexes(self.table.header)
        if not {"text", "rating"} & self.columns.keys():
            raise ImportFileError("no text or rating column", reason="no_columns")
        self.zone_column = next(
            (i for i, h in enumerate(self.table.header) if h.casefold() == "place timezone"), None
        )
        if export_date is None:
            try:
                export_date = datetime.fromtimestamp(self.path.stat().st_mtime, UTC)
            except OSError:
                export_date = utc_now()
        self.export_date = export_date
        self.report = ImportReport(
            path=str(self.path),
            kind=self.table.kind,
            encoding=self.table.encoding,
            delimiter=self.table.delimiter,
            mapping=chosen,
            preset=self.preset.key if self.preset else chosen.preset,
            replaced_characters=self.table.replaced_characters,
            dates_missing="date" not in self.columns,
        )
        if encoding is None and self.table.kind in ("csv", "jsonl", "html"):
            # a guess from the words (``text_encoding``): said, so that a person whose
            # letters came out wrong knows what to choose instead
            if not self.table.encoding.startswith(("utf-", "ascii")):
                self.report.warnings.append(
                    ImportWarning("encoding_guessed", value=self.table.encoding)
                )
        self.total_rows = 0
        self._day_first_default = day_first_default
        self._seen: dict[int, int] = {}
        self._approximate = 0
        self._survey()

    # -- the first pass: decisions from whole columns --------------------------------
    def _rows(self, note: Any = None) -> Iterator[tuple[int, list[str] | None]]:
        if self._first_row is not None:
            yield 1, self._first_row
        read = set(self.columns.values())
        if self.zone_column is not None:
            read.add(self.zone_column)
        yield from self.table.records(note, frozenset(read))

    def _survey(self) -> None:
        date_i = self.columns.get("date")
        rating_i = self.columns.get("rating")
        id_i = self.columns.get("id")
        author_i = self.columns.get("author")
        day_first_seen = month_first_seen = False
        ratings: dict[float, int] = {}
        other_ratings = 0
        ids: dict[int, int] = {}
        ids_repeat = False
        first_date: str | None = None
        one_date = True
        for _line, cells in self._rows():
            self.total_rows += 1
            if not cells:
                continue
            width = len(cells)
            if date_i is not None and date_i < width:
                value = cells[date_i].strip()
                if first_date is None:
                    first_date = value
                elif value != first_date:
                    one_date = False
                parts = (
                    ambiguous_date_parts(value)
                    if not (day_first_seen and month_first_seen)
                    else None
                )
                if parts:
                    day_first_seen |= parts[0] > 12 >= parts[1]
                    month_first_seen |= parts[1] > 12 >= parts[0]
            if rating_i is not None and rating_i < width:
                number = plain_number(cells[rating_i])
                if number is not None and len(ratings) < 1000:
                    ratings[number] = ratings.get(number, 0) + 1
                elif cells[rating_i].strip():
                    other_ratings += 1
            if id_i is not None and id_i < width and not ids_repeat and cells[id_i].strip():
                # the same id on rows by another author or of another date: not a review id
                key = _digest(cells[id_i].strip())
                who = _digest(
                    cells[author_i] if author_i is not None and author_i < width else "",
                    cells[date_i] if date_i is not None and date_i < width else "",
                )
                if ids.setdefault(key, who) != who:
                    ids_repeat = True
                    ids.clear()
        if self.mapping.day_first is not None:
            self.day_first = self.mapping.day_first
        elif day_first_seen != month_first_seen:
            self.day_first = day_first_seen
        else:
            self.day_first = self._day_first_default
        if self.mapping.rating_scale:
            self.rating_scale = float(self.mapping.rating_scale)
        else:
            self.rating_scale = decide_rating_scale(ratings)
        self.report.rating_scale = self.rating_scale
        warnings = self.report.warnings
        if self.rating_scale != 5:
            warnings.append(ImportWarning("rating_scale", value=f"{self.rating_scale:g}"))
        if ids_repeat and self.mapping.id:
            warnings.append(ImportWarning("ids_repeat", value=self.mapping.id))
            self.columns.pop("id", None)
        if date_i is not None and one_date and first_date and self.total_rows > 3:
            warnings.append(ImportWarning("one_date", value=first_date))
        if len(ratings) == 1 and not other_ratings and sum(ratings.values()) > 5:
            warnings.append(ImportWarning("ratings_equal", value=f"{next(iter(ratings)):g}"))
        if date_i is None:
            warnings.append(ImportWarning("dates_missing"))

    # -- the second pass: reviews ---------------------------------------------------
    def __iter__(self) -> Iterator[Review]:
        now = utc_now()
        self._seen = {}  # content digest -> line (or count for short rows)
        self._approximate = 0
        for line, cells in self._rows(self._note):
            self.report.rows += 1
            if cells is None:
                if not any(p.line == line and p.code == "cut_field" for p in self.report.problems):
                    self.report.problems.append(ImportProblem(line, "unreadable_row"))
                continue
            try:
                review = self._review(line, cells, now)
            except CellError as e:
                self.report.problems.append(ImportProblem(line, e.code, e.value))
                continue
            if review is not None:
                yield review
        if self._approximate:
            self.report.warnings.append(
                ImportWarning(
                    "approximate_dates",
                    count=self._approximate,
                    value=self.export_date.astimezone().date().isoformat(),
                )
            )

    def _note(self, line: int, code: str, value: str) -> None:
        if code == "bytes_replaced":
            self.report.replaced_characters += 1
        self.report.problems.append(ImportProblem(line, code, value, skipped=code == "cut_field"))

    def pages(self, size: int = PAGE_SIZE, max_chars: int = PAGE_CHARS) -> Iterator[list[Review]]:
        """Reviews in pages of ``size``, or fewer when their texts reach ``max_chars``
        (so a file of long letters never holds more than a few megabytes at once)."""
        page: list[Review] = []
        chars = 0
        for review in self:
            page.append(review)
            chars += len(review.text) + len(review.upstream_reply or "")
            if len(page) >= size or chars >= max_chars:
                yield page
                page = []
                chars = 0
        if page:
            yield page

    def _created(
        self, line: int, raw: str, zone: tzinfo | None
    ) -> tuple[datetime, datetime | None]:
        """(UTC time, the local moment read: None when only approximate) of a date cell;
        CellError if unusable."""
        try:
            reading = read_date(raw, day_first=self.day_first, reference=self.export_date)
        except CellError:
            if not self.unknown_dates:
                raise
            code = "date_unknown" if raw.strip() else "date_empty_imported"
            self.report.problems.append(ImportProblem(line, code, raw, skipped=False))
            return self.export_date.astimezone(UTC).replace(microsecond=0), None
        if reading.approximate:
            # "4 дня назад" is another day in next week's export: the id must not hang on it
            self._approximate += 1
            return to_utc(reading.moment, zone), None
        return to_utc(reading.moment, zone), reading.moment

    def _review(self, line: int, cells: list[str], now: datetime) -> Review | None:
        width = len(cells)
        cell = {name: cells[i] for name, i in self.columns.items() if i < width}
        text = clean_text(cell.get("text", ""))
        rating = parse_rating(cell.get("rating", ""), self.rating_scale)
        if not text and rating is None:
            raise CellError("empty_review", "")
        zone = self.zone
        if self.zone_column is not None and self.zone_column < width:
            zone = _zone_named(cells[self.zone_column]) or zone
        local: datetime | None = None
        created = now
        if "date" in self.columns:
            created, local = self._created(line, cell.get("date", ""), zone)
            if created > now + FUTURE_SLACK:
                self.report.problems.append(
                    ImportProblem(line, "date_in_future", cell.get("date", ""), skipped=False)
                )
        author = clean_line(cell.get("author", ""))
        external_id = clean_line(cell.get("id", ""), 200)
        if not external_id:
            external_id = stable_id(local, author, text)
            # its first 64 bits, a hash already (a second hash of it cost 3 us a row)
            key = int(external_id[2:18], 16)
            if len(text) < SHORT_TEXT:  # rating-only rows: the nth such row is the nth review
                count = self._seen.get(key, 0)
                self._seen[key] = count + 1
                if count:
                    external_id += f"#{count}"
            else:  # the same long text by the same person on one day: one review saved twice
                first = self._seen.setdefault(key, line)
                if first != line:
                    self.report.problems.append(ImportProblem(line, "duplicate_row", str(first)))
                    return None
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            self.report.problems.append(ImportProblem(line, "text_shortened", skipped=False))
        reply = clean_text(cell.get("reply", ""))
        language = clean_line(cell.get("language", ""), 12) if "language" in cell else ""
        return Review(
            source_id=self.source_id,
            external_id=external_id,
            created_at=created,
            author=author,
            rating=rating,
            text=text,
            title=clean_line(cell.get("title", "")),
            url=clean_url(cell.get("url", "")),
            language_hint=language
            if language and _LANGUAGE_CODE.match(language)
            else self.language_hint,
            upstream_reply=reply[:MAX_TEXT_CHARS] or None,
        )


_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


def day_first_for(platform: Platform) -> bool:
    """Whether an undecidable "05/11/2026" is 5 November for exports of ``platform``."""
    return platform not in _MONTH_FIRST_PLATFORMS


# -- the connector --------------------------------------------------------------
class CsvConnector:
    """A file source: ``settings["path"]`` re-read when the file changed since last time.

    Settings: ``path``; ``csv_mapping`` and ``encoding`` (remembered by the import, the
    encoding only when the user chose it); ``page_url`` (the
    practice's page on the platform, where the user answers); ``timezone`` (IANA name
    for times written without a zone; default this computer's). The cursor is the file's
    modification time and size, so a scheduled sync re-reads only a changed file.
    """

    kind = "csv"
    can_publish = False

    def __init__(self, ctx: SourceContext) -> None:
        self.ctx = ctx
        self.report: ImportReport | None = None

    def _fingerprint(self, path: Path) -> str:
        try:
            stat = path.stat()
        except OSError as e:
            raise ImportFileError("file not found", reason="not_found") from e
        return f"{stat.st_mtime_ns}:{stat.st_size}"

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        source = self.ctx.source
        raw_path = str(source.settings.get("path") or "")
        if not raw_path and source.settings.get("origin") == "paste":
            return  # reviews pasted from a page: nothing to re-read until the next paste
        if not raw_path:
            raise ImportFileError("no file configured", reason="not_found")
        path = Path(raw_path)
        fingerprint = self._fingerprint(path)
        if not full and since_cursor == fingerprint:
            return
        reader = CsvReviewReader(
            path,
            source_id=source.id or 0,
            remembered=source.settings.get("csv_mapping"),
            day_first_default=day_first_for(source.platform),
            zone=zone_from_settings(source.settings),
            language_hint=source.language,
            encoding=str(source.settings.get("encoding") or "") or None,
        )
        self.report = reader.report
        pages = reader.pages()
        page = next(pages, None)
        if page is None:
            yield Page([], cursor=fingerprint)
        while page is not None:  # one page ahead, to know which is the last
            if self.ctx.cancel.cancelled:
                return
            following = next(pages, None)
            # A file is one export, not the platform's whole list: never "complete", so
            # reviews missing from a newer export are not flagged as deleted.
            yield Page(page, cursor=fingerprint if following is None else since_cursor)
            page = following

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        raise NotSupported("file sources have no reply API", kind=self.kind)

    def delete_reply(self, review: Review) -> None:
        raise NotSupported("file sources have no reply API", kind=self.kind)

    def lookup(self, review: Review) -> Review | None:
        raise NotSupported("file sources have no reply API", kind=self.kind)

    def review_url(self, review: Review) -> str:
        return review.url or str(self.ctx.source.settings.get("page_url") or "")

    def close(self) -> None:
        """Nothing stays open between pages."""
