"""Session 39 (aspmix39, issue 19): mixed reviews whose complaint the reading missed.

Chinese counts are read by one reader (``_zh_count``): a range of two digits ("三四十分钟")
reads at its least, "十几" ("ten-odd") at eleven, so a wait of thirty-odd minutes is a wait
blamed and a promise of ten-odd minutes a promise broken by fifty. The sentences are not from
any labelled round; most mixed ones below were read positive or negative on the code before
the session (the two Chinese ones opened by 可是 and 可惜 were mixed already: kept as checks).

English: irritation shown ("sighed", "tutted", "annoyed", "couldn't care less") judges its
clause; pain told by its noun after a treatment ("pain", "agony", "swelling" after or since the
extraction) blames the outcome unless denied or lessened ("minimal pain", "the pain ... went");
"worked on" is what someone did, not that the care worked.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (text, the aspect blamed): counts told by a range or by "ten-odd", beside praise
ZH_COUNTS = [
    ("一般要等三四十分钟，不过医生很耐心。", "waiting"),
    ("护士说十几分钟就叫我，结果坐了五十分钟。医生很耐心。", "waiting"),
]


@pytest.mark.parametrize(("text", "blamed"), ZH_COUNTS)
def test_a_chinese_count_told_by_a_range_blames_the_wait(text: str, blamed: str) -> None:
    assert (blamed, "negative") in read(text, "zh")
    assert (blamed, "positive") not in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


def test_a_short_wait_told_by_a_range_is_still_praise() -> None:
    text = "只等了五六分钟就进去了，医生很耐心。"
    assert ("waiting", "negative") not in read(text, "zh")
    assert verdict(text, "zh") == "positive"


# (text, the aspect blamed): irritation shown by a person, pain after care told by its noun,
# a tooth someone "worked on" (what they did, not that the care worked), beside praise
EN_COMPLAINTS = [
    ("Dr Wells sighed through the whole appointment. The nurse was kind and quick.", "doctor"),
    ("Constant pain since the root canal. The receptionist was nice.", "outcome"),
    ("Agony after the extraction for a week now. The dentist was gentle, to be fair.", "outcome"),
    (
        "Lovely hygienist, so gentle. The tooth she worked on aches every night since the clean.",
        "outcome",
    ),
]


@pytest.mark.parametrize(("text", "blamed"), EN_COMPLAINTS)
def test_an_english_complaint_beside_praise_is_read_mixed(text: str, blamed: str) -> None:
    assert (blamed, "negative") in read(text, "en")
    assert verdict(text, "en") == "mixed"


# praise: irritation denied, pain denied, lessened or gone after the care
EN_PRAISE = [
    "The nurse never once seemed annoyed, even when my son screamed. Brilliant practice.",
    "Minimal pain after the extraction and the dentist was gentle.",
    "The pain after the surgery went within a week, brilliant surgeon.",
    "Good pain relief after the operation, the nurses were kind.",
]


@pytest.mark.parametrize("text", EN_PRAISE)
def test_denied_irritation_or_pain_is_no_complaint(text: str) -> None:
    assert not any(polarity == "negative" for _, polarity in read(text, "en"))
    assert verdict(text, "en") == "positive"


# (text, the aspect blamed, the aspect praised): Chinese complaints told by indignation (凭什么),
# by what was done "yet" to the patient (却让我, 居然叫我), praise told by a treatment's verb
# alone before 得 (种得确实好, 治得不错), and advice (来之前想好) that is no praise
ZH_MIXED = [
    ("种了两颗牙，种得确实好，就是前台态度太差。", "reception", "outcome"),
    ("治得不错，不过挂号太难了。", "scheduling", "outcome"),
    ("补得很仔细，一点都不疼，但是等了一个多小时。", "waiting", "doctor"),
    ("洗牙二十分钟凭什么收四百？护士倒是很温柔。", "price", "nurse"),
    ("医生很耐心，可是到了窗口居然叫我重新挂号。", "scheduling", "doctor"),
    ("医生人很好，可惜本来能报销的检查费却让我自费了。", "price", "doctor"),
]


@pytest.mark.parametrize(("text", "blamed", "praised"), ZH_MIXED)
def test_a_chinese_complaint_beside_praise_is_read_mixed(
    text: str, blamed: str, praised: str
) -> None:
    reading = read(text, "zh")
    assert (blamed, "negative") in reading
    assert (praised, "positive") in reading
    assert verdict(text, "zh") == "mixed"


def test_advice_to_think_first_is_no_praise() -> None:
    text = "说一句：这家不能刷医保，只能自费，来之前想好。大夫很专业，复查好多了。"
    assert ("price", "negative") in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


# (text): results back well within what was promised or expected, beside a complaint: the
# information credited, never read as a delay
EARLY = [
    "Blood results back in 2 days, I expected a week. The receptionist was rude though.",
    "The biopsy results came back in 10 days, I was told to expect a month. Parking was awful.",
    "They said the letter would take a month but it came in a week. Reception were rude.",
]


@pytest.mark.parametrize("text", EARLY)
def test_results_early_against_the_promise_credit_the_information(text: str) -> None:
    reading = read(text, "en")
    assert ("communication", "positive") in reading
    assert ("communication", "negative") not in reading
    assert verdict(text, "en") == "mixed"


def test_results_later_than_expected_are_still_blamed() -> None:
    text = "I expected the results in a week, it took a month. Dr Lee was lovely."
    assert ("communication", "negative") in read(text, "en")
    assert verdict(text, "en") == "mixed"


def test_jieguo_as_it_turned_out_is_no_test_result() -> None:
    # 结果 opening a clause is "as it turned out": the wait for the operation is the booking's
    text = "护士很好，结果等了三个星期才排上手术。"
    assert ("scheduling", "negative") in read(text, "zh")
    assert ("communication", "negative") not in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


def test_test_results_told_late_are_still_the_informations() -> None:
    text = "医生很耐心，血检结果过了两个星期才发过来。"
    assert ("communication", "negative") in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


# (text, blamed, praised): the operation by its short name judged a success, a patient left on
# a trolley
OPS = [
    ("The op was a success but the ward was filthy.", "facilities", "outcome"),
    ("A successful op, but the nurses on the ward ignored me.", "nurse", "outcome"),
    (
        "After the op I was left on a trolley for hours. The surgeon was brilliant.",
        "waiting",
        "doctor",
    ),
]


@pytest.mark.parametrize(("text", "blamed", "praised"), OPS)
def test_the_op_judged_and_the_trolley_wait(text: str, blamed: str, praised: str) -> None:
    reading = read(text, "en")
    assert (blamed, "negative") in reading
    assert (praised, "positive") in reading
    assert verdict(text, "en") == "mixed"


# (language, text, blamed): an ordeal told as a noun, after praise and with no contrast word
ORDEALS = [
    ("uk", "Лікар чудовий, уважний, все пояснив. Із записом ціла епопея.", "scheduling"),
    ("ru", "Врач отличный, всё объяснил. С записью целая эпопея.", "scheduling"),
    ("pl", "Lekarz świetny, wszystko wyjaśnił. Z rejestracją cała epopeja.", "reception"),
    (
        "en",
        "The GP was great and explained everything. Getting the referral was an ordeal.",
        "scheduling",
    ),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), ORDEALS)
def test_an_ordeal_told_as_a_noun_is_a_complaint(lang: str, text: str, blamed: str) -> None:
    assert (blamed, "negative") in read(text, lang)
    assert verdict(text, lang) == "mixed"


# (language, text, blamed): a contrast word set between commas before its predicate, as
# English "though", where the predicate opens with an adjective or a noun
PARENTHETICALS = [
    ("ru", "Врач отличный, всё объяснил. Запись, однако, просто ужасная.", "scheduling"),
    ("uk", "Лікар чудовий, все пояснив. Запис, однак, жахливий.", "scheduling"),
    ("pl", "Lekarz świetny, wszystko wyjaśnił. Rejestracja, jednak, to porażka.", "reception"),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), PARENTHETICALS)
def test_a_parenthetical_contrast_keeps_its_subject(lang: str, text: str, blamed: str) -> None:
    assert (blamed, "negative") in read(text, lang)
    assert verdict(text, lang) == "mixed"
