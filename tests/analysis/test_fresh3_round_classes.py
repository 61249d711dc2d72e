"""The classes the third fresh round of labelled reviews (fresh3) found missing on its tuning
rows, each in every language, told in new words: what a practice sees on a review's aspects and
its verdict."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My slot was 2:15, they called my name at 3:40. The nurse was lovely though.", "en"),
        ("Талон был на 13:30, зашла в 15:10. Медсестра очень приятная.", "ru"),
        ("Запис був на 11:00, зайшов о 12:45. Медсестра дуже приємна.", "uk"),
        ("Termin na 9:30, weszłam o 10:50. Pielęgniarka bardzo miła.", "pl"),
        ("约的下午两点，三点半才叫到我。护士很温柔。", "zh"),
    ],
)
def test_a_wait_told_only_by_the_clock_blames_the_wait_beside_praise(text: str, lang: str) -> None:
    assert ("waiting", NEG) in read(text, lang)
    assert ("nurse", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Open 8:00-16:00, the nurse was lovely.", "en"),
        ("Работают с 8:00 до 16:00, медсестра очень приятная.", "ru"),
        ("Працюють з 8:00 до 16:00, медсестра дуже приємна.", "uk"),
        ("Przychodnia czynna od 8:00 do 16:00, pielęgniarka bardzo miła.", "pl"),
        ("一点都不疼，护士很温柔，下午三点多就看完了。", "zh"),
    ],
)
def test_opening_hours_and_a_little_are_not_a_wait(text: str, lang: str) -> None:
    assert ("waiting", NEG) not in read(text, lang)
    assert verdict(text, lang) == POS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The osteopath was brilliant, but parking was a nightmare.", "en"),
        ("Массажист внимательный, но цены очень высокие.", "ru"),
        ("Фізіотерапевтка дуже уважна, але ціни дуже високі.", "uk"),
        ("Rehabilitantka bardzo cierpliwa, ale ceny za wysokie.", "pl"),
        ("理疗师很耐心，但是价格太贵了。", "zh"),
    ],
)
def test_a_therapist_praised_is_the_doctor_praised(text: str, lang: str) -> None:
    assert ("doctor", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The nurse was wonderful. But honestly, never again, what a mess.", "en"),
        ("Медсестра замечательная. Но в целом бардак и хаос.", "ru"),
        ("Медсестра чудова. Але загалом безлад і хаос.", "uk"),
        ("Pielęgniarka wspaniała. Ale ogólnie bałagan i chaos.", "pl"),
        ("护士很温柔。就是整体太乱了，一塌糊涂。", "zh"),
    ],
)
def test_a_but_sentence_naming_nothing_does_not_take_back_the_praise_before_it(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("nurse", POS)}
    assert verdict(text, lang) == NEG


def test_hard_to_book_blames_the_booking_beside_praise_in_chinese() -> None:
    text = "医生和护士都很友好。就是周末只开半天，不好约。"
    assert read(text, "zh") == {("doctor", POS), ("nurse", POS), ("scheduling", NEG)}
    assert verdict(text, "zh") == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Patel is kind. Parking is terrible though.",
        "Sure, the decor is dated, but Dr. Weiss is the kindest doctor I know.",
        "The rudest receptionist I have met, but Dr. Moss was lovely.",
    ],
)
def test_a_doctor_named_with_a_title_and_praised_by_a_superlative_is_praised(text: str) -> None:
    assert ("doctor", POS) in read(text, "en")
    assert verdict(text, "en") == "mixed"


def test_what_is_worse_in_polish_is_no_treatment_made_worse() -> None:
    text = "Stomatolog – profesjonalista. Gorzej, że asystentka cały czas narzekała na szefa."
    assert read(text, "pl") == {("doctor", POS), ("nurse", NEG)}
    assert ("outcome", NEG) in read("Po tej wizycie było mi jeszcze gorzej.", "pl")


@pytest.mark.parametrize(
    "text",
    [
        "The nurse is lovely. The office never calls back with results though.",
        "The nurse is lovely. I always have to chase my results.",
    ],
)
def test_results_that_never_come_in_the_present_blame_the_communication(text: str) -> None:
    assert read(text, "en") == {("nurse", POS), ("communication", NEG)}
    assert verdict(text, "en") == "mixed"
