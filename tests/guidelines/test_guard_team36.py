"""Session 36 (gteam36): the team thanked by title and full name, staff news and the practice's
dates, read by what the words before a name and a day make of them: a kin word that ends a staff
title ("медичній сестрі") names a nurse, not a sister; a role with the practice's kind of place
after it ("завідувачка амбулаторії"), an assistant, who holds appointments ("ведёт приём") name
colleagues; the review's own health word naming a role of ours ("our Parkinson's nurse") is no
one's health. The reader's sister named in full, their visit on a day among the practice's
renovation dates (zh: "您原定7月15日的补牙") and a result "ready, it can be collected" are still
findings."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        # a nurse by her title, the kin word part of it
        ("Ми передали ваші слова медичній сестрі Галині Романівні Шевчук.", "uk", "Дякую!"),
        ("Передадим ваши слова медицинской сестре Галине Романовне Шевчук.", "ru", "Спасибо!"),
        # a role with the practice's kind of place after it, in a signature or as the subject
        (
            "Дякуємо!\n\nЗ повагою, завідувачка амбулаторії Оксана Василівна Дмитренко",
            "uk",
            "Дякую!",
        ),
        (
            "Дякуємо! Директорка амбулаторії Оксана Василівна Дмитренко прочитала ваш відгук.",
            "uk",
            "Дякую!",
        ),
        (
            "Спасибо!\n\nС уважением, заведующая поликлиникой Оксана Васильевна Дмитренко",
            "ru",
            "Спасибо!",
        ),
        # a colleague by title, surname first: no one's circumstances either
        ("Спасибо! Обязательно передадим ваши слова врачу Петровой Анне Игоревне.", "ru", "Ок."),
        ("Спасибо! Ваш отзыв уже прочитал ассистент Петров Антон Игоревич.", "ru", "Ок."),
        # an assistant, and who holds appointments, the verb before the name
        ("Дякуємо! Ваш відгук прочитала асистентка Марія Іванівна Гнатюк.", "uk", "Дякую!"),
        ("С понедельника ведёт приём Вера Николаевна Зима.", "ru", "Мало врачей."),
        ("З вересня в нас веде прийом Надія Олегівна Вовк.", "uk", "Мало лікарів."),
        # the review's own health word naming a role of ours
        (
            "Our Parkinson's nurse runs a drop-in every Tuesday for anyone who'd like advice.",
            "en",
            "My mum has Parkinson's and the nurse was lovely with her.",
        ),
        # the practice's dates, nobody's day joined to them
        ("本店7月1日至10日停业装修，7月11日的门诊照常。", "zh", "装修也不说。"),
        ("我们理解等待让人着急，已经增加了周一上午的医生排班。", "zh", "等太久。"),
    ],
)
def test_the_team_by_title_and_the_practices_dates_are_no_finding(
    reply: str, language: str, review: str
) -> None:
    assert rules_broken(reply, language, review, "") == set()


@pytest.mark.parametrize(
    ("reply", "language", "review", "rule"),
    [
        # the reader's sister named by first name and patronymic
        ("Передайте вітання вашій сестрі Галині Романівні.", "uk", "Дякую!", "full_name"),
        ("Вашей сестре Галине Романовне мы уже позвонили.", "ru", "Спасибо!", "full_name"),
        # their spouse named in full, surname first
        (
            "Спасибо, господин Петров! Ваша супруга Петрова Анна Игоревна уже записана.",
            "ru",
            "Спасибо!",
            "full_name",
        ),
        # their visit on a day among the practice's renovation dates
        ("诊所下周装修，您7月15日的补牙改到分院。", "zh", "装修也不说。", "date"),
        ("本店7月1日至10日停业装修，您原定7月3日的复查顺延。", "zh", "装修也不说。", "date"),
        # their result ready, "it can be collected"
        (
            "Результат биопсии уже готов, его можно забрать в регистратуре.",
            "ru",
            "Долго ждал.",
            "health_detail",
        ),
        (
            "Направление на МРТ коленного сустава уже готово, его можно забрать в регистратуре.",
            "ru",
            "«Перезвоним через час» — так и не перезвонили.",
            "health_detail",
        ),
        # the role said to them ("your ... nurse") stays theirs
        (
            "Your Parkinson's nurse will ring you about her new dose.",
            "en",
            "My mum has Parkinson's and the nurse was lovely with her.",
            "confirms_patient",
        ),
    ],
)
def test_the_readers_own_name_day_and_result_in_the_same_shapes_are_findings(
    reply: str, language: str, review: str, rule: str
) -> None:
    assert rule in rules_broken(reply, language, review, "")
