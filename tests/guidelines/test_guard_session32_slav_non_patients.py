"""Session 32 (gslav32, issue 16): Ukrainian and Russian good replies to people who are no
patients no longer flagged; their twins that tell care still are.

- A review that tells its writer came in another role ([guard] not_a_patient, new for uk and
  ru: a job applicant, a former employee, a student on a placement, a courier, a supplier, a
  contractor, a neighbour by where they live, a journalist, an inspector, or a writer who says
  outright they are no patient) makes a phrase of confirms_patient that names no word of care a
  meeting, and a date or a sum in a clause that does not name both care and the reviewer (or a
  relative) the practice's own day or the trade's invoice.
- An examination of a thing is no one's care ([guard] idiom: "огляд приміщень").
- A relative named without "your" as the object of a past verb of care is theirs ("маму вже
  виписали"), and a debt told as settled is a bill ("заборгованість ... її погашено").

Each case is judged as the editor judges a reply (the review, its author and the practice's
default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (language, review, a good reply, its twin that leaks, a rule the twin breaks)
CASES = [
    (
        "uk",
        "Я кур'єр «Мііст», чекав на рецепції пів години з коробками.",
        "Перепрошуємо за очікування! Наступного разу вас зустріне завгосп біля службового входу.",
        "Перепрошуємо за очікування! Наступного разу вас зустріне лікар, щоб зняти вам шви.",
        "health_detail",
    ),
    (
        "uk",
        "Ми постачаємо вам рукавички, а рахунок за квітень досі не оплачено.",
        "Вибачте за затримку: бухгалтерія оплатила рахунок учора, кошти надійдуть до п'ятниці.",
        "Вибачте за затримку. До речі, заборгованість за ваше лікування кореня — її погашено.",
        "billing",
    ),
    (
        "ru",
        "Пришла на собеседование на должность администратора, ждала сорок минут.",
        "Спасибо, что дождались! Директор будет рад принять вас в понедельник в 10:00.",
        "Спасибо! Напоминаем, что в понедельник у вас повторный осмотр у кардиолога.",
        "confirms_patient",
    ),
    (
        "ru",
        "Живу над клиникой, по ночам гудит вентиляция.",
        "Спасибо, что написали. В четверг инженер проведёт осмотр помещений и вентиляции.",
        "Спасибо, что написали. В четверг ждём вас на осмотр у невролога, как договаривались.",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize(
    ("language", "review", "reply", "twin", "rule"),
    CASES,
    ids=["uk-courier", "uk-supplier", "ru-applicant", "ru-neighbour"],
)
def test_a_good_reply_to_a_non_patient_passes_and_its_twin_that_tells_care_is_found(
    language: str, review: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, language, "") == set()
    assert rule in rules_in_editor(twin, review, language, "")


def test_a_writer_who_says_they_are_no_patient_is_still_answered_with_care_found() -> None:
    review = "Я не ваш пацієнт, просто привозив воду, а охоронець нагрубив."
    reply = "Вибачте за охоронця. Ви ж у травні лікували в нас пульпіт — ми вас пам'ятаємо."
    assert "confirms_patient" in rules_in_editor(reply, review, "uk", "")


def test_a_relative_without_your_told_as_discharged_is_found() -> None:
    assert "confirms_patient" in rules_in_editor(
        "Дякуємо! До речі, тата вже виписали, довідку можна забрати завтра.", "Дякую!", "uk", ""
    )
    assert "confirms_patient" in rules_in_editor(
        "Спасибо! Кстати, бабушку уже выписали, справка готова.", "Спасибо!", "ru", ""
    )
    # a count of children seen at schools is nobody's care in particular
    assert (
        rules_in_editor(
            "Дякуємо! Торік ми оглянули понад тисячу дітей у школах району.", "Дякую!", "uk", ""
        )
        == set()
    )
