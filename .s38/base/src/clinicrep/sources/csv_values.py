"""Reading one cell of a saved review table: ratings, dates and text, in five languages.

Ratings come as "4", "4,5", "4.5", "4/5", "8/10", "4 из 5", "★★★★☆", "4 stars",
"4 звезды", "4星". A fractional rating is rounded half *up* (4.5 -> 5, 4.4 -> 4), the way a
person reads stars (Python's ``round`` would make 4.5 a 4). Other scales are brought to
five stars first (8/10 -> 4); anything below one star after that counts as one star.

Dates (``read_date``; ``parse_date`` when only the moment matters) come as ISO 8601,
"23.11.2026", "11/23/2026" or "23/11/2026" (which of the two is decided once per file, see
``resolve_day_first``), "2026年11月23日", with month names in en/ru/uk/pl/zh ("23 ноября
2026", "Nov 23, 2026", "23 listopada 2026", "2026年十一月23日"), Unix seconds or
milliseconds ("1742437287.522"), with a time-zone name, abbreviation or offset ("08:56 AM
IST", "10:00 Europe/Warsaw", "GMT+3"), and relative ("3 days ago", "4 дня назад",
"tydzień temu", "2 тижні тому", "3天前"), resolved against the export's date and marked
approximate. These functions have no Qt and no state: the paste importer uses them too.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

MAX_TEXT_CHARS = 100_000  # a longer "review" is a pasted document; we keep its beginning
MAX_SHORT_CHARS = 300  # author, title, id: one line each
MAX_DATE_CHARS = 80  # "Wednesday, 2 December 2026 at 17:39:06 Central European Summer Time"


class CellError(ValueError):
    """A cell that cannot be read; ``code`` names the reason for the import report."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


# -- text ---------------------------------------------------------------------
# Control characters (NUL included) break display and search; tab and newline are text.
# Half an emoji (a lone surrogate: JSON's "\ud83d" from an export cut at a length) cannot
# be stored as UTF-8 at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\ud800-\udfff]")


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
_STAR_WORDS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}


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


@lru_cache(maxsize=1024)  # a rating column holds a few values (the survey reads each cell)
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
    if value.upper() in _STAR_WORDS:  # Google Business Profile: "FIVE"
        return _STAR_WORDS[value.upper()]
    raise CellError("rating_unreadable", value)


def guess_rating_scale(values: Iterable[str]) -> float:
    """5, 10 or 100 for a column of ratings (see ``decide_rating_scale``)."""
    counts: dict[float, int] = {}
    for text in values:
        number = plain_number(text)
        if number is not None:
            counts[number] = counts.get(number, 0) + 1
    return decide_rating_scale(counts)


def decide_rating_scale(counts: Mapping[float, int]) -> float:
    """5, 10 or 100 from how often each bare number occurs in the whole column.

    The smallest scale that holds the numbers, except that a few stray values above it
    (one "6" among hundreds of 1–5; at most 5 % of the column and two distinct values,
    in a column of ten or more) are typing errors: they are skipped and reported, and
    the other ratings keep their stars.
    """
    total = sum(counts.values())
    if not total:
        return 5.0
    for scale in (5.0, 10.0, 100.0):
        over = {v: n for v, n in counts.items() if v > scale}
        if not over:
            return scale
        stray = sum(over.values())
        if total >= 10 and len(over) <= 2 and stray <= 0.05 * total:
            return scale
    return 5.0  # out of every scale: each such row is reported as out of range


