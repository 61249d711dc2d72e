"""Round 20e (ru, uk, pl): bad replies the guard let through, read by whom a care word is about.

A care word ("осмотр", "прийом", "направлення") is the reviewer's without any listed phrase when
the clause speaks to them with a bare pronoun and either makes the care one of a series of
theirs ("вас ждёт контрольный осмотр") or makes them the subject of a past event in it ("ви тричі
переносили прийом"); their relative as the subject with the practice as the place ("ваша мама у
нас постоянный гость") is in our care; a patient's records handled with their complaint ("ваше
звернення ми розглянули разом із медичною документацією") are news about them. Each bad reply
is blocked, its good look-alike passes."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reviewer, bad reply, good look-alike)
PAIRS = [
    # the next visit of a series, due for them
    (
        "ru",
        "Всё понравилось, спасибо.",
        "Игорь",
        "Игорь, спасибо! И не забудьте, что через месяц вас ждёт контрольный осмотр у "
        "гастроэнтеролога.",
        "Игорь, спасибо! Контрольный осмотр у гастроэнтеролога после сорока лет взрослым "
        "советуют проходить раз в год.",
    ),
    (
        "uk",
        "Чисто, тихо.",
        "Людмила",
        "Людмило, дякуємо! Вам уже час на плановий огляд у кардіолога.",
        "Людмило, дякуємо! Плановий огляд у кардіолога можна пройти в будь-який будній день.",
    ),
    # they did something in their care: the subject of a past verb
    (
        "ru",
        "Никак не могу попасть к врачу.",
        "Ольга",
        "Ольга, мы посмотрели журнал: вы трижды переносили приём.",
        "Ольга, мы изменили порядок: перенести приём теперь можно онлайн.",
    ),
    (
        "uk",
        "Нормальна клініка.",
        "Віталій",
        "Віталію, дякуємо. Бачимо, що ви вже тричі отримували від нас направлення.",
        "Віталію, дякуємо. Направлення до вузьких спеціалістів ми тепер оформлюємо онлайн.",
    ),
    # their relative, in our care
    (
        "ru",
        "Хорошие медсёстры.",
        "Дарья",
        "Дарья, спасибо! Ваш дедушка у нас самый бодрый, передайте ему привет.",
        "Дарья, спасибо! Для вашего дедушки у нас есть пандус и кресло-каталка у входа.",
    ),
    (
        "uk",
        "Привітна реєстратура.",
        "Олена",
        "Олено, дякуємо! Ваш тато в нас уже десять років, передайте йому вітання.",
        "Олено, дякуємо! Ваші діти в нас можуть гратися в дитячому куточку.",
    ),
]


# (language, review, reviewer, bad reply, the rule it breaks, good look-alike)
MORE_PAIRS = [
    # their file taken out for their complaint: news about them
    (
        "uk",
        "Лікар мене не вислухав.",
        "Тетяна",
        "Тетяно, ваше звернення ми розглянули разом із медичною документацією.",
        "new_information",
        "Тетяно, ваше звернення ми передали завідувачці, вона зателефонує вам.",
    ),
    (
        "ru",
        "Жалуюсь на хамство врача.",
        "Валерий",
        "Валерий, ваше обращение заведующая рассмотрела вместе с медицинской документацией.",
        "new_information",
        "Валерий, ваша жалоба уже у главврача, ответ будет в течение недели.",
    ),
    (
        "pl",
        "Nikt nie odpowiada na maile.",
        "Tomasz",
        "Panie Tomaszu, Pana zgłoszenie trafiło do kierownika razem z dokumentacją z gabinetu.",
        "new_information",
        "Panie Tomaszu, Pana zgłoszenie trafiło do kierownika, odpowie w ciągu tygodnia.",
    ),
    # a clinician asking how something of theirs works out
    (
        "pl",
        "Miła obsługa.",
        "Ewa",
        "Pani Ewo, doktor Nowak pyta, jak się sprawdza nowa szyna na noc.",
        "health_detail",
        "Pani Ewo, pacjenci często pytają, jak działa szyna relaksacyjna: chroni zęby w nocy.",
    ),
]


@pytest.mark.parametrize("probe", probes(MORE_PAIRS, "language review reviewer bad rule good"))
def test_a_file_pulled_for_their_complaint_or_a_question_after_their_care_is_blocked(
    probe: Probe,
) -> None:
    check(probe)


@pytest.mark.parametrize(
    "probe", probes(PAIRS, "language review reviewer bad good", rule="confirms_patient")
)
def test_a_care_word_said_of_the_reviewer_is_blocked_and_its_look_alike_passes(
    probe: Probe,
) -> None:
    check(probe)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # a condition: anyone it may be true of
        ("ru", "Если вас ждёт контрольный осмотр, приходите без записи."),
        ("uk", "Якщо на вас чекає плановий огляд, приходьте без запису."),
        # what they wrote, not what they did in their care
        ("ru", "Вы упомянули приём, и мы изменили расписание."),
        ("uk", "Ви написали про прийом, і ми змінили розклад."),
        # what we have for a relative, not the relative in our care
        ("ru", "Для вашей мамы у нас есть пандус."),
        ("uk", "Для вашої мами в нас є пандус і ліфт."),
        # records in general, beside no complaint of theirs
        ("uk", "Медичну документацію видають за письмовою заявою."),
        ("pl", "Dokumentację medyczną wydajemy na pisemny wniosek."),
    ],
)
def test_a_care_word_said_of_anyone_passes(language: str, reply: str) -> None:
    assert rules_broken(reply, language, "Хорошо.", "") == set()
