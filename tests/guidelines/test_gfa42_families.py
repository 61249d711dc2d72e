"""Session 42 (gfa42): the false alarms of round 42a (own_en_round42a.jsonl, own_zh_round42a.jsonl,
written before its writer read the guard) and of the en/zh pool, read as families of wording
(issue 16). Each family is probed with sentences written for it in new words, none of the round's
or the pool's items, beside the same words said of the reader or of one case (which must stay
blocked)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, reply_probes

# medicines short for everyone: the supply's news, no one's prescription
_CHEMIST = "Why does the chemist keep running out of things?"

SHORTAGES_FOR_EVERYONE = [
    "There's a national shortage of some ADHD medicines and certain HRT patches at the moment.",
    "Some epilepsy and diabetes drugs have been in short supply across the country this winter.",
    "Manufacturers have had supply issues with several insulin pens and blood pressure tablets, "
    "so stock comes and goes.",
    "Thanks, Luke. Nationally there have been shortages of a few antibiotics and asthma "
    "inhalers, and pharmacies are doing their best.",
    "Worldwide shortages of certain antidepressants have hit every chemist in town.",
]


@pytest.mark.parametrize(
    "probe", reply_probes("en", SHORTAGES_FOR_EVERYONE, review=_CHEMIST, reviewer="Luke Farrow")
)
def test_a_shortage_of_medicines_for_everyone_is_no_ones_health(probe: Probe) -> None:
    check(probe)


SHORTAGES_OF_ONE_CASE = [
    "Your HRT patches are in short supply, so we've switched you to the gel.",
    "Because of supply problems, the metformin prescribed last week will be ready on Friday.",
    "Thanks Luke. The shortage of sertraline means the new prescription will take a few more days.",
    "Due to national shortages, Mrs Khan's levothyroxine has been switched to another brand.",
    "Mrs Khan's levothyroxine has been hit by national shortages.",
    # the shortage in a clause of its own beside one case: a general clause makes its
    # neighbours general, so the whole sentence is read
    "Mrs Khan's levothyroxine was switched, because of national shortages.",
    "The insulin pens are delayed, because manufacturers have had supply issues.",
    "Sorry the HRT patches took a while, there is a national shortage.",
    "There is a national shortage, so the HRT patches took a while.",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes(
        "en", SHORTAGES_OF_ONE_CASE, rule="health_detail", review=_CHEMIST, reviewer="Luke Farrow"
    ),
)
def test_a_shortage_told_of_one_case_stays_a_health_detail(probe: Probe) -> None:
    check(probe)


# the review's trip to a closed door said back in other words: no visit the reply discloses
_SHUT = "Saturday clinic was closed when I got there at 10, even though the website said open."

SHUT_DOOR_SAID_BACK = [
    "We're sorry you turned up on Saturday to find the doors shut.",
    "We're sorry the doors were locked when you got there on Saturday.",
    "Angela, we're so sorry you showed up on Saturday and found us shut.",
]


@pytest.mark.parametrize(
    "probe", reply_probes("en", SHUT_DOOR_SAID_BACK, review=_SHUT, reviewer="Angela P")
)
def test_the_reviews_closed_door_said_back_adds_nothing(probe: Probe) -> None:
    check(probe)


def test_a_closed_door_with_their_test_added_stays_blocked() -> None:
    reply = "We're sorry you turned up on Saturday for your smear test to find the doors shut."
    check(Probe("en", _SHUT, "Angela P", reply, "health_detail", None))


def test_a_new_saturday_booking_after_the_reviews_saturday_stays_blocked() -> None:
    reply = "We'll see you on Saturday at 10 for your follow-up."
    check(Probe("en", _SHUT, "Angela P", reply, "date", None))


# 陪: a relative or a friend who wrote that they came with someone, thanked for it in other words
ACCOMPANIED_SAID_BACK = [
    ("陪父亲来看病，医院的无障碍设施很完善。", "感谢您的认可！您陪伴父亲来院，也辛苦了！"),
    ("陪我妈来复查，护士很耐心。", "谢谢您陪妈妈过来，也辛苦您了。"),
    ("带朋友来看牙，前台很热情。", "谢谢您陪朋友过来，欢迎常来。"),
    ("陪老公来拔智齿，等了一会儿。", "您陪着先生来拔牙，等候的时候辛苦了。"),
]


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(Probe("zh", review, "小王", None, None, reply), id=f"zh-{n}")
        for n, (review, reply) in enumerate(ACCOMPANIED_SAID_BACK)
    ],
)
def test_coming_with_a_relative_the_review_tells_is_no_care_of_ours(probe: Probe) -> None:
    check(probe)


ACCOMPANIED_WITH_MORE = [
    ("前台很热情。", "谢谢您陪妈妈过来复查，欢迎常来。", "confirms_patient"),
    ("陪父亲来看病，很满意。", "您陪伴父亲来院，他的血压已经稳定了。", "health_detail"),
    ("陪父亲来看病，很满意。", "您每个月都陪父亲来复诊，辛苦了。", "confirms_patient"),
]


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(Probe("zh", review, "小王", reply, rule, None), id=f"zh-{n}")
        for n, (review, reply, rule) in enumerate(ACCOMPANIED_WITH_MORE)
    ],
)
def test_a_visit_the_review_did_not_tell_stays_blocked(probe: Probe) -> None:
    check(probe)


# a clock time in Chinese numerals that the review itself gave
TIME_SAID_BACK = [
    (
        "早上七点半就到了，八点才开始挂号，等得好冷。",
        "让您七点半就在外面等到八点，天又冷，真的很抱歉。",
    ),
    ("下午三点的号，等到四点半才看上。", "让您从三点等到四点半，确实太久了，很抱歉。"),
    ("九点半到的，十点才叫号。", "很抱歉九点半到了还要等半个小时，我们会改进。"),
]


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(Probe("zh", review, "早起的鸟儿", None, None, reply), id=f"zh-{n}")
        for n, (review, reply) in enumerate(TIME_SAID_BACK)
    ],
)
def test_the_reviews_own_clock_time_in_numerals_is_no_date(probe: Probe) -> None:
    check(probe)


TIME_OF_A_NEW_VISIT = [
    ("早上七点半就到了，等得好冷。", "我们已经帮您约了明天早上七点半复诊。"),
    ("七点半就到了。", "您下周二七点半的复诊已经安排好了。"),
    ("九点半到的。", "您预约的是十点半的号，请提前十分钟到。"),
]


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(Probe("zh", review, "早起的鸟儿", reply, "date", None), id=f"zh-{n}")
        for n, (review, reply) in enumerate(TIME_OF_A_NEW_VISIT)
    ],
)
def test_a_time_the_review_did_not_give_stays_a_date(probe: Probe) -> None:
    check(probe)


# 再次: their illness come back, said to them without 的, is theirs; the same of anyone is not
AGAIN_OF_THEIRS = [
    "戒烟能降低您再次中风的风险。",
    "坚持服药能减少您再一次脑梗的可能。",
    "注意保暖，避免你又一次感冒发烧。",
]


@pytest.mark.parametrize(
    "probe", reply_probes("zh", AGAIN_OF_THEIRS, rule="health_detail", reviewer="路人甲")
)
def test_their_illness_again_is_their_health(probe: Probe) -> None:
    check(probe)


AGAIN_OF_ANYONE = [
    "期待您再次光临！",
    "您又一次给我们提了好建议，谢谢！",
    "规律服药能降低中风再次发作的风险。",
]


@pytest.mark.parametrize("probe", reply_probes("zh", AGAIN_OF_ANYONE, reviewer="路人甲"))
def test_coming_again_or_an_illness_again_for_anyone_stays_clean(probe: Probe) -> None:
    check(probe)
