"""The blind check sets (replies_<lang>_check.jsonl, the second, replies_<lang>_check2.jsonl, the
third, replies_<lang>_check3.jsonl, the fourth, replies_<lang>_check4.jsonl, and the fifth,
replies_<lang>_check5.jsonl) are well formed, and the benchmark scores each apart with totals
only. What the guard does with their items is never asserted here: the sets are held out."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from benchmark_module import benchmark_module
from clinicrep.guidelines.confidentiality import RULES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "guidelines" / "data"
LANGS = ("en", "ru", "uk", "pl", "zh")
# The seven rules of the format section in data/README.md.
FORMAT_RULES = {
    "confirms_patient",
    "health_detail",
    "date",
    "billing",
    "full_name",
    "reward",
    "new_information",
}
FIELDS = {"id", "lang", "label", "rules", "kind", "review", "reviewer", "reply"}
# Each check set's file suffix and its lowest id number (the second set starts at 9101, the
# third at 9201, the fourth at 9301, the fifth at 9401).
PARTS = {"check": 9001, "check2": 9101, "check3": 9201, "check4": 9301, "check5": 9401}
# Sets whose debatable items may say why they carry their label, in a short `note`.
NOTED = {"check5"}


def _items(lang: str, part: str = "check") -> list[dict[str, object]]:
    path = DATA / f"replies_{lang}_{part}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _rules(item: dict[str, object]) -> list[str]:
    rules = item["rules"]
    assert isinstance(rules, list)
    return [str(rule) for rule in rules]


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("lang", LANGS)
def test_check_set_has_24_bad_and_24_good_replies_per_language(lang: str, part: str) -> None:
    items = _items(lang, part)
    labels = [item["label"] for item in items]
    assert labels.count("block") == 24
    assert labels.count("pass") == 24
    assert len(items) == 48


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_check_item_has_the_formats_fields_and_valid_rules(lang: str, part: str) -> None:
    for item in _items(lang, part):
        extra = {"note"} if part in NOTED and "note" in item else set()
        assert set(item) == FIELDS | extra, item["id"]
        if extra:
            note = item["note"]
            assert isinstance(note, str) and 0 < len(note.strip()) <= 300, item["id"]
        assert item["lang"] == lang
        assert re.fullmatch(rf"{lang}-check-9\d{{3}}", str(item["id"])), item["id"]
        assert int(str(item["id"]).rsplit("-", 1)[1]) >= PARTS[part], item["id"]
        for text_field in ("kind", "review", "reviewer", "reply"):
            value = item[text_field]
            assert isinstance(value, str) and value.strip(), (item["id"], text_field)
        rules = item["rules"]
        assert isinstance(rules, list)
        if item["label"] == "block":
            assert rules, f"{item['id']}: a bad reply names the rules it breaks"
            assert set(rules) <= FORMAT_RULES, item["id"]
            assert set(rules) <= set(RULES), item["id"]
            assert len(set(rules)) == len(rules), item["id"]
        else:
            assert item["label"] == "pass", item["id"]
            assert rules == [], item["id"]


def test_check_ids_are_unique_across_languages_and_all_check_sets() -> None:
    ids = [str(item["id"]) for part in PARTS for lang in LANGS for item in _items(lang, part)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("lang", LANGS)
def test_fourth_check_set_repeats_no_reply_of_an_earlier_set(lang: str) -> None:
    # Written apart, on its own scenarios: no reply of the fourth set stands in the first three,
    # and none is repeated within it.
    earlier = {
        str(item["reply"]).strip()
        for part in ("check", "check2", "check3")
        for item in _items(lang, part)
    }
    fourth = [str(item["reply"]).strip() for item in _items(lang, "check4")]
    assert not earlier & set(fourth)
    assert len(fourth) == len(set(fourth))


def test_fourth_check_set_ids_run_from_9301_to_9348() -> None:
    for lang in LANGS:
        numbers = sorted(int(str(item["id"]).rsplit("-", 1)[1]) for item in _items(lang, "check4"))
        assert numbers == list(range(9301, 9349)), lang


@pytest.mark.parametrize("lang", LANGS)
def test_fifth_check_set_repeats_no_reply_of_an_earlier_set(lang: str) -> None:
    # Written apart, on each language's own situations: no reply of the fifth set stands in the
    # first four, and none is repeated within it.
    earlier = {
        str(item["reply"]).strip()
        for part in ("check", "check2", "check3", "check4")
        for item in _items(lang, part)
    }
    fifth = [str(item["reply"]).strip() for item in _items(lang, "check5")]
    assert not earlier & set(fifth)
    assert len(fifth) == len(set(fifth))


@pytest.mark.parametrize("lang", LANGS)
def test_fifth_check_set_numbers_bad_replies_9401_to_9424_and_good_ones_9425_to_9448(
    lang: str,
) -> None:
    items = _items(lang, "check5")
    bad = sorted(int(str(i["id"]).rsplit("-", 1)[1]) for i in items if i["label"] == "block")
    good = sorted(int(str(i["id"]).rsplit("-", 1)[1]) for i in items if i["label"] == "pass")
    assert bad == list(range(9401, 9425))
    assert good == list(range(9425, 9449))


@pytest.mark.parametrize("lang", LANGS)
def test_fifth_check_set_replies_are_long(lang: str) -> None:
    # The earlier sets' replies were often short; this one's are whole answers (Chinese counted
    # in characters, about two to a word).
    for item in _items(lang, "check5"):
        reply = str(item["reply"])
        size = len(reply.replace(" ", "")) / 2 if lang == "zh" else len(reply.split())
        assert 50 <= size <= 200, (item["id"], size)


@pytest.mark.parametrize("part", PARTS)
def test_check_set_covers_every_rule_in_every_language(part: str) -> None:
    for lang in LANGS:
        named = {rule for item in _items(lang, part) for rule in _rules(item)}
        assert named == FORMAT_RULES, (lang, part)


# Made-up items for the benchmark's tests (never the real sets): a reply with a date in it, and
# a plain thanks; each test gives them ids and kinds of its own.
_LEAK = {
    "lang": "en",
    "label": "block",
    "rules": ["date"],
    "review": "Quick visit.",
    "reviewer": "Sam",
    "reply": "Thanks Sam, see you at your appointment on 3 May at 10:30.",
}
_FINE = {**_LEAK, "label": "pass", "rules": [], "reply": "Thank you, Sam!"}


def _benchmark(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_module(monkeypatch, "guard_accuracy")


def test_benchmark_check_option_prints_only_totals_of_the_check_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder of its own with two made-up items, so this test never scores the real check set.
    made_up = [
        {**_LEAK, "id": "en-check-9901", "kind": "obvious"},
        {**_FINE, "id": "en-check-9902", "kind": "exemplary"},
    ]
    (tmp_path / "replies_en_check.jsonl").write_text(
        "\n".join(json.dumps(item) for item in made_up) + "\n", encoding="utf-8"
    )
    # A second check set of one bad reply, printed apart from the first.
    second = {**made_up[0], "id": "en-check-9101", "reply": "Glad the 4 May scan went well."}
    (tmp_path / "replies_en_check2.jsonl").write_text(json.dumps(second) + "\n", encoding="utf-8")
    # A third check set of one good reply, printed apart from the other two.
    third = {**made_up[1], "id": "en-check-9201", "reply": "Thank you for the kind words."}
    (tmp_path / "replies_en_check3.jsonl").write_text(json.dumps(third) + "\n", encoding="utf-8")
    # A fourth check set of one bad and one good reply, printed apart from the other three.
    fourth = [
        {**made_up[0], "id": "en-check-9301", "reply": "See you at your 5 June check-up, Sam."},
        {**made_up[1], "id": "en-check-9325", "reply": "We never reward reviews. Thank you!"},
    ]
    (tmp_path / "replies_en_check4.jsonl").write_text(
        "\n".join(json.dumps(item) for item in fourth) + "\n", encoding="utf-8"
    )
    # A fifth check set of one good reply with a note, printed apart from the other four.
    fifth = {
        **made_up[1],
        "id": "en-check-9425",
        "reply": "Our holiday hours are on the door.",
        "note": "a timetable, not a visit",
    }
    (tmp_path / "replies_en_check5.jsonl").write_text(json.dumps(fifth) + "\n", encoding="utf-8")
    # A tune file beside it must be ignored under --check.
    (tmp_path / "replies_en_tune.jsonl").write_text(
        json.dumps({**made_up[0], "id": "en-block-1"}) + "\n", encoding="utf-8"
    )

    _benchmark(monkeypatch).main(
        ["--check", "--data", str(tmp_path), "--lang", "en", "--lang", "pl"]
    )

    out = capsys.readouterr().out
    first, _, rest = out.partition("second check set")
    rest, _, last = rest.partition("third check set")
    last, _, fourth_out = last.partition("fourth check set")
    fourth_out, _, fifth_out = fourth_out.partition("fifth check set")
    assert re.search(r"en check: bad blocked \d/1 \(\d+%\), good flagged \d/1 \(\d+%\)", first)
    assert "pl check: no replies_pl_check.jsonl" in first
    assert "check2" not in first
    assert re.search(r"en check2: bad blocked \d/1 \(\d+%\), good flagged -", rest)
    assert "pl check2: no replies_pl_check2.jsonl" in rest
    assert "en check:" not in rest
    assert "check3" not in rest
    assert re.search(r"en check3: bad blocked -, good flagged \d/1 \(\d+%\)", last)
    assert "pl check3: no replies_pl_check3.jsonl" in last
    assert "en check:" not in last and "en check2:" not in last
    assert "check4" not in last
    assert re.search(
        r"en check4: bad blocked \d/1 \(\d+%\), good flagged \d/1 \(\d+%\)", fourth_out
    )
    assert "pl check4: no replies_pl_check4.jsonl" in fourth_out
    for earlier in ("en check:", "en check2:", "en check3:"):
        assert earlier not in fourth_out
    assert "check5" not in fourth_out
    assert re.search(r"en check5: bad blocked -, good flagged \d/1 \(\d+%\)", fifth_out)
    assert "pl check5: no replies_pl_check5.jsonl" in fifth_out
    for earlier in ("en check:", "en check2:", "en check3:", "en check4:"):
        assert earlier not in fifth_out
    assert "tune" not in out
    assert "speed" not in out
    for item in [*made_up, second, third, *fourth, fifth]:
        assert str(item["id"]) not in out
        assert str(item["reply"]) not in out


def test_benchmark_prints_the_fresh_rounds_frozen_thirds_pooled_as_totals_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made-up files in a folder of their own: a tune part, and the frozen thirds of two rounds
    # written before their writers read the guard (one English, one Polish), and one English
    # round that is not among them and must not be counted.
    leak = {**_LEAK, "id": "en-r25a-901", "kind": "buried"}
    fine = {**_FINE, "id": "en-r25a-902", "kind": "buried", "reply": "Thank you!"}
    (tmp_path / "replies_en_tune.jsonl").write_text(
        json.dumps({**leak, "id": "en-block-1"}) + "\n", encoding="utf-8"
    )
    (tmp_path / "own_en_round25a_frozen.jsonl").write_text(
        json.dumps(leak) + "\n" + json.dumps(fine) + "\n", encoding="utf-8"
    )
    polish = {**fine, "id": "pl-r25c-903", "lang": "pl", "reply": "Dziękujemy!"}
    (tmp_path / "own_pl_round25c_frozen.jsonl").write_text(
        json.dumps(polish) + "\n", encoding="utf-8"
    )
    other = {**leak, "id": "en-r25a2-904"}
    (tmp_path / "own_en_round25a2_frozen.jsonl").write_text(
        json.dumps(other) + "\n", encoding="utf-8"
    )

    _benchmark(monkeypatch).main(
        ["--no-speed", "--data", str(tmp_path), "--lang", "en", "--lang", "pl"]
    )

    out = capsys.readouterr().out
    _, _, fresh = out.partition("written before their writers read the guard")
    assert re.search(r"en fresh frozen: bad blocked 1/1 \(100%\), good flagged 0/1 \(0%\)", fresh)
    assert re.search(r"pl fresh frozen: bad blocked -, good flagged 0/1 \(0%\)", fresh)
    for item in (leak, fine, polish, other):
        assert str(item["id"]) not in out
        assert str(item["reply"]) not in out


def test_benchmark_check_option_counts_misses_and_false_alarms_by_rule_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made-up items: a bad reply with nothing to find (labelled billing), and a "good" one the
    # date rule fires on; the counts say which rules, never which items.
    let_through = {**_LEAK, "id": "en-check-9903", "rules": ["billing"], "kind": "implicit"}
    let_through["reply"] = _FINE["reply"]
    flagged = {**_FINE, "id": "en-check2-9104", "kind": "implicit", "reply": _LEAK["reply"]}
    (tmp_path / "replies_en_check.jsonl").write_text(json.dumps(let_through) + "\n", "utf-8")
    (tmp_path / "replies_en_check2.jsonl").write_text(json.dumps(flagged) + "\n", "utf-8")

    _benchmark(monkeypatch).main(["--check", "--data", str(tmp_path), "--lang", "en"])

    out = capsys.readouterr().out
    _, _, counts = out.partition("all check sets together, counts only:")
    assert "bad replies let through, by their labelled rules: billing 1\n" in counts
    assert re.search(r"good replies flagged, by the rules that fired: .*\bdate 1\b", counts)
    for item in (let_through, flagged):
        assert str(item["id"]) not in out
        assert str(item["reply"]) not in out
