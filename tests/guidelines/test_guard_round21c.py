"""Round 21c (en): good replies the guard flagged, each beside a leaking twin that stays
blocked. Every good reply here was flagged by the code before round 21c: a reporting phrase
after what it reports ("..., as you describe,", "as you say happened"), "you say you
needed" after "said I needed", a practice closed from one day to another, a practice's name
ending in "Surgery", a profession under a rule ("GPs can only issue fit notes after seven
days of illness"), the review's own day ("your review this morning"), a timetable's line
("Christmas Eve: 8am–1pm") and "the call back you were promised"."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

WAIT = "Waited 40 minutes past my appointment and no one told me why."
FAINTED = "The nurse was rough taking my blood and I fainted."
FILLINGS = "Dentist said I needed three fillings, second opinion said none."
PHONES = "Couldn't get anyone on the phone all last week."
WRONG = "Dr Green at Hillside refused to see me. Avoid."
SICK_NOTE = "Why did they refuse my sick note? Ridiculous."
THANKS = "Best practice in town!"

# (review, reviewer, good reply, its leaking twin)
GOOD_FIRST = [
    # a reporting phrase after what it reports: the review's own words before it are no news
    (
        WAIT,
        "Dean",
        "Dean, waiting 40 minutes past your appointment with no explanation, as you describe, "
        "is not acceptable.",
        # ... what the practice adds there is still found
        "Dean, waiting 40 minutes past your appointment with Dr Hale on 3 May, as you "
        "describe, is not acceptable.",
    ),
    (
        FAINTED,
        "Lou",
        "Lou, fainting while the nurse was taking your blood, as you describe, is not "
        "something anyone should go through.",
        "Lou, fainting while the nurse was taking your blood, as you describe, is not "
        "something anyone should go through; your anaemia made it worse.",
    ),
    # 'you' is the review's 'I': "you say you needed" repeats "said I needed"
    (
        FILLINGS,
        "Ash",
        "Ash, you say you were told you needed three fillings and a second opinion said none. "
        "We'd like to discuss this with you.",
        "Ash, you say you were told you needed three fillings, but your X-rays from March "
        "show decay in two teeth.",
    ),
    # the practice closed from one day to another: the calendar, nobody's visit
    (
        PHONES,
        "Stuart",
        "Stuart, we're sorry. The practice was closed from 24 to 26 December and on "
        "1 January for the bank holidays.",
        "Stuart, we're sorry. The practice was closed from 24 to 26 December, so your blood "
        "test moved to 27 December.",
    ),
    # another practice's name ends in 'Surgery'; someone's surgery stays an operation
    (
        WRONG,
        "Pat",
        "Pat, we think this was meant for Hillside Surgery: we don't have a Dr Green here. "
        "We hope you get it resolved.",
        "Pat, we think this was meant for Hillside Surgery, but we hope your knee surgery "
        "went well.",
    ),
    # a profession under a rule: anyone's, beside the reviewer's name
    (
        SICK_NOTE,
        "Bob",
        "Bob, GPs can only issue fit notes after seven days of illness; for the first week "
        "you can self-certify.",
        "Bob, our GPs can only issue fit notes after seven days, and your back pain started "
        "on 3 May.",
    ),
    # ... from one weekday and date to another, said of the future
    (
        "Are you open on the bank holiday?",
        "Gareth",
        "Hi Gareth, the surgery will be shut from Friday 18 to Monday 21 April for Easter. "
        "For urgent help while we're closed, call NHS 111.",
        "Hi Gareth, the surgery will be shut from Friday 18 to Monday 21 April, so your "
        "review with the nurse is now on Tuesday 22 April.",
    ),
    # a timetable's lines: a day, a colon, its hours
    (
        "Are you open over Christmas?",
        "Lee",
        "Hi Lee! Christmas Eve: 8am–1pm. Christmas Day and Boxing Day: closed. 27 December: "
        "normal hours.",
        "Hi Lee! Christmas Eve: 8am–1pm. 27 December: your blood test at 9am.",
    ),
    # 'as you say happened' reports what comes before it
    (
        "Booked a blood test online and when I arrived there was no record of the booking.",
        "Colin",
        "Colin, arriving for a blood test you had booked online and finding no record of the "
        "booking, as you say happened, is really frustrating.",
        "Colin, arriving for a blood test you had booked online and finding no record of the "
        "booking, as you say happened, is frustrating; your cholesterol check is rebooked.",
    ),
    # 'back' after a verb it turns round is no one's back ([guard] idiom)
    (
        "Rang three times, told someone would call back. Nobody did.",
        "Joanne",
        "Joanne, never getting the call back you were promised is not acceptable, and we "
        "have changed how call-backs are logged.",
        "Joanne, never getting the call back you were promised is not acceptable; we're glad "
        "your back is feeling better after the physio.",
    ),
    # the review's own day: when it was written, not when anyone came
    (
        THANKS,
        "Sam",
        "Thank you for your review this morning, Sam!",
        "Thank you for your review, Sam, and for coming in this morning for your filling!",
    ),
]


@pytest.mark.parametrize(("review", "reviewer", "good", "bad"), GOOD_FIRST)
def test_round21c_good_reply_passes_and_its_leaking_twin_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert rules_broken(good, "en", review, reviewer) == set()
    assert rules_broken(bad, "en", review, reviewer)


def test_a_reporting_phrase_opening_its_sentence_still_reports_what_follows() -> None:
    # "As you say, ..." opens its sentence: what follows is reported, and the practice's own
    # addition there ("which we noted at your last check") is still found
    review = "The hygienist was rough and my gums bled for two days afterwards."
    good = "Kirsty, as you say, your gums bled for two days afterwards. We're sorry."
    bad = (
        "Kirsty, as you say, your gums bled for two days afterwards, which is common with the "
        "periodontitis we noted at your last check."
    )
    assert rules_broken(good, "en", review, "Kirsty") == set()
    assert "health_detail" in rules_broken(bad, "en", review, "Kirsty")


def test_a_capitalised_surgery_after_a_possessive_is_still_an_operation() -> None:
    review = "Lovely staff."
    reply = "Thanks Jo! We hope your Knee Surgery went well."
    assert "health_detail" in rules_broken(reply, "en", review, "Jo")
