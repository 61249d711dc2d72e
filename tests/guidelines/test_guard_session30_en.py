"""Session 30 (gen30, issue 16): English good replies of the kinds the blind sets flag no longer
flagged, and two leaks the guard let through now found; each beside a twin that still leaks (or
a good reply that still passes).

- A farewell ([guard] idiom: "take care", "take good care of yourself", "look after yourself")
  is no care of the reader's: a reflexive makes the reader the one who acts (the [reading] you
  slot no longer holds "yourself"). "Take care of that knee" and "take care of yourself and the
  baby" still tell of care.
- "glad the X worked out" is an outcome of their care, whatever X is called, unless X is a
  thing of the premises or of an errand (a loading bay, the parking, a door, a map).
- A veterans' or fraternal body ("VFW Post 4410") is an organisation: its name holds no
  surname ([guard] organisation_words).
- "contact your GP or NHS 111" offers a choice of services to anyone; "your GP will call you"
  is still their GP.
- An honour a colleague was given, dated ("was named Hygienist of the Year ... on 12
  October"), is the colleague's date; "you were seen on 12 October" is still the reader's.
- Round 30en2: a fee a rule may bring ("cancelling with less notice may incur a $40 fee"), the
  practice's lines opening at a time, "the region's most accessible surgery", a colleague
  appointed clinical lead for a diabetes network: the practice's or anyone's, not the reader's.
- A message sent to the reader through the patient portal, and "as a member of our dental plan
  you ...", say the reader is a patient (both passed before).

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and
the practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, author, a good reply, its twin that leaks, a rule the twin breaks)
CASES = [
    (
        "Honestly this place got me through a terrible year.",
        "Kiera",
        "Kiera, we're so glad you felt supported by the whole team. Thank you for letting us"
        " know, and take good care of yourself.",
        "Kiera, we're so glad you felt supported by the whole team. Take care of that knee and"
        " keep it raised.",
        "health_detail",
    ),
    (
        "Delivery driver here. Your staff let me use the loading bay. Nice people.",
        "Big Mike Logistics",
        "Thanks Mike! Glad the loading bay worked out, and the coffee's always on.",
        "Thanks Mike! Glad the new inhaler worked out, and the coffee's always on.",
        "health_detail",
    ),
    (
        "Our veterans' group used your meeting room for a talk.",
        "VFW Post 4410",
        "It was our pleasure to host Post 4410! You're welcome back any time.",
        "It was our pleasure to see you at your hearing test, Post 4410!",
        "health_detail",
    ),
    (
        "Are antibiotics any good for colds?",
        "",
        "Antibiotics don't work against colds. If symptoms last more than three weeks, please"
        " contact your GP or NHS 111.",
        "Antibiotics don't work against colds. Your GP will call you about the chest X-ray.",
        "confirms_patient",
    ),
    (
        "Congrats to your hygienist on her award!",
        "Sam",
        "Thank you Sam! Our hygienist Chloe Bennett was named Hygienist of the Year by the state"
        " dental association on 12 October.",
        "Thank you Sam! You were seen by our hygienist Chloe on 12 October.",
        "date",
    ),
    # round 30en2 (the readings checked in new words)
    (
        "Why do you need 48 hours' notice to cancel?",
        "Ash",
        "Hi Ash, the 48-hour window lets us offer the slot to someone on the waiting list."
        " Cancelling with less notice may incur a $40 fee, as our policy explains.",
        "Hi Ash, we charged you a $40 fee for the missed visit.",
        "billing",
    ),
    (
        "My kid had a fever on Sunday and nobody was open!",
        "Tired dad",
        "Sorry for the stress. Our weekday lines open at 8am.",
        "Sorry for the stress. We saw your son at 8am on Monday.",
        "date",
    ),
    (
        "Well done on the award.",
        "",
        "Thank you! The practice was recognised as the region's most accessible surgery at the"
        " NHS awards.",
        "Thank you! We're glad your knee surgery at the hospital went well.",
        "health_detail",
    ),
    (
        "Saw Dr. Okafor in the paper!",
        "Neil",
        "Yes! Dr. Grace Okafor was appointed clinical lead for the county's diabetes network.",
        "Yes! Dr. Grace Okafor has been looking after your diabetes since last spring.",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    ("review", "author", "reply", "twin", "rule"),
    CASES,
    ids=[
        "farewell",
        "loading-bay",
        "veterans-post",
        "gp-or-111",
        "staff-award-date",
        "fee-rule",
        "lines-open-at",
        "award-winning-surgery",
        "colleague-appointed-lead",
    ],
)
def test_a_good_reply_passes_and_its_twin_that_leaks_is_found(
    review: str, author: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, "en", author) == set()
    assert rule in rules_in_editor(twin, review, "en", author)


def test_a_farewell_with_a_relative_still_tells_of_care() -> None:
    review = "The midwives were lovely."
    reply = "Thank you, Claire. Take care of yourself and the baby."
    assert "confirms_patient" in rules_in_editor(reply, review, "en", "Claire")


@pytest.mark.parametrize(
    ("leak", "good"),
    [
        (
            "Dylan, we've sent you a message through the patient portal explaining everything.",
            "Dylan, patients can message us through the patient portal at any time.",
        ),
        (
            "Nadia, as a member of our dental plan you already receive 15% off all treatments.",
            "Nadia, members of our dental plan receive 15% off all treatments.",
        ),
    ],
    ids=["portal-message", "plan-member"],
)
def test_a_relationship_only_a_practice_knows_is_found(leak: str, good: str) -> None:
    review = "Couldn't get a straight answer and it's overpriced."
    assert "confirms_patient" in rules_in_editor(leak, review, "en", "Dylan")
    assert rules_in_editor(good, review, "en", "Dylan") == set()
