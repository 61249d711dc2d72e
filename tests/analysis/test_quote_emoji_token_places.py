"""Each scare quote and each emoji of a text is placed among the text's tokens (the scare-quote
and emoji readings of aspects.py) by ``tokens_before``: one table of where tokenize's tokens
begin, not a tokenizing of the whole text before each one. The place must be the one the old
way gave, ``len(tokenize(text[:at]))``, at every quote and emoji of every labelled text and of
texts written to trip it: an emoji inside a run of sentence marks ("Nice!! 👍👍 Doctor", an
emoji before a capital that ends its sentence with no stop), a title before a quote or an
emoji, right-to-left script, NUL, "İ" whose lower case is longer."""

import json
import random
import re
from pathlib import Path

from clinicrep.analysis.aspects import _SCARE_QUOTED
from clinicrep.analysis.lexicon import _AN_EMOJI, matcher, tokenize, tokens_before

DATA = Path(__file__).parent / "data"
# the aspect sets never read (blind): aspects_*_check, *_check3, *_check4
_BLIND = re.compile(r"_check[34]?\.jsonl$")

HOSTILE = [
    "Nice!! 👍👍 Doctor 'friendly' 😡 Reception was 'helpful' 🙃",
    "Nice 👍 Doctor 👎 reception\n🙂 Wait 'short'",
    "👍 Dr. 'Lin' 🙂 Dr. Weiss 😡. 'meh' Dr.🙂 Mr. 'x' :) ok :-( Fine",
    "Врач 👍👍 Очередь 👎👎 «вежливая» регистратура 🙃 Сам лор нормальний",
    "Hi \n🙂 Doc ?! 🙂 🙂 Ok; 😡\ufe0f Bad ✅\ufe0f 'good'",
    "موعد 'x' 🙂 שלום 😡 Ab \u200f 'y'",
    "nul\x00 'a' 🙂\x00 Bb\x00\x00 😡",
    "İstanbul 'nice' 🙂 İİ 😡 Ab",
    "医生👍 前台👎 'ok' 护士🙂。Good ❤️ Nurse ⭐ 5",
    "don’t 'rock'n'roll' ‘quoted’ abc'x' 'a b' 'c-d' 🙂",
    "prof. 'Иванов' 🙂 Д-р Петров 😡 лік. «Коваль» 👍 Lek. med. 'Nowak' 🙂",
]


def _offsets(text: str) -> list[int]:
    """Where the readings place things: each scare quote, each emoji or emoticon of the emoji
    lexicon, and each emoji of tokenize's sentence ends (wider: every one in a run)."""
    found = {q.start() for q in _SCARE_QUOTED.finditer(text)}
    found.update(m.start for m in matcher("sentiment_emoji", "words").find_chars(text))
    found.update(m.start() for m in _AN_EMOJI.finditer(text))
    return sorted(found)


def _texts() -> list[str]:
    texts = list(HOSTILE)
    for path in sorted(DATA.glob("*.jsonl")):
        if _BLIND.search(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text", "")
                if _offsets(text):
                    texts.append(text)
    return texts


def test_labelled_texts_with_quotes_or_emoji_are_read() -> None:
    assert len(_texts()) > len(HOSTILE) + 100


def test_each_quote_and_emoji_is_placed_as_tokenizing_the_text_before_it() -> None:
    for text in _texts():
        for pasted in (text, " ".join([text] * 3)):  # and far from the start
            position = tokens_before(pasted)
            for at in _offsets(pasted):
                assert position(at) == len(tokenize(pasted[:at])), (pasted, at)


def test_an_emoji_inside_a_run_of_marks_is_placed_before_its_mark() -> None:
    # "Nice 👍 Doctor": the emoji and the space before it end the sentence, but the text
    # before the emoji holds no mark ("nice" only); "Nice!! 👍 Doctor": it holds the stops
    position = tokens_before("Nice 👍 Doctor")
    assert position(5) == 1 == len(tokenize("Nice "))
    position = tokens_before("Nice!! 👍👍 Doctor")
    assert position(7) == position(8) == 2 == len(tokenize("Nice!! 👍"))


# pieces of hostile texts, strung together at random (a fixed seed: the same texts each run)
_PIECES = [
    *"aBжЖİΣς9:.!…\n ,'’_?;—。\x00\u200f\ufe0f\"«»„“”‘‹›",
    *["  ", "🙂", "😡", "👍", "👎", "✅", "❤️", "⭐", ":)", ":-(", "موعد", "Dr", "dr.", "Dr. "],
    *["проф.", "Д-р", "Lin", "Ąb", "lek. med. ", "mrs", "don't", "x'y", "'meh'", "«так»"],
]


def test_strung_hostile_pieces_place_each_quote_and_emoji_as_before() -> None:
    rng = random.Random(27)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        position = tokens_before(text)
        for at in _offsets(text):
            assert position(at) == len(tokenize(text[:at])), (text, at)
