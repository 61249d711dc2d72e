"""Session 26 (gyou26): "you" said of anyone against "you" of this reviewer, and the Ukrainian
past-verb reading of the guard ([guard] specific) read across the apostrophe.

The uk past-verb pattern cut words at the apostrophe: "обов'язково" read as a past verb "обов",
"здоров'я" as "здоров", so a sentence of advice for anyone ("для здоров'я зубів варто ...")
read as one telling of a past event, and its health words as someone's. A word is now read
whole (a past verb after an apostrophe, "з'явилася", is still one), and a state reported
("стан після операції стабільний", caught before only where such a word stood beside it) is an
outcome of someone's care.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

REVIEW = "Дякую, все добре."


@pytest.mark.parametrize(
    "reply",
    [
        "Дякуємо! Для здоров'я зубів варто двічі на рік проходити професійну гігієну.",
        "Дякуємо! Для здоров’я ясен варто раз на пів року робити професійну чистку.",
    ],
    ids=["apostrophe", "typographic_apostrophe"],
)
def test_uk_advice_with_an_apostrophe_word_is_no_past_event(reply: str) -> None:
    assert rules_broken(reply, "uk", REVIEW, "") == set()


@pytest.mark.parametrize(
    "reply",
    [
        "Дякуємо за відгук. Алергія на анестетик з'явилася вже після процедури.",
        "Дякуємо! Стан після операції стабільний.",
        "Дякуємо! Стан здоров'я після операції стабільний.",
    ],
    ids=["past_after_apostrophe", "state_reported", "state_of_health_reported"],
)
def test_uk_past_events_and_reported_states_of_someones_care_are_blocked(reply: str) -> None:
    assert "health_detail" in rules_broken(reply, "uk", REVIEW, "")
