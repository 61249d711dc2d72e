"""Which column of a saved review table holds what, judged by names *and* values.

Header names are matched in en, ru, uk, pl and zh ("Дата", "Ocena", "评论" ...), and every
column is also judged by what it holds: dates that parse, stars in 1–5 (or 0.5 steps),
ids unique per row, long varied text, web links that are not pictures, language codes.
A value check can veto a name ("place_id" repeats, so it is no review id; "rank_level"
holds classes 1–3, not stars; an avatar URL is no review link). Each choice keeps its
reason, shown in the import dialog and by ``clinicrep import --dry-run``. Presets for
the exports practices meet (Yandex Maps, Google Maps scrapers, Dianping, ZnanyLekarz,
ProDoctorov, 2GIS, Doc.ua/Helsi, Ceneo-style lists) are recognised from the header and
the links in the rows. A file without a header row gets the column names "1", "2", ...;
the mapping names columns, not positions, so it survives a re-export with new columns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import cache, lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from clinicrep.model import Platform
from clinicrep.sources.csv_values import CellError, clean_url, parse_date, parse_rating

FIELDS = ("id", "url", "date", "rating", "reply", "title", "author", "text", "language")

# Names per field, casefolded. Order of FIELDS decides who wins a header both could
# claim ("Review ID" is an id, "Review date" a date, "Review" alone the text).
_NAMES: dict[str, tuple[str, ...]] = {
    "id": (
        "id", "review id", "review_id", "reviewid", "identifier", "uid", "идентификатор",
        "id отзыва", "ідентифікатор", "id відгуку", "identyfikator", "id opinii", "编号",
        "评论id", "id号",
    ),
    "url": (
        "url", "link", "href", "review url", "review link", "permalink", "ссылка", "адрес",
        "посилання", "odnośnik", "adres", "链接", "网址",
    ),
    "date": (
        "date", "time", "datetime", "timestamp", "created", "created at", "created_at",
        "posted", "published", "review date", "дата", "время", "дата публикации",
        "дата отзыва", "дата и время", "дата і час", "час", "дата відгуку", "data",
        "data dodania", "data opinii", "data wystawienia", "czas", "日期", "时间", "发布时间",
        "评论时间", "点评时间",
    ),
    "rating": (
        "rating", "stars", "star", "score", "grade", "mark", "rate", "review rating",
        "оценка", "рейтинг", "звезды", "звёзды", "балл", "баллы", "оцінка", "зірки", "бал",
        "ocena", "gwiazdki", "gwiazdek", "punkty", "评分", "星级", "打分", "分数", "评级",
    ),
    "reply": (
        "reply", "response", "answer", "owner response", "owner reply", "business response",
        "ответ", "ответ клиники", "ответ владельца", "відповідь", "відповідь клініки",
        "odpowiedź", "odpowiedz", "odpowiedź placówki", "回复", "商家回复", "回应",
    ),
    "title": ("title", "subject", "headline", "заголовок", "тема", "tytuł", "tytul", "标题"),
    "author": (
        "author", "name", "reviewer", "user", "username", "user name", "customer", "patient",
        "nickname", "автор", "имя", "пользователь", "пациент", "ім'я", "імя", "користувач",
        "пацієнт", "autor", "imię", "imie", "użytkownik", "uzytkownik", "pacjent", "作者",
        "用户", "姓名", "昵称", "用户名", "评论人", "患者",
    ),
    "text": (
        "text", "review", "review text", "comment", "comments", "body", "content", "opinion",
        "feedback", "message", "отзыв", "текст", "текст отзыва", "комментарий", "відгук",
        "текст відгуку", "коментар", "treść", "tresc", "opinia", "komentarz", "recenzja",
        "评论", "内容", "评价", "点评", "评论内容", "contents", "description", "review body",
        "comment text", "opinion text", "treść opinii",
    ),
    "language": ("language", "lang", "locale", "язык", "мова", "język", "jezyk", "语言"),
}  # fmt: skip
# Names of columns about the place, the scraper or the product, never the review itself.
_NOT_REVIEW = re.compile(
    r"\b(?:place|venue|business|location|address|category|store|shop|product|venue|"
    r"scraped|scrape|fetched|inserted|updated|purchase|profile|icon|avatar|photo|image|"
    r"images|picture|thumbnail|sentiment|votes?|useful|useless)\b|_at$"
)
# Storage times: used as the review's date only when nothing better is there.
_STORAGE_TIME = re.compile(r"\b(?:created|updated|scraped|fetched|inserted|saved|crawled)\b")

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why ``column`` was (``chosen``) or was not taken as ``field``: a code and its facts."""

    field: str
    column: str
    code: str
    detail: str = ""
    chosen: bool = True

    def text(self) -> str:
        """One translated sentence (the dialog shows it beside the column's choice)."""
        return reason_text(self)


