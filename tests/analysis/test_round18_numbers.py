"""Round eighteen (issue 19, branch asp18): numbers judged by their clause and what a review
grants. A bare deed after a marker of granting ("at least", "хоча б", "至少") is credited and
makes the facts of the other sentences the complaint; Chinese has such markers too. Each review
is written for the test, not copied from a row, with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        (
            "Forty minutes in the waiting room and another twenty in the exam room. At least"
            " the doctor saw me in the end.",
            "en",
            "waiting",
        ),
        (
            "Результаты анализов неделю никто не присылал. Хорошо хоть врач выписал направление.",
            "ru",
            "communication",
        ),
        (
            "Результати аналізів за тиждень так ніхто і не надіслав. Хоча б лікарка виписала"
            " направлення.",
            "uk",
            "communication",
        ),
        ("检查结果一个星期都没人通知我。至少医生把药开了。", "zh", "communication"),
        ("检查结果一个星期都没人通知我。好歹医生把药开了。", "zh", "communication"),
    ],
)
def test_a_bare_deed_granted_after_a_complaint_is_praise(text: str, lang: str, blamed: str) -> None:
    found = read(text, lang)
    assert ("doctor", POS) in found
    assert (blamed, NEG) in found
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a count, not a grant; and the same deed with no marker
        ("At least an hour in the waiting room. The doctor saw me in the end.", "en"),
        ("Хоть раз врач выписал направление.", "ru"),
        ("Результати аналізів надіслали за день. Лікарка виписала направлення.", "uk"),
        ("医生至少两个小时才来。", "zh"),
        ("检查结果第二天就通知我了。医生把药开了。", "zh"),
    ],
)
def test_a_count_or_a_deed_without_a_grant_credits_nobody(text: str, lang: str) -> None:
    assert ("doctor", POS) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医生看了我一眼就开了单子。至少护士很耐心。", "mixed"),
        ("医生看了我一眼就开了单子。护士很耐心。", "positive"),  # no marker: facts stay facts
    ],
)
def test_chinese_praise_granted_with_zhishao_blames_the_facts_before_it(
    text: str, expected: str
) -> None:
    found = read(text, "zh")
    assert ("nurse", POS) in found
    assert (("doctor", NEG) in found) == (expected == "mixed")
    assert verdict(text, "zh") == expected
