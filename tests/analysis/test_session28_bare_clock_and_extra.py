"""Session 28 (issue 19, branch amix2): a wait told by two bare hours, and a charge said as an
amount added to the bill, inside a praising review.

- Two bare hours of arriving and leaving or being seen ("Got there at 2 and left at 4", "Пришли
  к 9, ушли в 12", "Прийшли о 9, вийшли о 12", "Przyjechaliśmy na 8, wyszliśmy o 12") blame the
  wait as the times with minutes did (aspects.CLOCK_HOUR, words as data: [clock_hour],
  [clock_hour_after], [clock_hour_then] of aspects_<lang>.txt); a call then a visit by two
  bare hours is the booking's story, not a wait ("Called at 9, they squeezed me in at 11").
- An amount marked as added to the bill ("£15 extra", "ещё 800 рублей сверху", "dodatkowo
  100 zł", "另加100元") blames the price (aspects.AMOUNT_EXTRA, [amount_extra]).

Each review is written for the test (none is a row of any set).
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG = "negative"

BARE_CLOCK_WAITS = [
    ("Lovely doctor, very thorough. Got there at 2 and left at 4.", "en"),
    ("Arrived at 9, seen at 11. The nurse was great with my son though.", "en"),
    ("Checked in at 10 am, called through at 12 pm. Dr Ross was kind and clear.", "en"),
    ("Врач замечательный, всё объяснил. Пришли к 9, ушли в 12.", "ru"),
    ("Пришла к 8 утра, приняли в 10. Гинеколог очень внимательная.", "ru"),
    ("Лікар чудовий, все пояснив. Прийшли о 9, вийшли о 12.", "uk"),
    ("Świetny lekarz, bardzo dokładny. Przyjechaliśmy na 8, wyszliśmy o 12.", "pl"),
    ("Byłam na 9 rano, weszłam o 11. Pani doktor bardzo miła.", "pl"),
]

EXTRA_CHARGES = [
    ("Great dentist, friendly staff. £15 extra for the X-ray.", "en"),
    ("Lovely GP. The blood test was £20 extra.", "en"),
    ("Врач замечательный. За УЗИ ещё 800 рублей сверху.", "ru"),
    ("Лікар чудовий. За УЗД ще 400 гривень додатково.", "uk"),
    ("Bardzo miła pani doktor. USG dodatkowo 100 zł.", "pl"),
    ("医生很耐心。拍片另加100元。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), BARE_CLOCK_WAITS)
def test_two_bare_hours_of_a_visit_blame_the_wait(text: str, lang: str) -> None:
    assert ("waiting", NEG) in read(text, lang)
    assert verdict(text, lang, rating=4) == "mixed"


@pytest.mark.parametrize(("text", "lang"), EXTRA_CHARGES)
def test_an_amount_added_to_the_bill_blames_the_price(text: str, lang: str) -> None:
    assert ("price", NEG) in read(text, lang)
    assert verdict(text, lang, rating=4) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Called at 9, they squeezed me in at 11, and the filling was painless.", "en"),
        ("Texted the out-of-hours line at 8, was in the chair by 10. Great dentist.", "en"),
        ("Позвонила в 9, в 11 меня уже приняли. Спасибо врачу.", "ru"),
        ("Zadzwoniłam o 9, o 11 byłam już przyjęta. Polecam.", "pl"),
        ("Лабораторія приймає і в неділю з 8 до 12. Медсестра привітна.", "uk"),
        ("Лечение помогло, курс обошёлся в 12, а не в 40, как я боялась. Спасибо.", "ru"),
    ],
)
def test_a_call_then_a_visit_or_opening_hours_blame_no_wait(text: str, lang: str) -> None:
    assert ("waiting", NEG) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lovely GP. The price includes the blood test, no extra charge.", "en"),
        ("Lekarz super, USG w cenie wizyty, bez dopłat.", "pl"),
    ],
)
def test_no_charge_added_blames_no_price(text: str, lang: str) -> None:
    assert ("price", NEG) not in read(text, lang)
    assert verdict(text, lang, rating=5) == "positive"