# -- dates --------------------------------------------------------------------
_TIME = r"(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?"
_NUMERIC = re.compile(r"^(\d{1,4})([./\-])(\d{1,2})\2(\d{1,4})\.?(?:[\sT,]+" + _TIME + r")?\s*$")
_CHINESE = re.compile(
    r"^(\d{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2})\s*[日号]?"
    r"(?:\s*(\d{1,2})\s*[:：时點点]\s*(\d{2})\s*分?(?:\s*[:：]?\s*(\d{2})\s*秒?)?)?\s*$"
)
_TIME_ANYWHERE = re.compile(_TIME)
_UNIX = re.compile(r"^(\d{9,13})(?:\.\d+)?$")
# Unix times outside these years are ids or prices, not dates.
_UNIX_FIRST = datetime(2000, 1, 1, tzinfo=UTC).timestamp()
_UNIX_LAST = datetime(2100, 1, 1, tzinfo=UTC).timestamp()
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
_CJK_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# Zone abbreviations seen in exports, as fixed offsets in minutes. "IST" is India's (the
# jeweller's export); "CST" is left out: China's and the US's differ by 14 hours.
_ZONE_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "MSD": 240, "SAMT": 240, "YEKT": 300, "OMST": 360,
    "KRAT": 420, "IRKT": 480, "YAKT": 540, "VLAT": 600, "IST": 330, "PKT": 300, "ICT": 420,
    "WIB": 420, "HKT": 480, "SGT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570,
    "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "EST": -300, "EDT": -240,
    "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540,
    "HST": -600, "UTC+8": 480, "北京时间": 480,
}  # fmt: skip
_ZONE_SUFFIX = re.compile(
    r"^(?P<rest>.*?\d.*?)\s*(?:"
    r"(?P<name>[A-Z][A-Za-z_]+/[A-Za-z_/\-]+)"  # Europe/Warsaw
    r"|(?P<offset>(?:UTC|GMT)?\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)"  # +03:00, GMT+3, UTC-5
    r"|\(?(?P<abbr>[A-Z]{1,5}|北京时间)\)?"  # IST, (MSK)
    r")\s*$"
)


@dataclass(frozen=True, slots=True)
class DateReading:
    """A date cell read: the moment (naive = the practice's local time, or aware) and
    whether it is approximate (a relative date such as "3 days ago")."""

    moment: datetime
    approximate: bool = False


# -- relative dates ("3 days ago") in en, ru, uk, pl, zh ----------------------------
# Unit words by stem (casefolded); the amount is the number before them, or one.
_UNIT_STEMS: tuple[tuple[str, str], ...] = (
    ("second", "seconds"), ("sec", "seconds"), ("minute", "minutes"), ("min", "minutes"),
    ("hour", "hours"), ("hr", "hours"), ("day", "days"), ("week", "weeks"),
    ("month", "months"), ("year", "years"),
    ("секунд", "seconds"), ("минут", "minutes"), ("хвилин", "minutes"), ("час", "hours"),
    ("годин", "hours"), ("дн", "days"), ("день", "days"), ("дня", "days"), ("діб", "days"),
    ("недел", "weeks"), ("неделю", "weeks"), ("тижн", "weeks"), ("тиждень", "weeks"),
    ("месяц", "months"), ("місяц", "months"), ("год", "years"), ("лет", "years"),
    ("рік", "years"), ("рок", "years"), ("років", "years"),
    ("sekund", "seconds"), ("minut", "minutes"), ("godzin", "hours"), ("dni", "days"),
    ("dzień", "days"), ("dzien", "days"), ("tydzień", "weeks"), ("tydzien", "weeks"),
    ("tygodni", "weeks"), ("miesiąc", "months"), ("miesiac", "months"),
    ("miesięc", "months"), ("miesiec", "months"), ("rok", "years"), ("lat", "years"),
)  # fmt: skip
_AGO_WORDS = ("ago", "назад", "тому", "temu")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "дві": 2, "чотири": 4, "п'ять": 5, "jeden": 1, "jedna": 1, "jedną": 1,
    "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5,
}  # fmt: skip
_DAY_WORDS = {
    "today": 0, "yesterday": 1, "сегодня": 0, "вчера": 1, "позавчера": 2, "сьогодні": 0,
    "вчора": 1, "позавчора": 2, "dzisiaj": 0, "dziś": 0, "dzis": 0, "wczoraj": 1,
    "przedwczoraj": 2, "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "刚刚": 0,
    "just now": 0, "только что": 0, "щойно": 0, "przed chwilą": 0,
}  # fmt: skip
_CHINESE_AGO = re.compile(
    r"^(\d+|[一二两三四五六七八九十半]+)\s*(秒|分钟|小时|个小时|天|日|周|星期|个星期|个月|月|年)\s*前$"
)
_CHINESE_UNITS = {
    "秒": "seconds", "分钟": "minutes", "小时": "hours", "个小时": "hours", "天": "days",
    "日": "days", "周": "weeks", "星期": "weeks", "个星期": "weeks", "个月": "months",
    "月": "months", "年": "years",
}  # fmt: skip
_UNIT_DAYS = {"weeks": 7}
# half of a unit ago ("半年前", "半个月前"): (calendar months, and a time span)
_HALF = {
    "years": (6, timedelta(0)), "months": (0, timedelta(days=15)),
    "weeks": (0, timedelta(days=3, hours=12)), "days": (0, timedelta(hours=12)),
    "hours": (0, timedelta(minutes=30)),
}  # fmt: skip
_UNIT_MONTHS = {"months": 1, "years": 12}


