"""Short Russian, Ukrainian and Polish replies, one per kind of leak or of harmless statement,
written for issue 16's classes: a clinician who waits for the reviewer, a booking kept for
them, the same doctor again, a remark on someone's progress, outcomes, patient-only
instructions, samples and reactions, dates in words, relatives named with a patronymic,
rewards in any word order; and privacy statements, offers with a condition, announcements,
discounts for groups, corrections. Eleven rounds (four of them whole replies with the
reviewer's name and review), each measured before any rule was changed for it: bad replies
blocked 70-97 %, good ones flagged 0-15 %, per language and round. Kept as a regression set
for whoever tunes these languages or the engine next."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

DATA = Path(__file__).parent / "data" / "own_ru_uk_pl_classes.jsonl"


def _items(language: str) -> list[dict[str, str]]:
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [i for i in items if i["lang"] == language]


@pytest.mark.parametrize("language", ["ru", "uk", "pl"])
def test_every_reply_of_the_class_sets_is_judged_as_labelled(language: str) -> None:
    items = _items(language)
    assert len(items) >= 295
    wrong = [
        (i["id"], i["reply"])
        for i in items
        if bool(
            find_confidentiality_problems(
                i["reply"],
                language=language,
                review_text=i.get("review", ""),
                reviewer_name=i.get("reviewer", ""),
            )
        )
        != (i["label"] == "block")
    ]
    assert wrong == []
