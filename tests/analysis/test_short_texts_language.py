"""Short reviews with no common word are read in the source's language, not in none (alang27).

"Brudno. Brudno. Brudno." is over the 20 letters under which the source's language decides, and
has no word of any language's list of common words: it was read as "other", so it got no
sentiment and no aspect. A vote won by one word said twice ("by" in "Late by 30 minutes again.")
read an English review as Polish. And a long Latin text whose only sign is a letter no other
language has (ł) was "other" too."""

from __future__ import annotations

import pytest
from tests.analysis.short_texts import analysed, nothing_remembered  # noqa: F401 (autouse)

from clinicrep.model import Aspect, Sentiment


@pytest.mark.parametrize(
    ("text", "source_language", "aspect"),
    [
        # one word, five times: the Polish source's language reads it, and "brudno" is dirt
        ("Brudno. Brudno. Brudno. Brudno. Brudno.", "pl", Aspect.FACILITIES),
        ("Brak parkingu. Brak parkingu.", "pl", Aspect.ACCESS),
        # "by" is a Polish word of the list too: said twice, it no longer outvotes the source
        ("Late by 30 minutes again. Late by 30 minutes again. ", "en", None),
    ],
)
def test_short_review_without_common_words_is_read(
    text: str, source_language: str, aspect: Aspect | None
) -> None:
    analysis = analysed(text, source_language)
    assert analysis.language == source_language
    assert analysis.sentiment is Sentiment.NEGATIVE
    if aspect is not None:
        assert (aspect, Sentiment.NEGATIVE) in {(o.aspect, o.polarity) for o in analysis.aspects}


def test_english_praise_without_common_words_is_english() -> None:
    analysis = analysed("Lovely nurses, spotless clinic, felt really looked after.", "en")
    assert analysis.language == "en"
    assert analysis.sentiment is Sentiment.POSITIVE


def test_polish_letters_decide_a_long_list_without_common_words() -> None:
    text = (
        "Kolejka długa, telefon głuchy, parking płatny, recepcjonistka opryskliwa, poczekalnia"
        " zatłoczona, kolejki ogromne, termin odległy, personel niemiły, gabinet mały, krzesła"
        " twarde, ceny kosmiczne, wyniki zagubione, kontakt zerowy, obsługa fatalna."
    )
    # no setting at all, and an English source: "ł" is Polish either way
    assert analysed(text, "").language == "pl"
    assert analysed(text, "en").language == "pl"


@pytest.mark.parametrize("source_language", ["pl", "en", ""])
def test_a_longer_text_in_another_language_stays_other(source_language: str) -> None:
    # many different words, none in a list and no Polish letter: German, not Polish or English
    text = (
        "Der Arzt hatte leider überhaupt keine Zeit, danach mussten meine Mutter und mein Vater"
        " nochmals zwei Stunden draußen warten, völlig unmöglich"
    )
    assert analysed(text, source_language).language == "other"
