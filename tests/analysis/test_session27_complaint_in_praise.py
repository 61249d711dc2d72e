"""Session 27 (issue 19, branch amild27, probe40m): the complaint inside a praising review.

A praising review whose one complaint is said softly was read as praise alone (mixed read as
positive, the largest blind error). Two frames now mark the complaint, words as data:

- the practice compared with its own past ("Booking used to be easier here", "Раньше здесь
  было удобнее", "Колись тут було простіше", "Kiedyś rejestracja działała sprawniej";
  sentiment_<lang>.txt; Chinese read "不如以前", "没以前…" so already): the praise word is the
  past's, so the clause blames what it names now;
- the wish (aspects.WISH, until now Russian and Ukrainian only) in English and Polish ("I wish
  they had ...", "If only ...", "Would be nice if ...", "Przydałoby się ...", "Szkoda, że
  ..."): what the wish asks for was missing, so it blames what its clause names.

And what the complaint's words name: the time of waiting ("czas oczekiwania"), a lift missing
("没有电梯": the premises, as the tuning rows label it), the centre itself ("сам центр").

Praise in the same frames stays praise: a wish for more of the same or to have come sooner
("I wish there were more doctors like her", "Szkoda, że wcześniej nie trafiłam ..."), a past
that was the patient's own ("I used to be terrified of dentists").

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"

THE_PAST_WAS_BETTER = [
    (
        "Getting an appointment used to be easier here, now it's three weeks. Dr Shah is as"
        " kind as ever.",
        "en",
        "scheduling",
    ),
    ("Хирург отличный, шов аккуратный. Раньше здесь было удобнее с записью.", "ru", "scheduling"),
    ("Педіатр чудова. Колись тут було простіше із записом.", "uk", "scheduling"),
    (
        "Kiedyś rejestracja działała sprawniej, teraz nikt jej nie pilnuje. Lekarka bardzo miła.",
        "pl",
        "reception",
    ),
]


@pytest.mark.parametrize(("text", "lang", "aspect"), THE_PAST_WAS_BETTER)
def test_a_practice_worse_than_it_used_to_be_is_a_complaint_beside_the_praise(
    text: str, lang: str, aspect: str
) -> None:
    # before session 27: positive, the past's praise word read as praise of the booking
    assert verdict(text, lang) == "mixed"
    chips = read(text, lang)
    assert (aspect, NEG) in chips
    assert (aspect, POS) not in chips


WISHED_FOR = [
    (
        "Dr Patel was lovely and very thorough. I wish they had evening appointments.",
        "en",
        "scheduling",
    ),
    ("Great nurses. If only the car park were bigger.", "en", "access"),
    (
        "Fizjoterapeuta świetny, kolano już nie boli. Przydałoby się więcej krzeseł, bo"
        " ludzie stoją.",
        "pl",
        "facilities",
    ),
]


@pytest.mark.parametrize(("text", "lang", "aspect"), WISHED_FOR)
def test_a_wish_after_praise_blames_what_it_names(text: str, lang: str, aspect: str) -> None:
    # before session 27: positive (English and Polish read no wish)
    assert verdict(text, lang) == "mixed"
    assert (aspect, NEG) in read(text, lang)


def test_the_time_of_waiting_named_as_the_only_minus_is_blamed() -> None:
    # before session 27: positive ("czas oczekiwania" named no aspect)
    text = "Lekarz rzeczowy i miły. Jedyny minus to czas oczekiwania."
    assert verdict(text, "pl") == "mixed"
    assert ("waiting", NEG) in read(text, "pl")


def test_the_centre_praised_after_its_prices_is_the_premises_not_the_price() -> None:
    # before session 27: positive, the price praised by the centre's praise after it
    text = "Шкода, що ціни на аналізи тут вищі, ніж у сусідів, бо сам центр дуже гарний."
    assert verdict(text, "uk") == "mixed"
    assert read(text, "uk") >= {("price", NEG), ("facilities", POS)}


def test_a_missing_lift_told_as_a_bare_fact_is_the_premises() -> None:
    # before session 27: positive (the lift named, nothing judged)
    text = "护士打针很轻，态度也好。没有电梯。"
    assert verdict(text, "zh") == "mixed"
    assert ("facilities", NEG) in read(text, "zh")


PRAISE_IN_THE_SAME_FRAMES = [
    ("Dr Lowe is wonderful. I wish there were more doctors like her.", "en"),
    (
        "I used to be terrified of dentists. Dr Roy is so gentle I actually look forward to it.",
        "en",
    ),
    (
        "Szkoda, że wcześniej nie trafiłam do tej przychodni. Lekarz od razu znalazł przyczynę.",
        "pl",
    ),
    ("Раньше боялась стоматологов, а тут всё прошло безболезненно. Врач молодец.", "ru"),
    ("以前很怕看牙，这次医生特别温柔，一点都不紧张。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), PRAISE_IN_THE_SAME_FRAMES)
def test_praise_said_in_the_same_frames_stays_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) == "positive"
    assert not {c for c in read(text, lang) if c[1] == NEG}


ZH_WISHES = [
    ("医生很耐心，讲得也清楚。如果停车方便一点就更好了。", "access"),
    ("护士很温柔。希望以后能多开几个挂号窗口。", "reception"),
]


@pytest.mark.parametrize(("text", "aspect"), ZH_WISHES)
def test_a_chinese_wish_after_praise_blames_what_it_names(text: str, aspect: str) -> None:
    # before session 27: positive, the wish's own praise words ("方便", "更好") read as praise
    assert verdict(text, "zh") == "mixed"
    chips = read(text, "zh")
    assert (aspect, NEG) in chips
    assert (aspect, POS) not in chips


def test_the_good_of_a_chinese_wish_is_no_recovery() -> None:
    # before session 27: the outcome praised by the wish's 好了
    assert ("outcome", POS) not in read("医生很细心。要是周末也开门就好了。", "zh")


def test_a_chinese_wish_that_the_good_goes_on_is_praise() -> None:
    text = "希望王医生能一直在这里坐诊，看得又细又耐心。"
    assert verdict(text, "zh") == "positive"
    assert ("doctor", NEG) not in read(text, "zh")


CAME_TOO_LATE = [
    ("Жаль, что раньше не обратилась в эту клинику. Стоматолог сделала всё аккуратно.", "ru"),
    ("Шкода, що не знала про цього лікаря раніше. Спина більше не болить.", "uk"),
    ("后悔没早点来看这家的牙医。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), CAME_TOO_LATE)
def test_regret_at_not_having_come_sooner_is_praise(text: str, lang: str) -> None:
    # before session 27: negative or mixed, the regret read as a complaint of the practice
    assert verdict(text, lang) == "positive"
    assert not {c for c in read(text, lang) if c[1] == NEG}
