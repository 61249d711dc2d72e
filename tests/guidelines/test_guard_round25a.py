"""Round 25a (en): replies written before the guard was read. Good replies the code before
round 25a flagged, each beside a leaking twin that stays blocked: the review's own words after
"glad to hear", a policy "brought in" (no one brought in), a monthly timetable after a comma;
and leaks it let through: "you're still" as "you are still", and a clause that explains the
reviewer's complaint with a treatment the review never named ("... is to be expected").
Round 25a2 (the kinds the blind sets flagged): the practice's calendar without a subject
("closed Good Friday 18th April", "back to normal on Friday morning"), what the practice
reported to someone else this morning, plans and charges said of everyone ("under most
insurance plans, so a copay may apply"); and "as our thank you for the five stars".
Then (25a3, probed by hand in the same kinds): a weekday after "a", a holiday timetable's
heading, the practice's hours changing from a day on, what comes off every bill; and a child
watched growing up in our care."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

KNEE = "Dr Shah sorted out my knee in three sessions, brilliant"
CARD = "Why do I have to pay by card?"
REP = "Sales rep here, the manager refused to meet me"
TEAM = "Great team, always helpful"
PHONE_CALL = "Had to pay a co-pay just for a phone call"
CASH = "The cash machine outside is always broken"
FAB = "Fab!!"
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
    # the practice's calendar, with or without a subject
    (
        TEAM,
        "",
        "Thank you! Easter opening - closed Good Friday 18th April and Easter Monday 21st April. "
        "Back to normal on Tuesday morning.",
        "Thank you! We're closed Good Friday 18th April, so your smear test moves to 22nd April.",
    ),
    # the practice's own act, told to someone else
    (
        CASH,
        "",
        "The cash machine belongs to the bank, but we've reported it to them again this morning.",
        "We reported your symptoms to the consultant this morning.",
    ),
    # plans and charges said of everyone
    (
        PHONE_CALL,
        "Marcy",
        "Hi Marcy, phone consultations are billed like office visits under most insurance plans, "
        "so a copay may apply.",
        "Hi Marcy, your plan with Aetna billed the call as an office visit, so the $30 copay "
        "applied.",
    ),
    # a weekday after "a" is no day in particular
    (
        "5 stars",
        "Jo",
        "Cheers Jo, much appreciated on a Monday morning!",
        "Cheers Jo, lovely to see you on Monday morning for the filling!",
    ),
    # a holiday timetable under its heading; a change of the practice's hours from a day on
    (
        TEAM,
        "Tim",
        "Thanks Tim! Christmas hours: 24th Dec 8-1, 25th-26th closed, 27th normal hours. From 1 "
        "September our phone lines open at 7.30am.",
        "Thanks Tim! Christmas hours: your appointment on 24th Dec is still on.",
    ),
    # what comes off every bill is a payment rule ("it's" as "it is"); what came off theirs is not
    (
        "Deposit of £40?!",
        "Ann",
        "Hi Ann, the deposit policy applies to every new booking over 40 minutes and is explained "
        "when you book. It's taken off the final bill.",
        "Ann, your deposit of £40 was taken off the final bill.",
    ),
]

# (review, leak the code before round 25a let through, the rule it breaks; review, a good reply
# beside it)
LEAK_FIRST = [
    # "you're still" is "you are still": the soreness and the extraction are theirs
    (
        AGONY,
        "We're sorry you're still sore after the extraction.",
        "health_detail",
        "Still waiting for a call back from the surgery",
        "Sorry you're still waiting for a call back, Dawn will ring you today.",
    ),
    # explaining their complaint with a treatment the review did not name tells it ...
    (
        AGONY,
        "We're so sorry to hear this. Some swelling after a wisdom tooth removal is to be "
        "expected for a few days; please ring us if it gets worse.",
        "health_detail",
        # ... but a question asked of anyone is answered as of anyone
        "How long does swelling last after wisdom teeth out?",
        "Good question! Some swelling after a wisdom tooth removal is to be expected for two or "
        "three days, and it usually eases after that.",
    ),
    # "as our thank you" is "as a thank you": a gift for the stars
    (
        FAB,
        "Thanks Ros! Pop in and claim a free electric toothbrush as our thank you for the five "
        "stars.",
        "reward",
        FAB,
        "Thanks Ros! As our thank you to the community, flu jabs are free for over-65s this month.",
    ),
    # a child watched growing up in our care is our patient; the practice's own growth is not
    (
        "Best paediatric office in town",
        "Watching Noah grow from his very first baby check into a chatty eight-year-old has been a "
        "joy for all of us.",
        "confirms_patient",
        "Best paediatric office in town",
        "It has been amazing seeing our team grow from three to twelve people.",
    ),
]


@pytest.mark.parametrize(("review", "reviewer", "good", "bad"), GOOD_FIRST)
def test_round25a_good_reply_passes_and_its_leaking_twin_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert rules_broken(good, "en", review, reviewer) == set()
    assert rules_broken(bad, "en", review, reviewer)


@pytest.mark.parametrize(("bad_review", "bad", "rule", "good_review", "good"), LEAK_FIRST)
def test_round25a_leak_is_blocked_and_the_good_reply_beside_it_passes(
    bad_review: str, bad: str, rule: str, good_review: str, good: str
) -> None:
    assert rule in rules_broken(bad, "en", bad_review, "Ros")
    assert rules_broken(good, "en", good_review, "Ros") == set()
