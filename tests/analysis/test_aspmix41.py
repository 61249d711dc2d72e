"""Session 41 (aspmix41, issue 19, probe54): English and Chinese families read from the tuning
rows' misses, tested in new sentences (not probe54's rows nor any tuning row).

- A diagnosis found later told in the fewest words (aspects.TOLD): what the doctor said named
  straight after "said" / 说 ("He said just a strain", "说只是拉伤"), what a test elsewhere found
  straight after when or by what ("a week later: torn", "Bloods revealed", "做了核磁，韧带撕裂").
- Praise of the diagnosis in the two sentences after it failed is irony (aspects.MISREAD_IRONY):
  "Brilliant diagnosis.", "诊断水平真棒。" blame the doctor and the outcome; said with no failure
  before, they are praise.
- Chinese praise in straight or single quotes is sarcasm as in double ones ("真是'高效'啊").
- Other doctors told by their count are another practice's saying ("看了好几家医院都说是胃炎").
- The patient taken seriously is the doctor's praise; symptoms cut by a measure, and the patient
  whole again, are the treatment working.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

_MISREAD = {("doctor", "negative"), ("outcome", "negative")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He said just a strain and sent me off. Physio a week later: torn."),
        ("en", "The GP put it down to stress. Bloods revealed anaemia. Excellent diagnosis."),
        ("zh", "医生说只是拉伤，让我回家休息。做了核磁，韧带撕裂。诊断水平真棒。"),
    ],
)
def test_a_diagnosis_belied_in_few_words_blames_and_its_praise_after_is_irony(
    lang: str, text: str
) -> None:
    found = read(text, lang)
    assert found >= _MISREAD
    assert ("doctor", "positive") not in found
    assert ("outcome", "positive") not in found
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        (
            "en",
            "My GP said just a virus. An x-ray at the hospital showed a chest infection."
            " Brilliant diagnosis. The nurse was kind though.",
            ("nurse", "positive"),
        ),
        (
            "zh",
            "医生说只是拉伤，让我回家休息。做了核磁，韧带撕裂。诊断水平真棒。不过护士人很好。",
            ("nurse", "positive"),
        ),
    ],
)
def test_the_ironic_praise_leaves_the_other_side_and_the_review_is_mixed(
    lang: str, text: str, other: tuple[str, str]
) -> None:
    found = read(text, lang)
    assert found >= {*_MISREAD, other}
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dr Moss made an excellent diagnosis."),
        ("en", "The wait was long. Brilliant diagnosis."),
        ("zh", "诊断水平真棒。"),
    ],
)
def test_praise_of_the_diagnosis_with_no_failure_before_is_meant(lang: str, text: str) -> None:
    assert {("doctor", "positive"), ("outcome", "positive")} <= read(text, lang)


@pytest.mark.parametrize(
    "text",
    ["打针的护士扎了两次才扎上，真是'专业'。", "打针的护士扎了两次才扎上，真是‘专业’。"],
)
def test_chinese_praise_in_straight_or_single_quotes_is_sarcasm(text: str) -> None:
    found = read(text, "zh")
    assert ("nurse", "negative") in found
    assert ("nurse", "positive") not in found
    assert verdict(text, "zh") == "negative"


def test_other_doctors_told_by_their_count_said_it_not_this_one() -> None:
    found = read("看了好几家医院都说是胃炎，最后李医生查出来是胆结石。", "zh")
    assert ("doctor", "negative") not in found
    assert ("outcome", "negative") not in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Finally a GP who takes my fatigue seriously.", ("doctor", "positive")),
        ("en", "The consultant never took my concerns seriously.", ("doctor", "negative")),
        ("en", "The new inhaler has halved my attacks.", ("outcome", "positive")),
        ("zh", "张医生很重视我们孩子的情况。", ("doctor", "positive")),
        ("zh", "他根本不重视我的症状。", ("doctor", "negative")),
        ("zh", "吃了两周药，头疼少了一大半。", ("outcome", "positive")),
        ("zh", "打完点滴整个人都精神了。", ("outcome", "positive")),
    ],
)
def test_taken_seriously_and_symptoms_cut(lang: str, text: str, expected: tuple[str, str]) -> None:
    found = read(text, lang)
    assert expected in found
    assert (expected[0], "positive" if expected[1] == "negative" else "negative") not in found


@pytest.mark.parametrize(
    "text",
    [
        "在平台上问了四次活检结果，两个星期没人回复。真是负责。",
        "胃镜结果等了三个星期还没出来。真是高效。",
    ],
)
def test_a_tests_results_are_no_but_and_the_closing_praise_after_them_is_irony(text: str) -> None:
    assert all(polarity == "negative" for _, polarity in read(text, "zh"))
    assert verdict(text, "zh") == "negative"


def test_results_as_it_turned_out_still_set_the_sides_apart() -> None:
    text = "医生态度很好，结果药吃了一点用都没有。"
    assert {("doctor", "positive"), ("outcome", "negative")} <= read(text, "zh")
    assert verdict(text, "zh") == "mixed"
