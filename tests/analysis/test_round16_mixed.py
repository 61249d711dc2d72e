"""Round sixteen (issue 19, branch asp16): mixed reviews whose complaint is one short clause at
the end, told as a fact, and sarcasm that ends with an emoji instead of a stop. Each review is
written for the test, not copied from a row: the aspects and the verdict a practice sees on it,
with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis.aspects import split_clauses
from clinicrep.analysis.lexicon import tokenize

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "praised"),
    [
        (
            "Ну дякую, що записали на 9:00, а прийняли о 10:30 🙃 Сама лікарка уважна.",
            "uk",
            "doctor",
        ),
        (
            "Ну спасибо, что записали на 9:00, а приняли в 10:30 🙃 Сам врач внимательный.",
            "ru",
            "doctor",
        ),
        ("Oh great, waited an hour past my time again 🙄 The nurse was lovely.", "en", "nurse"),
    ],
)
def test_sarcasm_closed_by_an_emoji_does_not_turn_the_praise_of_the_next_sentence(
    text: str, lang: str, praised: str
) -> None:
    found = read(text, lang)
    assert (praised, POS) in found
    assert (praised, NEG) not in found
    assert ("waiting", NEG) in found
    assert verdict(text, lang) == "mixed"


def test_an_emoji_ends_a_sentence_only_before_a_capitalised_word() -> None:
    # one sentence's end for the stops and emoji in a row
    assert tokenize("Дякую!! 🙃 Сам лор") == ("дякую", ".", "сам", "лор")
    # an emoji inside a sentence (no capital after it) ends nothing
    assert tokenize("лікар супер 👍 рекомендую") == ("лікар", "супер", "рекомендую")
    assert [s for s, _ in split_clauses("Лікар супер 👍 рекомендую всім", "uk")] == [0]
    assert [s for s, _ in split_clauses("Лікар супер 👍 Рекомендую всім", "uk")] == [0, 1]
