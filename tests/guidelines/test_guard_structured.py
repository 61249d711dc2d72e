"""The guard's structured reader (guidelines/structured.py, benchmarks/guard_structured.py): the
rules' reading changes no finding; the features say which hit a veto dropped and where; on
shuffled labels the benchmark switches the reader off; a weights file that cannot be read
leaves the rules alone; a vetoed finding disappears but a reward stays; an added one names the
rule of the hit a veto dropped in a clause to the reviewer. Made-up replies."""

from __future__ import annotations

import argparse
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from benchmark_module import benchmark_module
from clinicrep.guidelines import structured
from clinicrep.guidelines.confidentiality import (
    FindingCode,
    find_confidentiality_problems,
    rules_reading,
)
from clinicrep.guidelines.structured import (
    FACTS,
    KINDS,
    PER_KIND,
    RULE_FREE,
    WIDTH,
    Logistic,
    StructuredReader,
)

ROOT = Path(__file__).resolve().parents[2]
# the rules pass it, but they read "flu" in a clause that speaks to the reviewer and dropped it
# as the review's own word ("Waited an hour for my flu shot")
ADDED = "Sorry you had to wait for your flu shot, Anna."
ADDED_REVIEW = "Waited an hour for my flu shot"
FLAGGED = "We saw you on 12/03/2024, Anna."
REWARD = "Leave us a 5-star review and get a 10% discount on your next visit, Anna!"

BAD = [
    "We saw you at your visit on Tuesday, {n}.",
    "Glad your diabetes test came back fine, {n}.",
    "Thanks for your payment of {n} dollars after the extraction.",
    "Your root canal went well, we hope the tooth {n} feels better.",
]
GOOD = [
    "Thank you for the kind review, we appreciate it, {n}.",
    "We are open every weekday and welcome new families, {n}.",
    "Please call the front desk so we can help, {n}.",
    "We never discuss anyone's care in public, thank you {n}.",
]


def sure(bias: float, *, add: float = 2.0, veto: float = 0.0) -> StructuredReader:
    """A reader whose p(block) is sigmoid(bias) on every reply."""
    width = int(RULE_FREE.sum())
    model = Logistic(np.zeros(width), np.ones(width), np.zeros(width), bias)
    return StructuredReader(model, {"en": add}, {"en": veto})


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_module(monkeypatch, "guard_structured")


@pytest.mark.parametrize(
    ("reply", "review"),
    [(ADDED, ADDED_REVIEW), (FLAGGED, ""), (REWARD, ""), (GOOD[3].format(n="Tom"), "")],
)
def test_the_reading_finds_what_the_rules_alone_find(reply: str, review: str) -> None:
    read = rules_reading(reply, review_text=review, language="en", reviewer_name="Anna")
    alone = find_confidentiality_problems(
        reply, review_text=review, language="en", reviewer_name="Anna", learned=False
    )
    assert read.findings == alone
    assert read.features().shape == (WIDTH,)


def test_the_features_count_a_hit_a_veto_dropped_in_a_clause_to_the_reviewer() -> None:
    read = rules_reading(ADDED, review_text=ADDED_REVIEW, language="en", reviewer_name="Anna")
    assert read.findings == []
    dropped = read.vetoed_to_them()
    assert dropped is not None and ADDED[dropped.hit.start : dropped.hit.end] == "flu"
    assert dropped.said[FACTS.index("echoed")]  # why it was dropped: the review's own word
    x = read.features()
    health = KINDS.index("health") * PER_KIND
    assert x[health + 1] == 0 and x[health + 2] > 0  # none kept, some vetoed
    assert x[health + 3 + FACTS.index("addressee")] > 0
    # a privacy statement's health word is dropped too, but in no clause to the reviewer
    quiet = rules_reading(GOOD[3].format(n="Tom") + " Diagnoses stay private.", language="en")
    assert quiet.vetoed_to_them() is None


