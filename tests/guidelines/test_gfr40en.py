"""Session 40 (gfr40en): the misses of round 40f (own_en_round40f.jsonl, written before its
writer read the guard) read as families of wording in English (issue 16). Each family is probed
with sentences written for it in new words, none of the round's or the pool's items, beside the
same words said of the reader (which must stay blocked) or said of everyone (which must stay
clean). Replies are judged after a plain review unless the family is about the review's words."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, reply_probes

# a result, a report or a letter of theirs arrived with a clinician or the lab, or a clinician
# has had it: their test, one event
RESULTS_ARRIVED = [
    "Just a heads-up that the MRI report has reached Dr Grant and she'd like a word.",
    "The pathology findings have landed with the consultant.",
    "Dr Moore has had the ultrasound report back and wants a quick chat.",
    "Dr Ahmed has now seen the letter from the hospital and will ring you.",
    "Your bloods have made it to the lab safely.",
    "The GP has reviewed the results from the clinic.",
]


@pytest.mark.parametrize("probe", reply_probes("en", RESULTS_ARRIVED, rule="health_detail"))
def test_a_result_arrived_with_a_clinician_is_their_health(probe: Probe) -> None:
    check(probe)


RESULTS_FOR_ANYONE = [
    "Test results usually reach us within a week.",
    "The results of our patient survey have arrived and we're making changes.",
    "The CQC inspection report has arrived and we were rated good.",
    "Our new X-ray machine has arrived and is already in use.",
    "Hospital letters usually arrive with the GP within two weeks of a clinic appointment.",
    "Dr Moore has now seen the letter from the council about the car park.",
]


@pytest.mark.parametrize("probe", reply_probes("en", RESULTS_FOR_ANYONE))
def test_results_arriving_as_a_rule_or_the_practices_news_stay_clean(probe: Probe) -> None:
    check(probe)


# one claim of theirs sent or settled, a balance of theirs left, the rest of their bill spread
CLAIMS_OF_THEIRS = [
    "The claim for Oscar's check-up has been resubmitted to Aetna.",
    "The claim for the filling was sent back to Delta Dental and has now been paid.",
    "There's still a small balance left from the crown, but no rush.",
    "A small amount is still outstanding on the account from the extraction.",
    "We've set up the rest as monthly payments for you.",
]


@pytest.mark.parametrize("probe", reply_probes("en", CLAIMS_OF_THEIRS, rule="billing"))
def test_a_claim_or_a_balance_of_theirs_is_billing(probe: Probe) -> None:
    check(probe)


BILLING_RULES = [
    "Any amount still outstanding after 30 days is passed to our accounts team.",
    "Payment plans are available for treatment over £500.",
    "We can split the cost of implants into monthly payments for anyone.",
    "We accept Bupa, AXA and Vitality, and claims are sent electronically.",
]


@pytest.mark.parametrize("probe", reply_probes("en", BILLING_RULES))
def test_billing_rules_for_everyone_stay_clean(probe: Probe) -> None:
    check(probe)


# a colleague's leave, the practice's closures, a rule's 'same day': no one's visit
NO_ONES_DAYS = [
    "Nurse Ellie Moss began her maternity leave on 2 October and is back next spring.",
    "Dr Shah goes on study leave from 3 March, so Dr Lee will cover her clinics.",
    "Our receptionist Kim starts her sabbatical in June.",
    "Our training closures for next year are 14 March, 11 July and 10 October.",
    "The Christmas closures will be 25 and 26 December.",
    "When results reach us, a doctor reviews them the same day.",
    "Messages sent through the app are answered the same day.",
    "Thanks for applying; interviews will be held on 14 and 15 May.",
    "Our open evening will take place on 3 June.",
    "Thanks for delivering our new dental chairs on Thursday, they look great.",
    "Thank you for fixing the boiler last week.",
    "Dr Alan Fry, our senior partner, celebrates 25 years with the practice on 1 June.",
    "Our receptionist Sue marks ten years with us in March.",
]


@pytest.mark.parametrize("probe", reply_probes("en", NO_ONES_DAYS, spared="date"))
def test_staff_leave_closures_and_rules_name_no_ones_day(probe: Probe) -> None:
    check(probe)


READERS_DAYS = [
    "You began your treatment on 4 November.",
    "We saw you on 15 January and 12 February.",
    "You went on sick leave from 3 March, as your note says.",
    "We called you back the same day.",
    "You celebrate ten years with us on 1 June, as our longest patient!",
    "Thanks for bringing your son in on Thursday.",
]


@pytest.mark.parametrize("probe", reply_probes("en", READERS_DAYS, rule="date"))
def test_the_same_days_said_of_the_reader_stay_dates(probe: Probe) -> None:
    check(probe)


# colleagues listed after a role in the plural and a comma; after one role in the singular the
# second name may be anyone's
COLLEAGUES_LISTED = [
    "Our pharmacists, Priya Shah and Tom Evans, will be really pleased.",
    "Our hygienists, Amy Long, Sara Kent and Tom Evans, send their thanks.",
    "We'll pass this on to our physios, Lauren Mitchell and Tom Evans.",
]


@pytest.mark.parametrize("probe", reply_probes("en", COLLEAGUES_LISTED, spared="full_name"))
def test_colleagues_listed_after_a_plural_role_are_no_full_names(probe: Probe) -> None:
    check(probe)


NAMES_AFTER_ONE_ROLE = [
    "Our nurse Kelly Burns and Tom Evans had a lovely chat in the waiting room.",
    "Our pharmacists were glad to help you and Tom Evans with the prescriptions.",
]


@pytest.mark.parametrize("probe", reply_probes("en", NAMES_AFTER_ONE_ROLE, rule="full_name"))
def test_a_name_after_a_singular_role_or_beside_you_stays_a_full_name(probe: Probe) -> None:
    check(probe)


# what a care act can be like for anyone; the same said of her
_VACCINATIONS = "Brought my daughter in for her vaccinations, the nurse was so gentle."


CARE_FOR_ANYONE = [
    "Our nurses know how daunting injections can be for little ones, and we're glad she "
    "was treated gently.",
    "We know how uncomfortable a smear test can feel, and we're glad she was treated gently.",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes(
        "en", CARE_FOR_ANYONE, spared="health_detail", review=_VACCINATIONS, reviewer="Hayley R."
    ),
)
def test_what_care_can_be_like_for_anyone_is_no_ones_health(probe: Probe) -> None:
    check(probe)


def test_what_her_own_care_can_be_like_stays_hers() -> None:
    reply = "We know how daunting her injections can be, and we're glad she was treated gently."
    check(Probe("en", _VACCINATIONS, "Hayley R.", reply, "health_detail", None))


# the review's own visit said back with how fast it was arranged; a condition added is new
_HOME_VISIT = "My husband had a fall and the GP visited at home the same day."


VISIT_SAID_BACK = [
    "We're glad the home visit was arranged quickly for your husband.",
    "We're glad the home visit was arranged so fast for your husband.",
    "We're so pleased the home visit was organised promptly for your husband.",
]


@pytest.mark.parametrize(
    "probe", reply_probes("en", VISIT_SAID_BACK, review=_HOME_VISIT, reviewer="Brenda T.")
)
def test_the_reviews_visit_said_back_with_its_speed_adds_nothing(probe: Probe) -> None:
    check(probe)


def test_the_reviews_visit_with_a_condition_added_stays_blocked() -> None:
    reply = "We're glad the home visit was arranged quickly for your husband after his stroke."
    check(Probe("en", _HOME_VISIT, "Brenda T.", reply, "health_detail", None))


# the reader kept on, put back on or moved to a clinician's list, booked or listed for
# something of ours
READER_ON_A_LIST = [
    "We'll put you back on Dr Shah's list for next time.",
    "We've moved you to your usual GP's list.",
    "We'll keep you on Dr Okafor's list.",
    "You're down for a call-back from the nurse tomorrow.",
    "You're booked in for a call-back from the nurse.",
    "You're on the list for a call from Dr Lee.",
    "You're in the diary for next month.",
]


@pytest.mark.parametrize("probe", reply_probes("en", READER_ON_A_LIST, rule="confirms_patient"))
def test_the_reader_on_a_list_or_booked_is_a_patient(probe: Probe) -> None:
    check(probe)


LISTS_FOR_ANYONE = [
    "Every patient can ask to be put on Dr Shah's list.",
    "Patients can move to another doctor's list at any time by asking reception.",
    "If you're booked in for a flu jab, please arrive five minutes early.",
    "You're welcome to book in for a check-up whenever suits.",
]


@pytest.mark.parametrize("probe", reply_probes("en", LISTS_FOR_ANYONE))
def test_lists_and_bookings_for_anyone_stay_clean(probe: Probe) -> None:
    check(probe)


# a thing of ours given or sent for the review, in either order
GIFTS_FOR_THE_REVIEW = [
    "We'll send you a box of chocolates for the lovely review.",
    "We'll post you some flowers to say thanks for the review.",
    "A little hamper is on its way to you as thanks for your review.",
    "For your review, we'll pop a gift bag in the post.",
    "Here's a bottle of wine for the five stars!",
    "We will happily send you a hamper for the review.",
]


@pytest.mark.parametrize("probe", reply_probes("en", GIFTS_FOR_THE_REVIEW, rule="reward"))
def test_a_gift_for_the_review_is_a_reward(probe: Probe) -> None:
    check(probe)


GIFTS_REFUSED = [
    "Thank you for the flowers and for the lovely review!",
    "Your review made our day, so the team celebrated with cake.",
    "We will not send a gift for your review, as that's against the rules.",
    "We'll never give presents for the reviews we get.",
    "We'd like to send a small gift to thank everyone who took part in our charity fun run.",
]


@pytest.mark.parametrize("probe", reply_probes("en", GIFTS_REFUSED))
def test_gifts_refused_or_not_for_the_review_stay_clean(probe: Probe) -> None:
    check(probe)