def _unit(word: str) -> str | None:
    for stem, unit in _UNIT_STEMS:
        if word.startswith(stem):
            return unit
    return None


def _chinese_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "半":
        return 0
    if text == "两":
        return 2
    if text.startswith("十"):
        return 10 + _CJK_NUMBERS.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CJK_NUMBERS.get(tens, 1) * 10 + _CJK_NUMBERS.get(ones, 0)
    return _CJK_NUMBERS.get(text, 1)


def _relative_delta(text: str) -> tuple[int, timedelta] | None:
    """How long ago a relative date cell says (calendar months, and a time span), or None
    if it is not a relative date."""
    folded = " ".join(text.casefold().replace("’", "'").split())
    folded = re.sub(r"^(?:около|примерно|about|ok\.|około|близько)\s+", "", folded)
    if folded in _DAY_WORDS:
        return 0, timedelta(days=_DAY_WORDS[folded])
    match = _CHINESE_AGO.match(folded)
    if match:
        unit = _CHINESE_UNITS[match.group(2)]
        if match.group(1) == "半":  # "半年前": half a year ago (it was read as now)
            return _HALF.get(unit, (0, timedelta(0)))
        return _delta(_chinese_number(match.group(1)), unit)
    words = folded.split()
    if len(words) < 2 or words[-1] not in _AGO_WORDS or len(words) > 4:
        return None
    words = words[:-1]
    amount = 1
    if words[0].isdigit():
        amount = int(words.pop(0))
    elif words[0] in _NUMBER_WORDS and len(words) > 1:
        amount = _NUMBER_WORDS[words.pop(0)]
    if len(words) != 1:
        return None
    found = _unit(words[0])
    return _delta(amount, found) if found else None


def _delta(amount: int, unit: str) -> tuple[int, timedelta]:
    if unit in _UNIT_MONTHS:
        return amount * _UNIT_MONTHS[unit], timedelta(0)
    if unit in _UNIT_DAYS:
        return 0, timedelta(days=amount * _UNIT_DAYS[unit])
    return 0, timedelta(**{unit: amount})


def _months_back(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, 28 if month == 1 else 30 if month in (3, 5, 8, 10) else 31)
    return moment.replace(year=year, month=month + 1, day=day)


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


def ambiguous_date_parts(value: str) -> tuple[int, int] | None:
    """(first, second) number of a "n/n/yyyy" or "n-n-yyyy" date whose order is unknown."""
    value = value.strip()
    match = _NUMERIC.match(value)
    if not match and value[-1:].isalpha():  # "26-05-2026 08:56 AM IST"
        match = _NUMERIC.match(_split_zone(value)[0])
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
        parts = ambiguous_date_parts(value)
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


