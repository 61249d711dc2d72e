"""Reading one cell of a saved review table: ratings, dates and text, in five languages.

Ratings come as "4", "4,5", "4.5", "4/5", "8/10", "4 из 5", "★★★★☆", "4 stars",
"4 звезды", "4星". A fractional rating is rounded half *up* (4.5 -> 5, 4.4 -> 4), the way a
person reads stars (Python's ``round`` would make 4.5 a 4). Other scales are brought to
five stars first (8/10 -> 4); anything below one star after that counts as one star.

Dates come as ISO 8601, "23.11.2026", "11/23/2026" or "23/11/2026" (which of the two is
decided once per file, see ``resolve_day_first``), "2026年11月23日", and with month
names ("23 ноября 2026", "Nov 23, 2026", "23 listopada 2026"), optionally with a time.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo
from functools import lru_cache

MAX_TEXT_CHARS = 100_000  # a longer "review" is a pasted document; we keep its beginning
MAX_SHORT_CHARS = 300  # author, title, id: one line each


class CellError(ValueError):
    """A cell that cannot be read; ``code`` names the reason for the import report."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


# -- text ---------------------------------------------------------------------
# Control characters (NUL included) break display and search; tab and newline are text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")


def clean_text(value: str) -> str:
    """Multi-line text as stored: newlines normalised, control characters removed.

    HTML or script in a review stays as the characters the patient typed: the program
    shows plain text everywhere, so ``<b>`` is never interpreted.
    """
    if not value:  # a column the file does not have: several per row of a big import
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value).strip()


def clean_line(value: str, limit: int = MAX_SHORT_CHARS) -> str:
    """One-line text (author, title, id): whitespace collapsed, shortened to ``limit``."""
    if not value:
        return ""
    return " ".join(_CONTROL.sub("", value).split())[:limit]


_WEB_ADDRESS = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_SPACE = re.compile(r"\s")


def clean_url(value: str) -> str:
    """The URL if it is a web address, else "" (a ``javascript:`` link must never be opened)."""
    value = value.strip()
    if _WEB_ADDRESS.match(value) and not _SPACE.search(value):
        return value[:2000]
    return ""


# -- ratings ------------------------------------------------------------------
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_OUT_OF = re.compile(
    rf"^{_NUMBER}\s*(?:/|из|з|із|of|out of|na|на|z|分之)\s*{_NUMBER}\s*[^\d]*$", re.IGNORECASE
)
_LEADING_NUMBER = re.compile(rf"^{_NUMBER}\s*([^\d\s][^\d]*)?$")
_FILLED_STARS = "★⭐✭✮✯✰✪🌟"
_EMPTY_STARS = "☆✩"
_CJK_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def round_half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


def to_five_stars(value: float, scale: float) -> int:
    """``value`` on a 0..``scale`` scale as 1..5 stars; CellError if outside the scale."""
    if scale <= 0 or value < 0 or value > scale:
        raise CellError("rating_out_of_range", f"{value:g}")
    stars = value * 5 / scale if scale != 5 else value
    return min(5, max(1, round_half_up(stars)))


_PLAIN_NUMBER = re.compile(_NUMBER)


def plain_number(text: str) -> float | None:
    """The value of a cell that is just a number ("4", "4,5", " 8 "), else None."""
    text = text.strip()
    if _PLAIN_NUMBER.fullmatch(text):
        return _number(text)
    return None


# Cells repeat a lot in an export (five ratings, a few dates a day): reading each
# distinct cell once keeps a 100,000-row import fast.
@lru_cache(maxsize=4096)
def parse_rating(text: str, scale: float = 5) -> int | None:
    """Stars 1..5 from a rating cell; None for an empty cell; CellError if unreadable.

    ``scale`` is the file's scale for bare numbers (see ``guess_rating_scale``).
    """
    value = text.strip()
    if not value or value in ("-", "—", "–"):
        return None
    number = plain_number(value)
    if number is not None:
        return to_five_stars(number, scale)
    filled = sum(value.count(s) for s in _FILLED_STARS)
    if filled and not re.search(r"\d", value):
        return min(5, filled)
    if all(ch in _EMPTY_STARS or ch.isspace() for ch in value):
        raise CellError("rating_unreadable", value)
    match = _OUT_OF.match(value)
    if match:
        return to_five_stars(_number(match.group(1)), _number(match.group(2)))
    match = _LEADING_NUMBER.match(value)
    if match:  # "4 stars", "4 звезды", "4 gwiazdki", "4星", "4.5 ★": a five-star number
        return to_five_stars(_number(match.group(1)), 5)
    if len(value) <= 3 and value[0] in _CJK_DIGITS and value[1:] in ("", "星", "颗星"):
        return _CJK_DIGITS[value[0]]
    raise CellError("rating_unreadable", value)


def guess_rating_scale(values: Iterable[str]) -> float:
    """5, 10 or 100: the smallest scale that holds every bare number in the column."""
    top = 0.0
    for text in values:
        number = plain_number(text)
        if number is not None:
            top = max(top, number)
    for scale in (5.0, 10.0, 100.0):
        if top <= scale:
            return scale
    return 5.0  # out of every scale: each such row is reported as out of range


