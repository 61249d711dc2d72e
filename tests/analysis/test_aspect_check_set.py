"""The aspect check sets (aspects_<lang>_check.jsonl, the second, aspects_<lang>_check2.jsonl,
the third, aspects_<lang>_check3.jsonl, and the fourth, aspects_<lang>_check4.jsonl) are well
formed, and the benchmark's --check prints only their totals, each set apart. What the analysis
makes of their rows is never asserted here: the blind sets are held out whole."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from benchmark_module import benchmark_module
from clinicrep.model import Aspect

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "analysis" / "data"
LANGS = ("en", "ru", "uk", "pl", "zh")
FIELDS = {"id", "platform", "rating", "text", "overall", "aspects"}
# The fourth set may give a debatable label its reason in a "note" (never read by the benchmark).
NOTE = "note"
OVERALL = {"positive", "negative", "neutral", "mixed"}
POLARITIES = {"positive", "negative"}
# Each check set's file suffix and the form of its ids ("en-check-001", "en-check2-001",
# "en-check3-001", "en-check4-001"), and its reviews a language.
PARTS = {
    "check": r"check-\d{3}",
    "check2": r"check2-\d{3}",
    "check3": r"check3-\d{3}",
    "check4": r"check4-\d{3}",
}
SIZES = {"check": 20, "check2": 20, "check3": 20, "check4": 24}


def _rows(lang: str, part: str = "check") -> list[dict[str, object]]:
    path = DATA / f"aspects_{lang}_{part}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("lang", LANGS)
def test_check_set_has_its_reviews_per_language_at_least_half_mixed(lang: str, part: str) -> None:
    rows = _rows(lang, part)
    assert len(rows) == SIZES[part]
    assert sum(1 for row in rows if row["overall"] == "mixed") >= SIZES[part] // 2


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_check_review_uses_only_known_aspects_and_labels(lang: str, part: str) -> None:
    known = {aspect.value for aspect in Aspect}
    for row in _rows(lang, part):
        extra = set(row) - FIELDS
        assert FIELDS <= set(row) and extra <= ({NOTE} if part == "check4" else set()), row["id"]
        if extra:
            assert isinstance(row[NOTE], str) and row[NOTE].strip(), row["id"]
        assert re.fullmatch(rf"{lang}-{PARTS[part]}", str(row["id"])), row["id"]
        text, rating, aspects = row["text"], row["rating"], row["aspects"]
        assert isinstance(text, str) and text.strip(), row["id"]
        assert rating is None or rating in (1, 2, 3, 4, 5), row["id"]
        assert row["overall"] in OVERALL, row["id"]
        assert isinstance(aspects, dict), row["id"]
        assert set(aspects) <= known, row["id"]
        assert set(aspects.values()) <= POLARITIES, row["id"]
        if row["overall"] == "mixed":
            # Mixed means praise of one aspect and blame of another.
            assert set(aspects.values()) == POLARITIES, row["id"]


def test_check_ids_are_unique_across_languages_and_all_check_sets() -> None:
    ids = [str(row["id"]) for part in PARTS for lang in LANGS for row in _rows(lang, part)]
    assert len(ids) == len(set(ids)) == 420


@pytest.mark.parametrize("lang", LANGS)
def test_second_check_set_tells_other_stories_than_the_first(lang: str) -> None:
    # Written apart, on scenarios of its own: no review text of the second set repeats the first.
    first = {str(row["text"]).strip() for row in _rows(lang, "check")}
    assert not first & {str(row["text"]).strip() for row in _rows(lang, "check2")}


# The overall labels each later set was written to: mixed, positive, negative, neutral a language.
LATER_COUNTS = {
    "check3": {"mixed": 12, "positive": 4, "negative": 3, "neutral": 1},
    "check4": {"mixed": 14, "positive": 5, "negative": 4, "neutral": 1},
}


@pytest.mark.parametrize("part", LATER_COUNTS)
@pytest.mark.parametrize("lang", LANGS)
def test_later_check_set_tells_other_stories_than_the_earlier_ones(lang: str, part: str) -> None:
    earlier = {
        str(row["text"]).strip()
        for other in list(PARTS)[: list(PARTS).index(part)]
        for row in _rows(lang, other)
    }
    texts = [str(row["text"]).strip() for row in _rows(lang, part)]
    assert not earlier & set(texts)
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("part", LATER_COUNTS)
@pytest.mark.parametrize("lang", LANGS)
def test_later_check_set_has_its_ids_and_overall_counts(lang: str, part: str) -> None:
    rows = _rows(lang, part)
    numbers = range(1, SIZES[part] + 1)
    assert [str(row["id"]) for row in rows] == [f"{lang}-{part}-{n:03d}" for n in numbers]
    overall = [str(row["overall"]) for row in rows]
    assert {label: overall.count(label) for label in OVERALL} == LATER_COUNTS[part]


@pytest.mark.parametrize("lang", LANGS)
def test_fourth_check_set_labels_one_way_where_the_review_does(lang: str) -> None:
    rows = _rows(lang, "check4")
    # Positive and negative reviews judge only one way; the neutral one labels nothing.
    expected = {"positive": {"positive"}, "negative": {"negative"}, "neutral": set()}
    for row in rows:
        aspects = row["aspects"]
        assert isinstance(aspects, dict), row["id"]
        if row["overall"] in expected:
            assert set(aspects.values()) == expected[str(row["overall"])], row["id"]


def test_fourth_check_set_languages_do_not_share_one_order_of_kinds() -> None:
    # The earlier sets' weakness: every language followed the same list. Here no two languages
    # have their overall labels in the same order, and no review text is shared between them.
    orders = {tuple(str(row["overall"]) for row in _rows(lang, "check4")) for lang in LANGS}
    assert len(orders) == len(LANGS)
    texts = [str(row["text"]).strip() for lang in LANGS for row in _rows(lang, "check4")]
    assert len(texts) == len(set(texts))


def _benchmark(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_module(monkeypatch, "analysis_accuracy")


def test_benchmark_check_option_prints_one_line_of_totals_per_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder of its own with one made-up review, so this test never scores the real check set.
    made_up = {
        "id": "en-check-901",
        "platform": "google",
        "rating": 3,
        "text": "Lovely dentist, but the receptionist was rude to me.",
        "overall": "mixed",
        "aspects": {"doctor": "positive", "reception": "negative"},
    }
    (tmp_path / "aspects_en_check.jsonl").write_text(json.dumps(made_up) + "\n", encoding="utf-8")
    second = {**made_up, "id": "en-check2-001", "overall": "positive", "aspects": {}}
    (tmp_path / "aspects_en_check2.jsonl").write_text(json.dumps(second) + "\n", encoding="utf-8")
    # A third set of one negative review, blaming the wait only.
    third = {
        **made_up,
        "id": "en-check3-001",
        "text": "Waited an hour past my slot.",
        "overall": "negative",
        "aspects": {"waiting": "negative"},
    }
    (tmp_path / "aspects_en_check3.jsonl").write_text(json.dumps(third) + "\n", encoding="utf-8")
    # A fourth set of one positive review with a note, which the benchmark leaves alone.
    fourth = {
        **made_up,
        "id": "zh-check4-001",
        "text": "护士很温柔。",
        "overall": "positive",
        "aspects": {"nurse": "positive"},
        "note": "made up for this test",
    }
    (tmp_path / "aspects_zh_check4.jsonl").write_text(
        json.dumps(fourth, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (tmp_path / "aspects_en_tune.jsonl").write_text(json.dumps(made_up) + "\n", encoding="utf-8")
    benchmark = _benchmark(monkeypatch)
    monkeypatch.setattr(benchmark, "ASPECT_SETS", tmp_path)

    assert benchmark.main(["--check"]) == 0

    out = capsys.readouterr().out
    first, _, rest = out.partition("second aspect check set")
    rest, _, last = rest.partition("third aspect check set")
    last, _, fourth_out = last.partition("fourth aspect check set")
    assert re.search(
        r"en check rows=1 aspect F1=\d\.\d{3}  mixed recall=\d\.\d\d/\d\.\d\d \(of 1\)"
        r"  overall=\d\.\d{3}/\d\.\d{3}  aspects missed/wrong polarity/extra=0/0/0",
        first,
    )
    assert "pl check: no aspects_pl_check.jsonl" in first
    assert re.search(
        r"check, all languages, labelled aspects not found: (doctor 0/1, reception 0/1"
        r"|reception 0/1, doctor 0/1)\n",
        first,
    )
    assert "check2" not in first
    assert re.search(
        r"en check2 rows=1 aspect F1=\d\.\d{3}  mixed recall=\d\.\d\d/\d\.\d\d \(of 0\)"
        r"  overall=\d\.\d{3}/\d\.\d{3}  aspects missed/wrong polarity/extra=0/0/2",
        rest,
    )
    assert "pl check2: no aspects_pl_check2.jsonl" in rest
    assert "labelled aspects not found" not in rest  # the second has no labelled aspect
    assert "en check " not in rest
    assert "check3" not in rest
    assert re.search(
        r"en check3 rows=1 aspect F1=\d\.\d{3}  mixed recall=\d\.\d\d/\d\.\d\d \(of 0\)"
        r"  overall=\d\.\d{3}/\d\.\d{3}  aspects missed/wrong polarity/extra=[01]/[01]/\d",
        last,
    )
    assert "pl check3: no aspects_pl_check3.jsonl" in last
    assert re.search(r"check3, all languages, labelled aspects not found: waiting [01]/1\n", last)
    assert "en check " not in last and "en check2 " not in last
    assert "check4" not in last
    assert fourth_out.startswith(", held out (issue 19, 2026-12-04, branch blinda) (totals only")
    assert re.search(
        r"zh check4 rows=1 aspect F1=\d\.\d{3}  mixed recall=\d\.\d\d/\d\.\d\d \(of 0\)"
        r"  overall=\d\.\d{3}/\d\.\d{3}  aspects missed/wrong polarity/extra=[01]/[01]/\d",
        fourth_out,
    )
    assert "en check4: no aspects_en_check4.jsonl" in fourth_out
    not_found = r"check4, all languages, labelled aspects not found: nurse [01]/1\n"
    assert re.search(not_found, fourth_out)
    assert "check3 " not in fourth_out
    assert "tune" not in out
    assert "throughput" not in out
    assert made_up["id"] not in out
    assert second["id"] not in out
    assert third["id"] not in out
    assert fourth["id"] not in out and str(fourth["text"]) not in out
    assert str(fourth["note"]) not in out
    assert str(third["text"]) not in out
    assert str(made_up["text"]) not in out


def test_benchmark_pools_the_fresh_probes_frozen_thirds_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A made-up probe of three English reviews in a folder of its own: the third row is its
    # frozen third; the fresh pool counts that row only, and only in English.
    rows = [
        {
            "id": f"en-38a-{n}",
            "platform": "google",
            "rating": 5,
            "text": text,
            "overall": "positive",
            "aspects": {"nurse": "positive"},
        }
        for n, text in enumerate(
            ["The nurse was lovely.", "Kind nurse, thank you.", "The nurse was so gentle."], 1
        )
    ]
    (tmp_path / "aspects_en_probe38a.jsonl").write_text(
        "\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8"
    )
    benchmark = _benchmark(monkeypatch)
    monkeypatch.setattr(benchmark, "ASPECT_SETS", tmp_path)

    benchmark.main(["--no-speed", "--no-learning", "--aspects-only"])

    out = capsys.readouterr().out
    _, _, fresh = out.partition("written before their writers read the reader")
    assert re.search(r"en pooled frozen aspect F1=1\.000 \(tp 1 fp 0 fn 0\)", fresh)
    assert not re.search(r"(ru|uk|pl|zh) pooled frozen", fresh)
