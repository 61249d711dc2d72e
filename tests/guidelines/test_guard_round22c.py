"""Round 22c (issue 16): a listed reward word must be given to this reader for something they
do. A thanks for the review followed, in the same sentence, by an offer to a group ("thanks for
your feedback, and new patients get a free consultation") is no reward; the same thanks with a
gift to this reader, as a thank-you, or for a review of their own still is."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

REVIEW = {
    "en": ("Friendly staff, no waiting.", "Zoe"),
    "ru": ("Приветливый персонал, без очередей.", "Зоя"),
    "uk": ("Привітний персонал, без черг.", "Зоя"),
    "pl": ("Miły personel, bez kolejek.", "Zofia"),
    "zh": ("员工很热情，不用排队。", "小美"),
}

# (language, a thanks and an offer to a group, the thanks and a gift to this reader)
THANKS_THEN = [
    (
        "en",
        "Thanks for your feedback, and new patients get a free consultation with a discount "
        "on whitening.",
        "Thanks for the review! As a thank-you, a discount on your next cleaning is waiting "
        "at reception.",
    ),
    (
        "ru",
        "Спасибо за отзыв, а для новых пациентов действует скидка на первую гигиену.",
        "Спасибо за отзыв! В знак благодарности дарим вам скидку на следующую гигиену.",
    ),
    (
        "uk",
        "Дякуємо за відгук, а для нових пацієнтів діє знижка на першу гігієну.",
        "Дякуємо за відгук! На знак вдячності даруємо знижку на наступне чищення.",
    ),
    (
        "pl",
        "Dziękujemy za opinię, a pierwsza konsultacja jest bezpłatna dla nowych pacjentów.",
        "Dziękujemy za opinię! W podziękowaniu rabat na kolejne czyszczenie czeka w recepcji.",
    ),
]
# (zh keeps its listed phrases firing for now: [guard] reward_to_reader = false)


@pytest.mark.parametrize(("language", "to_group", "to_reader"), THANKS_THEN)
def test_thanks_for_the_review_then_an_offer_to_a_group_is_no_reward(
    language: str, to_group: str, to_reader: str
) -> None:
    review, reviewer = REVIEW[language]
    assert "reward" not in rules_broken(to_group, language, review, reviewer)
    assert "reward" in rules_broken(to_reader, language, review, reviewer)


# rewards whose review is named past the thanks, a code for the desk, a draw among reviewers
STILL_REWARDS = [
    ("en", "Thanks for the 5 stars! Reviewers get 15% off their next whitening treatment."),
    ("ru", "Спасибо! Каждый, кто поставит нам пять звёзд, получит скидку 10 %."),
    ("uk", "Дякуємо! Позначте нас у сторіз в Інстаграмі — і наступна гігієна буде зі знижкою."),
    ("pl", "Dziękujemy! Wśród autorów opinii w tym miesiącu rozlosujemy karnet na masaż."),
    ("zh", "感谢您的好评！下次到前台报优惠码，即可享受八五折。"),
    ("en", "Thanks for the five stars! To say thank you, a voucher for a free check-up is yours."),
    ("zh", "谢谢亲的好评～小红书发笔记带定位的姐妹，到店立减一百元哦！"),
]


@pytest.mark.parametrize(("language", "reply"), STILL_REWARDS)
def test_a_reward_for_this_reader_after_a_thanks_is_still_blocked(
    language: str, reply: str
) -> None:
    review, reviewer = REVIEW[language]
    assert "reward" in rules_broken(reply, language, review, reviewer)
