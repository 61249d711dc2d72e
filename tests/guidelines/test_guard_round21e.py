"""Round 21e (ru, uk, pl): bad replies the guard let through, read from whom a step of care is
for and when.

A care word ("приём", "ортодонту", "ortodoncie") is the reviewer's, without any listed phrase,
when its clause speaks or bids to them (a bare "вам", an imperative "не забудьте", "proszę") and
places it at a time counted forward from today ("через месяц", "за місяць", "za miesiąc"): a step
of their care to come. A time of the timetable that the practice held "for you" ("мы освободили
для вас утреннее время") is their booking. A patient's card ("карточка", "картка", "karta")
handled with their complaint is news about them. Each bad reply is blocked; its good look-alike
(the same words said of anyone, of the practice's hours, of a time counted from an event) passes.
Their relative with "your" after it ("свекровь ваша", "teściowa Pani") and the practice as the
place right after ("у нас", "to nasz") is in our care; "from a regular client" ("от постоянной
клиентки") is the reviewer, said of in the third person.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reviewer, bad reply, the rule it breaks, good look-alike)
PAIRS = [
    # a step of their care at a time counted forward from today, said or bid to them
    (
        "ru",
        "Всё аккуратно.",
        "Лидия",
        "Лидия, через месяц вам пора на приём к ортодонту.",
        "confirms_patient",
        "Лидия, спасибо! Через месяц у нас откроется кабинет ортодонта.",
    ),
    (
        "ru",
        "Всё аккуратно.",
        "Лидия",
        "Не забудьте, Лидия, что через месяц пора показаться ортодонту, чтобы подтянуть дугу.",
        "confirms_patient",
        "Лидия, спасибо! Дугу ортодонт обычно подтягивает раз в месяц.",
    ),
    (
        "uk",
        "Усе акуратно.",
        "Лідія",
        "Не забудьте, Лідіє, що за місяць час показатися ортодонту, щоб підтягнути дугу.",
        "confirms_patient",
        "Лідіє, дякуємо! За місяць у нас відкриється кабінет ортодонта.",
    ),
    (
        "pl",
        "Wszystko starannie.",
        "Lidia",
        "Proszę pamiętać, Pani Lidio, że za miesiąc trzeba pokazać się ortodoncie.",
        "confirms_patient",
        "Dziękujemy, Pani Lidio! Za miesiąc otwieramy nowy gabinet ortodontyczny.",
    ),
    # a time of the timetable held for them
    (
        "ru",
        "Неудобно перезаписываться.",
        "Вера",
        "Вера, мы освободили для вас утреннее время в четверг, подтверждение уже отправлено.",
        "confirms_patient",
        "Вера, спасибо! Для вас мы продлили часы работы до девяти вечера.",
    ),
    (
        "uk",
        "Незручно переписуватися.",
        "Віра",
        "Віро, ми звільнили для вас ранковий час у четвер, підтвердження вже надіслано.",
        "confirms_patient",
        "Віро, дякуємо! Для вас ми подовжили години роботи.",
    ),
    (
        "pl",
        "Niewygodnie się przepisywać.",
        "Wiesława",
        "Pani Wiesławo, zwolniliśmy dla Pani poranną godzinę w czwartek.",
        "confirms_patient",
        "Pani Wiesławo, dziękujemy! Dla Państwa wydłużyliśmy godziny otwarcia rejestracji.",
    ),
    # their card taken out for their complaint
    (
        "ru",
        "Врач назначил лишнее.",
        "Роман",
        "Роман, ваше обращение приобщено к карточке, главврач лично проверил все назначения.",
        "new_information",
        "Роман, ваше обращение передано главврачу, он ответит в течение недели.",
    ),
    (
        "uk",
        "Лікар призначив зайве.",
        "Роман",
        "Романе, ваше звернення долучено до картки, головний лікар особисто перевірив усе.",
        "new_information",
        "Романе, ваше звернення передано головному лікарю, він відповість протягом тижня.",
    ),
    (
        "pl",
        "Lekarz przepisał za dużo.",
        "Roman",
        "Panie Romanie, Pana zgłoszenie dołączyliśmy do karty, kierownik sprawdził zalecenia.",
        "new_information",
        "Panie Romanie, Pana zgłoszenie przekazaliśmy kierownikowi, odpowie w ciągu tygodnia.",
    ),
    # their relative, "your" after it, in our care
    (
        "ru",
        "Уютно.",
        "Жанна",
        "Свекровь ваша у нас частый гость, всегда приносит пирожки всей регистратуре!",
        "confirms_patient",
        "Жанна, спасибо! Мама ваша у нас может подождать в холле, там есть кофе.",
    ),
    (
        "uk",
        "Затишно.",
        "Жанна",
        "Свекруха ваша в нас частий гість, завжди пригощає пиріжками всю реєстратуру!",
        "confirms_patient",
        "Жанно, дякуємо! Для вашої свекрухи в нас є пандус біля входу.",
    ),
    (
        "pl",
        "Przytulnie.",
        "Joanna",
        "Teściowa Pani to nasz częsty gość, zawsze częstuje całą rejestrację ciastem!",
        "confirms_patient",
        "Pani Joanno, dziękujemy! Mama Pani u nas może poczekać w poczekalni przy kawie.",
    ),
    # heard from a regular patient: the reviewer, said of in the third person
    (
        "ru",
        "Я здесь никогда не лечилась, но вход у вас грязный.",
        "Ирина",
        "Ирина, обидно слышать такое от постоянной клиентки. Вход помоем сегодня же.",
        "confirms_patient",
        "Ирина, мы часто слышим от постоянных клиентов про вход. Помоем его сегодня же.",
    ),
    (
        "uk",
        "Я тут ніколи не лікувалася, але вхід у вас брудний.",
        "Ірина",
        "Ірино, прикро чути таке від постійної клієнтки. Вхід помиємо сьогодні ж.",
        "confirms_patient",
        "Ірино, ми часто чуємо від постійних клієнтів про вхід. Помиємо його сьогодні ж.",
    ),
    # a child who "held up well" at the visit: the Ukrainian masculine past ("тримався") too
    (
        "uk",
        "Гарна клініка для дітей.",
        "Марина",
        "Дякуємо, Марино! Синочок тримався молодцем, лікар Петренко ним дуже пишається.",
        "confirms_patient",
        "Дякуємо, Марино! Лікар Петренко дуже радий вашому відгуку.",
    ),
]


@pytest.mark.parametrize("probe", probes(PAIRS, "language review reviewer bad rule good"))
def test_their_care_to_come_a_time_held_or_a_card_pulled_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # a time counted from an event, not from today: a rule for anyone
        ("ru", "Через неделю после открытия вам станет доступна онлайн-запись к ортодонту."),
        # a condition: anyone it may be true of
        ("ru", "Если через месяц вам понадобится приём у ортодонта, позвоните нам."),
        ("uk", "Якщо за місяць вам знадобиться прийом ортодонта, зателефонуйте нам."),
        # a time we will always find: no step of the practice's done for them
        ("ru", "Мы всегда найдём для вас удобное время."),
        ("pl", "Dla Państwa udostępniliśmy nowe terminy w soboty."),
        # a card with no complaint of theirs
        ("pl", "Płatność kartą przyjmujemy w rejestracji."),
    ],
)
def test_the_same_words_said_of_anyone_pass(language: str, reply: str) -> None:
    assert rules_broken(reply, language, "Dobrze.", "") == set()
