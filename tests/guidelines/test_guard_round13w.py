"""Round 13w (issue 16): the guard reads whom a clause is about and what it asserts. Implicit
confirmations and new information, with no medical word, buried in long replies, are blocked;
the same words said of the practice or of anyone, privacy statements and echoes pass."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems


def _codes(reply: str, language: str, reviewer: str, review: str = "") -> set[FindingCode]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer, learned=False
    )
    return {f.code for f in found}


@pytest.mark.parametrize(
    ("language", "reviewer", "reply", "code"),
    [
        (
            "en",
            "Jo",
            "Thanks Jo! We've painted the corridors since spring. We look forward to "
            "continuing to look after you and your dad for years to come.",
            FindingCode.CONFIRMS_PATIENT,
        ),
        (
            "en",
            "Lee",
            "Lee, thanks for writing. We added a second desk. We should say that the last two "
            "slots reserved under your name were cancelled on the day itself.",
            FindingCode.NEW_INFORMATION,
        ),
        (
            "ru",
            "Олег",
            "Спасибо, Олег! Мы обновили холл. Вы ходите к нам так давно, что стали почти родным.",
            FindingCode.CONFIRMS_PATIENT,
        ),
        (
            "ru",
            "Инна",
            "Инна, спасибо. Днём у нас много людей. Вы пришли на двадцать минут позже "
            "назначенного, поэтому пришлось подождать.",
            FindingCode.NEW_INFORMATION,
        ),
        (
            "uk",
            "Ірина",
            "Ірино, дякуємо. Ми вже отримували Ваш попередній лист про цю ж працівницю.",
            FindingCode.NEW_INFORMATION,
        ),
        (
            "pl",
            "Maria",
            "Dziękujemy, Pani Mario! Pani Anna, która się Panią zajmowała, bardzo się ucieszyła.",
            FindingCode.CONFIRMS_PATIENT,
        ),
        (
            "zh",
            "郑女士",
            "郑女士，非常抱歉。下午是最忙的时段。我们也注意到您比约定时间晚到了二十分钟。",
            FindingCode.NEW_INFORMATION,
        ),
    ],
)
def test_an_implicit_confirmation_or_news_about_the_reviewer_is_a_finding(
    language, reviewer, reply, code
):
    assert code in _codes(reply, language, reviewer)


@pytest.mark.parametrize(
    ("language", "reviewer", "review", "reply"),
    [
        (
            "en",
            "Kim",
            "Is it worth joining?",
            "Hi Kim! If you ever need an appointment at short notice, you can always call us.",
        ),
        (
            "en",
            "Liam",
            "Hard to reschedule.",
            "Thanks, Liam. Patients can now move or cancel a booking online up to two hours "
            "beforehand.",
        ),
        (
            "ru",
            "Кира",
            "Стоит ли к ним идти?",
            "Кира, если вам когда-нибудь понадобится срочный приём, всегда можно позвонить нам.",
        ),
        (
            "pl",
            "Wiktor",
            "Czy przyjmujecie wieczorem?",
            "Tak, Panie Wiktorze! Pani doktor Nowak przyjmuje we wtorki do ósmej.",
        ),
        (
            "zh",
            "尤里",
            "会发提醒吗？",
            "会的，尤里！如果您需要改时间，您可以直接回复短信取消。",
        ),
    ],
)
def test_the_same_words_said_of_anyone_pass(language, reviewer, review, reply):
    assert not _codes(reply, language, reviewer, review) & {
        FindingCode.CONFIRMS_PATIENT,
        FindingCode.NEW_INFORMATION,
    }