def test_on_shuffled_labels_the_benchmark_switches_the_reader_off(bench: ModuleType) -> None:
    rows = [(True, BAD[n % 4].format(n=n)) for n in range(40)]
    rows += [(False, GOOD[n % 4].format(n=n)) for n in range(40)]
    replies = [
        bench.Reply(f"file{n % 5}", "en", bad, "", "", text) for n, (bad, text) in enumerate(rows)
    ]
    table = bench.Table.read(replies, "other")
    args = argparse.Namespace(l2=1e-3, steps=80, seed=16, folds=5)
    for shuffle, learns in ((0, True), (3, False)):
        if shuffle:
            table.bad = np.random.default_rng(shuffle).permutation(table.bad)
        oof = bench.out_of_fold("independent", table, args)
        thresholds, auc = bench.choose(table, oof, 0.01)
        assert (auc >= bench.MIN_AUC) is learns, auc
        if not learns:  # off: it neither adds nor vetoes
            assert (thresholds.add, thresholds.veto) == (2.0, 0.0)


def test_stored_and_loaded_it_reads_the_same(tmp_path: Path) -> None:
    replies = [BAD[n % 4].format(n=n) for n in range(12)] + [
        GOOD[n % 4].format(n=n) for n in range(12)
    ]
    x = np.array([rules_reading(r, language="en").features() for r in replies])
    bad = np.array([True] * 12 + [False] * 12)
    reader = StructuredReader.train(x, bad, steps=60).with_thresholds({"zh": 0.9}, {"zh": 0.01})
    reader.save(tmp_path / "structured.npz")
    again = StructuredReader.load(tmp_path / "structured.npz")
    assert again.add["zh"] == 0.9 and again.veto["zh"] == 0.01
    assert again.add["en"] > 1 and again.veto["en"] == 0  # not switched on: never acts
    assert np.allclose(again.p_bad(x), reader.p_bad(x))


@pytest.mark.parametrize("content", [b"not a zip file", b""])
def test_a_weights_file_that_cannot_be_read_leaves_the_rules_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes, caplog
) -> None:
    (tmp_path / "structured.npz").write_bytes(content)
    monkeypatch.setattr(structured, "resource", lambda *parts: tmp_path / parts[-1])
    monkeypatch.setattr(structured, "_switches", lambda: {"en": "both"})
    structured.structured_reader.cache_clear()
    try:
        assert structured.structured_reader("en") is None
        assert "structured reader is off" in caplog.text
        found = find_confidentiality_problems(FLAGGED, language="en", reviewer_name="Anna")
        assert {f.code for f in found} == {FindingCode.CONFIRMS_PATIENT, FindingCode.DATE}
    finally:
        structured.structured_reader.cache_clear()


def test_a_file_of_another_width_is_refused(tmp_path: Path) -> None:
    reader = sure(0.0)
    short = StructuredReader(
        Logistic(np.zeros(3), np.ones(3), np.zeros(3), 0.0), reader.add, reader.veto
    )
    short.save(tmp_path / "structured.npz")
    with pytest.raises(ValueError, match="features"):
        StructuredReader.load(tmp_path / "structured.npz")


def test_a_vetoed_finding_disappears_but_a_reward_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.structured_reader",
        lambda language: sure(-8.0, veto=0.5),
    )
    assert find_confidentiality_problems(FLAGGED, language="en", reviewer_name="Anna") == []
    found = find_confidentiality_problems(REWARD, language="en", reviewer_name="Anna")
    assert found and {f.code for f in found} == {FindingCode.REWARD}


def test_an_added_finding_underlines_the_sentence_and_names_the_hits_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kwargs = {"review_text": ADDED_REVIEW, "language": "en", "reviewer_name": "Anna"}
    assert find_confidentiality_problems(ADDED, **kwargs) == []  # the rules alone pass it
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.structured_reader",
        lambda language: sure(8.0, add=0.5),
    )
    (finding,) = find_confidentiality_problems(ADDED, **kwargs)
    assert finding.code == FindingCode.HEALTH_DETAIL and finding.rule == "health_detail"
    assert (finding.start, finding.end) == (0, len(ADDED))
    # unsure (p below t_add), it adds nothing
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.structured_reader",
        lambda language: sure(0.0, add=0.9),
    )
    assert find_confidentiality_problems(ADDED, **kwargs) == []


def test_the_shipped_reader_is_on_only_where_languages_toml_says() -> None:
    for language in ("en", "ru", "uk", "pl", "zh"):
        reader = structured.structured_reader(language)
        assert (reader is not None) is structured.switched_on(language)
        if reader is not None:
            assert "veto" in structured.acts(language) or "add" in structured.acts(language)
