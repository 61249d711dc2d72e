"""Round fifteen (issue 19, branch asp15): mixed reviews, whose complaint is often told as facts
beside praise. A wait told by its length judges the wait by itself: half an hour or more blames
it, a few minutes credit it (a look-alike that is no complaint). Each review is written for the
test, not copied from a row: the aspects and the verdict a practice sees on it."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Every time I come I wait 45 minutes.", "en"),
        ("I wait forty minutes for every appointment.", "en"),
        ("Sat in the waiting room for two hours.", "en"),
        ("Каждый раз жду минут сорок.", "ru"),
        ("Ждали приёма полтора часа.", "ru"),
        ("Щоразу чекаю хвилин сорок під кабінетом.", "uk"),
        ("Na wizytę czekałam 50 minut po wyznaczonej godzinie.", "pl"),
        ("Czekam za każdym razem 40 minut.", "pl"),
    ],
)
def test_a_long_wait_told_by_its_length_blames_the_wait(text: str, lang: str) -> None:
    assert read(text, lang) == {("waiting", NEG)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Waited 5 minutes and the nurse was lovely.", "en"),
        ("Ждала минут пять, медсестра очень приятная.", "ru"),
        ("Чекала п'ять хвилин, медсестра дуже приємна.", "uk"),
        ("Czekałam 5 minut, pielęgniarka bardzo miła.", "pl"),
    ],
)
def test_a_wait_of_a_few_minutes_is_no_complaint(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("waiting", NEG) not in found
    assert ("nurse", POS) in found
    assert verdict(text, lang) == POS


def test_a_few_minutes_late_or_a_short_visit_is_no_wait_credited() -> None:
    # the patient late by five minutes (the lateness term blames as before), not a short wait
    assert ("waiting", POS) not in read("Опоздала на 5 минут, врач всё равно приняла.", "ru")
    # the visit's length, not a wait
    found = read("Sat through a five minute appointment, the doctor was great.", "en")
    assert all(aspect != "waiting" for aspect, _ in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Receptionists are always friendly. Every single time I come I wait 40+ minutes.", "en"),
        ("Администраторы всегда улыбаются. Но каждый раз жду минимум 40 минут.", "ru"),
        ("Pani doktor bardzo miła. Na wizytę czekałam 55 minut po czasie.", "pl"),
    ],
)
def test_praise_beside_a_long_wait_told_as_a_fact_is_mixed(text: str, lang: str) -> None:
    assert verdict(text, lang) == "mixed"


_LONG_MIXED = {
    "en": (
        "I had been to four clinics about my back before this one. Dr Moreno examined me"
        " properly, explained every result and the exercises she gave me have made a real"
        " difference, I am sleeping through the night for the first time in a year. The front"
        " desk is another story: rude on the phone and they lost my referral twice."
    ),
    "pl": (
        "Szukałam dobrego ortopedy od dwóch lat, byłam u pięciu lekarzy. Pan doktor Wiśniewski"
        " w końcu znalazł przyczynę bólu, wszystko dokładnie wyjaśnił, po rehabilitacji chodzę"
        " bez bólu i wróciłam do pracy. Rejestracja to jednak porażka: nikt nie odbiera"
        " telefonu, a pani w okienku była opryskliwa."
    ),
}


@pytest.mark.parametrize("lang", sorted(_LONG_MIXED))
def test_a_story_that_praises_and_blames_with_evidence_is_mixed_whatever_its_lean(
    lang: str,
) -> None:
    # long enough that its words' lean used to decide, and they lean one way
    assert verdict(_LONG_MIXED[lang], lang) == "mixed"


def test_a_story_whose_complaint_is_trivial_is_not_mixed() -> None:
    text = _LONG_MIXED["en"].split(" The front desk")[0] + " The chairs are a bit old."
    assert verdict(text, "en") == POS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("OK I guess. The doctor was fine but $180 for a ten minute chat is steep.", "en"),
        ("Врач хороший. 4500 рублей за 10 минут приёма — это перебор.", "ru"),
        ("Lekarz w porządku. Ale 300 zł za 10 minut wizyty to przesada.", "pl"),
    ],
)
def test_an_amount_judged_too_high_for_a_short_visit_blames_the_price_not_the_doctor(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("doctor", POS), ("price", NEG)}
    assert verdict(text, lang) == "mixed"


def test_a_short_visit_paid_for_with_no_judging_word_still_blames_the_doctor() -> None:
    found = read("$340 for a 10 min visit where she googled my symptoms in front of me.", "en")
    assert ("doctor", NEG) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lovely doctor, very kind. Everything else was awful.", "en"),
        ("Врач замечательная, очень внимательная. Всё остальное просто ужасно.", "ru"),
        ("Lekarka cudowna, bardzo cierpliwa. Cała reszta to jakaś porażka.", "pl"),
    ],
)
def test_three_stars_beside_praise_and_a_negative_sentence_read_as_mixed(
    text: str, lang: str
) -> None:
    assert verdict(text, lang, 3) == "mixed"
    # three stars and praise alone: no complaint to find
    assert verdict(text.split(".")[0] + ".", lang, 3) == POS


def test_the_person_named_nearest_before_an_outcome_did_it() -> None:
    found = read(
        "The receptionist found me a slot the same day and Dr Ahmed sorted my knee out.", "en"
    )
    # the slot found is the desk's help and the booking; the knee is the doctor's work
    assert found == {("reception", POS), ("scheduling", POS), ("doctor", POS), ("outcome", POS)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The receptionist found me a slot the same day.", "en"),
        ("Pani z rejestracji znalazła mi termin tego samego dnia.", "pl"),
    ],
)
def test_a_slot_found_by_the_front_desk_credits_the_desk_and_the_booking(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("reception", POS), ("scheduling", POS)}


def test_a_slot_found_by_the_doctor_is_no_credit_to_the_desk() -> None:
    assert ("reception", POS) not in read("Dr Patel found me a slot the same day.", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I haven't had a single migraine since the new tablets.", {("outcome", POS)}),
        ("No more panic attacks since I started seeing her.", {("outcome", POS)}),
        ("Spent about four minutes with me and left.", {("doctor", NEG)}),
        (
            "Kept waiting and no apology from the receptionist.",
            {("waiting", NEG), ("reception", NEG)},
        ),
    ],
)
def test_english_praise_and_blame_told_by_deeds(text: str, expected: set) -> None:
    assert read(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "I have had a migraine since Tuesday.",  # a complaint told, not an outcome
        "Spent five minutes in the waiting room.",  # a short wait, not a rushed doctor
    ],
)
def test_english_look_alikes_of_deeds_are_not_read_as_them(text: str) -> None:
    found = read(text, "en")
    assert ("outcome", POS) not in found
    assert ("doctor", NEG) not in found
