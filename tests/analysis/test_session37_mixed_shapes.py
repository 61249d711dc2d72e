"""Session 37 (aspmix37, issue 19): mixed reviews whose complaint or praise is told as a fact
of a kind. The same care done again, counted ("Пломбу ставили три раза", "补了三次"), and what
came right only after it ("zanim przestała wypadać"); a treatment that did not help; sarcasm
told by delight in time lost ("Loved spending forty minutes on hold"); results ten days late;
time given to the patient, or a test done in minutes, as praise; a booking lost. The sentences
are not any labelled round's rows; each mixed one below was read positive or negative on the
code before the session; the controls stay as they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text): a person praised, the same care done again, counted
REDONE = [
    ("en", "Lovely dentist. Had my crown fitted twice before it stayed."),
    ("ru", "Врач хороший. Пломбу ставили три раза."),
    ("uk", "Лікар хороший. Пломбу ставили три рази."),
    ("zh", "护士很好。同一颗牙补了三次才补好。"),
]


@pytest.mark.parametrize(("lang", "text"), REDONE)
def test_the_same_care_done_again_blames_the_outcome(lang: str, text: str) -> None:
    assert ("outcome", "negative") in read(text, lang)
    assert verdict(text, lang) == "mixed"


def test_what_came_right_only_after_it_was_redone_is_no_praise() -> None:
    text = "Higienistka przemiła. Tę samą plombę zakładali trzy razy, zanim przestała wypadać."
    assert read(text, "pl") == {("nurse", "positive"), ("outcome", "negative")}
    assert verdict(text, "pl") == "mixed"


def test_visits_counted_and_always_fine_are_no_complaint() -> None:
    text = "Была на чистке уже пять раз, всегда всё отлично."
    assert ("outcome", "negative") not in read(text, "ru")
    assert verdict(text, "ru") == "positive"


# (language, text): a doctor praised, then the treatment that did not help
FAILED_TREATMENTS = [
    ("en", "Lovely doctor, very thorough. Only the tablets didn't help at all."),
    ("en", "The GP was kind and thorough. The cream made no difference though."),
    ("zh", "医生人很好。只是开的药完全没效果。"),
]


@pytest.mark.parametrize(("lang", "text"), FAILED_TREATMENTS)
def test_a_treatment_that_did_not_help_blames_the_outcome(lang: str, text: str) -> None:
    assert read(text, lang) == {("doctor", "positive"), ("outcome", "negative")}
    assert verdict(text, lang) == "mixed"


def test_delight_in_time_lost_is_sarcasm() -> None:
    text = "Dr Lee was lovely. Loved spending forty minutes on hold to book."
    assert read(text, "en") == {("doctor", "positive"), ("scheduling", "negative")}
    assert verdict(text, "en") == "mixed"


def test_lovely_how_opens_sarcasm_but_plain_praise_stays_praise() -> None:
    text = (
        "Lovely how the man at the desk sighed when I asked for a sick note."
        " The GP was kind though."
    )
    assert read(text, "en") == {("reception", "negative"), ("doctor", "positive")}
    assert verdict(text, "en") == "mixed"
    assert verdict("Yeah, great doctor, really listened.", "en") == "positive"


def test_results_ten_days_late_blame_the_information() -> None:
    text = "The surgeon was excellent. The results arrived twelve days later."
    assert read(text, "en") == {("doctor", "positive"), ("communication", "negative")}
    assert verdict(text, "en") == "mixed"


def test_time_given_to_the_patient_is_praise_of_who_gave_it() -> None:
    text = (
        "Only got six minutes with the GP."
        " The nurse then spent half an hour going through all my medication with me."
    )
    assert read(text, "en") == {("doctor", "negative"), ("nurse", "positive")}
    assert verdict(text, "en") == "mixed"


def test_a_desk_that_fitted_the_patient_in_is_praised() -> None:
    text = (
        "Still sore a month after the extraction. The receptionists were very accommodating though."
    )
    assert ("reception", "positive") in read(text, "en")
    assert verdict(text, "en") == "mixed"


def test_a_scan_done_in_minutes_praises_the_wait() -> None:
    text = "CT室的设备很新，十五分钟就做完了。报告上写的什么，没有一个人解释。"
    assert ("waiting", "positive") in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


def test_a_booking_lost_blames_the_booking() -> None:
    text = "王医生很好。预约系统把我的号弄丢了两次。"
    assert read(text, "zh") == {("doctor", "positive"), ("scheduling", "negative")}
    assert verdict(text, "zh") == "mixed"


def test_a_gp_appointment_hard_to_get_blames_the_booking_not_the_gp() -> None:
    text = "Getting a GP appointment was a nightmare, but Dr Ali was lovely."
    assert read(text, "en") == {("scheduling", "negative"), ("doctor", "positive")}
    assert verdict(text, "en") == "mixed"


def test_a_system_told_as_a_lottery_blames_what_it_names() -> None:
    text = "Honestly the nicest GP I've had. Appointment system is a lottery."
    assert read(text, "en") == {("doctor", "positive"), ("scheduling", "negative")}
    assert verdict(text, "en") == "mixed"


def test_a_bill_not_what_was_quoted_blames_the_price() -> None:
    text = "The hygienist was gentle and quick. The bill, not really what we were quoted."
    assert ("price", "negative") in read(text, "en")
    assert verdict(text, "en") == "mixed"


def test_a_parking_search_blames_the_access() -> None:
    text = "Pani doktor bardzo miła. Pół godziny krążyłam wokół przychodni w poszukiwaniu miejsca."
    assert read(text, "pl") == {("doctor", "positive"), ("access", "negative")}
    assert verdict(text, "pl") == "mixed"
