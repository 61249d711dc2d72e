"""Reviews from what the user copied off a review page (clipboard HTML or plain text).

Most review sites give a practice no export, so the everyday way in is select-and-copy on
the profile page. ``parse_paste(html, text)`` splits the copy into reviews by the
structure it finds: in HTML, the repeated boxes of a review list and the attributes that
carry a rating (itemprop=ratingValue, aria-label "5 stars", data-rating, star classes,
a count of "full" stars), a date (<time datetime>, itemprop=datePublished), an author or
the practice's answer; in plain text (and inside each box), lines that are dates in any
common form (numeric, month names, "3 дня назад"), ratings ("★★★★☆", "5/5", "Ocena: 5"),
answer labels ("Odpowiedź lekarza", "Ответ клиники", "商家回复") and short author lines.

Page code (<script>, <style>) is dropped; everything a patient wrote stays plain text.
No Qt widgets, no store: the dialog shows the result for correction, ``pasting`` stores it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from html.parser import HTMLParser

from clinicrep.model import Platform
from clinicrep.sources.csv_values import (
    MAX_SHORT_CHARS,
    MAX_TEXT_CHARS,
    CellError,
    clean_line,
    clean_text,
    parse_date,
    parse_rating,
    read_date,
    to_five_stars,
)

MAX_PASTE_CHARS = 5_000_000  # a bigger clipboard is not a review page; its beginning is read
MAX_DEPTH = 400  # deeper nesting than any page: flattened, so hostile HTML cannot recurse
MAX_AUTHOR_WORDS = 6

# -- the pasted review -------------------------------------------------------------


@dataclass(slots=True)
class PastedReview:
    """One review as found in the paste; the dialog lets the user correct every field."""

    author: str = ""
    created: datetime | None = None  # naive: the practice's local time
    approximate: bool = False  # "3 days ago": resolved against the time of the paste
    rating: int | None = None
    text: str = ""
    reply: str = ""

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.rating or self.reply.strip())


@dataclass(slots=True)
class PasteResult:
    reviews: list[PastedReview] = field(default_factory=list)
    platform: Platform | None = None  # recognised from the page's markup or labels
    from_html: bool = False  # the structure came from the HTML (else from the text)
    truncated: bool = False  # the paste was longer than MAX_PASTE_CHARS


def review_id(review: PastedReview) -> str:
    """A stable id from the review's own content: the same review pasted again gets it.

    An approximate date ("3 days ago") moves with the day of the paste, so it is left out.
    """
    day = "" if review.approximate or review.created is None else review.created.date().isoformat()
    parts = (
        day,
        " ".join(review.author.casefold().split()),
        " ".join(review.text.casefold().split()),
    )
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return "p:" + digest[:32]


def review_ids(reviews: Iterable[PastedReview]) -> list[str]:
    """Ids for a list of pasted reviews; two identical ones in one paste get "#2", "#3"...

    so two rating-only reviews by "Anonymous" never merge, and the same page pasted again
    gives the same ids in the same order.
    """
    seen: dict[str, int] = {}
    ids = []
    for review in reviews:
        base = review_id(review)
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return ids


# -- text cleaning ---------------------------------------------------------------
# Embedding and override controls can make a name display as something else: removed.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _clean_text(value: str) -> str:
    return _BIDI_CONTROLS.sub("", clean_text(value))[:MAX_TEXT_CHARS]


def _clean_line(value: str) -> str:
    return _BIDI_CONTROLS.sub("", clean_line(value, MAX_SHORT_CHARS))


# -- dates -----------------------------------------------------------------------
_MONTH_STEMS: tuple[tuple[str, int], ...] = (
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ("январ", 1), ("янв", 1), ("феврал", 2), ("фев", 2), ("март", 3), ("мар", 3),
    ("апрел", 4), ("апр", 4), ("мая", 5), ("май", 5), ("июн", 6), ("июл", 7), ("август", 8),
    ("авг", 8), ("сентябр", 9), ("сен", 9), ("октябр", 10), ("окт", 10), ("ноябр", 11),
    ("ноя", 11), ("декабр", 12), ("дек", 12),
    ("січ", 1), ("лют", 2), ("берез", 3), ("квіт", 4), ("трав", 5), ("черв", 6),
    ("лип", 7), ("серп", 8), ("верес", 9), ("жовт", 10), ("листоп", 11), ("груд", 12),
    ("stycz", 1), ("sty", 1), ("lut", 2), ("marz", 3), ("kwie", 4), ("maj", 5),
    ("czerw", 6), ("cze", 6), ("lip", 7), ("sierp", 8), ("sie", 8), ("wrze", 9),
    ("paźdz", 10), ("paź", 10), ("listop", 11), ("lis", 11), ("grud", 12), ("gru", 12),
)  # fmt: skip
# Each stem matched only at a word's start and for a word no longer than the month's name.
_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"январ[яь]|янв|феврал[яь]|фев|марта?|мар|апрел[яь]|апр|мая|май|июн[яь]|июл[яь]|"
    r"августа?|авг|сентябр[яь]|сен|октябр[яь]|окт|ноябр[яь]|ноя|декабр[яь]|дек|"
    r"січ(?:ня|ень)?|лют(?:ого|ий)?|березн?(?:я|ь)?|квіт(?:ня|ень)?|травн?(?:я|ь)?|"
    r"червн?(?:я|ь)?|лип(?:ня|ень)?|серпн?(?:я|ь)?|вересн?(?:я|ь)?|жовтн?(?:я|ь)?|"
    r"листопада?|грудн?(?:я|ь)?|"
    r"stycz(?:nia|eń)|sty|lut(?:ego|y)|lut|marz(?:ec|ca)|kwie(?:tnia|cień)|kwi|maj(?:a)?|"
    r"czerw(?:ca|iec)|cze|lip(?:ca|iec)|lip|sierp(?:nia|ień)|sie|wrze(?:śnia|sień)|wrz|"
    r"paźdz(?:iernika|iernik)|paź|listopad(?:a)?|lis|grud(?:nia|zień)|gru)\.?"
)
_TIME_PART = r"(?:[,\s]+(?:в|o|at|um|о|о\s+годині)?\s*(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?)?"
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(
        r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2}))?")),
    ("zh", re.compile(
        r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})[:：](\d{2}))?")),
    ("numeric", re.compile(
        r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])" + _TIME_PART)),
    ("day_month", re.compile(
        r"(?<!\d)(\d{1,2})\.?\s+(" + _MONTH_WORD + r")(?:\s+(\d{4}))?"
        r"(?:\s*(?:г\.|года|р\.|року|r\.|roku))?" + _TIME_PART, re.IGNORECASE)),
    ("month_day", re.compile(
        r"\b(" + _MONTH_WORD + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4}))?"
        + _TIME_PART,
        re.IGNORECASE)),
    ("zh_md", re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    # "listopad 2025", "November 2025": the month only, its first day, approximate (it was
    # read as the 20th of this year's month: "20" taken from "2025")
    ("month_year", re.compile(
        r"\b(" + _MONTH_WORD + r")\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)),
    # "11-20 14:32": this year's date as Dianping's and Meituan's apps write it, always with
    # its time here ("8-16" alone is opening hours, not the 16th of August)
    ("md_time", re.compile(
        r"(?<![\d\-./])(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])")),
)  # fmt: skip

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "дві": 2, "чотири": 4, "п'ять": 5, "jeden": 1, "jedną": 1,
    "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5,
}  # fmt: skip
_UNIT_DAYS: tuple[tuple[str, float], ...] = (
    # (stem, days): checked in order, so longer stems come before their prefixes
    ("minute", 0), ("min", 0), ("hour", 0), ("day", 1), ("week", 7), ("month", 30), ("year", 365),
    ("минут", 0), ("час", 0), ("дн", 1), ("день", 1), ("сут", 1), ("недел", 7), ("месяц", 30),
    ("год", 365), ("лет", 365),
    ("хвилин", 0), ("годин", 0), ("дн", 1), ("день", 1), ("тижн", 7), ("тиждень", 7),
    ("місяц", 30), ("місяць", 30), ("рік", 365), ("рок", 365),
    ("minut", 0), ("godzin", 0), ("dzień", 1), ("dni", 1), ("tydzień", 7), ("tygodni", 7),
    ("miesiąc", 30), ("miesięc", 30), ("rok", 365), ("lat", 365),
    ("分钟", 0), ("小时", 0), ("天", 1), ("日", 1), ("周", 7), ("星期", 7), ("个月", 30),
    ("月", 30), ("年", 365),
)  # fmt: skip
_RELATIVE = re.compile(
    r"(?:(\d+|a|an|one|two|three|four|five|six|один|одну|одна|два|две|три|четыре|пять|дві|"
    r"чотири|п'ять|jeden|jedną|dwa|dwie|trzy|cztery|pięć)\s+)?"
    r"(minutes?|mins?|hours?|days?|weeks?|months?|years?|"
    r"минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|сутки|недел(?:ю|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет|"
    r"хвилин[уи]?|годин[уи]?|дн(?:і|ів)|день|тижн(?:і|ів)|тиждень|місяц(?:і|ів)|місяць|рік|роки|років|"
    r"minut[ęy]?|godzin[ęy]?|dzień|dni|tydzień|tygodni(?:e)?|miesiąc|miesiące|miesięcy|rok|lata|lat)"
    r"\s+(ago|назад|тому|temu)\b",
    re.IGNORECASE,
)
_RELATIVE_ZH = re.compile(r"(\d+|一|两|二|三|四|五|六|半)\s*(分钟|小时|天|日|周|星期|个月|月|年)前")
_DAY_WORDS: dict[str, int] = {
    "today": 0, "yesterday": 1, "just now": 0, "сегодня": 0, "вчера": 1, "позавчера": 2,
    "только что": 0, "сьогодні": 0, "вчора": 1, "позавчора": 2, "щойно": 0, "dzisiaj": 0,
    "dziś": 0, "wczoraj": 1, "przedwczoraj": 2, "przed chwilą": 0, "今天": 0, "昨天": 1,
    "前天": 2, "刚刚": 0,
}  # fmt: skip
_DAY_WORD = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)  # fmt: skip
_ZH_DIGITS: dict[str, float] = {
    "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "半": 0.5,
}  # fmt: skip


_DIGIT = re.compile(r"\d")
_AGO_WORDS = ("ago", "назад", "тому", "temu")


@dataclass(slots=True, frozen=True)
class FoundDate:
    start: int
    end: int
    value: datetime
    approximate: bool


def _month_of(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    for stem, month in _MONTH_STEMS:
        if word.startswith(stem):
            return month
    return None


def _units_to_days(unit: str) -> float:
    unit = unit.casefold()
    for stem, days in _UNIT_DAYS:
        if unit.startswith(stem):
            return days
    return 1


def _safe(
    year: int, month: int, day: int, hour: str | None = None, minute: str | None = None
) -> datetime | None:
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0))
    except ValueError:
        return None


def _without_year(
    month: int, day: int, now: datetime, hour: str | None, minute: str | None
) -> datetime | None:
    """A day and month with no year: this year, or last year if that is still to come."""
    moment = _safe(now.year, month, day, hour, minute)
    if moment is not None and moment.date() > now.date():
        moment = _safe(now.year - 1, month, day, hour, minute)
    return moment


def _absolute(kind: str, match: re.Match[str], now: datetime, day_first: bool) -> datetime | None:
    text = match.group(0).strip()
    try:  # the shared cell reader first, so the file import and the paste agree
        return parse_date(text, day_first=day_first).replace(tzinfo=None, microsecond=0)
    except CellError:
        pass
    g = match.groups()
    if kind == "iso":
        return _safe(int(g[0]), int(g[1]), int(g[2]), g[3], g[4])
    if kind == "zh":
        return _safe(int(g[0]), int(g[1]), int(g[2]), g[3], g[4])
    if kind == "numeric":
        a, sep, b, c, hour, minute = g
        full_year = int(c) + 2000 if len(c) == 2 else int(c)
        if sep == "." or day_first:
            return _safe(full_year, int(b), int(a), hour, minute)
        return _safe(full_year, int(a), int(b), hour, minute)
    if kind in ("day_month", "month_day"):
        day_text, word, year_text, hour, minute = g if kind == "day_month" else (g[1], g[0], *g[2:])
        month = _month_of(word)
        if month is None:
            return None
        if year_text:
            return _safe(int(year_text), month, int(day_text), hour, minute)
        return _without_year(month, int(day_text), now, hour, minute)
    if kind == "zh_md":
        return _without_year(int(g[0]), int(g[1]), now, None, None)
    if kind == "md_time":
        return _without_year(int(g[0]), int(g[1]), now, g[2], g[3])
    if kind == "month_year":
        month = _month_of(g[0])
        return _safe(int(g[1]), month, 1) if month is not None else None
    return None


def find_dates(line: str, now: datetime, *, day_first: bool = True) -> list[FoundDate]:
    """Every date in ``line``: absolute ones exact, relative ones ("2 weeks ago") approximate."""
    text = unicodedata.normalize("NFKC", line)
    if len(text) != len(line):  # positions must stay those of ``line``
        text = line
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    has_digit = _DIGIT.search(text) is not None
    lowered = text.casefold()
    for kind, pattern in _DATE_PATTERNS if has_digit else ():
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            value = _absolute(kind, match, now, day_first)
            if value is not None:
                found.append(FoundDate(match.start(), match.end(), value, kind == "month_year"))
                taken.append((match.start(), match.end()))
    for match in _RELATIVE.finditer(text) if any(w in lowered for w in _AGO_WORDS) else ():
        if not free(match.start(), match.end()):
            continue
        amount_text = (match.group(1) or "1").casefold()
        amount = int(amount_text) if amount_text.isdigit() else _NUMBER_WORDS.get(amount_text, 1)
        days = _units_to_days(match.group(2)) * amount
        found.append(FoundDate(match.start(), match.end(), _days_before(now, days), True))
        taken.append((match.start(), match.end()))
    for match in _RELATIVE_ZH.finditer(text) if "前" in text else ():
        if not free(match.start(), match.end()):
            continue
        raw = match.group(1)
        share = int(raw) if raw.isdigit() else _ZH_DIGITS.get(raw, 1)  # "半": a half
        days = _units_to_days(match.group(2)) * share
        found.append(FoundDate(match.start(), match.end(), _days_before(now, days), True))
        taken.append((match.start(), match.end()))
    for match in _DAY_WORD.finditer(text):
        if not free(match.start(), match.end()):
            continue
        days = _DAY_WORDS[match.group(1).casefold()]
        found.append(FoundDate(match.start(), match.end(), _days_before(now, days), True))
        taken.append((match.start(), match.end()))
    found.sort(key=lambda f: f.start)
    return found


def _days_before(now: datetime, days: float) -> datetime:
    moment = now - timedelta(days=days)
    return (
        moment.replace(second=0, microsecond=0)
        if days < 1
        else datetime.combine(moment.date(), datetime.min.time())
    )


# Words around a date on a review's date line ("Dodano 12.11.2026", "Edited", "·").
_DATE_LINE_WORDS = re.compile(
    r"(?i)\b(added|posted|published|reviewed|edited|updated|visit(?:ed)?|on|"
    r"dodano|dodana|opublikowano|wizyta|data|edytowano|zmieniono|"
    r"добавлен[оа]?|опубликован[оа]?|отзыв от|изменен[оа]?|отредактирован[оа]?|визит|"
    r"додано|опубліковано|змінено|відредаговано|візит)\b|"
    r"发表于|发布于|更新于|修改于|[·•|,:;()\-–—\s]",
)


def date_of_line(line: str, now: datetime, *, day_first: bool = True) -> FoundDate | None:
    """The date if ``line`` is a date line (the date and a few words around it), else None."""
    if len(line) > 80:
        return None
    dates = find_dates(line, now, day_first=day_first)
    if not dates:
        return None
    first = dates[0]
    rest = line[: first.start] + line[first.end :]
    for other in dates[1:]:  # "12.11.2026, 14:30 (edited 13.11.2026)"
        rest = rest.replace(line[other.start : other.end], "")
    # the time first: the words' pattern takes its colon, and "18 20" is no date line's word
    time = _CLOCK.search(rest)
    rest = _DATE_LINE_WORDS.sub("", _CLOCK.sub("", rest))
    if len(rest) > 3:
        return None
    half = _HALF_OF_DAY.match(line, first.end)
    if half is not None and _CLOCK.search(line[first.start : first.end]):
        # "November 3 at 10:15 PM": the evening, not the morning
        if half.group(1).lower() == "p" and first.value.hour < 12:
            first = replace(first, value=first.value.replace(hour=first.value.hour + 12))
        elif half.group(1).lower() == "a" and first.value.hour == 12:
            first = replace(first, value=first.value.replace(hour=0))
    if time and _DAY_WORD.fullmatch(line[first.start : first.end]):
        # "昨天 18:20", "wczoraj, 18:20": the day named, the time given beside it
        hour, minute = int(time.group(1)), int(time.group(2))
        if hour < 24 and minute < 60:
            return replace(first, value=first.value.replace(hour=hour, minute=minute))
    return first


_CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:：](\d{2})(?!\d)")


# -- a chat's messages: "王女士 11月30日 15:12", "2026-11-30 15:12:03 王女士",
# "[11月30日 下午3:12] 王女士: 今天…" (a WeChat group, a messenger's copy) -------------------
# The time of day right after the date, with its half of the day ("下午3:12", "3:12 PM").
_STAMP_CLOCK = re.compile(
    r"[\s,，]*(?:(上午|早上|凌晨|中午|下午|晚上)\s*)?(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?"
    r"(?:\s*([AaPp])\.?[Mm]\.?(?![^\W\d_]))?"
)
_AFTERNOON = ("中午", "下午", "晚上")
_SECONDS = re.compile(r"[:：]\d{2}(?!\d)")
_HALF_OF_DAY = re.compile(r"\s*([AaPp])\.?[Mm]\.?(?![^\W\d_])")
_SENDER_END = re.compile(r"^\s*[:：]\s*")


@dataclass(slots=True, frozen=True)
class ChatHeader:
    date: FoundDate
    author: str
    text: str  # what follows "name:" on the same line ("" when the message starts below)


def _sender(value: str) -> str | None:
    """The sender's name, if ``value`` is one (no sentence, no "· Wizyta prywatna")."""
    value = value.strip(" []【】()（）")
    if not value or len(value) > 30 or any(mark in value for mark in "·•|"):
        return None
    if not _author_like(value) or not _DATE_LINE_WORDS.sub("", value):
        return None  # "Dodano", "edited": a date line's own words are nobody's name
    return value


