"""A saved review file as a header and rows, whatever its format, read as a stream.

CSV (any delimiter, sniffed; tab-separated under a .csv name included), JSON (an array of
objects, or an object holding one), JSON Lines, .xlsx and the web page of a table that
sites hand out under an Excel name ("Export to Excel") all become the same thing: a
header and an iterator of (line, cells). The file is re-read for each pass (the importer
makes two: one to decide the scale, date order and ids from whole columns, one to read
the reviews), so memory stays bounded by one row, not the file. Rows of *places* with
their reviews nested as JSON (the gosom Google Maps scraper's ``user_reviews``) are
unfolded into one row per review, with the place's name and time zone beside it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from html.parser import HTMLParser
from itertools import islice
from pathlib import Path
from typing import IO, Any

from clinicrep.errors import ImportFileError
from clinicrep.sources.csv_values import clean_line
from clinicrep.sources.text_encoding import (
    ENCODINGS,
    decode_line,
    detect_encoding,
    looks_garbled,
)

MAX_FILE_BYTES = 200 * 1024 * 1024  # far above any practice's reviews; stops a wrong file early
MAX_JSON_BYTES = 50 * 1024 * 1024  # JSON and .xlsx are read whole: a smaller limit
# A workbook's parts unpacked: openpyxl holds its shared strings whole, so a small "zip
# bomb" (1 MB that unpacks to GBs) would take all the memory. Real exports unpack ~10x.
MAX_XLSX_UNPACKED = 10 * MAX_JSON_BYTES
SAMPLE_ROWS = 50
SAMPLE_BYTES = 1024 * 1024
SAMPLE_CHARS = 400_000
# A line longer than this keeps its start and its last ``LINE_TAIL`` (the columns after a
# long text): csv holds a field as 4 bytes a character, so one 50 MB line took 1.2 GB.
# The start is still far past the longest text imported (100,000 characters).
MAX_LINE = 1024 * 1024
LINE_TAIL = 64 * 1024
_DELIMITERS = (",", ";", "\t", "|")
# Columns of nested reviews (gosom's Google Maps scraper; similar scrapers use "reviews").
_NESTED_COLUMNS = ("user_reviews", "user_reviews_extended", "reviews")
# The place columns kept beside each unfolded review.
_PLACE_COLUMNS = ("title", "name", "link", "timezone")

# (line, message code, value) of something the reader noticed about a row
Note = Callable[[int, str, str], None]
Row = tuple[int, list[str] | None]  # (first line, cells); cells None: the row is unreadable


@dataclass(slots=True)
class TableFile:
    """A file split into a header and rows, with how it was read. ``records()`` reads it
    again from the start each time it is called."""

    path: Path
    kind: str  # "csv", "json", "jsonl", "xlsx", "html"
    header: list[str]
    sample: list[Row]  # the first rows after the header
    encoding: str = ""
    delimiter: str = ""
    nested: str = ""  # the column of nested reviews unfolded, if any
    size: int = 0
    garbled: bool = False  # the text reads as bytes decoded in the wrong encoding
    replaced_characters: int = 0
    outer_header: list[str] = field(default_factory=list)  # the places' header, if nested

    def records(
        self, note: Note | None = None, columns: frozenset[int] | None = None
    ) -> Iterator[Row]:
        """Every data row (the header left out), streamed from the file. ``columns``: the
        cells the caller reads (its mapping's); a workbook then skips the others' values
        unread (a row with a value elsewhere still counts as a row): a sheet of 16,384
        columns took 43 s a pass to read whole."""
        rows = _raw_rows(self, note, columns)
        next(rows, None)  # the header
        if self.nested:
            yield from _unfold(rows, self.nested, self.header, self.outer_header)
        else:
            yield from rows


def read_table(path: Path, encoding: str | None = None) -> TableFile:
    """The file's header and first rows; ``ImportFileError`` (with a reason the user can
    act on) if it cannot be read or is not a table of reviews at all."""
    size = _check_file(path)
    with path.open("rb") as f:
        head = f.read(SAMPLE_BYTES)
    kind = _kind(path, head)
    if kind in ("json", "xlsx", "html") and size > MAX_JSON_BYTES:
        raise ImportFileError("file too large", reason="too_large", size=size)
    table = TableFile(path=path, kind=kind, header=[], sample=[], size=size)
    if kind in ("csv", "jsonl", "html"):
        said = _html_charset(head) if kind == "html" else ""
        table.encoding = encoding or said or detect_encoding(head, size <= len(head))
        _check_encoding(table.encoding)
        if kind == "csv" and not table.encoding.startswith("utf-16") and _looks_binary(head):
            # "a;b;c" and then bytes of no text: the column dialog took the junk for names
            raise ImportFileError("binary data, not text", reason="binary")
    if kind == "csv":
        text = head.decode(_codec(table.encoding), "replace")
        if size > len(head):  # the last line of a cut sample may be cut too
            text = text[: text.rfind("\n") + 1] or text
        table.delimiter = detect_delimiter(text, path.suffix)
    try:
        first = _sample(_raw_rows(table, None), SAMPLE_ROWS + 1)
    except UnicodeError as e:  # utf-16 chosen for a file without its mark, and the like
        raise ImportFileError(
            "text unreadable in its encoding", reason="garbled", encoding=table.encoding
        ) from e
    if not first:
        raise ImportFileError("empty file", reason="empty")
    line, cells = first[0]
    if cells is None:
        raise ImportFileError("first line unreadable", reason="not_a_table")
    table.header = [clean_line(c.lstrip("\ufeff")) for c in cells]
    table.sample = first[1:]
    nested = _nested_column(table)
    if nested:
        table.outer_header = table.header
        table.nested = nested
        table.header = _unfolded_header(table)
        table.sample = _sample(table.records(), SAMPLE_ROWS)
    shown = " ".join(" ".join(c) for _l, c in table.sample if c)[:SAMPLE_CHARS]
    table.garbled = looks_garbled(" ".join(table.header) + " " + shown)
    table.replaced_characters = shown.count("\ufffd")
    return table


# Bytes no text file holds (control characters other than tab, line ends, form feed and an
# old DOS end-of-file mark): a few in a sample are a stray; this share is binary data.
_CONTROL_BYTES = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 26} | {127}))
BINARY_SHARE = 0.02


def _looks_binary(head: bytes) -> bool:
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls >= 8 and controls > BINARY_SHARE * len(head)


def _sample(rows: Iterator[Row], count: int) -> list[Row]:
    """The first ``count`` rows, fewer once they hold ``SAMPLE_CHARS`` characters (a file
    of long letters is judged on its first few)."""
    taken: list[Row] = []
    chars = 0
    for row in islice(rows, count):
        taken.append(row)
        chars += sum(len(c) for c in row[1] or ())
        if chars >= SAMPLE_CHARS and len(taken) >= 3:
            break
    return taken


def _check_file(path: Path) -> int:
    try:
        if not path.exists():
            raise ImportFileError("file not found", reason="not_found")
        if path.is_dir():
            raise ImportFileError("not a file", reason="not_a_file")
        size = path.stat().st_size
        if not path.is_file():
            raise ImportFileError("not a regular file", reason="not_a_file")
        with path.open("rb"):
            pass
    except PermissionError as e:
        raise ImportFileError("file not readable", reason="not_readable") from e
    except OSError as e:
        raise ImportFileError(
            f"file not readable ({type(e).__name__})", reason="not_readable"
        ) from e
    if size > MAX_FILE_BYTES:
        raise ImportFileError("file too large", reason="too_large", size=size)
    if size == 0:
        raise ImportFileError("empty file", reason="empty")
    return size


def _check_encoding(name: str) -> None:
    import codecs

    try:
        codecs.lookup(_codec(name))
    except LookupError as e:
        raise ImportFileError("unknown encoding", reason="bad_encoding", encoding=name) from e


def _codec(name: str) -> str:
    return name or "utf-8"


def _kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.casefold()
    if head[:4] == b"PK\x03\x04":
        if suffix in (".xlsx", ".xlsm") or b"xl/" in head[:4096] or b"[Content_Types]" in head:
            return "xlsx"
        raise ImportFileError("zip container", reason="not_a_table")
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # the old .xls format
        raise ImportFileError("old Excel file", reason="old_excel")
    if suffix == ".pdf" or head[:5] == b"%PDF-":
        raise ImportFileError("a PDF", reason="not_a_table")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _looks_like_html(stripped):  # before ".jsonl": a web page is one whatever its name
        return "html"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if stripped[:1] == b"[" or (stripped[:1] == b"{" and suffix == ".json"):
        return "json"
    if stripped[:1] == b"{":
        return "jsonl"
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        zeros = head[:4096].count(0)
        if zeros > 1024 and head[:4096:2].count(0) and head[1:4096:2].count(0):
            raise ImportFileError("binary file", reason="not_a_table")
    return "csv"


# -- rows of each kind -------------------------------------------------------------
def _raw_rows(
    table: TableFile, note: Note | None, columns: frozenset[int] | None = None
) -> Iterator[Row]:
    if table.kind == "csv":
        return _csv_rows(table, note)
    if table.kind == "jsonl":
        return _json_lines_rows(table, note)
    if table.kind == "json":
        return _json_rows(table)
    if table.kind == "html":
        return _html_rows(table)
    return _xlsx_rows(table, columns if table.kind == "xlsx" and not table.nested else None)


def _text_lines(table: TableFile, note: Note | None) -> Iterator[str]:
    """The file's lines as text. A UTF-8 file is decoded line by line, so one line saved
    in another encoding is read in that one (and noted) instead of garbling the rest."""
    encoding = table.encoding
    if encoding not in ("utf-8", "utf-8-sig"):
        with table.path.open("r", encoding=_codec(encoding), errors="replace", newline="") as f:
            yield from _bounded_lines(f)
        return
    with table.path.open("rb") as f:
        lines: IO[bytes] | Iterator[bytes] = f
        head = f.read(65536)
        f.seek(0)
        if b"\r" in head and b"\n" not in head:  # old Mac line ends: held to MAX_LINE too
            lines = _bounded_lines(_CarriageReturnLines(f), ends=(b"\r",))
        else:
            lines = _bounded_lines(f)
        number = 0
        for raw in lines:
            number += 1
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                text, used = decode_line(raw)
                if note is not None:
                    note(number, "line_encoding" if used != "utf-8" else "bytes_replaced", used)
                yield text


class _CarriageReturnLines:
    """``readline(size)`` over a binary file whose lines end in a lone CR (old Mac exports),
    read 64 KB at a time: the file was read whole and split, and a line had no limit."""

    def __init__(self, f: IO[bytes]) -> None:
        self._f = f
        self._buffer = b""
        self._at = 0

    def readline(self, size: int = -1) -> bytes:
        while True:
            end = self._buffer.find(b"\r", self._at)
            limit = self._at + size if size >= 0 else -1
            if end >= 0 and (limit < 0 or end < limit):
                line, self._at = self._buffer[self._at : end + 1], end + 1
                return line
            if 0 <= limit <= len(self._buffer):
                line, self._at = self._buffer[self._at : limit], limit
                return line
            piece = self._f.read(65536)
            self._buffer, self._at = self._buffer[self._at :] + piece, 0
            if not piece:
                line, self._buffer = self._buffer, b""
                return line


def _bounded_lines(f: Any, ends: tuple[Any, ...] = ("\n", b"\n")) -> Iterator[Any]:
    """The file's lines (bytes or text), each at most ``MAX_LINE`` + ``LINE_TAIL`` long: of a
    longer line the start and the end are kept, read in pieces, never held whole. A quote
    is put at the cut when the part left out holds an odd number, so a quoted field ends
    where it ended (the text imported is cut at 100,000 characters and reported anyway).
    ``ends``: what a line ends with ("\r" for ``_CarriageReturnLines``)."""
    while True:
        line = f.readline(MAX_LINE)
        if not line:
            return
        if len(line) < MAX_LINE or line[-1:] in ends:
            yield line
            continue
        quote = '"' if isinstance(line, str) else b'"'
        quotes = 0
        tail = line[:0]
        while True:
            piece = f.readline(LINE_TAIL)
            tail += piece
            if len(tail) > LINE_TAIL:
                quotes += tail.count(quote, 0, len(tail) - LINE_TAIL)
                tail = tail[-LINE_TAIL:]
            if not piece or piece[-1:] in ends:
                break
        if isinstance(line, bytes):  # cut on whole UTF-8 characters, or the line reads garbled
            line, tail = _utf8_head(line), tail.lstrip(bytes(range(0x80, 0xC0)))
        yield line + (quote if quotes % 2 else line[:0]) + tail


def _utf8_head(data: bytes) -> bytes:
    """``data`` without a UTF-8 character cut short at its end."""
    start = len(data)
    while start > 0 and len(data) - start < 3 and data[start - 1] & 0xC0 == 0x80:
        start -= 1
    if start > 0 and data[start - 1] >= 0xC0:
        lead = data[start - 1]
        need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if len(data) - (start - 1) < need:
            return data[: start - 1]
    return data


def _csv_rows(table: TableFile, note: Note | None) -> Iterator[Row]:
    # A single review may be long (letters pasted in): lift csv's 128 KiB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_FILE_BYTES))
    consumed: list[str] = []
    delimiter = table.delimiter or ","
    left_out = [0]  # lines of over-long quoted fields not given to csv (for the line numbers)

    def counted() -> Iterator[str]:
        size = 0
        for text in _text_lines(table, note):
            if not consumed:
                size = 0  # a new record
            elif size > MAX_LINE and _ends_inside_quotes(text, delimiter):
                # csv asks for more of a record already over MAX_LINE: a quoted field running
                # over many lines (each within MAX_LINE, so _bounded_lines let them through)
                # would be held whole; its lines are left out up to the one that closes it,
                # which is kept for the columns after the text (cut at 100,000 characters
                # and reported anyway)
                left_out[0] += 1
                continue
            size += len(text)
            consumed.append(text)
            yield text

    reader = csv.reader(counted(), delimiter=delimiter)
    line = 1
    while True:
        consumed.clear()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield line, None
            line = reader.line_num + left_out[0] + 1
            continue
        raw = consumed[0] if len(consumed) == 1 else "".join(consumed)
        if raw.count('"') % 2 and _unterminated(raw):
            # the file ends inside a quoted field: a cut file, not a review
            if note is not None:
                note(line, "cut_field", "")
            yield line, None
            return
        if "".join(cells).strip():  # not a row of empty cells
            yield line, cells
        line = reader.line_num + left_out[0] + 1


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    """Whether a line that starts inside a quoted field ends inside one, by csv's rules: a
    doubled quote is a quote, a quote opens a field only right after a delimiter. Only the
    quotes are visited (a line of a megabyte is scanned in C)."""
    at = 0
    inside = True
    opening = delimiter + '"'
    while True:
        if inside:
            quote = text.find('"', at)
            if quote < 0:
                return True
            if text.startswith('"', quote + 1):
                at = quote + 2
                continue
            inside, at = False, quote + 1
        else:
            quote = text.find(opening, at)
            if quote < 0:
                return False
            inside, at = True, quote + 2


def _unterminated(raw: str) -> bool:
    """Whether a record's text leaves a quoted field open (it ran to the end of the file)."""
    inside = False
    start = True
    for ch in raw:
        if ch == '"':
            if inside or start:
                inside = not inside
        start = ch in ",;\t|\n\r" and not inside
    return inside


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value)) if abs(value) >= 1e6 else str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _objects_to_rows(items: Iterator[tuple[int, Any]]) -> Iterator[Row]:
    """Rows of a list of JSON objects: the header is the keys of the first objects, an
    object inside an object giving "parent.child" columns (Google's
    ``{"reviewer": {"displayName": …}}``); keys first seen after them are left out."""
    buffered = [(line, _flat(item)) for line, item in islice(items, SAMPLE_ROWS)]
    keys: list[str] = []
    for _line, item in buffered:
        if isinstance(item, dict):
            keys.extend(k for k in item if k not in keys)
    yield 1, list(keys)
    for line, item in buffered:
        yield line, _object_cells(item, keys)
    for line, item in items:
        yield line, _object_cells(_flat(item), keys)


