"""Round ten's readings of confirms_patient and full_name: a care relationship said of a group
in a relative clause or of what a group of patients knows is no one's; a name followed by an
organisation word is a practice's. The reviewer's own relationship and a person's full name stay
findings."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str, language: str, review: str = "Good clinic.") -> list[str]:
    found = find_confidentiality_problems(reply, language=language, review_text=review)
    return [f.rule for f in found]


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Many families who have been with us for years tell us the same."),
        ("en", "Patients who've been with us since 2010 will remember the old waiting room."),
        ("en", "Our regular patients know the side street usually has free spaces."),
        ("en", "Our loyal patients often bring a book for the waiting room."),
        ("en", "Thank you from all of us at the Sarah Whitfield Dental Practice!"),
        ("en", "The Helen Baker Memorial Trust funds our free screening days."),
        ("ru", "Мы находимся в здании больницы имени Николая Пирогова."),
        ("uk", "Ми розташовані в будівлі лікарні імені Миколи Пирогова."),
        ("pl", "Mieścimy się w budynku Szpitala im. Ludwika Rydygiera."),
        ("zh", "很多多年来信任我们的家庭也这样说。"),
        ("zh", "感谢多年来支持我们的患者朋友们。"),
    ],
)
def test_a_relationship_of_a_group_or_a_practice_named_after_someone_passes(
    language: str, reply: str
) -> None:
    assert _rules(reply, language) == []


@pytest.mark.parametrize(
    ("language", "reply", "rule"),
    [
        ("en", "You have been with us for years and we value you.", "confirms_patient"),
        (
            "en",
            "Your feedback means a lot coming from someone who has been with us since day one.",
            "confirms_patient",
        ),
        ("en", "As a regular patient, you know how busy Mondays are.", "confirms_patient"),
        (
            "en",
            "It's always nice when our long-term patients come back to tell us how they are.",
            "confirms_patient",
        ),
        ("en", "Dear Sarah Whitfield, we have corrected your bill.", "full_name"),
        ("en", "We spoke to Sarah Whitfield about her care yesterday.", "full_name"),
        ("zh", "您多年来信任我们，我们非常感谢。", "confirms_patient"),
        ("ru", "Передайте привет Николаю Пирогову от всей команды.", "full_name"),
    ],
)
def test_the_reviewers_relationship_or_a_persons_full_name_stays_a_finding(
    language: str, reply: str, rule: str
) -> None:
    assert rule in _rules(reply, language)
