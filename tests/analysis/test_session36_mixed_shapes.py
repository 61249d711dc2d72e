"""Session 36 (aspmix36, issue 19, probe49): mixed reviews whose complaint is told as a bare
fact, in the five languages. A fee added on top of another ("plus £30 for a 'note'"), the
patient's tries counted ("Five calls and three emails to get an appointment"), a visit timed by
the doctor it was had with ("Seven minutes with the GP"), a report handed over on a day told by
its ordinal ("на шестнадцатый день"), a look never given, and blame of the whole visit beside
one person praised. The sentences are not probe49's rows; each mixed one below was read
positive or negative on the code before the session; the controls stay as they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text): a doctor praised, a fee added on top of another
ADDED_FEES = [
    (
        "en",
        "Dr Shah was brilliant with my daughter. £80 for the consultation, plus £30 for a 'note'.",
    ),
    ("ru", "Доктор Петрова очень внимательная. Приём 3000, плюс 800 за «справку»."),
    ("pl", "Pan doktor bardzo sympatyczny. Wizyta 250 zł, do tego 80 zł za „zaświadczenie”."),
]


@pytest.mark.parametrize(("lang", "text"), ADDED_FEES)
def test_a_fee_added_on_top_blames_the_price(lang: str, text: str) -> None:
    assert read(text, lang) == {("doctor", "positive"), ("price", "negative")}
    assert verdict(text, lang) == "mixed"


# (language, text): the tries it took to book, counted, beside a doctor praised
COUNTED_TRIES = [
    ("en", "Five calls and three emails to get an appointment. The physio herself was great."),
    ("ru", "Шесть звонков, чтобы записаться. Врач отличный."),
    ("uk", "П'ять дзвінків, щоб записатися. Лікар чудовий."),
    ("pl", "Siedem telefonów, żeby się zapisać. Lekarz świetny."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED_TRIES)
def test_the_tries_it_took_to_book_blame_the_booking(lang: str, text: str) -> None:
    assert read(text, lang) == {("scheduling", "negative"), ("doctor", "positive")}
    assert verdict(text, lang) == "mixed"


def test_the_practice_calling_the_patient_back_is_no_complaint() -> None:
    text = "The nurse rang three times to check on me. Lovely."
    assert read(text, "en") == {("nurse", "positive"), ("communication", "positive")}
    assert verdict(text, "en") == "positive"


def test_minutes_with_the_doctor_tell_a_rushed_visit() -> None:
    text = "Seven minutes with the GP, that was it. The nurse was lovely though."
    assert read(text, "en") == {("doctor", "negative"), ("nurse", "positive")}
    assert verdict(text, "en") == "mixed"


# (language, text): a report handed over on a day told by its ordinal
ORDINAL_DAYS = [
    ("ru", "Заключение выдали на шестнадцатый день. Врач хороший."),
    ("uk", "Висновок видали на шістнадцятий день. Лікар хороший."),
    ("pl", "Opis wydali szesnastego dnia. Lekarz bardzo miły."),
]


@pytest.mark.parametrize(("lang", "text"), ORDINAL_DAYS)
def test_a_report_handed_over_on_a_late_day_blames_the_information(lang: str, text: str) -> None:
    assert read(text, lang) == {("communication", "negative"), ("doctor", "positive")}
    assert verdict(text, lang) == "mixed"


def test_a_look_never_given_blames_the_doctor() -> None:
    text = "Lovely receptionist. The consultant never once looked at me, just typed."
    assert read(text, "en") == {("reception", "positive"), ("doctor", "negative")}
    assert verdict(text, "en") == "mixed"


# (language, text, the one praised): the whole visit blamed, one person praised
WHOLE_BLAMED = [
    ("en", "Awful experience overall. The dentist herself was kind though.", "doctor"),
    ("ru", "В целом ужасное впечатление. Только медсестра была приятной.", "nurse"),
    ("zh", "整体体验很差。只有护士态度还不错。", "nurse"),
]


@pytest.mark.parametrize(("lang", "text", "praised"), WHOLE_BLAMED)
def test_blame_of_the_whole_visit_beside_one_person_praised_is_mixed(
    lang: str, text: str, praised: str
) -> None:
    assert read(text, lang) == {(praised, "positive")}  # the whole visit is no aspect's chip
    assert verdict(text, lang) == "mixed"


def test_blame_of_the_whole_after_a_turn_from_praise_stays_a_complaint() -> None:
    text = "Медсестра чудова. Але загалом безлад і хаос."
    assert read(text, "uk") == {("nurse", "positive")}
    assert verdict(text, "uk") == "negative"


# (language, text): the one who took the blood is the nurse
BLOOD_TAKEN = [
    ("ru", "Кровь брала девушка очень аккуратно."),
    ("pl", "Krew pobierała pani bardzo delikatnie."),
]


@pytest.mark.parametrize(("lang", "text"), BLOOD_TAKEN)
def test_the_one_who_took_the_blood_is_the_nurse(lang: str, text: str) -> None:
    assert read(text, lang) == {("nurse", "positive")}
    assert verdict(text, lang) == "positive"
