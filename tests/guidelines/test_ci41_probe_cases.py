"""The shared runner's keywords for a family's replies (tests/guidelines/probe_cases.py): a
column every row shares given once, bare strings as rows, and a good reply that must keep
clear of one rule only."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import PLAIN_REVIEWS
from tests.guidelines.probe_cases import Probe, check, probes, reply_probes

DATED = "Thank you! Your filling on 3 May went well."


def test_a_familys_replies_are_judged_after_the_plain_review_of_their_language() -> None:
    made = reply_probes("en", [DATED, "Thanks!"], rule="date")
    assert [p.id for p in made] == ["en-0", "en-1"]
    first = made[0].values[0]
    assert first == Probe("en", PLAIN_REVIEWS["en"], "", DATED, "date", None)
    (good,) = reply_probes("ru", ["Спасибо!"], spared="date", review="Всё хорошо.")
    assert good.values[0] == Probe("ru", "Всё хорошо.", "", None, None, "Спасибо!", "date")


def test_the_language_is_a_column_or_a_keyword_never_both_nor_neither() -> None:
    with pytest.raises(AssertionError, match="a column or a keyword"):
        probes([("en", DATED)], "language good", language="en")
    with pytest.raises(AssertionError, match="a column or a keyword"):
        probes([DATED], "good")


def test_a_good_reply_sparing_one_rule_may_break_another_but_not_that_one() -> None:
    check(Probe("en", "Great dentist.", "Amy", None, None, DATED, spared="full_name"))
    with pytest.raises(AssertionError, match=r"date found: .* the guard found .*date: .3 May."):
        check(Probe("en", "Great dentist.", "Amy", None, None, DATED, spared="date"))