def chat_header(line: str, now: datetime, *, day_first: bool = True) -> ChatHeader | None:
    """A chat message's header: a sender's name and the date with the time of day.

    A review site's date line has no name beside it; a chat's message has the sender on the
    same line as the moment it was sent (before it, after it, or after it with a colon and
    the message). The time of day is required: it is what tells a message's stamp from a
    sentence that happens to hold a date and a name.
    """
    dates = find_dates(line, now, day_first=day_first)
    if not dates or dates[0].approximate:
        return None
    first = dates[0]
    value = first.value
    end = first.end
    clock = _STAMP_CLOCK.match(line, end)
    if clock is not None:
        hour, minute = int(clock.group(2)), int(clock.group(3))
        half = clock.group(4)
        if (clock.group(1) in _AFTERNOON or (half or "").lower() == "p") and hour < 12:
            hour += 12
        elif (half or "").lower() == "a" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        value = value.replace(hour=hour, minute=minute)
        end = clock.end()
    elif _CLOCK.search(line[first.start : first.end]):
        seconds = _SECONDS.match(line, end)  # "2026-11-30 15:12:03"
        end = seconds.end() if seconds else end
        half = _HALF_OF_DAY.match(line, end)  # "December 3 at 10:15 AM": no sender "AM"
        if half is not None:
            end = half.end()
            if half.group(1).lower() == "p" and value.hour < 12:
                value = value.replace(hour=value.hour + 12)
            elif half.group(1).lower() == "a" and value.hour == 12:
                value = value.replace(hour=0)
    else:
        return None  # no time of day: a date line, or a sentence
    before = line[: first.start].strip()
    after = line[end:].strip()
    if before.startswith(("[", "【")):
        before = before[1:].strip()
    if after.startswith(("]", "】")):
        after = after[1:].strip()
    found = replace(first, value=value, end=end)
    colon = re.search(r"[:：]", after)
    sender_side = after if colon is None else after[: colon.start()]
    if find_dates(before, now, day_first=day_first) or find_dates(
        sender_side, now, day_first=day_first
    ):
        return None  # "2026-11-20 14:32 更新于2026-11-21 09:00": a site's posted and edited
    if before and not after.lstrip(":："):
        author = _sender(before.rstrip(":："))
        return ChatHeader(found, author, "") if author else None
    if before:
        return None
    if colon is None:
        author = _sender(after)
        return ChatHeader(found, author, "") if author else None
    author = _sender(after[: colon.start()])
    if author is None:
        return None
    return ChatHeader(found, author, after[colon.end() :].strip())


