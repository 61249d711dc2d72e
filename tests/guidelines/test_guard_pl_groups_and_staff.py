"""Session 33 (gpl33): Polish words of a group, a price list and a member of staff. What an
insurer's programme covers for a group, one person of a kind ("osoba z demencją"), a price list's
next visits and a name after a verb of one who works here are nobody's case; the same words said
of the reviewer or their relative still are."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


def _rules(reply: str, review: str = "Polecam.", reviewer: str = "Anna") -> set[str]:
    return rules_broken(reply, "pl", review, reviewer)


@pytest.mark.parametrize(
    "reply",
    [
        # what a programme covers for a group
        "Dziękujemy! Program NFZ obejmuje dzieci do 18. roku życia, a lakowanie warto zrobić "
        "zaraz po wyrznięciu zębów stałych.",
        # a price list's next visits
        "Dziękujemy! Pierwsza konsultacja kosztuje 180 zł, kolejne wizyty 150 zł.",
        # a name after a verb of one who works here
        "Przepraszamy. Od tego tygodnia skrzynkę obsługuje pan Krzysztof Wieczorek.",
        "W sprawie rozliczeń prosimy o kontakt z główną księgową, panią Ewą Nowicką.",
    ],
)
def test_groups_price_lists_and_staff_are_nobodys_case(reply: str) -> None:
    assert _rules(reply) == set()


@pytest.mark.parametrize(
    ("reply", "rule"),
    [
        ("Dziękujemy! Pani kolejna wizyta kosztuje 150 zł.", "confirms_patient"),
        ("Dziękujemy! Pozdrawiamy Pani mamę, panią Halinę Nowicką.", "full_name"),
    ],
)
def test_the_same_words_of_the_reviewer_or_a_relative_are_findings(reply: str, rule: str) -> None:
    assert rule in _rules(reply)


def test_one_person_of_a_kind_is_nobodys_case_beside_the_reviews_own_word() -> None:
    review = "Mama ma demencję, a w rejestracji nikt nie miał cierpliwości."
    reply = (
        "Pani Ewo, dziękujemy, że napisała Pani o tym otwarcie. Opieka nad osobą z demencją "
        "wymaga szczególnej wyrozumiałości, przekażemy tę uwagę rejestracji."
    )
    assert _rules(reply, review, "Ewa") == set()
