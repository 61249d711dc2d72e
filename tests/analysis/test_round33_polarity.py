"""Round thirty-three (issue 19, branch asp34): mixed reviews read as one verdict, and
complaints read as praise.

1. praise in scare quotes ("So 'helpful' reception", "«вежливая» медсестра", "„kompetentna”
   rejestracja") is irony: it blames what it names, and beside real praise the review is mixed;
   a quoted name with a capital ("Клиника «Добрый доктор»") and plain praise stay praise;
2. the way in for a wheelchair or a pram (narrow doors, no ramp, "轮椅进不去") blames access,
   which left such a complaint unread beside praise;
3. a complaint softened into a wish ("could have been a shorter wait"), the ward and its food,
   no seat in the corridor: blamed, not lent to the person praised before them.

Each review is written for the test; the "stay" look-alikes read as before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"
DOC, NURSE, REC, WAIT, FAC, ACCESS = (
    "doctor",
    "nurse",
    "reception",
    "waiting",
    "facilities",
    "access",
)

SCARE_QUOTES = [
    (
        "So 'helpful' front desk, they lost my referral twice. Dr Singh was lovely though.",
        "en",
        {(REC, NEG), (DOC, POS)},
    ),
    (
        "Очень «вежливая» регистратура, разговаривают через губу. Педиатр замечательный.",
        "ru",
        {(REC, NEG), (DOC, POS)},
    ),
    (
        "Надзвичайно «ввічлива» реєстратура, слова не скажуть. Терапевт дуже добрий.",
        "uk",
        {(REC, NEG), (DOC, POS)},
    ),
    (
        "Bardzo „uprzejma” rejestracja, burknęli coś pod nosem. Kardiolog świetny.",
        "pl",
        {(REC, NEG), (DOC, POS)},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SCARE_QUOTES)
def test_praise_in_scare_quotes_blames_and_the_review_is_mixed(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    # the chips the review pane shows: the quoted praise is a complaint about the front desk,
    # and no chip praises it
    chips = read(text, lang)
    assert expected <= chips
    assert (REC, POS) not in chips
    assert verdict(text, lang) == "mixed"


QUOTES_STAY = [
    # a clinic's name in quotes starts with a capital: a name, not irony
    ("Клиника «Добрый доктор» — лучшая, врач внимательный.", "ru", {(DOC, POS)}, "positive"),
    ("Центр «Здорова родина» чудовий, лікарка уважна.", "uk", {(DOC, POS)}, "positive"),
    # the writer's own word of praise in quotes, with no complaint beside it, is meant
    ("The physio rang me back the next day, 'brilliant' thank you.", "en", None, "positive"),
    # praise without quotes, and an apostrophe inside a word, stay praise
    ("The receptionist was helpful and the doctor's advice was great.", "en", None, "positive"),
]


@pytest.mark.parametrize(("text", "lang", "expected", "sentiment"), QUOTES_STAY)
def test_quoted_names_and_plain_praise_stay_praise(
    text: str, lang: str, expected: set[tuple[str, str]] | None, sentiment: str
) -> None:
    if expected is not None:
        assert read(text, lang) == expected
    assert NEG not in {polarity for _, polarity in read(text, lang)}
    assert verdict(text, lang) == sentiment


WAY_IN = [
    (
        "The hygienist was gentle and quick. The doors are too narrow for a wheelchair.",
        "en",
        {(ACCESS, NEG)},
    ),
    ("Медсестра ласковая. Дверь узкая, с коляской не проехать.", "ru", {(ACCESS, NEG)}),
    ("Педіатр уважний. Пандуса немає, з візком не заїхати.", "uk", {(ACCESS, NEG)}),
    ("Pani doktor miła. Zbyt wąskie drzwi, wózkiem nie da się wjechać.", "pl", {(ACCESS, NEG)}),
    ("医生很耐心。门很窄，婴儿车推不进去。", "zh", {(ACCESS, NEG)}),
]


@pytest.mark.parametrize(("text", "lang", "blamed"), WAY_IN)
def test_a_way_in_too_narrow_for_a_wheelchair_is_blamed_beside_the_praise(
    text: str, lang: str, blamed: set[tuple[str, str]]
) -> None:
    chips = read(text, lang)
    assert blamed <= chips
    assert any(polarity == POS for _, polarity in chips)
    assert verdict(text, lang) == "mixed"


SOFTENED = [
    (
        "The physio was brilliant. The wait could have been a bit shorter, over an hour.",
        "en",
        {(DOC, POS), (WAIT, NEG)},
    ),
    (
        "Lovely nurses on the day of my op. The food was cold and the ward was noisy.",
        "en",
        {(NURSE, POS), (FAC, NEG)},
    ),
    ("Лор толковый. Единственное, в холле негде присесть.", "ru", {(DOC, POS), (FAC, NEG)}),
    ("Лікар чудовий. Але в коридорі ніде сісти.", "uk", {(DOC, POS), (FAC, NEG)}),
]


@pytest.mark.parametrize("reading", readings(SOFTENED))
def test_a_softened_complaint_is_blamed_and_not_lent_to_the_person(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed")


DENIED_PRAISE = [
    # praise denied by a measure: the person is blamed, not praised
    ("The dentist was less than gentle with my gums.", "en", {(DOC, NEG)}),
    ("Лікарка далеко не привітна.", "uk", {(DOC, NEG)}),
    ("Pan doktor daleki od uprzejmości.", "pl", {(DOC, NEG)}),
    # a superlative denied, which the stems do not reach
    ("Педіатр не з найуважніших.", "uk", {(DOC, NEG)}),
    ("Ortopeda nie należy do najcierpliwszych.", "pl", {(DOC, NEG)}),
]


@pytest.mark.parametrize("reading", readings(DENIED_PRAISE))
def test_praise_denied_by_a_measure_or_a_superlative_blames_the_person(reading: Reading) -> None:
    # ("далеко", far, names no way to go here)
    check_reading(reading, sentiment="negative")


def test_listening_with_half_an_ear_is_a_complaint_of_the_telling() -> None:
    # "слушал" alone is the telling's praise; with half an ear it is its complaint
    for text, lang in (
        ("Невролог толковый, но слушал вполуха.", "ru"),
        ("Лікар слухав упіввуха і поспішав.", "uk"),
    ):
        chips = read(text, lang)
        assert ("communication", NEG) in chips
        assert ("communication", POS) not in chips


DENIED_STAY = [
    # a measure of time, not of praise
    ("Less than a week later the rash was much better.", "en", "positive"),
    ("Клініка далеко від дому, але лікар чудовий.", "uk", "mixed"),
]


@pytest.mark.parametrize(("text", "lang", "sentiment"), DENIED_STAY)
def test_a_measure_of_time_or_distance_is_no_denial(text: str, lang: str, sentiment: str) -> None:
    assert verdict(text, lang) == sentiment
