"""Session 39 (gdepth39, issue 16): one list of staff roles per language; staff news never
excuses a clause about the reviewer; the Russian staff_busy table back.

- The nouns for the practice's staff ([staff] roles in each language's TOML) are read by every
  rule that needs them: a role once listed only for staff at work ("registrar", "фельдшер") is
  now a title before a staff member's name, and one once listed only before names
  ("phlebotomist", "牙医") now reads a member of staff at their own work.
- A member of staff at their own work ([guard] staff_busy) excused the day that points back and
  the care word of the work; where the same sentence names a day outright (in words or digits),
  that day is the reviewer's visit, and the work's words keep their findings: a date the date
  rule does not read still blocks the reply through them.
- The Russian [guard] staff_busy table, taken out at session 38's merge, is back.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

WAITED = {
    "en": "Waited over an hour past my appointment time.",
    "ru": "Ждала приёма полтора часа.",
    "uk": "Чекала на прийом півтори години.",
    "pl": "Czekałam na wizytę półtorej godziny.",
    "zh": "预约了还等了一个多小时。",
}

# (language, reply): staff news with no day of the reviewer's, the practice may publish it
PASS = [
    ("ru", "Хирург в тот день ассистировал на плановой операции, поэтому приём начался позже."),
    ("ru", "В тот день главная медсестра задержалась на процедуре, простите за ожидание."),
    ("ru", "Фельдшер в тот день был на вызове, поэтому приём начался позже."),
    ("en", "The phlebotomist was held up with an emergency that morning, so the clinic ran late."),
    ("uk", "Фельдшер того дня був на виклику, тому прийом почався пізніше."),
    (
        "pl",
        "Ortodonta tego dnia był wezwany do pacjenta w szpitalu, dlatego przyjęcia się opóźniły.",
    ),
    ("zh", "那天牙医在手术室协助手术，所以门诊推迟了。"),
]

# (language, reply, rules): the same staff news with the day of the reviewer's own visit, in
# words, in digits or counted back from today: the date is theirs, and the work's health word
# keeps its finding (session 38's staff_busy let the days counted back through in en, uk, pl)
BLOCK = [
    (
        "en",
        "Sorry for the wait. Last Thursday the surgeon was called away to an emergency, so "
        "the clinic ran late.",
        {"date"},
    ),
    (
        "ru",
        "Простите за ожидание. Вчера хирург ассистировал на экстренной операции, поэтому "
        "приём сдвинулся.",
        {"date", "health_detail"},
    ),
    (
        "uk",
        "Перепрошуємо за очікування. Минулого четверга лікар затримався на операції, тому "
        "прийом зсунувся.",
        {"date", "health_detail"},
    ),
    (
        "pl",
        "Przepraszamy za czekanie. W zeszły czwartek chirurg asystował przy pilnej operacji, "
        "dlatego przyjęcia się opóźniły.",
        {"date", "health_detail"},
    ),
    (
        "zh",
        "抱歉让您久等。上周四外科医生在手术室协助手术，所以门诊推迟了。",
        {"date", "health_detail"},
    ),
    (
        "ru",
        "Двадцать третьего марта хирург ассистировал на плановой операции, поэтому приём "
        "начался позже.",
        {"date", "health_detail"},
    ),
    (
        "ru",
        "23 марта хирург ассистировал на плановой операции, поэтому приём начался позже.",
        {"date", "health_detail"},
    ),
    (
        "ru",
        "Двадцать девятого ноября доктор действительно задержался на операции и не успел "
        "предупредить.",
        {"date", "health_detail"},
    ),
    (
        "en",
        "On the twenty-third of March the surgeon was assisting in theatre, so the clinic "
        "ran late.",
        {"date"},
    ),
    (
        "en",
        "On 23 March the surgeon was assisting at an emergency operation, so the clinic ran late.",
        {"date"},
    ),
    (
        "uk",
        "Двадцять третього березня хірург асистував на плановій операції, тому прийом "
        "почався пізніше.",
        {"date", "health_detail"},
    ),
    (
        "uk",
        "23 березня хірург асистував на плановій операції, тому прийом почався пізніше.",
        {"date", "health_detail"},
    ),
    (
        "pl",
        "Dwudziestego trzeciego marca chirurg asystował przy planowej operacji, dlatego "
        "przyjęcia się opóźniły.",
        {"date", "health_detail"},
    ),
    (
        "pl",
        "W piątek 23 marca chirurg asystował przy planowej operacji, dlatego przyjęcia się "
        "opóźniły.",
        {"date", "health_detail"},
    ),
    ("zh", "三月二十三日外科医生在手术室协助手术，所以门诊推迟了。", {"date", "health_detail"}),
    ("zh", "3月23日那天外科医生在手术室协助手术，所以门诊推迟了。", {"date"}),
]


@pytest.mark.parametrize(("language", "reply"), PASS)
def test_staff_at_their_own_work_that_day_passes_the_editors_check(
    language: str, reply: str
) -> None:
    assert rules_in_editor(reply, WAITED[language], language, "Olga") == set()


@pytest.mark.parametrize(("language", "reply", "rules"), BLOCK)
def test_staff_news_on_the_day_of_the_reviewers_visit_stays_blocked(
    language: str, reply: str, rules: set[str]
) -> None:
    assert rules <= rules_in_editor(reply, WAITED[language], language, "Olga")


@pytest.mark.parametrize(
    ("language", "reply", "names"),
    [
        (
            "en",
            "Thank you! Our registrar Tom Baker and our radiographer Amy Lee will be glad.",
            ("Tom Baker", "Amy Lee"),
        ),
        ("ru", "Спасибо! Фельдшер Анна Лисова очень рада вашему отзыву.", ("Анна Лисова",)),
        ("uk", "Дякуємо! Фельдшерка Анна Лисенко дуже рада вашому відгуку.", ("Анна Лисенко",)),
    ],
)
def test_a_staff_role_of_the_one_list_names_a_colleague_not_a_patient(
    language: str, reply: str, names: tuple[str, ...]
) -> None:
    found = find_confidentiality_problems(
        reply, review_text="Lovely team.", language=language, learned=False
    )
    assert not [f for f in found if f.rule == "full_name" and f.text in names]
    # the same name without the role before it is a full name the guard finds
    bare = reply
    for role in ("registrar ", "radiographer ", "Фельдшер ", "Фельдшерка "):
        bare = bare.replace(role, "")
    found = find_confidentiality_problems(
        bare, review_text="Lovely team.", language=language, learned=False
    )
    assert {f.text for f in found if f.rule == "full_name"} & set(names)