def parse_date_text(text: str, now: datetime) -> tuple[datetime, bool] | None:
    """A date the user typed into the grid: (value, approximate), or None if unreadable."""
    text = text.strip().lstrip("≈~").strip()
    if not text:
        return None
    try:
        reading = read_date(text, reference=now)
        if not reading.approximate:  # relative dates: the finder below marks them approximate
            return reading.moment.replace(tzinfo=None, microsecond=0), False
    except CellError:
        pass
    found = date_of_line(text, now)
    return (found.value, found.approximate) if found else None


# -- ratings ---------------------------------------------------------------------
_STAR_GLYPHS = "★⭐✭✮✯✰✪🌟☆✩"
_FILLED = "★⭐✭✮✯✰✪🌟"
_STAR_LINE = re.compile(rf"^[\s{_STAR_GLYPHS}]+(?:\(?\s*\d(?:[.,]\d)?\s*\)?)?$")
_RATING_LABELED = re.compile(
    r"^(?:ocena(?: ogólna)?|ocena pacjenta|оценка|рейтинг|оцінка|rating|rated|score|stars?|"
    r"评分|打分|星级|总分|评价)\s*[:：]?\s*"
    r"(\d(?:[.,]\d)?(?:\s*(?:/|из|з|із|of|out of|na|на)\s*\d+)?)"
    r"\s*(?:stars?|звезд[аы]?|зв[её]зд|зірок|зірки|gwiazdk[ia]|gwiazdek|星|分)?\s*$",
    re.IGNORECASE,
)
# "5分" / "4.5分": Meituan's and Dianping's copied score ("分", points) on its own line
_RATING_BARE = re.compile(
    r"^(\d(?:[.,]\d)?)\s*(?:/\s*(?:5|10)|(?:из|з|із|of|out of|na|на)\s+(?:5|10)|"
    r"stars?|звезд[аы]?|зв[её]зд|зірок|зірки|gwiazdk[ia]|gwiazdek|星|颗星|分)\.?$",
    re.IGNORECASE,
)


