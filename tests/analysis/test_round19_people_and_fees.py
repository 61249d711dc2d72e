"""Round nineteen (issue 19, branch asp19): a fee stated with no judgement, a complaint about a
person the review names by no role, and a review that praises only through its aspects. Each
review is written for the test, not copied from a row, with the look-alikes that must not
change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Consultation fee is £70. The GP saw me at 11:20 and sent me for bloods.", "en"),
        ("Стоимость консультации 2500 рублей. Врач принял в 11:20 и направил на анализы.", "ru"),
        ("Консультація коштувала 700 грн. Лікар прийняв об 11:20 і направив на аналізи.", "uk"),
        ("挂号费50元。医生十一点二十看的，开了验血单。", "zh"),
    ],
)
def test_a_fee_stated_in_a_review_that_judges_nothing_does_not_blame_the_price(
    text: str, lang: str
) -> None:
    assert ("price", NEG) not in read(text, lang)
    assert verdict(text, lang) == "neutral"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the same fee beside a complaint, an amount paid for a visit told short, a fee above
        # the one quoted: the price is blamed as before
        ("Consultation fee is £70 and the GP was rude to me.", "en"),
        ("Paid £70 for a five minute chat.", "en"),
        ("Стоимость консультации 2500 рублей, а врач нагрубил.", "ru"),
        ("Консультація коштувала 1400 грн, хоча на сайті було 700.", "uk"),
        ("挂号费300，医生看了不到五分钟。", "zh"),
    ],
)
def test_a_fee_beside_a_complaint_still_blames_the_price(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("price", NEG) in found or ("doctor", NEG) in found
