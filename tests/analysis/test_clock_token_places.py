"""Each clock time of a text is placed among the text's tokens (the late-clock and booked-hour
readings of aspects.py) by ``tokens_before``: one table of where tokenize's tokens begin, not a
tokenizing of the whole text before each time (a paste of many times grew quadratically).
The place must be the one the old way gave, ``len(tokenize(text[:at]))``, at every clock time
of every labelled text and of texts written to trip it (emoji before a capital, "Dr." before a
name or a time, right-to-left script, NUL, apostrophes, "İ" whose lower case is longer)."""

import json
import random
import re
from pathlib import Path

import pytest

from clinicrep.analysis.aspects import _CLOCK
from clinicrep.analysis.lexicon import _token_starts, tokenize, tokens_before

DATA = Path(__file__).parent / "data"
# the aspect sets never read (blind): aspects_*_check, *_check3, *_check4
_BLIND = re.compile(r"_check[34]?\.jsonl$")

HOSTILE = [
    "Arrived 9:00 🙃 Seen at 10:40, Dr. Lin 11:05 was fine 😡 Then 12:00.",
    "Booked Dr. 9:15, saw Dr. Weiss at 10:40!!! 🙂🙂 Nice 11:30",
    "proф. Иванов 9:00 … д-р Петров в 10:30; лік. Коваль о 11:15",
    "موعد 9:00 ثم 10:45 انتظرت \u200f 11:30 שלום 12:00",
    "nul\x00 9:00\x00then 10:40\x00\x00 11:00",
    "İstanbul 9:00 then 10:40 — İİ 11:15",
    "ΟΔΟΣ! 9:00 ΑΣ!Β 10:40",
    "don’t 9:00 rock'n'roll 10:40 abc'9:00 at9:30 l'11:00",
    "十点到，约的九点，11:00 才轮到 12:30",
    "...9:00...10:40!?;\n11:00\n\n12:00 ➀ Fine 13:00 ✅\ufe0f Next 14:00",
    "Dr.9:00 Mr. 10:00 mrs.Smith 11:00 Prof.\n12:00 lek. med. Nowak 13:00",
    "٣:٤٥ then ٤:٣٠ and 9:00",
]


def _texts() -> list[str]:
    texts = list(HOSTILE)
    for path in sorted(DATA.glob("aspects_*.jsonl")):
        if _BLIND.search(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text", "")
                if _CLOCK.search(text):
                    texts.append(text)
    return texts


def test_labelled_texts_with_clock_times_are_read() -> None:
    assert len(_texts()) > len(HOSTILE) + 50


@pytest.mark.parametrize("joined", [False, True])
def test_each_clock_time_is_placed_as_tokenizing_the_text_before_it(joined: bool) -> None:
    for text in _texts():
        if joined:  # a pasted document: many times, each far from the start
            text = " ".join([text] * 3)
        position = tokens_before(text)
        for found in _CLOCK.finditer(text):
            at = found.start()
            assert position(at) == len(tokenize(text[:at])), (text, at)


def test_the_table_is_the_texts_tokens() -> None:
    # the table, where it is built, has one start per token of tokenize, and is built for
    # (nearly) every labelled text; a text whose lower case is longer than itself ("İ"), or
    # whose title dots _TITLE_DOT does not find at its titles ("Dr  🙂."), is answered the
    # slow way
    built = 0
    for text in _texts():
        starts = _token_starts(text)
        if starts is not None:
            built += 1
            assert len(starts) == len(tokenize(text))
            assert starts == sorted(starts)
    assert built >= len(_texts()) - len(HOSTILE)
    assert _token_starts(HOSTILE[5]) is None
    assert _token_starts("Dr  🙂. 9:00 then 10:40 Dr. Lin") is None
    assert _token_starts(HOSTILE[0]) is not None


# pieces of hostile texts, strung together at random (a fixed seed: the same texts each run)
_PIECES = [
    *"aBжЖİΣς9:.!…\n ,'’_?;—。\x00\u200f\ufe0f➀",
    *["  ", "10:40", "9:00", "十点", "九点半", "🙂", "😡", "✅", "موعد", "Dr", "dr.", "Dr. "],
    *["проф.", "Д-р", "Lin", "Ąb", "٣:٤٥", "lek. med. ", "mrs", "don't", "x'y"],
]


def test_strung_hostile_pieces_place_each_clock_time_as_before() -> None:
    rng = random.Random(27)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        position = tokens_before(text)
        for found in _CLOCK.finditer(text):
            at = found.start()
            assert position(at) == len(tokenize(text[:at])), (text, at)
