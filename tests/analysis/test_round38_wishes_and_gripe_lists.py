"""Session 25 (issue 19, branch a25b, probe38b): complaints Russian and Ukrainian reviews tell
politely or after praise, which the reading took as praise or as nothing.

- A complaint said as a wish ("Хотелось бы, чтобы в регистратуре были повежливее", "Було б
  добре, якби адміністратори були ввічливішими", "медсёстрам стоит поучиться аккуратности")
  blames what the wish names; a wish for more of the same ("чтобы таких врачей было больше")
  blames nothing.
- Nothing changed by the treatment, told as "as it was, so it is" ("давление как было, так и
  осталось", "біль як був, так і є", "результат нулевой"), blames the outcome.
- A list of complaints under a heading after praise ("Из минусов: 1. ... 2. ...") is set apart
  by the writer, as after a reservation: the review is mixed however much the praise weighs.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"
DOC, NUR, REC, OUT = "doctor", "nurse", "reception", "outcome"

WISHES = [
    (
        "Врач толковый, всё подробно рассказал. Хотелось бы, чтобы в регистратуре были повежливее.",
        "ru",
        REC,
    ),
    ("Доктору спасибо, а вот медсёстрам стоит поучиться аккуратности.", "ru", NUR),
    (
        "Лікарка уважна і знає справу. Було б добре, якби адміністратори були ввічливішими.",
        "uk",
        REC,
    ),
    ("Стоматолог чудовий. Хотілося б, щоб у реєстратурі частіше брали слухавку.", "uk", REC),
]


@pytest.mark.parametrize(("text", "lang", "wished"), WISHES)
def test_a_wish_after_praise_blames_what_it_names_and_the_review_is_mixed(
    text: str, lang: str, wished: str
) -> None:
    # the chips the review pane shows: the wished-for aspect blamed, not praised (before
    # session 25: praised, or not found, and the review positive)
    chips = read(text, lang)
    assert (wished, NEG) in chips
    assert (wished, POS) not in chips
    assert (DOC, POS) in chips
    assert verdict(text, lang) == "mixed"


def test_a_wish_to_be_heard_to_the_end_blames_the_doctor() -> None:
    chips = read("Все сподобалося, але хотілося б, щоб лікар хоча б дослухав до кінця.", "uk")
    assert (DOC, NEG) in chips
    assert (DOC, POS) not in chips


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Хотелось бы, чтобы таких врачей было больше! Спасибо Ирине Павловне.", "ru"),
        ("Хотілося б, щоб усі лікарі були такими, як Ольга Петрівна.", "uk"),
    ],
)
def test_a_wish_for_more_of_the_same_blames_nobody(text: str, lang: str) -> None:
    assert (DOC, NEG) not in read(text, lang)
    assert verdict(text, lang) in ("positive", "neutral")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Врач вежливый и внимательный, но давление как было, так и осталось.", "ru"),
        ("Лікар привітний, все розписав, але біль як був, так і залишився.", "uk"),
    ],
)
def test_nothing_changed_by_the_treatment_blames_the_outcome_beside_praise(
    text: str, lang: str
) -> None:
    chips = read(text, lang)
    assert {(OUT, NEG), (DOC, POS)} <= chips
    assert verdict(text, lang) == "mixed"  # before: the doctor praised, the review positive


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пила таблетки месяц, а давление как было, так и есть.", "ru"),
        ("Лечилась у них полгода, результат нулевой.", "ru"),
        ("Пройшла курс уколів, а висип як була, так і є.", "uk"),
    ],
)
def test_the_outcome_unchanged_is_blamed(text: str, lang: str) -> None:
    chips = read(text, lang)
    assert (OUT, NEG) in chips and (OUT, POS) not in chips


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Хирург прекрасный, операция прошла отлично, шов аккуратный, хожу без боли. Из"
            " минусов: 1. Ждали в коридоре 40 минут. 2. Туалет не работал.",
            "ru",
        ),
        (
            "Хірург чудовий, операція пройшла відмінно, шов акуратний, ходжу без болю. З"
            " мінусів: 1. Чекали в коридорі 40 хвилин. 2. Туалет не працював.",
            "uk",
        ),
    ],
)
def test_a_list_of_complaints_under_a_heading_after_praise_makes_the_review_mixed(
    text: str, lang: str
) -> None:
    # the chips were right before; the verdict was positive (the praise outweighed the list)
    assert {(DOC, POS), ("waiting", NEG)} <= read(text, lang)
    assert verdict(text, lang) == "mixed"


def test_a_heading_of_complaints_with_none_after_it_stays_praise() -> None:
    text = "Врач замечательный, всё объяснил. Из минусов — даже не знаю, что назвать."
    assert verdict(text, "ru") == "positive"
