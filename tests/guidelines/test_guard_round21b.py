"""Round 21b (issue 16): Chinese replies that state prices and payment rules for everyone are
read as everyone's. An amount or a money word in the part of a clause that states a rule
("当天取消则无法退款", "定金按规定不予退还", "费用会自动原路退回", "医保可以报销一部分") or
quotes a price rather than bills one ("约300元", "每颗6800元起") is anyone's money where its
sentence neither speaks to nor names the reviewer and tells of no past event; a sentence that
lists several prices per time or per item ("单次980元") is a price list. The reviewer's own
payment on a day ("您3月8日交的300元定金") is theirs. Round 21b2: a review that asks something
or reports a claim ("请问……能不能爬山？", "网上说喝醋能软化血管") is answered in general by a
sentence that neither speaks to nor names anyone and tells of no past event, its advice
("避免", "不要") included; a time said of anyone ("孩子发烧的时候，") is a condition; the
practice's own release on a day is its calendar. Each good reply is flagged by the code before
(001635eb for 21b2, 54b16c29 for 21b3: "一样", "相同", "抵扣", "全额退还" state a rule, two
items and their prices one after the other are a price list, "您好" only greets, "预约成功后"
is a step anyone takes); the bad reply beside it, the same scene with a leak, is still blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import findings

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
    return findings(reply, "zh", review, reviewer)


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


# (review, reviewer, a good reply, the same scene with a leak): round 21b2
ANSWERS = [
    (  # a question answered in general: advice after anyone's bypass
        "请问心脏搭桥以后能不能爬山？",
        "驴友",
        "您好，搭桥术后一般建议三个月内避免剧烈运动，病情稳定以后可以逐步恢复爬山，但要随身携带急救药物。",
        "您好，您父亲搭桥术后恢复得很稳定，可以逐步恢复爬山，但要随身携带硝酸甘油。",
    ),
    (  # a claim the review heard, corrected in general
        "网上说喝醋能软化血管",
        "养生达人",
        "您好，喝醋软化血管的说法没有科学依据。高血脂目前以饮食控制和他汀类药物治疗为主，不要轻信偏方。",
        "您好，喝醋软化血管没有依据。您的血脂已经偏高，还是要按时吃阿托伐他汀。",
    ),
    (  # a time said of anyone and what a remedy can do
        "孩子发烧了怎么办",
        "新手妈妈",
        "您好，孩子发烧的时候，家长往往很着急。体温不超过38.5度可以用物理降温，超过时可以口服退烧药。",
        "您好，豆豆昨天在我们这里查出来是肺炎，体温超过38.5度可以口服退烧药。",
    ),
    (  # the practice's own release on a day that was
        "小程序老是闪退",
        "用户88",
        "您好，感谢反馈。技术部已经在上周五发布了新版本，请更新后再试一下。",
        "您好，感谢反馈。您上周五在小程序上约的正畸复诊已经帮您改好了。",
    ),
]


@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad"), ANSWERS, ids=[f"answer{n}" for n in range(len(ANSWERS))]
)
def test_a_question_or_a_claim_answered_in_general_passes_and_a_leak_beside_it_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert found(good, review, reviewer) == []
    assert found(bad, review, reviewer) != []


def test_a_general_sentence_answering_a_story_not_a_question_is_still_read_as_before() -> None:
    # the review tells of a visit and asks nothing: a result in a sentence with no one in it
    # is still someone's
    reply = "您好，化验结果会同步到公众号。乙肝表面抗原是阳性，请尽快到感染科就诊。"
    assert ("health_detail", "乙肝") in found(reply, "上周来抽的血", "懒得跑")


def test_a_treatment_the_practice_does_not_offer_is_nobodys_and_a_visit_for_it_is_theirs() -> None:
    # the review is about another clinic: "we do not do extractions" names no one's care
    review = "拔智齿后感染了，医生根本不管"
    good = "您好，我们看了您的描述，本院并不开展拔牙业务，您说的可能是同一条街上的另一家诊所。"
    bad = "您好，我们看了您的描述，您上周在本院拔牙后的感染需要尽快回来处理。"
    assert found(good, review, "疼死了") == []
    assert ("health_detail", "拔牙") in found(bad, review, "疼死了")


# (review, reviewer, a good reply, the same scene with a leak): round 21b3
FEES = [
    (  # the same fee for anyone who books by phone or at a machine
        "电话挂号比现场贵吗",
        "省钱",
        "您好，电话挂的号和自助机挂的号收费相同，都按物价标准收取。",
        "您好，您上周电话挂的号多收了20元，已经退回您的账户。",
    ),
    (  # a list of prices after a greeting, and a step anyone takes
        "拔牙补牙多少钱",
        "牙疼",
        "您好，拔牙100元，补牙200元，缴费成功后请按时就诊。",
        "您好，拔牙100元，您上次补牙还欠200元没有结清。",
    ),
    (  # a deposit's rule: deducted on the day, refunded in full
        "押金能退吗",
        "担心",
        "您好，手术取消时押金全额退还，手术当天直接抵扣治疗费。",
        "您好，您12月2日的手术取消了，押金800元已经退还。",
    ),
]


@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad"), FEES, ids=[f"fee{n}" for n in range(len(FEES))]
)
def test_fees_the_same_for_anyone_pass_and_the_reviewers_own_fee_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert found(good, review, reviewer) == []
    assert found(bad, review, reviewer) != []