# -- dates --------------------------------------------------------------------
_TIME = r"(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?"
_NUMERIC = re.compile(r"^(\d{1,4})([./\-])(\d{1,2})\2(\d{1,4})\.?(?:[\sT,]+" + _TIME + r")?\s*$")
_CHINESE = re.compile(
    r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"
    r"(?:\s*(\d{1,2})\s*[:：时點点]\s*(\d{2})\s*分?(?:\s*[:：]?\s*(\d{2})\s*秒?)?)?\s*$"
)
_TIME_ANYWHERE = re.compile(_TIME)
# Month-name stems in en, ru, uk, pl (longest first where one is a prefix of another).
_MONTHS: tuple[tuple[str, int], ...] = (
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("sept", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5),
    ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("мая", 5), ("май", 5), ("июн", 6),
    ("июл", 7), ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    ("січ", 1), ("лют", 2), ("берез", 3), ("квіт", 4), ("трав", 5), ("черв", 6),
    ("лип", 7), ("серп", 8), ("верес", 9), ("жовт", 10), ("листоп", 11), ("груд", 12),
    ("stycz", 1), ("lut", 2), ("marz", 3), ("mar", 3), ("kwie", 4), ("maj", 5),
    ("czerw", 6), ("lip", 7), ("sierp", 8), ("wrze", 9), ("paźdz", 10), ("pazdz", 10),
    ("listop", 11), ("grud", 12),
)  # fmt: skip


def _month_from_word(word: str) -> int | None:
    word = word.casefold()
    for stem, month in _MONTHS:
        if word.startswith(stem):
            return month
    return None


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _with_time(
    year: int, month: int, day: int, hour: str | None, minute: str | None,
    second: str | None, half: str | None, value: str,
) -> datetime:  # fmt: skip
    h = int(hour or 0)
    if half:
        if not 1 <= h <= 12:
            raise CellError("date_unreadable", value)
        h = h % 12 + (12 if half[0] in "Pp" else 0)
    try:
        return datetime(year, month, day, h, int(minute or 0), int(second or 0))
    except ValueError:
        raise CellError("date_unreadable", value) from None


def _ambiguous_parts(value: str) -> tuple[int, int] | None:
    """(first, second) number of a "n/n/yyyy" or "n-n-yyyy" date whose order is unknown."""
    match = _NUMERIC.match(value.strip())
    if not match or match.group(2) == "." or len(match.group(1)) > 2:
        return None
    return int(match.group(1)), int(match.group(3))


def resolve_day_first(values: Iterable[str], default: bool) -> bool:
    """Whether "05/11/2026" means 5 November in this file, decided from all its dates.

    A first number above 12 proves day-first, a second one above 12 proves month-first.
    With no proof (or proof both ways, a mixed file) the platform's custom decides.
    """
    day_first_seen = month_first_seen = False
    for value in values:
        parts = _ambiguous_parts(value)
        if parts is None:
            continue
        first, second = parts
        day_first_seen |= first > 12 >= second
        month_first_seen |= second > 12 >= first
        if day_first_seen and month_first_seen:
            return default
    if day_first_seen != month_first_seen:
        return day_first_seen
    return default


@lru_cache(maxsize=8192)
def parse_date(value: str, *, day_first: bool = True) -> datetime:
    """A datetime from a date cell: naive (the practice's local time) or aware.

    CellError("date_missing") for an empty cell, ("date_unreadable") for anything else.
    """
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise CellError("date_missing", value)
    iso = text.replace("z", "Z")
    if re.match(r"^\d{4}-\d{2}-\d{2}", iso):
        try:
            return datetime.fromisoformat(iso)
        except ValueError:
            pass
    match = _NUMERIC.match(text)
    if match:
        a, sep, b, c, hour, minute, second, half = match.groups()
        if len(a) == 4:  # 2026/11/23
            year, month, day = int(a), int(b), int(c)
        elif sep == "." or day_first:
            day, month, year = int(a), int(b), _year(c)
        else:
            month, day, year = int(a), int(b), _year(c)
        if len(c) not in (2, 4) and len(a) != 4:
            raise CellError("date_unreadable", value)
        return _with_time(year, month, day, hour, minute, second, half, value)
    match = _CHINESE.match(text)
    if match:
        y, m, d, hour, minute, second = match.groups()
        return _with_time(int(y), int(m), int(d), hour, minute, second, None, value)
    return _date_with_month_name(text, value)


def _date_with_month_name(text: str, value: str) -> datetime:
    time = _TIME_ANYWHERE.search(text)
    rest = text[: time.start()] + " " + text[time.end() :] if time else text
    months = [m for m in (_month_from_word(w) for w in re.findall(r"[^\W\d_]+", rest)) if m]
    numbers = [n for n in re.findall(r"\d+", rest)]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(months) != 1 or len(years) != 1 or len(days) != 1:
        raise CellError("date_unreadable", value)
    hour, minute, second, half = time.groups() if time else (None, None, None, None)
    return _with_time(int(years[0]), months[0], int(days[0]), hour, minute, second, half, value)


@lru_cache(maxsize=8192)
def to_utc(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """UTC from a parsed cell: a naive time is the practice's (``zone``, else this PC's)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment.astimezone(UTC).replace(microsecond=0)
