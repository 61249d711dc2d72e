"""Session 27 (issue 19, branch aconc27, aconc2): an aside (", правда,", ", щоправда,",
"Щоправда,", ", co prawda,", "倒是", "mind you", "admittedly") takes the side opposite the rest
of the review (aspects.ASIDE). After praise it concedes the complaint: what its sentence names
and no word judges is blamed, and the review is mixed ("Лікарка уважна, все пояснила. Ціни,
щоправда, зависокі." gave price positive on the branch before). After complaints it grants
praise, as before. A judgement word of its own decides.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

AFTER_PRAISE = [
    # the lead's example: price positive on the branch before
    ("Лікарка уважна, все пояснила. Ціни, щоправда, зависокі.", "uk", "price"),
    ("Лікарка уважна, все пояснила. Щоправда, ціни зависокі.", "uk", "price"),
    ("Врач внимательный, всё объяснил. Цены, правда, великоваты.", "ru", "price"),
    ("Lekarka bardzo miła, wszystko wyjaśniła. Parking, co prawda, płatny.", "pl", "access"),
    (
        "Lovely GP, she explained everything. Parking is pay and display, mind you.",
        "en",
        "access",
    ),
    ("医生很耐心，讲得很清楚。药费倒是全自费。", "zh", "price"),
]


@pytest.mark.parametrize(("text", "lang", "aspect"), AFTER_PRAISE)
def test_an_aside_after_praise_concedes_the_complaint(text: str, lang: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found
    assert verdict(text, lang) == "mixed"


AFTER_COMPLAINTS = [
    ("В регистратуре нагрубили, ждали час. Медсестра, правда, принесла ребёнку воды.", "ru"),
    ("У реєстратурі нагрубили, чекали годину. Медсестра, щоправда, принесла дитині води.", "uk"),
    ("Чекали годину, реєстратура грубила. Щоправда, медсестра принесла дитині води.", "uk"),
    ("等了两个小时才看上。护士倒是帮我推了轮椅，还给我倒了水。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), AFTER_COMPLAINTS)
def test_an_aside_after_complaints_grants_the_praise(text: str, lang: str) -> None:
    assert ("nurse", "positive") in read(text, lang)
    assert verdict(text, lang) == "mixed"


OWN_WORD = [
    # its own word decides: praise stays praise after praise
    (
        "Лікарка уважна, все пояснила. Реєстраторка, щоправда, чудова.",
        "uk",
        "reception",
        "positive",
    ),
    ("Лікарка уважна, все пояснила. Ціни, щоправда, високі.", "uk", "price", "negative"),
]


@pytest.mark.parametrize(("text", "lang", "aspect", "polarity"), OWN_WORD)
def test_an_aside_with_its_own_judgement_word_changes_nothing(
    text: str, lang: str, aspect: str, polarity: str
) -> None:
    assert (aspect, polarity) in read(text, lang)
