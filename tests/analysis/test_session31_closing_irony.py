"""Session 31 (amix31, issue 19): praise said in irony, with no marker, as a short last sentence.

A closing sentence of bare praise that names nothing ("Well done, everyone.", "Молодцы, так
держать.", "真方便。"), right after a sentence that blames and praises nothing, is the failure told
again: it blames what that sentence named, and a review that blames only is negative
(aspects.CLOSING_IRONY). A verdict of the whole, thanks, a word that sets the rest aside
("Otherwise great.", "В остальном отлично.", "Polecam."), "itself", or a negation keeps it meant
([closing_not_irony] of aspects_<lang>.txt). The IRONY cases were read positive before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

IRONY = [
    (
        "en",
        "Sat in the waiting room for two and a half hours with a feverish toddler. Well done, "
        "everyone.",
        "waiting",
    ),
    (
        "ru",
        "Ждали приёма три часа в душном коридоре, а за бахилы ещё и заплатили. Молодцы, так "
        "держать.",
        "price",
    ),
    (
        "uk",
        "Чекали прийому три години в задушливому коридорі, ще й за бахіли заплатили. Молодці, "
        "так тримати.",
        "price",
    ),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), IRONY)
def test_a_cheer_closing_a_failure_is_irony(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert all(polarity == "negative" for _, polarity in found)
    assert verdict(text, lang) == "negative"


MEANT = [
    ("en", "Waited forty minutes, which was annoying. Otherwise great."),
    ("pl", "Czekałam godzinę, to było męczące. Polecam."),
    (
        "en",
        "The op went badly and I needed two weeks of antibiotics. The hospital itself is lovely.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MEANT)
def test_a_closing_that_sets_the_rest_aside_is_meant(lang: str, text: str) -> None:
    assert verdict(text, lang) != "negative"
