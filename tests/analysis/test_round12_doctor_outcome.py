"""Round twelve (issue 19, branch asp12): the doctor judged without the word "doctor" (a title
before a name, a pronoun opening a clause, what he or she did) and the outcome told as a fact
(gone, back to normal, able again, came back, still the same), in each language, told in words
other than the probe12 rows': the aspects a practice sees on a review."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mrs Clarke was wonderful with my daughter.", "en", {("doctor", POS)}),
        (
            "Spent five minutes with me. She barely looked up from her notes. The swelling came"
            " back two days later.",
            "en",
            {("doctor", NEG), ("outcome", NEG)},
        ),
        (
            "Polecam pana Marka, bardzo dokładny i cierpliwy. Ciśnienie się unormowało po"
            " miesiącu.",
            "pl",
            {("doctor", POS), ("outcome", POS)},
        ),
        (
            "Ona była niemiła i opryskliwa. Efektu brak, wszystko jak było.",
            "pl",
            {("doctor", NEG), ("outcome", NEG)},
        ),
        (
            "Він навіть не оглянув мене, поспішав. Результату немає, все як було.",
            "uk",
            {("doctor", NEG), ("outcome", NEG)},
        ),
        (
            "医生很赶时间，说两句就打发我走了。吃了药也还是老样子。",
            "zh",
            {("doctor", NEG), ("outcome", NEG)},
        ),
        (
            "主刀技术很好，术后恢复得很快，现在能正常走路了。",
            "zh",
            {("doctor", POS), ("outcome", POS)},
        ),
    ],
)
def test_the_doctor_unnamed_and_the_outcome_as_a_fact(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, lang) == expected
    praised = all(polarity == POS for _, polarity in expected)
    assert verdict(text, lang) == ("positive" if praised else "negative")


def test_a_pronoun_opening_a_clause_is_the_doctor_with_the_outcome_after() -> None:
    text = "Она выслушала меня до конца и всё подробно расписала. Давление пришло в норму."
    found = read(text, "ru")
    assert ("doctor", POS) in found
    assert ("outcome", POS) in found
    assert verdict(text, "ru") == "positive"


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        # a role word named before the pronoun, or beside the name, says who it is
        ("The receptionist was lovely. She was so helpful on the phone.", "en", "reception"),
        ("Администратор была вежливой. Она быстро нашла запись.", "ru", "reception"),
        ("Pani Anna z rejestracji była bardzo miła.", "pl", "reception"),
    ],
)
def test_a_role_word_keeps_the_person_from_being_the_doctor(
    text: str, lang: str, person: str
) -> None:
    found = read(text, lang)
    assert (person, POS) in found
    assert not {a for a, _ in found} & {"doctor"}


def test_a_pronoun_after_a_relative_or_inside_a_clause_is_not_the_doctor() -> None:
    assert read("My son had a fever for a week. He was fine after the antibiotics.", "en") == set()
    # "the cream he prescribed": the pronoun opens no clause; the outcome is the cream's
    found = read("Rushed visit, but the cream he prescribed cleared up the rash.", "en")
    assert ("outcome", POS) in found


@pytest.mark.parametrize(
    ("text", "lang", "polarity"),
    [
        # a complaint back again or still there beside an ailment blames the outcome ...
        ("Her asthma came back after a month, no better than before.", "en", NEG),
        ("He came back from lunch late and the headaches are still there.", "en", NEG),
        ("Колено болит до сих пор, хотя прошло два месяца лечения.", "ru", NEG),
        ("湿疹一个月后又复发了。", "zh", NEG),
        # ... and the patient able again credits it
        ("Had my hip done by Mr Evans. My hip no longer hurts and I can walk again.", "en", POS),
        ("Після курсу масажу знову ходжу без болю.", "uk", POS),
        ("Po zabiegu znowu chodzę, efekt świetny.", "pl", POS),
    ],
)
def test_the_outcome_told_as_a_fact(text: str, lang: str, polarity: str) -> None:
    assert ("outcome", polarity) in read(text, lang)


def test_coming_back_without_an_ailment_says_nothing() -> None:
    # "came back" of the patient, not of the complaint
    assert read("I came back a week later for the results.", "en") == set()
