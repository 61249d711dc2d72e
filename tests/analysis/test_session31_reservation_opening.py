"""Session 31 (amix31, issue 19, probe44m): a complaint set apart by the sentence's first word,
and the care told unremarkable.

A sentence opened by a word of the one exception or of regret ("The only thing ...",
"Єдине, що не сподобалося, — ...", "Szkoda, że ...", "唯一不太满意的是...";
[reservation_opening] of aspects_<lang>.txt) is the writer setting its complaint apart from the
praise before it: the review is mixed, however much praise came first
(aspects.RESERVATION_OPENING). "Nothing special" and its kin ("nic nadzwyczajnego", "没什么亮点")
blame the person they are said of. The cases marked so were read positive on the code before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

RESERVED = [
    (
        "uk",
        "Хірург Павло Андрійович уважний, усе детально розповів, медсестра теж дуже турботлива. "
        "Єдине, що не сподобалося, — в реєстратурі відповідають крізь зуби.",
    ),  # before: positive
    (
        "zh",
        "李医生很耐心，什么都讲得很明白，护士也很温柔。唯一不太满意的是收费处，说话爱答不理的。",
    ),  # before: positive
    (
        "pl",
        "Pan doktor Lis cierpliwy, wszystko dokładnie wyjaśnił, pielęgniarka też bardzo "
        "troskliwa. Szkoda, że w rejestracji odpowiadają przez zęby.",
    ),  # before: positive
    (
        "ru",
        "Хирург Павел Андреевич внимательный, всё подробно рассказал, медсестра тоже очень "
        "заботливая. Единственное, что расстроило, — в регистратуре отвечают сквозь зубы.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RESERVED)
def test_a_complaint_opened_by_the_only_exception_makes_the_review_mixed(
    lang: str, text: str
) -> None:
    found = read(text, lang)
    assert ("reception", "negative") in found
    assert ("doctor", "positive") in found
    assert verdict(text, lang) == "mixed"


UNREMARKABLE = [
    ("en", "Nurse Pat was lovely. The dentist was fine, nothing special."),  # before: positive
    # (session 41: "w porządku, nic nadzwyczajnego", mild praise hedged, is faint praise, as the
    # labelled rows read it, uk-47u08 "Лікар нормальний, нічого особливого"; the hedge alone blames)
    ("pl", "Rejestracja bardzo miła. Lekarz – nic nadzwyczajnego."),  # before: positive
    ("zh", "前台很热情。医生没什么亮点，问了两句就开药了。"),
]


@pytest.mark.parametrize(("lang", "text"), UNREMARKABLE)
def test_nothing_special_blames_the_person_it_is_said_of(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("doctor", "negative") in found
    assert ("doctor", "positive") not in found
    assert verdict(text, lang) == "mixed"


def test_nothing_special_to_report_before_praise_is_no_complaint() -> None:
    text = "Nothing special to report, Dr Blake was brilliant as always."
    assert read(text, "en") == {("doctor", "positive")}
    assert verdict(text, "en") == "positive"
