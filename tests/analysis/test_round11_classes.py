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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Paid $250 to be told to drink more water. Brilliant, doctor, never would have"
            " guessed.",
            "en",
        ),
        (
            "Zapłaciłem 300 zł, żeby usłyszeć «proszę odpoczywać». Rewelacja, panie doktorze, sam"
            " bym nie wymyślił.",
            "pl",
        ),
        ("Заплатил 4000, чтобы услышать «надо похудеть». Спасибо, доктор, открыли глаза.", "ru"),
        (
            "Віддала 1100 грн, щоб почути «треба більше відпочивати». Дякую, лікарю, відкрили"
            " Америку.",
            "uk",
        ),
        ("花了五百块，就告诉我多休息，真是高明。", "zh"),
    ],
)
def test_paying_only_to_hear_advice_blames_the_doctor_and_the_thanks_after_it_are_irony(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("price", NEG), ("doctor", NEG)}
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("text", "lang", "praised"),
    [
        ("Paid $250 for the consultation. Brilliant doctor, my knee is fixed.", "en", "doctor"),
        ("Badanie trwało 4 minuty. Pani w rejestracji za to przemiła.", "pl", "reception"),
    ],
)
def test_praise_after_an_amount_or_a_short_visit_is_meant_where_nothing_was_paid_for_nothing(
    text: str, lang: str, praised: str
) -> None:
    # an amount told without what it bought, or another person praised after a short visit
    assert (praised, POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Spent 3 hours in the waiting room just to be told to rest.", "en"),
        ("Заплатила и ещё 3 часа ждала, чтобы услышать «приходите завтра».", "ru"),
    ],
)
def test_time_spent_is_no_amount_paid(text: str, lang: str) -> None:
    assert all(aspect != "price" for aspect, _ in read(text, lang))
