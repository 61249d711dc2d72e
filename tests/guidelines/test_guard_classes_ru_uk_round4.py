"""Short Russian and Ukrainian replies written in issue 16's fourth round, one per kind of leak
or of harmless statement: a member of staff who tells or remembers something of the reviewer
("Анна Викторовна рассказывает, что вы ..."), their chair or couch with the reviewer in it,
privacy statements with staff in the third person ("диагнозы по телефону врачи не
обсуждают"), offers of a time, and the later rounds listed in data/README.md. Each round was
measured before any rule was changed for it (figures in resources/guidelines/README.md); kept
as a regression set for whoever tunes these languages or the engine next."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

DATA = Path(__file__).parent / "data" / "own_ru_uk_round4_classes.jsonl"


def _items(language: str) -> list[dict[str, str]]:
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [i for i in items if i["lang"] == language]


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_reply_of_the_fourth_rounds_is_judged_as_labelled(language: str) -> None:
    items = _items(language)
    assert len(items) >= 30
    assert {i["label"] for i in items} == {"block", "pass"}
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
