"""Session 31 (amix31, issue 19, probe44m): a wish for more of a quality, read by its grammar.

A modal of the conditional ("could be", "should be", "бы", "б", "mogłaby", "powinno") and, a few
words after it in its clause, a comparative ("friendlier", "a bit more flexible", "повежливее",
"нижче", "niższe") is a complaint said politely: what the patient wishes were more so was not
(aspects.WISHED_MORE; [wish_modal], [comparative], [comparative_endings] of aspects_<lang>.txt).
A negation before the modal or between it and the comparative, or a comparison after it, is
praise. Each of WISHES was read as praise only on the code before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the aspect the wish blames): praise of another aspect beside it, so mixed
WISHES = [
    (
        "en",
        "Dr Moss is brilliant with the kids and never rushes us. The receptionists could be a "
        "lot friendlier, though.",
        "reception",
    ),
    (
        "en",
        "Dr Ito fixed my shoulder in three sessions. The front desk could be quicker at "
        "answering emails.",
        "reception",
    ),
    ("ru", "Хирург золотые руки, шов аккуратный. Цены могли бы быть пониже, конечно.", "price"),
    ("uk", "Хірург молодець, шов акуратний. Ціни могли б бути нижче.", "price"),
    ("pl", "Chirurg świetny, szew ładnie się goi. Ceny mogłyby być niższe.", "price"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), WISHES)
def test_a_wish_for_more_of_a_quality_blames_what_it_names(
    lang: str, text: str, aspect: str
) -> None:
    assert (aspect, "negative") in read(text, lang)
    assert (aspect, "positive") not in read(text, lang)
    assert verdict(text, lang) == "mixed"


def test_better_in_a_wish_names_no_recovery() -> None:
    # the comparative of "good" is the wish's word: were it read as recovery, the wish would
    # turn it into blame of the outcome the first sentence praises
    text = "The treatment worked and my back is much better. Booking could be better, though."
    found = read(text, "en")
    assert ("outcome", "positive") in found
    assert ("outcome", "negative") not in found
    assert ("scheduling", "negative") in found


# praise in the same grammar: a negation before or between, a comparison after
PRAISE = [
    ("en", "Dr Moss is brilliant and the reception team couldn't be friendlier."),
    ("en", "Other clinics should be more like this one: kind doctors, quick appointments."),
    ("en", "I would be more than happy to recommend Dr Lane, she is wonderful."),
    ("ru", "Врач замечательный, лучше и быть не может. Медсёстры добрые."),
    ("pl", "Lekarka wspaniała, nie mogło być lepiej. Polecam."),
    ("zh", "医生很耐心，一点都不疼，护士也很热情。"),
]


@pytest.mark.parametrize(("lang", "text"), PRAISE)
def test_praise_in_the_grammar_of_a_wish_stays_praise(lang: str, text: str) -> None:
    assert all(polarity == "positive" for _, polarity in read(text, lang))
    assert verdict(text, lang) == "positive"
