"""Round 19c (issue 16): a negative that denies nothing is no refusal, and a bare denial that
answers a question about a reward is one, in all five languages. "We can't wait to give you a
discount for your review", "we don't just give discounts", "不用客气，好评返现", "不但好评返现",
"не только скидку": the reward is offered and blocks; "Rewards for reviews? Never." and "we will
never pay for reviews or offer a discount for one" refuse it and pass."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

ASKED = {
    "en": ("Do you give discounts for reviews?", "Zoe"),
    "ru": ("А скидку за отзыв дадите?", "Зоя"),
    "uk": ("А знижку за відгук дасте?", "Зоя"),
    "pl": ("Czy dostanę rabat za opinię?", "Zofia"),
    "zh": ("写好评能返现吗？", "小美"),
}

# (language, an offer whose negative denies nothing, a refusal in nearly the same words)
OFFERED_REFUSED = [
    (
        "en",
        "We can't wait to give you a discount for your review!",
        "We can't give you a discount for your review, sorry!",
    ),
    (
        "en",
        "We don't just give discounts for reviews, we give free whitening too.",
        "We don't give discounts for reviews, and we never give free whitening for one either.",
    ),
    ("zh", "不用客气，好评返现20元。", "不好意思，本院不提供好评返现。"),
    ("zh", "不但好评返现，还送洗牙券。", "本院不提供好评返现，也不送洗牙券。"),
    ("zh", "我们不仅提供折扣，五星好评还送礼品。", "我们不会因为五星好评赠送礼品或折扣。"),
    (
        "ru",
        "Мы даём не только скидку за отзыв, но и подарок.",
        "Мы не даём ни скидок, ни подарков за отзывы.",
    ),
    (
        "uk",
        "Ми даємо не тільки знижку за відгук, а й подарунок.",
        "Ми не даємо ні знижок, ні подарунків за відгуки.",
    ),
    (
        "pl",
        "Za opinię dajemy nie tylko rabat, ale i prezent.",
        "Za opinie nie dajemy ani rabatów, ani prezentów.",
    ),
]


def _rules(reply: str, language: str) -> set[str]:
    review, reviewer = ASKED[language]
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=reviewer
    )
    return {f.rule for f in found}


@pytest.mark.parametrize(("language", "offered", "refused"), OFFERED_REFUSED)
def test_a_negative_that_denies_nothing_leaves_the_offer_an_offer(
    language: str, offered: str, refused: str
) -> None:
    assert "reward" in _rules(offered, language)
    assert "reward" not in _rules(refused, language)


# (language, a question answered by a bare denial, the same question answered yes)
ANSWERED = [
    ("en", "Rewards for reviews? Never.", "Rewards for reviews? Always."),
    ("en", "Discounts for a review? Absolutely not.", "Discounts for a review? Absolutely."),
    ("ru", "Скидки за отзывы? Никогда.", "Скидки за отзывы? Конечно."),
    ("uk", "Знижки за відгуки? Ніколи.", "Знижки за відгуки? Звісно."),
    ("pl", "Rabaty za opinie? Nigdy.", "Rabaty za opinie? Oczywiście."),
    ("zh", "好评返现？绝对不会。", "好评返现？当然有。"),
]


@pytest.mark.parametrize(("language", "denied", "granted"), ANSWERED)
def test_a_reward_asked_of_and_denied_in_one_word_is_refused(
    language: str, denied: str, granted: str
) -> None:
    assert "reward" not in _rules(denied, language)
    assert "reward" in _rules(granted, language)


# (language, a refusal in the future of two things, the same two offered)
FUTURE = [
    (
        "en",
        "We will never pay for reviews or offer a discount for one.",
        "We will always pay for reviews or offer a discount for one.",
    ),
    (
        "ru",
        "Мы никогда не будем платить за отзывы или давать скидку за них.",
        "Мы всегда будем платить за отзывы или давать скидку за них.",
    ),
    (
        "uk",
        "Ми ніколи не платитимемо за відгуки чи даватимемо знижку за них.",
        "Ми завжди платитимемо за відгуки чи даватимемо знижку за них.",
    ),
    (
        "pl",
        "Nigdy nie będziemy płacić za opinie ani dawać za nie rabatu.",
        "Zawsze będziemy płacić za opinie albo dawać za nie rabat.",
    ),
    (
        "zh",
        "我们永远不会为好评付钱，也不会为此提供折扣。",
        "我们会为好评付钱，也会为此提供折扣。",
    ),
]


@pytest.mark.parametrize(("language", "refused", "offered"), FUTURE)
def test_a_refusal_in_the_future_is_no_reward(language: str, refused: str, offered: str) -> None:
    assert "reward" not in _rules(refused, language)
    assert "reward" in _rules(offered, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Not only do we never discuss your treatment online, we never confirm who visits."),
        ("en", "We can't wait to see you. We never discuss your treatment online."),
        ("zh", "不客气！我们不会在网上讨论您的治疗。"),
        ("ru", "Не за что! Мы не обсуждаем ваше лечение в отзывах."),
    ],
)
def test_a_privacy_statement_after_a_negative_that_denies_nothing_still_holds(
    language: str, reply: str
) -> None:
    assert not _rules(reply, language)


HOLIDAY = ("Called on Boxing Day and nobody answered. What if it had been an emergency?", "Steve")


@pytest.mark.parametrize(
    ("closed", "seen"),
    [
        (
            "Steve, over Christmas we were closed on 25 and 26 December and 1 January.",
            "Steve, over Christmas you came in on 25 and 26 December and 1 January.",
        ),
        (
            "Sorry, Steve: the practice was closed on 26 December and 1 January.",
            "Sorry, Steve: the practice was closed on 26 December and you came on 2 January.",
        ),
    ],
)
def test_every_day_of_a_closure_list_is_the_practices_own(closed: str, seen: str) -> None:
    review, reviewer = HOLIDAY
    assert not find_confidentiality_problems(
        closed, language="en", review_text=review, reviewer_name=reviewer
    )
    found = find_confidentiality_problems(
        seen, language="en", review_text=review, reviewer_name=reviewer
    )
    assert "date" in {f.rule for f in found}
