"""The [reading] stem patterns grouped by first letter (gspeed28): the same matches as one
look-behind before all the stems, and a pattern that starts with a letter, which the regex
engine scans for, where the stems have few first letters."""

from __future__ import annotations

import re
import tomllib

import pytest

from clinicrep.guidelines.clause_reading import _stems_pattern
from clinicrep.paths import resource

LANGUAGES = ["en", "ru", "uk", "pl"]
KINDS = ["care", "owned", "news", "files", "complaint", "register", "slot", "cared"]


def _one_look_behind(stems: list[str]) -> re.Pattern[str]:
    """The form before gspeed28: one look-behind, then every stem in order."""
    alternatives = sorted({s.casefold() for s in stems if s}, key=len, reverse=True)
    body = "|".join(
        re.escape(s[:-1]) + r"(?!\w)" if s.endswith("$") else re.escape(s) + r"[\w'’-]*"
        for s in alternatives
    )
    return re.compile(rf"(?<!\w)(?:{body})")


def _texts(stems: list[str]) -> list[str]:
    """Each stem at a word start, inside a word, after a hyphen and an apostrophe, at the
    text's start and end, with and without a word after it."""
    words = [s.rstrip("$").casefold() for s in stems if s.rstrip("$")]
    texts = [" ".join(words), "x".join(words), "-".join(words), "'".join(words)]
    texts += [w + "s, " + w for w in words[:40]] + [w for w in words[:40]]
    texts.append("Our records: " + ", ".join(w + "ing" for w in words) + ".")
    return texts


def _reading(language: str) -> dict[str, list[str]]:
    data = tomllib.loads(resource("guidelines", f"{language}.toml").read_bytes().decode("utf-8"))
    return data.get("reading", {})


@pytest.mark.parametrize("language", LANGUAGES)
def test_grouped_stems_find_what_one_look_behind_finds(language: str) -> None:
    table = _reading(language)
    compared = 0
    for kind in KINDS:
        stems = [str(s) for s in table.get(kind, [])]
        if not stems:
            continue
        grouped = _stems_pattern(stems, segmented=True)
        assert grouped is not None
        reference = _one_look_behind(stems)
        for text in _texts(stems):
            for start in (0, 1, 3):
                got = [(m.span(), m.group()) for m in grouped.finditer(text, start)]
                assert got == [(m.span(), m.group()) for m in reference.finditer(text, start)]
            assert bool(grouped.match(text)) == bool(reference.match(text))
        compared += 1
    assert compared >= 4


def test_few_first_letters_give_a_pattern_that_starts_with_one() -> None:
    # "file", "folder", "record$", "records": two first letters; the regex engine scans for
    # "f" and "r" instead of trying a look-behind at every place
    pattern = _stems_pattern(["file", "folder", "record$", "records"], segmented=True)
    assert pattern is not None
    assert re.match(r"\(\?:\w\(\?<!", pattern.pattern), pattern.pattern
    text = "Your file and folders, our record. Profile, records-keeping; re-record"
    assert [m.group() for m in pattern.finditer(text.casefold())] == [
        "file",
        "folders",
        "record",
        "records-keeping",
        "record",  # after a hyphen: a word start, as before
    ]
    # the word start is looked at after the first letter's place: never inside "profile"
    assert [m.start() for m in pattern.finditer("profile")] == []


def test_many_first_letters_keep_one_look_behind() -> None:
    stems = [c + "xyz" for c in "abcdefghij"]
    pattern = _stems_pattern(stems, segmented=True)
    assert pattern is not None
    assert pattern.pattern.startswith(r"(?<!\w)")
    assert [m.group() for m in pattern.finditer("axyz bxyzq cxyz'd zaxyz")] == [
        "axyz",
        "bxyzq",
        "cxyz'd",
    ]
