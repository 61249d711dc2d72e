"""Session 35 (gteam35): the practice's own dates and the team's news are no one's visit, read
by what the clause says of whom: a colleague joining in a role, retiring, working here or given a
doctor's honour; the practice's age, its doors first opened, its hours on a day, the next dates of
its closures; a day that only points back ("that day", "того дня", "tego dnia") at a date of the
practice's. The reviewer's or a relative's visit, name or booking in the same shapes is still a
finding, and so is a patient named after a patient's role word or cared for by our staff (zh)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import findings, rules_broken


def _rules(
    reply: str, language: str, review: str = "Great clinic.", reviewer: str = ""
) -> set[str]:
    return rules_broken(reply, language, review, reviewer)


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        # a colleague's news, the date theirs
        ("Good news: Dr. Amir Shah joins us as a partner GP on 3 May.", "en"),
        ("Our hygienist Kate Moss retires on 19 December after 30 years with us.", "en"),
        ("Ірина Павленко 30 грудня виходить на пенсію після 25 років у нашій клініці.", "uk"),
        ("Марина Сергеевна Ткач 30 декабря уходит на заслуженный отдых — спасибо ей за всё!", "ru"),
        ("Ольга Петренко працює в нас уже десятий рік і щодня чекає на пацієнтів.", "uk"),
        ("Ирина Павловна Котова получила звание «Лучший врач района» — мы ею гордимся.", "ru"),
        # the practice's own age, doors and hours on a day
        ("Westgate Dental first opened its doors on 4 April 1995.", "en"),
        ("Over Christmas we're open 8am-12pm on December 23rd and 30th.", "en"),
        ("Holiday hours: closed 25 and 26 December, open 9am-1pm on December 24th.", "en"),
        ("15 maja przychodnia kończy 30 lat — dziękujemy, że jesteście z nami!", "pl"),
        ("3月8日恰逢我们诊所开业五周年，感谢大家一路支持！", "zh"),
        ("Навчання персоналу щомісяця; найближчі дати — 2 березня та 16 березня.", "uk"),
        # a day that points back at the practice's date
        (
            "Pani Ewa 20 grudnia przechodzi na emeryturę. Tego dnia o 13:00 zapraszamy na tort.",
            "pl",
        ),
        ("Ганна Коваль 20 грудня виходить на пенсію. Того дня о 13:00 у холі буде торт.", "uk"),
        # the review a gift to an occasion of ours, the team of a department
        ("Спасибо! Такой отзыв — прекрасный подарок к нашему дню рождения.", "ru"),
        ("Дякуємо! Це найкращий подарунок до нашого ювілею.", "uk"),
        ("Sophie Grant and Tom Lee on reception say a big thank you!", "en"),
        ("Przekazaliśmy podziękowania paniom z recepcji, Annie Wilk i Marcie Sowie.", "pl"),
    ],
)
def test_the_practices_dates_and_the_teams_news_are_no_finding(reply: str, language: str) -> None:
    assert _rules(reply, language) == set()


@pytest.mark.parametrize(
    ("reply", "language", "rule"),
    [
        # one who joined as a patient, and their review appointment booked
        ("Your husband joined us as a new patient on 3 March.", "en", "date"),
        ("Your review with Dr. Shah is booked for Tuesday.", "en", "confirms_patient"),
        # a day that points back, but at their own visit
        (
            "Ганна Коваль 20 грудня виходить на пенсію. Того дня о 13:00 вас чекає лікар.",
            "uk",
            "date",
        ),
        (
            "We're closed on 24 December. On that day at 10am the nurse will visit your father.",
            "en",
            "date",
        ),
        # a day past on which the practice was closed may be the day they came
        (
            "Dwa tygodnie temu w piątek gabinet był zamknięty z powodu choroby lekarza.",
            "pl",
            "date",
        ),
        # their gift for a review, a relative named with a nurse
        ("За відгук — подарунок до нашого дня народження!", "uk", "reward"),
        ("Ваш сын Андрей Петров получил звание чемпиона города, поздравляем!", "ru", "full_name"),
        # a patient named after a patient's role word or cared for by our staff
        ("护士张敏和患者陈美玲都很开心。", "zh", "full_name"),
        ("感谢好评！洁牙师赵敏为林晓晴做的洁治很顺利。", "zh", "full_name"),
        ("护士王芳陪着刘建华做完了检查。", "zh", "full_name"),
    ],
)
def test_their_visit_or_name_in_the_same_shapes_is_still_found(
    reply: str, language: str, rule: str
) -> None:
    assert rule in _rules(reply, language)


def test_the_patient_a_nurse_cared_for_is_underlined_not_a_doctor_to_call() -> None:
    found = findings("护士给陈美玲抽血很顺利。请给张医生打电话预约。", "zh", "Great clinic.", "")
    assert [words for rule, words in found if rule == "full_name"] == ["护士给陈美玲"]
