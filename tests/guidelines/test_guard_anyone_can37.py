"""Session 37 (gconf37, issue 16): what any patient may do ("any patient can book the same
doctor again", "Пациенты могут ...", "Кожен пацієнт має право ...", "患者可以随时申请更换主治医生")
is a policy of the practice, not a care relationship of the reviewer's: such replies pass the
editor's check in every language. The same care said to the reviewer ("your attending
doctor", "ждёт вас на контрольный осмотр", "这位患者可以下周来复查") stays blocked, also next
to a sentence of what anyone may do."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (language, review, reply): good replies the practice may publish
PASS = [
    (
        "en",
        "Can I change doctor?",
        "Patients can ask to change their attending doctor at reception at any time.",
    ),
    (
        "ru",
        "Как записаться?",
        "Любой пациент может записаться на повторный приём к тому же врачу онлайн.",
    ),
    (
        "ru",
        "Можно сменить врача?",
        "Каждый пациент вправе сменить лечащего врача, для этого достаточно заявления.",
    ),
    (
        "uk",
        "Як записатися?",
        "Будь-який пацієнт може записатися на повторний прийом до того самого лікаря онлайн.",
    ),
    (
        "pl",
        "Czy można zmienić lekarza?",
        "Każdy pacjent może poprosić o zmianę lekarza prowadzącego w rejestracji.",
    ),
    ("zh", "想问一下能不能换医生", "患者可以随时申请更换主治医生，前台会协助办理。"),
    ("zh", "请问能用医保吗", "医保患者可以直接刷卡，复诊时也一样。"),
]

# (language, review, reply, a rule the editor must show)
BLOCK = [
    (
        "en",
        "Can I change doctor?",
        "As one of our regular patients, you can book your next check-up with your usual "
        "dentist online.",
        "confirms_patient",
    ),
    (
        "ru",
        "Можно сменить врача?",
        "Пациенты могут сменить врача, но ваш лечащий врач Петров уже ждёт вас на контрольный "
        "осмотр.",
        "confirms_patient",
    ),
    (
        "uk",
        "Можна змінити лікаря?",
        "Пацієнти можуть змінити лікаря, але ваш лікуючий лікар уже чекає вас на контрольний "
        "огляд.",
        "confirms_patient",
    ),
    (
        "pl",
        "Czy można zmienić lekarza?",
        "Jak każdy nasz stały pacjent, może Pan umówić się na kolejną wizytę kontrolną u swojego "
        "lekarza prowadzącego.",
        "confirms_patient",
    ),
    ("zh", "想问一下能不能换医生", "这位患者可以下周来复查了。", "confirms_patient"),
    ("zh", "服务很好", "您的孩子可以下周来复查。", "confirms_patient"),
]


@pytest.mark.parametrize(("language", "review", "reply"), PASS)
def test_what_any_patient_may_do_passes_the_editors_check(
    language: str, review: str, reply: str
) -> None:
    assert rules_in_editor(reply, review, language) == set()


@pytest.mark.parametrize(("language", "review", "reply", "rule"), BLOCK)
def test_care_said_to_the_reviewer_beside_a_policy_stays_blocked(
    language: str, review: str, reply: str, rule: str
) -> None:
    assert rule in rules_in_editor(reply, review, language)
