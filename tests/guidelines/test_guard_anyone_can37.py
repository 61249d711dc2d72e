"""Session 37 (gconf37, issue 16): what any patient may do ("any patient can book the same
doctor again", "Пациенты могут ...", "Кожен пацієнт має право ...", "患者可以随时申请更换主治医生")
is a policy of the practice, not a care relationship of the reviewer's: such replies pass the
editor's check in every language. The same care said to the reviewer ("your attending
doctor", "ждёт вас на контрольный осмотр", "这位患者可以下周来复查") stays blocked, also next
to a sentence of what anyone may do. Likewise "other patients" in a rule of the practice ("so as
not to keep other patients waiting") says nothing of the reviewer; said to them ("you were seen
after other patients", "thank you for recommending us to other patients") it still does."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

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


# (language, review, reply): a rule that names other patients, said to no one
OTHERS_PASS = [
    (
        "uk",
        "Запізнилась на прийом",
        "У разі запізнення більш ніж на 15 хвилин прийом може бути перенесено, щоб не "
        "затримувати інших пацієнтів.",
    ),
    (
        "ru",
        "Опоздала на приём",
        "При опоздании более чем на 15 минут приём могут перенести, чтобы не задерживать "
        "других пациентов.",
    ),
    (
        "ru",
        "Предоплата?",
        "Андрей, если вы отменяете запись меньше чем за сутки, предоплата не возвращается; так "
        "время можно отдать другим пациентам.",
    ),
    (
        "en",
        "I was late",
        "If someone is more than 15 minutes late, the appointment may be moved so other "
        "patients are not kept waiting.",
    ),
    (
        "pl",
        "Spóźniłam się",
        "Przy spóźnieniu powyżej 15 minut wizyta może zostać przełożona, aby nie opóźniać "
        "innych pacjentów.",
    ),
    ("zh", "迟到了", "迟到超过15分钟的，就诊可能会顺延，以免耽误其他患者。"),
]

# (language, review, reply, a rule the editor must show): other patients beside the reviewer
OTHERS_BLOCK = [
    ("uk", "Довго чекала", "На жаль, вас прийняли після інших пацієнтів.", "confirms_patient"),
    ("uk", "Дякую!", "Дякуємо, що рекомендуєте нас іншим пацієнтам!", "confirms_patient"),
    ("ru", "Спасибо!", "Ваш пример — лучшая мотивация для других пациентов.", "confirms_patient"),
    ("ru", "Спасибо!", "Спасибо, что рекомендуете нас другим пациентам!", "confirms_patient"),
    (
        "en",
        "Waited ages",
        "Sorry, you were seen after the other patients that morning.",
        "confirms_patient",
    ),
    (
        "pl",
        "Długo czekałam",
        "Niestety, przyjęliśmy Panią dopiero po innych pacjentach.",
        "confirms_patient",
    ),
    (
        "zh",
        "等了很久",
        "很抱歉，您复诊那天排在其他患者后面等了一个小时。",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize("probe", probes(PASS, "language review good"))
def test_what_any_patient_may_do_passes_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad rule"))
def test_care_said_to_the_reviewer_beside_a_policy_stays_blocked(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(OTHERS_PASS, "language review good"))
def test_a_rule_that_spares_other_patients_passes_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(OTHERS_BLOCK, "language review bad rule"))
def test_other_patients_beside_the_reviewer_stay_blocked(probe: Probe) -> None:
    check(probe, editor=True)
