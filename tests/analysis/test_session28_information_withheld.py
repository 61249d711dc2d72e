"""Information withheld is communication (issue 19, session 28, branch acomm28b; the convention
and its count in tests/analysis/data/README.md): information withheld about the doctor blames the
information, not the doctor; questions left unanswered told with the room between blame the
information; an explanation given or withheld by the doctor still reads the doctor beside
communication (the lead did not take that ruling). Each review is written for the test, not
copied from a row."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nobody told us the physio was off sick.", "en", {("communication", NEG)}),
        ("The doctor never told me what was wrong with my knee.", "en", {("communication", NEG)}),
        ("Никто не предупредил, что терапевт на больничном.", "ru", {("communication", NEG)}),
        ("Ніхто не повідомив, що педіатр у відпустці.", "uk", {("communication", NEG)}),
        ("Nikt nas nie uprzedził, że pani doktor jest chora.", "pl", {("communication", NEG)}),
        ("也没人告诉我们医生今天休息。", "zh", {("communication", NEG)}),
    ],
)
def test_information_withheld_about_the_doctor_blames_the_information_not_the_doctor(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, lang) == expected
    assert verdict(text, lang) == NEG


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Никто не предупредил, что врач опаздывает, а он ещё и нагрубил.",
            "ru",
            {("communication", NEG), ("doctor", NEG)},
        ),
        ("Administracja nie oddzwoniła, że lekarz był niemiły.", "pl", {("doctor", NEG)}),
        # a telling done: its manner is the doctor's
        ("Kiedy zapytałam, dr z ironią powiedział, że to daleka droga.", "pl", {("doctor", NEG)}),
        ("Врач грубо сказал, что всё в порядке.", "ru", {("doctor", NEG)}),
    ],
)
def test_what_judges_the_doctor_beside_information_withheld_still_blames_the_doctor(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an explanation given or withheld by the doctor reads as before: doctor and communication
        ("Терапевт подробно объяснила, как принимать таблетки.", "ru", POS),
        ("Лор ничего не объяснил, выписал капли и всё.", "ru", NEG),
        ("Педіатр детально пояснив, чим годувати малого.", "uk", POS),
        ("Лікарка нічого не пояснює про уколи.", "uk", NEG),
        ("Pani doktor wytłumaczyła, co oznaczają wyniki.", "pl", POS),
        ("医生什么都没解释就让我走了。", "zh", NEG),
    ],
)
def test_an_explanation_by_the_doctor_still_judges_the_doctor_too(
    text: str, lang: str, expected: str
) -> None:
    assert read(text, lang) == {("communication", expected), ("doctor", expected)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I walked out of the surgery with more questions than answers.", "en"),
        ("Вышла из кабинета с теми же вопросами, с которыми пришла.", "ru"),
        ("Вийшов з кабінету з купою питань.", "uk"),
        ("Wyszłam z gabinetu z tymi samymi pytaniami.", "pl"),
        ("最后带着一肚子疑问回家了。", "zh"),
    ],
)
def test_questions_left_unanswered_with_the_room_between_blame_the_information(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("communication", NEG)}