def _flat(item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    flat: dict[str, Any] = {}
    for key, value in item.items():
        if (
            isinstance(value, dict)
            and value
            and all(not isinstance(v, dict) for v in value.values())
        ):
            for inner, inner_value in value.items():
                flat[f"{key}.{inner}"] = inner_value
        else:
            flat[str(key)] = value
    return flat


def _object_cells(item: Any, keys: list[str]) -> list[str] | None:
    if not isinstance(item, dict):
        return None
    return [_cell(item.get(k)) for k in keys]


def _json_rows(table: TableFile) -> Iterator[Row]:
    data = table.path.read_bytes()
    text, _enc = data.decode("utf-8-sig", "replace"), "utf-8"
    table.encoding = "utf-8"
    try:
        root = json.loads(text)
    except json.JSONDecodeError as e:
        raise ImportFileError(f"JSON unreadable at line {e.lineno}", reason="bad_json") from e
    except RecursionError as e:  # thousands of nested brackets: no export looks like that
        raise ImportFileError("JSON nested too deep", reason="bad_json") from e
    if isinstance(root, dict):  # {"reviews": [...]} or {"data": [...]}: the longest list
        lists = [v for v in root.values() if isinstance(v, list) and v]
        root = max(lists, key=len) if lists else [root]
    if not isinstance(root, list) or not any(isinstance(i, dict) for i in root[:SAMPLE_ROWS]):
        raise ImportFileError("JSON without a list of objects", reason="not_a_table")
    lines = _json_item_lines(text, len(root))
    return _objects_to_rows(iter(zip(lines, root, strict=False)))


def _json_item_lines(text: str, count: int) -> list[int]:
    """The line on which each top-level item of a JSON array starts (for the report)."""
    decoder = json.JSONDecoder()
    lines: list[int] = []
    index = text.find("[")
    line = 1 + text.count("\n", 0, index)
    position = index + 1
    while len(lines) < count:
        match = re.compile(r"[\s,]*").match(text, position)
        start = match.end() if match else position
        line += text.count("\n", position, start)
        try:
            _value, end = decoder.raw_decode(text, start)
        except (json.JSONDecodeError, RecursionError):
            break
        lines.append(line)
        line += text.count("\n", start, end)
        position = end
    lines += range(len(lines) + 1, count + 1)
    return lines


def _json_lines_rows(table: TableFile, note: Note | None) -> Iterator[Row]:
    def items() -> Iterator[tuple[int, Any]]:
        for number, text in enumerate(_text_lines(table, note), start=1):
            if not text.strip():
                continue
            try:
                yield number, json.loads(text)
            except (json.JSONDecodeError, RecursionError):
                yield number, None

    return _objects_to_rows(items())


def _xlsx_rows(table: TableFile, columns: frozenset[int] | None = None) -> Iterator[Row]:
    try:
        from openpyxl import load_workbook
    except ImportError as e:  # a packaged build without it: the old advice still works
        raise ImportFileError("openpyxl missing", reason="not_a_table") from e
    table.encoding = "xlsx"
    _check_unpacked_size(table.path)
    try:
        with _sheet_size_read_from_its_start():
            book = load_workbook(table.path, read_only=True, data_only=True)
    except Exception as e:  # zipfile, XML and openpyxl's own errors: a damaged workbook
        raise ImportFileError(f"workbook unreadable ({type(e).__name__})", reason="bad_xlsx") from e
    try:
        sheet = book.active or book.worksheets[0]
        if columns is not None and hasattr(sheet, "_get_source"):
            # the sheet's XML as openpyxl reads it, without the cells of other columns:
            # openpyxl makes an object of every cell it reads (3.3 million in a sheet of
            # 16,384 columns and 200 rows)
            whole = sheet._get_source
            sheet._get_source = lambda: _CellsOfColumns(whole(), columns)
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            end = len(values)
            while end and values[end - 1] is None:  # a sheet's used range pads each row
                end -= 1
            cells = [_cell(v) for v in values[:end]]
            while cells and not cells[-1]:
                cells.pop()
            if "".join(cells).strip():  # not a row of empty cells
                yield number, cells
    finally:
        book.close()


_SIZE_LOCK = threading.Lock()


@contextlib.contextmanager
def _sheet_size_read_from_its_start() -> Iterator[None]:
    """While a workbook loads, its read-only sheets take their size from the <dimension>
    element before the sheet's data, or go without one. openpyxl looks for it with the
    "end" events of the sheet's XML, so a sheet without it (files written by scripts and
    by openpyxl itself) is parsed whole at every load just to find none: 13-18 s for a
    sheet of 16,384 columns, once per pass. Only the loads made here are affected."""
    try:
        from openpyxl.worksheet._read_only import ReadOnlyWorksheet
        from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
        from openpyxl.worksheet.dimensions import SheetDimension
        from openpyxl.xml.functions import iterparse
    except ImportError:  # another openpyxl: its own way
        yield
        return

    def size_from_start(sheet: Any) -> None:
        with sheet._get_source() as src:
            for _event, element in iterparse(src, events=("start",)):
                if element.tag == DIMENSION_TAG:
                    found = SheetDimension.from_tree(element).boundaries
                    if found is not None:
                        (
                            sheet._min_column,
                            sheet._min_row,
                            sheet._max_column,
                            sheet._max_row,
                        ) = found
                    return
                if element.tag == DATA_TAG:
                    return  # the dimension comes before the data, or not at all

    with _SIZE_LOCK:
        own = ReadOnlyWorksheet.__dict__.get("_get_size")
        if own is None:
            yield
            return
        ReadOnlyWorksheet._get_size = size_from_start  # type: ignore[method-assign]
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = own  # type: ignore[method-assign]


# A sheet's cell (any namespace prefix), its attributes and its content; a row's end.
_XLSX_CELL = re.compile(rb"<((?:[\w.-]+:)?)c\b([^>]*?)(?:/>|>(.*?)</\1c>)", re.S)
_XLSX_ROW_END = re.compile(rb"</(?:[\w.-]+:)?row>")
_XLSX_CELL_COLUMN = re.compile(rb'\br="([A-Z]{1,3})[0-9]+"')
_XLSX_VALUE = re.compile(rb"<(?:[\w.-]+:)?(?:v|is)\b")


class _CellsOfColumns:
    """A sheet's XML, read by openpyxl, with the cells of columns not in ``columns`` left
    out. A row keeps the first of the other cells that holds a value, so that a row with a
    value only elsewhere is still a row (and its review reported as unreadable) as when it
    was read whole. A cell without its reference (``r="B7"``, optional in the format) is
    placed by its position: such a row is kept whole."""

    def __init__(self, source: IO[bytes], columns: frozenset[int]) -> None:
        self._source = source
        self._columns = columns
        self._pending = b""
        self._ready = bytearray()
        self._done = False

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._ready) < size):
            piece = self._source.read(1024 * 1024)
            self._pending += piece
            if not piece:
                self._done = True
                self._ready += self._pending
                self._pending = b""
                break
            ends = [found.end() for found in _XLSX_ROW_END.finditer(self._pending)]
            if ends:  # whole rows only: a cell never spans two reads
                self._ready += self._filtered(self._pending[: ends[-1]])
                self._pending = self._pending[ends[-1] :]
        if size < 0:
            size = len(self._ready)
        out = bytes(self._ready[:size])
        del self._ready[:size]
        return out

    def _filtered(self, rows: bytes) -> bytes:
        parts = []
        start = 0
        for end in _XLSX_ROW_END.finditer(rows):
            parts.append(self._row(rows[start : end.end()]))
            start = end.end()
        return b"".join(parts)

    def _row(self, row: bytes) -> bytes:
        kept_other = False

        def keep(cell: re.Match[bytes]) -> bytes:
            nonlocal kept_other
            ref = _XLSX_CELL_COLUMN.search(cell.group(2))
            if ref is None:
                raise _WholeRow
            if _column_index(ref.group(1)) in self._columns:
                return cell.group(0)
            if not kept_other and cell.group(3) and _XLSX_VALUE.search(cell.group(3)):
                kept_other = True
                return cell.group(0)
            return b""

        try:
            return _XLSX_CELL.sub(keep, row)
        except _WholeRow:
            return row

    def close(self) -> None:
        self._source.close()

    def __enter__(self) -> _CellsOfColumns:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _WholeRow(Exception):
    """Internal: a row's cells are placed by position; it is read whole."""


