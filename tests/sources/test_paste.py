"""What a receptionist copies off a review page is split into the reviews it shows: authors,
dates, stars and the practice's answers, in five languages, from HTML and from plain text."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.step_count import python_steps

from clinicrep.model import Platform
from clinicrep.pasting import store_pasted
from clinicrep.sources.paste import (
    PastedReview,
    date_of_line,
    parse_date_text,
    parse_paste,
    plain_text,
    rating_of_line,
    reply_label_of_line,
    review_ids,
)
from clinicrep.store.inbox import ReviewQuery
from clinicrep.store.inbox import review_ids as stored_ids
from clinicrep.store.reviews import reviews_by_ids
from clinicrep.store.sources import list_sources

from . import paste_samples as samples

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

NOW = datetime(2026, 12, 2, 12, 0)


def _read(html: str | None, text: str = "") -> list[tuple]:
    result = parse_paste(html, text, now=NOW)
    return [
        (
            r.author,
            r.created.strftime("%Y-%m-%d %H:%M") if r.created else None,
            r.approximate,
            r.rating,
            r.text,
            r.reply,
        )
        for r in result.reviews
    ]


def test_znanylekarz_html_gives_authors_stars_dates_texts_and_the_doctors_answer():
    assert _read(samples.ZNANYLEKARZ_HTML) == [
        (
            "Katarzyna W.",
            "2026-10-14 09:21",
            False,
            5,
            "Pani doktor wszystko dokładnie wyjaśniła, badanie bez pośpiechu. Polecam!",
            "Dziękuję za miłe słowa, zapraszam ponownie.",
        ),
        (
            "Marek",
            "2026-09-30 18:05",
            False,
            2,
            "Czekałem ponad godzinę po umówionym terminie, nikt nie przeprosił.",
            "",
        ),
        ("Anonimowy pacjent", "2026-09-02 08:00", False, 4, "Konkretnie i rzeczowo.", ""),
    ]
    assert parse_paste(samples.ZNANYLEKARZ_HTML, "", now=NOW).platform == Platform.ZNANYLEKARZ


def test_znanylekarz_plain_text_skips_badges_and_reads_relative_polish_dates():
    reviews = _read(None, samples.ZNANYLEKARZ_TEXT)
    assert [r[0] for r in reviews] == ["Katarzyna W.", "Marek", "Anonimowy pacjent"]
    assert [r[1] for r in reviews] == ["2026-10-14 00:00", "2026-09-30 00:00", "2026-11-18 00:00"]
    assert [r[2] for r in reviews] == [False, False, True]  # "2 tygodnie temu" is approximate
    assert reviews[0][5] == "Dziękuję za miłe słowa, zapraszam ponownie."
    assert reviews[1][4] == "Czekałem ponad godzinę po umówionym terminie, nikt nie przeprosił."
    assert all(r[3] is None for r in reviews)  # the stars are pictures: not in the text


def test_yandex_html_counts_full_stars_and_takes_the_organisations_answer():
    assert _read(samples.YANDEX_HTML) == [
        (
            "Ирина С.",
            "2026-11-03 " + _local("2026-11-03T10:15:00+00:00"),
            False,
            4,
            "Врач внимательный, всё объяснила. Но в регистратуре пришлось ждать минут двадцать.",
            "Ирина, спасибо! Мы разберёмся с очередью.",
        ),
        (
            "Дмитрий",
            "2026-10-21 " + _local("2026-10-21T16:40:00+00:00"),
            False,
            1,
            "Грубый администратор, больше не приду.",
            "",
        ),
    ]


def _local(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


def test_twogis_text_in_russian_with_yesterday_and_an_edited_date():
    assert _read(None, samples.TWOGIS_TEXT) == [
        (
            "Алексей Н.",
            "2026-11-12 00:00",
            False,
            None,
            "Хорошая клиника, но в субботу ждал приёма сорок минут.",
            "Алексей, здравствуйте! Субботнее расписание мы уже поменяли.",
        ),
        (
            "Светлана",
            "2026-12-01 00:00",
            True,
            None,
            "Всё понравилось, доктор Ким — профессионал.",
            "",
        ),
    ]


def test_prodoctorov_html_reads_data_rating_and_the_clinics_answer():
    assert _read(samples.PRODOCTOROV_HTML) == [
        (
            "Наталья",
            "2026-11-12 00:00",
            False,
            5,
            "Лучший педиатр, ребёнок не боится.",
            "Наталья, благодарим за отзыв!",
        ),
        (
            "Пациент",
            "2026-11-01 00:00",
            False,
            3,
            "Врач нормальный, но запись только по телефону.",
            "",
        ),
    ]


def test_google_maps_html_takes_stars_from_aria_labels_and_keeps_typed_markup_as_text():
    reviews = _read(samples.GOOGLE_HTML)
    assert [(r[0], r[1], r[2], r[3]) for r in reviews] == [
        ("John D.", "2026-11-18 00:00", True, 4),
        ("Mary O'Neil", "2026-09-03 00:00", True, 1),
    ]
    assert reviews[0][4] == (
        "Friendly front desk and a short wait. Dr. Patel explained the X-ray clearly."
    )
    assert reviews[0][5] == "Thank you, John!"
    assert reviews[1][4] == "They billed me twice <b>and</b> nobody calls back."


def test_google_maps_plain_text_drops_like_and_share():
    reviews = _read(None, samples.GOOGLE_TEXT)
    assert [(r[0], r[3], r[5]) for r in reviews] == [
        ("John D.", None, "Thank you, John!"),
        ("Mary O'Neil", None, ""),
    ]
    assert all("Like" not in r[4] and "Share" not in r[4] for r in reviews)


def test_dianping_html_reads_star_classes_and_the_shops_reply():
    assert _read(samples.DIANPING_HTML) == [
        (
            "小鱼儿",
            "2026-11-05 14:32",
            False,
            5,
            "医生很耐心，讲解清楚，环境也很干净。",
            "感谢您的认可，欢迎再次光临！",
        ),
        ("王先生", "2026-10-28 09:10", False, 2, "排队时间太长了，前台态度一般。", ""),
    ]


def test_dianping_text_with_the_date_after_the_review_and_3_days_ago():
    assert _read(None, samples.DIANPING_TEXT) == [
        (
            "小鱼儿",
            "2026-11-05 14:32",
            False,
            5,
            "医生很耐心，讲解清楚，环境也很干净。",
            "感谢您的认可，欢迎再次光临！",
        ),
        ("王先生", "2026-11-29 00:00", True, 2, "排队时间太长了，前台态度一般。", ""),
    ]


def test_doc_ua_text_in_ukrainian_with_star_glyphs_and_a_rating_label():
    assert _read(None, samples.DOCUA_TEXT) == [
        (
            "Олена Петрівна",
            "2026-11-15 00:00",
            False,
            5,
            "Дуже уважний лікар, все пояснив, призначив лікування.",
            "Дякуємо за ваш відгук!",
        ),
        (
            "Іван",
            "2026-11-18 00:00",
            True,
            2,
            "Довго чекав у черзі, хоча був записаний.",
            "",
        ),
    ]


def test_english_text_with_us_dates_rating_lines_and_emoji():
    assert _read(None, samples.ENGLISH_TEXT) == [
        ("Sam Carter", "2026-11-23 00:00", False, 4, "Quick appointment, friendly nurse.", ""),
        ("Lee W.", "2026-11-02 00:00", False, 5, "Best dentist in town 😊👍", "Thanks Lee!"),
    ]


def test_page_code_is_dropped_and_what_patients_typed_stays_text():
    reviews = parse_paste(samples.HOSTILE_HTML, "", now=NOW).reviews
    assert [r.author for r in reviews] == ["Evegnp.exe", "דוד"]  # the bidi override removed
    assert reviews[0].text == "<script>alert('x')</script> <img src=x onerror=alert(1)>"
    assert reviews[1].text == "רופא מצוין, תודה רבה! 👍"
    assert "pwned" not in plain_text(samples.HOSTILE_HTML)
    assert "inside" not in plain_text(samples.HOSTILE_HTML)


@pytest.mark.parametrize(
    ("line", "expected", "approximate"),
    [
        ("12.11.2026", "2026-11-12", False),
        ("2026-11-12 14:30", "2026-11-12", False),
        ("Dodano 3 listopada 2026", "2026-11-03", False),
        ("14 października 2026", "2026-10-14", False),
        ("3 ноября 2026 г.", "2026-11-03", False),
        ("5 листопада 2026 р.", "2026-11-05", False),
        ("November 3, 2026", "2026-11-03", False),
        ("2026年11月3日", "2026-11-03", False),
        ("21 октября", "2026-10-21", False),  # no year: the last 21 October
        ("25 декабря", "2025-12-25", False),  # still to come this year: last year's
        ("3 дня назад", "2026-11-29", True),
        ("неделю назад", "2026-11-25", True),
        ("год назад", "2025-12-02", True),
        ("2 тижні тому", "2026-11-18", True),
        ("вчора", "2026-12-01", True),
        ("tydzień temu", "2026-11-25", True),
        ("3 miesiące temu", "2026-09-03", True),
        ("a month ago", "2026-11-02", True),
        ("yesterday", "2026-12-01", True),
        ("3天前", "2026-11-29", True),
        ("2个月前", "2026-10-03", True),
    ],
)
def test_date_lines_in_five_languages(line, expected, approximate):
    found = date_of_line(line, NOW)
    assert found is not None
    assert (found.value.date().isoformat(), found.approximate) == (expected, approximate)


@pytest.mark.parametrize(
    "line",
    [
        "Byłam u doktora 12.11.2026 i wszystko było dobrze, polecam każdemu.",
        "Anna K.",
        "Polecam!",
        "Ответ",
    ],
)
def test_sentences_and_names_are_not_date_lines(line):
    assert date_of_line(line, NOW) is None


@pytest.mark.parametrize(
    ("line", "stars"),
    [
        ("★★★★☆", 4),
        ("⭐⭐⭐⭐⭐", 5),
        ("5/5", 5),
        ("4,5/5", 5),
        ("8/10", 4),
        ("Ocena: 5", 5),
        ("Оценка: 3", 3),
        ("Оцінка 2", 2),
        ("Rating: 4/5", 4),
        ("评分：4", 4),
        ("5 stars", 5),
        ("4 звезды", 4),
        ("四星", 4),
        ("Polecam", None),
        ("5 pacjentów czekało", None),
    ],
)
def test_rating_lines(line, stars):
    assert rating_of_line(line) == stars


def test_the_same_page_as_html_and_as_text_gives_the_same_ids_for_dated_reviews():
    from_html = parse_paste(samples.ZNANYLEKARZ_HTML, "", now=NOW).reviews
    from_text = parse_paste(None, samples.ZNANYLEKARZ_TEXT, now=NOW).reviews
    assert review_ids(from_html)[:2] == review_ids(from_text)[:2]


def test_two_identical_rating_only_reviews_keep_two_ids():
    twins = [PastedReview(author="Anonim", rating=5), PastedReview(author="Anonim", rating=5)]
    ids = review_ids(twins)
    assert len(set(ids)) == 2


def test_relative_dates_do_not_change_the_id_from_one_day_to_the_next():
    today = parse_paste(None, samples.GOOGLE_TEXT, now=NOW).reviews
    next_week = parse_paste(
        None, samples.GOOGLE_TEXT.replace("2 weeks ago", "3 weeks ago"), now=NOW
    ).reviews
    assert review_ids(today) == review_ids(next_week)


def test_a_date_typed_in_the_grid():
    assert parse_date_text("2026-11-23", NOW) == (datetime(2026, 11, 23), False)
    assert parse_date_text("23 listopada 2026", NOW) == (datetime(2026, 11, 23), False)
    assert parse_date_text("≈ 2026-11-18", NOW) == (datetime(2026, 11, 18), False)
    assert parse_date_text("2 недели назад", NOW) == (datetime(2026, 11, 18), True)
    assert parse_date_text("soon", NOW) is None


def test_text_with_no_structure_is_one_review_and_nothing_is_lost():
    text = "Bardzo miła obsługa.\nPolecam wszystkim."
    reviews = parse_paste(None, text, now=NOW).reviews
    assert len(reviews) == 1
    assert reviews[0].text == "Bardzo miła obsługa.\nPolecam wszystkim."


def test_a_megabyte_paste_is_read_whole_in_work_that_grows_with_its_length():
    """A megabyte pasted from a review page is read (thousands of reviews), in work counted,
    not timed (the machines are shared: a 15-second limit once failed at a load of 13):
    8 times the page is at most about 10 times the Python steps."""
    block = samples.ZNANYLEKARZ_TEXT
    huge = (block * (1_000_000 // len(block) + 1))[:1_000_000]
    reviews = parse_paste(None, huge, now=NOW).reviews
    assert len(reviews) > 5000
    unit = (block * (16_000 // len(block) + 1))[:16_000]
    unit = unit[: unit.rindex(block[:40])]  # whole reviews only, in both sizes
    small = python_steps(lambda: parse_paste(None, unit, now=NOW))
    large = python_steps(lambda: parse_paste(None, unit * 8, now=NOW))
    assert large <= 10 * small, (small, large)
    nested = "<div>" * 50_000 + "deep" + "</div>" * 50_000
    assert parse_paste(nested, "", now=NOW).reviews[0].text == "deep"


def test_stored_pasted_reviews_are_analysed_and_a_second_paste_adds_nothing(db):
    reviews = parse_paste(None, samples.DOCUA_TEXT, now=NOW).reviews
    first = store_pasted(db, reviews, source_name="Doc.ua", platform=Platform.DOCUA, now=NOW)
    again = store_pasted(db, reviews, source_name="Doc.ua", platform=Platform.DOCUA, now=NOW)
    assert (first.imported, again.imported, again.unchanged) == (2, 0, 2)
    stored = reviews_by_ids(db, stored_ids(db, ReviewQuery(sort="created", descending=False)))
    assert [r.author for r in stored] == ["Олена Петрівна", "Іван"]
    assert stored[0].upstream_reply == "Дякуємо за ваш відгук!"
    assert stored[0].status.value == "answered"  # the clinic's answer is already on the page
    assert stored[1].analysis is not None and stored[1].analysis.language == "uk"
    (source,) = list_sources(db)
    assert (source.kind.value, source.platform, source.settings) == (
        "csv",
        Platform.DOCUA,
        {"origin": "paste"},
    )


def test_a_sync_over_a_pasted_source_reads_nothing_and_reports_no_error(db, memory_keyring):
    from clinicrep.secrets import default_store
    from clinicrep.sync import sync_all

    reviews = parse_paste(None, samples.TWOGIS_TEXT, now=NOW).reviews
    store_pasted(db, reviews, source_name="2GIS", platform=Platform.TWOGIS, now=NOW)
    report = sync_all(db, tokens=default_store())
    assert [r.error_code for r in report.results] == [None]
    (source,) = list_sources(db)
    assert source.last_error is None


def test_the_command_line_pastes_a_saved_page_once(tmp_path, capsys):
    from clinicrep.cli import main

    folder = tmp_path / "practice"
    folder.mkdir()
    page = tmp_path / "yandex.html"
    page.write_text(samples.YANDEX_HTML, encoding="utf-8")
    args = ["--data-dir", str(folder), "paste", str(page), "--platform", "yandex"]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr()
    assert "2026-11-03\t4★\tИрина С.\tВрач внимательный" in out.out
    assert "\treplied" in out.out and "2 reviews found." in out.err
    assert main(args) == 0
    assert "Reviews added to Yandex Maps: 2." in capsys.readouterr().out
    assert main(args) == 0
    assert "Nothing new: these reviews were already in Yandex Maps." in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "paste", str(page), "--platform", "nope"]) == 2
    assert capsys.readouterr().err.startswith("“nope” is not a platform clinicrep knows.")


def test_a_photo_counter_is_not_a_rating():
    html = samples.GOOGLE_HTML.replace(
        '<span class="kvMYJc" role="img" aria-label="1 star"></span>',
        '<button aria-label="Photo 1 of 5"></button><span aria-label="2 stars"></span>',
    )
    assert [r.rating for r in parse_paste(html, "", now=NOW).reviews] == [4, 2]


def test_badges_and_visit_details_are_not_taken_for_authors_or_text():
    text = (
        "Anna Kowalska\nWizyta prywatna • Konsultacja kardiologiczna\n12 listopada 2026\n"
        "Ocena: 5\nBardzo rzetelna wizyta.\n"
        "Наталья\n11 ноября 2026\nОтзыв проверен\nЛучший педиатр.\n"
    )
    reviews = parse_paste(None, text, now=NOW).reviews
    assert [(r.author, r.rating, r.text) for r in reviews] == [
        ("Anna Kowalska", 5, "Bardzo rzetelna wizyta."),
        ("Наталья", None, "Лучший педиатр."),
    ]


@pytest.mark.parametrize(
    ("line", "is_label"),
    [
        ("Odpowiedź lekarza", True),
        ("Ответ клиники", True),
        ("Відповідь", True),
        ("商家回复：感谢您的认可", True),
        ("Response from the owner a week ago", True),
        ("Ответ организации 5 ноября 2026", True),
        ("Odpowiedź lekarza była bardzo pomocna i rzeczowa.", False),
        ("Ответ на звонок получила только через час.", False),
    ],
)
def test_answer_labels_and_sentences_that_only_start_like_one(line, is_label):
    assert (reply_label_of_line(line) is not None) == is_label


@pytest.mark.parametrize(
    ("html", "text", "platform"),
    [
        (samples.ZNANYLEKARZ_HTML, "", Platform.ZNANYLEKARZ),
        (None, samples.ZNANYLEKARZ_TEXT, Platform.ZNANYLEKARZ),
        (samples.YANDEX_HTML, "", Platform.YANDEX),
        (samples.PRODOCTOROV_HTML, "", Platform.PRODOCTOROV),
        (samples.GOOGLE_HTML, "", Platform.GOOGLE),
        (None, samples.GOOGLE_TEXT, Platform.GOOGLE),
        (samples.DIANPING_HTML, "", Platform.DIANPING),
        (None, samples.DOCUA_TEXT, None),  # nothing says which site: the user chooses
        # a Google review that mentions Yandex is still a Google review
        (
            samples.GOOGLE_HTML.replace("short wait", "short wait, found on Яндекс"),
            "",
            Platform.GOOGLE,
        ),
    ],
)
def test_the_site_is_recognised_from_its_markup_before_its_words(html, text, platform):
    assert parse_paste(html, text, now=NOW).platform == platform


_FRAGMENTS = [
    "<div class='review'>", "</div>", "<span aria-label='4 stars'>", "</span>", "<p>", "</p>",
    "<time datetime='2026-11-02'>", "</time>", "<script>", "</script>", "<br>", "★★★",
    "Ответ клиники", "12.11.2026", "3 дня назад", "Anna K.", "商家回复：", "&lt;b&gt;", "&#x202e;",
    "\n", " ", "Odpowiedź lekarza", "<svg aria-label='5 stars'>", "</svg>", "<li>", "<ul>",
]  # fmt: skip


@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=30), max_size=60))
@settings(max_examples=150, deadline=None)
def test_any_paste_is_read_without_an_error_and_gives_plain_reviews(parts):
    html = "".join(parts)
    for result in (parse_paste(html, "", now=NOW), parse_paste(None, html, now=NOW)):
        for review in result.reviews:
            assert review.rating is None or 1 <= review.rating <= 5
            assert "\u202e" not in review.author + review.text + review.reply
            assert not review.is_empty()
        assert len(set(review_ids(result.reviews))) == len(result.reviews)


def test_a_paste_holding_half_an_emoji_is_stored_without_it(db):
    """A browser's clipboard can carry a lone surrogate (half an emoji cut by a page's
    script); storing such a paste raised UnicodeEncodeError."""
    text = samples.DOCUA_TEXT.replace("Дякуємо за ваш відгук!", "Дякуємо за ваш відгук!\ud83d")
    reviews = parse_paste(None, text.replace("Іван", "Іван\udc00"), now=NOW).reviews
    report = store_pasted(db, reviews, source_name="Doc.ua", platform=Platform.DOCUA, now=NOW)
    assert report.imported == 2
    stored = reviews_by_ids(db, stored_ids(db, ReviewQuery(sort="created", descending=False)))
    assert [r.author for r in stored] == ["Олена Петрівна", "Іван"]
    assert stored[0].upstream_reply == "Дякуємо за ваш відгук!"
