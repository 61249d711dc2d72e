"""A phrase set none of whose beginnings the reply holds is not scanned clause by clause
(gspeed30): ``PhraseSet.absent_from`` reads the whole text once with the set's gate, and every
clause's scan (``finditer_in``) then finds what the set's own pattern finds there: nothing, or,
where the text holds a beginning, the same matches as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinicrep.guidelines.engine import PhraseSet, lowered, split_text
from clinicrep.guidelines.rulepack import language_pack

DATA = Path(__file__).resolve().parent / "data"


def _tune_replies(language: str, count: int) -> list[str]:
    with (DATA / f"replies_{language}_tune.jsonl").open(encoding="utf-8") as f:
        replies = [json.loads(line)["reply"] for line in f]
    return replies[:: max(1, len(replies) // count)][:count]


def test_a_set_whose_beginnings_the_text_lacks_is_absent() -> None:
    advice = PhraseSet([r"we (?:would )?advise", r"please consult\s+\w+"], anchored=True)
    assert advice.absent_from("thank you for your kind words, tom.")
    assert not advice.absent_from("we advise everyone to book early.")
    # each text read for itself: the last one remembered is not the answer for another
    assert advice.absent_from("see you soon.")
    assert list(advice.finditer_in("See you soon.", "see you soon.", 0, 13)) == []
    text = "Thanks! We would advise a check-up. Please consult Dr Lee."
    low = lowered(text)
    assert low is not None
    assert [m.group() for m in advice.finditer_in(text, low, 8, len(text))] == [
        "we would advise",
        "please consult dr",
    ]


def test_a_set_that_can_start_anywhere_has_no_gate_and_is_never_absent() -> None:
    # an entry that can start with any letter: its beginnings are too many to gate
    anything = PhraseSet([r"\w+ly"], anchored=True)
    assert not anything.absent_from("nothing here but words")
    assert not anything.absent_from("...")


@pytest.mark.parametrize("language", ["en", "ru", "uk", "pl"])
def test_clause_scans_find_what_each_pattern_finds(language: str) -> None:
    pack = language_pack(language)
    compared = absent = 0
    for reply in _tune_replies(language, 40):
        low = lowered(reply)
        if low is None:
            continue
        _, clauses = split_text(reply, pack.clause_breaks, pack.abbreviations)
        for kind, phrases in pack.phrases.items():
            pattern = phrases.pattern
            if pattern is None or phrases._keyed is not False:
                continue  # read by its entries' beginnings (test_phrase_set_keyed.py)
            absent += phrases.absent_from(low)
            for start, end in clauses:
                expected = [m.span() for m in pattern.finditer(low, start, end)]
                found = [m.span() for m in phrases.finditer_in(reply, low, start, end)]
                assert found == expected, (kind, reply[start:end])
                compared += 1
    assert compared > 1000
    assert absent > 0  # some sets' beginnings are in none of the replies' text
