"""Round thirty-five (issue 19, branch asp35): the complaint said by ellipsis after praise.

A person or an aspect followed by a short verdict with no verb ("The doctor, not so much.",
"Врач — не очень.", "Lekarz już nie bardzo.", "Recepcja – średnio.") blames what it names: the
review is mixed, not praise. In Chinese a topic particle stands for the dash ("医生嘛，一般般").
Praise said the same way ("The doctor — a gem.", "Лікар — просто золото.", "医生嘛，没得说") and
the same words where they judge no term ("It didn't hurt, not really") read as before.

A person's manner denied by a measure beside praise of their knowledge ("knowledgeable but far
from friendly", "грамотный, но далеко не приветливый", "kompetentny, ale daleki od
uprzejmości") is a complaint of that person, as "knowledgeable but rude" is: the chip is the
complaint's, not the praise's (a review gives an aspect one polarity; the sum of the two).

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"
DOC, NURSE, REC, WAIT, FAC = "doctor", "nurse", "reception", "waiting", "facilities"

ELLIPTIC = [
    ("Nice nurses. The doctor, not so much.", "en", {(NURSE, POS), (DOC, NEG)}),
    ("Great hygienist; the dentist — not really.", "en", {(NURSE, POS), (DOC, NEG)}),
    ("Quick to book me in. The wait, not so much.", "en", {(WAIT, NEG)}),
    ("Медсёстры хорошие. Врач — не очень.", "ru", {(NURSE, POS), (DOC, NEG)}),
    ("Ремонт свежий, чисто. Администраторы — не особо.", "ru", {(FAC, POS), (REC, NEG)}),
    ("Медсестри привітні. Лікар — не дуже.", "uk", {(NURSE, POS), (DOC, NEG)}),
    ("Хірург чудовий. Медсестра, на жаль, не дуже.", "uk", {(DOC, POS), (NURSE, NEG)}),
    ("Pielęgniarki miłe. Lekarz już nie bardzo.", "pl", {(NURSE, POS), (DOC, NEG)}),
    ("Lekarz świetny, recepcja taka sobie.", "pl", {(DOC, POS), (REC, NEG)}),
    ("护士很好，医生嘛，一般般。", "zh", {(NURSE, POS), (DOC, NEG)}),
    ("医生很耐心，前台呢，马马虎虎。", "zh", {(DOC, POS), (REC, NEG)}),
    # the verdict a sentence of its own after a sentence that only names
    ("Friendly nurses. The doctor? Meh.", "en", {(NURSE, POS), (DOC, NEG)}),
    ("Rejestracja miła. Lekarz? Nie bardzo.", "pl", {(REC, POS), (DOC, NEG)}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ELLIPTIC)
def test_an_elliptic_verdict_after_praise_blames_and_the_review_is_mixed(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    # the chips the review pane shows: the short verdict blames the person or aspect before it,
    # and no chip praises what it blames
    chips = read(text, lang)
    assert expected <= chips
    assert not any((aspect, POS) in chips for aspect, pol in expected if pol == NEG)
    assert verdict(text, lang) == "mixed"


STAYS = [
    # praise said the same way stays praise
    ("The doctor — an absolute gem.", "en", {(DOC, POS)}, "positive"),
    ("Лікар — просто золото.", "uk", {(DOC, POS)}, "positive"),
    ("Врач — просто золото, всё объяснила.", "ru", {(DOC, POS)}, "positive"),
    ("医生嘛，没得说。", "zh", {(DOC, POS)}, "positive"),
    # the same words where the words before them judge, or name nothing, or go on
    ("The nurse was lovely. It didn't hurt, not really.", "en", {(NURSE, POS)}, "positive"),
    ("The doctor wasn't rude, not really, just in a hurry.", "en", None, None),
    ("Lekarz wszystko wyjaśnił, nie bardzo się bałam.", "pl", {("communication", POS)}, None),
    # an answer to a question told, after a sentence that says more than a name
    ("The nurse asked if it hurt. Not really.", "en", None, None),
]


@pytest.mark.parametrize(("text", "lang", "expected", "sentiment"), STAYS)
def test_praise_said_the_same_way_and_other_uses_read_as_before(
    text: str, lang: str, expected: set[tuple[str, str]] | None, sentiment: str | None
) -> None:
    chips = read(text, lang)
    if expected is not None:
        assert expected <= chips
    assert (DOC, NEG) not in chips
    assert (NURSE, NEG) not in chips
    if sentiment is not None:
        assert verdict(text, lang) == sentiment


MANNER_DENIED = [
    ("The doctor was knowledgeable but far from friendly.", "en"),
    ("Dr Patel is knowledgeable but far from friendly.", "en"),
    ("Врач грамотный, но далеко не приветливый.", "ru"),
    ("Лікар грамотний, але далеко не привітний.", "uk"),
    ("Lekarz kompetentny, ale daleki od uprzejmości.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), MANNER_DENIED)
def test_manner_denied_by_a_measure_blames_the_person_praised_for_knowledge(
    text: str, lang: str
) -> None:
    # read as "knowledgeable but rude" is: the doctor's chip is a complaint; "далеко" names no
    # long way to the practice
    chips = read(text, lang)
    assert (DOC, NEG) in chips
    assert (DOC, POS) not in chips
    assert ("access", NEG) not in chips
    assert verdict(text, lang) != "positive"


def test_manner_denied_of_a_person_named_beside_praise_of_another_is_mixed() -> None:
    text = "Knowledgeable but far from friendly. The nurses were lovely though."
    assert {(DOC, NEG), (NURSE, POS)} <= read(text, "en")
    assert verdict(text, "en") == "mixed"


@pytest.mark.parametrize("text", ["The doctor, not so much.", "The doctor. Not so much."])
def test_the_elliptic_complaint_alone_is_no_praise(text: str) -> None:
    # "not so much" denies ("much" alone read as praise): a review that is only the complaint
    # is negative, as its chip says
    assert (DOC, NEG) in read(text, "en")
    assert verdict(text, "en") == "negative"
