"""Round twenty-four (issue 19, branch asp24): an emoji that judges an aspect. "Doctor 👍
reception 👎": the tokens have no emoji, so such a short review named two aspects and judged
neither. An emoji of the emoji lexicon right after an aspect term (or right before it, opening
its sentence) judges it with the lexicon's polarity, and ends its clause. Each review is written
for the test; the look-alikes (a word that judges beside the emoji, an emoji with no aspect)
must read as before."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"
DOC, REC, WAIT, CLEAN = "doctor", "reception", "waiting", "cleanliness"

JUDGED = [
    ("Doctor 👍 reception 👎", "en", {(DOC, POS), (REC, NEG)}),
    ("Receptionist 😡 doctor 😊", "en", {(REC, NEG), (DOC, POS)}),
    ("👍 Dr Smith. The wait 👎👎", "en", {(DOC, POS), (WAIT, NEG)}),
    ("Офтальмолог 👍👍 Очередь 👎👎", "ru", {(DOC, POS), (WAIT, NEG)}),
    ("Регистратура 🤬 врач ❤️", "ru", {(REC, NEG), (DOC, POS)}),
    ("Врач 💯 очередь 🙁", "ru", {(DOC, POS), (WAIT, NEG)}),
    ("Lekarz 👍 rejestracja 👎", "pl", {(DOC, POS), (REC, NEG)}),
    ("Kolejka 😤 lekarz 👌", "pl", {(WAIT, NEG), (DOC, POS)}),
    ("Pani doktor 😊 recepcja 💩", "pl", {(DOC, POS), (REC, NEG)}),
    ("医生👍 前台👎", "zh", {(DOC, POS), (REC, NEG)}),
    ("排队😞 医生😊", "zh", {(WAIT, NEG), (DOC, POS)}),
    ("护士👌 前台😡", "zh", {("nurse", POS), (REC, NEG)}),
    ("Лікар 👍👍 черга 👎", "uk", {(DOC, POS), (WAIT, NEG)}),
    ("Реєстратура 😡 лікарка 🙂", "uk", {(REC, NEG), (DOC, POS)}),
    ("Медсестра ❤️ черга 💩", "uk", {("nurse", POS), (WAIT, NEG)}),
]


@pytest.mark.parametrize("reading", readings(JUDGED))
def test_an_emoji_judges_the_aspect_beside_it(reading: Reading) -> None:
    check_reading(reading)


STAYS = [
    # a word that judges beside the emoji: the emoji adds to it
    ("Doctor great 👍", "en", {(DOC, POS)}),
    ("Врач отличный 👍", "ru", {(DOC, POS)}),
    # an emoji the lexicon does not know, before a complaint of the wait
    ("😂 the wait was 3 hours", "en", {(WAIT, NEG)}),
    # an emoji alone names nothing
    ("👍👍", "en", set()),
    ("Дякую 👍", "uk", set()),
    ("👎", "zh", set()),
    # an emoji in a sentence of its own stands beside no aspect term
    ("The nurse took my blood. 👍", "en", set()),
    ("护士抽血。😊", "zh", set()),
]


@pytest.mark.parametrize("reading", readings(STAYS))
def test_an_emoji_beside_a_judging_word_or_no_aspect(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Doctor 👍 reception 👎", "en"),
        ("Офтальмолог 👍👍 Очередь 👎👎", "ru"),
        ("Лікар 👍👍 черга 👎", "uk"),
        ("Lekarz 👍 rejestracja 👎", "pl"),
        ("医生👍 前台👎", "zh"),
    ],
)
def test_praise_and_blame_by_emoji_make_a_mixed_review(text: str, lang: str) -> None:
    # what the inbox shows: one aspect praised and one blamed, so the review is mixed
    assert verdict(text, lang) == "mixed"
