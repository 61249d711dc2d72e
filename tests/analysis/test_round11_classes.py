"""The classes round eleven (issue 19, branch asp11) fixed across languages from the tuning
rows' misses of fresh2 and fresh3, each told in new words: what a practice sees on a review's
aspects and its verdict."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "aspect"),
    [
        (
            "The nurse rang me back the same evening with my results and went through them"
            " patiently.",
            "en",
            "nurse",
        ),
        ("Lekarka, która naprawdę słucha i tłumaczy zrozumiale. Takich mało.", "pl", "doctor"),
    ],
)
def test_praise_told_only_by_what_was_done_reads_positive(
    text: str, lang: str, aspect: str
) -> None:
    # the sentiment words say (almost) nothing; the deeds the aspect terms name praise
    assert (aspect, POS) in read(text, lang)
    assert ("communication", POS) in read(text, lang)
    assert verdict(text, lang) == "positive"


def test_a_single_mild_praise_without_judging_words_stays_a_description() -> None:
    # praise needs more strength than a complaint to decide a verdict without judging words
    assert read("Przyjął na czas.", "pl") == {("waiting", POS)}
    assert verdict("Przyjął na czas.", "pl") == "neutral"
