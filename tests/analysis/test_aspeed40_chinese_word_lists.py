"""The Chinese readings of a word list look for their words once in the clauses' texts together
(aspects._Clauses.written_any) and read nothing where none is written: where one is, each
reading still turns its clause as before."""

from __future__ import annotations

import pytest

from clinicrep.analysis.aspects import _chinese_clauses, _Clauses, read_aspects


def _opinions(text: str) -> list[tuple[str, str]]:
    return [(o.aspect.value, o.polarity.value) for o in read_aspects(text, "zh").opinions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MARKS_WITHHELD: what the top marks are withheld for is the complaint
        ("要不是前台，我肯定给五星", [("reception", "negative")]),
        # FEARED: a fear turned from is no complaint
        ("本来担心会很贵，结果比报价还便宜", [("price", "positive")]),
        # UNLIKE: the other person takes the other side
        (
            "张医生耐心又和气，不像前台那个小姑娘",
            [("doctor", "positive"), ("reception", "negative")],
        ),
        # SET_RIGHT_LATE: what came right only late is no praise
        ("同一颗牙来回补了三次，才终于不掉了", [("outcome", "negative")]),
        # WISH_FRAMES: a wish is the complaint it tells
        ("要是周末也开门就好了", [("scheduling", "negative")]),
    ],
)
def test_a_reading_whose_words_are_written_still_turns_its_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _opinions(text) == expected


def test_the_words_are_looked_for_in_each_clause_not_across_two() -> None:
    clauses = _Clauses.judged(_chinese_clauses("医生很好，就是有点贵。"))
    assert [c.text for c in clauses.items if c is not None] == ["医生很好", "就是有点贵"]
    assert clauses.written_any(("有点贵", "不像"))
    assert not clauses.written_any(("不像", "要不是"))
    # the end of one clause and the start of the next are not one word
    assert not clauses.written_any(("很好就是",))


def test_a_text_without_the_words_reads_as_plain_praise_and_blame() -> None:
    assert _opinions("医生很好，就是有点贵。") == [("doctor", "positive"), ("price", "negative")]
