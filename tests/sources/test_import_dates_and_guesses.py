"""Every way the five languages write a review's date is read; no column guess ever takes
a picture for the review's link, a 1-3 class for stars, or a repeating id for the id."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinicrep.sources.csv_mapping import guess_mapping
from clinicrep.sources.csv_values import CellError, parse_date, read_date

WARSAW = ZoneInfo("Europe/Warsaw")
IST, MSK, CET, PST = (timezone(timedelta(minutes=m)) for m in (330, 180, 60, -480))
EXPORTED = datetime(2026, 4, 20, 9, 30, tzinfo=UTC)  # when the file was saved


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # ISO and local numeric forms
        ("2026-11-23", datetime(2026, 11, 23)),
        ("2026-11-23T10:00:00Z", datetime(2026, 11, 23, 10, tzinfo=UTC)),
        ("2024-8-15", datetime(2024, 8, 15)),  # gosom's unpadded form
        ("23.11.2026 14:05", datetime(2026, 11, 23, 14, 5)),  # ru, uk, pl
        ("23/11/2026", datetime(2026, 11, 23)),  # en-GB
        ("2026/11/23 14:05", datetime(2026, 11, 23, 14, 5)),  # zh
        ("2026年11月23日 14:05", datetime(2026, 11, 23, 14, 5)),
        ("2026年十一月23日", datetime(2026, 11, 23)),
        # month names
        ("Nov 23, 2026", datetime(2026, 11, 23)),
        ("23 November 2026, 2:05 PM", datetime(2026, 11, 23, 14, 5)),
        ("23 ноября 2026 г.", datetime(2026, 11, 23)),
        ("23 листопада 2026", datetime(2026, 11, 23)),
        ("23 października 2026", datetime(2026, 10, 23)),
        ("1 марта 2025, 10:15", datetime(2025, 3, 1, 10, 15)),
        ("5 травня 2025", datetime(2025, 5, 5)),
        ("5 maja 2025", datetime(2025, 5, 5)),
        # Unix seconds and milliseconds
        ("1742437287.522", datetime(2025, 3, 20, 2, 21, 27, tzinfo=UTC)),
        ("1742437287", datetime(2025, 3, 20, 2, 21, 27, tzinfo=UTC)),
        ("1742437287522", datetime(2025, 3, 20, 2, 21, 27, tzinfo=UTC)),
        # time-zone abbreviations, names and offsets
        ("26-05-2026 08:56 AM IST", datetime(2026, 5, 26, 8, 56, tzinfo=IST)),
        ("23.11.2026 10:00 MSK", datetime(2026, 11, 23, 10, tzinfo=timezone(timedelta(hours=3)))),
        ("2026-11-23 10:00 CET", datetime(2026, 11, 23, 10, tzinfo=CET)),
        ("Nov 23, 2026 10:00 PM PST", datetime(2026, 11, 23, 22, tzinfo=PST)),
        ("23.11.2026 10:00 Europe/Warsaw", datetime(2026, 11, 23, 10, tzinfo=WARSAW)),
        ("2026-11-23 10:00 GMT+3", datetime(2026, 11, 23, 10, tzinfo=timezone(timedelta(hours=3)))),
        ("2026-11-23 10:00 +01:00", datetime(2026, 11, 23, 10, tzinfo=CET)),
    ],
)  # fmt: skip
def test_each_date_form_is_read(cell: str, expected: datetime) -> None:
    reading = read_date(cell)
    assert reading.moment == expected and not reading.approximate


def _days_before_export(days: int) -> datetime:
    local_day = (EXPORTED - timedelta(days=days)).astimezone()
    return local_day.replace(hour=0, minute=0, second=0, microsecond=0)  # the day, no time


@pytest.mark.parametrize(
    ("cell", "days"),
    [
        ("3 days ago", 3), ("a week ago", 7), ("2 weeks ago", 14), ("yesterday", 1),
        ("4 дня назад", 4), ("неделю назад", 7), ("вчера", 1), ("2 недели назад", 14),
        ("2 тижні тому", 14), ("тиждень тому", 7), ("3 дні тому", 3), ("вчора", 1),
        ("tydzień temu", 7), ("3 dni temu", 3), ("2 tygodnie temu", 14), ("wczoraj", 1),
        ("3天前", 3), ("2周前", 14), ("昨天", 1), ("前天", 2),
    ],
)  # fmt: skip
def test_relative_dates_in_five_languages_count_back_from_the_export(cell: str, days: int) -> None:
    reading = read_date(cell, reference=EXPORTED)
    assert reading.approximate
    assert reading.moment == _days_before_export(days)


@pytest.mark.parametrize(
    ("cell", "year", "month"),
    [
        ("год назад", 2025, 4), ("5 месяцев назад", 2025, 11), ("месяц назад", 2026, 3),
        ("рік тому", 2025, 4), ("3 місяці тому", 2026, 1),
        ("rok temu", 2025, 4), ("2 miesiące temu", 2026, 2),
        ("a year ago", 2025, 4), ("2 months ago", 2026, 2),
        ("1年前", 2025, 4), ("3个月前", 2026, 1),
    ],
)  # fmt: skip
def test_months_and_years_ago_are_calendar_months(cell: str, year: int, month: int) -> None:
    reading = read_date(cell, reference=EXPORTED)
    assert reading.approximate
    local = reading.moment.astimezone()
    assert (local.year, local.month, local.day) == (year, month, 20)


def test_hours_ago_keeps_the_time() -> None:
    for cell in ("2 hours ago", "2 часа назад", "2 години тому", "2 godziny temu", "2小时前"):
        assert read_date(cell, reference=EXPORTED).moment == EXPORTED - timedelta(hours=2), cell


@pytest.mark.parametrize(
    "cell", ["someday", "in the last week", "12345", "99.99.2026", "2026-13-40", "x" * 500]
)
def test_what_is_not_a_date_is_reported_not_guessed(cell: str) -> None:
    with pytest.raises(CellError):
        parse_date(cell)


# -- property tests: what a guess must never take ----------------------------------------
names = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu")), min_size=2, max_size=12)
long_texts = st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Zs")), min_size=25, max_size=80
).filter(lambda t: len(t.split()) >= 2)
image_urls = st.builds(
    lambda host, n, ext: f"https://{host}/photos/{n}.{ext}",
    st.sampled_from(["avatars.mds.yandex.net", "lh3.googleusercontent.com", "img.example.org"]),
    st.integers(1, 10**9),
    st.sampled_from(["jpg", "png", "webp"]),
)
HEADER_NAMES = st.sampled_from(
    ["link", "url", "col", "x", "photo", "icon_href", "image", "ссылка", "odnośnik", "链接"]
)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@PROPERTY
@given(st.lists(st.tuples(image_urls, names, long_texts), min_size=1, max_size=12), HEADER_NAMES)
def test_no_guess_takes_a_picture_as_the_reviews_link(
    rows: list[tuple[str, str, str]], name: str
) -> None:
    mapping = guess_mapping([name, "author", "text"], [list(r) for r in rows])
    assert mapping.url != name


@PROPERTY
@given(
    st.lists(st.tuples(st.integers(1, 3), long_texts), min_size=2, max_size=20),
    st.sampled_from(["rank_level", "class", "level", "kategoria", "тип", "类别", "col"]),
)
def test_no_guess_takes_a_one_to_three_class_for_stars(
    rows: list[tuple[int, str]], name: str
) -> None:
    mapping = guess_mapping([name, "comment"], [[str(c), t] for c, t in rows])
    assert mapping.rating != name


@PROPERTY
@given(
    st.lists(st.tuples(names, st.integers(1, 5), long_texts), min_size=2, max_size=20),
    st.sampled_from(["id", "place_id", "ID", "review_id", "identyfikator", "编号"]),
    st.data(),
)
def test_no_guess_takes_an_id_that_repeats_for_different_reviews(
    rows: list[tuple[str, int, str]], name: str, data: st.DataObject
) -> None:
    ids = [f"ChIJ{i}" for i in range(len(rows))]
    i = data.draw(st.integers(1, len(rows) - 1))
    ids[i] = ids[0]  # two different reviews (other author, rating, text) with one id
    if rows[i][0] == rows[0][0] or rows[i][2] == rows[0][2] or rows[i][1] == rows[0][1]:
        return  # an edited review may repeat its id; these must differ in every column
    mapping = guess_mapping(
        [name, "author", "rating", "text"], [[ids[k], *map(str, r)] for k, r in enumerate(rows)]
    )
    assert mapping.id != name
