"""Round 33slav (session 33, issue 16): Ukrainian and Russian money and days read by word family.

Leaks: a money word of the reviewer's bill in any case and number, with no amount beside it
('доплату ви можете внести', 'компенсацию вам уже перечислили', 'внеску', 'переплату'); a day of
the month by its ordinal alone ('до двадцятого', 'с десятого по пятнадцатое', 'на третє число'),
a part of a month, a weekday told by its week, a quarter-hour.

False alarms: the same money words of no one ('залишок сплачується в день операції', 'рассрочку
оформляем без переплаты'), an apology for the review's own overpayment, an article with its
author, a rule of the lab that names a weekday ('к следующему понедельнику').

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and the
practice's default settings); every leak here passed the rules before this round."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, reply, the rule it breaks)
LEAKS = [
    ("uk", "Дякую за прийом", "Ірина", "Дякуємо! Доплату ви внесете наступного разу.", "billing"),
    ("uk", "Дякую", "Ірина", "Ірино, дякуємо! Ваш внесок ми вже отримали.", "billing"),
    ("uk", "Дякую", "Ірина", "Дякуємо! Переплату ми вам повернемо на картку.", "billing"),
    ("uk", "Дякую", "Ірина", "Дякуємо! Компенсацію ми вам уже перерахували.", "billing"),
    ("ru", "Спасибо", "Ирина", "Спасибо! Компенсацию вам уже перечислили.", "billing"),
    ("ru", "Спасибо", "Ирина", "Спасибо! Переплату вернём вам на карту.", "billing"),
    ("ru", "Спасибо", "Ирина", "Спасибо! Доплату вы внесёте в регистратуре.", "billing"),
    ("uk", "Дякую", "Ірина", "Дякуємо! Приходьте до двадцятого.", "date"),
    ("uk", "Дякую", "Ірина", "Дякуємо! Приходьте о чверть на третю.", "date"),
    ("uk", "Дякую", "Ірина", "Дякуємо! Чекаємо вас наступної середи.", "date"),
    ("uk", "Дякую", "Ірина", "Дякуємо! Огляд призначено на першу половину травня.", "date"),
    ("ru", "Спасибо", "Ирина", "Спасибо! Приходите до двадцатого.", "date"),
    ("ru", "Спасибо", "Ирина", "Спасибо! Ваш приём перенесли на третье число.", "date"),
    ("ru", "Спасибо", "Ирина", "Спасибо! Осмотр назначен на первую половину мая.", "date"),
]

# (language, review, author, a good reply of these words)
GOOD = [
    ("uk", "Чи є розстрочка?", "Ірина", "Розстрочку на вініри оформлюємо без переплати."),
    ("uk", "Скільки платити?", "Ірина", "Залишок сплачується в день операції, як і в усіх."),
    ("ru", "Есть рассрочка?", "Ирина", "Рассрочку на виниры оформляем без переплаты."),
    (
        "uk",
        "Переплатила за аналізи, бо касирка помилилася. Гроші повернули лише через тиждень.",
        "Оксана",
        "Оксано, вибачте, що повернення переплати зайняло цілий тиждень. Тепер касир оформлює "
        "повернення одразу.",
    ),
    (
        "ru",
        "Полезный блог",
        "Тимур",
        "Тимур, спасибо! В блоге вышла статья эндокринолога о том, как распознать тиреоидит.",
    ),
    (
        "ru",
        "Сколько ждать гистологию?",
        "Родион",
        "Родион, если материал отправлен до среды, заключение обычно готово к следующему "
        "понедельнику.",
    ),
]


@pytest.mark.parametrize("probe", probes(LEAKS, "language review reviewer bad rule"))
def test_a_money_word_or_a_day_of_the_reviewer_is_found_in_any_form(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(GOOD, "language review reviewer good"))
def test_the_same_words_of_no_one_are_clear(probe: Probe) -> None:
    check(probe, editor=True)
