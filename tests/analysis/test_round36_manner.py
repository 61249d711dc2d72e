"""Round thirty-six (issue 19, branch asp36): a person's manner blamed after praise of their skill.

"Dr Patel is very knowledgeable but unfriendly", "Врач очень грамотный, но угрюмый", "医生很专业，
就是态度冷淡": the review blames the doctor, as the labelled sets read "knowledgeable but rude"
(the doctor's one chip is the complaint). Before, the praise's intensifier outweighed the
complaint ("unfriendly", "угрюмый", "gburowaty", "冷淡" were no words of a person's manner, or
their sum with "very knowledgeable" was praise), and beside praise of another person the review
read as praise, not mixed. The manner blamed first and praise after ("rude at first but then
lovely") and a manner word with no person ("The call was abrupt.") read as before.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"
DOC, NURSE, REC = "doctor", "nurse", "reception"

SKILL_THEN_MANNER = [
    ("Dr Patel is very knowledgeable but unfriendly.", "en"),
    ("Врач очень грамотный, но угрюмый.", "ru"),
    ("Лікарка дуже досвідчена, але неприязна.", "uk"),
    ("Doświadczony specjalista, ale gburowaty i lekceważący.", "pl"),
    ("Pani doktor bardzo kompetentna, ale mrukliwa.", "pl"),
    ("医生很专业，就是态度冷淡。", "zh"),
    ("主任水平很高，就是很傲慢。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), SKILL_THEN_MANNER)
def test_the_manner_blamed_after_praise_of_skill_is_the_doctors_chip(text: str, lang: str) -> None:
    # the review pane's chips: one doctor chip, the complaint's
    chips = read(text, lang)
    assert (DOC, NEG) in chips
    assert (DOC, POS) not in chips


BESIDE_PRAISE = [
    ("Доктор очень знающий, но неприветливый. Медсёстры внимательные.", "ru"),
    ("Лікар знає свою справу, але непривітний. Медсестри чудові.", "uk"),
    ("医生技术很好，可惜脾气大。护士很热情。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), BESIDE_PRAISE)
def test_beside_praise_of_the_nurses_the_review_is_mixed(text: str, lang: str) -> None:
    chips = read(text, lang)
    assert {(DOC, NEG), (NURSE, POS)} <= chips
    assert (DOC, POS) not in chips
    assert verdict(text, lang) == "mixed"


STAYS = [
    # praise after the manner: summed as before (the complaint outweighs here, as on 8dc6596f)
    ("The doctor was rude at first but then lovely.", "en", {(DOC, NEG)}),
    # a manner word of a person the sentence names, and one of no person
    ("The receptionist was unfriendly.", "en", {(REC, NEG)}),
    ("The call was abrupt.", "en", set()),
    ("Knowledgeable doctor, but rude and dismissive.", "en", {(DOC, NEG)}),
]


@pytest.mark.parametrize("reading", readings(STAYS))
def test_other_manner_sentences_read_as_before(reading: Reading) -> None:
    check_reading(reading)


# What came of a complaint, told as handled ("Reklamację załatwiono wzorowo", "处理结果很满意"):
# the front desk's answer, judged by the words beside it (before: no chip, or the price's
# complaint alone). Data: [reception] of aspects_<lang>.txt (ru, uk, pl, zh).
HANDLED = [
    ("Reklamację załatwiono wzorowo, lekarz miły.", "pl", {(REC, POS), (DOC, POS)}),
    ("Претензию отработали отлично.", "ru", {(REC, POS)}),
    ("Жалобу рассмотрели, но ничего не изменилось.", "ru", {(REC, NEG)}),
    ("Скаргу розглянули чудово.", "uk", {(REC, POS)}),
    # "态度很诚恳" is the answer's manner, not a doctor's
    ("处理结果很满意，态度很诚恳。", "zh", {(REC, POS)}),
]


@pytest.mark.parametrize("reading", readings(HANDLED))
def test_a_complaint_handled_is_the_front_desks_answer(reading: Reading) -> None:
    check_reading(reading)