def rating_of_line(line: str) -> int | None:
    """The stars if ``line`` is a rating line ("★★★★☆", "4/5", "Ocena: 5", "5 stars")."""
    value = line.strip()
    if not value or len(value) > 40:
        return None
    if _STAR_LINE.match(value) and any(ch in _STAR_GLYPHS for ch in value):
        digits = re.search(r"\d(?:[.,]\d)?", value)
        if digits:
            return _stars(digits.group(0), 5)
        filled = sum(value.count(ch) for ch in _FILLED)
        return min(5, filled) if filled else None
    match = _RATING_LABELED.match(value)
    if match:
        return _rating_cell(match.group(1))
    if _RATING_BARE.match(value):
        return _rating_cell(value)
    if value in ("五星", "四星", "三星", "二星", "一星"):
        return "一二三四五".index(value[0]) + 1
    return None


def _rating_cell(text: str) -> int | None:
    try:
        return parse_rating(text.strip())
    except CellError:
        return None


def _stars(number: str, scale: float) -> int | None:
    try:
        return to_five_stars(float(number.replace(",", ".")), scale)
    except (CellError, ValueError):
        return None


# Attribute texts that state a rating: "5 stars", "Rated 4.0 out of 5", "Оценка 5 из 5".
_ATTR_RATING = re.compile(
    r"(\d(?:[.,]\d)?)\s*(?:(?:/|из|з|із|of|out of|na|на)\s*(5|10)\b|"
    r"(?:stars?|звезд|зв[её]зд|зірок|зірки|gwiazd|星|颗星))",
    re.IGNORECASE,
)
_ATTR_RATING_LABEL = re.compile(
    r"(?:rating|rated|ocena|оценка|рейтинг|оцінка|评分)\s*[:：]?\s*(\d(?:[.,]\d)?)", re.IGNORECASE
)
_CLASS_RATING = re.compile(
    r"^(?:sml-str|star-?|stars-?|rating-?|rate-?|score-?|str)(\d{1,2})$", re.IGNORECASE
)


# "Photo 1 of 5" is a gallery, not a rating
_NOT_A_RATING = re.compile(
    r"(?i)photo|image|picture|slide|page|zdjęci|obraz|strona|фото|изображ|зображ|страниц|"
    r"сторінк|图片|照片|页"
)


def _rating_from_attr_text(text: str) -> int | None:
    if _NOT_A_RATING.search(text):
        return None
    match = _ATTR_RATING.search(text)
    if match:
        return _stars(match.group(1), float(match.group(2) or 5))
    match = _ATTR_RATING_LABEL.search(text)
    if match:
        return _stars(match.group(1), 5)
    return None


# -- the practice's answer ---------------------------------------------------------
_REPLY_LABELS = (
    "odpowiedź lekarza", "odpowiedź placówki", "odpowiedź od właściciela",
    "odpowiedź właściciela", "odpowiedź specjalisty",
    "komentarz lekarza", "komentarz placówki", "odpowiedź",
    "ответ клиники", "ответ врача", "ответ организации", "ответ владельца", "ответ компании",
    "официальный ответ", "ответ представителя", "ответ",
    "відповідь клініки", "відповідь лікаря", "відповідь організації", "відповідь власника",
    "офіційна відповідь", "відповідь",
    "商家回复", "商户回复", "商家回應", "店家回复", "业主回复", "业主的回复", "店主回复", "回复",
    "response from the owner", "response from the practice", "reply from the owner",
    "owner's response", "owner response", "practice response", "response from",
)  # fmt: skip
_REPLY_LABEL = re.compile(
    r"^\s*(" + "|".join(re.escape(label) for label in _REPLY_LABELS) + r")(?![^\W\d_])\s*[:：]?",
    re.IGNORECASE,
)
_REPLY_CLASS = re.compile(
    r"(?i)(reply|answer|response|owner|shop-reply|business-review-comment|doctor-comment|"
    r"clinic-comment|otvet|vidpovid|odpowiedz)"
)


