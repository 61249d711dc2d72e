"""Session 35 (aspmix35, issue 19, probe48): mixed reviews in shapes the reader had not seen, in
the five languages. Praise of the whole visit beside one complaint is mixed in every language
(the convention of tests/analysis/data/README.md, session 35: what a practice owner expects to
see when a review praises something and blames something); a complaint granted in a concession
against praise of someone else is meant; top marks withheld "if it weren't for" someone blame
them; one person praised "unlike" another blames the other; what the patient feared before the
visit, turned from, is no complaint. The sentences are not probe48's rows; each mixed or
positive one below was read otherwise on the code before the session; the controls stay as
they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the complaint's aspect): the whole visit praised, one aspect blamed
WHOLE_THEN_COMPLAINT = [
    ("ru", "В целом всё понравилось, но в регистратуре нахамили.", "reception"),
    ("pl", "Ogólnie wszystko w porządku. Jedynie rejestracja była nieuprzejma.", "reception"),
    ("zh", "总体还不错，就是价格太贵了。", "price"),
    ("zh", "其他都挺好的，就是停车位太少。", "access"),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), WHOLE_THEN_COMPLAINT)
def test_praise_of_the_whole_visit_beside_a_complaint_is_mixed_in_every_language(
    lang: str, text: str, blamed: str
) -> None:
    assert read(text, lang) == {(blamed, "negative")}  # the whole visit is no aspect's chip
    assert verdict(text, lang) == "mixed"


# (language, text, the aspects read): a complaint of one person, praise of another
COMPLAINT_GRANTED_AGAINST_PRAISE = [
    ("en", "Although the receptionist was rude, the dentist was wonderful."),
    ("pl", "Choć rejestratorka była niemiła, lekarz był wspaniały."),
    ("zh", "虽然前台态度不好，但是医生非常耐心。"),
]


@pytest.mark.parametrize(("lang", "text"), COMPLAINT_GRANTED_AGAINST_PRAISE)
def test_a_complaint_granted_against_praise_of_someone_else_is_meant(lang: str, text: str) -> None:
    assert read(text, lang) == {("reception", "negative"), ("doctor", "positive")}
    assert verdict(text, lang) == "mixed"


# (language, text, the aspect the marks are withheld for, the aspect praised)
MARKS_WITHHELD = [
    ("en", "Would be five stars if it wasn't for the parking. The GP was lovely.", "access"),
    ("ru", "Если бы не очереди, поставила бы пятёрку. Врач отличный.", "waiting"),
    ("zh", "要不是收费太乱，我就给五星了。医生很好。", "price"),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), MARKS_WITHHELD)
def test_top_marks_withheld_for_something_blame_it(lang: str, text: str, blamed: str) -> None:
    assert read(text, lang) == {(blamed, "negative"), ("doctor", "positive")}
    assert verdict(text, lang) == "mixed"


# (language, text, the one praised, the one set against them)
UNLIKE = [
    (
        "en",
        "The nurse was gentle and kind, unlike the doctor, who barely spoke to me.",
        "nurse",
        "doctor",
    ),
    ("uk", "Медсестра уважна й привітна, на відміну від адміністраторки.", "nurse", "reception"),
    ("pl", "Pielęgniarka miła i cierpliwa, w przeciwieństwie do lekarza.", "nurse", "doctor"),
]


@pytest.mark.parametrize(("lang", "text", "praised", "blamed"), UNLIKE)
def test_the_one_set_against_a_person_praised_is_blamed(
    lang: str, text: str, praised: str, blamed: str
) -> None:
    assert read(text, lang) == {(praised, "positive"), (blamed, "negative")}
    assert verdict(text, lang) == "mixed"


def test_a_fear_the_visit_proved_wrong_is_no_complaint() -> None:
    text = "Боялся, что будет дорого, а оказалось вполне доступно. Врач внимательный."
    assert read(text, "ru") == {("price", "positive"), ("doctor", "positive")}
    assert verdict(text, "ru") == "positive"


CONTROLS = [
    # thanks for a life saved, no marks withheld
    ("en", "If it wasn't for Dr Shah, I wouldn't be walking today.", "neutral"),
    ("ru", "Если бы не этот врач, не знаю, что бы со мной было. Спасибо!", "positive"),
    # a comparison with another practice praises this one
    ("en", "Unlike my last dentist, Dr Lee was gentle.", "positive"),
    # the whole praised and every aspect too
    ("zh", "总体很满意，医生和护士都很好。", "positive"),
    # a fear before a praise that is no turn from it
    ("en", "I was nervous it would be painful, but the dentist was gentle.", "positive"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS)
def test_look_alikes_keep_their_verdict(lang: str, text: str, expected: str) -> None:
    assert verdict(text, lang) == expected
