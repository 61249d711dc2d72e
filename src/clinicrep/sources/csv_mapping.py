"""Which column of a saved review table holds what: guessed from names, then from content.

Header names are matched in en, ru, uk, pl and zh ("Дата", "Ocena", "评论" ...). Columns
no name explains are guessed from what they hold (dates, ratings, links, long text).
A file without a header row gets the column names "1", "2", ...; the mapping names
columns, not positions, so a remembered mapping survives a re-export with new columns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from clinicrep.sources.csv_values import CellError, clean_url, parse_date, parse_rating

FIELDS = ("id", "url", "date", "rating", "reply", "title", "author", "text")

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
        "评论", "内容", "评价", "点评", "评论内容",
    ),
}  # fmt: skip

_CJK = re.compile(r"[\u3400-\u9fff]")


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
    has_header: bool = True
    # Decided per file when None: "05/11/2026" order, and the scale of bare numbers.
    day_first: bool | None = None
    rating_scale: float | None = None

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
        kept.pop("day_first", None)
        kept.pop("rating_scale", None)
        return kept

    @classmethod
    def from_settings(cls, data: Mapping[str, Any]) -> ColumnMapping:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[\s_\-:.*#№()\[\]\"']+", " ", name.casefold()).split())


_NORMALISED_NAMES = {f: tuple(_norm(n) for n in names) for f, names in _NAMES.items()}


def _name_matches(header: str, name: str) -> bool:
    """Whole-word match ("Review date" has "date"; "Update" does not); substring for CJK."""
    if header == name:
        return True
    if _CJK.search(name):
        return name in header
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", header) is not None


def headerless_names(width: int) -> list[str]:
    return [str(i + 1) for i in range(width)]


def guess_mapping(header: list[str], sample_rows: Sequence[Sequence[str]]) -> ColumnMapping:
    """The likely meaning of each column, from the header names and the sample rows.

    If no header name means anything and the first row holds data (a date, a link, a
    rating next to text), the file is taken to have no header row at all.
    """
    mapping = ColumnMapping()
    names = [_norm(h) for h in header]
    taken: set[int] = set()
    for exact in (True, False):
        for field in FIELDS:
            if getattr(mapping, field):
                continue
            for i, name in enumerate(names):
                if i in taken or not name:
                    continue
                candidates = _NORMALISED_NAMES[field]
                hit = (
                    name in candidates if exact else any(_name_matches(name, c) for c in candidates)
                )
                if hit:
                    setattr(mapping, field, header[i])
                    taken.add(i)
                    break
    if not taken and _looks_like_data(header):
        # The first line is data: judge it with the rest, under names "1", "2", ...
        mapping.has_header = False
        sample_rows = [header, *sample_rows]
        header = headerless_names(max(len(r) for r in sample_rows))
    _guess_from_content(mapping, header, sample_rows, taken)
    return mapping


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


def _share(values: list[str], test: Any) -> float:
    if not values:
        return 0.0
    good = 0
    for v in values:
        try:
            if test(v):
                good += 1
        except CellError:
            pass
    return good / len(values)


def _guess_from_content(
    mapping: ColumnMapping, header: list[str], rows: Sequence[Sequence[str]], taken: set[int]
) -> None:
    free = [i for i in range(len(header)) if i not in taken]
    columns = {i: _column(rows, i) for i in free}

    def claim(field: str, i: int) -> None:
        setattr(mapping, field, header[i])
        free.remove(i)

    if not mapping.url:
        for i in list(free):
            if columns[i] and _share(columns[i], clean_url) >= 0.8:
                claim("url", i)
                break
    if not mapping.date:
        for i in list(free):
            if columns[i] and _share(columns[i], lambda v: parse_date(v) is not None) >= 0.8:
                claim("date", i)
                break
    if not mapping.rating:
        for i in list(free):
            values = columns[i]
            short = all(len(v) <= 12 for v in values)
            if (
                values
                and short
                and _share(values, lambda v: parse_rating(v, 10) is not None) >= 0.8
            ):
                claim("rating", i)
                break
    lengths = {i: sum(len(v) for v in columns[i]) / max(1, len(columns[i])) for i in free}
    if not mapping.text and free:
        longest = max(free, key=lambda i: lengths[i])
        if lengths[longest] > 0:
            claim("text", longest)
    if not mapping.author:
        for i in sorted(free, key=lambda i: lengths[i]):
            values = columns[i]
            if values and all(len(v) <= 80 and re.search(r"[^\W\d_]", v) for v in values):
                claim("author", i)
                break
