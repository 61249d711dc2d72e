"""The analysis's word lists are kept on disk between processes, so an import's analysis
workers (and the program's first analysis) read them instead of building 175,000 terms again;
a file that is damaged, foreign or writable by others is never used: the list is built again
and the file rewritten."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.analysis import lexicon, parallel, sentiment, word_list_cache
from clinicrep.analysis.lexicon import Matcher
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review

TEXTS = {
    "ru": "Доктор не очень внимательно выслушал, ждать пришлось почти час, регистратура хамит.",
    "pl": "Byłam zawiedziona, lekarz był niemiły i zle mnie potraktowal, nie polecam.",
    "en": "Rude receptionist, nobody called me back, but the nurse was lovely.",
    "zh": "医生很耐心，服务很好，就是排队时间有点长。",
}


def _folder() -> Path:
    return paths.cache_dir() / word_list_cache.FOLDER


def _tables(m: Matcher) -> tuple[object, ...]:
    return (*m.tables(), m.min_stem, m.max_stem, m.max_chars, m.initials)


def _no_adding(monkeypatch: pytest.MonkeyPatch) -> None:
    def added(*_args: object) -> None:
        raise AssertionError("the word list was built again")

    monkeypatch.setattr(Matcher, "add", added)
    monkeypatch.setattr(lexicon, "parse_lexicon", added)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_second_process_reads_the_word_lists_and_finds_the_same(lang, monkeypatch):
    """The first process builds each lexicon's matcher and stores it; the next (the same
    lexicons, the same program) reads it without parsing or adding a term, and the tables
    and what they find in a review are exactly the built ones'."""
    name = f"aspects_{lang}"
    built_sections = lexicon.load_sections.__wrapped__(name)
    built = lexicon.matcher.__wrapped__(name)
    assert {p.name.split("-")[1] for p in _folder().glob("*.json")} == {name}
    _no_adding(monkeypatch)
    assert lexicon.load_sections.__wrapped__(name) == built_sections
    read = lexicon.matcher.__wrapped__(name)
    assert _tables(read) == _tables(built)
    assert list(read.exact) == list(built.exact)  # the same order: the same longest first
    text = TEXTS[lang]
    if lang == "zh":
        assert read.find_chars(text) == built.find_chars(text) != []
    else:
        tokens = lexicon.tokenize(text)
        assert read.find(tokens) == built.find(tokens) != []


def test_the_polish_sentiment_list_with_its_added_spellings_is_read_too(monkeypatch):
    """Polish sentiment adds 100,000 spellings (without diacritics, negated, split) to its
    lexicon: half a second of a worker's start; the next process reads them all."""
    monkeypatch.setattr(sentiment, "read_together", lambda _group, m: m)
    built = sentiment._sentiment_matcher.__wrapped__("pl")
    assert any(p.name.startswith("sentiment-pl-") for p in _folder().glob("*.json"))
    _no_adding(monkeypatch)
    read = sentiment._sentiment_matcher.__wrapped__("pl")
    assert _tables(read) == _tables(built)
    tokens = lexicon.tokenize(TEXTS["pl"])
    assert read.find(tokens) == built.find(tokens) != []


# The file tests below build, read, damage and rebuild one word list several times each: the
# English topics (216 whole terms, 43 stems) are kept and checked exactly as the English aspects
# are (1,540 terms: a second of CPU a build, four or five builds a test), in a fiftieth of the time
NAME = "topics_en"


def _matcher(calls: list[int]) -> Matcher:
    add = Matcher.add

    def counted(self: Matcher, *args: str) -> None:
        calls.append(1)
        add(self, *args)

    Matcher.add = counted  # type: ignore[method-assign]
    try:
        return lexicon.matcher.__wrapped__(NAME)
    finally:
        Matcher.add = add  # type: ignore[method-assign]


def _path() -> Path:
    [path] = _folder().glob(f"matcher-{NAME}-*.json")
    return path


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff not json")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-1000])


def _another_program(path: Path) -> None:
    header, _, body = path.read_bytes().partition(b"\n")
    document = json.loads(header)
    document["key"] = "0" * 64
    path.write_bytes(json.dumps(document).encode() + b"\n" + body)


