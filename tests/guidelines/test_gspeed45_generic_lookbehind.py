"""Session 45 (gspeed45): a phrase table's whole-text entries read behind one look-behind.

A phrase table scans the entries whose beginnings cannot be told (its "generic" entries) over
the whole text. Each entry that starts at a word carries its own look-behind ("(?<!\\w)"), and
the regex engine tried every entry in turn at every place of the text. Where every entry of the
scan starts at a word the look-behind is put once before them all (``engine._generic_source``):
the same matches, of the same kinds, in the same order.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clinicrep.guidelines.engine import (
    PhraseTable,
    _generic_source,
    _grouped,
    lowered,
)
from clinicrep.guidelines.lexicon import LANGUAGES
from clinicrep.guidelines.rulepack import language_pack

_DATA = Path(__file__).parent / "data"


def _found(pattern: re.Pattern[str], low: str) -> list[tuple[str | None, int, int]]:
    return [(m.lastgroup, m.start(), m.end()) for m in pattern.finditer(low)]


def _tune_texts(language: str) -> list[str]:
    rows = [json.loads(line) for line in (_DATA / f"replies_{language}_tune.jsonl").open()]
    return [row[field] for row in rows for field in ("reply", "review")]


def test_one_look_behind_finds_what_each_entry_s_own_found():
    found = 0
    scanned = []
    for language in LANGUAGES:
        table = language_pack(language).facts
        entries = [(kind, entry) for kind, entry, _ in table._generic_entries or ()]
        if not entries:
            continue  # Chinese: its entries are read at their first characters
        scanned.append(language)
        one = re.compile(_generic_source(entries))
        each = re.compile(_grouped(entries))
        assert one.pattern != each.pattern  # every entry of these starts at a word
        texts = _tune_texts(language)
        joined = " ".join(texts)  # a long text: matches across what were two replies too
        for text in [*texts, joined]:
            low = lowered(text)
            if low is None:
                continue
            expected = _found(each, low)
            assert _found(one, low) == expected, (language, text[:200])
            found += len(expected)
    assert {"en", "ru", "uk", "pl"} <= set(scanned)
    assert found  # the tune texts hold matches of these entries


_CATEGORIES = {
    "confirms_patient": [r"\w+['’]s\s+(?:next|annual)\s+(?:check-?ups?|visits?)"],
    "dates": [r"\w+day\s+(?:morning|evening)", r"(?:[\w-]+\s+){0,2}on\s+call"],
}


@pytest.mark.parametrize(
    "text",
    [
        "Your son's next visit, Tuesday morning; we are on call.",
        "xTuesday morning",  # inside a word: "uesday morning" is no match
        "Anna's annual check-up (Monday evening), on call",
        "",
    ],
)
def test_a_table_with_the_look_behind_once_finds_what_it_found(text):
    table = PhraseTable(_CATEGORIES, anchored=True)
    assert table._generic is not None and table._generic.pattern.startswith(r"(?<!\w)(?:(?P<")
    entries = [(kind, entry) for kind, entry, _ in table._generic_entries or ()]
    low = lowered(text)
    assert low is not None
    each = re.compile(_grouped(entries))
    assert [(k, m.span()) for k, m in table.finditer(text, low)] == [
        (m.lastgroup, m.span()) for m in each.finditer(low)
    ]


def test_entries_not_all_at_a_word_keep_their_own_look_behinds():
    entries = [("dates", r"(?<!\w)(?:\w+day\s+morning)"), ("billing", r"\s+€\d+")]
    assert _generic_source(entries) == _grouped(entries)
    unclosed = [("dates", r"(?<!\w)(?:a)|(?:b)")]  # its group closes before its end
    assert _generic_source(unclosed) == _grouped(unclosed)