_DATED_LABEL = re.compile(r"^[(（]([^()（）]{4,30})[)）]\s*[:：]")


def reply_label_of_line(line: str) -> re.Match[str] | None:
    """The answer label that starts ``line``, if it is one.

    A label stands on its own line, or is followed by a colon ("商家回复：…"), or by the
    answer's date ("Response from the owner a week ago"); "Odpowiedź lekarza była pomocna"
    is a patient's sentence, not a label.
    """
    match = _REPLY_LABEL.match(line)
    if match is None:
        return None
    rest = line[match.end() :].strip()
    if not rest or match.group(0).rstrip().endswith((":", "：")):
        return match
    dated = _DATED_LABEL.match(rest)  # "商家回复（2026-11-22）：…"
    if dated and date_of_line(dated.group(1), datetime.now()):
        return match
    if rest[:1] in ("—", "–", "-"):
        return match
    label = match.group(1).casefold()
    if label == "response from" and len(rest) <= 60:  # "Response from Dr Smith"
        return match
    return match if date_of_line(rest, datetime.now()) else None


# -- lines that are page furniture -----------------------------------------------------
_NOISE = re.compile(
    r"(?i)^(?:like|share|helpful|report|reply|more|read more|show more|see more|new|translate|"
    r"see original|show original|translated by google|local guide|visited in .*|"
    r"pokaż więcej|więcej|czytaj dalej|przydatna\??|pomocna\??|zgłoś|udostępnij|odpowiedz|"
    r"pacjent zweryfikowany|zweryfikowana opinia|opinia zweryfikowana|"
    r"показать (?:ещё|еще|полностью|ответ)|читать (?:далее|полностью)|ещё|еще|полезно|"
    r"нравится|ответить|пожаловаться|поделиться|подписаться|подтвержденный отзыв|"
    r"отзыв подтвержден|отзыв проверен|проверенный отзыв|знаток города.*|"
    r"показати (?:ще|повністю|відповідь)|читати далі|ще|корисно|подобається|відповісти|"
    r"поскаржитися|поділитися|підтверджений відгук|відгук перевірено|перевірений відгук|"
    r"展开|收起|展开评价|收起评价|赞|回应|举报|有用|全文|查看全部|"
    r"\d+\s*(?:reviews?|photos?|opinii|opinie|отзыв\w*|фото|відгук\w*|条评价|张照片)"
    r"(?:\s*[·•,]\s*\d+\s*\w+)*|"
    r"local guide\s*[·•].*|[·•|]+|\(\d+\)|\d+|[·•].*|"
    r"(?:\w{1,6}[：:]\s*(?:\d[.,]\d|\w{1,4})\s*){2,}|"  # "效果：4.5 环境：很好"
    # Dianping's bar under a review: "赞(3) 回应 收藏 举报"
    r"(?:(?:赞|回应|收藏|举报|分享|有用)\s*(?:[(（]\d+[)）])?\s*){2,}|"
    r"посмотреть ответ.*|переглянути відповідь.*|zobacz odpowiedź.*)$"
)


_META_SEPARATOR = re.compile(r"\s[•·|]\s")


def is_noise(line: str) -> bool:
    """Page furniture: buttons, badges, counters, "Wizyta prywatna • Konsultacja"."""
    value = line.strip()
    if _NOISE.match(value):
        return True
    # a short line of items joined by bullets is the visit's or the author's details
    return len(value) <= 80 and bool(_META_SEPARATOR.search(value)) and value[-1:] not in ".!?"


def _author_like(line: str) -> bool:
    value = line.strip()
    if not value or len(value) > 60 or value.endswith(("!", "?", ":", "…", "。", "！", "？", "：")):
        return False
    if any(mark in value for mark in "，。；"):  # a Chinese sentence, one "word" without spaces
        return False
    if len(value.split()) > MAX_AUTHOR_WORDS or not any(ch.isalpha() for ch in value):
        return False
    # "Anna K." is a name; "Bardzo miła obsługa." is a sentence
    return (
        not value.endswith(".") or re.fullmatch(r"[^\W\d_]{1,2}\.", value.split()[-1]) is not None
    )


# -- lines with what the HTML said about them -----------------------------------------
@dataclass(slots=True)
class Line:
    text: str
    rating: int | None = None  # from an attribute (aria-label, itemprop, data-rating ...)
    moment: datetime | None = None  # from <time datetime> / itemprop=datePublished
    author: bool = False  # inside an author element
    body: bool = False  # inside itemprop=reviewBody / description
    reply: bool = False  # inside the practice's answer block
    box: int = -1  # which repeated review box of the HTML it belongs to (-1: none)


# -- HTML into a small tree ---------------------------------------------------------
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SKIP = frozenset("script style noscript template head title svg math iframe object".split())
_INLINE = frozenset("a abbr b bdi bdo cite code em font i mark q s small strong sub sup u".split())
_BLOCK = frozenset(
    "address article aside blockquote dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot "
    "th thead tr ul br".split()
)


