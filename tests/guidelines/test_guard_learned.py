"""The guard's learned reader (guidelines/learned.py, benchmarks/guard_learned.py): the same data
give the same model; trained on shuffled labels it learns nothing and the benchmark would not
switch it on; where languages.toml switches it on, it blocks a reply no phrase catches and
underlines a sentence of it (test_guard_rules.py checks every finding's reason is translated in
five languages). Made-up data in a folder of its own."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from tests.guidelines.guard_rules import rules_in_editor

from benchmark_module import benchmark_module
from clinicrep.guidelines import learned
from clinicrep.guidelines.confidentiality import (
    FindingCode,
    find_confidentiality_problems,
)
from clinicrep.guidelines.learned import LearnedReader, features

ROOT = Path(__file__).resolve().parents[2]

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
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_module(monkeypatch, "guard_learned")


def _rows(count: int, start: int = 0) -> list[tuple[bool, str]]:
    rows = []
    for n in range(start, start + count):
        rows.append((True, BAD[n % len(BAD)].format(n=n)))
        rows.append((False, GOOD[n % len(GOOD)].format(n=n)))
    return rows


def test_features_are_the_same_for_the_same_text_and_fold_case_and_spaces() -> None:
    a = features("Your  X-ray\nshowed")
    assert np.array_equal(a, features("your x-ray showed"))
    assert (np.diff(a) > 0).all() and a.min() >= 0 and a.max() < 1 << learned.BITS
    assert not np.array_equal(a, features("our x-ray room"))
    assert len(features("")) == 2  # the padding: " " and "  "


def test_a_long_reply_has_the_columns_of_its_parts_sorted_once_each() -> None:
    """A 4 KB reply's columns (marked in a table, not sorted: guard speed) are its sentences'
    columns together, each once, in order, whichever way they are worked out."""
    sentences = [GOOD[n % len(GOOD)].format(n=n) for n in range(120)]
    reply = " ".join(sentences)
    assert len(reply) > 4 * learned._MARKED_FROM
    whole = features(reply)
    assert whole.dtype == np.int64 and (np.diff(whole) > 0).all()
    assert set(features(sentences[0])) <= set(whole) and set(features(sentences[-1])) <= set(whole)
    cut = reply.rindex(" ", 0, learned._MARKED_FROM - 10)  # at a word's end: no n-gram is cut
    short = features(reply[:cut])  # sorted, the short way
    longer = features(reply[: reply.index(" ", learned._MARKED_FROM + 10)])  # marked
    assert set(short) <= set(longer) and (np.diff(longer) > 0).all()


def test_the_same_data_give_the_same_model() -> None:
    rows = _rows(20)
    texts = [t for _, t in rows]
    bad = np.array([b for b, _ in rows])
    one = LearnedReader.train(texts, bad, steps=60)
    two = LearnedReader.train(texts, bad, steps=60)
    assert np.array_equal(one.weights, two.weights) and one.bias == two.bias
    unseen = [BAD[1].format(n="Maria"), GOOD[0].format(n="all")]
    p = one.p_bad_many(unseen)
    assert p[0] > 0.5 > p[1]


def test_stored_and_loaded_it_reads_the_same(tmp_path: Path) -> None:
    rows = _rows(20)
    reader = LearnedReader.train([t for _, t in rows], np.array([b for b, _ in rows]), steps=60)
    reader = reader.with_thresholds(0.9, 0.05)
    reader.save(tmp_path / "xx.npz")
    again = LearnedReader.load(tmp_path / "xx.npz")
    assert (again.add, again.veto) == (0.9, 0.05)
    text = BAD[2].format(n="Tom")
    assert again.p_bad(text) == pytest.approx(reader.p_bad(text), abs=1e-3)


def test_the_most_suspicious_sentence_is_the_one_underlined() -> None:
    rows = _rows(20)
    reader = LearnedReader.train([t for _, t in rows], np.array([b for b, _ in rows]), steps=60)
    text = "Thank you for the kind review! Your root canal with Dr Lee went well, Ann. Bye."
    start, end = reader.worst_sentence(text)
    assert text[start:end] == "Your root canal with Dr Lee went well, Ann."


def _replies(bench: ModuleType, rows: list[tuple[bool, str]], shuffle: int = 0) -> list:
    labels = [b for b, _ in rows]
    if shuffle:
        labels = list(np.random.default_rng(shuffle).permutation(labels))
    return [
        bench.Reply(f"file{n % 5}", "en", bool(label), "", "", text)
        for n, (label, (_, text)) in enumerate(zip(labels, rows, strict=True))
    ]


def test_on_shuffled_labels_it_learns_nothing_and_would_not_switch_on(bench: ModuleType) -> None:
    rows = _rows(40)
    held_out = _rows(10, start=500)
    held_bad = np.array([b for b, _ in held_out])
    for shuffle, expected in ((0, True), (7, False)):
        train = _replies(bench, rows, shuffle)
        bad = np.array([r.bad for r in train])
        rules = np.zeros(len(train), dtype=bool)  # rules that pass everything: all is the model's

        def make() -> object:
            return bench.Reader("shipped", bench.Settings(steps=60))

        oof = bench.out_of_fold(train, make)
        t_add = bench.add_threshold(oof, bad, rules, 0.01)
        assert bench.learned(oof, bad, t_add) is expected
        p = make().fit(train).p_bad([t for _, t in held_out])
        caught = int(((p >= t_add) & held_bad).sum())
        if expected:
            assert caught >= 5
        else:  # no gain on held-out replies
            assert caught <= 1


def test_the_benchmark_prints_frozen_totals_only_and_never_opens_a_check_file(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def write(name: str, rows: list[tuple[bool, str]]) -> None:
        lines = [
            json.dumps({"id": n, "lang": "en", "label": "block" if b else "pass", "reply": t})
            for n, (b, t) in enumerate(rows)
        ]
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")

    frozen = _rows(3, start=100)
    write("replies_en_tune.jsonl", _rows(20) + [frozen[0]])
    write("own_en_round1.jsonl", _rows(10, start=50))
    write("own_en_round1_frozen.jsonl", _rows(2, start=300))
    write("replies_en_frozen.jsonl", frozen)
    (tmp_path / "replies_en_check.jsonl").write_text("not json at all\n", encoding="utf-8")

    args = ["--lang", "en", "--data", str(tmp_path), "--steps", "40", "--reader", "shipped"]
    assert bench.main(args) == 0
    out = capsys.readouterr().out
    assert "60 tune replies from 2 files (1 dropped as copies of frozen replies)" in out
    assert re.search(r"frozen  rules +5/5 blocked", out)  # both frozen files, totals only
    for _, reply in frozen:
        assert reply not in out


def test_where_switched_on_it_blocks_a_reply_no_phrase_catches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a care relationship in words no phrase holds
    rows = _rows(20) + [(True, f"The blue room crew sends hugs to little {n}.") for n in range(20)]
    reader = LearnedReader.train([t for _, t in rows], np.array([b for b, _ in rows]), steps=60)
    reply = "Thanks for the kind words! The blue room crew sends hugs to little Ann."
    monkeypatch.setattr(learned, "switched_on", lambda language: False)
    assert find_confidentiality_problems(reply, language="en") == []  # the rules pass it ...
    reader = reader.with_thresholds(add=0.5, veto=0.0)
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader",
        lambda language: reader if language == "en" else None,
    )
    (finding,) = find_confidentiality_problems(reply, language="en")
    assert finding.code == FindingCode.LEARNED and finding.rule == "confirms_patient"
    assert reply[finding.start : finding.end] == "The blue room crew sends hugs to little Ann."
    assert "learned" in finding.reason
    # the rules' finding on a reply the model is sure of is vetoed, but never a reward
    sure = reader.with_thresholds(add=1.1, veto=0.99)
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader", lambda language: sure
    )
    assert find_confidentiality_problems("We saw you on 12/03/2024, Ann.", language="en") == []


@pytest.mark.parametrize(
    ("switch", "adds", "vetoes"),
    [("veto", False, True), ("add", True, False), (True, True, True), (False, False, False)],
)
def test_the_editor_s_guard_follows_the_mode_its_language_is_switched_on_in(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    switch: object,
    adds: bool,
    vetoes: bool,
) -> None:
    """languages.toml names a mode per language ("both" or true, "add", "veto", "off" or
    false): the editor's check (guard_reply) with the stored model blocks a reply the rules pass
    only where the mode adds, and passes a reply the rules flag only where it vetoes. (Before
    the modes, a language switched "veto" was read as off: nothing added, nothing vetoed.)"""
    rows = _rows(20) + [(True, f"The blue room crew sends hugs to little {n}.") for n in range(20)]
    reader = LearnedReader.train([t for _, t in rows], np.array([b for b, _ in rows]), steps=60)
    reader.with_thresholds(add=0.5, veto=0.99).save(tmp_path / "en.npz")
    monkeypatch.setattr(learned, "resource", lambda *parts: tmp_path / parts[-1])
    monkeypatch.setattr(learned, "switches_file", lambda: {"en": switch, "pl": "veto"})
    learned.learned_reader.cache_clear()
    added = "Thanks for the kind words! The blue room crew sends hugs to little Ann."
    flagged = "We saw you on 12/03/2024, Ann."
    try:
        assert rules_in_editor(added, "Lovely clinic.", "en", "Ann") == (
            {"confirms_patient"} if adds else set()
        )
        assert (rules_in_editor(flagged, "Lovely clinic.", "en", "Ann") == set()) is vetoes
        assert learned.mode("en") == {True: "both", False: "off"}.get(switch, switch)
        assert learned.mode("pl") == "veto" and learned.mode("zh") == "off"
    finally:
        learned.learned_reader.cache_clear()


def test_the_shipped_chinese_and_russian_readers_in_the_editor() -> None:
    """zh is switched on in "both", ru in "veto" (languages.toml; zh.npz and ru.npz beside it).
    The editor's check now blocks a Chinese reply that tells a wrong-number reviewer a patient on
    their number came last year (round 28a's open miss: no phrase holds it) and passes a Russian
    reply of general advice before a colonoscopy (round ten's open false alarm). With both
    languages off (before), the first passed and the second was flagged."""
    assert learned.mode("zh") == "both" and learned.mode("ru") == "veto"
    zh_reply = (
        "王先生您好,我们系统里有一位王先生留的就是您的号码,去年来看过诊。"
        "如果不是您,请来电更正信息。"
    )
    assert rules_in_editor(zh_reply, "我接到你们的电话,可我从没去过", "zh", "王先生") == {
        "confirms_patient"
    }
    ru_reply = (
        "Вера, за три дня до колоноскопии нужна бесшлаковая диета, а накануне — препарат для "
        "очищения кишечника по схеме. Подробная памятка есть на сайте, врач-эндоскопист ответит "
        "на вопросы по телефону."
    )
    assert rules_in_editor(ru_reply, "Как подготовиться к колоноскопии?", "ru", "Вера Ф.") == set()


def _sure_reader(vetoes: dict[str, float] | None = None, veto: float = 0.99) -> LearnedReader:
    """A model that is sure every reply is good (p about 0.0), at the thresholds given."""
    rows = _rows(20)
    reader = LearnedReader.train([t for _, t in rows], np.array([b for b, _ in rows]), steps=60)
    silent = LearnedReader(np.zeros_like(reader.weights), -8.0)  # p(block) 0.0003 for any reply
    return silent.with_thresholds(1.1, veto, 0, vetoes or {})


def _in_editor(
    monkeypatch: pytest.MonkeyPatch, reader: LearnedReader, reply: str
) -> list[tuple[str, str]]:
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader",
        lambda language: reader if language == "en" else None,
    )
    found = find_confidentiality_problems(reply, language="en", reviewer_name="Mary J.")
    return [(f.rule, f.text) for f in found]


def test_a_sure_veto_never_drops_a_full_name_or_a_reward(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that finds a reply harmless would drop its other findings, but the reviewer's
    full name (letters it never learned) and a reward for a review still block Publish, and
    the reply keeps every other finding too: the user sees the visit, the date and the surgery
    beside the name (the veto acts on replies, session 34)."""
    reader = _sure_reader()
    named = "Thank you, Mary Johnson, we saw you on 12/03/2024 after your knee surgery."
    assert set(_in_editor(monkeypatch, reader, named)) == {
        ("full_name", "Mary Johnson"),
        ("confirms_patient", "we saw you"),
        ("confirms_patient", "your knee surgery"),
        ("date", "12/03/2024"),
        ("health_detail", "knee"),
        ("health_detail", "surgery"),
        ("new_information", named),
    }
    reward = "Leave us a 5-star review and get a free cleaning on 12/03/2024, Ann."
    assert _in_editor(monkeypatch, reader, reward) == [
        ("reward", "review and get a free"),
        ("date", "12/03/2024"),
    ]
    # without them, the same model passes what the rules flag
    assert _in_editor(monkeypatch, reader, "We saw you on 12/03/2024, Ann.") == []


def test_each_rule_is_vetoed_at_its_own_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates may be dropped (the model is surer than their threshold), visits may not (their
    threshold is 0): the visit keeps the reply blocked, and then the date stays underlined
    too (a reply passes only where every finding may go); once visits may go too, it passes."""
    reader = _sure_reader({"date": 0.5, "confirms_patient": 0.0}, veto=0.0)
    assert reader.veto_at("date") == 0.5 and reader.veto_at("health_detail") == 0.0
    assert reader.veto_at("full_name") == 0.0  # whatever the file says
    reply = "We saw you on 12/03/2024, Ann."
    assert _in_editor(monkeypatch, reader, reply) == [
        ("confirms_patient", "We saw you"),
        ("date", "12/03/2024"),
    ]
    looser = _sure_reader({"date": 0.5, "confirms_patient": 0.5}, veto=0.0)
    assert _in_editor(monkeypatch, looser, reply) == []


def test_per_rule_thresholds_are_stored_and_an_older_file_still_loads(tmp_path: Path) -> None:
    rows = _rows(20)
    reader = LearnedReader.train([t for _, t in rows], np.array([b for b, _ in rows]), steps=60)
    reader.with_thresholds(0.9, 0.05, 100, {"date": 0.0, "billing": 0.3}, {"date": 0.2}).save(
        tmp_path / "a.npz"
    )
    again = LearnedReader.load(tmp_path / "a.npz")
    assert dict(again.vetoes) == {"date": 0.0, "billing": 0.3} and again.shortest == 100
    assert dict(again.sentence_vetoes) == {"date": 0.2}
    assert not again.keeps(0.9, "date", 0.1) and again.keeps(0.9, "date", 0.3)
    assert (again.veto_at("date"), again.veto_at("billing"), again.veto_at("health_detail")) == (
        0.0,
        0.3,
        0.05,
    )
    # a file of session 30 (one veto threshold for every rule): read as before
    np.savez_compressed(
        tmp_path / "old.npz",
        weights=reader.weights.astype(np.float16),
        bias=np.array(reader.bias),
        add=np.array(0.9),
        veto=np.array(0.05),
        shortest=np.array(100),
    )
    old = LearnedReader.load(tmp_path / "old.npz")
    assert old.vetoes == {} and old.sentence_vetoes == {}
    assert old.veto_at("date") == 0.05 and old.veto_at("full_name") == 0.05
    assert old.veto_at("reward") == 0.0
    old.save(tmp_path / "again.npz")  # stored again, still a file of before
    assert not LearnedReader.load(tmp_path / "again.npz").per_finding


def test_a_file_of_before_vetoes_a_full_name_as_it_did_and_a_new_one_never_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The same sure model stored twice: as a file of session 30 (one veto threshold, no
    per-rule ones) it passes a reply whose only finding is the reviewer's full name, as it did
    then, keeping a reward; stored with per-rule thresholds it never drops the name."""
    silent = _sure_reader(veto=0.99)
    np.savez_compressed(
        tmp_path / "old.npz",
        weights=silent.weights.astype(np.float16),
        bias=np.array(silent.bias),
        add=np.array(1.1),
        veto=np.array(0.99),
        shortest=np.array(0),
    )
    silent.save(tmp_path / "new.npz")
    old, new = LearnedReader.load(tmp_path / "old.npz"), LearnedReader.load(tmp_path / "new.npz")
    named = "Thank you, Mary Johnson, for your kind words about our team."
    assert _in_editor(monkeypatch, old, named) == []
    assert _in_editor(monkeypatch, new, named) == [("full_name", "Mary Johnson")]
    reward = "Leave us a 5-star review and get a free cleaning, Mary Johnson."
    assert ("reward", "review and get a free") in _in_editor(monkeypatch, old, reward)
    # and without the model the rules flag the name: the file of before is what passed it
    monkeypatch.setattr("clinicrep.guidelines.confidentiality.learned_reader", lambda lang: None)
    found = find_confidentiality_problems(named, language="en", reviewer_name="Mary J.")
    assert [(f.rule, f.text) for f in found] == [("full_name", "Mary Johnson")]


def test_the_benchmark_chooses_veto_thresholds_only_over_findings_it_may_drop(
    bench: ModuleType,
) -> None:
    """Left-out bad replies the rules block, with the model's p: one held low by a full name
    (which no veto drops) binds the one threshold of before ("all") but not "family"; "rule"
    gives each rule the lowest p of its own bad replies, and a rule with none is never vetoed;
    "sentence" the lowest of each bad reply's likeliest sentence holding a finding of the rule."""
    p = np.array([0.02, 0.30, 0.20, 0.40, 0.10, 0.05])
    bad = np.array([True, True, True, True, False, False])
    found = [
        (("full_name", 0, 9), ("confirms_patient", 20, 30)),  # a name the model cannot read
        (("confirms_patient", 0, 9),),
        (("date", 0, 9), ("confirms_patient", 20, 30)),
        (("health_detail", 0, 9), ("health_detail", 20, 30)),
        (("date", 0, 9),),  # good replies: they never hold a threshold down
        (),
    ]
    sentences = [[0.01, 0.6], [0.5], [0.3, 0.7], [0.2, 0.9], [0.1], []]
    assert bench.veto_thresholds(p, bad, found, "all").veto == 0.02
    family = bench.veto_thresholds(p, bad, found, "family")
    assert (family.veto, family.vetoes) == (0.20, {})
    rule = bench.veto_thresholds(p, bad, found, "rule", sentences)
    assert rule.veto == 0.0 and rule.sentence_vetoes == {}
    assert rule.vetoes == {
        "confirms_patient": 0.20,
        "health_detail": 0.40,
        "billing": 0.0,
        "date": 0.20,
        "new_information": 0.0,
    }
    both = bench.veto_thresholds(p, bad, found, "rule+sentence", sentences)
    assert both.vetoes == rule.vetoes
    assert both.sentence_vetoes == {
        "confirms_patient": 0.5,  # capped at 0.5 (0.7 and 0.5: the full name's reply left out)
        "health_detail": 0.5,
        "billing": 0.0,
        "date": 0.3,
        "new_information": 0.0,
    }
    judged = np.ones(len(p), dtype=bool)
    for t in (rule, both):
        kept = t.variants(found, p, judged, sentences)["veto"]
        # no bad reply passes; the good reply with a date is passed
        assert kept.tolist() == [True, True, True, True, False, False]


def test_a_sentence_veto_drops_the_finding_of_a_harmless_sentence_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read sentence by sentence, the model finds the thank-you harmless and the root canal
    not: the root canal keeps Publish off, and with it every underline stays, the thank-you's
    visit and date too (before session 34 they went: the user saw half the reply's problems).
    The same model read on the whole reply alone drops them all and passes the reply."""
    rows = _rows(20)
    model = LearnedReader.train([t for _, t in rows], np.array([b for b, _ in rows]), steps=60)
    reply = (
        "Thank you for the kind review, Ann, we saw you on 12/03/2024. Your root canal went well."
    )
    every = dict.fromkeys(learned.VETOED_RULES, 0.5)
    by_sentence = model.with_thresholds(1.1, 0.0, 0, {}, every)
    thanks, root_canal = model.p_sentences(reply, [(0, 10), (len(reply) - 5, len(reply))])
    assert thanks < 0.5 <= root_canal
    assert set(_in_editor(monkeypatch, by_sentence, reply)) == {
        ("confirms_patient", "we saw you"),
        ("date", "12/03/2024"),
        ("health_detail", "root canal"),
        ("new_information", "Your root canal went well."),
    }
    assert model.p_bad(reply) < 0.5
    assert _in_editor(monkeypatch, model.with_thresholds(1.1, 0.0, 0, every, {}), reply) == []


def _in_zh_editor(
    monkeypatch: pytest.MonkeyPatch, reader: LearnedReader, reply: str
) -> list[tuple[str, str]]:
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader",
        lambda language: reader if language == "zh" else None,
    )
    found = find_confidentiality_problems(reply, review_text="服务很好", language="zh")
    return [(f.rule, f.text) for f in found]


def test_a_file_that_keeps_billing_never_drops_money_told_to_the_reviewer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A model sure that every reply is harmless, stored keeping billing (guard_learned.py
    --never-veto billing): the reviewer's instalments stay underlined, the sentence that tells
    them too, and Publish stays off, with the date of a sentence without money still underlined
    beside them (the reply stays blocked, so nothing of it is dropped). The same model stored
    without it passes the reply, as a session-31 file does."""
    silent = _sure_reader(dict.fromkeys(learned.VETOED_RULES, 0.99))
    silent.with_thresholds(1.1, 0.99, 0, kept_rules=frozenset({"billing"})).save(
        tmp_path / "keeps.npz"
    )
    silent.save(tmp_path / "plain.npz")
    keeps, plain = (
        LearnedReader.load(tmp_path / "keeps.npz"),
        LearnedReader.load(tmp_path / "plain.npz"),
    )
    assert keeps.kept_rules == {"billing"} and plain.kept_rules == frozenset()
    instalments = (
        "谢谢您的好评！您那笔分期付款的第二期已经到账了，剩下六期按月还就行。祝您周末愉快！"
    )
    assert set(_in_zh_editor(monkeypatch, keeps, instalments)) == {
        ("new_information", "您那笔分期付款的第二期已经到账了，剩下六期按月还就行。"),
        ("billing", "分期"),
        ("billing", "到账"),
        ("billing", "按月还"),  # a repayment, a loan's word (session 33, gzh33)
    }
    assert _in_zh_editor(monkeypatch, plain, instalments) == []
    plan = "感谢认可！您剩下的八千元我们可以分十个月付，每个月八百元。下周三医生也在。"
    assert _in_zh_editor(monkeypatch, keeps, plan) == [
        ("billing", "八千元"),
        ("billing", "八百元"),
        ("date", "下周三"),
    ]
    assert _in_zh_editor(monkeypatch, plain, plan) == []


def test_the_benchmark_leaves_kept_rules_out_of_the_thresholds_and_stores_them(
    bench: ModuleType, tmp_path: Path
) -> None:
    """With billing kept, a bad reply with a billing finding (or a finding judged as billing:
    its sentence tells money) holds no threshold down, and the reader it stores keeps billing."""
    p = np.array([0.05, 0.30, 0.20])
    bad = np.array([True, True, False])
    found = [
        (("billing", 0, 9), ("confirms_patient", 20, 30)),
        (("date", 0, 9),),
        (("billing", 0, 9),),
    ]
    sentences = [[0.05, 0.05], [0.4], [0.1]]
    assert bench.veto_thresholds(p, bad, found, "family+sentence", sentences).veto == 0.05
    kept = bench.veto_thresholds(
        p, bad, found, "family+sentence", sentences, frozenset({"billing"})
    )
    assert (kept.veto, kept.sentence_vetoes["date"], kept.kept) == (0.30, 0.4, {"billing"})
    verdicts = kept.variants(found, p, np.ones(3, dtype=bool), sentences)["veto"]
    assert verdicts.tolist() == [True, True, True]  # billing's findings are never dropped
    reply = bench.Reply(
        "x", "zh", True, "服务很好", "", "感谢认可！您剩下的八千元我们可以分十个月付。下周三见。"
    )
    assert bench.found_for_veto(reply, "other", frozenset()) == bench.rules_found(reply, "other")
    assert [
        rule for rule, _, _ in bench.found_for_veto(reply, "other", frozenset({"billing"}))
    ] == [
        "billing",
        "date",
    ]


# Replies of a review about a wait, each with a visit the reader may not drop (a threshold of 0)
# and a date (and the new information that tells it) that it would: (language, review, reviewer,
# reply, the visit's words, the date's words).
KEPT_WITH_A_VISIT = [
    (
        "en",
        "Waited an hour and nobody said why.",
        "Sam",
        "We are sorry about your visit on March 3.",
        "your visit",
        "March 3",
    ),
    (
        "ru",
        "Ждала час в коридоре, никто ничего не объяснил.",
        "Ирина",
        "Ирина, приносим извинения: ваш приём 12 апреля задержался почти на час из-за "
        "экстренного пациента.",
        "ваш приём",
        "12 апреля",
    ),
    (
        "uk",
        "Чекала годину під кабінетом.",
        "Олена",
        "Олено, вибачте за затримку вашого прийому 5 лютого: лікар був на невідкладній операції.",
        "вашого прийому",
        "5 лютого",
    ),
    (
        "pl",
        "Czekałam godzinę pod gabinetem.",
        "Agnieszka",
        "Pani Agnieszko, przepraszamy, że Pani wizyta 14 stycznia się opóźniła — lekarz został "
        "wezwany do pilnego przypadku.",
        "Pani wizyta",
        "14 stycznia",
    ),
    (
        "zh",
        "排队太久了",
        "王女士",
        "王女士您好，很抱歉您2月8日复诊时等候了这么久，我们会改进分诊流程。",
        "复诊时",
        "2月8日",
    ),
]


@pytest.mark.parametrize(
    ("language", "review", "reviewer", "reply", "visit", "day"),
    KEPT_WITH_A_VISIT,
    ids=[row[0] for row in KEPT_WITH_A_VISIT],
)
def test_a_reply_the_veto_keeps_blocked_keeps_every_underline(
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    review: str,
    reviewer: str,
    reply: str,
    visit: str,
    day: str,
) -> None:
    """A reader sure the reply is harmless, whose thresholds let it drop a date and new
    information but never a visit: the visit keeps Publish off, and the date stays underlined
    beside it, as with the rules alone (session 33's re-trained English reader dropped the date
    of "your visit on March 3" and the editor no longer showed it). A reader that may drop the
    visit too passes the reply: the veto acts on whole replies."""
    every = dict.fromkeys(learned.VETOED_RULES, 0.0)
    dates = _sure_reader({**every, "date": 0.5, "new_information": 0.5}, veto=0.0)

    def shown(reader: LearnedReader | None) -> list[tuple[str, str]]:
        monkeypatch.setattr(
            "clinicrep.guidelines.confidentiality.learned_reader", lambda lang: reader
        )
        found = find_confidentiality_problems(
            reply, review_text=review, language=language, reviewer_name=reviewer
        )
        return [(f.rule, f.text) for f in found]

    rules_alone = shown(None)
    assert ("confirms_patient", visit) in rules_alone and ("date", day) in rules_alone
    assert shown(dates) == rules_alone
    assert dates.p_bad(reply) < dates.veto_at("date")  # it would have dropped the date alone
    assert shown(_sure_reader(dict.fromkeys(learned.VETOED_RULES, 0.5), veto=0.0)) == []


def test_the_veto_reads_sentences_only_where_the_reply_leaves_it_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reply with a full name stays blocked whatever its sentences say, and one whose p is
    below every finding's threshold passes: neither reads a sentence (the guard's hot path);
    otherwise the sentences decide, as the benchmark's ``keeps`` finding by finding does."""
    reader = _sure_reader(dict.fromkeys(learned.VETOED_RULES, 0.5), veto=0.0).with_thresholds(
        1.1, 0.0, 0, None, dict.fromkeys(learned.VETOED_RULES, 0.5)
    )
    read: list[str] = []
    monkeypatch.setattr(
        LearnedReader, "p_sentences", lambda self, text, parts: read.append(text) or [0.9]
    )
    spans = [(0, 4)]
    assert not reader.passes("Mary Johnson", 0.0, ["full_name"], spans)
    assert reader.passes("We saw you", 0.1, ["confirms_patient"], spans)
    assert read == []
    high = reader.with_thresholds(1.1, 0.0, 0, dict.fromkeys(learned.VETOED_RULES, 0.05))
    assert not high.passes("We saw you", 0.1, ["confirms_patient"], spans)  # its sentence: 0.9
    assert read == ["We saw you"]


def test_the_shipped_english_reader_leaves_every_finding_of_a_visit_on_a_date() -> None:
    """The receptionist's apology names the reviewer's visit and its day: with English's stored
    reader (session 34's, which keeps health details), the editor still lists the visit, the
    date and the new information, exactly as the rules alone find them (the same model, finding
    by finding, dropped the date and the new information: session 33)."""
    reply = (
        "Dear Maria, thank you for telling us. We are sorry about your visit on March 3 and "
        "would like to look into it personally: please call us at +1 555 0100. Anna, practice "
        "manager"
    )
    reader = learned.learned_reader("en")
    assert reader is not None and reader.judges(reply)
    shown = [(f.rule, f.text) for f in find_confidentiality_problems(reply, language="en")]
    alone = find_confidentiality_problems(reply, language="en", learned=False)
    assert shown == [(f.rule, f.text) for f in alone]
    assert ("date", "March 3") in shown and ("confirms_patient", "your visit") in shown
    assert "new_information" in {rule for rule, _ in shown}


def test_the_add_budget_over_reach_counts_only_good_replies_the_product_may_block(
    bench: ModuleType,
) -> None:
    """--budget-over reach (session 41): a good reply that speaks to and names no one is never
    added by the product (confidentiality._speaks_to_reader), so its score spends no budget and
    the benchmark adds nothing to it either."""
    p = np.array([0.95, 0.90, 0.80, 0.60, 0.99])
    bad = np.array([False, False, False, False, True])
    flags = np.zeros(5, dtype=bool)
    reach = np.array([False, True, True, True, True])
    # 2 of 4 good replies may be added at a budget of 50 %: above the third highest good score
    assert 0.80 < bench.add_threshold(p, bad, flags, 0.5) <= 0.8 + 1e-6
    # out of reach, 0.95 spends nothing: above the third highest reachable good score
    assert 0.60 < bench.add_threshold(p, bad, flags, 0.5, reach) <= 0.6 + 1e-6
    t = bench.Thresholds(0.7, 0.0, {})
    found: list[tuple[tuple[str, int, int], ...]] = [()] * 5
    judged = np.ones(5, dtype=bool)
    assert t.variants(found, p, judged)["add"].tolist() == [True, True, True, False, True]
    assert t.variants(found, p, judged, (), reach)["add"].tolist() == [
        False,
        True,
        True,
        False,
        True,
    ]
    to_her = "Dziękujemy za wizytę, Pani Jolanto! Zapraszamy ponownie do naszej przychodni."
    to_all = "Warto wiedzieć, że przy pakiecie 3 wizyt każda kolejna jest o 10% tańsza."
    assert bench.speaks(bench.Reply("x", "pl", True, "Miła obsługa.", "", to_her), "other")
    assert not bench.speaks(bench.Reply("x", "pl", False, "Miła obsługa.", "", to_all), "other")