def _forged_with_its_checksum(path: Path) -> None:
    """A term made a number, and the checksum made to match: the types are checked too."""
    _forged(path, lambda stored: [7 if i == 1 else x for i, x in enumerate(stored.split("\x85"))])


def _forged_with_an_entry_cut_short(path: Path) -> None:
    """A first word's stored entries one string short (the checksum made to match)."""
    _forged(path, lambda stored: stored.rpartition("\x85")[0])


def _forged(path: Path, forge: Callable[[str], object]) -> None:
    import hashlib

    header, _, body = path.read_bytes().partition(b"\n")
    payload = json.loads(body)
    first = next(iter(payload["exact"]))
    payload["exact"][first] = forge(payload["exact"][first])
    body = json.dumps(payload).encode()
    document = json.loads(header)
    document["checksum"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(document).encode() + b"\n" + body)


def _writable_by_others(path: Path) -> None:
    path.chmod(0o666)


@pytest.mark.parametrize(
    "damage", [_garbage, _truncated, _another_program, _forged_with_its_checksum,
               _forged_with_an_entry_cut_short, _writable_by_others]
)  # fmt: skip
def test_a_bad_word_list_file_is_not_used_but_built_again_and_rewritten(
    damage: Callable[[Path], None],
) -> None:
    calls: list[int] = []
    good = _tables(_matcher(calls))
    assert calls  # built
    assert _path().stat().st_mode & 0o077 == 0  # the owner's only
    calls.clear()
    assert _tables(_matcher(calls)) == good and not calls  # read, not built

    damage(_path())
    assert _tables(_matcher(calls)) == good
    assert calls  # built again
    calls.clear()
    assert _tables(_matcher(calls)) == good and not calls  # and the file is good again
    assert _path().stat().st_mode & 0o077 == 0


def test_an_edited_lexicon_gets_a_new_file_and_the_old_one_goes(monkeypatch):
    calls: list[int] = []
    _matcher(calls)
    old = _path()
    source = lexicon.source_of(NAME)
    assert source is not None
    edited = source + b"\n[staff]\nthe new receptionist\n"  # a translator added a phrase
    monkeypatch.setattr(lexicon, "source_of", lambda name: edited if name == NAME else None)
    # a new process: its lexicons not read yet
    monkeypatch.setattr(
        lexicon, "load_sections", functools.cache(lexicon.load_sections.__wrapped__)
    )
    calls.clear()
    m = _matcher(calls)
    assert calls  # built again, not read from the old lexicon's file
    assert any(e.term == "the new receptionist" for e in m.tables()[0]["the"])
    assert _path() != old and not old.exists()


def test_without_a_cache_folder_the_word_lists_are_built_each_time(monkeypatch):
    def no_folder() -> Path:
        raise PermissionError("read-only home")

    monkeypatch.setattr(paths, "cache_dir", no_folder)
    calls: list[int] = []
    first = _tables(_matcher(calls))
    assert calls
    calls.clear()
    assert _tables(_matcher(calls)) == first and calls


def test_an_imports_workers_keep_the_word_lists_in_the_programs_cache_folder(tmp_path):
    """The analysis workers are spawned, so a data folder the program was given is not in
    their environment: they keep their word lists where the importing process keeps its own
    (and not in the user's real cache folder), and a later import's workers read them."""
    paths.set_data_dir(tmp_path / "moved")  # as --data-dir does: the environment not changed
    reviews = [
        Review(source_id=1, external_id=str(i), created_at=datetime.now(UTC), text=text, rating=3)
        for i, text in enumerate(TEXTS.values())
    ]
    with parallel.AnalysisPool(analyse_review, parallel.PARALLEL_FROM, workers=2) as pool:
        first = pool.analyse_all(reviews, lambda _review: "")
    kept = sorted(p.name for p in _folder().glob("*.json"))
    assert str(_folder()).startswith(str(tmp_path / "moved"))
    assert any(name.startswith("matcher-aspects_ru-") for name in kept)
    assert any(name.startswith("sentiment-pl-") for name in kept)
    with parallel.AnalysisPool(analyse_review, parallel.PARALLEL_FROM, workers=2) as pool:
        again = pool.analyse_all(reviews, lambda _review: "")
    assert again == first and all(first)
    assert sorted(p.name for p in _folder().glob("*.json")) == kept  # read, none rewritten
