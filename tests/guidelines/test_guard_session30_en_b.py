"""Session 30 (gen30b, issue 16): English leaks and false alarms gen30 found on the way, each
read as a class by construction and judged as the editor judges a reply (``guard_reply``: the
review, its author and the practice's default settings).

- "We're glad your surgery at the hospital went well": "we're ... surgery" was read as the
  practice describing itself ([guard] general, "we're a small village surgery"), so their
  operation passed. A self-description's words between are now never a determiner or someone's
  ("your", "the", "his" ...): "we're a small village surgery" is still general.
- A child named without "your", brave or a star through a step of care ("Lily and Max are
  always so brave in the chair", "tell Archie he was a superstar at his first filling"): they
  were treated here ([guard] confirms_patient); not said of children in general.
- A crime named ("identity theft and insurance fraud" in an ID policy) is no one's cover
  ([guard] general); "your insurance claim was flagged" is still theirs.
- "and then your pharmacy needs time to prepare them" in a prescriptions policy: their pharmacy
  as the one that takes time ([guard] addressee); "the new dose is ready at your pharmacy" is
  still theirs.
- "a practice covering your address": an address is a resident's, no care relationship
  ([reading] their_things); "we posted the referral letter to your address" is still found.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, author, a good reply, its twin that leaks, a rule the twin breaks)
GOOD_AND_LEAK = [
    (
        "Why do you need my ID? It's a doctor's office.",
        "Hank",
        "Hi Hank, we ask every patient for photo ID and an insurance card at check-in. It"
        " protects against identity theft and insurance fraud, and it's standard across our"
        " network.",
        "Hi Hank, your insurance claim was flagged by the insurer, so we billed you directly.",
        "billing",
    ),
    (
        "Why can't I register if I live 3 miles away?",
        "Ravi",
        "Hi Ravi, thanks for asking. Like all NHS GP surgeries, we have a practice boundary"
        " agreed with the local health board, and we can only register people living inside it."
        " You can check the boundary map on our website, and NHS 111 can help you find a"
        " practice covering your address.",
        "Hi Ravi, we posted the referral letter to your address.",
        "confirms_patient",
    ),
    (
        "Prescriptions take forever here.",
        "Gwen",
        "Hi Gwen, thank you for the feedback. Repeat prescription requests take up to two working"
        " days to process, as set by our NHS prescribing policy, and then your pharmacy needs"
        " time to prepare them. Ordering a week before you run out avoids any gap.",
        "Hi Gwen, the new blood thinner dose Dr. Marsh chose is ready at your pharmacy.",
        "confirms_patient",
    ),
    (
        "Great with kids!",
        "Amy",
        "Thanks Amy! Kids who are brave in the chair get a sticker from our treasure box.",
        "Thanks Amy! Lily and Max are always so brave in the chair. See you all soon!",
        "confirms_patient",
    ),
    (
        "Great dentist.",
        "Hannah",
        "Thanks Hannah! We think every child is a hero in the dentist's chair.",
        "Thanks Hannah, and tell Archie he was a superstar at his first filling!",
        "confirms_patient",
    ),
    (
        "Lovely practice, always friendly.",
        "Joan",
        "Thank you Joan! We're a small village surgery, so kind words like yours mean a lot.",
        "Thank you Joan! We're glad your surgery at the hospital went well.",
        "health_detail",
    ),
]


@pytest.mark.parametrize(("review", "author", "good", "leak", "rule"), GOOD_AND_LEAK)
def test_a_good_reply_passes_and_its_twin_that_leaks_is_found(
    review: str, author: str, good: str, leak: str, rule: str
) -> None:
    assert rules_in_editor(good, review, "en", author) == set()
    assert rule in rules_in_editor(leak, review, "en", author)


@pytest.mark.parametrize(
    "leak",
    [
        "We're glad your surgery went well.",
        "We are delighted your surgery at St Mary's went smoothly.",
        "We're so pleased the surgery went well, and hope the stitches come out soon.",
    ],
)
def test_their_operation_after_we_are_is_found(leak: str) -> None:
    assert "health_detail" in rules_in_editor(leak, "Lovely practice.", "en", "Tom")
