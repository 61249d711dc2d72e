"""Session 45 (gvocab45, issue 16): two of the blind set's leak kinds in Ukrainian, in sentences
written for this file: a check-up that is due for the reader ('вам уже пора на контрольний
огляд') and a message of ours waiting in the reader's own account or app ('зазирніть у свій
профіль'). Both tell that the reader is a patient. The same words said of everyone, or a
reader asked to look at the practice's own pages, pass."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

LEAKS = [
    "Дякуємо за відгук! Тобі вже пора на контрольний огляд, не відкладай.",
    "Дякуємо! Здається, вам якраз час на чергову ревакцинацію.",
    "Дякуємо, Олесю! Вам скоро час на профілактичну перевірку, ми нагадаємо.",
    "Дякуємо! Відкрийте свій акаунт у нашому додатку: там чекає відповідь лікарки.",
    "Дякуємо! Загляньте, будь ласка, до свого кабінету на сайті, ми все пояснили.",
    "Дякуємо за терпіння! Перегляньте вашу скриньку в застосунку, там новий лист.",
]

GENERAL = [
    "Дякуємо! Дорослим раз на рік час на профілактичний огляд. Гарного дня!",
    "Дякуємо! Перегляньте, будь ласка, розклад лікарів на сайті. Гарного дня!",
    "Дякуємо! Вам час на відпочинок після такого тижня, бережіть себе.",
    "Дякуємо! Перевірте свою пошту: ми надіслали відповідь на запитання про вакансію.",
]


@pytest.mark.parametrize("probe", probes(LEAKS, "bad", rule="confirms_patient", language="uk"))
def test_a_check_up_due_or_a_message_in_their_account_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(GENERAL, "good", language="uk"))
def test_the_same_words_said_of_everyone_pass(probe: Probe) -> None:
    check(probe)
