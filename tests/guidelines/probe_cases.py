"""The round tests' probe tables as pytest cases, and the one check they all make.

A round's table is a list of tuples (language, review, reviewer, a reply the guard must block,
the rule it breaks, a twin reply it must pass ...) in the order that round chose. ``probes``
names those columns once and turns every row into one ``pytest.param`` holding a ``Probe``,
with a readable id; ``check`` judges a probe and, when it fails, prints everything the guard
found, so a failing round says what it saw instead of ``assert 'date' in set()``.

Column names: ``language``, ``review``, ``reviewer``, ``bad`` (the reply that must be
blocked), ``rule`` (the rule ``bad`` must break; ``ANY_RULE``: any rule at all), ``good`` (a
reply that must pass) and ``_`` for a column the test does not read. A column every row of a
table shares (the language, a plain review) is given once as a keyword instead; a table of one
column may list bare strings. ``spared`` narrows what a good reply must not break to one rule
(where the family is about that rule and the reply may break another)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import pytest
from _pytest.mark import ParameterSet
from tests.guidelines.guard_rules import PLAIN_REVIEWS

from clinicrep.guidelines.confidentiality import (
    ConfidentialityFinding,
    find_confidentiality_problems,
    guard_reply,
)
from clinicrep.model import Analysis, Review, utc_now
from clinicrep.settings import Settings

ANY_RULE = "any rule"
COLUMNS = frozenset({"language", "review", "reviewer", "bad", "rule", "good", "_"})


class Probe(NamedTuple):
    language: str
    review: str
    reviewer: str
    bad: str | None  # a reply the guard must block with ``rule``
    rule: str | None
    good: str | None  # a reply the guard must pass
    spared: str | None = None  # the one rule ``good`` must not break (None: it breaks none)


def probes(
    rows: Sequence[Sequence[Any] | str],
    columns: str,
    *,
    rule: str | None = None,
    spared: str | None = None,
    language: str | None = None,
    review: str = "",
    reviewer: str = "",
    ids: Sequence[str] | None = None,
) -> list[ParameterSet]:
    """``rows`` as pytest params of one ``Probe`` each. ``columns`` names each tuple position
    (e.g. ``"language review reviewer good bad rule"``); ``rule`` is the rule every ``bad``
    reply breaks where the table has no rule column, ``spared`` the one rule every ``good``
    reply must not break; ``language``, ``review`` and ``reviewer`` are every row's where the
    table has no such column; ``ids`` are the rows' ids (by default the row's language and its
    place among that language's rows: ``uk-1``)."""
    names = columns.split()
    unknown = set(names) - COLUMNS
    assert not unknown, f"unknown probe columns {sorted(unknown)}"
    assert ("language" in names) != (language is not None), "the language: a column or a keyword"
    assert ids is None or len(ids) == len(rows), "one id a row"
    made: list[ParameterSet] = []
    per_language: dict[str, int] = {}
    for place, row in enumerate(rows):
        row = (row,) if isinstance(row, str) else row
        assert len(row) == len(names), f"row {place} has {len(row)} fields, not {len(names)}"
        fields = dict(zip(names, row, strict=True))
        probe = Probe(
            language=fields.get("language", language),
            review=fields.get("review", review),
            reviewer=fields.get("reviewer", reviewer),
            bad=fields.get("bad"),
            rule=fields.get("rule", rule),
            good=fields.get("good"),
            spared=spared,
        )
        assert probe.bad is None or probe.rule, f"row {place}: a bad reply needs its rule"
        number = per_language.get(probe.language, 0)
        per_language[probe.language] = number + 1
        made.append(pytest.param(probe, id=ids[place] if ids else f"{probe.language}-{number}"))
    return made


def guard_findings(
    reply: str, probe: Probe, *, editor: bool = False
) -> list[ConfidentialityFinding]:
    """What the guard finds in ``reply`` answering the probe's review: as the editor checks
    it (``guard_reply`` with the practice's default settings) or, by default, the guard
    itself (``find_confidentiality_problems``)."""
    if editor:
        review = Review(
            source_id=1,
            external_id="guarded",
            created_at=utc_now(),
            author=probe.reviewer,
            text=probe.review,
            analysis=Analysis(language=probe.language),
        )
        return guard_reply(reply, review, Settings())
    return find_confidentiality_problems(
        reply, review_text=probe.review, language=probe.language, reviewer_name=probe.reviewer
    )


def _told(reply: str, found: list[ConfidentialityFinding]) -> str:
    seen = ", ".join(f"{f.rule}: {f.text!r}" for f in found) or "nothing"
    return f"in {reply!r} the guard found {seen}"


def check(probe: Probe, *, editor: bool = False) -> None:
    """The probe's bad reply breaks its rule and its good reply breaks none (or, where the
    probe spares one rule, not that one)."""
    if probe.bad is not None:
        found = guard_findings(probe.bad, probe, editor=editor)
        broken = {f.rule for f in found}
        missed = not broken if probe.rule == ANY_RULE else probe.rule not in broken
        assert not missed, f"{probe.rule} missed: " + _told(probe.bad, found)
    if probe.good is not None:
        found = guard_findings(probe.good, probe, editor=editor)
        broken = [f for f in found if probe.spared in (None, f.rule)]
        what = "a good reply blocked" if probe.spared is None else f"{probe.spared} found"
        assert not broken, f"{what}: " + _told(probe.good, found)


def reply_probes(
    language: str,
    replies: Sequence[str],
    *,
    rule: str | None = None,
    spared: str | None = None,
    review: str | None = None,
    reviewer: str = "",
) -> list[ParameterSet]:
    """A family's replies as probes: each blocked with ``rule`` where it is given, else each a
    good reply (that must not break ``spared``, or any rule), answering ``review`` (by default
    the language's plain review: the reply's findings are then its own) by ``reviewer``."""
    column = "bad" if rule is not None else "good"
    said = PLAIN_REVIEWS[language] if review is None else review
    return probes(
        replies,
        column,
        rule=rule,
        spared=spared,
        language=language,
        review=said,
        reviewer=reviewer,
    )