@dataclass(slots=True)
class ColumnMapping:
    """Header name of the column for each field (None: the file has no such column)."""

    date: str | None = None
    author: str | None = None
    rating: str | None = None
    text: str | None = None
    url: str | None = None
    id: str | None = None
    title: str | None = None
    reply: str | None = None
    language: str | None = None
    has_header: bool = True
    # Decided per file when None: "05/11/2026" order, and the scale of bare numbers.
    day_first: bool | None = None
    rating_scale: float | None = None
    # Why each column was chosen (or a likely one refused), for the dialog and --dry-run.
    reasons: list[Reason] = field(default_factory=list, compare=False)
    preset: str = ""  # the export recognised ("yandex_maps", "gosom", ...), "" if none

    def columns(self) -> dict[str, str]:
        """{field: header name} of the mapped fields."""
        return {f: getattr(self, f) for f in FIELDS if getattr(self, f)}

    def indexes(self, header: Sequence[str]) -> dict[str, int]:
        """{field: column index} in a file with this ``header`` (unknown names left out)."""
        position: dict[str, int] = {}
        for i, name in enumerate(header):
            position.setdefault(_norm(name), i)
        return {f: position[_norm(n)] for f, n in self.columns().items() if _norm(n) in position}

    def fits(self, header: Sequence[str]) -> bool:
        """Whether every mapped column is in ``header`` and text or rating is among them."""
        found = self.indexes(header)
        return len(found) == len(self.columns()) and bool({"text", "rating"} & found.keys())

    def to_settings(self) -> dict[str, Any]:
        """What ``source.settings["csv_mapping"]`` keeps (per-file decisions left out)."""
        kept = {k: v for k, v in asdict(self).items() if v is not None}
        for transient in ("day_first", "rating_scale", "reasons", "preset"):
            kept.pop(transient, None)
        return kept

    @classmethod
    def from_settings(cls, data: Mapping[str, Any]) -> ColumnMapping:
        known = {f.name for f in fields(cls)} - {"reasons"}
        return cls(**{k: v for k, v in data.items() if k in known})


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[\s_\-:.*#№()\[\]\"']+", " ", name.casefold()).split())


_NORMALISED_NAMES = {f: tuple(_norm(n) for n in names) for f, names in _NAMES.items()}


@cache
def _name_pattern(field_name: str) -> re.Pattern[str] | None:
    """One pattern finding any of a field's names in a header: a whole word ("Review date"
    has "date"; "Update" does not), or anywhere for a name in Chinese characters. Built
    once: a pattern made and searched per name and column took a sheet of 16,384 columns
    5 million ``re.escape`` and ``re.search`` calls."""
    parts = [
        re.escape(n) if _CJK.search(n) else rf"(?<!\w){re.escape(n)}(?!\w)"
        for n in sorted(_NORMALISED_NAMES[field_name], key=len, reverse=True)
        if n
    ]
    return re.compile("|".join(parts)) if parts else None


def headerless_names(width: int) -> list[str]:
    return [str(i + 1) for i in range(width)]


# -- what a column's values look like ------------------------------------------------
_IMAGE_URL = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|bmp|ico)(?:[?#]|$)|avatar|yapic|googleusercontent|"
    r"/photos?/|/images?/|/img/|dpfile|=s\d+-|[=/-]w\d+-h\d+",
    re.IGNORECASE,
)
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
_DECIMAL = re.compile(r"^\d+[.,](\d+)$")


@dataclass(slots=True)
class ColumnFacts:
    """What the sample says about one column's values."""

    values: list[str]
    dates: float = 0.0  # share that parse as dates
    relative_dates: float = 0.0
    with_time: float = 0.0
    urls: float = 0.0
    image_urls: float = 0.0
    ratings: float = 0.0  # share readable as a 1–5 (or 10-point) rating
    class_like: bool = False  # integers within 1–3 only
    average_like: bool = False  # decimals such as 4.3: a place's average, not one review
    unique: float = 0.0  # distinct values / values
    row_numbers: bool = False  # 0, 1, 2 ... or 1, 2, 3 ...
    languages: float = 0.0
    length: float = 0.0  # average characters
    json_like: float = 0.0
    letters: float = 0.0  # share with a letter in them
    constant: bool = False
    repeats_differ: bool = False  # a repeated value stands for rows that differ a lot


def column_facts(values: list[str]) -> ColumnFacts:
    facts = ColumnFacts(values)
    if not values:
        return facts
    n = len(values)

    def share(test: Any) -> float:
        good = 0
        for v in values:
            try:
                if test(v):
                    good += 1
            except CellError:
                pass
        return good / n

    facts.dates = share(_is_date)
    facts.relative_dates = share(_is_relative)
    facts.with_time = share(lambda v: re.search(r"\d[:：]\d\d|^\d{9,13}(?:\.\d+)?$", v))
    facts.urls = share(lambda v: bool(clean_url(v)))
    facts.image_urls = share(lambda v: bool(clean_url(v)) and bool(_IMAGE_URL.search(v)))
    facts.ratings = share(lambda v: len(v) <= 12 and parse_rating(v, 10) is not None)
    numbers = [_plain(v) for v in values]
    if all(x is not None for x in numbers):
        facts.class_like = all(x in (1.0, 2.0, 3.0) for x in numbers)
        decimals = [m.group(1) for m in (_DECIMAL.match(v) for v in values) if m]
        facts.average_like = any(d.rstrip("0") not in ("", "5") for d in decimals)
        ints = sorted(int(x) for x in numbers if x is not None and float(x).is_integer())
        facts.row_numbers = (
            len(ints) == n >= 2 and ints == list(range(ints[0], ints[0] + n)) and ints[0] in (0, 1)
        )
    facts.unique = len(set(values)) / n
    facts.constant = len(set(values)) == 1 and n > 1
    facts.languages = share(lambda v: bool(_LANGUAGE_CODE.match(v)) and len(v) <= 7)
    facts.length = sum(len(v) for v in values) / n
    facts.json_like = share(lambda v: v[:1] in "[{" and v[-1:] in "]}")
    facts.letters = share(lambda v: re.search(r"[^\W\d_]", v) is not None)
    return facts


def _plain(value: str) -> float | None:
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


# A wide sheet's sample holds tens of thousands of cells, many alike (empty-looking
# fillers, repeated codes): each value is read as a date once.
@lru_cache(maxsize=65_536)
def _is_date(value: str) -> bool:
    try:
        parse_date(value)
    except CellError:
        try:
            parse_date(value, day_first=False)  # "11/23/2026"
        except CellError:
            return False
    return True


@lru_cache(maxsize=65_536)
def _is_relative(value: str) -> bool:
    from clinicrep.sources.csv_values import read_date

    try:
        return read_date(value).approximate
    except CellError:
        return False


# -- scoring one column for one field --------------------------------------------------
def _name_points(field_name: str, norm: str) -> int:
    candidates = _NORMALISED_NAMES[field_name]
    if norm in candidates:
        return 4
    pattern = _name_pattern(field_name)
    if norm and pattern is not None and pattern.search(norm):
        return 2
    return 0


def _score(field_name: str, norm: str, f: ColumnFacts) -> tuple[float, str, str]:
    """(points, reason code, detail); points <= 0 means "not this field"."""
    named = _name_points(field_name, norm)
    about_place = bool(_NOT_REVIEW.search(norm))
    has_values = bool(f.values)
    if about_place and named < 4:
        named = 0
    if field_name == "url":
        if has_values and f.image_urls >= 0.5:
            return -1, "image_urls", ""
        if about_place:  # a reviewer's profile or the place's page, not the review
            return -1, "", ""
        if has_values and f.urls < 0.8:
            return (-1, "", "") if not named else (named - 1, "name", "")
        if has_values and f.unique < 0.5:
            return -1, "same_link", ""
        return named + 2 * f.urls, "urls" if f.urls >= 0.8 else "name", ""
    if field_name == "date":
        if has_values and f.dates < 0.8 and named < 4:
            return -1, "", ""
        points = named + 3 * f.dates + 2 * f.with_time  # an exact time beats a day
        if _STORAGE_TIME.search(norm):
            return points - 3.5, "storage_time", ""
        if re.search(r"\b(?:review|comment|posted|published|issue|when)\b", norm):
            points += 1
        if f.constant:
            points -= 1
        return points, "dates" if has_values else "name", ""
    if field_name == "rating":
        if has_values and named == 4 and not f.class_like and not f.row_numbers:
            return named + 2 * f.ratings, "name", ""  # unreadable values: reported per row
        if has_values and (f.ratings < 0.8 or f.length > 12):
            return -1, "", ""
        if has_values and f.row_numbers:
            return -1, "", ""
        if has_values and f.class_like and named < 4:
            return -1, "class_column", ""
        if has_values and f.average_like and named < 4:
            return -1, "average", ""
        if has_values and f.unique > 0.9 and len(f.values) >= 10:
            return -1, "", ""
        if not named and has_values and f.constant:
            return -1, "", ""
        return named + 2 * f.ratings, "ratings" if has_values else "name", ""
    if field_name == "id":
        if has_values and f.repeats_differ:
            return -1, "ids_repeat", ""
        if has_values and f.row_numbers:
            return -1, "row_numbers", ""
        if has_values and (f.length > 80 or f.urls > 0.5):
            return -1, "", ""
        if not named:
            return -1, "", ""  # a unique column is an id only when named so
        return named + 1, "unique_ids" if has_values else "name", ""
    if field_name == "language":
        if has_values and f.languages >= 0.9:
            return named + 3, "language_codes", ""
        return (named - 1, "name", "") if named and not has_values else (-1, "", "")
    # text-like fields: text, reply, title, author
    if has_values and (f.urls > 0.5 or f.json_like > 0.5 or f.dates > 0.8 or f.letters < 0.5):
        return -1, "", ""
    if has_values and f.languages >= 0.9 and f.length <= 7:
        return -1, "", ""
    if field_name == "text":
        if about_place and named < 4:
            return -1, "", ""
        points = named + min(3.0, f.length / 40) + f.unique
        return points, "long_text" if has_values and not named else "name", ""
    if field_name == "author":
        if has_values and f.length > 60:
            return -1, "", ""
        if not named:  # short words with letters, varied: names
            if has_values and f.length <= 40 and f.letters >= 0.9 and not f.constant:
                return 0.5 + 0.5 * f.unique, "short_names", ""
            return -1, "", ""
        return named + 1, "name", ""
    if not named:  # reply, title: by name only (their values look like any text)
        return -1, "", ""
    return named, "name", ""


def guess_mapping(
    header: list[str], sample_rows: Sequence[Sequence[str]], *, preset: Preset | None = None
) -> ColumnMapping:
    """The likely meaning of each column, from the header names and the sample rows,
    with the reason for each choice in ``mapping.reasons``.

    If no header name means anything and the first row holds data (a date, a link, a
    rating next to text), the file is taken to have no header row at all.
    """
    mapping = ColumnMapping()
    names = [_norm(h) for h in header]
    if not any(_name_points(f, n) for f in FIELDS for n in names) and _looks_like_data(header):
        mapping.has_header = False
        sample_rows = [header, *sample_rows]
        header = headerless_names(max(len(r) for r in sample_rows))
        names = list(header)
    facts = [column_facts(_column(sample_rows, i)) for i in range(len(header))]
    for i, f in enumerate(facts):
        f.repeats_differ = f.unique < 1.0 and _repeats_differ(sample_rows, i)
    fixed = dict(preset.columns) if preset else {}
    preset_name = preset.label() if preset else ""
    taken: set[int] = set()
    for field_name, column in fixed.items():
        if column is None:
            continue
        index = _index_of(header, column)
        if index is not None:
            setattr(mapping, field_name, header[index])
            taken.add(index)
            mapping.reasons.append(Reason(field_name, header[index], "preset", preset_name))
    scored: list[tuple[float, int, str, int, str]] = []
    for i, norm in enumerate(names):
        if not norm and not facts[i].values:
            continue  # no name and nothing in the sample: no field (a sheet's empty columns)
        for order, field_name in enumerate(FIELDS):
            points, code, detail = _score(field_name, norm, facts[i])
            if points > 0:
                scored.append((points, -order, field_name, i, code))
            elif code and _name_points(field_name, norm) or code in ("image_urls", "class_column"):
                mapping.reasons.append(Reason(field_name, header[i], code, detail, chosen=False))
    scored.sort(reverse=True)
    for points, _order, field_name, i, code in scored:
        if field_name in fixed or getattr(mapping, field_name) or i in taken:
            continue
        if field_name == "text" and points < 1.5:
            continue
        setattr(mapping, field_name, header[i])
        taken.add(i)
        mapping.reasons.append(Reason(field_name, header[i], code))
    if mapping.reply and not mapping.text:  # a lone "answer" column is the review's text
        mapping.text, mapping.reply = mapping.reply, None
    if preset is not None:
        mapping.preset = preset.key
    chosen = {(r.field, r.column) for r in mapping.reasons if r.chosen}
    mapping.reasons = [
        r
        for r in mapping.reasons
        if r.chosen
        and getattr(mapping, r.field) == r.column
        or not r.chosen
        and (r.field, r.column) not in chosen
        and getattr(mapping, r.field) != r.column
    ]
    return mapping


def _repeats_differ(rows: Sequence[Sequence[str]], i: int) -> bool:
    """Whether rows sharing a value of column ``i`` differ in more than two other columns
    (an id repeated for an edited review differs in its text and rating only)."""
    first: dict[str, Sequence[str]] = {}
    for row in rows:
        if i >= len(row) or not row[i].strip():
            continue
        earlier = first.setdefault(row[i].strip(), row)
        if earlier is row:
            continue
        width = max(len(row), len(earlier))
        differing = sum(
            1
            for j in range(width)
            if j != i
            and (row[j] if j < len(row) else "") != (earlier[j] if j < len(earlier) else "")
        )
        if differing > 2:
            return True
    return False


def _index_of(header: Sequence[str], column: str) -> int | None:
    target = _norm(column)
    for i, name in enumerate(header):
        if _norm(name) == target:
            return i
    return None


def _looks_like_data(row: Sequence[str]) -> bool:
    for cell in row:
        if clean_url(cell):
            return True
        try:
            parse_date(cell)
            return True
        except CellError:
            pass
    return False


def _column(rows: Sequence[Sequence[str]], i: int) -> list[str]:
    return [r[i].strip() for r in rows if i < len(r) and r[i].strip()]


# -- presets -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Preset:
    """An export format practices meet, recognised by its header or its links."""

    key: str
    platform: Platform
    columns: tuple[tuple[str, str | None], ...] = ()  # fixed choices; None: never used
    header: frozenset[str] = frozenset()  # all of these names (normalised) in the header
    domains: tuple[str, ...] = ()  # or a link to one of these in the rows

    def label(self) -> str:
        return preset_label(self.key)


PRESETS: tuple[Preset, ...] = (
    Preset("yandex_maps", Platform.YANDEX,
           (("author", "name"), ("date", "date"), ("text", "text"), ("rating", "stars"),
            ("reply", "answer")),
           frozenset({"name", "icon href", "date", "text", "stars"}),
           ("yandex.ru/maps", "yandex.com/maps", "yandex.ua/maps", "yandex.by/maps")),
    Preset("gosom", Platform.GOOGLE,
           (("author", "Name"), ("rating", "Rating"), ("text", "Description"), ("date", "When"),
            ("url", None)),
           frozenset({"name", "rating", "description", "when", "profilepicture"})),
    # Outscraper's Google Maps reviews export (its documented columns)
    Preset("outscraper", Platform.GOOGLE,
           (("text", "review_text"), ("rating", "review_rating"), ("author", "author_title"),
            ("date", "review_timestamp"), ("reply", "owner_answer"), ("id", "review_id"),
            ("url", "review_link"), ("title", None)),
           frozenset({"review text", "review rating", "author title"})),
    # Apify's Google Maps Reviews Scraper (its dataset fields)
    Preset("apify", Platform.GOOGLE,
           (("text", "text"), ("rating", "stars"), ("author", "name"),
            ("date", "publishedAtDate"), ("reply", "responseFromOwnerText"), ("id", "reviewId"),
            ("url", "reviewUrl"), ("title", None)),
           frozenset({"reviewid", "stars", "text", "publishedatdate"})),
    # Google Takeout / Business Profile reviews.json ({"reviews": [...]})
    Preset("google_takeout", Platform.GOOGLE,
           (("text", "comment"), ("rating", "starRating"), ("author", "reviewer.displayName"),
            ("date", "createTime"), ("reply", "reviewReply.comment"), ("id", "reviewId")),
           frozenset({"reviewer displayname", "starrating", "createtime"})),
    Preset("google_maps", Platform.GOOGLE, (),
           frozenset(), ("google.com/maps", "maps.google.", "goo.gl/maps")),
    Preset("dianping", Platform.DIANPING,
           (("author", "username"), ("text", "comment"), ("date", "comment_at"), ("id", None),
            ("rating", None)),
           frozenset({"username", "comment", "rank level", "comment at"}), ("dianping.com",)),
    Preset("znanylekarz", Platform.ZNANYLEKARZ, (), frozenset(),
           ("znanylekarz.pl", "doctoralia.", "docplanner.", "doktortakvimi.com", "jameda.de")),
    Preset("prodoctorov", Platform.PRODOCTOROV, (), frozenset(), ("prodoctorov.ru",)),
    Preset("2gis", Platform.TWOGIS, (), frozenset(), ("2gis.",)),
    Preset("docua", Platform.DOCUA, (), frozenset(), ("doc.ua",)),
    Preset("helsi", Platform.HELSI, (), frozenset(), ("helsi.me",)),
    Preset("ceneo", Platform.OTHER, (("title", None),),
           frozenset({"author", "stars", "content", "opinion id"}), ("ceneo.pl",)),
    Preset("ceneo", Platform.OTHER, (("title", None),),
           frozenset({"author", "score", "contents", "recommended"})),
    Preset("ceneo", Platform.OTHER, (("title", None),),
           frozenset({"author", "score", "contents", "recommendation"})),
)  # fmt: skip


def recognise_preset(header: Sequence[str], sample_rows: Sequence[Sequence[str]]) -> Preset | None:
    """The export format ``header`` (and the links in the rows) belong to, if known."""
    names = {_norm(h) for h in header}
    for preset in PRESETS:
        if preset.header and preset.header <= names:
            return preset
    links = " ".join(c for row in sample_rows[:20] for c in row if "://" in c or "www." in c)
    links = links.casefold()
    for preset in PRESETS:
        if preset.domains and any(d in links for d in preset.domains):
            return preset
    return None


def preset_label(key: str) -> str:
    labels = {
        "yandex_maps": QCoreApplication.translate("CsvMapping", "Yandex Maps reviews"),
        "gosom": QCoreApplication.translate(
            "CsvMapping", "Google Maps places with their reviews (google-maps-scraper)"
        ),
        "google_maps": QCoreApplication.translate("CsvMapping", "Google Maps reviews"),
        "outscraper": QCoreApplication.translate(
            "CsvMapping", "Google Maps reviews exported by Outscraper"
        ),
        "apify": QCoreApplication.translate("CsvMapping", "Google Maps reviews exported by Apify"),
        "google_takeout": QCoreApplication.translate(
            "CsvMapping", "Google Business Profile reviews (Google Takeout)"
        ),
        "dianping": QCoreApplication.translate("CsvMapping", "Dianping reviews"),
        "znanylekarz": QCoreApplication.translate(
            "CsvMapping", "ZnanyLekarz / Doctoralia opinions"
        ),
        "prodoctorov": QCoreApplication.translate("CsvMapping", "ProDoctorov reviews"),
        "2gis": QCoreApplication.translate("CsvMapping", "2GIS reviews"),
        "docua": QCoreApplication.translate("CsvMapping", "Doc.ua reviews"),
        "helsi": QCoreApplication.translate("CsvMapping", "Helsi reviews"),
        "ceneo": QCoreApplication.translate("CsvMapping", "Ceneo-style opinion list"),
    }
    return labels.get(key, key)


def reason_text(reason: Reason) -> str:
    """Why a column was chosen or refused, as one translated sentence."""
    column = reason.column
    code = reason.code
    if code == "preset":
        return QCoreApplication.translate("CsvMapping", "“{column}”: as in {preset}.").format(
            column=column, preset=reason.detail
        )
    if code == "name":
        return QCoreApplication.translate("CsvMapping", "“{column}”: by its name.").format(
            column=column
        )
    texts = {
        "dates": QCoreApplication.translate("CsvMapping", "“{column}”: its values are dates."),
        "urls": QCoreApplication.translate(
            "CsvMapping", "“{column}”: its values are web links, one per review."
        ),
        "ratings": QCoreApplication.translate(
            "CsvMapping", "“{column}”: its values are ratings (stars)."
        ),
        "unique_ids": QCoreApplication.translate(
            "CsvMapping", "“{column}”: its values are different in every row."
        ),
        "language_codes": QCoreApplication.translate(
            "CsvMapping", "“{column}”: its values are language codes."
        ),
        "short_names": QCoreApplication.translate(
            "CsvMapping", "“{column}”: its values are short and varied, like names."
        ),
        "long_text": QCoreApplication.translate(
            "CsvMapping", "“{column}”: it holds the longest, most varied text."
        ),
        "image_urls": QCoreApplication.translate(
            "CsvMapping", "“{column}” was not used: its links are pictures."
        ),
        "same_link": QCoreApplication.translate(
            "CsvMapping", "“{column}” was not used: the same link repeats in many rows."
        ),
        "storage_time": QCoreApplication.translate(
            "CsvMapping", "“{column}” was not used: it is when the file was saved, not the review."
        ),
        "class_column": QCoreApplication.translate(
            "CsvMapping", "“{column}” was not used: values 1–3 are classes, not stars."
        ),
        "average": QCoreApplication.translate(
            "CsvMapping", "“{column}” was not used: values like 4.3 are averages, not one review."
        ),
        "ids_repeat": QCoreApplication.translate(
            "CsvMapping",
            "“{column}” was not used as the review ID: its values repeat; reviews are told "
            "apart by their content.",
        ),
        "row_numbers": QCoreApplication.translate(
            "CsvMapping", "“{column}” was not used as the review ID: it only numbers the rows."
        ),
    }
    template = texts.get(code) or QCoreApplication.translate("CsvMapping", "“{column}”.")
    return template.format(column=column)
