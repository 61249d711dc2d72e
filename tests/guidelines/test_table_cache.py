"""The guard's phrase tables are kept on disk between starts, so the first reply check of the
day does not wait while they are worked out again; a table file that is damaged, foreign or
writable by others is never used: the table is worked out again and the file rewritten."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.guidelines import engine, rulepack, table_cache
from clinicrep.guidelines.engine import TableSources, lowered, table_sources

DATA = Path(__file__).parent / "data"


def _replies(language: str) -> list[str]:
    replies = []
    for name in ("own_ru_uk_round9_classes.jsonl", "own_ru_uk_pl_classes.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if case["lang"] == language:
                replies.append(case["reply"])
    return replies


def _matches(pack: rulepack.LanguagePack, text: str) -> list[tuple[str, int, int]]:
    return [(kind, m.start(), m.end()) for kind, m in pack.facts.finditer(text, lowered(text))]


def _folder() -> Path:
    return paths.cache_dir() / table_cache.FOLDER


def test_a_second_start_reads_the_russian_tables_and_finds_the_same(monkeypatch):
    """The second start of the program (the same rules, the same program) reads the Russian
    table instead of reading every pattern's beginnings again, and it finds exactly what the
    table worked out from the rules finds, in every Russian reply of the labelled sets."""
    fresh = rulepack.language_pack.__wrapped__("ru")  # the first start: worked out, stored
    assert [p.name.split("-")[1] for p in _folder().glob("facts-*.json")] == ["ru"]

    def worked_out_again(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the table was worked out again")

    monkeypatch.setattr(engine, "_keys_of", worked_out_again)
    again = rulepack.language_pack.__wrapped__("ru")  # the next start: read from the cache
    replies = _replies("ru")
    assert len(replies) > 100
    found = 0
    for reply in replies:
        assert _matches(again, reply) == _matches(fresh, reply), reply
        found += bool(_matches(fresh, reply))
    assert found > 50  # the table finds things: the comparison means something


CATEGORIES = {"dates": ["monday", r"tuesday\w*", "on the \\d+(?:st|nd|th)"], "care": ["visit"]}
RULES = b"[guard]\ndates = ['monday']\n"


def _cached(build_count: list[int], rules: bytes = RULES) -> TableSources:
    def build() -> TableSources:
        build_count.append(1)
        return table_sources(CATEGORIES, anchored=True)

    return table_cache.cached_sources("facts-test", rules, CATEGORIES, anchored=True, build=build)


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xffnot a table")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _not_an_object(path: Path) -> None:
    path.write_text("[1, 2, 3]", encoding="utf-8")


def _another_program(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["key"] = "0" * 64
    path.write_text(json.dumps(document), encoding="utf-8")


def _pattern_changed(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["patterns"][0] = "(?P<dates>.)"  # would find a date everywhere
    path.write_text(json.dumps(document), encoding="utf-8")


def _forged_with_its_checksum(path: Path) -> None:
    """Someone who knows the format: the checksum matches, the index points nowhere."""
    document = json.loads(path.read_text(encoding="utf-8"))
    document["levels"][1] = {"mo": 999}
    payload = {k: document[k] for k in ("patterns", "levels", "longest", "loose", "generic")}
    payload["caseless"] = document["caseless"]
    document["checksum"] = table_cache._checksum(payload)
    path.write_text(json.dumps(document), encoding="utf-8")


def _a_bool_for_a_number(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["longest"] = True
    payload = {k: document[k] for k in ("patterns", "levels", "longest", "loose", "generic")}
    payload["caseless"] = document["caseless"]
    document["checksum"] = table_cache._checksum(payload)
    path.write_text(json.dumps(document), encoding="utf-8")


def _writable_by_others(path: Path) -> None:
    path.chmod(0o666)


@pytest.mark.parametrize(
    "damage",
    [
        _garbage,
        _truncated,
        _not_an_object,
        _another_program,
        _pattern_changed,
        _forged_with_its_checksum,
        _a_bool_for_a_number,
        _writable_by_others,
    ],
)
def test_a_bad_table_file_is_not_used_but_worked_out_again_and_rewritten(
    damage: Callable[[Path], None],
) -> None:
    built: list[int] = []
    good = _cached(built)
    assert built == [1]
    [path] = _folder().glob("facts-test-*.json")
    assert path.stat().st_mode & 0o077 == 0  # the owner's only
    assert _cached(built) == good and built == [1]  # read, not built

    damage(path)
    assert _cached(built) == good
    assert built == [1, 1]  # worked out again
    assert _cached(built) == good and built == [1, 1]  # and the file is good again
    assert path.stat().st_mode & 0o077 == 0


def test_changed_rules_get_a_new_table_and_the_old_file_goes():
    built: list[int] = []
    _cached(built)
    [old] = _folder().glob("facts-test-*.json")
    _cached(built, RULES + b"dates = ['tuesday']\n")  # a translator added a word
    assert built == [1, 1]
    [new] = _folder().glob("facts-test-*.json")
    assert new != old


def test_without_a_cache_folder_the_tables_are_worked_out_each_time(monkeypatch):
    def no_folder() -> Path:
        raise PermissionError("read-only home")

    monkeypatch.setattr(paths, "cache_dir", no_folder)
    built: list[int] = []
    assert _cached(built) == table_sources(CATEGORIES, anchored=True)
    assert built == [1]
