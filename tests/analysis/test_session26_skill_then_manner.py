"""A person's skill granted, then their manner blamed, with nothing else praised (session 26,
acomm2): the complaint is the chip (SKILL_THEN_MANNER) and the review is mixed, as the labelled
sets read such reviews, not praise ("Knowledgeable but unfriendly") nor a plain complaint. Each
review is read as the pipeline reads it (rules only)."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

SKILL_THEN_MANNER = [
    ("Knowledgeable but unfriendly.", "en"),
    ("Знающий специалист, но грубый.", "ru"),
    ("Грамотна, але груба.", "uk"),
    ("Fachowa, ale opryskliwa.", "pl"),
    ("专业水平高，但态度冷淡。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), SKILL_THEN_MANNER)
def test_skill_granted_then_manner_blamed_is_a_mixed_review(text: str, lang: str) -> None:
    # on the old code: positive (en), negative (ru, pl, zh), no chip (uk)
    assert read(text, lang) == {("doctor", "negative")}
    assert verdict(text, lang) == "mixed"


def test_manner_blamed_alone_stays_a_complaint() -> None:
    assert verdict("Unfriendly and rude from start to finish.", "en") == "negative"
