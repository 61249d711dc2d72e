"""Round 19a (issue 16): a refused reward is no reward, in all five languages. A reply that says
the practice never gives discounts or gifts for reviews, in any tense or with a modal ("we have
never offered", "не практикуем", "nigdy nie dawaliśmy"), for every reward of a list ("vouchers or
prizes", "rabatów ani prezentów") or with the denial after it ("好评返现不是本院的做法"), is no
reward finding; the same scene offering the reward still is one."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

ASKED = {
    "en": ("Will you give me a discount if I leave five stars?", "Zoe"),
    "ru": ("А скидку за отзыв дадите?", "Зоя"),
    "uk": ("А знижку за відгук дасте?", "Зоя"),
    "pl": ("Czy dostanę rabat za opinię?", "Zofia"),
    "zh": ("写好评能返现吗？", "小美"),
}

# (language, a refusal of the reward, the same scene offering it)
PAIRS = [
    (
        "en",
        "Thanks for asking, Zoe, but we have never offered vouchers or prizes for reviews.",
        "Thanks for asking, Zoe: we offer vouchers and prizes for reviews.",
    ),
    (
        "en",
        "Sorry, Zoe, we're not able to offer discounts or gifts in return for reviews.",
        "Of course, Zoe: we're happy to offer discounts or gifts in return for reviews.",
    ),
    (
        "en",
        "It is our policy not to give discounts or gifts for reviews.",
        "It is our policy to give discounts or gifts for reviews.",
    ),
    (
        "en",
        "We didn't promise any voucher for your review; that must be another business.",
        "We promised a voucher for your review, and it is waiting at reception.",
    ),
    (
        "en",
        "We are unable to give a discount for leaving a review.",
        "We are happy to give a discount for leaving a review.",
    ),
    (
        "ru",
        "Зоя, мы не практикуем скидки за отзывы.",
        "Зоя, мы практикуем скидки за отзывы.",
    ),
    (
        "ru",
        "Зоя, мы никогда не давали скидок за отзывы и не будем.",
        "Зоя, мы всегда давали скидки за отзывы.",
    ),
    (
        "uk",
        "Зоє, ми не практикуємо знижки за відгуки.",
        "Зоє, ми практикуємо знижки за відгуки.",
    ),
    (
        "uk",
        "Зоє, ми ніколи не давали знижок за відгуки.",
        "Зоє, ми завжди даємо знижки за відгуки.",
    ),
    (
        "pl",
        "Pani Zofio, rabatów ani prezentów za opinie u nas nie ma.",
        "Pani Zofio, za opinie u nas są rabaty i prezenty.",
    ),
    (
        "pl",
        "Pani Zofio, nigdy nie dawaliśmy zniżek za opinie.",
        "Pani Zofio, zawsze dajemy zniżki za opinie.",
    ),
    ("zh", "您好，本院禁止好评返现。", "您好，本院支持好评返现。"),
    ("zh", "您好，好评返现不是本院的做法。", "您好，好评返现是本院的做法。"),
]


def _rules(reply: str, language: str) -> set[str]:
    review, reviewer = ASKED[language]
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=reviewer
    )
    return {f.rule for f in found}


@pytest.mark.parametrize(("language", "refused", "offered"), PAIRS)
def test_a_refused_reward_is_no_reward_but_the_offer_in_the_same_words_is(
    language: str, refused: str, offered: str
) -> None:
    assert "reward" not in _rules(refused, language)
    assert "reward" in _rules(offered, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "We can't give discounts, gifts or vouchers for reviews, but thank you for asking."),
        ("ru", "Мы не предлагаем скидки, подарки или бонусы за отзывы."),
        ("uk", "Ми не надаємо знижок, подарунків чи бонусів за відгуки."),
        ("pl", "Nie oferujemy rabatów, upominków ani voucherów za opinie."),
        ("zh", "本院不提供任何好评返现、礼品或优惠。"),
        ("zh", "我们从不会为评价发放红包或礼品。"),
    ],
)
def test_every_reward_of_a_refused_list_is_refused(language: str, reply: str) -> None:
    assert "reward" not in _rules(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "We offer 10% off for a review."),
        ("en", "Not only do we offer 10% off for reviews, we also give a free polish."),
        ("en", "We don't charge for parking, and every review gets a £10 voucher."),
        ("ru", "За отзыв — скидка 10% на следующий визит."),
        ("ru", "Мы не только даём скидку за отзыв, но и дарим подарок."),
        ("uk", "Ми не тільки даємо знижку за відгук, а й даруємо подарунок."),
        ("pl", "Nie tylko dajemy rabat za opinię, ale też upominek."),
        ("zh", "好评返现20元，截图发给前台即可。"),
        ("zh", "好评送礼品，不给现金。"),
    ],
)
def test_a_reward_offered_beside_a_denial_of_something_else_is_still_one(
    language: str, reply: str
) -> None:
    assert "reward" in _rules(reply, language)