def _column_index(letters: bytes) -> int:
    """0 for "A", 25 for "Z", 26 for "AA" ..."""
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def _check_unpacked_size(path: Path) -> None:
    """Refuse a workbook whose parts unpack to far more than any table of reviews (zipfile
    never inflates a part beyond the size its directory declares, so the sum is a bound)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # load_workbook reports the damage as a damaged workbook
    if unpacked > MAX_XLSX_UNPACKED:
        raise ImportFileError(
            f"workbook unpacks to {unpacked} bytes", reason="unpacks_too_large", size=unpacked
        )


_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|table|head|body|meta)[\s>/]", re.I)
_HTML_CHARSET = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def _looks_like_html(stripped: bytes) -> bool:
    """A web page: its first tag is one of a page's (an XML prologue or comments before)."""
    start = stripped[:4096]
    while start.startswith((b"<?", b"<!--")):
        end = start.find(b"?>" if start.startswith(b"<?") else b"-->")
        if end < 0:
            return False
        start = start[end + (2 if start.startswith(b"<?") else 3) :].lstrip()
    return bool(_HTML_START.match(start))


def _html_charset(head: bytes) -> str:
    """The encoding the page names in its <meta> (Excel's "Web page" saves say windows-1250
    in Polish), if Python knows it."""
    import codecs

    found = _HTML_CHARSET.search(head[:8192])
    if not found:
        return ""
    name = found.group(1).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup("gbk" if name in ("gb2312", "gb_2312-80") else name).name
    except LookupError:
        return ""
    # as the import window names it ("iso-8859-2", not Python's "iso8859-2")
    return next((known for known in ENCODINGS if codecs.lookup(known).name == codec), codec)


