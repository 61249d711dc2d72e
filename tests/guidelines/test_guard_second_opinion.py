"""The second-opinion experiment (benchmarks/guard_second_opinion.py) trains only on tune data,
learns what it is shown, never sets a veto threshold that drops a bad reply the rules block in
cross-validation, and prints held-out totals only. Made-up data in a folder of its own."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from benchmark_module import benchmark_module

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "guidelines" / "data"

BAD = [
    "We saw you at your visit on Tuesday, {n}.",
    "Your root canal with Dr Lee went well, {n}.",
    "Glad your diabetes test came back fine, {n}.",
    "Thanks for your payment of {n} dollars after the extraction.",
]
GOOD = [
    "Thank you for the kind review, we appreciate it {n}.",
    "We are open every weekday and welcome new families {n}.",
    "Please call the front desk so we can help {n}.",
    "We never discuss anyone's care in public, thank you {n}.",
]


@pytest.fixture
def experiment(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_module(monkeypatch, "guard_second_opinion")


def _write(path: Path, rows: list[tuple[str, str]], lang: str = "en") -> None:
    lines = [
        json.dumps({"id": f"{lang}-{n}", "lang": lang, "label": label, "reply": reply})
        for n, (label, reply) in enumerate(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rows(count: int, start: int = 0) -> list[tuple[str, str]]:
    rows = []
    for n in range(start, start + count):
        rows.append(("block", BAD[n % len(BAD)].format(n=n)))
        rows.append(("pass", GOOD[n % len(GOOD)].format(n=n)))
    return rows


def test_training_files_are_the_tune_and_own_sets_never_frozen_or_check(
    experiment: ModuleType,
) -> None:
    for lang in ("en", "ru", "uk", "pl", "zh"):
        names = [p.name for p in experiment.training_files(DATA, lang)]
        assert names[0] == f"replies_{lang}_tune.jsonl"
        assert len(names) > 5
        assert not [n for n in names if "frozen" in n or "check" in n]


def test_model_tells_leaks_from_thanks_it_was_not_trained_on(experiment: ModuleType) -> None:
    rows = _rows(40)
    texts = [text for _, text in rows]
    bad = np.array([label == "block" for label, _ in rows])
    model = experiment.NgramModel(texts, experiment.Settings()).fit(texts, bad)
    unseen = [
        BAD[0].format(n="Maria"),
        BAD[2].format(n="Tom"),
        GOOD[0].format(n="all"),
        GOOD[2].format(n="anytime"),
    ]
    p = model.p_bad(unseen)
    assert (p[:2] > 0.5).all() and (p[2:] < 0.5).all()


def test_threshold_never_vetoes_a_blocked_bad_reply_in_cross_validation(
    experiment: ModuleType,
) -> None:
    train = [
        experiment.Reply(f"file{n % 3}", "en", label == "block", "", "", text)
        for n, (label, text) in enumerate(_rows(30))
    ]
    # the rules block every bad reply and flag one good reply in five
    flags = np.array([r.bad or n % 10 == 1 for n, r in enumerate(train)])
    t, oof = experiment.choose_threshold(train, flags, experiment.Settings(steps=100))
    bad = np.array([r.bad for r in train])
    assert 0 < t <= experiment.CAP
    assert not (bad & flags & (oof < t)).any()
    assert t == pytest.approx(min(float(oof[bad & flags].min()), experiment.CAP))


def test_run_prints_held_out_totals_and_drops_copies_of_held_out_replies(
    experiment: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tune = _rows(20)
    frozen = _rows(3, start=100)
    check = _rows(2, start=200)
    _write(tmp_path / "replies_en_tune.jsonl", tune + [frozen[0]])
    _write(tmp_path / "own_en_class_round.jsonl", _rows(10, start=50))
    _write(tmp_path / "replies_en_frozen.jsonl", frozen)
    _write(tmp_path / "replies_en_check.jsonl", check)

    assert experiment.main(["--lang", "en", "--data", str(tmp_path), "--steps", "50"]) == 0

    out = capsys.readouterr().out
    assert "trained on 60 tune replies from 2 files (1 dropped as copies" in out
    assert "frozen rules 3/3 blocked" in out
    assert "check  veto  2/2 blocked" in out
    for _, reply in frozen + check:
        assert reply not in out
