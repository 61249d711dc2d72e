"""The shortcuts over a review's whole text (counting an ASCII opening's capitals, looking for
a digit) say exactly what the regular expressions they stand for say."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clinicrep.analysis import aspects, triage
from clinicrep.analysis.lexicon import holds_any

TEXT = "aBcDEFGHIJKLMxyz 09_!.,'ÀĄЖжé！"


def shouting_by_expressions(text: str) -> bool:
    """triage._is_shouting as its classes of letters define it, one match per letter."""
    if "!!!" in text or "！！！" in text:
        return True
    opening = text[: triage._SHOUT_SAMPLE]
    capitals = len(triage._UPPER.findall(opening))
    letters = len(triage._LETTER.findall(opening))
    return capitals >= 8 and letters >= 12 and capitals > 0.6 * letters


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=TEXT, max_size=40),
    st.integers(0, 520),
    st.sampled_from(["A", "a", " ", "AB c"]),
    st.booleans(),
)
def test_a_shouting_review_is_told_as_its_letters_count_it(
    drawn: str, filler: int, piece: str, ascii_only: bool
) -> None:
    text = (piece * filler)[:filler] + drawn
    if ascii_only:
        text = text.encode("ascii", "ignore").decode("ascii")
    assert triage._is_shouting(text) == shouting_by_expressions(text)


def test_an_opening_in_capitals_is_shouting_and_a_capitalised_story_is_not() -> None:
    assert triage._is_shouting("THE DOCTOR NEVER CALLED BACK, DISGRACEFUL service")
    assert not triage._is_shouting("The Doctor at St Mary's Called Me Back. " * 20)
    assert not triage._is_shouting("AAAAAAA")  # too few letters to tell


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab09²½五 _.,!?'’\n\t…—🙂😡", max_size=30))
def test_the_marks_a_text_ends_with_are_those_the_expression_strips(text: str) -> None:
    assert aspects._without_end_marks(text) == aspects._END_MARKS.sub("", text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab09 .,五٣０²½" + "x" * 5, max_size=30))
def test_a_text_has_a_digit_where_the_expression_finds_one(text: str) -> None:
    assert aspects._has_digit(text) == (aspects._DIGIT.search(text) is not None)


def test_a_text_holds_any_of_a_few_characters_wherever_one_stands() -> None:
    assert holds_any("lekarz 😡", ("😡", ":"))
    assert holds_any("9", tuple("0123456789"))
    assert holds_any("a:b", ("❤", ":"))
    assert not holds_any("lekarz był miły", ("😡", ":", "❤"))
    assert not holds_any("anything", ())
