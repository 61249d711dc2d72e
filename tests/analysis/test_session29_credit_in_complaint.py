"""Session 29 (amneg29, issue 19, probe42n): the praise inside a complaining review.

A mostly complaining review that keeps one credit for one person ("X is the only reason I
stay", "saving grace", "Дві зірки лише через лікаря", "jedynym powodem", "多给一星是因为…") is
mixed: the credit frame is a marker of granting ([granting] of aspects_<lang>.txt), so its
sentence credits what it names. "X is the exception" is said aside ([aside]): it takes the side
opposite the rest of the review, praise after complaints and a complaint after praise. Every case
fails on the code before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

CREDITED = [
    (
        "en",
        "Nobody answers the phone and they lost my referral. Dr Lee is the only reason I stay.",
        ("doctor", "positive"),
    ),
    (
        "en",
        "Results went missing twice. Dr Rao is the exception, she called me herself.",
        ("doctor", "positive"),
    ),
    (
        "en",
        "Booking was lost, the bill was wrong. Saving grace: the nurse who did my dressing.",
        ("nurse", "positive"),
    ),
    (
        "uk",
        "Реєстратура груба, результати чекали тиждень. Дві зірки лише через педіатра.",
        ("doctor", "positive"),
    ),
    (
        "uk",
        "Черги величезні, номерки роздають зранку. Окрема зірка медсестрі Олі.",
        ("nurse", "positive"),
    ),
    (
        "pl",
        "Rejestracja gubi dokumenty. Doktor Lis jest jedynym powodem, dla którego tu wracam.",
        ("doctor", "positive"),
    ),
    (
        "ru",
        "В регистратуре хамят, карту теряли дважды. Исключение составляет доктор Смирнов.",
        ("doctor", "positive"),
    ),
    (
        "ru",
        "В регистратуре хамят, карту теряли дважды. Звезду ставлю только за доктора Смирнова.",
        ("doctor", "positive"),
    ),
    ("zh", "报告丢了两次，打电话也没人管。多给一星是因为王医生。", ("doctor", "positive")),
]


@pytest.mark.parametrize(("lang", "text", "credit"), CREDITED)
def test_a_credit_kept_in_a_complaining_review_is_praise_and_the_review_mixed(
    lang: str, text: str, credit: tuple[str, str]
) -> None:
    assert credit in read(text, lang)
    assert verdict(text, lang) == "mixed"


def test_the_exception_after_praise_is_the_complaint() -> None:
    text = "Everyone was lovely and the nurses were great. The receptionist was the exception."
    found = read(text, "en")
    assert ("reception", "negative") in found
    assert ("reception", "positive") not in found
    assert verdict(text, "en") == "mixed"
