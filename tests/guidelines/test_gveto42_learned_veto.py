"""A learned reader's veto trained apart from its add (session 42, issue 16): a file may hold a
second model that only the veto reads with (``LearnedReader.veto_model``), so a veto trained again
on today's findings ships beside the add the file had. Made-up models: one sure every reply is
bad, one sure every reply is good."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from benchmark_module import benchmark_module
from clinicrep.guidelines import learned
from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems
from clinicrep.guidelines.learned import LearnedReader

ROOT = Path(__file__).resolve().parents[2]
FLAGGED = "We saw you on 12/03/2024, Ann."  # the rules flag it: a visit and its date
PASSED = "Thanks for the kind words! The blue room crew sends hugs to little Ann."


def _sure(bias: float, shortest: int = 0) -> LearnedReader:
    """A model whose p(block) is the same for any reply: about 1 (bias 8) or 0 (bias -8)."""
    return LearnedReader(np.zeros(1 << learned.BITS, dtype=np.float32), bias, shortest=shortest)


def _adds_and_vetoes(veto_shortest: int = 0) -> LearnedReader:
    """An add sure every reply is bad, with a veto (its own model) sure every reply is good."""
    veto = _sure(-8.0, veto_shortest).with_thresholds(
        2.0, 0.0, veto_shortest, dict.fromkeys(learned.VETOED_RULES, 0.5)
    )
    return _sure(8.0).with_thresholds(0.5, 0.0, 10).with_veto_of(veto)


def _found(monkeypatch: pytest.MonkeyPatch, reader: LearnedReader, reply: str) -> list[str]:
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader",
        lambda language: reader if language == "en" else None,
    )
    return [f.rule for f in find_confidentiality_problems(reply, language="en")]


def test_the_veto_reads_with_its_own_model_and_the_add_with_the_file_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = _adds_and_vetoes()
    assert reader.vetoer() is reader.veto_model and reader.veto_model is not None
    assert (reader.add, reader.shortest, reader.vetoer().shortest) == (0.5, 10, 0)
    assert reader.p_bad(FLAGGED) > 0.99 > 0.01 > reader.vetoer().p_bad(FLAGGED)
    # the veto's model is sure the flagged reply is good: passed
    assert _found(monkeypatch, reader, FLAGGED) == []
    # the add's model is sure the reply the rules pass is bad: blocked, as the file's add did
    assert _found(monkeypatch, reader, PASSED) == ["confirms_patient"]
    (finding,) = find_confidentiality_problems(PASSED, language="en")
    assert finding.code == FindingCode.LEARNED
    # the same thresholds without a veto model of its own: the add's model vetoes, and keeps it
    alone = _sure(8.0, 10).with_thresholds(0.5, 0.0, 10, dict.fromkeys(learned.VETOED_RULES, 0.5))
    assert alone.vetoer() is alone
    assert set(_found(monkeypatch, alone, FLAGGED)) == {"confirms_patient", "date"}


def test_the_veto_judges_only_replies_as_long_as_its_own_shortest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = _adds_and_vetoes(veto_shortest=len(FLAGGED) + 1)
    assert set(_found(monkeypatch, reader, FLAGGED)) == {"confirms_patient", "date"}
    longer = FLAGGED + " Thank you."
    assert _found(monkeypatch, reader, longer) == []


def test_a_full_name_still_keeps_the_reply_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    reply = "Thank you, Mary Johnson, we saw you on 12/03/2024."
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader", lambda language: _adds_and_vetoes()
    )
    found = find_confidentiality_problems(reply, language="en", reviewer_name="Mary J.")
    assert "full_name" in {f.rule for f in found} and "date" in {f.rule for f in found}


def test_stored_and_loaded_the_veto_keeps_its_model_and_an_older_file_has_none(
    tmp_path: Path,
) -> None:
    rng = np.random.default_rng(42)
    add = LearnedReader(rng.normal(0, 1, 1 << learned.BITS).astype(np.float32), 0.3, shortest=90)
    vetoing = LearnedReader(rng.normal(0, 1, 1 << learned.BITS).astype(np.float32), -0.2)
    vetoing = vetoing.with_thresholds(0.8, 0.0, 101, {"date": 0.1}, {"billing": 0.2}, True)
    vetoing = vetoing.with_thresholds(0.8, 0.0, 101, kept_rules=frozenset({"billing"}))
    both = add.with_thresholds(0.77, 0.09, 90).with_veto_of(vetoing)
    both.save(tmp_path / "both.npz")
    again = LearnedReader.load(tmp_path / "both.npz")
    assert (again.add, again.shortest, again.bias) == (0.77, 90, 0.3)
    assert dict(again.vetoes) == {"date": 0.1} and dict(again.sentence_vetoes) == {"billing": 0.2}
    assert again.kept_rules == {"billing"} and again.per_finding
    assert again.veto_model is not None and again.veto_model.shortest == 101
    text = "Thanks for your payment after the extraction, see you in March."
    assert again.p_bad(text) == pytest.approx(add.p_bad(text), abs=1e-3)
    assert again.vetoer().p_bad(text) == pytest.approx(vetoing.p_bad(text), abs=1e-3)
    assert again.p_bad(text) != pytest.approx(again.vetoer().p_bad(text), abs=1e-2)
    # a mode's thresholds keep the veto's model (learned_reader's with_thresholds)
    assert again.with_thresholds(2.0, 0.0).veto_model is again.veto_model
    # a file without one (every file before session 42) vetoes with its own model, as it did
    add.with_thresholds(0.77, 0.09, 90).save(tmp_path / "old.npz")
    with np.load(tmp_path / "old.npz") as data:
        assert not {"veto_weights", "veto_bias", "veto_shortest"} & set(data.files)
    old = LearnedReader.load(tmp_path / "old.npz")
    assert old.veto_model is None and old.vetoer() is old


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_module(monkeypatch, "guard_learned")


def test_the_benchmark_s_veto_only_keeps_the_stored_add(bench: ModuleType) -> None:
    """--veto-only: the file written is the stored add (model, t_add, shortest) with the new
    veto beside it; without it, the new model whole. Its add lines read the stored add."""
    stored = _sure(8.0, 90).with_thresholds(0.7, 0.05, 90)
    new = _sure(-8.0)
    t = bench.Thresholds(0.6, 0.0, {"date": 0.3}, {"date": 0.2}, kept=frozenset({"billing"}))
    made = bench._stored_as(t, new, 101, stored)
    assert (made.add, made.shortest, made.bias) == (0.7, 90, 8.0)
    assert made.veto_model is not None and made.vetoer().bias == -8.0
    assert made.vetoer().shortest == 101 and dict(made.vetoes) == {"date": 0.3}
    assert made.kept_rules == {"billing"}
    whole = bench._stored_as(t, new, 101, None)
    assert (whole.add, whole.shortest, whole.veto_model) == (0.6, 101, None)
    found = [(("date", 0, 5),), ()]
    p = np.array([0.1, 0.1])  # the new model: the date below 0.3, dropped
    judged = np.array([True, True])
    p_add = np.array([0.9, 0.9])  # the stored add: above 0.6, the second reply added
    read = t.variants(found, p, judged, [[0.5], []], None, (p_add, judged))
    assert read["veto"].tolist() == [False, False] and read["add"].tolist() == [True, True]
    assert read["add+veto"].tolist() == [False, True]
    assert t.variants(found, p, judged, [[0.5], []])["add"].tolist() == [True, False]
