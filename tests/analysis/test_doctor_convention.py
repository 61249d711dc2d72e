"""The doctor by the label convention (issue 19, session 27, branch adoc27; the convention and
its counts in tests/analysis/data/README.md). How a person listens is that person's: every
tuning row that tells a doctor listening or not listening labels the doctor, so a doctor who
does not listen is blamed even where the words of not listening weigh little ("Lekarz nie
słuchał", "The doctor didn't listen"), beside the communication chip the reader gives as
before. A contrast word right after the person a sentence opens with ("Pediatra natomiast ...",
"The dentist however ...") sets the whole clause against what came before: the person is not
cut off from what is said of them, and takes no praise from the sentence before. Each review is
written for the test, not copied from a row, with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("The doctor didn't listen.", "en", "doctor"),
        ("The GP didn't really listen to me.", "en", "doctor"),
        ("The receptionist didn't listen.", "en", "reception"),
        ("Врач не особо слушал.", "ru", "doctor"),
        ("Врачиха не очень слушала, что я говорю.", "ru", "doctor"),
        ("Лікарка не дуже слухала.", "uk", "doctor"),
        ("Лікар не надто слухав.", "uk", "doctor"),
        ("Lekarz nie słuchał.", "pl", "doctor"),
        ("Pani doktor mnie nie słuchała.", "pl", "doctor"),
        ("医生没怎么听我说。", "zh", "doctor"),
        # listening barely done is not listening
        ("The GP barely listened.", "en", "doctor"),
        ("Врач еле слушала.", "ru", "doctor"),
        ("Лікарка ледве слухала.", "uk", "doctor"),
        ("Lekarz słabo słuchał.", "pl", "doctor"),
    ],
)
def test_a_person_who_did_not_listen_is_blamed_not_only_the_information(
    text: str, lang: str, person: str
) -> None:
    found = read(text, lang)
    assert (person, NEG) in found
    assert ("communication", NEG) in found  # the chip the reader gave before stays


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # listening done, and listening said strongly, read as before
        ("The doctor listened.", "en"),
        ("Врач выслушал.", "ru"),
        ("Лікар вислухав.", "uk"),
        ("Lekarz wysłuchał.", "pl"),
        ("医生很认真地听我说。", "zh"),
    ],
)
def test_a_person_who_listened_is_still_praised(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("doctor", POS) in found
    assert ("communication", POS) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no person named: listening stays the information's alone
        ("Nobody listened at the front desk.", "en"),
        ("Nikt nie słuchał.", "pl"),
    ],
)
def test_listening_told_of_nobody_names_no_person(text: str, lang: str) -> None:
    found = {aspect for aspect, _ in read(text, lang)}
    assert found.isdisjoint({"doctor", "nurse", "reception"})


def test_a_complaint_of_the_doctor_after_praise_of_the_nurse_is_not_read_as_praise() -> None:
    text = "Pielęgniarka bardzo miła. Pediatra natomiast w ogóle nie słuchał."
    found = read(text, "pl")
    assert ("doctor", NEG) in found
    assert ("nurse", POS) in found
    assert verdict(text, "pl") == "mixed"


def test_the_doctor_named_before_a_contrast_word_takes_no_praise_from_the_sentence_before() -> None:
    found = read("Recepcja miła. Lekarz natomiast spóźnił się godzinę.", "pl")
    assert ("doctor", POS) not in found
    assert ("reception", POS) in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a judged aspect before the "but" is no subject: the clause is cut as before
        (
            "Reasonable prices but you will wait, every single time.",
            "en",
            {("price", POS), ("waiting", NEG)},
        ),
        # the person judged before the contrast word: cut as before
        (
            "Lekarz miły, natomiast rejestracja niekompetentna.",
            "pl",
            {("doctor", POS), ("reception", NEG)},
        ),
    ],
)
def test_a_contrast_word_after_a_judgement_still_cuts_its_clause(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor was polite, but didn't even look at my throat.", "en"),
        ("Врач не то чтобы плохой, но слушать не умеет совсем.", "ru"),
        ("Врач не то чтобы плохой, но слушать не умеет совсем: перебивал каждые 30 секунд.", "ru"),
    ],
)
def test_a_person_granted_then_blamed_for_their_work_after_but_is_blamed(
    text: str, lang: str
) -> None:
    found = read(text, lang)
    assert ("doctor", NEG) in found
    assert ("doctor", POS) not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the "but" blames another aspect: the praise stands
        ("The doctor was lovely, but the wait was two hours.", "en", ("doctor", POS)),
        ("Лікарка приємна, але ціни зависокі.", "uk", ("doctor", POS)),
        # the "but" names nothing and blames the practice
        (
            "Результаты обещали через два дня, ждала неделю. Врач хороший, но из-за этого"
            " бардака больше не приду.",
            "ru",
            ("doctor", POS),
        ),
        # the skill granted: SKILL_THEN_MANNER's, the complaint the chip as before
        ("Knowledgeable doctor but rude.", "en", ("doctor", NEG)),
    ],
)
def test_praise_before_a_but_that_blames_something_else_is_kept(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor looked at the screen the whole time.", "en"),
        ("The doctor stared at his screen the entire time.", "en"),
        ("Paid a lot for a ten-minute visit. He read my symptoms off a screen.", "en"),
        ("Lekarz cały czas patrzył w ekran.", "pl"),
        ("医生不看病人只看电脑。", "zh"),
    ],
)
def test_the_doctors_eyes_on_the_screen_blame_the_doctor(text: str, lang: str) -> None:
    assert ("doctor", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # looking at the screen to show the patient's own images is no complaint
        ("The dentist looked at the screen and showed me the crack on the X-ray.", "en"),
        ("Lekarz patrzył w ekran i pokazał mi pęknięcie na zdjęciu.", "pl"),
    ],
)
def test_looking_at_the_screen_alone_blames_nobody(text: str, lang: str) -> None:
    assert ("doctor", NEG) not in read(text, lang)
