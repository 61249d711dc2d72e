"""Round twenty (issue 19, branch asp20): what round nineteen left. A rude clause beside a call
or a booking that names the doctor being booked blames the front desk; a review that ends by
refusing to come back is never positive; a bill above the estimate with a comma before "чем".
Each review is written for the test, with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Позвонила записаться к кардиологу, со мной разговаривали грубо.", "ru"),
        ("Звонил записаться к терапевту, со мной говорили свысока.", "ru"),
        ("Хотела записаться к неврологу, по телефону разговаривали грубо.", "ru"),
        ("Подзвонила записатися до кардіолога, зі мною розмовляли грубо.", "uk"),
        ("Телефонував записатися до терапевта, зі мною розмовляли зверхньо.", "uk"),
        ("Хотіла записатися до невролога, по телефону розмовляли грубо.", "uk"),
        ("Zadzwoniłam, żeby umówić się do kardiologa, rozmawiano ze mną opryskliwie.", "pl"),
        ("Chciałam zapisać się do neurologa, przez telefon rozmawiano ze mną z wyższością.", "pl"),
        ("Dzwoniłem umówić wizytę u internisty, potraktowano mnie z wyższością.", "pl"),
        ("Rang to book with Dr Lee, and was spoken to rudely.", "en"),
        ("Called to book an appointment with the cardiologist, they talked down to me.", "en"),
        ("Rang to book in with the GP, was treated rudely on the phone.", "en"),
        ("打电话挂王医生的号，对方态度很差。", "zh"),
        ("想挂心内科医生的号，电话里说话很冲，态度很差。", "zh"),
        ("打电话预约李医生，那边态度很差。", "zh"),
    ],
)
def test_a_rude_call_to_book_a_named_doctor_blames_the_front_desk(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("reception", NEG) in found
    # the doctor is the one being booked, not the one who spoke
    assert ("doctor", NEG) not in found
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # look-alikes: the doctor named as the one who spoke (a pronoun, the subject, or the
        # sentence after the booking) stays blamed
        ("Записалась к кардиологу, он разговаривал грубо.", "ru"),
        ("Кардиолог, к которому я записалась, разговаривал грубо.", "ru"),
        ("Записалася до кардіолога, він розмовляв грубо.", "uk"),
        ("Umówiłam się do kardiologa, on był opryskliwy.", "pl"),
        ("Booked in with Dr Lee. He was rude to me.", "en"),
        ("挂了王医生的号。王医生态度很差。", "zh"),
    ],
)
def test_a_rude_doctor_after_a_booking_is_still_the_doctor(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("doctor", NEG) in found
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "They talked down to me the whole time and I left with more questions than answers."
            " Not going back.",
            "en",
        ),
        ("Lovely building and a big car park, the doctor barely looked at me. Never again!", "en"),
        ("Nice enough place, I suppose, and the coffee was good. Not going back though.", "en"),
        ("Красивый ремонт, уютно, кофе вкусный. Больше не приду.", "ru"),
        ("Всё красиво и чисто, удобное расположение, вежливые девушки. Больше не приду!", "ru"),
        ("Гарний ремонт, затишно, кава смачна. Більше не прийду.", "uk"),
        ("Все красиво і чисто, зручне розташування, ввічливі дівчата. Більше не прийду!", "uk"),
        ("Ładne wnętrze, wygodny parking, miła atmosfera. Nigdy więcej.", "pl"),
        ("Ładnie, czysto, miła pani w rejestracji. Więcej nie przyjdę.", "pl"),
        ("装修很漂亮，环境干净，咖啡也好喝。再也不来了。", "zh"),
        ("环境很好，位置方便，前台小姐姐很热情。不会再来了。", "zh"),
    ],
)
def test_a_review_that_ends_by_refusing_to_come_back_is_never_positive(
    text: str, lang: str
) -> None:
    assert verdict(text, lang) in {"negative", "mixed"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # look-alikes: coming back told the other way, or a refusal that does not end the review
        ("Lovely doctor, will definitely be going back.", "en"),
        ("Never again will I go anywhere else, the team are wonderful and so kind.", "en"),
        ("Прекрасный врач, обязательно приду ещё.", "ru"),
        ("Чудовий лікар, обов'язково прийду ще.", "uk"),
        ("Wspaniała lekarka, na pewno przyjdę jeszcze.", "pl"),
        ("医生很好，下次还来。", "zh"),
    ],
)
def test_coming_back_or_a_refusal_mid_review_keeps_its_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Стоматолог отличный. А вот в кассе посчитали на 3000 больше, чем в смете.",
        "Врач отличный, но счёт вышел дороже, чем по смете.",
        "Лечение хорошее, но заплатили на 5000 больше чем в смете.",
    ],
)
def test_a_bill_above_the_estimate_blames_the_price_with_or_without_a_comma(text: str) -> None:
    found = read(text, "ru")
    assert ("price", NEG) in found
    assert verdict(text, "ru") == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Лікування добре, але рахунок вийшов дорожче, ніж у кошторисі.", "uk"),
        ("Лікування добре, але заплатили на 2000 більше, ніж у кошторисі.", "uk"),
    ],
)
def test_a_bill_above_the_estimate_in_ukrainian(text: str, lang: str) -> None:
    assert ("price", NEG) in read(text, lang)


def test_the_estimate_told_as_kept_blames_nothing() -> None:
    text = "Врач отличный, заплатили ровно столько, сколько было в смете."
    assert ("price", NEG) not in read(text, "ru")
    assert verdict(text, "ru") == "positive"
