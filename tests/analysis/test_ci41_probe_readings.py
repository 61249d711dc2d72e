"""The analysis rounds' shared check (tests/analysis/probe_readings.py) compares all that is
read, the expected pairs among it, or the aspects they name; a family's sentences are read
beside one sentence of the other side."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import assert_mixed_beside
from tests.analysis.probe_readings import Reading, check_reading, readings_beside

REVIEW = "The nurse was lovely but parking was impossible."


def test_a_family_is_read_beside_the_other_side_in_its_language() -> None:
    made = readings_beside(
        [("en", "Rude desk.", "reception")], {"en": " Lovely nurse."}, "negative"
    )
    assert [p.id for p in made] == ["en-0"]
    assert made[0].values[0] == Reading(
        "Rude desk. Lovely nurse.", "en", {("reception", "negative")}
    )


def test_the_three_comparisons_say_what_was_read_when_they_fail() -> None:
    nurse = Reading(REVIEW, "en", {("nurse", "positive")})
    check_reading(nurse, among=True)
    check_reading(nurse, named_only=True)
    with pytest.raises(AssertionError, match=r"read as \[.*\('nurse', 'positive'\).*\], not"):
        check_reading(nurse)
    blamed = Reading(REVIEW, "en", {("nurse", "negative")})
    with pytest.raises(AssertionError, match="among them"):
        check_reading(blamed, among=True)
    with pytest.raises(AssertionError, match="of those aspects"):
        check_reading(blamed, named_only=True)


def test_the_row_by_row_check_beside_the_other_side_is_the_same_check() -> None:
    assert_mixed_beside("Rude desk.", "en", " Lovely nurse.", ("reception", "negative"))
    with pytest.raises(AssertionError, match="among them"):
        assert_mixed_beside("Rude desk.", "en", " Lovely nurse.", ("reception", "positive"))
