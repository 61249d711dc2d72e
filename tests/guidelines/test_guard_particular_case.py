"""One particular case told without "you" (session 26, gdef26, issue 16, five languages): a
reply sentence whose subject or topic is a definite care object with a finding, a plan or a
state said of it ("The crown will have to be redone", "Пломба стоит хорошо", "Зуб треба
лікувати") tells, in a reply to that patient's review, their care, though it names no one; its
general twin (a possibility, a rule of the practice, "usually") tells no one's. Each case is
judged as the editor judges a reply (``guard_reply``: the review, its author and the practice's
settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, the particular case, its general twin)
CASES = [
    (
        "en",
        "Lovely receptionist, short wait.",
        "",
        "Thank you so much! The bridge will have to be replaced, and the lab is already on it.",
        "Thank you so much! A bridge can usually be replaced within two weeks by our lab.",
    ),
    (
        "en",
        "Good service overall.",
        "Nina",
        "Thanks, Nina. The crown still needs a small adjustment, so we'll be in touch.",
        "Thanks, Nina. Crowns can need a small adjustment, which is always free here.",
    ),
    (
        "ru",
        "Всё понравилось, спасибо.",
        "",
        "Спасибо за отзыв! Пломба держится хорошо, лечение продолжим в следующий раз.",
        "Спасибо за отзыв! Пломба обычно держится много лет при хорошем уходе.",
    ),
    (
        "uk",
        "Чудова клініка.",
        "Марта",
        "Марто, дякуємо! Знімок показує невелику кісту, лікар усе пояснить.",
        "Марто, дякуємо! Знімок може показати кісту, якої не видно під час огляду.",
    ),
    (
        "pl",
        "Miła obsługa.",
        "",
        "Dziękujemy! Plomba trzyma się dobrze, do zobaczenia.",
        "Dziękujemy! Plomba zwykle trzyma się wiele lat przy dobrej higienie.",
    ),
    (
        "zh",
        "服务很好。",
        "",
        "谢谢您的评价！补牙的地方很牢固，下次见。",
        "谢谢您的评价！补过的牙一般可以用很多年，下次见。",
    ),
]


@pytest.mark.parametrize(
    "probe", probes(CASES, "language review reviewer bad _", rule="health_detail")
)
def test_a_particular_case_without_you_is_a_health_detail(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(CASES, "language review reviewer _ good"))
def test_its_general_twin_tells_no_ones_care(probe: Probe) -> None:
    check(probe, editor=True)