@lru_cache(maxsize=512)
def _zone_named(name: str) -> tzinfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _split_zone(text: str) -> tuple[str, tzinfo | None]:
    """(the date without its zone, the zone) for "… 08:56 AM IST", "… Europe/Warsaw", "… +03:00"."""
    match = _ZONE_SUFFIX.match(text)
    if not match:
        return text, None
    rest = match.group("rest")
    if match.group("name"):
        zone = _zone_named(match.group("name"))
        return (rest, zone) if zone is not None else (text, None)
    if match.group("abbr"):
        minutes = _ZONE_ABBREVIATIONS.get(match.group("abbr"))
        if minutes is None or not re.search(r"\d[:：]\d{2}|\d{4}", rest):
            return text, None
        return rest, timezone(timedelta(minutes=minutes))
    offset = re.sub(r"\s|UTC|GMT", "", match.group("offset")).replace("−", "-")
    if not re.search(r"\d[:：]\d{2}", rest) or re.fullmatch(r"[+\-]\d{2}", offset) and "-" in rest:
        return text, None  # "2026-11-23" is no date with an offset of "-23"
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes_text = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    try:
        return rest, timezone(sign * timedelta(hours=int(hours), minutes=int(minutes_text)))
    except ValueError:
        return text, None


@lru_cache(maxsize=8192)
def read_date(
    value: str, *, day_first: bool = True, reference: datetime | None = None
) -> DateReading:
    """A date cell read, in any form the module doc lists.

    ``reference`` is when the file was exported (aware, or naive local): relative dates
    ("4 дня назад") are counted back from it and marked approximate; without it they
    count from now. The moment is naive (the practice's local time) unless the cell
    names a zone or is a Unix time. CellError("date_missing") for an empty cell,
    ("date_unreadable") for anything else.
    """
    if len(value) > MAX_DATE_CHARS:  # a text, not a date: no need to look for month names
        raise CellError("date_unreadable", value[:MAX_DATE_CHARS])
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise CellError("date_missing", value)
    unix = _UNIX.match(text)
    if unix:
        number = float(text)
        if len(unix.group(1)) >= 12:
            number /= 1000
        if not _UNIX_FIRST <= number < _UNIX_LAST:
            raise CellError("date_unreadable", value)
        return DateReading(datetime.fromtimestamp(number, UTC).replace(microsecond=0))
    ago = _relative_delta(text)
    if ago is not None:
        months, span = ago
        base = reference or datetime.now(UTC)
        moment = _months_back(base, months) - span
        if months or span >= timedelta(days=1):  # "3 days ago": a day, not a time of day
            # the day alone, as a file's "2026-11-30" is kept (local midnight, shown without
            # a time: labels.is_date_only); 12:00 was shown as a made-up "30.11.2026, 12:00"
            local = moment.astimezone() if moment.tzinfo else moment
            moment = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return DateReading(moment.replace(microsecond=0), approximate=True)
    iso = text.replace("z", "Z")
    if re.match(r"^\d{4}-\d{2}-\d{2}", iso):
        try:
            return DateReading(datetime.fromisoformat(iso))
        except ValueError:
            pass
    text, zone = _split_zone(text)
    moment = _parse_local(text, value, day_first)
    if zone is not None:
        moment = moment.replace(tzinfo=zone)
    return DateReading(moment)


def parse_date(
    value: str, *, day_first: bool = True, reference: datetime | None = None
) -> datetime:
    """The moment of a date cell (see ``read_date``, which also says if it is approximate)."""
    return read_date(value, day_first=day_first, reference=reference).moment


def _parse_local(text: str, value: str, day_first: bool) -> datetime:
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
        month = int(m) if m.isdigit() else _chinese_number(m)
        return _with_time(int(y), month, int(d), hour, minute, second, None, value)
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


# Dates a review cannot have: before the web's review sites, or far in the future.
FIRST_PLAUSIBLE_YEAR = 1995
LAST_PLAUSIBLE_YEAR = 2100


@lru_cache(maxsize=8192)
def to_utc(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """UTC from a parsed cell: a naive time is the practice's (``zone``, else this PC's).

    CellError("date_impossible") for a year no review can have ("0001-01-01",
    "9999-12-31T23:59:59-05:00"): such a row is skipped, never the whole file.
    """
    if not FIRST_PLAUSIBLE_YEAR <= moment.year <= LAST_PLAUSIBLE_YEAR:
        raise CellError("date_impossible", moment.isoformat())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment.astimezone(UTC).replace(microsecond=0)
