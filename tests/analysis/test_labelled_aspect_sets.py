"""The hand-labelled aspect sets are what the accuracy benchmark scores: their rows must be
well formed, or a figure would be measured on labels no review could earn."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Aspect, Review, Sentiment

DATA = Path(__file__).parent / "data"
SETS = sorted(DATA.glob("aspects_*.jsonl"))
OVERALLS = {"positive", "negative", "neutral", "mixed"}
VOCABULARY = {a.value for a in Aspect}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_every_labelled_review_has_a_verdict_its_aspects_can_earn(path: Path) -> None:
    rows = _rows(path)
    assert rows
    lang = path.stem.split("_")[1]
    for row in rows:
        assert row["id"].startswith(f"{lang}-") and row["text"].strip()
        assert row["overall"] in OVERALLS
        assert set(row["aspects"]) <= VOCABULARY
        polarities = set(row["aspects"].values())
        assert polarities <= {"positive", "negative"}
        # the praise of a mixed review may be of the whole visit, no aspect's ("Overall a
        # decent experience, but the receptionist was rude"): labelled "whole" (session 34,
        # probe47), never an aspect's chip; or the blame of it beside one aspect praised
        # ("Chaotic from start to finish ... the only one who had a clue was the nurse":
        # "whole": "negative", session 36, probe49)
        assert row.get("whole", "positive") in ("positive", "negative"), row["id"]
        if "whole" in row:
            other = "negative" if row["whole"] == "positive" else "positive"
            assert row["overall"] == "mixed" and polarities == {other}, row["id"]
        if row["overall"] == "mixed":
            assert polarities | {row.get("whole", "")} >= {"positive", "negative"}, row["id"]
        elif row["overall"] == "neutral":
            assert not polarities, row["id"]
        else:
            assert polarities == {row["overall"]}, row["id"]
        assert row["rating"] is None or 1 <= row["rating"] <= 5
    assert len({r["id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("lang", ["en", "pl", "ru", "uk", "zh"])
def test_the_second_fresh_round_has_thirty_reviews_with_mixed_ones_in_both_parts(
    lang: str,
) -> None:
    rows = _rows(DATA / f"aspects_{lang}_fresh2.jsonl")
    assert len(rows) == 30
    frozen = [r for i, r in enumerate(rows, 1) if i % 3 == 0]
    tune = [r for i, r in enumerate(rows, 1) if i % 3]
    assert sum(r["overall"] == "mixed" for r in rows) >= 12
    assert sum(r["overall"] == "mixed" for r in frozen) >= 5
    assert sum(r["overall"] == "mixed" for r in tune) >= 5


@pytest.mark.parametrize("lang", ["en", "pl", "ru", "uk", "zh"])
def test_the_third_fresh_round_has_45_reviews_with_20_mixed_and_mixed_ones_in_both_parts(
    lang: str,
) -> None:
    rows = _rows(DATA / f"aspects_{lang}_fresh3.jsonl")
    assert len(rows) == 45
    frozen = [r for i, r in enumerate(rows, 1) if i % 3 == 0]
    tune = [r for i, r in enumerate(rows, 1) if i % 3]
    assert sum(r["overall"] == "mixed" for r in rows) >= 20
    assert sum(r["overall"] == "mixed" for r in frozen) >= 5
    assert sum(r["overall"] == "mixed" for r in tune) >= 12


def _tuning_mixed_read_as_mixed(part: str, lang: str) -> tuple[int, int]:
    """How many of a fresh round's tuning rows are mixed, and how many of those the pipeline
    reads as mixed (rules only)."""
    rows = [r for i, r in enumerate(_rows(DATA / f"aspects_{lang}_{part}.jsonl"), 1) if i % 3]
    mixed = [r for r in rows if r["overall"] == "mixed"]
    said = [
        analyse_review(
            Review(
                source_id=1,
                external_id=r["id"],
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
                text=r["text"],
            ),
            fallback_language=lang,
            learned=False,
        ).sentiment
        for r in mixed
    ]
    return len(mixed), sum(s is Sentiment.MIXED for s in said)


@pytest.mark.parametrize("lang", ["en", "pl", "ru", "uk", "zh"])
def test_the_second_fresh_rounds_tuning_mixed_reviews_are_mostly_read_as_mixed(lang: str) -> None:
    """Only the tuning rows: the frozen third is scored by the benchmark, never tuned on."""
    mixed, read_mixed = _tuning_mixed_read_as_mixed("fresh2", lang)
    assert mixed >= 8
    assert read_mixed / mixed >= 0.8


# The share of the third fresh round's tuning mixed reviews read as mixed after its tuning
# (.47 en, .75 ru, .78 uk, .69 pl, .53 zh), rounded down: a guard against losing them again.
FRESH3_TUNE_MIXED_FLOOR = {"en": 0.45, "ru": 0.7, "uk": 0.75, "pl": 0.65, "zh": 0.5}


@pytest.mark.parametrize("lang", ["en", "pl", "ru", "uk", "zh"])
def test_the_third_fresh_rounds_tuning_mixed_reviews_stay_read_as_mixed(lang: str) -> None:
    """Only the tuning rows: the frozen third is scored by the benchmark, never tuned on."""
    mixed, read_mixed = _tuning_mixed_read_as_mixed("fresh3", lang)
    assert read_mixed / mixed >= FRESH3_TUNE_MIXED_FLOOR[lang]
