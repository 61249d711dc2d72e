"""Session 28 (acomm2, issue 19): how a person answered is that person's manner, not
communication (aspects.MANNER, the [manner] terms of session 28). The count behind the ruling
is in tests/analysis/data/README.md.

Sentences written for this test, not taken from any labelled set. The manner cases fail on the
old code, which named communication beside the person; an answer withheld (not given, given in
one word) and a notice about results stay communication."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

MANNER = [
    ("en", "The GP answered my questions impatiently.", "doctor"),
    ("en", "The doctor brushed off my questions.", "doctor"),
    ("ru", "Хирург на вопросы отвечал сквозь зубы.", "doctor"),
    ("uk", "Лікарка на питання відповідала крізь зуби.", "doctor"),
    ("pl", "Lekarz zbył moje pytania.", "doctor"),
    ("pl", "Pani doktor odpowiadała od niechcenia.", "doctor"),
    ("zh", "问医生问题，他回答得很敷衍。", "doctor"),
]


@pytest.mark.parametrize(("lang", "text", "person"), MANNER)
def test_a_manner_of_answering_is_the_persons(lang: str, text: str, person: str) -> None:
    assert read(text, lang) == {(person, "negative")}


WITHHELD = [
    ("en", "The doctor didn't answer my questions."),
    ("ru", "Врач не ответил ни на один мой вопрос."),
    ("uk", "Лікар відповідав односкладово."),
    ("zh", "检查结果出来了也没人通知我。"),
    ("ru", "Никто не предупредил, что результаты будут через две недели."),
]


@pytest.mark.parametrize(("lang", "text"), WITHHELD)
def test_information_withheld_stays_communication(lang: str, text: str) -> None:
    assert ("communication", "negative") in read(text, lang)
