"""Where WordFamilies' words start and end (gspeed29): summed from one split a piece, not read
from a match object a word; the places must be those ``WORD.finditer`` gives, in long pasted
texts cut into pieces too."""

from __future__ import annotations

from clinicrep.guidelines.engine import PIECE, WORD, WordFamilies, words_and_bounds
from clinicrep.guidelines.languages import morphology


def _spans(text: str) -> list[tuple[int, int]]:
    words, bounds = words_and_bounds(text)
    assert len(bounds) == 2 * len(words)
    spans = [(bounds[2 * n], bounds[2 * n + 1]) for n in range(len(words))]
    assert [text[s:e] for s, e in spans] == words
    return spans


def test_word_places_are_those_of_finditer() -> None:
    for text in (
        "",
        "   ",
        "x-ray",
        "It's the x-ray's day: 3 teeth, п'ять зубів, l’été; 2024-05-01 a_b, -dash- 'quoted'",
        "拔牙后HPV复查，下次 复诊 OK",
        "\u00a0Tab\there\nnew line, end.",
        "123 456",
    ):
        assert _spans(text) == [m.span() for m in WORD.finditer(text)], text


def test_word_places_in_a_pasted_text_of_several_pieces() -> None:
    text = "Our nurse took blood, 2 tubes; see you soon! " * (3 * PIECE // 45)
    assert len(text) > 2 * PIECE
    assert _spans(text) == [m.span() for m in WORD.finditer(text)]


def test_a_term_in_the_second_piece_of_a_paste_is_found_where_it_is() -> None:
    families = WordFamilies(morphology("en"), {"health": ["root canal", "filling"]})
    filler = "Thanks for the kind words, we hope to see you again. " * (PIECE // 40)
    text = filler + "Your root canals went well and the filling held. " + filler
    found = [(h.start, h.end, h.kind) for h in families.find(text)]
    at = len(filler)
    assert found == [
        (at + 5, at + 5 + len("root canals"), "health"),
        (text.index("filling"), text.index("filling") + len("filling"), "health"),
    ]
