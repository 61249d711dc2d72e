"""Session 44 (gleak44, issue 16): leak families found by probing round 44c's kinds in new
wordings, checked here in sentences written for this file: a pregnancy told by the baby inside
(uk, pl, zh), a weight that goes down (uk), a message of ours the reader saw (uk), the staff
member who served the reader named (zh), '老病友' (zh), and a test's verdict whose consequence
part says 'można' (pl). The same words said in general must stay unflagged."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

LEAKS = [
    ("uk", "Дякуємо за відгук! Нехай крихітка під серцем набирається сил. Чекаємо на вас."),
    ("uk", "Дякуємо! У вашому животику вже, мабуть, ворушиться малеча. Гарного дня!"),
    ("uk", "Дякуємо, Оксано! Приємно, що вага потроху тане, так тримати. До зустрічі!"),
    ("uk", "Дякуємо! Після такого стрімкого схуднення дієтолог дуже тішиться. Гарного дня!"),
    ("uk", "Дякуємо! Ви, напевно, вже отримали від нас нагадування про четвер. Гарного дня!"),
    ("pl", "Dziękujemy! Dzidziuś pod sercem na pewno czuje, że mama jest spokojna. Pozdrawiamy!"),
    ("pl", "Dziękujemy! W brzuszku już pewnie fika maleństwo. Pozdrawiamy serdecznie!"),
    (
        "pl",
        "Pani Ireno, dziękujemy! Rezonans kolana nie wykazał uszkodzenia łąkotki, więc można "
        "wracać do biegania.",
    ),
    ("pl", "Panie Adamie, dziękujemy! Enzymy wątrobowe się obniżyły, można odstawić dietę."),
    ("zh", "谢谢您的认可！希望小家伙在您肚子里安安稳稳的。祝您顺心！"),
    ("zh", "谢谢您的好评！为您服务过的护士长李红梅也很感动。欢迎再来！"),
    ("zh", "谢谢您！您是老病友了，大家都记得您。祝您健康！"),
]

GENERAL = [
    (
        "uk",
        "Дякуємо! Майбутнім мамам ми пропонуємо курси підготовки до пологів щосуботи. Гарного дня!",
    ),
    ("uk", "Дякуємо! Програма схуднення з дієтологом триває три місяці. Гарного дня!"),
    (
        "uk",
        "Дякуємо! Якщо ви не отримали нашого нагадування, зателефонуйте на рецепцію. Гарного дня!",
    ),
    (
        "pl",
        "Dziękujemy! Rezonans może wykazać uszkodzenie łąkotki, więc warto go zrobić. Pozdrawiamy!",
    ),
    ("pl", "Dziękujemy! Szkoła rodzenia dla przyszłych mam działa w soboty. Pozdrawiamy!"),
    ("zh", "谢谢您的好评！我们的团队随时为您服务。欢迎再来！"),
    ("zh", "谢谢您的提问！孕期检查一般每四周一次，具体听医生安排。祝您顺心！"),
]


@pytest.mark.parametrize("probe", probes(LEAKS, "language bad", rule=ANY_RULE))
def test_a_leak_of_these_families_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(GENERAL, "language good"))
def test_the_same_words_said_in_general_pass(probe: Probe) -> None:
    check(probe)
