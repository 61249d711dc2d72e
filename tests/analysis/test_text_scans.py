"""The shortcuts over a review's whole text (counting an ASCII opening's capitals, looking for
a digit) say exactly what the regular expressions they stand for say."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
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


def test_a_review_that_names_its_doctor_has_its_words_looked_up_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The five English lexicons look a review's words up together (lexicon.read_together):
    the whole text once, and a sentence that names a doctor (for the named praise) once more;
    the urgency's alarms, read before that sentence, find the whole text's words still there."""
    from clinicrep.analysis import lexicon
    from clinicrep.analysis.pipeline import analyse_review
    from clinicrep.model import Review

    looked_up: list[int] = []
    real = lexicon.itemgetter

    def counted(*keys: str):  # type: ignore[no-untyped-def]
        looked_up.append(len(keys))
        return real(*keys)

    text = (
        "We waited forty minutes past the booked time in a crowded corridor today. "
        "Dr Okafor was wonderful and explained the scan results to my mother very patiently."
    )
    # every English lexicon loaded (each joins the shared look-up when first read)
    analyse_review(Review(1, "first", datetime(2026, 11, 1, tzinfo=UTC), text="Dr Lee. Good."))
    monkeypatch.setattr(lexicon, "itemgetter", counted)
    review = Review(1, "named-doctor", datetime(2026, 11, 1, tzinfo=UTC), text=text)
    analysis = analyse_review(review)
    assert "named_praise" in [t.value for t in analysis.topics]
    assert len(looked_up) == 2  # the whole text, then the sentence that names Dr Okafor


def body_changed_by_sentences(hits: list, tokens: tuple[str, ...]) -> bool:
    """topics._body_changed as its definition reads: some sentence holds both a body hit (a
    body part or an ailment) and a change hit (a change or a relief), sentence by sentence."""
    sentence, of_token = 0, []
    for token in tokens:
        sentence += token == "."  # (a mark itself counts with the sentence after it)
        of_token.append(sentence)
    bodies = {of_token[h.start] for h in hits if h.section in ("body", "ailments")}
    changes = {of_token[h.start] for h in hits if h.section in ("change", "relief")}
    return bool(bodies & changes)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["knee", "cracked", ".", "the", "faded"]), min_size=1, max_size=14),
    st.lists(
        st.tuples(
            st.integers(0, 13),
            st.sampled_from(["body", "ailments", "change", "relief", "not_an_aspect"]),
        ),
        max_size=5,
    ),
)
def test_the_body_told_changed_is_found_as_sentence_by_sentence(
    words: list[str], drawn: list[tuple[int, str]]
) -> None:
    """The shortcuts of topics._body_changed (fewer than two hits, or no body or no change
    among them: the sentences' ends are not found) say what the sentences say."""
    from clinicrep.analysis import topics
    from clinicrep.analysis.lexicon import Match

    tokens = tuple(words)
    hits = [Match(at, 1, "term", "0", section) for at, section in drawn if at < len(tokens)]
    expected = body_changed_by_sentences(hits, tokens)
    assert topics._body_changed(hits, " ".join(tokens), tokens, "en") is expected