class _TableCollector(HTMLParser):
    """The rows of every <table> of a page, each row (line, cells); a table inside a cell
    is a table of its own. <br> and the end of a paragraph are line breaks in a cell."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[tuple[int, list[str]]]] = []
        self._open: list[list[tuple[int, list[str]]]] = []  # tables being read, innermost last
        self._cell: list[list[str]] = []  # the text of the open cell, per open table
        self._cells: list[list[str] | None] = []  # the open row's cells, per open table
        self._skip = 0  # inside <script>/<style>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._open.append([])
            self._cell.append([])
            self._cells.append(None)
        elif not self._open:
            return
        elif tag == "tr":
            self._end_row()
            row: list[str] = []
            self._cells[-1] = row
            self._open[-1].append((self.getpos()[0], row))
        elif tag in ("td", "th"):
            self._end_cell()
            if self._cells[-1] is None:  # a cell without a <tr>
                self.handle_starttag("tr", [])
            self._cell[-1] = [""]
        elif tag == "br":
            self._cell[-1].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif not self._open:
            return
        elif tag == "table":
            self._end_row()
            self.tables.append(self._open.pop())
            self._cell.pop()
            self._cells.pop()
        elif tag == "tr":
            self._end_row()
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag in ("p", "div", "li"):
            self._cell[-1].append("\n")

    def handle_data(self, data: str) -> None:
        if self._open and not self._skip and self._cell[-1]:
            self._cell[-1].append(data)

    def _end_cell(self) -> None:
        if self._cell[-1] and self._cells[-1] is not None:
            text = "".join(self._cell[-1])
            lines = (" ".join(line.split()) for line in text.split("\n"))
            self._cells[-1].append("\n".join(line for line in lines if line))
        self._cell[-1] = []

    def _end_row(self) -> None:
        self._end_cell()
        self._cells[-1] = None


def _html_rows(table: TableFile) -> Iterator[Row]:
    """The rows of the page's largest table (the reviews, not a layout table around them);
    a page without one is no export of reviews."""
    text = table.path.read_bytes().decode(_codec(table.encoding), "replace")
    collector = _TableCollector()
    collector.feed(text)
    collector.close()
    rows = [
        (line, cells)
        for line, cells in max(collector.tables, key=len, default=[])
        if "".join(cells).strip()
    ]
    if len(rows) < 2:  # a header and one review at least
        raise ImportFileError("a web page without a table", reason="web_page")
    width = max(len(cells) for _line, cells in rows)
    for line, cells in rows:
        yield line, cells + [""] * (width - len(cells))


# -- reviews nested in rows of places -----------------------------------------------
def _nested_column(table: TableFile) -> str:
    names = {h.casefold(): i for i, h in enumerate(table.header)}
    for name in _NESTED_COLUMNS:
        i = names.get(name)
        if i is None:
            continue
        values = [c[i] for _l, c in table.sample if c and i < len(c) and c[i].strip()]
        if values and all(_nested_reviews(v) is not None for v in values[:5]):
            return table.header[i]
    return ""


def _nested_reviews(value: str) -> list[dict[str, Any]] | None:
    value = value.strip()
    if not value or value in ("null", "[]"):
        return []
    if not value.startswith("["):
        return None
    try:
        items = json.loads(value)
    except (json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return None
    return items


def _unfolded_header(table: TableFile) -> list[str]:
    outer = table.header
    index = outer.index(table.nested)
    keys: list[str] = []
    for _line, cells in table.sample:
        if not cells or index >= len(cells):
            continue
        for item in _nested_reviews(cells[index]) or []:
            keys.extend(k for k in item if k not in keys)
    place = [f"place {c}" for c in outer if c.casefold() in _PLACE_COLUMNS]
    return keys + place


def _unfold(rows: Iterator[Row], nested: str, header: list[str], outer: list[str]) -> Iterator[Row]:
    index = outer.index(nested)
    place_indexes = [i for i, c in enumerate(outer) if c.casefold() in _PLACE_COLUMNS]
    width = len(header) - len(place_indexes)
    for line, cells in rows:
        if cells is None:
            yield line, None
            continue
        items = _nested_reviews(cells[index] if index < len(cells) else "")
        if items is None:
            yield line, None
            continue
        place = [cells[i] if i < len(cells) else "" for i in place_indexes]
        for item in items:
            row = [_cell(item.get(k)) for k in header[:width]]
            yield line, row + place


# -- the delimiter ---------------------------------------------------------------
def detect_delimiter(text: str, suffix: str = "") -> str:
    """The delimiter that splits the first records into the most consistent columns."""
    if suffix.lower() == ".tsv":
        return "\t"
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        widths = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for cells in reader:
                if cells:
                    widths.append(len(cells))
                if len(widths) >= SAMPLE_ROWS:
                    break
        except csv.Error:
            pass
        if not widths:
            continue
        usual = max(set(widths), key=widths.count)
        if usual < 2:
            continue
        score = (widths.count(usual) / len(widths), usual)
        if score > best_score:
            best, best_score = delimiter, score
    return best
