"""Price by the label convention (issue 19, session 26, branch aprice26; the convention and its
counts in tests/analysis/data/README.md): an amount paid against a visit of fifteen minutes or
less blames the price, praise of the doctor beside it or not (aspects.AMOUNT_FOR); a refund made
is the front desk's handling of the bill, praised, and no price (aspects.REFUNDED). Each review
is written for the test, not copied from a row, with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The dermatologist was thorough and kind. £120 for 10 minutes though.", "en"),
        ("Kardiolog bardzo rzeczowy i miły. 350 zł za kwadrans.", "pl"),
        ("Терапевт внимательная, всё объяснила. Консультация 3000 за 12 минут.", "ru"),
        ("Педіатр уважна, все пояснила. Прийом 900 грн за 10 хвилин.", "uk"),
    ],
)
def test_an_amount_paid_for_a_few_minutes_blames_the_price_beside_praise(
    text: str, lang: str
) -> None:
    found = read(text, lang)
    assert ("price", NEG) in found
    assert ("doctor", POS) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the length before the amount is the speed, not what the amount bought
        ("Flu jab done in 5 minutes for £15, lovely nurse.", "en"),
    ],
)
def test_an_amount_with_no_short_visit_is_not_blamed_by_its_minutes(text: str, lang: str) -> None:
    assert ("price", NEG) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I rang about a double charge; the manager apologised and refunded it that day.", "en"),
        ("Пожаловалась на лишний платёж, на следующий день извинились и вернули деньги.", "ru"),
        ("Поскаржилася на зайвий платіж, наступного дня вибачилися й повернули гроші.", "uk"),
        ("Zgłosiłam podwójną płatność, następnego dnia przeprosili i zwrócili pieniądze.", "pl"),
        ("多扣了一次费用，打电话反映后第二天就把钱退了。", "zh"),
    ],
)
def test_a_refund_made_is_the_front_desks_handling_not_the_price(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("reception", POS) in found
    assert not any(aspect == "price" for aspect, _ in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They charged my card twice and it took two months to refund.", "en"),
        ("Charged twice for one visit and still waiting to be refunded.", "en"),
        ("Списали оплату дважды и так и не вернули деньги.", "ru"),
    ],
)
def test_a_refund_slow_or_not_made_still_blames_the_price(text: str, lang: str) -> None:
    assert ("price", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Приём стоит 3200, а врач даже не осмотрел горло.", "ru"),
        ("Прийом коштує 850, а лікар навіть не оглянув горло.", "uk"),
        ("Wizyta kosztuje 280, a lekarz nawet nie zajrzał do gardła.", "pl"),
    ],
)
def test_what_a_visit_costs_told_without_its_currency_is_the_price(text: str, lang: str) -> None:
    # a number of a hundred or more just after a word of what care costs is an amount stated:
    # beside a complaint it blames the price
    assert ("price", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Приём стоит 3200. Врач принял вовремя и всё объяснил.", "ru"),
        ("Wizyta kosztuje 280. Lekarz przyjął punktualnie i wszystko wyjaśnił.", "pl"),
    ],
)
def test_what_a_visit_costs_beside_praise_alone_is_told_not_blamed(text: str, lang: str) -> None:
    assert ("price", NEG) not in read(text, lang)
