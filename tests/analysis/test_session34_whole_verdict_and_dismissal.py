"""Session 34 (aspen34, issue 19, probe47en/probe47uk): English and Ukrainian mixed reviews whose
praise names no aspect, a verdict of the whole visit beside a complaint ("Overall a pleasant
visit, but the receptionist was snappy"), praise waved away by a rhetorical question ("nice
enough, but what's the point if ..."), an exception after praise ("Everything was great apart
from the price"), and the result of a treatment praised through the pain it no longer gives
("Since the crown was fitted I haven't had a twinge"). The sentences are not probe47's rows; each
mixed or negative one was read otherwise on the code before; the controls stay as they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the complaint's aspect): the whole visit praised, one aspect blamed
WHOLE_THEN_COMPLAINT = [
    ("en", "Overall a pleasant visit, but the receptionist was snappy with my mum.", "reception"),
    ("en", "Good experience on the whole. The only problem was the parking.", "access"),
    (
        "en",
        "Generally a great clinic. Not happy that my appointment was cancelled the night before.",
        "scheduling",
    ),
    ("en", "Everything was great apart from the price.", "price"),
    ("uk", "Загалом усе сподобалось, але реєстраторка була неввічлива.", "reception"),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), WHOLE_THEN_COMPLAINT)
def test_praise_of_the_whole_visit_beside_a_complaint_is_mixed(
    lang: str, text: str, blamed: str
) -> None:
    assert read(text, lang) == {(blamed, "negative")}  # the whole visit is no aspect's chip
    assert verdict(text, lang) == "mixed"


# (language, text, the complaint's aspect): the praise waved away, the complaint stays
DISMISSED = [
    (
        "en",
        "The doctor seemed nice enough, but what's the point if you wait three hours to see her?",
        "waiting",
    ),
    ("en", "Lovely reception area. So what? I waited two hours past my slot.", "waiting"),
    (
        "uk",
        "Медсестра, може, й привітна, але що з того, якщо чекати довелося дві години?",
        "waiting",
    ),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), DISMISSED)
def test_praise_waved_away_by_a_rhetorical_question_is_a_complaint(
    lang: str, text: str, blamed: str
) -> None:
    assert read(text, lang) == {(blamed, "negative")}
    assert verdict(text, lang) == "negative"


def test_pain_no_longer_felt_after_a_treatment_praises_its_result() -> None:
    assert read("Since the crown was fitted I haven't had a twinge.", "en") == {
        ("outcome", "positive")
    }
    assert read("Filling done last month. Not a hint of pain since.", "en") == {
        ("outcome", "positive")
    }


CONTROLS = [
    # all praise: the verdict of the whole adds nothing to it
    ("en", "Overall a great experience, the nurse was lovely and the wait was short.", "positive"),
    # all blame, the whole too
    ("en", "Overall a terrible experience. Rude receptionist and an hour's wait.", "negative"),
    # a rhetorical question that praises is no dismissal
    ("en", "What's the point of going anywhere else? Dr Lee is brilliant.", "positive"),
    # what the doctor said was fine is not the review's verdict
    (
        "en",
        "The doctor told me that everything was fine, and a week later I was in A&E.",
        "positive",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS)
def test_reviews_of_one_side_keep_their_verdict(lang: str, text: str, expected: str) -> None:
    assert verdict(text, lang) == expected


def test_pain_denied_during_the_treatment_is_the_care_of_the_day_not_its_result() -> None:
    found = read("No pain at all during the filling, the dentist was very gentle.", "en")
    assert ("doctor", "positive") in found
    assert verdict("No pain at all during the filling, the dentist was very gentle.", "en") == (
        "positive"
    )
