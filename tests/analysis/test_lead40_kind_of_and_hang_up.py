"""A question of sort is no kindness, and hanging up blames the desk in every form (issue 19,
session 40, the lead: aspen40 made "kind of" a hedge in the sentiment lexicon only, so the aspect
reading still praised the receptionist of "What kind of receptionist hangs up on you?")."""

from __future__ import annotations

import pytest
from tests.analysis.probe_readings import Reading, check_reading, readings

BLAMED = {("reception", "negative")}
PRAISED = {("reception", "positive")}

# (text, language, what it reads): all it reads
HANGING_UP = [
    ("What kind of receptionist hangs up on a patient?", "en", BLAMED),
    ("What kind of receptionist hangs up on you mid-sentence?", "en", BLAMED),
    ("The receptionist hangs up on people who ask questions.", "en", BLAMED),
    ("They just hang up on you at reception.", "en", BLAMED),
    ("The front desk kept hanging up on me.", "en", BLAMED),
]


@pytest.mark.parametrize("reading", readings(HANGING_UP))
def test_hanging_up_in_any_form_blames_reception(reading: Reading) -> None:
    check_reading(reading)


# (text, language, what it reads of reception): the desk praised and not blamed
KINDNESS = [
    ("The receptionist was kind and patient with my mum.", "en", PRAISED),
    ("Very kind of the receptionist to call me back.", "en", PRAISED),
    ("So kind of her at the front desk to find me a slot.", "en", PRAISED),
]


@pytest.mark.parametrize("reading", readings(KINDNESS))
def test_kindness_done_stays_praise(reading: Reading) -> None:
    check_reading(reading, named_only=True)