@dataclass(slots=True, eq=False)
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)
    parent: _Node | None = None


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack: list[_Node] = [self.root]
        self.skipping = 0  # inside <script>, <style> ...: text dropped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag in _SKIP and tag not in _VOID:
                self.skipping += 1
            return
        values = {k.lower(): (v or "") for k, v in attrs[:40]}
        node = _Node(tag, values, parent=self.stack[-1])
        if tag in _SKIP:
            # an <svg> may still say "4 stars" in its aria-label: keep the element, skip inside
            self.stack[-1].children.append(node)
            self.skipping = 1
            return
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            return
        values = {k.lower(): (v or "") for k, v in attrs[:40]}
        self.stack[-1].children.append(_Node(tag, values, parent=self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in _SKIP:
                self.skipping -= 1
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping and data:
            self.stack[-1].children.append(data)


def _walk(node: _Node) -> Iterator[_Node]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(c for c in reversed(current.children) if isinstance(c, _Node))


def _classes(node: _Node) -> list[str]:
    return node.attrs.get("class", "").split()


def _attr_rating(node: _Node) -> int | None:
    """A rating the element's attributes state, if any."""
    attrs = node.attrs
    prop = attrs.get("itemprop", "")
    if prop == "ratingValue":
        value = attrs.get("content") or _node_text(node)
        best = 5.0
        parent = node.parent
        if parent is not None:
            for sibling in parent.children:
                if isinstance(sibling, _Node) and sibling.attrs.get("itemprop") == "bestRating":
                    try:
                        best = float(
                            (sibling.attrs.get("content") or _node_text(sibling)).replace(",", ".")
                        )
                    except ValueError:
                        pass
        return _stars(value.strip(), best) if value.strip() else None
    for key in ("data-rating", "data-score", "data-rate", "data-stars", "data-star", "data-value"):
        if key in attrs and (
            key != "data-value"
            or "rat" in attrs.get("class", "")
            or "star" in attrs.get("class", "")
        ):
            raw = attrs[key].strip()
            if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
                number = float(raw.replace(",", "."))
                return _stars(
                    raw, 10.0 if number > 5 and number <= 10 else 100.0 if number > 10 else 5.0
                )
    for key in ("aria-label", "title", "alt", "data-tooltip"):
        text = attrs.get(key, "")
        if text and len(text) <= 80:
            found = _rating_from_attr_text(text)
            if found is not None:
                return found
    for token in _classes(node):
        match = _CLASS_RATING.match(token)
        if match:
            number = int(match.group(1))
            if 1 <= number <= 5:
                return number
            if number in (10, 20, 30, 40, 50, 15, 25, 35, 45):  # Dianping: sml-str40 = 4 stars
                return _stars(str(number / 10), 5)
    return _counted_stars(node)


_FULL_STAR = re.compile(r"(?i)(?:^|[-_])(full|filled|active|on|checked|selected|gold|yellow)$")
_HALF_STAR = re.compile(r"(?i)(?:^|[-_])half$")


def _counted_stars(node: _Node) -> int | None:
    """Yandex-style stars: five child elements, the "full" ones counted."""
    stars = [
        c for c in node.children
        if isinstance(c, _Node) and any("star" in t.lower() for t in _classes(c))
    ]  # fmt: skip
    if not 3 <= len(stars) <= 10:
        return None
    full = sum(1 for s in stars if any(_FULL_STAR.search(t) for t in _classes(s)))
    half = sum(1 for s in stars if any(_HALF_STAR.search(t) for t in _classes(s)))
    if not full and not half:
        return None
    return _stars(str(full + half / 2), 5 if len(stars) <= 5 else len(stars))


def _attr_moment(node: _Node, now: datetime) -> datetime | None:
    attrs = node.attrs
    raw = ""
    if node.tag == "time" and attrs.get("datetime"):
        raw = attrs["datetime"]
    elif attrs.get("itemprop") in ("datePublished", "dateCreated", "dateModified"):
        raw = attrs.get("content") or attrs.get("datetime") or ""
    elif attrs.get("data-date"):
        raw = attrs["data-date"]
    if not raw:
        return None
    try:
        moment = parse_date(raw.strip())
    except CellError:
        found = find_dates(raw, now)
        return found[0].value if found else None
    if moment.tzinfo is not None:  # "2026-11-12T10:00:00Z": the practice's local time
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _node_text(node: _Node) -> str:
    parts: list[str] = []
    for current in _walk(node):
        parts.extend(c for c in current.children if isinstance(c, str))
    return " ".join(" ".join(parts).split())


_AUTHOR_CLASS = re.compile(
    r"(?i)^(?:.*(?:author|user-?name|reviewer|nickname|dper-info)[\w-]*|name)$"
)
_BODY_CLASS = re.compile(
    r"(?i)(review-?(?:body|text|words|content)|opinion-?(?:text|comment|body)|body-text|comment__text)"
)


class _LineWriter:
    """Turns a subtree into lines, marking each with what its elements said."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.flags: dict[str, object] = {}

    def _marker(self, *, rating: int | None = None, moment: datetime | None = None) -> Line:
        """A line with no text that carries what an element's attributes said."""
        box = self.flags.get("box", -1)
        return Line(
            "",
            rating=rating,
            moment=moment,
            reply=bool(self.flags.get("reply")),
            box=box if isinstance(box, int) else -1,
        )

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer = []
        if text:
            self.lines.append(
                Line(
                    text,
                    author=bool(self.flags.get("author")),
                    body=bool(self.flags.get("body")),
                    reply=bool(self.flags.get("reply")),
                    box=int(self.flags.get("box", -1)),  # type: ignore[call-overload]
                )
            )

    def write(self, root: _Node, boxes: dict[int, int]) -> list[Line]:
        # iterative walk with explicit enter/leave events, so depth never recurses
        events: list[tuple[str, _Node | str, dict[str, object]]] = [("enter", root, {})]
        while events:
            kind, item, saved = events.pop()
            if isinstance(item, str):
                self.buffer.append(item)
                continue
            node = item
            if kind == "leave":
                if node.tag in _BLOCK or any(
                    saved.get(k) != self.flags.get(k) for k in ("author", "reply", "body", "box")
                ):
                    self.flush()
                elif node.tag not in _INLINE:
                    self.buffer.append(" ")  # "2 weeks ago" and "New" are two words
                self.flags = saved
                continue
            if node.tag in _BLOCK:
                self.flush()
            before = dict(self.flags)
            flags = self.flags
            box = boxes.get(id(node))
            if box is not None:
                self.flush()
                flags["box"] = box
                flags["reply"] = False
            classes = " ".join(_classes(node))
            prop = node.attrs.get("itemprop", "")
            test_id = node.attrs.get("data-test-id", "") + " " + node.attrs.get("data-testid", "")
            marks = classes + " " + test_id
            if prop == "author" or any(_AUTHOR_CLASS.match(t) for t in marks.split()):
                self.flush()
                flags["author"] = True
            if prop in ("reviewBody", "description") or _BODY_CLASS.search(marks):
                flags["body"] = True
            if _REPLY_CLASS.search(marks):
                self.flush()
                flags["reply"] = True
                flags["author"] = False
            rating = _attr_rating(node)
            if rating is not None:
                self.flush()
                self.lines.append(self._marker(rating=rating))
            moment = _attr_moment(node, self.now)
            if moment is not None:
                self.flush()
                self.lines.append(self._marker(moment=moment))
            if node.tag in _SKIP or node.tag == "img":
                continue  # an <svg>'s or image's own attributes were all that mattered
            events.append(("leave", node, before))
            for child in reversed(node.children):
                events.append(("enter", child, {}))
        self.flush()
        return self.lines


def _review_boxes(root: _Node, now: datetime) -> list[_Node]:
    """The repeated elements of the review list: siblings of one kind that each hold a date
    or a rating. Empty when the copy holds no such list (one review, or no structure)."""
    signed = _signed_nodes(root, now)
    best: list[_Node] = []
    for node in _walk(root):
        groups: dict[tuple[str, str], list[_Node]] = {}
        for child in node.children:
            if isinstance(child, _Node) and id(child) in signed:
                groups.setdefault((child.tag, child.attrs.get("class", "")), []).append(child)
        for members in groups.values():
            if len(members) >= 2 and len(members) > len(best):
                best = members
    return best


def _signed_nodes(root: _Node, now: datetime) -> set[int]:
    """Ids of the elements holding a date or a rating somewhere inside: one pass, bottom up
    (a walk per element would be quadratic on a big, deep paste)."""
    order = list(_walk(root))
    signed: set[int] = set()
    for node in reversed(order):  # children before their parents
        if (
            any(isinstance(c, _Node) and id(c) in signed for c in node.children)
            or _attr_rating(node) is not None
            or _attr_moment(node, now) is not None
            or any(
                isinstance(c, str)
                and len(c) <= 80
                and (date_of_line(c.strip(), now) or rating_of_line(c))
                for c in node.children
            )
        ):
            signed.add(id(node))
    return signed


def _text_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


# -- platform recognition -------------------------------------------------------------
# The page's own markup and addresses first; words a review might also contain last.
_PLATFORM_MARKS: tuple[tuple[Platform, tuple[str, ...]], ...] = (
    (Platform.YANDEX, ("business-review-view", "business-rating-badge", "yandex.ru/maps",
                       "yandex.com/maps")),
    (Platform.TWOGIS, ("2gis.ru", "2gis.ua", "2gis.kz", "2gis.com")),
    (Platform.PRODOCTOROV, ("b-review-card", "prodoctorov.ru")),
    (Platform.ZNANYLEKARZ, ("znanylekarz.pl", "doctoralia.", "docplanner", "opinion-block")),
    (Platform.DOCUA, ("doc.ua/",)),
    (Platform.HELSI, ("helsi.me",)),
    (Platform.DIANPING, ("dianping.com", "main-review", "dper-info", "sml-rank-stars")),
    (Platform.GOOGLE, ("google.com/maps", "jftief", "wii7pd")),
)  # fmt: skip
_PLATFORM_WORDS: tuple[tuple[Platform, tuple[str, ...]], ...] = (
    (Platform.ZNANYLEKARZ, ("odpowiedź lekarza", "znanylekarz", "pacjent zweryfikowany")),
    (Platform.DIANPING, ("商家回复", "大众点评")),
    (Platform.GOOGLE, ("response from the owner", "local guide", "lokalny przewodnik",
                       "odpowiedź od właściciela", "本地向导", "业主回复")),
    (Platform.YANDEX, ("знаток города", "яндекс")),
    (Platform.TWOGIS, ("2гис", "2гіс")),
    (Platform.PRODOCTOROV, ("продокторов",)),
)  # fmt: skip


def guess_platform(html: str, text: str) -> Platform | None:
    """The site a paste comes from, if its markup or labels say so (the user can change it)."""
    sample = (html[:200_000] + " " + text[:50_000]).casefold()
    for marks in (_PLATFORM_MARKS, _PLATFORM_WORDS):
        for platform, words in marks:
            if any(word in sample for word in words):
                return platform
    return None


# -- splitting lines into reviews ---------------------------------------------------------
@dataclass(slots=True)
class _Kinded:
    line: Line
    kind: str  # "date" | "rating" | "reply" | "noise" | "short" | "text"
    date: FoundDate | None = None
    rating: int | None = None
    chat: bool = False  # a chat message's stamp: always a message of its own


def _classify(lines: list[Line], now: datetime, day_first: bool) -> list[_Kinded]:
    out: list[_Kinded] = []
    for line in lines:
        if line.moment is not None:
            out.append(_Kinded(line, "date", FoundDate(0, 0, line.moment, False)))
            continue
        if line.rating is not None:
            out.append(_Kinded(line, "rating", rating=line.rating))
            continue
        text = line.text
        if reply_label_of_line(text):
            out.append(_Kinded(line, "reply"))
            continue
        if not line.body and not line.author:
            chat = chat_header(text, now, day_first=day_first)
            if chat is not None:  # the sender, the message's moment, its first words
                out.append(_Kinded(replace(line, text=chat.author, author=True), "short"))
                out.append(_Kinded(replace(line, text=""), "date", chat.date, chat=True))
                if chat.text:
                    out.append(_Kinded(replace(line, text=chat.text), "text"))
                continue
        if not line.body:
            found = date_of_line(text, now, day_first=day_first)
            if found is not None:
                out.append(_Kinded(line, "date", found))
                continue
            stars = rating_of_line(text)
            if stars is not None:
                out.append(_Kinded(line, "rating", rating=stars))
                continue
            if is_noise(text):
                out.append(_Kinded(line, "noise"))
                continue
        if line.author or (not line.body and _author_like(text)):
            out.append(_Kinded(line, "short"))
        else:
            out.append(_Kinded(line, "text"))
    return out


def _reply_rest(text: str, now: datetime) -> str:
    """What follows an answer label on its line, without the answer's date."""
    match = reply_label_of_line(text)
    rest = text[match.end() :] if match else text
    rest = rest.strip(" :：-–—·")
    found = find_dates(rest, now)
    if found and found[0].start <= 2 and date_of_line(rest[: found[0].end], now):
        rest = rest[found[0].end :].lstrip(" )）")
    return rest.strip(" :：-–—·")


def _assemble(items: list[_Kinded], anchor: int | None, now: datetime) -> PastedReview:
    """One review's fields from its lines; ``anchor`` is its (first) date or rating line.

    Short lines above the anchor are the header: the first is the author (unless the HTML
    marked one), the others are badges ("Pacjent zweryfikowany", the visit's type).
    Everything after an answer label (or inside the HTML's answer block) is the answer.
    """
    review = PastedReview()
    text: list[str] = []
    reply: list[str] = []
    in_reply = False
    reply_date_seen = False
    author_hint = next(
        (it for it in items if it.line.author and it.line.text and not it.line.reply), None
    )
    if author_hint is not None:
        review.author = _clean_line(author_hint.line.text)
    header_end = anchor if anchor is not None else -1
    for index, item in enumerate(items):
        line = item.line
        if item.kind == "reply":
            in_reply = True
            rest = _reply_rest(line.text, now)
            reply_date_seen = rest != line.text.strip() and bool(find_dates(line.text, now))
            if rest:
                reply.append(rest)
            continue
        if line.reply or in_reply:
            in_reply = True
            if item.kind == "date" and not reply_date_seen:
                reply_date_seen = True
            elif item.kind in ("text", "short") and line.text:
                reply.append(line.text)
            continue
        if item.kind == "date":
            if review.created is None and item.date is not None:
                review.created = item.date.value
                review.approximate = item.date.approximate
            continue
        if item.kind == "rating":
            if review.rating is None:
                review.rating = item.rating
            continue
        if item.kind == "noise" or item is author_hint or (line.author and author_hint):
            continue
        if index < header_end and item.kind == "short":
            if not review.author:
                review.author = _clean_line(line.text)
            continue  # other header lines: badges, the visit's type
        text.append(line.text)
    if anchor is None and not review.author and len(text) > 1 and _author_like(text[0]):
        review.author = _clean_line(text.pop(0))
    review.text = _clean_text("\n".join(text))
    review.reply = _clean_text("\n".join(reply))
    return review


def _anchor_kind(items: list[_Kinded]) -> str:
    """Dates anchor the reviews, or ratings where they are more (or as many and first):
    Dianping's copy reads author, stars, text, then the date."""
    counts = {"date": 0, "rating": 0}
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.kind in counts and not item.line.reply:
            counts[item.kind] += 1
            first.setdefault(item.kind, i)
    if counts["rating"] > counts["date"]:
        return "rating"
    if counts["rating"] == counts["date"] and first.get("rating", 1 << 30) < first.get("date", 0):
        return "rating"
    return "date"


def _split_by_anchors(items: list[_Kinded], now: datetime) -> list[PastedReview]:
    """Plain structure: each review has one date line (or one rating line, see
    ``_anchor_kind``); its header (author, badges) is the short lines just above it."""
    kind = _anchor_kind(items)
    anchors: list[int] = []
    since_reply: int | None = None  # lines since an answer label
    text_since_anchor = True
    for i, item in enumerate(items):
        if item.kind == "reply" or (item.line.reply and (i == 0 or not items[i - 1].line.reply)):
            since_reply = 0
        elif since_reply is not None:
            since_reply += 1
        if item.kind != kind:
            if item.kind in ("text", "reply") and anchors:
                text_since_anchor = True
            continue
        if item.line.reply or (kind == "date" and since_reply is not None and since_reply <= 1):
            continue  # the date of the practice's answer
        if anchors and not text_since_anchor and not item.chat:
            continue  # a second date in the same header ("visit 10.11", "added 12.11")
        anchors.append(i)
        text_since_anchor = False
        since_reply = None
    if not anchors:
        review = _assemble(items, None, now)
        return [] if review.is_empty() else [review]
    starts = []
    previous = -1
    for anchor in anchors:
        # the author is the nearest short line above the anchor, past badges and stars
        start = anchor
        j = anchor - 1
        while j > previous and anchor - j <= 4:
            k = items[j].kind
            if k == "short" and not items[j].line.reply:
                start = j
                break
            if k not in ("rating", "noise") and not (k == "date" and kind == "rating"):
                break
            j -= 1
        while start - 1 > previous and items[start - 1].kind == "rating" and kind == "date":
            start -= 1  # stars printed above the author
        starts.append(start)
        previous = anchor
    reviews: list[PastedReview] = []
    preamble = items[: starts[0]]
    if any(it.kind == "text" and len(it.line.text) >= 40 for it in preamble):
        head = _assemble(preamble, None, now)  # a review whose top the selection cut off
        if not head.is_empty():
            reviews.append(head)
    bounds = [*starts, len(items)]
    for n, anchor in enumerate(anchors):
        review = _assemble(items[bounds[n] : bounds[n + 1]], anchor - bounds[n], now)
        if not review.is_empty():
            reviews.append(review)
    return reviews


def _first_anchor(items: list[_Kinded]) -> int | None:
    for kind in ("date", "rating"):
        for i, item in enumerate(items):
            if item.kind == kind and not item.line.reply:
                return i
    return None


def _plain_lines(text: str) -> list[Line]:
    return [Line(line) for line in _text_lines(text)]


def _html_lines(html: str, now: datetime) -> tuple[list[Line], int]:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    boxes = _review_boxes(builder.root, now)
    numbered = {id(node): n for n, node in enumerate(boxes)}
    lines = _LineWriter(now).write(builder.root, numbered)
    return lines, len(boxes)


def plain_text(html: str) -> str:
    """The visible text of an HTML paste, one block per line (page code left out)."""
    builder = _TreeBuilder()
    builder.feed(html[:MAX_PASTE_CHARS])
    builder.close()
    return "\n".join(
        line.text for line in _LineWriter(datetime.now()).write(builder.root, {}) if line.text
    )


def _day_first(lines: Iterable[str]) -> bool:
    """Whether "05/11/2026" is 5 November: only a first number above 12 proves otherwise."""
    month_first = day_first = False
    for line in lines:
        for match in re.finditer(r"(?<![\d.])(\d{1,2})/(\d{1,2})/\d{2,4}", line):
            a, b = int(match.group(1)), int(match.group(2))
            day_first |= a > 12 >= b
            month_first |= b > 12 >= a
    return not (month_first and not day_first)


def parse_paste(
    html: str | None, text: str, *, now: datetime | None = None, own_names: Iterable[str] = ()
) -> PasteResult:
    """The reviews in a clipboard's contents (HTML preferred when it has any structure).

    ``own_names`` are the practice's own names (Settings' practice name): a message a
    practice's account sent in a chat is its answer to the message above, not a review."""
    now = (now or datetime.now()).replace(microsecond=0)
    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)
    result = PasteResult()
    html = html or ""
    text = text or ""
    if len(html) > MAX_PASTE_CHARS or len(text) > MAX_PASTE_CHARS:
        result.truncated = True
        html = "" if len(html) > MAX_PASTE_CHARS else html  # a cut tag tree would mislead
        text = text[:MAX_PASTE_CHARS]
    result.platform = guess_platform(html, text)
    reviews: list[PastedReview] = []
    if html.strip():
        lines, box_count = _html_lines(html, now)
        if not text.strip():
            text = "\n".join(line.text for line in lines if line.text)
        day_first = _day_first(line.text for line in lines)
        if box_count >= 2:
            per_box: list[list[Line]] = [[] for _ in range(box_count)]
            for line in lines:
                if line.box >= 0:
                    per_box[line.box].append(line)
            for box_lines in per_box:
                # a box is one review, or (a list copied in pages) holds several
                items = _classify(box_lines, now, day_first)
                found = _split_by_anchors(items, now)
                if len(found) <= 1:
                    whole = _assemble(items, _first_anchor(items), now)
                    found = [] if whole.is_empty() else [whole]
                reviews.extend(found)
        elif any(ln.rating is not None or ln.moment is not None for ln in lines):
            reviews = _split_by_anchors(_classify(lines, now, day_first), now)
        result.from_html = bool(reviews)
    if not reviews and text.strip():
        lines = _plain_lines(text)
        reviews = _split_by_anchors(_classify(lines, now, _day_first(ln.text for ln in lines)), now)
    result.reviews = _answers_folded(reviews, own_names)
    return result


def _answers_folded(reviews: list[PastedReview], own_names: Iterable[str]) -> list[PastedReview]:
    """The practice's own messages in a pasted chat ("[11月30日 下午3:20] 美好口腔: 您好…"):
    each is the answer of the message above it; one with nothing above is left out."""
    own = {name.strip().casefold() for name in own_names if name.strip()}
    if not own:
        return reviews
    kept: list[PastedReview] = []
    for review in reviews:
        if review.author.strip().casefold() not in own:
            kept.append(review)
        elif kept and review.text:
            above = kept[-1]
            above.reply = "\n".join(t for t in (above.reply, review.text) if t)
    return kept
