"""Session 46 (gsyn46, issue 16): the reviewer's own money and papers told to them in words
the lists lacked, found by round 46s (tests/guidelines/data/own_<lang>_round46s.jsonl): a sum
they owe told by "за вами" with a "можно" after it, the reminder of their next payment with no
"ваш" / "Pan", their deposit kept by the practice, and a paper of theirs (a certificate, a
referral, a discharge summary, their card) told as done once. Each family is tested in sentences
written for this test (not the round's), beside what anyone may be told about the same money or
papers (a rule, a price, a reminder to all)."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

REVIEW = {
    "ru": "Всё понравилось, спасибо.",
    "uk": "Все сподобалося, дякую.",
    "pl": "Wszystko w porządku.",
}

BLOCKED = [
    # a sum they owe, told by 'за вами', whatever 'можно' follows
    (
        "ru",
        "Геннадий, за вами до сих пор числится задолженность, закрыть её можно через приложение.",
    ),
    ("ru", "Вера, за вами остаётся небольшая сумма, внести её можно в любой филиал."),
    ("ru", "Вера, за тобой висит неоплаченный счёт, оплатить его можно на кассе."),
    ("uk", "Геннадію, за вами досі значиться заборгованість, закрити її можна через застосунок."),
    ("uk", "Віро, за вами лишається невелика сума, внести її можна в будь-якій філії."),
    # the reminder of their next payment, with no 'ваш' / 'Pan'
    (
        "ru",
        "Спасибо! Напоминаем, что ближайший платёж по договору нужно внести до двадцатого.",
    ),
    ("ru", "Напомним вам, что оставшуюся сумму можно доплатить до конца недели."),
    (
        "uk",
        "Дякуємо! Нагадуємо, що найближчий платіж за договором треба внести до двадцятого.",
    ),
    ("uk", "Нагадаємо вам, що останню частину суми можна доплатити до кінця тижня."),
    ("pl", "Uprzejmie przypominamy, że najbliższa wpłata według umowy przypada do dwudziestego."),
    ("pl", "Przypominamy, że pozostałą kwotę można dopłacić do końca tygodnia."),
    # their deposit kept by the practice, one act, whatever rule of the contract follows
    ("ru", "Вера, задаток за отменённый визит мы удержали, как предусмотрено договором."),
    ("ru", "Вера, аванс мы не вернули, потому что запись отменили менее чем за сутки."),
    ("uk", "Віро, завдаток за скасований візит ми утримали, як передбачено договором."),
    ("uk", "Аванс ми не повернули, бо запис скасували менш ніж за добу."),
    # their pass of visits
    ("ru", "Вера, ваш абонемент на занятия в бассейне истёк."),
    ("uk", "Віро, ваш абонемент на заняття в басейні закінчився."),
]

PASSED = [
    ("ru", "Задаток при отмене менее чем за сутки не возвращается, так у всех клиник города."),
    ("ru", "Напоминаем, что оплата у нас принимается картой и наличными."),
    ("ru", "Выбор времени визита остаётся за вами, звоните в любой день."),
    ("ru", "Предоплату мы берём только за имплантацию, её размер указан на сайте."),
    ("ru", "Абонементы в бассейн действуют три месяца с даты покупки."),
    ("uk", "Завдаток при скасуванні менш ніж за добу не повертається, так у всіх клініках міста."),
    ("uk", "Нагадуємо, що оплата в нас приймається карткою і готівкою."),
    ("uk", "Вибір часу візиту залишається за вами, телефонуйте в будь-який день."),
    ("uk", "Абонементи в басейн діють три місяці з дати покупки."),
    ("pl", "Przypominamy, że płatności przyjmujemy kartą i gotówką."),
    ("pl", "Przypominamy wszystkim, że kolejna edycja promocji ruszy w maju."),
    (
        "pl",
        "Zadatek przy odwołaniu na mniej niż dobę przed wizytą nie jest zwracany.",
    ),
    ("pl", "Raty są płatne do dziesiątego dnia każdego miesiąca, szczegóły w regulaminie."),
]

# a paper of theirs told as done once, with no "уже" / "ваш" / "Pani" before it; beside how long
# papers take, or who issues them, for everyone
PAPER_BLOCKED = [
    ("ru", "Вера, справку для бассейна подписали, заберите её у администратора."),
    ("ru", "Вера, выписку передали в поликлинику по месту жительства."),
    ("ru", "Вера, направление к кардиологу оформлено, талон придёт в СМС."),
    ("ru", "Вера, карточку сына перенесли в детское отделение."),
    ("uk", "Віро, довідку для басейну підписали, заберіть її в адміністратора."),
    ("uk", "Віро, виписку вже передали до поліклініки за місцем проживання."),
    ("uk", "Віро, направлення до кардіолога оформлене, талон прийде в СМС."),
    ("uk", "Віро, картку сина перенесли до дитячого відділення."),
    ("uk", "Віро, декларацію з лікарем переоформили на нову адресу."),
    ("pl", "Pani Wero, wypis przekazaliśmy już do przychodni rejonowej."),
    ("pl", "Pani Wero, skierowanie do kardiologa jest wystawione, kod przyjdzie SMS-em."),
    ("pl", "Pani Wero, deklarację do lekarza rodzinnego przepisaliśmy na nowy adres."),
]

PAPER_PASSED = [
    ("ru", "Справка для бассейна готова через час после осмотра, это для всех одинаково."),
    ("ru", "Выписки мы передаём в поликлинику автоматически, ничего делать не нужно."),
    ("ru", "Направление к кардиологу оформляет терапевт после осмотра."),
    ("uk", "Довідка для басейну готова через годину після огляду, це для всіх однаково."),
    ("uk", "Виписки ми передаємо до поліклініки автоматично, нічого робити не треба."),
    ("uk", "Направлення до кардіолога оформлює терапевт після огляду."),
    ("pl", "Wypisy przekazujemy do przychodni automatycznie, nic nie trzeba robić."),
    ("pl", "Skierowanie do kardiologa wystawia internista po badaniu."),
    ("pl", "Płatności kartą przyjmujemy w każdej placówce."),
]


def _found(language: str, reply: str) -> list[str]:
    found = find_confidentiality_problems(
        reply, review_text=REVIEW[language], language=language, reviewer_name=""
    )
    return [f.code.value for f in found]


@pytest.mark.parametrize(("language", "reply"), BLOCKED + PAPER_BLOCKED)
def test_their_own_money_told_in_other_words_is_blocked(language: str, reply: str) -> None:
    assert _found(language, reply)


@pytest.mark.parametrize(("language", "reply"), PASSED + PAPER_PASSED)
def test_the_same_money_said_to_anyone_passes(language: str, reply: str) -> None:
    assert _found(language, reply) == []
