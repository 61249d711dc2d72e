"""The learned veto works out a reply's p(block) only where it can change the verdict
(gspeed43): a reply with a finding it never drops (a full name, a reward) stays blocked with
every finding whatever p says, so p is not read; a reply whose findings it may drop is read."""

from __future__ import annotations

import numpy as np
import pytest

from clinicrep.guidelines import learned
from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.learned import LearnedReader


def _silent_reader() -> LearnedReader:
    """A model sure that every reply is good (p about 0.0003), which drops what it may."""
    return LearnedReader(np.zeros(1 << learned.BITS), -8.0).with_thresholds(1.1, 0.99, 0, {})


def _judged(monkeypatch: pytest.MonkeyPatch, reply: str) -> tuple[list[tuple[str, str]], int]:
    reader = _silent_reader()
    read: list[str] = []
    p_bad = LearnedReader.p_bad

    def counted(self: LearnedReader, text: str) -> float:
        read.append(text)
        return p_bad(self, text)

    monkeypatch.setattr(LearnedReader, "p_bad", counted)
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader",
        lambda language: reader if language == "en" else None,
    )
    found = find_confidentiality_problems(reply, language="en", reviewer_name="Mary J.")
    return [(f.rule, f.text) for f in found], len(read)


def test_a_full_name_keeps_every_finding_and_no_p_is_worked_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reply = "Thank you, Mary Johnson, we saw you on 12/03/2024 after your knee surgery."
    found, reads = _judged(monkeypatch, reply)
    rules = {rule for rule, _ in found}
    assert "full_name" in rules and len(rules) > 1  # the visit and the date stay underlined
    assert reads == 0


def test_a_reward_keeps_the_reply_blocked_and_no_p_is_worked_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reply = "Everyone who leaves us five stars gets a free whitening voucher at the next visit."
    found, reads = _judged(monkeypatch, reply)
    assert "reward" in {rule for rule, _ in found}
    assert reads == 0


def test_findings_the_veto_may_drop_are_read_and_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    reply = "Thank you, we saw you on 12/03/2024 after your knee surgery."
    found, reads = _judged(monkeypatch, reply)
    assert found == []  # the sure model passes it, as before
    assert reads == 1


def test_may_pass_is_false_for_a_never_vetoed_rule_only() -> None:
    reader = _silent_reader()
    assert reader.may_pass(["confirms_patient", "date"])
    assert not reader.may_pass(["date", "full_name"])
    assert not reader.may_pass(["reward"])
    assert reader.may_pass([])
