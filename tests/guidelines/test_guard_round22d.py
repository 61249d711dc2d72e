"""Round 22d (uk, ru, pl, zh): a complaint of theirs put on record is news about them.

A possessive of theirs on a complaint word ("вашу скаргу", "ваше обращение", "Pani reklamację",
"您的投诉"), or one word before it ("ваша письменная жалоба", "您的书面投诉"), in a clause that
also tells it was entered in a register ("зареєстрували", "внесено в журнал", "zarejestrowaliśmy",
"备案", "登记"), tells that they filed a complaint the review did not mention. The same register
said of every complaint (a rule of the practice) and their review passed on to the team pass.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reviewer, bad reply, the rule it breaks, good look-alike)
PAIRS = [
    (
        "uk",
        "Мені не сподобалось.",
        "Олена",
        "Дякуємо, Олено. Вашу скаргу ми зареєстрували, номер надішлемо листом.",
        "new_information",
        "Дякуємо, Олено. Усі скарги ми реєструємо і відповідаємо протягом тижня.",
    ),
    (
        "ru",
        "Мне не понравилось.",
        "Игорь",
        "Спасибо, Игорь. Ваше обращение внесено в журнал, руководитель с ним ознакомится.",
        "new_information",
        "Спасибо, Игорь. Каждое обращение у нас вносится в журнал и получает ответ.",
    ),
    (
        "ru",
        "Мне не понравилось.",
        "Игорь",
        "Игорь, ваша письменная жалоба зарегистрирована, ответ придёт на почту.",
        "new_information",
        "Игорь, ваш отзыв мы передали руководителю, спасибо, что написали.",
    ),
    (
        "pl",
        "Nie podobało mi się.",
        "Marta",
        "Pani Marto, Pani reklamację zarejestrowaliśmy i przekazaliśmy kierownikowi.",
        "new_information",
        "Pani Marto, każdą reklamację rozpatrujemy w ciągu tygodnia.",
    ),
    (
        "zh",
        "不太满意。",
        "张女士",
        "您的投诉已经备案，院长会亲自跟进。",
        "new_information",
        "所有投诉都会备案，院长会亲自跟进。",
    ),
    (
        "zh",
        "不太满意。",
        "张女士",
        "您的书面投诉已经登记，我们正在调查。",
        "new_information",
        "您的评价我们已经转达给院长，谢谢您的反馈。",
    ),
]


@pytest.mark.parametrize("probe", probes(PAIRS, "language review reviewer bad rule good"))
def test_their_complaint_put_on_record_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        # the review tells of their complaint: its record repeats what it says
        (
            "ru",
            "Написал жалобу, ответа нет.",
            "Ваше обращение зарегистрировано, ответ будет направлен письменно.",
        ),
        (
            "uk",
            "Написав скаргу, відповіді немає.",
            "Вашу скаргу зареєстровано, відповідь надішлемо.",
        ),
        ("zh", "投诉了也没人理。", "您的投诉已登记，我们会尽快回复。"),
        # the register said of every complaint, with nothing of theirs
        ("pl", "Źle.", "Każde zgłoszenie jest u nas rejestrowane i dostaje numer."),
    ],
)
def test_a_record_the_review_tells_of_or_a_rule_for_all_passes(
    language: str, review: str, reply: str
) -> None:
    assert rules_broken(reply, language, review, "") == set()
