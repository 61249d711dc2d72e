"""The word-list cache keeps a matcher's first word with all its entries, and a lexicon
section with all its pairs, as one string (the strings joined by NEL, which no lexicon line
holds): a worker reads a few thousand strings from JSON, not a million. A string that does hold
it (a term a reading added) is kept as the list of strings, and both read back the same."""

from __future__ import annotations

import json

from clinicrep.analysis import lexicon
from clinicrep.analysis.lexicon import Matcher


def _through_json(payload: object) -> object:
    return json.loads(json.dumps(payload, ensure_ascii=False))


def _tables(m: Matcher) -> tuple[object, ...]:
    return (*m.tables(), m.min_stem, m.max_stem, m.max_chars, m.initials)


def _matcher(*terms: tuple[str, str, str]) -> Matcher:
    m = Matcher()
    for term, value, section in terms:
        m.add(term, value, section)
    return m


def test_a_first_words_entries_are_kept_as_one_string_and_read_back_the_same():
    built = _matcher(
        ("rude receptionist", "-2", "staff"),
        ("rude", "-1", "words"),
        ("rud* staff at the desk", "-2", "staff"),
        ("waited an hour", "waiting", "waiting"),
    )
    payload = lexicon._matcher_payload(built)
    assert isinstance(payload, dict)
    assert (
        payload["exact"]["rude"]
        == "receptionist\x85rude receptionist\x85-2\x85staff\x85\x85rude\x85-1\x85words"
    )
    assert payload["longest"] == len("rud* staff at the desk")
    read = lexicon._matcher_rebuilt(_through_json(payload))
    assert read._unread is not None  # nothing made before a token asks
    tokens = lexicon.tokenize(
        "The rude receptionist, then rude staff at the desk: we waited an hour"
    )
    assert read.find(tokens) == built.find(tokens) != []
    assert _tables(read) == _tables(built)


def test_a_string_holding_the_separator_is_kept_as_a_list_and_read_back_the_same():
    built = _matcher(("odd\x85term here", "v\x85w", "words"), ("odd one", "1", "words"))
    payload = lexicon._matcher_payload(built)
    assert isinstance(payload, dict)
    assert payload["exact"]["odd"] == [
        "term here",
        "odd\x85term here",
        "v\x85w",
        "words",
        "one",
        "odd one",
        "1",
        "words",
    ]
    read = lexicon._matcher_rebuilt(_through_json(payload))
    assert _tables(read) == _tables(built)
    sections = {"words": [("odd", "v\x85w")], "staff": [("nurse", "staff"), ("doctor", "staff")]}
    stored = lexicon._sections_payload(sections)
    assert stored == {"words": ["odd", "v\x85w"], "staff": "nurse\x85staff\x85doctor\x85staff"}
    assert lexicon._sections_rebuilt(_through_json(stored)) == sections
