"""Round 30slav (session 30, issue 16): Ukrainian and Russian leaks told in other words, and
false alarms on staff news, staff anniversaries and complaint policies.

- Something sent or uploaded to the reviewer's own channel in the past ('мы прислали СМС',
  'завантажили в особистий кабінет') is a message to them: with a care word, a patient; what
  comes to anyone's account ('результаты приходят в личный кабинет') is not.
- A step of care that is due now ('пора', 'час пройти', 'подошёл срок'), with a reminder or a bid
  and a care word of a series ('ежегодный осмотр'), is a step of their own care.
- A sum of theirs settled after the visit ('разницу в стоимости мы компенсировали', 'борг ми
  списали') is billing, however the clause names the price.
- A weight lost ('вдалося скинути вісім кілограмів') and a growth found benign
  ('доброкачественное') are health details; a weight-loss programme offered to all is not.
- A hyphenated word of health terms ('рефлюкс-езофагіт') is a health word; 'рентген-кабінет' is
  a room.
- Staff news ('записатися до неї можна як і раніше'), a staff anniversary celebrated on a date
  ('12 марта мы вместе отметили') and where anyone may complain ('скарги на дії лікарів можна
  подати ...') are nobody's visit.

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and
the practice's default settings). Every bad reply here passed before this round, and every good
one was flagged."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, reply, the rule it breaks, a good reply close to it)
LEAKS = [
    (
        "ru",
        "Не перезвонили",
        "Виктор",
        "Виктор, приносим извинения. Мы прислали СМС с новым временем приёма.",
        "confirms_patient",
        "Результаты приходят в личный кабинет автоматически через сутки.",
    ),
    (
        "uk",
        "Чекаю дзвінка",
        "Віталій",
        "Віталію, перепрошуємо. Ми надіслали СМС з новим часом прийому.",
        "confirms_patient",
        "Результати надходять в особистий кабінет автоматично через добу.",
    ),
    (
        "ru",
        "Всё хорошо",
        "Светлана",
        "Светлана, спасибо! Напоминаем, что пора пройти ежегодный осмотр у маммолога — "
        "запишитесь в удобное время.",
        "confirms_patient",
        "Напоминаем, что клиника не работает 1 января.",
    ),
    (
        "uk",
        "Все ок",
        "Ірина",
        "Ірино, дякуємо! Нагадуємо, що час пройти щорічний огляд у мамолога — запишіться, "
        "коли зручно.",
        "confirms_patient",
        "Нагадуємо, що клініка не працює 1 січня.",
    ),
    (
        "ru",
        "Дорого",
        "Галина",
        "Галина, разницу в стоимости мы компенсировали, как обещали.",
        "billing",
        "Стоимость услуг указана в прайсе на сайте.",
    ),
    (
        "uk",
        "Дорого",
        "Марта",
        "Марто, залишок за договором ви можете сплатити частинами.",
        "billing",
        "Вартість послуг вказана в прайсі на сайті.",
    ),
    (
        "uk",
        "Все супер",
        "Ігор",
        "Ігорю, раді, що вам вдалося скинути вісім кілограмів.",
        "health_detail",
        "Програма схуднення включає консультацію дієтолога.",
    ),
    (
        "ru",
        "Теперь спокойна",
        "Юлия",
        "Юлия, радуемся, что образование оказалось доброкачественным.",
        "health_detail",
        "Мы проводим осмотры кожи для всех желающих по субботам.",
    ),
    (
        "uk",
        "Рекомендую",
        "Денис",
        "Денисе, рефлюкс-езофагіт — неприємна штука, але ви молодець.",
        "health_detail",
        "У нас працює новий рентген-кабінет.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        LEAKS,
        "language review reviewer bad rule good",
        ids=[
            "ru-sms-sent",
            "uk-sms-sent",
            "ru-due-now",
            "uk-due-now",
            "ru-sum-settled",
            "uk-sum-left",
            "uk-weight-lost",
            "ru-benign",
            "uk-hyphenated",
        ],
    ),
)
def test_a_leak_in_other_words_is_found_and_its_good_twin_is_not(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, a good reply flagged before this round)
GOOD = [
    (
        "uk",
        "Де лікарка Коваль?",
        "Ніна",
        "Ніно, лікарка Коваль з грудня працює в нашій новій філії на Подолі. Записатися до неї "
        "можна як і раніше, через Helsi.",
    ),
    (
        "ru",
        "Где доктор Смирнова?",
        "Людмила",
        "Людмила, доктор Смирнова с декабря принимает в нашем новом филиале. Записаться к ней "
        "можно как раньше.",
    ),
    (
        "uk",
        "Вітаю колектив",
        "Олена",
        "Вітаємо нашу медсестру з 25-річчям роботи в клініці! 12 березня ми разом відзначили "
        "цю дату.",
    ),
    (
        "ru",
        "Поздравляю коллектив",
        "Елена",
        "Поздравляем нашу медсестру с 25-летием работы в клинике! 12 марта мы вместе отметили "
        "эту дату.",
    ),
    (
        "uk",
        "Куди скаржитися?",
        "Павло",
        "Скарги на дії лікарів можна подати головному лікарю або до НСЗУ.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        GOOD,
        "language review reviewer good",
        ids=[
            "uk-staff-moved",
            "ru-staff-moved",
            "uk-anniversary",
            "ru-anniversary",
            "uk-complaints",
        ],
    ),
)
def test_staff_news_anniversaries_and_complaint_policies_are_nobodys_visit(probe: Probe) -> None:
    check(probe, editor=True)


def test_a_visit_on_the_same_date_is_still_one() -> None:
    found = rules_in_editor(
        "Олено, 12 березня ми разом із лікарем оглянули вашу дитину.", "Дякую", "uk", "Олена"
    )
    assert "date" in found
