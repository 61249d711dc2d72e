"""Round 20b (issue 16): a refused reward is read from the clause's negation, not from listed
refusals. A reward word that a negator of its part of the clause reaches ("we wouldn't dream of
rewarding feedback with money off", "платить за отзывы или давать за них скидку мы никогда не
станем", "好评返现违反平台规定"), or that a question asks about and the next clause denies ("Some
patients ask whether a review earns them a voucher. It doesn't."), is no reward; the same words
offering it, or an offer after the refusal ("No discount, but a free cleaning for your review"),
still are one. A review named only to say it is not needed is no condition of an offer to
everyone, and an English payment rule ("every consultation needs a £50 deposit") is nobody's
bill."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

REVIEW = {
    "en": ("Do you give anything for reviews?", "Zoe"),
    "ru": ("А что вы даёте за отзывы?", "Зоя"),
    "uk": ("А що ви даєте за відгуки?", "Зоя"),
    "pl": ("Co dajecie za opinie?", "Zofia"),
    "zh": ("写评价有什么好处吗？", "小美"),
}


def _rules(reply: str, language: str) -> set[str]:
    review, reviewer = REVIEW[language]
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=reviewer
    )
    return {f.rule for f in found}


# (language, a refusal in words no earlier round listed, the same scene offering the reward)
PAIRS = [
    (
        "en",
        "We wouldn't dream of rewarding feedback with money off.",
        "We would love to reward your feedback with money off.",
    ),
    (
        "en",
        "Staff may not offer discounts, gifts or prize draws in return for reviews.",
        "Staff may offer discounts, gifts or prize draws in return for reviews.",
    ),
    (
        "en",
        "Nobody here is paid for reviews, and reviewers are never offered a prize draw.",
        "Nobody here is paid for reviews, and reviewers are always offered a prize draw.",
    ),
    (
        "ru",
        "Платить за отзывы или давать за них скидку мы никогда не станем.",
        "Платить за отзывы или давать за них скидку мы всегда рады.",
    ),
    (
        "ru",
        "Вознаграждение за отзывы правила площадки запрещают.",
        "Вознаграждение за отзывы мы начисляем на следующий день.",
    ),
    (
        "uk",
        "Платити за відгуки чи давати за них знижку ми ніколи не будемо.",
        "Платити за відгуки чи давати за них знижку ми завжди раді.",
    ),
    (
        "uk",
        "Винагороду за відгуки забороняють правила майданчика.",
        "Винагороду за відгуки ми нараховуємо наступного дня.",
    ),
    (
        "pl",
        "Płacić za opinie ani dawać za nie rabatu nie będziemy nigdy.",
        "Płacić za opinie i dawać za nie rabat będziemy zawsze.",
    ),
    (
        "pl",
        "Za opinie nie dajemy żadnych punktów, bonów ani losowań.",
        "Za opinie dajemy punkty, bony i losowania.",
    ),
    (
        "pl",
        "Opinii u nas nie wymienia się na prezenty ani bony.",
        "Opinie u nas wymienia się na prezenty i bony.",
    ),
    ("zh", "以抽奖、红包等方式诱导评价是违规的，我们一概不做。", "写评价就送抽奖机会和红包。"),
    ("zh", "为评价给折扣的事，我们以后也绝对不做。", "为评价给折扣的事，我们以后也经常做。"),
]


@pytest.mark.parametrize(("language", "refused", "offered"), PAIRS)
def test_a_reward_reached_by_a_negator_is_refused_and_the_same_words_offering_it_are_not(
    language: str, refused: str, offered: str
) -> None:
    assert "reward" not in _rules(refused, language)
    assert "reward" in _rules(offered, language)


# (language, a question about a reward answered by a denial, the same question answered yes)
ASKED_AND_ANSWERED = [
    (
        "en",
        "Some patients ask whether leaving a review earns them a voucher. It doesn't.",
        "Some patients ask whether leaving a review earns them a voucher. It does!",
    ),
    (
        "ru",
        "На вопросы о «скидке за отзыв» отвечаем всем одинаково: такой акции нет.",
        "На вопросы о «скидке за отзыв» отвечаем всем одинаково: акция действует до мая.",
    ),
    (
        "uk",
        "На питання про «знижку за відгук» відповідаємо однаково: такої акції немає.",
        "На питання про «знижку за відгук» відповідаємо однаково: акція діє до травня.",
    ),
    (
        "pl",
        "Na pytania o „rabat za opinię” odpowiadamy tak samo: takiej promocji nie ma.",
        "Na pytania o „rabat za opinię” odpowiadamy tak samo: promocja trwa do maja.",
    ),
]


@pytest.mark.parametrize(("language", "denied", "confirmed"), ASKED_AND_ANSWERED)
def test_a_reward_asked_about_and_denied_next_is_no_offer(
    language: str, denied: str, confirmed: str
) -> None:
    assert "reward" not in _rules(denied, language)
    assert "reward" in _rules(confirmed, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "No discount this time, but a free whitening pen for everyone who reviews us."),
        ("en", "We can't give cash for reviews, but post one on Facebook for a £15 voucher."),
        ("en", "Reviews earn a 10% discount, no catch."),
        ("en", "Why not leave a review and get 10% off?"),
        ("en", "Nothing says thank you like 10% off for this review."),
        ("ru", "Скидок у нас нет, но за отзыв мы подарим вам электрическую щётку."),
        ("ru", "Скидка 10% за отзыв, не упустите!"),
        ("ru", "Тем, кто ещё не оставил отзыв, дарим скидку за отзыв."),
        ("uk", "Знижок у нас немає, але за відгук ми подаруємо вам електричну щітку."),
        ("pl", "Rabatów nie mamy, ale za opinię podarujemy Panu szczoteczkę."),
        ("pl", "Za opinię rabat 10%, nie przegap!"),
        ("zh", "我们不给现金，不过把这条评价同步到大众点评，就送您一张代金券。"),
        ("zh", "虽然不能返现，但好评可以换一张洗牙券哦。"),
        ("zh", "好评送无门槛优惠券。"),
        ("zh", "不是返现，是给写评价的老患者送一次免费口腔检查。"),
    ],
)
def test_an_offer_beside_a_refusal_or_a_negative_that_urges_is_still_a_reward(
    language: str, reply: str
) -> None:
    assert "reward" in _rules(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Пенсионерам скидка 10%. Скидка действует для всех, отзыв для этого не нужен."),
        ("uk", "Пенсіонерам знижка 10%. Знижка діє для всіх, відгук для цього не потрібен."),
        ("pl", "Seniorzy mają 10% zniżki. Zniżka obowiązuje wszystkich, opinia nie jest wymagana."),
    ],
)
def test_an_offer_to_everyone_that_needs_no_review_is_no_reward(language: str, reply: str) -> None:
    assert "reward" not in _rules(reply, language)


def test_an_english_payment_rule_after_a_greeting_is_nobodys_bill() -> None:
    review = "A deposit for a consultation? Really?"

    def rules(reply: str) -> set[str]:
        found = find_confidentiality_problems(
            reply, language="en", review_text=review, reviewer_name="Yvonne"
        )
        return {f.rule for f in found}

    assert "billing" not in rules(
        "Hello Yvonne, every orthodontic consultation needs a £50 deposit when booked."
    )
    assert "billing" not in rules(
        "Our cancellation policy asks for 48 hours' notice; after that the £40 deposit is kept."
    )
    assert "billing" not in rules(
        "Yvonne, we ask for a deposit of £40 when booking new patient appointments."
    )
    assert "billing" in rules("Hello Yvonne, your £50 deposit was kept when you cancelled.")
    assert "billing" in rules("Yvonne, we take a £40 deposit from you as you missed two visits.")
    assert "billing" in rules("After that, the £40 deposit you paid in March was kept.")
