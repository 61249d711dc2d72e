"""Session 44 (gfa44en): English false alarms and leaks of round 44a (own_en_round44a.jsonl,
written before its writer read the guard), read as families of wording (issue 16). Each family
is probed with sentences written for it in new words, none of the round's items, beside the same
words said of the reader's own care (which must stay blocked)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# registered with a named clinician, or on the practice's list: said of them, of a relative
# of theirs or of "someone whose ..." it is their care relationship, whatever role the review
# gives its writer (a caller, a neighbour)
_CALLER = "Phoned four times about registering and nobody answered."
REGISTERED_WITH_A_CLINICIAN = [
    "No need to fill in the forms again: you've been with Dr Osei since 2021.",
    "Since you have always been under Dr Marsh, just ask reception for her.",
    "Your husband has been with Dr Patel for years, so he can keep his usual slot.",
    "She's been on Dr Grey's list since the spring, so nothing needs redoing.",
    "We're sorry to hear this from someone whose children have all been on our books for a decade.",
    "They have been on the surgery's register since 2015, so the form isn't needed.",
]


@pytest.mark.parametrize(
    "probe",
    probes(
        REGISTERED_WITH_A_CLINICIAN,
        "bad",
        rule="confirms_patient",
        language="en",
        review=_CALLER,
        reviewer="Owen Hale",
    ),
)
def test_registered_with_a_named_clinician_is_their_relationship(probe: Probe) -> None:
    check(probe)


# ... but a colleague's years with a doctor, or a group's, are no one's
STAFF_WITH_A_CLINICIAN = [
    "Our practice nurse Jo has been with Dr Osei's team since 2021 and runs the phones on Mondays.",
    "Every family in the village has been on our list at some point,"
    " and we never take that for granted.",
]


@pytest.mark.parametrize(
    "probe",
    probes(STAFF_WITH_A_CLINICIAN, "good", language="en", review=_CALLER, reviewer="Owen Hale"),
)
def test_a_colleagues_years_with_a_doctor_are_no_ones(probe: Probe) -> None:
    check(probe)


# the surgery as the organisation that does or does not run a service, set against another
_LINE = "Tried the weekend number on Sunday and it rang out. Not good when you're worried."
SURGERY_AS_THE_ORGANISATION = [
    "Weekend calls are answered by the county urgent care service, not the surgery,"
    " so we have sent your comments to them.",
    "The evening line is run by the local GP federation rather than the surgery,"
    " and we've passed your message on.",
    "Repeat forms are handled by the surgery, not the pharmacy,"
    " and we're sorry yours took so long.",
    "That number is staffed by the hospital trust instead of the surgery;"
    " we've forwarded your feedback to their team.",
]


@pytest.mark.parametrize(
    "probe",
    probes(SURGERY_AS_THE_ORGANISATION, "good", language="en", review=_LINE, reviewer="Nadia"),
)
def test_the_surgery_as_an_organisation_is_no_operation(probe: Probe) -> None:
    check(probe)


# ... while their operation set against another cause stays theirs
THEIR_OPERATION = [
    "It was the anaesthetic, not the surgery, that left you feeling sick.",
    "We're sorry your surgery on the 4th was cancelled by the hospital, not by us.",
]


@pytest.mark.parametrize(
    "probe",
    probes(THEIR_OPERATION, "bad", rule="any rule", language="en", review=_LINE, reviewer="Nadia"),
)
def test_their_operation_stays_theirs(probe: Probe) -> None:
    check(probe)


# a message the reply gives to the relative the review itself tells of ("I brought my son"):
# the practice's words to them and the review's story, no care of the relative's told
MESSAGE_TO_THE_RELATIVE = [
    (
        "I took my son for his first check-up and the dentist made him laugh the whole time.",
        "Please tell your son that all our dentists say he has the best laugh in town!",
    ),
    (
        "My mum says the nurses here are angels.",
        "Give your mum our warmest wishes, the nurses were so touched.",
    ),
    (
        "My grandad had his jabs here and the nurse was lovely with him.",
        "Say hello to your grandad from the whole nursing team.",
    ),
    (
        "Brought my daughter in, the hygienist was brilliant with her nerves.",
        "Do let your daughter know our hygienists think she was the bravest visitor of the week.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(MESSAGE_TO_THE_RELATIVE, "review good", language="en", reviewer="Lena Ford"),
)
def test_a_message_to_the_relative_the_review_tells_of(probe: Probe) -> None:
    check(probe)


# ... but not to a relative the review never named, nor with a health word said to them
MESSAGE_THAT_TELLS_THEIR_CARE = [
    (
        "Lovely clean practice.",
        "Please tell your son that all our dentists say he has the best laugh in town!",
    ),
    ("Lovely clean practice.", "Say hello to your grandad from all the nurses."),
    (
        "My dad was seen by the nurse.",
        "Please tell your dad the nurse says his cholesterol is much lower now.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        MESSAGE_THAT_TELLS_THEIR_CARE,
        "review bad",
        rule="any rule",
        language="en",
        reviewer="Lena Ford",
    ),
)
def test_a_message_that_tells_their_care_stays_blocked(probe: Probe) -> None:
    check(probe)


# the practice's own upkeep and works on a day ahead: its trades, its people, its premises
_HEDGE = "The bushes outside your building are blocking the pavement."
PREMISES_UPKEEP_ON_A_DAY = [
    "Our caretaker is booked to clear the path on Wednesday, and the bins will go round the back.",
    "The window cleaners are coming on Tuesday morning, so please excuse the ladders.",
    "We'll have the railings repainted by Friday.",
    "The roadworks outside will end on 12 September, the council tells us.",
    "Our maintenance team will replace the broken lights next Monday.",
]


@pytest.mark.parametrize(
    "probe",
    probes(PREMISES_UPKEEP_ON_A_DAY, "good", language="en", review=_HEDGE, reviewer="Rita"),
)
def test_the_practices_upkeep_on_a_day_is_no_visit(probe: Probe) -> None:
    check(probe)


# ... but a day of theirs with the practice stays a date
THEIR_DAY_WITH_US = [
    "Our cleaner will ring you on Friday to apologise in person.",
    "The nurse is booked to see you on Wednesday.",
    "Our hygienist will clean your teeth on Tuesday morning.",
]


@pytest.mark.parametrize(
    "probe",
    probes(
        THEIR_DAY_WITH_US, "bad", rule="any rule", language="en", review=_HEDGE, reviewer="Rita"
    ),
)
def test_their_day_with_us_stays_a_date(probe: Probe) -> None:
    check(probe)


# a phrase of contact or of a visit that only says back what the review itself told
THE_REVIEWS_OWN_ACCOUNT = [
    (
        "Phoned on Monday about a repeat form and was cut off twice.",
        "We're sorry you were cut off twice when you rang about the form.",
    ),
    (
        "Emailed the practice twice about my repeat form and heard nothing.",
        "We're sorry nobody answered when you emailed about the form.",
    ),
    (
        "Brought my little boy for his first visit and he loved the stickers.",
        "Thank you, and we're so happy he enjoyed his first visit!",
    ),
    (
        "Brought my mum along for her hearing check, and the staff were lovely.",
        "Thanks for bringing your mum in, and we're glad the staff made her welcome.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(THE_REVIEWS_OWN_ACCOUNT, "review good", language="en", reviewer="Jess Hart"),
)
def test_the_reviews_own_account_said_back(probe: Probe) -> None:
    check(probe)


# ... while the same phrase the review never told stays their relationship
ACCOUNT_THE_REVIEW_NEVER_GAVE = [
    ("Lovely practice.", "We're sorry you were cut off twice when you rang about the form."),
    (
        "Lovely practice.",
        "Thank you, and we're so happy he enjoyed his first visit!",
    ),
    ("Lovely practice.", "We're sorry nobody answered when you emailed about the form."),
    (
        "Lovely practice.",
        "Thanks for bringing your mum in, and we're glad the staff made her welcome.",
    ),
    # a name the review never gave, in the clause of a phrase it did
    (
        "I rang three times and nobody picked up.",
        "Sorry nobody picked up when you rang Dr Moss's line.",
    ),
    ("Brought my nan along, great staff.", "Thanks for bringing your nan in to see Nurse Kelly."),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        ACCOUNT_THE_REVIEW_NEVER_GAVE,
        "review bad",
        rule="confirms_patient",
        language="en",
        reviewer="Jess Hart",
    ),
)
def test_an_account_the_review_never_gave_stays_theirs(probe: Probe) -> None:
    check(probe)
