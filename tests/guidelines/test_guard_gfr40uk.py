"""Session 40 (gfr40uk): two families of Ukrainian wording read from round 40f's false alarms
(issue 16). Each probe is a sentence written for the family, none of the round's or the pool's
items, and each good reply stands beside the same words said of the reviewer, which stay blocked.

1. A first name whose last syllable's і is о in every other form (Федір -> Федоре, Антін ->
   Антоне, Прокіп -> Прокопе, Тиміш -> Тимоше): its vocative greets the reviewer, so a clause
   that only says the review back after it ("Федоре, перепрошуємо за чергу в понеділок зранку"
   after "У понеділок зранку ... була величезна черга") is an echo, not a visit disclosed.
2. A colleague's own milestone dated right beside it (a thesis defended, a category earned, an
   exam passed, back from maternity leave or from the front, made head of a department): the
   date is the colleague's, not a visit's; "ви", "ваш" or "твій" among its words keeps it theirs.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes, reply_probes

from clinicrep.guidelines.vocative import ukrainian_vocative


@pytest.mark.parametrize(
    ("name", "vocative"),
    [
        ("Федір", "Федоре"),
        ("Сидір", "Сидоре"),
        ("Антін", "Антоне"),
        ("Прокіп", "Прокопе"),
        ("Тиміш", "Тимоше"),
        ("Яків", "Якове"),
        ("Гліб", "Глібе"),  # no alternation: the rule stays
        ("Іван", "Іване"),
    ],
)
def test_the_template_greets_a_name_with_its_alternating_vowel(name: str, vocative: str) -> None:
    assert ukrainian_vocative(name) == vocative


ECHOES = [
    (
        "У понеділок зранку в реєстратурі була величезна черга.",
        "Федір",
        "Федоре, перепрошуємо за чергу в понеділок зранку. Ми додали ще одного адміністратора.",
    ),
    (
        "У середу ввечері біля каси була черга хвилин на двадцять.",
        "Антін",
        "Антоне, шкодуємо за чергу в середу ввечері. Наступного тижня відкриємо другу касу.",
    ),
    (
        "У четвер зранку в лабораторії була черга.",
        "Прокіп М.",
        "Прокопе, перепрошуємо за чергу в четвер зранку. Лабораторія тепер відчиняється раніше.",
    ),
    (
        "У суботу вранці в реєстратурі була черга.",
        "Тиміш",
        "Тимоше, вибачаємося за чергу в суботу вранці. Ми вже змінили графік адміністраторів.",
    ),
]


@pytest.mark.parametrize("probe", probes(ECHOES, "review reviewer good", language="uk"))
def test_the_review_s_own_day_said_back_after_the_greeting_is_no_date(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    "probe",
    probes(ECHOES, "_ reviewer bad", rule="date", language="uk", review="Довго чекав, неприємно."),
)
def test_the_same_day_told_to_a_review_that_never_gave_it_stays_a_date(probe: Probe) -> None:
    check(probe)


GREETED_NAMES = [
    ("Федір", "Федоре Івановичу Гнатюк, дякуємо за відгук!"),
    ("Антін", "Антоне, чекаємо вас у четвер о пів на десяту на повторний огляд."),
    ("Сидір", "Сидоре, сподіваємося, що після гастроскопії шлунок вже не турбує."),
]


@pytest.mark.parametrize(
    "probe", probes(GREETED_NAMES, "reviewer bad", rule=ANY_RULE, language="uk", review="Дякую.")
)
def test_a_greeted_name_with_the_alternating_vowel_reveals_no_less(probe: Probe) -> None:
    check(probe)


MILESTONES = [
    "Дякуємо! 15 листопада наш лікар Василь Ткаченко захистив кандидатську дисертацію.",
    "Дякуємо! Двадцятого жовтня наша лікарка Ірина Коваль отримала вищу категорію.",
    "Дякуємо! Хірург Андрій Ляшко повернувся з фронту 1 травня і вже оперує.",
    "Дякуємо! Наш невролог склав іспит на категорію 14 квітня, ми ним пишаємося.",
    "Дякуємо! Двадцять першого січня Ольга Петрівна стала завідувачкою відділення.",
    "Дякуємо! 2 лютого наша медсестра Інна повернулася з декретної відпустки.",
    "Дякуємо! Наша педіатриня Людмила Савчук 12 вересня отримала вищу категорію.",
]


@pytest.mark.parametrize(
    "probe", reply_probes("uk", MILESTONES, review="Гарна клініка.", reviewer="Роксолана")
)
def test_a_colleague_s_dated_milestone_is_no_visit(probe: Probe) -> None:
    check(probe)


MILESTONES_OF_THE_REVIEWER = [
    "Дякуємо! 5 грудня ви отримали першу категорію пацієнта нашої програми.",
    "Дякуємо! 5 грудня ваша дружина повернулася з відпустки і одразу прийшла на огляд.",
    "Дякуємо! 5 грудня ви склали іспит після нашого лікування зору.",
    "Дякуємо! Раді, що 5 грудня ваш син пройшов атестацію після реабілітації в нас.",
    "Дякуємо! 5 грудня ви повернулися з відрядження і одразу прийшли до нас на перев'язку.",
    "Дякуємо! 5 грудня твій тато повернувся з фронту, і ми вже зробили йому рентген.",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes(
        "uk", MILESTONES_OF_THE_REVIEWER, rule="date", review="Гарна клініка.", reviewer="Вадим"
    ),
)
def test_the_same_milestone_words_said_of_the_reviewer_stay_blocked(probe: Probe) -> None:
    check(probe)


# 3. (session 40, the round's kinds in new words) a sum they owe told by "за вами" or by their
#    verb of owing; "yours" left unsaid after a result told of anyone ("і ваш уже прийшов");
#    a result's usual timing, said of no one, is a rule of the practice.


SUMS_OWED = [
    "Інно, дякуємо! За вами ще лишається невелика сума за минулий візит, сплатіть онлайн.",
    "Інно, дякуємо! Нагадуємо, що за вами рахується борг у двісті гривень.",
    "Інно, дякуємо! Невелика заборгованість за вами — її можна закрити на рецепції.",
    "Інно, дякуємо! Решту суми за останній прийом можна внести будь-коли.",
    "Інно, дякуємо! Ви трохи недоплатили, дрібниця, занесете колись.",
]


@pytest.mark.parametrize(
    "probe", reply_probes("uk", SUMS_OWED, rule="billing", review="Дякую!", reviewer="Інна")
)
def test_a_sum_they_owe_is_their_bill(probe: Probe) -> None:
    check(probe)


ZA_VAMY = [
    "Інно, дякуємо! Вибір лікаря завжди за вами, ми лише радимо.",
    "Інно, дякуємо! Останнє слово за вами — пишіть, якщо будуть питання.",
    "Інно, дякуємо! Ми завжди стежимо за вами в соцмережах і раді вашим порадам.",
]


@pytest.mark.parametrize("probe", reply_probes("uk", ZA_VAMY, review="Дякую!", reviewer="Інна"))
def test_za_vamy_that_owes_nothing_stays_clean(probe: Probe) -> None:
    check(probe)


YOURS_UNSAID = [
    "Ніно, аналіз на феритин зазвичай готовий наступного дня, і ваш уже прийшов.",
    "Ніно, мазки обробляють три дні, тож ваш ще не надійшов.",
    "Ніно, окуляри виготовляють за тиждень, ваші вже приїхали з майстерні.",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes("uk", YOURS_UNSAID, rule="confirms_patient", review="Дякую.", reviewer="Ніна"),
)
def test_yours_left_unsaid_after_a_result_is_their_case(probe: Probe) -> None:
    check(probe)


USUAL_TIMINGS = [
    (
        "Коли будуть готові аналізи?",
        "Ніно, зазвичай загальний аналіз крові готовий того ж дня після 17:00, гормони — "
        "за два дні.",
    ),
    (
        "Коли результати?",
        "Ніно, як правило, висновок видаємо за тиждень, у середу або четвер після 14:00.",
    ),
    ("Коли довідка?", "Ніно, довідка для басейну здебільшого готова того ж дня до 18:00."),
]


@pytest.mark.parametrize(
    "probe", probes(USUAL_TIMINGS, "review good", language="uk", reviewer="Ніна")
)
def test_a_result_s_usual_timing_is_the_practice_s_rule(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    "reply",
    [
        "Ніно, ваш аналіз на феритин зазвичай готовий наступного дня після 17:00, тож завтра.",
        "Ніно, ваш висновок зазвичай видаємо в середу після 14:00, тож чекаємо вас.",
    ],
)
def test_the_same_timing_said_of_their_result_stays_blocked(reply: str) -> None:
    assert {"date", "confirms_patient"} <= rules_broken(reply, "uk", "Дякую.", "Ніна")
