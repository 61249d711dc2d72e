"""Reviews from a table the user saved or exported (.csv, .tsv) for platforms without an API.

ZnanyLekarz/Docplanner/Doctoralia, RateMDs, 2GIS, Yandex, ProDoctorov, Dianping ...: the
practice saves or exports its reviews and imports the file. We find the encoding (UTF-8,
UTF-8 with BOM, UTF-16 with BOM, cp1251, GBK), the delimiter and the meaning of each
column (``guess_mapping``), then turn each row into a ``Review``. A row that cannot be
read is reported with its line number and the reason; the good rows are imported.

A row without an id column gets a stable id made from its date, author and text, so
importing the same file twice adds nothing. Storing is ``clinicrep.importing``'s job
(this layer never touches the store); ``CsvConnector`` re-reads the file named in a
source's settings when the file has changed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
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
)
from clinicrep.sources.csv_values import (
    MAX_TEXT_CHARS,
    CellError,
    clean_line,
    clean_text,
    clean_url,
    guess_rating_scale,
    parse_date,
    parse_rating,
    resolve_day_first,
    to_utc,
)

__all__ = [
    "ColumnMapping",
    "CsvConnector",
    "CsvReviewReader",
    "ImportProblem",
    "ImportReport",
    "decode_bytes",
    "detect_delimiter",
    "guess_mapping",
]

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 200 * 1024 * 1024  # far above any practice's reviews; stops a wrong file early
PAGE_SIZE = 500
SAMPLE_ROWS = 50
_DELIMITERS = (",", ";", "\t", "|")
# Platforms whose exports write "11/23/2026" month first when nothing in the file says.
_MONTH_FIRST_PLATFORMS = frozenset({Platform.RATEMDS, Platform.YELP})


# -- the report -----------------------------------------------------------------
@dataclass(slots=True)
class ImportProblem:
    """One row that was skipped (or, with ``skipped`` False, imported with a change)."""

    line: int  # where the row starts in the file, 1-based (the header is line 1)
    code: str  # date_missing, date_unreadable, rating_unreadable, rating_out_of_range,
    #            empty_review, text_shortened, unreadable_row
    value: str = ""  # the cell that could not be read, shortened
    skipped: bool = True

    @property
    def reason(self) -> str:
        """One translated sentence for the user."""
        value = self.value if len(self.value) <= 40 else self.value[:39] + "…"
        if self.code == "date_missing":
            return QCoreApplication.translate(
                "CsvImport", "The date is empty; the row was skipped."
            )
        if self.code == "date_unreadable":
            return QCoreApplication.translate(
                "CsvImport", "The date “{value}” was not understood; the row was skipped."
            ).format(value=value)
        if self.code == "rating_unreadable":
            return QCoreApplication.translate(
                "CsvImport", "The rating “{value}” was not understood; the row was skipped."
            ).format(value=value)
        if self.code == "rating_out_of_range":
            return QCoreApplication.translate(
                "CsvImport", "The rating “{value}” is outside the scale; the row was skipped."
            ).format(value=value)
        if self.code == "empty_review":
            return QCoreApplication.translate(
                "CsvImport", "The row has neither text nor a rating; it was skipped."
            )
        if self.code == "text_shortened":
            return QCoreApplication.translate(
                "CsvImport",
                "The text is longer than {n} characters; only its beginning was imported.",
            ).format(n=MAX_TEXT_CHARS)
        return QCoreApplication.translate("CsvImport", "The row could not be read; it was skipped.")


@dataclass(slots=True)
class ImportReport:
    """What reading (and, through ``clinicrep.importing``, storing) a file did."""

    path: str = ""
    encoding: str = ""
    delimiter: str = ""
    mapping: ColumnMapping | None = None
    rows: int = 0  # data rows in the file (blank lines not counted)
    imported: int = 0  # new reviews stored
    updated: int = 0  # reviews already there whose text or rating changed
    unchanged: int = 0  # reviews already there (importing a file twice adds nothing)
    replaced_characters: int = 0  # bytes that were not valid in the file's encoding
    dates_missing: bool = False  # no date column: the import time was used
    problems: list[ImportProblem] = field(default_factory=list)
    source_id: int | None = None

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.skipped)

    def summary(self) -> str:
        """One translated sentence, e.g. for the CLI and the import dialog."""
        return QCoreApplication.translate(
            "CsvImport",
            "{imported} new reviews imported, {updated} updated, {unchanged} already there, "
            "{skipped} rows skipped.",
        ).format(
            imported=self.imported,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
        )


# -- bytes to rows --------------------------------------------------------------
_SAMPLE_BYTES = 1024 * 1024
_CYRILLIC_LOWER = re.compile(r"[а-яёіїєґў]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a file's bytes: a BOM decides, else UTF-8, else cp1251 or GBK.

    Bytes invalid in the chosen encoding become U+FFFD rather than stopping the import.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    head = data[:4096]
    if len(head) >= 8:  # UTF-16 without BOM: ASCII characters with a NUL byte beside each
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return data.decode("utf-16-le", "replace"), "utf-16-le"
        if even > len(head) // 4 and odd == 0:
            return data.decode("utf-16-be", "replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:_SAMPLE_BYTES]
    as_utf8 = sample.decode("utf-8", "replace")
    broken = as_utf8.count("\ufffd")
    # Text in cp1251 or GBK is almost never valid UTF-8 by chance (well under one valid
    # character per broken one); a UTF-8 file with a few damaged bytes is mostly valid.
    if len(_NON_ASCII.findall(as_utf8)) - broken >= 2 * broken:
        # A UTF-8 file with a few damaged bytes, not a file in another encoding.
        return data.decode("utf-8", "replace"), "utf-8"
    as_cp1251 = sample.decode("cp1251", "replace")
    high = len(_NON_ASCII.findall(as_cp1251))
    if high and len(_CYRILLIC_LOWER.findall(as_cp1251)) >= 0.6 * high:
        # Russian/Ukrainian prose is mostly lowercase letters; GBK bytes read as cp1251 are not.
        return data.decode("cp1251", "replace"), "cp1251"
    as_gbk = sample.decode("gbk", "replace")
    if len(_HAN.findall(as_gbk)) >= 10 * as_gbk.count("\ufffd"):
        return data.decode("gbk", "replace"), "gbk"
    return data.decode("cp1251", "replace"), "cp1251"


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | None]]:
    """(first line, cells) of each record; cells None for a record csv cannot read."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield line, None
            cells = None
        else:
            yield line, cells
        line = reader.line_num + 1


