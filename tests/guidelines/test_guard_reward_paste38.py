"""A reward's refusal is read in 240 characters each side of it (``negated_reach``: the part
ends, then the negator); a reply of many rewards finds where those patterns can start once
(``match_places``) and reads each window only there (``found_in``, gspeed38, issue 16: a
pasted list of rewards spent most of its time in those windows). The windows must find
exactly what the patterns alone find, and a list's refusals must be read as before."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from clinicrep.guidelines import clause_reading
from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems
from clinicrep.guidelines.engine import lowered

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "ru", "uk", "pl", "zh")


def _replies(language: str) -> list[str]:
    with (DATA / f"replies_{language}_tune.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line)["reply"] for line in f][:120]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_window_read_at_the_places_a_match_can_start_finds_what_the_pattern_finds(
    language: str,
) -> None:
    data = clause_reading.reading(language)
    assert data is not None
    patterns: list[re.Pattern[str]] = [
        p for p in (data.negator, data.negator_back, data.reach_end) if p is not None
    ]
    assert patterns
    chosen = random.Random(38)
    read_at_places = 0
    for reply in _replies(language):
        low = lowered(reply)
        if low is None:
            continue
        for pattern in patterns:
            places = clause_reading.match_places(pattern, low)
            if places is None:
                continue
            read_at_places += 1
            for _ in range(12):
                start = chosen.randrange(len(low) + 1)
                end = chosen.randrange(start, len(low) + 1)
                read = clause_reading.found_in(pattern, low, start, end, {pattern: places}.get)
                assert [m.span() for m in pattern.finditer(low, start, end)] == [
                    m.span() for m in read
                ], (language, reply[start:end])
    assert read_at_places  # every language's negators have places to read


@pytest.mark.parametrize(
    ("language", "refusal", "offer"),
    [
        (
            "en",
            "We never offer a discount, voucher or gift for reviews. ",
            "Leave a review and get a discount voucher or a gift. ",
        ),
        ("zh", "我们从不提供好评返现或礼品。", "好评送优惠券礼品折扣，"),
    ],
)
def test_a_pasted_list_of_offered_rewards_is_flagged_and_the_refused_ones_before_are_not(
    language: str, refusal: str, offer: str
) -> None:
    paste = refusal + offer * 300
    found = find_confidentiality_problems(paste, review_text="", language=language)
    rewards = [f for f in found if f.code == FindingCode.REWARD]
    assert len(rewards) >= 300  # every offer of the paste is flagged
    assert all(f.start >= len(refusal) for f in rewards)  # the refusal before it is not
