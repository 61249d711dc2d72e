"""benchmarks/analysis_stages.py: each stage timed, and the analysis left as it was."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

from benchmark_module import benchmark_module
from clinicrep.analysis import aspects, pipeline
from clinicrep.model import Review

ROOT = Path(__file__).resolve().parents[2]


def _benchmark(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    return benchmark_module(monkeypatch, "analysis_stages")


def test_every_stage_is_timed_and_the_pipeline_gets_its_own_functions_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bench = _benchmark(monkeypatch)
    when = datetime(2026, 11, 1, tzinfo=UTC)
    made_up = [
        Review(source_id=1, external_id="1", created_at=when, text=text, rating=2)
        for text in (
            "The receptionist was rude and we waited two hours.",
            "Dr. Lin explained everything, she was lovely.",
            "医生很耐心，就是排队时间有点长。",
        )
    ]
    # (made-up rows: the test reads no labelled set)
    monkeypatch.setattr(bench, "_samples", lambda count: {"made-up": [(r, "") for r in made_up]})
    before = {
        (m, f): getattr({"pipeline": pipeline, "aspects": aspects}[m], f) for m, f in bench.STAGES
    }
    (line,) = bench.measure(1, 3)
    assert line.startswith("made-up: whole ")
    for _, function in bench.STAGES:
        assert f" {function.lstrip('_')} " in line
    # every stage ran (a Chinese review, one with words, clauses judged): none reads 0.0
    assert " 0.0" not in line
    after = {
        (m, f): getattr({"pipeline": pipeline, "aspects": aspects}[m], f) for m, f in bench.STAGES
    }
    assert after == before
