"""Session 25 (issue 19, branch a25c, probe38c): English and Polish mixed reviews whose
complaint the reading did not hear, so they were read as praise.

- A complaint told as advice to other patients ("Bring a book", "good luck getting an
  appointment", "ring at 8 or forget getting seen", "Nastawcie się na długie czekanie", "Weźcie
  ze sobą książkę", "Powodzenia z dodzwonieniem się") blames the wait or the booking.
- A visit delayed told by a verb ("wizyta się opóźniła") blames the wait.
- Praise told by an adverb ("done kindly by the nurse") praises.
- Jargon, and a patient left not knowing what was done, blame the information given.
- A supposition ("even if the doctors are good", "nawet jeśli lekarze są dobrzy") grants wherever
  it stands: a review that blames and only supposes praise is not mixed.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"
DOC, NUR, REC = "doctor", "nurse", "reception"
WAIT, BOOK, INFO = "waiting", "scheduling", "communication"

ADVICE = [
    ("Dr Rahman is lovely. Take a book with you, honestly.", "en", DOC, WAIT),
    ("The nurses were kind to my son. Good luck getting an appointment though.", "en", NUR, BOOK),
    ("Nice GP once you get in. Phone at 8 sharp or forget being seen this month.", "en", DOC, BOOK),
    ("Pan doktor bardzo rzeczowy. Nastawcie się na długie oczekiwanie.", "pl", DOC, WAIT),
    ("Lekarka cudowna, polecam. Weźcie ze sobą coś do czytania.", "pl", DOC, WAIT),
    ("Stomatolog świetny. Powodzenia z zapisaniem się na wizytę.", "pl", DOC, BOOK),
    ("Lekarz bardzo dobry. Powodzenia z dodzwonieniem się do rejestracji.", "pl", DOC, REC),
]


@pytest.mark.parametrize(("text", "lang", "praised", "blamed"), ADVICE)
def test_advice_to_other_patients_after_praise_is_a_complaint_and_the_review_is_mixed(
    text: str, lang: str, praised: str, blamed: str
) -> None:
    # before session 25 (a25c): the advice blamed nothing (or praised the booking) and the
    # review was positive
    chips = read(text, lang)
    assert (praised, POS) in chips
    assert (blamed, NEG) in chips
    assert (blamed, POS) not in chips
    assert verdict(text, lang) == "mixed"


def test_a_visit_that_was_delayed_blames_the_wait() -> None:
    # before session 25 (a25c): the doctor praised, the wait not found, the review positive
    text = "Pierwsza wizyta się opóźniła. Pani doktor za to bardzo dokładna."
    chips = read(text, "pl")
    assert (WAIT, NEG) in chips
    assert (DOC, POS) in chips
    assert verdict(text, "pl") == "mixed"


def test_praise_told_by_an_adverb_praises_the_person() -> None:
    # before session 25 (a25c): the nurse not found, the review negative
    text = "The jab was done kindly by the nurse. Waited 50 minutes past my slot."
    chips = read(text, "en")
    assert (NUR, POS) in chips
    assert (WAIT, NEG) in chips
    assert verdict(text, "en") == "mixed"


def test_jargon_and_a_patient_left_not_knowing_blame_the_information() -> None:
    text = "The surgeon breezed in, spoke in jargon and left. I still don't know what was found."
    chips = read(text, "en")
    assert (INFO, NEG) in chips
    assert (DOC, NEG) in chips
    assert (DOC, POS) not in chips
    assert read("I still don't really know what the results mean.", "en") == {(INFO, NEG)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The receptionist was rude to my mum. A dealbreaker, even if the doctors are good.", "en"),
        ("W rejestracji potraktowano mnie jak intruza. Nie wrócę, nawet jeśli lekarz dobry.", "pl"),
    ],
)
def test_praise_only_supposed_after_a_complaint_leaves_the_review_negative(
    text: str, lang: str
) -> None:
    # before session 25 (a25c): the supposed praise counted and the review was mixed
    assert (REC, NEG) in read(text, lang)
    assert verdict(text, lang) == "negative"


def test_although_after_the_praise_still_adds_its_complaint() -> None:
    # the look-alike: "although" after the main clause tells a fact, not a supposition
    text = "Dr Kaur sorted my knee out completely, although the waiting room was filthy."
    chips = read(text, "en")
    assert (WAIT, NEG) in chips or ("facilities", NEG) in chips
    assert verdict(text, "en") == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oh brilliant, a GP who never looked up from the screen. So helpful.", "en"),
        ("No super, lekarz znowu był opryskliwy i nic nie wyjaśnił. Bardzo pomocne.", "pl"),
    ],
)
def test_mock_delight_then_bare_praise_blames_the_doctor(text: str, lang: str) -> None:
    # before session 25 (a25c): the marker's own "brilliant" / "super" made its sentence
    # judged, so the praise after it was meant and the doctor was praised
    chips = read(text, lang)
    assert (DOC, NEG) in chips
    assert (DOC, POS) not in chips
    assert verdict(text, lang) == "negative"


def test_thanks_as_a_marker_is_still_thanks() -> None:
    # the look-alike: "Дякую, звісно" thanks, and the complaint after it makes the review mixed
    text = "Дякую, звісно, що прийняли без запису. Тільки чекати довелося три години."
    assert ("scheduling", POS) in read(text, "uk")


def test_words_that_were_all_a_paid_visit_bought_blame_the_doctor() -> None:
    # before session 25 (a25c): "Bardzo pomocne" praised the price and the review was positive
    text = "Zapłaciłem 250 zł za wizytę, na której usłyszałem, że trzeba schudnąć. Bardzo pomocne."
    chips = read(text, "pl")
    assert (DOC, NEG) in chips
    assert ("price", POS) not in chips
    assert verdict(text, "pl") == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dr Osei was brilliant, finally got a diagnosis after years of being ignored.",
            "en",
        ),
        (
            "Pani doktor to skarb, trafiła z diagnozą po latach odsyłania od lekarza do lekarza.",
            "pl",
        ),
    ],
)
def test_a_complaint_about_the_years_before_a_good_result_is_no_complaint(
    text: str, lang: str
) -> None:
    # before session 25 (a25c): the years of being ignored blamed the doctor and the outcome
    chips = read(text, lang)
    assert (DOC, POS) in chips
    assert ("outcome", NEG) not in chips
    assert (DOC, NEG) not in chips
    # (the review's sentiment score still counts those words: the English one stays negative)
