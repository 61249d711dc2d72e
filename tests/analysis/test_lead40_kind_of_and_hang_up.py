"""A question of sort is no kindness, and hanging up blames the desk in every form (issue 19,
session 40, the lead: aspen40 made "kind of" a hedge in the sentiment lexicon only, so the aspect
reading still praised the receptionist of "What kind of receptionist hangs up on you?")."""

from __future__ import annotations

import pytest

from clinicrep.analysis.aspects import read_aspects


def _read(text: str) -> set[tuple[str, str]]:
    return {(str(o.aspect), str(o.polarity)) for o in read_aspects(text, "en").opinions}


@pytest.mark.parametrize(
    "text",
    [
        "What kind of receptionist hangs up on a patient?",
        "What kind of receptionist hangs up on you mid-sentence?",
        "The receptionist hangs up on people who ask questions.",
        "They just hang up on you at reception.",
        "The front desk kept hanging up on me.",
    ],
)
def test_hanging_up_in_any_form_blames_reception(text: str) -> None:
    assert _read(text) == {("reception", "negative")}


@pytest.mark.parametrize(
    "text",
    [
        "The receptionist was kind and patient with my mum.",
        "Very kind of the receptionist to call me back.",
        "So kind of her at the front desk to find me a slot.",
    ],
)
def test_kindness_done_stays_praise(text: str) -> None:
    read = _read(text)
    assert ("reception", "positive") in read
    assert ("reception", "negative") not in read
