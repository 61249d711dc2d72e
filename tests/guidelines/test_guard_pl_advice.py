"""Session 33 (gpl33): whom a Polish sentence is about, read by its mood and person. Advice in
the impersonal and modal forms ("najlepiej", "warto", "należy" told to a group) with nobody in its
sentence says its health words of anyone; the same words greeted, bid or timed for the reviewer,
and an invitation to their own booster or a visit counted from now, are theirs."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


def _rules(reply: str, review: str = "Miła obsługa.", reviewer: str = "Anna") -> set[str]:
    return rules_broken(reply, "pl", review, reviewer)


@pytest.mark.parametrize(
    "reply",
    [
        # a recommendation before its infinitive; 'dziąseł' is a noun, no past verb
        "Dziękujemy! Zapalenie dziąseł najlepiej leczyć wcześnie, zanim dojdzie do paradontozy.",
        "Dziękujemy! Przy gorączce u niemowlęcia lepiej od razu zadzwonić do lekarza.",
        # an obligation told to a group
        "Dziękujemy! Przypominamy rodzicom, że przed szczepieniem należy zmierzyć dziecku "
        "temperaturę, a leki przeciwgorączkowe trzeba podać dopiero po szczepieniu.",
        # what every member of a group should do ('każde dziecko' is no child of theirs)
        "Dziękujemy! Każde dziecko powinno mieć pierwszy przegląd przed trzecimi urodzinami.",
        # 'co pół roku' is no past verb
        "Dziękujemy! Kamień nazębny najlepiej usuwać co pół roku.",
    ],
)
def test_advice_to_anyone_in_the_impersonal_mood_is_no_finding(reply: str) -> None:
    assert _rules(reply) == set()


@pytest.mark.parametrize(
    "reply",
    [
        # greeted: their case told in general words
        "Pani Anno, zapalenie dziąseł najlepiej leczyć wcześnie.",
        # an obligation with no group: what they are told after their own procedure
        "Dziękujemy! Przez tydzień nie wolno moczyć opatrunku po zabiegu.",
        # a time of now
        "Dziękujemy! Warto teraz oszczędzać kolano po artroskopii.",
        # a particular wound, still to be cared for
        "Dziękujemy! Ranę po ekstrakcji trzeba jeszcze płukać szałwią.",
    ],
)
def test_the_same_advice_said_of_the_reviewer_is_health_detail(reply: str) -> None:
    assert "health_detail" in _rules(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "Dziękujemy! Zapraszamy z Kubą na drugą dawkę przypominającą.",
        "Dziękujemy! Zapraszamy na konsultację za miesiąc.",
        "Dziękujemy Państwu! Zapraszamy na przegląd za pół roku.",
    ],
)
def test_an_invitation_to_their_booster_or_a_visit_counted_from_now_confirms_a_patient(
    reply: str,
) -> None:
    assert "confirms_patient" in _rules(reply)


def test_an_invitation_to_everyone_is_no_finding() -> None:
    assert _rules("Dziękujemy! Zapraszamy wszystkich chętnych na szczepienia przypominające.") == (
        set()
    )
