"""Session 30 (asarc30, issue 19, probe43s): praise that is no praise inside a complaint.

A short last sentence, exclaimed, that praises and names nobody, after sentences that blame much
and praise nothing, is a cheer after a list of failures: irony. It praises nothing, and the
review is a complaint ("Fantastic work, everyone!", "Просто клас!", "真棒！"). A "but" opening
it, or a person it names, keeps it meant. "nie ma co" closing a sentence ([sarcasm_closing]) is
a marker of sarcasm where a complaint is told beside it. The cases marked so fail on the code
before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# each read mixed on the code before, the cheer crediting what the sentence before named
CHEERS = [
    (
        "en",
        "The room was freezing, the doctor was 40 minutes late and nobody apologised. Great "
        "job, everyone!",
    ),
    (
        "en",
        "Booked online, the slot was cancelled twice and the phone was never answered. Fantastic!",
    ),
    ("uk", "Лікар запізнився на годину, в черзі душно, ніхто нічого не пояснює. Просто клас!"),
    ("ru", "Врач опоздал на час, в коридоре душно, никто ничего не объясняет. Просто супер!"),
    (
        "pl",
        "Lekarz spóźnił się godzinę, w poczekalni duszno, nikt nic nie wyjaśnia. Po prostu super!",
    ),
    ("zh", "医生迟到一个小时，候诊室很闷，也没人解释。真棒！"),
]


@pytest.mark.parametrize(("lang", "text"), CHEERS)
def test_a_cheer_after_failures_praises_nothing(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found
    assert all(polarity == "negative" for _, polarity in found)
    assert verdict(text, lang) == "negative"


# a real credit after the failures: a "but", or a person named (these hold on the code before
# too; they fail if every exclaimed praise after complaints is read as irony)
CREDITS = [
    "Waited two hours and the toilets were filthy. But the nurse was great!",
    "Waited two hours and the toilets were filthy. The nurse was great though!",
]


@pytest.mark.parametrize("text", CREDITS)
def test_a_credit_after_failures_is_meant(text: str) -> None:
    assert ("nurse", "positive") in read(text, "en")
    assert verdict(text, "en") == "mixed"


def test_a_marker_of_sarcasm_closing_its_sentence_turns_its_praise() -> None:
    # old code: "nie ma co" was no marker, the desk praised and the review mixed
    text = "Miła pani w rejestracji, nie ma co. Czekałam dwie godziny na korytarzu."
    found = read(text, "pl")
    assert ("reception", "negative") in found
    assert ("reception", "positive") not in found
    assert verdict(text, "pl") == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # opening its sentence it is "no reason to": praise (holds on the code before too)
        "Nie ma co narzekać, lekarka bardzo miła i dokładna.",
        # closing it with no complaint told: meant
        "Świetny lekarz, nie ma co. Polecam każdemu!",
    ],
)
def test_the_same_words_in_praise_are_meant(text: str) -> None:
    assert ("doctor", "positive") in read(text, "pl")
    assert verdict(text, "pl") == "positive"
