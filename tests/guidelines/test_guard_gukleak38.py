"""Session 38 (gukleak38): Ukrainian and Russian leaks of the blind set's kinds (issue 16) read by
word family and reading, not by listed replies: a refund or receipt processed once, a receipt
sent to their own address, a call to them on a weekday, a relative called theirs by "у вас", a
doctor's answer in the app's chat. Each reply is judged as the editor judges it, after a plain
review; the sentences are probes written for the mechanism, none of the pool's items."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_after_a_plain_review as rules_of


# A refund, a receipt or a compensation told in the perfective past ("оформили", "провели") is
# one case's money: the reviewer's; the same word with a present of routine is a rule for all.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Повернення вже оформили — гроші надійдуть за кілька днів."),
        ("uk", "Дякуємо за терпіння! Квитанцію вже оформлено, заберіть її на рецепції."),
        ("ru", "Возврат уже оформили — деньги придут через несколько дней."),
        ("ru", "Спасибо за терпение! Квитанцию уже оформили, заберите её на ресепшене."),
    ],
)
def test_a_refund_or_receipt_processed_once_is_their_bill(language: str, reply: str) -> None:
    assert "billing" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Компенсацію за скасований прийом ми проводимо для всіх протягом тижня."),
        ("uk", "Повернення можна оформити на рецепції або через застосунок."),
        ("ru", "Возврат можно оформить на ресепшене или в приложении."),
    ],
)
def test_a_refund_as_a_way_for_everyone_is_no_bill(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# Every perfective verb of sending ("вислали", "прислали", "отослали") to their own address.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Чек ми вислали на вашу пошту."),
        ("ru", "Чек мы отослали на вашу почту."),
    ],
)
def test_a_receipt_sent_to_their_address_is_their_bill(language: str, reply: str) -> None:
    assert "billing" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Чек ми надсилаємо на пошту кожному пацієнту після оплати."),
        ("ru", "Чек мы отправляем на почту каждому пациенту после оплаты."),
    ],
)
def test_receipts_sent_to_everyone_are_no_bill(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# A weekday with a past verb of contact to them ("в понеділок ми передзвонили вам") dates their
# case; a weekday with the practice's present or its own news is a timetable.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Ще в понеділок ми передзвонили вам щодо запису."),
        ("ru", "Ещё в понедельник мы перезвонили вам насчёт записи."),
    ],
)
def test_a_call_to_them_on_a_weekday_is_a_date(language: str, reply: str) -> None:
    assert "date" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "У понеділок ми приймаємо до 20:00, а в суботу до 15:00."),
        ("uk", "У понеділок ми відкрили новий кабінет."),
        ("ru", "В понедельник мы принимаем до 20:00."),
    ],
)
def test_a_weekday_of_the_timetable_is_no_date(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# "Донечка у вас молодець": the relative is theirs by "у вас" after the noun as by "ваша" before.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Донечка у вас молодець — на другому прийомі вже не плакала."),
        ("uk", "Син у вас справжній герой: на прийомі не плакав."),
        ("ru", "Дочка у вас молодец — на втором приёме уже не плакала."),
        ("ru", "Сын у вас настоящий герой: на приёме не плакал."),
    ],
)
def test_a_relative_praised_as_yours_by_u_vas_confirms_a_patient(language: str, reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Діти у вас завжди бажані гості, а наші педіатри вміють знайти підхід до кожного."),
    ],
)
def test_children_welcome_in_general_confirm_no_one(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# A doctor's answer to them in the app's chat, as uk's "у чаті застосунку".
def test_an_answer_to_them_in_the_apps_chat_confirms_a_patient() -> None:
    assert "confirms_patient" in rules_of("Врач ответил вам в чате приложения.", "ru")


def test_the_apps_chat_as_a_way_for_everyone_confirms_no_one() -> None:
    assert rules_of("Задать вопрос врачу можно в чате приложения.", "ru") == set()


# A payment ("платіж", "платёж") that has or has not arrived is one case's money, as "оплата";
# payments of everyone in the present are a rule.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Платіж за другий етап ще не надійшов, нагадуємо."),
        ("ru", "Платёж за второй этап ещё не поступил, напоминаем."),
    ],
)
def test_a_payment_that_has_not_arrived_is_their_bill(language: str, reply: str) -> None:
    assert "billing" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Платежі карткою зазвичай надходять протягом доби."),
        ("ru", "Платежи картой обычно поступают в течение суток."),
    ],
)
def test_payments_of_everyone_are_no_bill(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()
