"""Session 36 (gneg36): a frightening word in advice for an emergency of anyone's ("W nagłym
przypadku, przy silnym bólu, prosimy nie czekać na oddzwonienie, tylko dzwonić pod 112") is no
detail of the reviewer's: "prosimy nie" with a verb of waiting or putting off is a call to act,
not an instruction of their treatment ("prosimy nie przerywać antybiotyku" stays one)."""

from __future__ import annotations

from tests.guidelines.guard_rules import rules_broken

REVIEW = "Dzwoniłam w sobotę na numer całodobowy i nikt nie odebrał."


def test_advice_not_to_wait_in_an_emergency_is_no_finding() -> None:
    reply = (
        "Przepraszamy. W nagłym przypadku, przy silnym bólu lub duszności, prosimy nie zwlekać, "
        "tylko dzwonić pod 112."
    )
    assert rules_broken(reply, "pl", REVIEW, "") == set()


def test_an_instruction_of_their_treatment_stays_a_finding() -> None:
    reply = "Przepraszamy. Przy silnym bólu prosimy nie przerywać antybiotyku."
    assert "health_detail" in rules_broken(reply, "pl", REVIEW, "")
