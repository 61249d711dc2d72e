"""Session 26 (gyou26): "you" said of anyone against "you" of this reviewer, and the Ukrainian
past-verb reading of the guard ([guard] specific) read across the apostrophe.

The uk past-verb pattern cut words at the apostrophe: "обов'язково" read as a past verb "обов",
"здоров'я" as "здоров", so a sentence of advice for anyone ("для здоров'я зубів варто ...")
read as one telling of a past event, and its health words as someone's. A word is now read
whole (a past verb after an apostrophe, "з'явилася", is still one), and a state reported
("стан після операції стабільний", caught before only where such a word stood beside it) is an
outcome of someone's care.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

REVIEW = "Дякую, все добре."


@pytest.mark.parametrize(
    "reply",
    [
        "Дякуємо! Для здоров'я зубів варто двічі на рік проходити професійну гігієну.",
        "Дякуємо! Для здоров’я ясен варто раз на пів року робити професійну чистку.",
    ],
    ids=["apostrophe", "typographic_apostrophe"],
)
def test_uk_advice_with_an_apostrophe_word_is_no_past_event(reply: str) -> None:
    assert rules_broken(reply, "uk", REVIEW, "") == set()


@pytest.mark.parametrize(
    "reply",
    [
        "Дякуємо за відгук. Алергія на анестетик з'явилася вже після процедури.",
        "Дякуємо! Стан після операції стабільний.",
        "Дякуємо! Стан здоров'я після операції стабільний.",
    ],
    ids=["past_after_apostrophe", "state_reported", "state_of_health_reported"],
)
def test_uk_past_events_and_reported_states_of_someones_care_are_blocked(reply: str) -> None:
    assert "health_detail" in rules_broken(reply, "uk", REVIEW, "")


# A rule for anyone by its grammar (WhomReading.states_a_rule): a condition of the present, "you"
# only inside it, no past event outside it, no outcome, a day only in a condition that names
# no one. Each good reply was flagged before; each bad look-alike is still blocked.
RULES = [
    # the reviewer greeted, "you" of anyone booking; the X-rays are anyone's
    (
        "ru",
        "Как попасть к хирургу?",
        "Олег",
        "Олег, когда вы записываетесь на удаление зуба, консультация бесплатная, а снимок "
        "делается на месте.",
        "Олег, когда вы записывались на удаление зуба, снимок уже был готов.",
    ),
    # a day inside a condition that names no one: the practice's timetable
    (
        "ru",
        "Справку ждать три дня?",
        "",
        "Если заказать справку в пятницу вечером, она будет готова в понедельник.",
        "Ваша справка будет готова в понедельник, если заберёте её после обеда.",
    ),
    (
        "uk",
        "Чому рецепт так довго?",
        "",
        "Якщо замовити рецепт у четвер увечері, він буде готовий у понеділок.",
        "Ваш рецепт на інсулін був готовий у понеділок, ми телефонували.",
    ),
    (
        "pl",
        "Dlaczego recepta tak długo?",
        "",
        "Jeśli zamówi się receptę w piątek po południu, będzie gotowa we wtorek.",
        "Pani recepta na insulinę była gotowa we wtorek, dzwoniliśmy.",
    ),
    (
        "zh",
        "复诊怎么约？",
        "",
        "如果周五下午预约复诊，一般周二才能安排。",
        "您周五下午的复诊已经改到周二了。",
    ),
    # "Pani" only inside the condition: the deposit rule is anyone's
    (
        "pl",
        "Nie oddali mi pieniędzy!",
        "Ewa",
        "Pani Ewo, jeśli odwołuje Pani wizytę na implant później niż dobę wcześniej, zaliczka "
        "przepada.",
        "Pani Ewo, zaliczkę za Pani implant zatrzymaliśmy, bo odwołała Pani wizytę za późno.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        RULES,
        "language review reviewer good bad",
        rule=ANY_RULE,
        ids=["ru_greeted", "ru_day", "uk_day", "pl_day", "zh_day", "pl_deposit"],
    ),
)
def test_a_rule_that_says_you_of_anyone_passes_and_its_particular_look_alike_is_blocked(
    probe: Probe,
) -> None:
    check(probe)


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        # "you" outside the condition: their own test
        ("uk", "Ваш мазок прострочений, тож запишіться, коли зможете."),
        ("en", "Your smear test is overdue, so please book one when you can."),
        # an outcome supposed: someone's treatment going well
        ("ru", "Отменять инсулин без врача не стоит, даже если сахар в норме."),
        # a day in a condition that names them: their own appointment
        ("zh", "如果您周五来不了，请提前打电话。"),
        ("en", "If you can't make it on Friday, we'll move the extraction to Monday."),
        # a habit of theirs is no rule
        ("en", "Every time you come in for your injections, the team is delighted."),
    ],
    ids=["uk_your_test", "en_your_test", "ru_outcome", "zh_your_day", "en_your_day", "habit"],
)
def test_what_a_condition_does_not_make_general_stays_blocked(lang: str, reply: str) -> None:
    assert rules_broken(reply, lang, "", "") != set()
