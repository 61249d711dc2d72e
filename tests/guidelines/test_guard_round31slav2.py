"""Round 31slav2 (session 31, issue 16): Ukrainian and Russian leaks and false alarms read as
families, not phrases.

Leaks: the reviewer's own past act inside a frame of a rule or policy ('при першому візиті ви не
вказали про алергію': a past verb of "you", or a denied verb of telling, makes the clause theirs
whatever frame it sits in); a visit named inside a compound of its channel ('відеоконсультацію',
'телеконсультацию', 'онлайн-консультацію', 'відеоприйом': by the word's ending); the practice's
message to them in its bot or messenger, with no document named ('ми відповіли вам у Viber', 'бот
клініки надіслав вам нагадування'); a pregnancy told by its test ('дві смужки', 'две полоски').

False alarms: advice to anyone with a frequency ('анализ стоит сдавать раз в год'), and a patient
of any kind doing a step of the practice's routine in the present ('пациент заполняет анкету,
где указывает аллергии'), both after a greeting by name. Each has a twin that tells the reader's
own case and stays a finding.

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and the
practice's default settings); every leak and false alarm here failed on the rules before."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, reply, the rule it breaks, a good reply close to it)
LEAKS = [
    (
        "uk",
        "Чому мені відмовили?",
        "Зінаїда",
        "Зінаїдо, за правилами центру при першому візиті ви не вказали, що приймаєте "
        "варфарин, тож видалення зуба довелося відкласти.",
        "health_detail",
        "Зінаїдо, за правилами центру при першому візиті кожен пацієнт вказує в анкеті ліки, "
        "які приймає.",
    ),
    (
        "ru",
        "Почему отказали?",
        "Тамара",
        "Тамара, по регламенту при записи вы не сообщили о кардиостимуляторе, поэтому МРТ "
        "перенесли.",
        "health_detail",
        "Тамара, по регламенту при записи каждый пациент сообщает о кардиостимуляторе.",
    ),
    (
        "uk",
        "Зручно",
        "Євген",
        "Євгене, дякуємо! Вашу телеконсультацію ми перенесли на п'ятницю.",
        "confirms_patient",
        "Євгене, дякуємо! Телеконсультації з неврологом можна забронювати на сайті.",
    ),
    (
        "ru",
        "Удобно",
        "Евгений",
        "Евгений, спасибо! Вашу видеоконсультацию мы перенесли на пятницу.",
        "confirms_patient",
        "Евгений, спасибо! Видеоконсультации с кардиологом проводим по будням.",
    ),
    (
        "uk",
        "Дякую за швидку відповідь",
        "Марина",
        "Марино, будь ласка! Ми відповіли вам у Viber, щойно отримали запитання.",
        "confirms_patient",
        "Марино, будь ласка! Якщо вам зручніше, пишіть нам у Viber у будь-який час.",
    ),
    (
        "ru",
        "Спасибо",
        "Марина",
        "Марина, пожалуйста! Бот клиники уже прислал вам напоминание.",
        "confirms_patient",
        "Марина, пожалуйста! Записаться можно через наш Telegram-бот.",
    ),
    (
        "uk",
        "Дякую гінекологині",
        "Софія",
        "Софіє, вітаємо з двома смужками! Уся команда за вас рада.",
        "health_detail",
        "Софіє, дякуємо за теплі слова! Гарного вам дня.",
    ),
    (
        "ru",
        "Спасибо гинекологу",
        "София",
        "София, поздравляем с двумя полосками! Вся команда за вас рада.",
        "health_detail",
        "София, спасибо за тёплые слова! Хорошего вам дня.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        LEAKS,
        "language review reviewer bad rule good",
        ids=[f"{lang}-{i}" for i, (lang, *_rest) in enumerate(LEAKS)],
    ),
)
def test_a_leak_of_these_families_is_found_and_its_general_twin_is_not(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, a good reply the rules flagged before, its twin that tells the
# reader's own case, the rule the twin breaks)
FALSE_ALARMS = [
    (
        "ru",
        "Как часто проверяться?",
        "Кирилл",
        "Кирилл, анализ на холестерин стоит сдавать раз в год, а после сорока — раз в полгода.",
        "Кирилл, вам стоит проверить глюкозу через месяц, раз прошлый анализ был высоким.",
        "health_detail",
    ),
    (
        "uk",
        "Як часто робити чистку?",
        "Кирило",
        "Кириле, професійну чистку зубів варто робити раз на півроку.",
        "Кириле, вашу професійну чистку зубів ми перенесли на травень.",
        "health_detail",
    ),
    (
        "ru",
        "Что взять на приём?",
        "Алла",
        "Алла, на первом приёме пациент заполняет анкету, где указывает аллергии.",
        "Алла, на первом приёме вы указали аллергию на пенициллин.",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        FALSE_ALARMS,
        "language review reviewer good bad rule",
        ids=[f"{lang}-{i}" for i, (lang, *_rest) in enumerate(FALSE_ALARMS)],
    ),
)
def test_a_good_reply_of_these_families_is_clear_and_its_twin_about_the_reader_is_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)
