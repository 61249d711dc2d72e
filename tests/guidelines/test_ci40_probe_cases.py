"""The round tests' shared runner (tests/guidelines/probe_cases.py): a table's rows become one
probe each with a readable id, and a wrong expectation fails with what the guard found."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

ROWS = [
    ("en", "Great dentist.", "Amy", "Thank you! Your filling on 3 May went well.", "date"),
    ("en", "Great dentist.", "Amy", "Thank you, Amy, see you at the open day.", "date"),
    ("ru", "Спасибо!", "Оля", "Спасибо, Оля!", "date"),
]


def test_every_row_becomes_one_probe_named_by_its_language_and_place() -> None:
    made = probes([r[:4] for r in ROWS], "language review reviewer good")
    assert [p.id for p in made] == ["en-0", "en-1", "ru-0"]
    assert [p.values[0] for p in made] == [
        Probe(language, review, reviewer, None, None, good)
        for language, review, reviewer, good, _rule in ROWS
    ]


def test_a_table_without_a_rule_column_takes_the_rule_given() -> None:
    (made,) = probes([ROWS[0]], "language review reviewer bad _", rule="date", ids=["visit"])
    assert made.id == "visit"
    assert made.values[0].rule == "date"


def test_a_wrong_column_name_or_a_bad_reply_without_a_rule_is_refused() -> None:
    with pytest.raises(AssertionError, match="unknown probe columns"):
        probes([ROWS[0]], "language review author bad rule")
    with pytest.raises(AssertionError, match="needs its rule"):
        probes([ROWS[0][:4]], "language review reviewer bad")


def test_a_leak_is_found_and_a_plain_thanks_passes() -> None:
    check(Probe("en", "Great dentist.", "Amy", ROWS[0][3], "date", ROWS[1][3]))
    check(Probe("en", "Great dentist.", "Amy", ROWS[0][3], ANY_RULE, None), editor=True)


def test_a_wrong_expectation_fails_and_says_what_the_guard_found() -> None:
    with pytest.raises(
        AssertionError, match=r"a good reply blocked: .* the guard found .*date: .3 May."
    ):
        check(Probe("en", "Great dentist.", "Amy", None, None, ROWS[0][3]))
    with pytest.raises(AssertionError, match=r"date missed: .* the guard found nothing"):
        check(Probe("en", "Great dentist.", "Amy", ROWS[1][3], "date", None), editor=True)
