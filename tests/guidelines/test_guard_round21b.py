"""Round 21b (issue 16): Chinese replies that state prices and payment rules for everyone are
read as everyone's. An amount or a money word in the part of a clause that states a rule
("当天取消则无法退款", "定金按规定不予退还", "费用会自动原路退回", "医保可以报销一部分") or
quotes a price rather than bills one ("约300元", "每颗6800元起") is anyone's money where its
sentence neither speaks to nor names the reviewer and tells of no past event; a sentence that
lists several prices per time or per item ("单次980元") is a price list. The reviewer's own
payment on a day ("您3月8日交的300元定金") is theirs. Each good reply is flagged by the code
before round 21b; the bad reply beside it, the same scene with a leak, is still blocked."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (review, reviewer, a good reply, the same scene with a leak)
PAIRS = [
    (  # refunds as a rule, to someone who asks why they must pay first
        "网上预约为什么要先付钱？",
        "路人甲",
        "您好，网上预约专家号需要先支付挂号费。就诊前取消的，费用会自动原路退回；当天取消则无法退款。",
        "您好，网上预约专家号需要先支付挂号费。您11月3日挂的号是当天取消的，所以扣了手续费。",
    ),
    (  # prices quoted, not billed, to someone who is not a patient
        "你们做胃镜多少钱？",
        "胃不舒服",
        "您好，普通胃镜约300元，无痛胃镜需另加麻醉费约600元，医保可以报销一部分。",
        "您好，普通胃镜约300元。您上周做的无痛胃镜一共花了900元，医保报销了一部分。",
    ),
    (  # a list of prices for one session and for a course
        "医美项目贵不贵？",
        "Coco",
        "您好，本院光子嫩肤单次980元，三次疗程2580元。",
        "您好，本院光子嫩肤单次980元。您做的三次疗程一共2580元，还欠580元没有结清。",
    ),
    (  # a deposit kept by the rule, and the reviewer's own deposit on a day
        "定金为什么不退？",
        "不理解",
        "您好，未按时到诊且没有提前告知的，定金按规定不予退还。",
        "您好，您3月8日交的300元定金按规定不予退还。",
    ),
    (  # where results go, as a rule
        "体检报告能发给我吗？",
        "上班族",
        "您好，电子版体检报告只发送到就诊时登记的手机号。",
        "您好，您的电子版体检报告已经发送到您登记的手机号，转氨酶偏高。",
    ),
]


def found(reply: str, review: str, reviewer: str) -> list[tuple[str, str]]:
    return [
        (f.code.value, f.text)
        for f in find_confidentiality_problems(
            reply, review_text=review, language="zh", reviewer_name=reviewer
        )
    ]


@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad"), PAIRS, ids=[f"scene{n}" for n in range(len(PAIRS))]
)
def test_prices_and_payment_rules_for_everyone_pass_and_the_same_scene_with_a_leak_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert found(good, review, reviewer) == []
    assert found(bad, review, reviewer) != []


def test_money_offered_to_the_reviewer_is_no_rule_for_anyone() -> None:
    # "you can both get twenty yuan": the "can" speaks to them, the amount is theirs
    reply = "推荐朋友来并写好评，你们俩都能获得二十元账户余额哦。"
    assert ("price", "二十元") in found(reply, "", "")
