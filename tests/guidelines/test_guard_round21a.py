"""Round 21a (issue 16): the reward rule read the other way round. Something given is a reward
where a review is its condition, for this reader: a benefit word ("free", "бесплатно",
"w prezencie", "免费") that no reward list holds counts once a review names its condition in its
clause or the clause before ("Leave us a review and the whitening is free"), and a review named
next to a reward is no condition where the clause tells of others' practice ("some clinics
swap freebies for five stars"), where the exchange is judged wrong ("would be dishonest"), or
where the review is named only in the sentence before an offer to everyone."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

REVIEW = {
    "en": ("Nice staff. Do you give anything for reviews?", "Zoe"),
    "ru": ("Хороший персонал. А за отзывы вы что-то даёте?", "Зоя"),
    "uk": ("Гарний персонал. А за відгуки ви щось даєте?", "Зоя"),
    "pl": ("Miły personel. Dajecie coś za opinie?", "Zofia"),
    "zh": ("员工很好。写评价有什么好处吗？", "小美"),
}


def _rules(reply: str, language: str) -> set[str]:
    review, reviewer = REVIEW[language]
    return rules_broken(reply, language, review, reviewer)


# (language, a benefit with a review as its condition, the same benefit with none)
CONDITIONED = [
    (
        "en",
        "Write us a review this week and your next polish is free.",
        "Book this week and your next polish is free.",
    ),
    (
        "ru",
        "Напишите о нас отзыв на этой неделе, и следующая полировка будет бесплатной.",
        "Запишитесь на этой неделе, и следующая полировка будет бесплатной.",
    ),
    (
        "uk",
        "Напишіть про нас відгук цього тижня, і наступне полірування буде безкоштовним.",
        "Запишіться цього тижня, і наступне полірування буде безкоштовним.",
    ),
    (
        "pl",
        "Proszę napisać o nas opinię w tym tygodniu, a kolejne polerowanie będzie bezpłatne.",
        "Proszę zapisać się w tym tygodniu, a kolejne polerowanie będzie bezpłatne.",
    ),
    ("zh", "这周给我们打分，下次抛光就免费。", "这周预约，下次抛光就免费。"),
]


@pytest.mark.parametrize(("language", "for_review", "for_booking"), CONDITIONED)
def test_a_benefit_is_a_reward_only_where_a_review_is_its_condition(
    language: str, for_review: str, for_booking: str
) -> None:
    assert "reward" in _rules(for_review, language)
    assert "reward" not in _rules(for_booking, language)


# (language, others' practice told, the same exchange offered by us)
OTHERS = [
    (
        "en",
        "Some places hand out freebies for five stars. We're not one of them.",
        "We hand out freebies for five stars.",
    ),
    (
        "ru",
        "Другие клиники раздают подарки за пять звёзд. Мы так не делаем.",
        "Мы раздаём подарки за пять звёзд.",
    ),
    (
        "uk",
        "Інші клініки роздають подарунки за п'ять зірок. Ми так не робимо.",
        "Ми роздаємо подарунки за п'ять зірок.",
    ),
    (
        "pl",
        "Inne gabinety rozdają prezenty za pięć gwiazdek. My tak nie robimy.",
        "Rozdajemy prezenty za pięć gwiazdek.",
    ),
    ("zh", "有些商家用代金券换好评，我们不是这样。", "我们用代金券换好评。"),
]


@pytest.mark.parametrize(("language", "theirs", "ours"), OTHERS)
def test_a_reward_others_give_for_stars_is_their_practice_not_an_offer(
    language: str, theirs: str, ours: str
) -> None:
    assert "reward" not in _rules(theirs, language)
    assert "reward" in _rules(ours, language)


# (language, the exchange judged wrong, the same exchange offered)
JUDGED = [
    (
        "en",
        "Paying for stars with a voucher would be dishonest.",
        "Paying for stars with a voucher is what we do.",
    ),
    (
        "ru",
        "Дарить скидки за звёзды было бы нечестно.",
        "Дарить скидки за звёзды мы рады.",
    ),
    (
        "uk",
        "Дарувати знижки за зірки було б нечесно.",
        "Дарувати знижки за зірки ми раді.",
    ),
    (
        "pl",
        "Płacenie za gwiazdki bonem byłoby nieuczciwe.",
        "Płacenie za gwiazdki bonem to nasz zwyczaj.",
    ),
]


@pytest.mark.parametrize(("language", "judged", "offered"), JUDGED)
def test_a_reward_for_a_review_judged_wrong_is_no_offer(
    language: str, judged: str, offered: str
) -> None:
    assert "reward" not in _rules(judged, language)
    assert "reward" in _rules(offered, language)


def test_a_review_policy_then_an_offer_to_everyone_is_no_reward() -> None:
    policy = (
        "Reviews here are voluntary and never rewarded; "
        "the student discount is a standing offer for everyone with a card."
    )
    assert "reward" not in _rules(policy, "en")
    # the same review named in the clause that offers the discount is its condition
    assert "reward" in _rules("Post a review and the student discount is yours.", "en")


def test_a_perk_for_every_member_is_no_reward() -> None:
    assert "reward" not in _rules("会员卡每满五次洗牙送一次，这是对所有会员的。", "zh")
    assert "reward" in _rules("写好评就送一次洗牙。", "zh")


@pytest.mark.parametrize(
    ("language", "explained", "conditioned"),
    [
        (
            "zh",
            "欢迎您留下评价：问卷很短，免费并且匿名。",
            "欢迎您留下评价，下次洁牙免费。",
        ),
        (
            "en",
            "We'd welcome a review: the survey is short, free and anonymous.",
            "Leave us a review, and a whitening pen is free.",
        ),
    ],
)
def test_a_benefit_after_a_colon_explains_the_request_and_is_not_given_for_it(
    language: str, explained: str, conditioned: str
) -> None:
    assert "reward" not in _rules(explained, language)
    assert "reward" in _rules(conditioned, language)
