"""Round 25a (en): replies written before the guard was read. Good replies the code before
round 25a flagged, each beside a leaking twin that stays blocked: the review's own words after
"glad to hear", a policy "brought in" (no one brought in), a monthly timetable after a comma;
and leaks it let through: "you're still" as "you are still", and a clause that explains the
reviewer's complaint with a treatment the review never named ("... is to be expected")."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

KNEE = "Dr Shah sorted out my knee in three sessions, brilliant"
CARD = "Why do I have to pay by card?"
REP = "Sales rep here, the manager refused to meet me"
AGONY = "Still in agony, awful dentist"

# (review, reviewer, good reply, its leaking twin): the good one was flagged before round 25a
GOOD_FIRST = [
    # what follows "glad to hear" reports the review: its own words there are no news ...
    (
        KNEE,
        "Owen",
        "Thanks Owen, so glad to hear Dr Shah sorted out your knee in three sessions!",
        # ... what the practice adds there is still found
        "Thanks Owen, so glad to hear Dr Shah sorted out your knee and that the cortisone "
        "injection helped!",
    ),
    # a thing brought in is a policy; a person brought in is a patient
    (
        CARD,
        "",
        "Card payments only: we brought this in last spring so that reception queues move faster.",
        "We brought your son in through the side door so he didn't have to queue.",
    ),
    # a monthly timetable, however many words stand between the verb and the day
    (
        REP,
        "",
        "Our practice manager sees reps by appointment only, on the first Tuesday of the month.",
        "Sorry about the mix-up on the second Tuesday of the month, when your appointment was "
        "moved.",
    ),
]

# (review, leak the code before round 25a let through; review, a good reply beside it)
LEAK_FIRST = [
    # "you're still" is "you are still": the soreness and the extraction are theirs
    (
        AGONY,
        "We're sorry you're still sore after the extraction.",
        "Still waiting for a call back from the surgery",
        "Sorry you're still waiting for a call back, Dawn will ring you today.",
    ),
    # explaining their complaint with a treatment the review did not name tells it ...
    (
        AGONY,
        "We're so sorry to hear this. Some swelling after a wisdom tooth removal is to be "
        "expected for a few days; please ring us if it gets worse.",
        # ... but a question asked of anyone is answered as of anyone
        "How long does swelling last after wisdom teeth out?",
        "Good question! Some swelling after a wisdom tooth removal is to be expected for two or "
        "three days, and it usually eases after that.",
    ),
]


@pytest.mark.parametrize(("review", "reviewer", "good", "bad"), GOOD_FIRST)
def test_round25a_good_reply_passes_and_its_leaking_twin_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert rules_broken(good, "en", review, reviewer) == set()
    assert rules_broken(bad, "en", review, reviewer)


@pytest.mark.parametrize(("bad_review", "bad", "good_review", "good"), LEAK_FIRST)
def test_round25a_leak_is_blocked_and_the_good_reply_beside_it_passes(
    bad_review: str, bad: str, good_review: str, good: str
) -> None:
    assert "health_detail" in rules_broken(bad, "en", bad_review, "")
    assert rules_broken(good, "en", good_review, "") == set()