def detect_delimiter(text: str, suffix: str = "") -> str:
    """The delimiter that splits the first records into the most consistent columns."""
    if suffix.lower() == ".tsv":
        return "\t"
    sample = text[:65536]
    if len(text) > len(sample):  # the last record of a cut sample may be cut too
        sample = sample[: sample.rfind("\n") + 1] or sample
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        widths = []
        for _line, cells in _records(sample, delimiter):
            if cells:
                widths.append(len(cells))
            if len(widths) >= SAMPLE_ROWS:
                break
        if not widths:
            continue
        usual = max(set(widths), key=widths.count)
        if usual < 2:
            continue
        score = (widths.count(usual) / len(widths), usual)
        if score > best_score:
            best, best_score = delimiter, score
    return best


@dataclass(slots=True)
class CsvTable:
    """A file split into a header and rows, with how it was read."""

    header: list[str]
    rows: list[tuple[int, list[str] | None]]  # (line, cells); cells None: unreadable
    encoding: str
    delimiter: str
    replaced_characters: int = 0


def read_table(path: Path) -> CsvTable:
    """The file's header and rows; ``ImportFileError`` if it is not a table at all."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError("file too large", reason="too_large", size=size)
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise ImportFileError("file not found", reason="not_found") from e
    except IsADirectoryError as e:
        raise ImportFileError("not a file", reason="not_a_file") from e
    except PermissionError as e:
        raise ImportFileError("file not readable", reason="not_readable") from e
    except OSError as e:
        raise ImportFileError(
            f"file not readable ({type(e).__name__})", reason="not_readable"
        ) from e
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        zeros = data[:4096].count(0)
        if zeros > 1024 and data[:4096:2].count(0) and data[1:4096:2].count(0):
            # NULs at both byte positions: a spreadsheet (.xlsx) or other binary file.
            raise ImportFileError("binary file", reason="not_a_table")
    if data[:4] == b"PK\x03\x04":
        raise ImportFileError("zip container (xlsx?)", reason="not_a_table")
    text, encoding = decode_bytes(data)
    delimiter = detect_delimiter(text, path.suffix)
    # A single review may be long (letters pasted in): lift csv's 128 KiB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_FILE_BYTES))
    header: list[str] | None = None
    rows: list[tuple[int, list[str] | None]] = []
    for line, cells in _records(text, delimiter):
        if cells is not None and not any(c.strip() for c in cells):
            continue  # blank line
        if header is None:
            if cells is None:
                raise ImportFileError("first line unreadable", reason="not_a_table")
            header = [clean_line(c.lstrip("\ufeff")) for c in cells]
            continue
        rows.append((line, cells))
    if header is None:
        raise ImportFileError("empty file", reason="empty")
    return CsvTable(header, rows, encoding, delimiter, text.count("\ufffd"))


# -- rows to reviews ------------------------------------------------------------
def stable_id(created: datetime | None, author: str, text: str) -> str:
    """An id from the normalised date, author and text: the same row always gets it."""
    day = created.date().isoformat() if created else ""
    parts = (day, " ".join(author.casefold().split()), " ".join(text.casefold().split()))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return "h:" + digest[:32]


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


class CsvReviewReader:
    """Reads one file into ``Review`` records for ``source_id``, filling ``report``.

    The mapping is ``mapping`` if given, else ``remembered`` (the source's last one) if
    this file has those columns, else a guess. ``day_first_default`` decides "05/11/2026"
    only when no date in the file proves the order.
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
    ) -> None:
        self.path = Path(path)
        self.source_id = source_id
        self.zone = zone
        self.language_hint = language_hint
        self.table = read_table(self.path)
        header = self.table.header
        chosen = mapping
        if chosen is None and remembered:
            candidate = ColumnMapping.from_settings(remembered)
            if candidate.fits(header if candidate.has_header else headerless_names(len(header))):
                chosen = candidate
        if chosen is None:
            sample = [cells for _line, cells in self.table.rows[:SAMPLE_ROWS] if cells]
            chosen = guess_mapping(header, sample)
        self.mapping = chosen
        if not chosen.has_header:  # the "header" was the first row of data
            width = max([len(header)] + [len(c) for _l, c in self.table.rows if c])
            self.table.rows.insert(0, (1, header))
            self.table.header = headerless_names(width)
        self.columns = chosen.indexes(self.table.header)
        if not {"text", "rating"} & self.columns.keys():
            raise ImportFileError("no text or rating column", reason="no_columns")
        self.day_first = self._decide_day_first(day_first_default)
        self.rating_scale = self._decide_rating_scale()
        self.report = ImportReport(
            path=str(self.path),
            encoding=self.table.encoding,
            delimiter=self.table.delimiter,
            mapping=chosen,
            replaced_characters=self.table.replaced_characters,
            dates_missing="date" not in self.columns,
        )

    def _values(self, field_name: str) -> Iterator[str]:
        index = self.columns.get(field_name)
        if index is None:
            return
        for _line, cells in self.table.rows:
            if cells and index < len(cells):
                yield cells[index]

    def _decide_day_first(self, default: bool) -> bool:
        if self.mapping.day_first is not None:
            return self.mapping.day_first
        return resolve_day_first(self._values("date"), default)

    def _decide_rating_scale(self) -> float:
        if self.mapping.rating_scale:
            return float(self.mapping.rating_scale)
        return guess_rating_scale(self._values("rating"))

    def __iter__(self) -> Iterator[Review]:
        now = utc_now()
        for line, cells in self.table.rows:
            self.report.rows += 1
            if cells is None:
                self.report.problems.append(ImportProblem(line, "unreadable_row"))
                continue
            try:
                review = self._review(line, cells, now)
            except CellError as e:
                self.report.problems.append(ImportProblem(line, e.code, e.value))
                continue
            yield review

    def pages(self, size: int = PAGE_SIZE) -> Iterator[list[Review]]:
        page: list[Review] = []
        for review in self:
            page.append(review)
            if len(page) >= size:
                yield page
                page = []
        if page:
            yield page

    def _review(self, line: int, cells: list[str], now: datetime) -> Review:
        width = len(cells)
        cell = {name: cells[i] for name, i in self.columns.items() if i < width}
        text = clean_text(cell.get("text", ""))
        rating = parse_rating(cell.get("rating", ""), self.rating_scale)
        if not text and rating is None:
            raise CellError("empty_review", "")
        local: datetime | None = None
        created = now
        if "date" in self.columns:
            local = parse_date(cell.get("date", ""), day_first=self.day_first)
            created = to_utc(local, self.zone)
        author = clean_line(cell.get("author", ""))
        external_id = clean_line(cell.get("id", ""), 200) or stable_id(local, author, text)
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            self.report.problems.append(ImportProblem(line, "text_shortened", skipped=False))
        reply = clean_text(cell.get("reply", ""))
        return Review(
            source_id=self.source_id,
            external_id=external_id,
            created_at=created,
            author=author,
            rating=rating,
            text=text,
            title=clean_line(cell.get("title", "")),
            url=clean_url(cell.get("url", "")),
            language_hint=self.language_hint,
            upstream_reply=reply[:MAX_TEXT_CHARS] or None,
        )


def day_first_for(platform: Platform) -> bool:
    """Whether an undecidable "05/11/2026" is 5 November for exports of ``platform``."""
    return platform not in _MONTH_FIRST_PLATFORMS


# -- the connector --------------------------------------------------------------
class CsvConnector:
    """A file source: ``settings["path"]`` re-read when the file changed since last time.

    Settings: ``path``; ``csv_mapping`` (remembered by the import); ``page_url`` (the
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
        )
        self.report = reader.report
        pages = list(reader.pages())
        if not pages:
            yield Page([], cursor=fingerprint)
        for i, page in enumerate(pages):
            if self.ctx.cancel.cancelled:
                return
            last = i == len(pages) - 1
            # A file is one export, not the platform's whole list: never "complete", so
            # reviews missing from a newer export are not flagged as deleted.
            yield Page(page, cursor=fingerprint if last else since_cursor)

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
