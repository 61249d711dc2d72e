"""Short English and Chinese replies, one per kind of leak or of harmless statement, written for
issue 16's classes (relationships, outcomes, rare terms, dates in words, names with titles,
rewards; privacy statements, general offers, corrections). Each of the thirty-three rounds was
measured before any rule was changed for it (bad replies blocked 45-93 %, good ones flagged
0-42 %); kept as a regression set for whoever tunes the engine or a language next."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

DATA = Path(__file__).parent / "data" / "own_en_zh_classes.jsonl"


def _items(language: str) -> list[dict[str, str]]:
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [i for i in items if i["lang"] == language]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_reply_of_the_class_sets_is_judged_as_labelled(language: str) -> None:
    items = _items(language)
    assert len(items) >= 200
    wrong = [
        (i["id"], i["reply"])
        for i in items
        if bool(find_confidentiality_problems(i["reply"], language=language))
        != (i["label"] == "block")
    ]
    assert wrong == []
