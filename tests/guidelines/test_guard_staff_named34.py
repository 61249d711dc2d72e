"""Session 34 (gstaff34): the team named in thanks is the practice's own, read by its grammar:
the names listed after "team:" or "команда —", a couple after a plural role ("Drs. Mark and
Ellen Foster"), a street named after someone ("вулиця Лесі Українки"). The reviewer or a
relative named in full in the same shapes is still a full name."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


def _rules(
    reply: str, language: str, review: str = "Great clinic.", reviewer: str = ""
) -> set[str]:
    return rules_broken(reply, language, review, reviewer)


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        # the names a team lists after its colon or dash
        ("Many thanks from our reception team: Laura Finch, Sam Ortiz and Keisha Grant.", "en"),
        ("We've told our physio team - Amy Rhodes and Tom Baker were so pleased.", "en"),
        ("Команда реєстратури: Людмила Гнатюк та Вікторія Романенко дякують вам!", "uk"),
        ("Коллектив регистратуры: Людмила Гнатюк и Виктория Романенко благодарят вас!", "ru"),
        # a couple after a plural role
        ("Drs. Mark and Ellen Foster send their warm thanks.", "en"),
        ("Lekarze Anna i Piotr Zielińscy bardzo dziękują za opinię.", "pl"),
        ("Лікарі Андрій та Світлана Кравченки щиро дякують за відгук.", "uk"),
        ("诊所创始人林志强、黄美玲夫妇感谢大家的支持！", "zh"),
        # a title of our own before the name, and a colleague of theirs
        ("Nurse Practitioner Rachel Stone and her colleague Ben Hughes say thank you!", "en"),
        # a street named after someone
        ("Безкоштовна парковка на вулиці Лесі Українки працює для всіх.", "uk"),
        ("Бесплатная парковка на улице Льва Толстого работает для всех.", "ru"),
    ],
)
def test_the_team_named_in_thanks_is_no_finding(reply: str, language: str) -> None:
    assert _rules(reply, language) == set()


@pytest.mark.parametrize(
    ("reply", "language", "reviewer"),
    [
        # the one the team speaks to after its colon
        ("Thanks from the team: Margaret Ellison, we loved your review.", "en", "Margaret E."),
        # a relative couple, no plural role of ours before them
        ("Your parents Mark and Ellen Foster were lovely to meet.", "en", "Kate F."),
        ("Ваші батьки Андрій та Світлана Кравченки — чудові люди.", "uk", "Олег К."),
        ("Pani rodzice, Anna i Piotr Zielińscy, to przemili ludzie.", "pl", "Ewa Z."),
        # one doctor in the singular: the second name may be anyone
        ("Dr. Mark and Ellen Foster were both at the open day.", "en", "Ellen"),
        # a couple thanked with no role of ours
        ("感谢林志强、黄美玲夫妇的信任！", "zh", "林先生"),
        # a family, not the team, before the colon
        ("The Grant family: Oliver Grant was so brave today.", "en", "Paula G."),
    ],
)
def test_the_reviewer_or_a_relative_named_in_full_is_still_found(
    reply: str, language: str, reviewer: str
) -> None:
    assert "full_name" in _rules(reply, language, reviewer=reviewer)
