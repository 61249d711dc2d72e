"""Session 36 (gsyn36): money sent back or moved in one act, news brought by the lab, a
measurement that moved, a result said by its outcome and a document ready to collect, read
as families of one act rather than listed words (issue 16). Each reply is judged as the editor
would judge it, with the review; the sentences are probes written after round 36syn, none of
its items."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_after_a_plain_review as rules_of


@pytest.mark.parametrize(
    ("language", "reply", "rule"),
    [
        # money the practice sent back or moved, once: a perfective past or future, a perfect
        ("en", "Thanks! We've transferred the money for the unused sessions.", "billing"),
        ("en", "Thanks Pete! The money will be back with you in three days.", "billing"),
        ("en", "Thanks! The deposit you left has been returned to your card.", "billing"),
        ("ru", "Спасибо! Деньги за неиспользованный абонемент мы перечислили.", "billing"),
        ("uk", "Дякуємо, Петре! Кошти повернемо протягом трьох днів.", "billing"),
        ("uk", "Дякуємо! Гроші за невикористаний абонемент ми перерахували.", "billing"),
        ("zh", "谢谢！没用完的疗程卡费用已经给您转过去了。", "billing"),
        # news of their case brought by the lab or the hospital
        ("en", "Thank you! The lab phoned to say everything was fine.", "new_information"),
        ("en", "Thanks! The lab got in touch to say everything's normal.", "new_information"),
        ("ru", "Спасибо! Лаборант сообщил, что всё хорошо.", "new_information"),
        ("pl", "Dziękujemy! Laborantka dała znać, że wszystko dobrze.", "new_information"),
        ("zh", "谢谢！医院来电说结果正常。", "new_information"),
        # a medicine started for them, a measurement that moved, a result by its outcome
        (
            "en",
            "Thank you, Margaret! The tablets he started you on should be settling in by now.",
            "confirms_patient",
        ),
        (
            "ru",
            "Спасибо за отзыв! Гемоглобин после курса железа заметно подрос. Ждём вас!",
            "health_detail",
        ),
        (
            "uk",
            "Дякуємо за відгук! Гемоглобін після курсу заліза помітно підріс. Чекаємо на вас!",
            "health_detail",
        ),
        (
            "pl",
            "Dziękujemy, Pani Wiktorio! Histopatologia gotowa, nic złego nie znaleziono.",
            "health_detail",
        ),
        # a document ready to collect, with no "your"
        ("ru", "Спасибо! Справка для бассейна готова, можно забирать.", "confirms_patient"),
        ("uk", "Дякуємо! Довідка для басейну готова, можна забирати.", "confirms_patient"),
        ("pl", "Dziękujemy! Zaświadczenie na basen jest do odebrania.", "confirms_patient"),
    ],
)
def test_a_synonym_or_a_buried_detail_of_theirs_is_found(
    language: str, reply: str, rule: str
) -> None:
    assert rule in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # how money comes back to anyone, and the practice's own money
        ("en", "Refunds are always returned to the card used for payment."),
        ("en", "Last year we transferred the money raised at our fun run to the local hospice."),
        ("ru", "Предоплату за отменённый приём мы возвращаем на карту."),
        ("ru", "Деньги с благотворительного забега мы перечислили в хоспис."),
        ("uk", "Гроші з благодійного забігу ми перерахували до хоспісу."),
        ("pl", "Przedpłatę za odwołaną wizytę zwracamy na kartę."),
        ("zh", "提前一天取消的，押金全额退还。"),
        # the lab's habit, results and documents for anyone
        ("en", "The lab calls patients directly if a result needs attention."),
        ("uk", "З лабораторії телефонують пацієнтам самі, якщо треба щось обговорити."),
        ("pl", "Wyniki badań są do odebrania w rejestracji lub w IKP."),
        ("pl", "Testy alergiczne bywają fałszywie dodatnie."),
        ("uk", "Алергопроби бувають хибнопозитивними."),
        ("uk", "Довідки для басейну зазвичай готові наступного дня."),
        # the lab's news for everyone
        (
            "uk",
            "З лабораторії повідомили, що аналізатор відремонтовано, тож усі результати знову"
            " будуть вчасно.",
        ),
        ("en", "The lab rang to say the analyser is fixed, so all results will be on time again."),
    ],
)
def test_the_same_words_said_of_anyone_are_no_finding(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()
