"""Session 45 (gfa45en): English false alarms and a leak of round 45a (own_en_round45a.jsonl,
written before its writer read the guard), read as families of wording (issue 16). Each family
is probed with sentences written for it in new words, none of the round's items, beside the same
words saying what the review did not (which must stay blocked)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# the reviewer's own account said back in other words, inside what the reply reports the review
# told ([guard] reported: "you told us", "as you put it", "in your own words", "you shared"):
# time away from care told as "so many years away" after "hadn't seen a dentist since 2009"
_AWAY = "Hadn't seen a dentist in years because I was scared stiff. The hygienist was so patient."
_AVOIDED = "I avoided doctors for a decade after a bad experience. Dr Grant put me at ease."
ACCOUNT_SAID_BACK = [
    (_AWAY, "You told us how scared you were after so many years away from the dentist."),
    (_AWAY, "As you put it, you were scared stiff after years away from the dentist."),
    (
        _AVOIDED,
        "In your own words, you had avoided doctors for a decade, and Dr Grant is so"
        " glad she could put you at ease.",
    ),
    (
        _AVOIDED,
        "You shared how you avoided doctors after a bad experience, and we're grateful"
        " you gave us a chance.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(ACCOUNT_SAID_BACK, "review good", language="en", reviewer="Morgan Hale"),
)
def test_the_reviewers_own_account_said_back_passes(probe: Probe) -> None:
    check(probe)


# ... but the same frame with care the review did not tell: the practice's own word ("our"),
# a visit, a figure, a treatment, a clinician it did not name
ACCOUNT_WITH_MORE = [
    (_AWAY, "You told us how scared you were after so many years with our hygienist."),
    (_AWAY, "As you put it, you were scared stiff at your check-up on 4 March."),
    (
        _AWAY,
        "You told us how scared you were after so many years away, and your gum"
        " disease has been noted on your file.",
    ),
    (
        _AVOIDED,
        "In your own words, you avoided doctors for a decade until Dr Okoye registered"
        " you in 2019.",
    ),
    (_AVOIDED, "You shared how you avoided doctors until your blood pressure review with us."),
]


@pytest.mark.parametrize(
    "probe",
    probes(ACCOUNT_WITH_MORE, "review bad", rule="any rule", language="en", reviewer="Morgan Hale"),
)
def test_the_account_with_care_the_review_did_not_tell_is_blocked(probe: Probe) -> None:
    check(probe)


# "thank you for trusting us with" the review itself, its story, something personal: no care
_STORY = "Writing this because I finally felt listened to after a rough year."
TRUSTED_WITH_THE_STORY = [
    "Thank you so much for trusting us with something this personal.",
    "Thanks for trusting us with your story, Morgan.",
    "Thank you for trusting us with such a painful experience; it took courage to write.",
    "Thank you for trusting us with what happened, Morgan.",
]


@pytest.mark.parametrize(
    "probe",
    probes(TRUSTED_WITH_THE_STORY, "good", language="en", review=_STORY, reviewer="Morgan Hale"),
)
def test_trusted_with_the_story_is_no_care(probe: Probe) -> None:
    check(probe)


# ... but trusted with their teeth, treatment, care or family's care is their relationship
TRUSTED_WITH_CARE = [
    "Thank you for trusting us with your smile all these years.",
    "Thanks for trusting us with this treatment.",
    "Thank you for trusting us with something as important as your health.",
    "Thank you for trusting us with your family's care.",
]


@pytest.mark.parametrize(
    "probe",
    probes(
        TRUSTED_WITH_CARE,
        "bad",
        rule="confirms_patient",
        language="en",
        review=_STORY,
        reviewer="Morgan Hale",
    ),
)
def test_trusted_with_their_care_is_their_relationship(probe: Probe) -> None:
    check(probe)


# a wish for how their treated part or appliance is faring, told without "your", in a reply to a
# review that told of no treatment: their health detail
WISH_FOR_THE_TREATED_PART = [
    "Cheers, Morgan, and hope the new crown is settling in!",
    "Thanks! Hoping those stitches have healed by now.",
    "Lovely to hear. Glad the temporary filling is holding up.",
    "Thank you, and we hope the knee is improving.",
]


@pytest.mark.parametrize(
    "probe",
    probes(
        WISH_FOR_THE_TREATED_PART,
        "bad",
        rule="health_detail",
        language="en",
        review="Five stars, lovely team.",
        reviewer="Morgan Hale",
    ),
)
def test_a_wish_for_their_treated_part_is_their_health(probe: Probe) -> None:
    check(probe)


# ... but the practice's own new things faring well are no one's health
WISH_FOR_THE_PRACTICES_THINGS = [
    "Thanks, Morgan! We hope the new booking system is behaving for everyone.",
    "Glad the new waiting room chairs are comfortable, and thank you for the stars.",
]


@pytest.mark.parametrize(
    "probe",
    probes(
        WISH_FOR_THE_PRACTICES_THINGS,
        "good",
        language="en",
        review="Five stars, lovely team.",
        reviewer="Morgan Hale",
    ),
)
def test_the_practices_new_things_are_no_ones_health(probe: Probe) -> None:
    check(probe)


def test_the_phrase_reading_reaches_only_the_kinds_its_language_lists() -> None:
    """[echo] phrase_echo decides how far an echo reaches: English reads a relationship phrase
    said back from the review on its own; Russian, whose sets count any fact the clause adds as
    news, reads only the whole part, so the same act with a new fact beside it stays flagged."""
    from clinicrep.guidelines.echo_meaning import echo_data

    assert echo_data("en").phrase_echo == frozenset({"confirms_patient"})
    assert all(not echo_data(lang).phrase_echo for lang in ("ru", "uk", "pl", "zh"))
    found = find_confidentiality_problems(
        "Вы рассказали, как волновались после стольких лет без стоматолога, и доктор Орлова"
        " записала вам следующий приём на 5 марта.",
        review_text="Не была у стоматолога лет десять, очень боялась.",
        language="ru",
        reviewer_name="Анна",
    )
    assert found


# a colleague not named starting on a day is the practice's news ([guard] date_owner) ...
_WINDOW = "Drove past twice this week and the car park was full by nine."
COLLEAGUES_STARTING = [
    "Two more receptionists start on 6 February, which should ease the mornings.",
    "A new practice nurse is starting in March, and a sixth joining in April.",
    "Our locum GP arrives on 2 June to cover the summer.",
]


@pytest.mark.parametrize(
    "probe",
    probes(COLLEAGUES_STARTING, "good", language="en", review=_WINDOW, reviewer="Morgan Hale"),
)
def test_colleagues_starting_are_the_practices_news(probe: Probe) -> None:
    check(probe)


# ... but "another" or "the second" starting with no role may be their own next session, and
# the one they will see is theirs
THEIR_NEXT_SESSION = [
    "Another starts on 9 May, so see you then.",
    "The second begins on 9 May at 11am.",
    "Your sessions with our new hygienist start on 9 May.",
]


@pytest.mark.parametrize(
    "probe",
    probes(
        THEIR_NEXT_SESSION,
        "bad",
        rule="any rule",
        language="en",
        review="Great practice.",
        reviewer="Morgan Hale",
    ),
)
def test_their_next_session_is_still_theirs(probe: Probe) -> None:
    check(probe)


# a care word's phrase said back without a report ("you told us") stays a finding: the
# relationship with the practice's clinician
def test_your_clinician_after_the_review_named_one_is_still_read() -> None:
    found = find_confidentiality_problems(
        "Your hygienist was thrilled to read this.",
        review_text="The hygienist was gentle and kind.",
        language="en",
        reviewer_name="Morgan Hale",
    )
    assert {f.rule for f in found} == {"confirms_patient"}
