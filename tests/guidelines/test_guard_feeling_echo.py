"""Session 34 (gen34, issue 16): an English reply may say back what the review itself told in a
clause of the practice's feeling, the reader's own payment in the review's words, and a day that
belongs to a wish, to the practice's works or to reading the review; each twin that tells
something the review did not stays blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


def _rules(reply: str, review: str, reviewer: str = "", country: str = "other") -> set[str]:
    return rules_broken(reply, "en", review, reviewer, country)


SAID_BACK = [
    (
        "My anxiety was through the roof and Dr Lee didn't rush me at all.",
        "Kate, thank you for being so open. We're really glad Dr Lee gave you the time you needed "
        "when your anxiety was so high; that's exactly how it should be.",
    ),
    (
        "Dr Patel spent ages explaining my new inhaler and I finally understand how to use it.",
        "Thank you, Mo. It's lovely to hear that the time Dr Patel took over the inhaler made "
        "things clearer; we'll pass your kind words on.",
    ),
    (
        "After my hip replacement the physio team got me walking again.",
        "Mal, that's wonderful to hear! The physio team will be delighted you're walking again "
        "after your hip replacement.",
    ),
    (
        "My husband was treated brilliantly after his fall.",
        "Thank you, Sal. We're so glad your husband was well looked after, and we'll pass this on "
        "to the team.",
    ),
    (
        "I paid £180 for a filling that fell out a week later and they wanted another £90 to redo "
        "it.",
        "Imran, we're sorry that the filling you paid £180 for came out within a week and that you "
        "were asked for £90 to replace it.",
    ),
]

TOLD_MORE = [
    # a drug, an outcome, a result, a day the review did not give
    (
        "My anxiety was through the roof and the GP didn't rush me.",
        "Kim, thank you. We're glad the GP gave you time, and that the sertraline is starting to "
        "help with the panic attacks.",
    ),
    (
        "Dr Patel explained my new inhaler.",
        "Thank you! We're so glad the inhaler is working and your breathing has settled.",
    ),
    (
        "Great physio.",
        "Mal, that's wonderful! The physio team will be delighted you're walking "
        "again after your hip replacement.",
    ),
    (
        "Great team.",
        "Thank you, Sal. We're so glad your husband was well looked after after his fall last "
        "Tuesday.",
    ),
    (
        "I paid £180 for a filling.",
        "Imran, we're sorry about the filling you paid for, and the £40 you still owe has been "
        "written off.",
    ),
]


@pytest.mark.parametrize(("review", "reply"), SAID_BACK)
def test_the_practices_feeling_about_the_reviews_own_story_is_no_finding(
    review: str, reply: str
) -> None:
    assert _rules(reply, review) == set()


@pytest.mark.parametrize(("review", "reply"), TOLD_MORE)
def test_a_feeling_that_tells_more_than_the_review_stays_blocked(review: str, reply: str) -> None:
    assert _rules(reply, review)


def test_where_the_regulator_reads_an_echo_as_a_disclosure_it_stays_a_finding() -> None:
    review, reply = SAID_BACK[0]
    assert "health_detail" in _rules(reply, review, country="US")


@pytest.mark.parametrize(
    "reply",
    [
        "Thank you Jan, have a wonderful New Year's Eve!",
        "Thanks Ben! Have a great weekend and a happy 4th of July.",
        "Thank you, Di! Reviews like this on a rainy Tuesday morning keep us going.",
        "Cheers Pat, your review was the first thing we read on Monday morning!",
        "The car park resurfacing runs from 3 to 7 June, so please use the public car park on "
        "Mill Street that week.",
        "A new phone system goes live on 2 June with a call-back option, so nobody has to hold "
        "for that long.",
    ],
)
def test_a_day_of_a_wish_of_the_practices_works_or_of_reading_the_review_is_no_visit(
    reply: str,
) -> None:
    assert _rules(reply, "Five stars, lovely people.") == set()


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks Ben! Have a great weekend, and see you on the 4th of July for your filling.",
        "Thanks Amy! See you a week on Friday, same time.",
        "Marta, having your name shouted across the waiting room on 12 May is completely "
        "unacceptable, and we're sorry.",
        "Tessa, we did reply to you in the NHS App on Friday; please have a look there.",
    ],
)
def test_a_visit_on_a_day_stays_blocked(reply: str) -> None:
    assert _rules(reply, "Five stars, lovely people.")


@pytest.mark.parametrize(
    ("review", "reply", "leak"),
    [
        ("Great.", "Thanks Stu, regulars like you make our job a pleasure.", True),
        ("Good.", "Ken, you're practically part of the furniture here after twenty years!", True),
        ("Quick.", "Thanks Tom. You're due a check-up in March, so we'll send a reminder.", True),
        (
            "Quick.",
            "Thanks Tom. Whenever you're due a check-up, we'll send a reminder text a week before.",
            False,
        ),
        (
            "Just came to pick up a friend, the waiting room was freezing.",
            "Thanks for letting us know. The heating was being repaired that week, so hopefully "
            "it's warmer next time you come to collect someone.",
            False,
        ),
        (
            "Refused to register me because I live half a mile outside their area.",
            "NHS England's website lists the surgeries covering your postcode.",
            False,
        ),
        (
            "Lovely.",
            "Thank you, Sam! Dr Hughes, nurse practitioner Jo Reed and our receptionists work hard "
            "for every patient.",
            False,
        ),
    ],
)
def test_relationships_told_are_blocked_and_roles_and_areas_are_not(
    review: str, reply: str, leak: bool
) -> None:
    assert bool(_rules(reply, review)) is leak
