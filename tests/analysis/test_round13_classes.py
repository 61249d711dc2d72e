"""Round thirteen (issue 19, branch asp13): English and Polish classes the second check set's
misses showed once it was released as tuning data: the professional named only by a specialty,
slang praise, the one who draws blood, parking and the way there judged by themselves, and the
outcome told by what the patient can do again. Each review is written for the test, not copied
from a row: the aspects a practice sees on it."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            ("The rheumatologist was patient and kind.", "en", {("doctor", POS)}),
            ("Our ENT was rude and rushed us out.", "en", {("doctor", NEG)}),
            ("Docter was lovely with my son.", "en", {("doctor", POS)}),
            ("Endokrynolożka bardzo miła i cierpliwa.", "pl", {("doctor", POS)}),
            ("Psychiatra był opryskliwy i niemiły.", "pl", {("doctor", NEG)}),
            ("Pani dietetyczka bardzo pomocna.", "pl", {("doctor", POS)}),
        ]
    ),
)
def test_a_professional_named_by_a_specialty_is_the_doctor(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Mensah, absolute legend.", {("doctor", POS)}),
        ("The phlebotomist is a gem.", {("nurse", POS)}),
        ("The man who drew my blood needed four attempts.", {("nurse", NEG)}),
        ("Free parking right outside the building.", {("access", POS)}),
        ("Only paid parking nearby.", {("access", NEG)}),
        ("The bus stops right outside.", {("access", POS)}),
    ],
)
def test_english_slang_praise_blood_draws_and_the_way_there(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two months of physio and my mum can climb stairs again.", "en"),
        ("After the injections I can sleep without pain.", "en"),
        ("Back to cycling a month after the operation.", "en"),
        ("Po operacji mogę znowu jeździć na rowerze.", "pl"),
        ("Po rehabilitacji do pracy wróciłam po trzech tygodniach.", "pl"),
        ("Po zabiegu oddycham normalnie.", "pl"),
    ],
)
def test_what_the_patient_can_do_again_credits_the_outcome(text: str, lang: str) -> None:
    assert read(text, lang) == {("outcome", POS)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The osteopath was brilliant. Three sessions and I can run again.", "en"),
        ("Fizjoterapeutka cudowna, po miesiącu chodzę normalnie.", "pl"),
    ],
)
def test_praise_and_what_the_patient_can_do_again_is_positive(text: str, lang: str) -> None:
    assert read(text, lang) == {("doctor", POS), ("outcome", POS)}
    assert verdict(text, lang) == "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("You can book again online.", "en"),
        ("The pain is back again.", "en"),
        ("W końcu mogłam wejść do gabinetu.", "pl"),
    ],
)
def test_being_able_or_again_alone_is_no_outcome(text: str, lang: str) -> None:
    assert ("outcome", POS) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three months on I'm still not able to walk normally.", "en"),
        ("Six sessions later my dad still can't sleep without pain.", "en"),
        ("Po zabiegu nadal nie mogę normalnie chodzić.", "pl"),
    ],
)
def test_not_able_to_do_it_again_blames_the_outcome(text: str, lang: str) -> None:
    assert ("outcome", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pani pobierająca krew była bardzo miła.", {("nurse", POS)}),
        ("Pielęgniarka kłuła syna trzy razy, płakał.", {("nurse", NEG)}),
        ("Parking płatny, ale lekarka świetna.", {("access", NEG), ("doctor", POS)}),
        ("Przychodnia tuż przy przystanku, wygodnie.", {("access", POS)}),
        ("Lekarz poświęcił mi ponad godzinę, bardzo dokładny.", {("doctor", POS)}),
        ("Ząb boli jeszcze bardziej niż przed leczeniem.", {("outcome", NEG)}),
    ],
)
def test_polish_blood_draws_parking_the_doctors_time_and_pain_worse(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "pl") == expected


def test_polish_results_the_next_morning_credit_the_information() -> None:
    text = "Wyniki przyszły mailem następnego dnia rano, lekarka wszystko omówiła."
    assert ("communication", POS) in read(text, "pl")
    assert ("communication", NEG) not in read(text, "pl")


def test_a_tram_ride_named_beside_praise_is_no_access_praised_by_round_thirteen() -> None:
    # the stop names access only where a phrase judges it ("tuż przy przystanku")
    assert ("access", POS) not in read("Lekarz bardzo miły, przyjechałam tramwajem.", "pl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cheaper than my old dentist and just as good.", {("price", POS)}),
        ("Stood at the counter ten minutes before anyone acknowledged me.", {("reception", NEG)}),
        ("Botox results look natural, very happy.", {("outcome", POS)}),
        # a wait past the slot is the wait (round twenty-nine; the labelled sets' en-1304,
        # en-1404, en-1501 label it so), no longer the booking
        (
            "Love waiting 40 minutes past my slot every time. The nurse was kind though.",
            {("waiting", NEG), ("nurse", POS)},
        ),
        ("Love being kept waiting by the receptionist for half an hour.", {("waiting", NEG)}),
    ],
)
def test_english_prices_compared_the_counter_a_natural_result_and_sure_sarcasm(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "en") == expected


@pytest.mark.parametrize(
    "text", ["Love how the nurses remember me.", "Great job explaining everything to my mum."]
)
def test_praise_opened_like_sarcasm_but_meant_stays_praise(text: str) -> None:
    assert all(polarity == POS for _, polarity in read(text, "en"))
    assert verdict(text, "en") == "positive"


def test_nobody_could_tell_me_is_no_outcome_praised() -> None:
    text = "I asked when my results would be back and nobody could tell me."
    assert ("outcome", POS) not in read(text, "en")


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            ("The dentist was gentle, I didn't feel a thing.", "en", {("doctor", POS)}),
            ("Syn nawet nie zauważył ukłucia, pielęgniarka super.", "pl", {("nurse", POS)}),
            (
                "Dr Ade talked me through the scan, very clear.",
                "en",
                {("doctor", POS), ("communication", POS)},
            ),
            (
                "Lekarz omówił ze mną wyniki bardzo spokojnie.",
                "pl",
                {("doctor", POS), ("communication", POS)},
            ),
            ("Intake took two months.", "en", {("scheduling", NEG)}),
            ("Kwalifikacja trwała dwa miesiące.", "pl", {("scheduling", NEG)}),
            ("Rachunek wyższy niż w wycenie.", "pl", {("price", NEG)}),
            ("The parking is a pain.", "en", {("access", NEG)}),
        ]
    ),
)
def test_painless_results_gone_through_the_intake_and_a_bill_above_its_quote(
    reading: Reading,
) -> None:
    check_reading(reading)


def test_a_doctor_who_did_not_even_notice_the_patient_is_blamed() -> None:
    assert read("Lekarz nawet nie zauważył, że płaczę.", "pl") == {("doctor", NEG)}


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            ("10/10 dentist.", "en", {("doctor", POS)}),
            ("Tańsza niż konkurencja, polecam.", "pl", {("price", POS)}),
        ]
    ),
)
def test_ten_out_of_ten_and_a_polish_price_cheaper_than_elsewhere_are_praise(
    reading: Reading,
) -> None:
    check_reading(reading, sentiment="positive")


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            ("He mumbled something and left.", "en", {("communication", NEG)}),
            ("Beautiful waiting room and a lovely team.", "en", {("facilities", POS)}),
            ("The lobby looked dated.", "en", {("facilities", NEG)}),
            (
                "Lekarka tłumaczyła cierpliwie i prostym językiem.",
                "pl",
                {("communication", POS), ("doctor", POS)},
            ),
            ("Lekarz mamrotał pod nosem.", "pl", {("communication", NEG)}),
            (
                "Poczekalnia elegancka, ale lekarz spóźniony.",
                "pl",
                {("facilities", POS), ("waiting", NEG)},
            ),
        ]
    ),
)
def test_the_information_by_how_it_was_said_and_the_premises_by_how_they_look(
    reading: Reading,
) -> None:
    check_reading(reading)


def test_a_practice_running_behind_blames_the_wait_and_a_late_patient_does_not() -> None:
    assert read("They run about an hour behind, every time.", "en") == {("waiting", NEG)}
    assert read("I was late for my appointment and they still saw me.", "en") == set()


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            ("The nurse was sweet.", "en", {("nurse", POS)}),
            ("The receptionist was grumpy and unfriendly.", "en", {("reception", NEG)}),
            ("Fizjoterapeuta ogarnięty.", "pl", {("doctor", POS)}),
        ]
    ),
)
def test_a_persons_manner_in_words_the_lexicons_lacked(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    "text", ["Bark po trzech zabiegach już lepiej.", "Skóra po kremie wyraźnie lepiej wygląda."]
)
def test_a_polish_body_part_better_after_the_visits_credits_the_outcome(text: str) -> None:
    assert read(text, "pl") == {("outcome", POS)}


def test_a_polish_body_part_alone_is_no_outcome() -> None:
    assert read("Kolano boli, lekarz niemiły.", "pl") == {("doctor", NEG)}
