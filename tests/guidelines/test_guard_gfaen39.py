"""Session 39 (gfaen39, issue 16): English false alarms read by the part of a sentence they
are in.

- An echo is read in the coordinated part that holds the finding, up to the next part of
  the sentence (", and ...", ", but ..."), as it was already read from the part's start: "Feeling
  the anaesthetic fade partway through an extraction is a horrible experience" repeats "the
  numbing wore off halfway through", whatever the next part says; that next part is read for
  its own findings ("..., and your stitches will dissolve next week" stays blocked), and a
  part that names care the review never told ("your root canal") stays blocked.
- A greeting with the first names a public name writes out before the initial that hides the
  surname ("Ana Lucia, ..." and "Hi Ana Lucia" to "Ana Lucia R.") tells no surname; the
  surname the initial hides ("Ana Lucia Reyes") and a public surname ("Dear Thomas Whitfield")
  stay blocked.
"""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

NUMBING = "Had a wisdom tooth pulled and the numbing wore off halfway through. Agony."
REFERRAL = (
    "I was told at the desk, in front of a full waiting room, that my referral hadn't been "
    "sent because the doctor forgot. Now I have to wait another 6 weeks."
)

WAIT = "We waited 3 hours with my son and nobody told us why."

# (language, author, review, reply): good replies the practice may publish
PASS = [
    (
        "en",
        "Ana Lucia R.",
        WAIT,
        "Ana Lucia, three hours is a very long time to wait with a child, and we're sorry.",
    ),
    (
        "en",
        "Ana Lucia R.",
        WAIT,
        "Hi Ana Lucia, three hours is a very long time to wait with a child, and we're sorry.",
    ),
    (
        "en",
        "Connor",
        NUMBING,
        "Connor, we're so sorry. Feeling the anaesthetic fade partway through an extraction "
        "is a horrible experience, and the dentist should have stopped and topped it up as "
        "soon as you showed discomfort.",
    ),
    (
        "en",
        "Simone",
        REFERRAL,
        "Simone, being told in front of a full waiting room that a referral hadn't gone "
        "because it was forgotten is embarrassing, and facing another six weeks on top is the "
        "last thing you needed.",
    ),
]

# (language, author, review, reply, rule): the same shapes with a fact of the reviewer's own
BLOCK = [
    (
        "en",
        "Ana Lucia R.",
        WAIT,
        "Ana Lucia Reyes, three hours is a very long time to wait with a child.",
        "full_name",
    ),
    (
        "en",
        "Thomas Whitfield",
        WAIT,
        "Dear Thomas Whitfield, three hours is a very long time to wait with a child.",
        "full_name",
    ),
    (
        "en",
        "Connor",
        NUMBING,
        "Feeling the anaesthetic fade partway through an extraction is a horrible experience, "
        "and your stitches will dissolve next week.",
        "health_detail",
    ),
    (
        "en",
        "Connor",
        NUMBING,
        "Feeling the anaesthetic fade partway through an extraction is a horrible experience, "
        "and the dry socket you developed afterwards should settle within a week.",
        "health_detail",
    ),
    (
        "en",
        "Connor",
        NUMBING,
        "Feeling the anaesthetic fade partway through your root canal is a horrible "
        "experience, and the dentist should have stopped.",
        "health_detail",
    ),
    (
        "en",
        "Connor",
        NUMBING,
        "Feeling the anaesthetic fade partway through an extraction is a horrible experience, "
        "and we have noted it in your records.",
        "confirms_patient",
    ),
    (
        "en",
        "Simone",
        REFERRAL,
        "Simone, being told in front of a full waiting room that a referral hadn't gone is "
        "embarrassing, and your referral to the cardiology clinic has now been sent.",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize("probe", probes(PASS, "language reviewer review good"))
def test_echoes_read_part_by_part_and_first_names_pass_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language reviewer review bad rule"))
def test_a_part_with_the_reviewers_own_care_or_a_surname_stays_blocked(probe: Probe) -> None:
    check(probe, editor=True)
