"""A check reads each clause's conditions and denials once (gspeed29b, issue 16): the clause
reading, the reward rules and whom each clause is about ask the same clauses, and the
reply's ``WhomReading`` remembers what it read for all of them."""

from __future__ import annotations

import collections
from collections.abc import Callable
from typing import Any

import pytest

from clinicrep.guidelines import clause_reading
from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def test_a_clause_read_by_the_rules_and_the_clause_reading_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: collections.Counter[tuple[str, int, int]] = collections.Counter()

    def counted(name: str, read: Callable[..., Any]) -> Callable[..., Any]:
        def reading(
            text: str, low: str | None, codes: Any, start: int, end: int, *more: Any, **given: Any
        ) -> Any:
            # (gspeed37: what the reading of the reply has already, handed on: the clause's
            # phrases that deny nothing, its conditions)
            asked[(name, start, end)] += 1
            return read(text, low, codes, start, end, *more, **given)

        return reading

    for name in ("denial_in", "conditions_in"):
        wrapped = counted(name, getattr(clause_reading, name))
        monkeypatch.setattr(clause_reading, name, wrapped)  # (the rules ask it through WhomReading)
    reply = (
        "Hi Tom, sorry the wait was long when you came in for your check-up. "
        "If you were charged twice, please call us."
    )
    found = find_confidentiality_problems(
        reply, language="en", review_text="Great care for my knee."
    )
    assert {f.rule for f in found} == {"confirms_patient"}  # as before: read the same
    assert asked  # the first clause is read for both: it asserts a visit, and a fact
    assert [key for key, times in asked.items() if times > 1] == []
