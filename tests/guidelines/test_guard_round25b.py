"""Round 25b (issue 16, zh): good Chinese replies that the guard flagged, read by their
structure. A group named by what is true of its members ("对于血糖控制不稳定的患者") tells no one's
outcome; the practice's own past step ("我们已经开通了微信预约") makes no other part of its
sentence someone's, and a span of hours ("中午12点到1点半") is its timetable; a procedure stated as
the practice's ("我们的流程是") is anyone's money; a service the practice does not run, its
subject said before ("也没有开展抽血项目"), is nobody's care; "再正常不过的事" is what is normal,
no outcome; a request for what to do next ("请您先拨打值班电话") is advice, so the rule before it
("术后发烧需要尽快评估") is said of anyone. Each good reply is flagged by the code before
(fcdca58b); the bad reply beside it, the same scene with a leak, is still blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import findings

# (review, reviewer, a good reply, the same scene with a leak)
PAIRS = [
    (  # a group defined by its members' condition, then the usual risk
        "高血压就不给拔牙？什么道理",
        "老赵",
        "您好，对于血压控制不稳定的患者，拔牙时出血和心脑血管意外的风险都会增加，这是诊疗规范的要求。",
        "您好，您的血压控制不稳定，上周拔牙时出血比较多，所以这次没有给您拔。",
    ),
    (  # the practice's own past step beside its lunch hours
        "电话老是没人接",
        "打不通",
        "抱歉！中午11点半到1点前台换班，我们已经加了一条专线，客服会尽快回电。",
        "抱歉！您上周三中午11点半打来的时候前台在换班，我们已经给您回过电话了。",
    ),
    (  # the practice's refund procedure
        "退钱太慢了",
        "小周",
        "关于退款，我们的流程是申请提交后财务在5个工作日内审核，原路退回，银行到账一般还要两三天。",
        "您好，您的380元退款财务已经审核，原路退回到您尾号6621的卡上了。",
    ),
    (  # a service the practice does not run, its subject said before
        "打针太疼，护士技术差",
        "路人",
        "您好，看您描述的门店在人民路，我们诊所只在解放路有一家店，也没有开展打针输液项目，您可能评价错了机构。",
        "您好，您那天输液时手背的淤青，护士长已经了解过了，您的头孢还要再输两天。",
    ),
    (  # what is normal, said of anyone
        "孩子拔牙哭得很厉害",
        "妈妈",
        "家长您好，孩子害怕拔牙是再正常不过的事。我们的医生都接受过儿童安抚训练。",
        "家长您好，孩子害怕拔牙是再正常不过的事。他左下那颗乳牙的牙根已经吸收了，下周来拔。",
    ),
    (  # a rule for anyone, then a request to call
        "我妈手术后一直头晕，打电话没人管",
        "陈女士",
        "陈女士您好，术后头晕需要尽快评估，请您先拨打24小时值班电话，或者直接去最近的急诊。",
        "陈女士您好，阿姨的胆囊手术后头晕，是因为降压药的剂量还没调好，请您明天带她来复诊。",
    ),
]


def found(reply: str, review: str, reviewer: str) -> list[tuple[str, str]]:
    return findings(reply, "zh", review, reviewer)


@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad"), PAIRS, ids=[f"scene{n}" for n in range(len(PAIRS))]
)
def test_good_chinese_replies_read_by_structure_pass_and_a_leak_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert found(good, review, reviewer) == []
    assert found(bad, review, reviewer) != []


def test_a_span_of_hours_written_without_spaces_is_the_practices_calendar() -> None:
    # "到" between two times with no space after it joins them (it once needed a space or a
    # letter-less end), so neither time is a visit; a time given to them is still one
    assert found("您好，周六上午9点到12点和下午2点到5点都有医生坐诊。", "周末开门吗", "路人") == []
    assert ("date", "周六上午9点") in found(
        "您好，您周六上午9点到的时候医生还在手术。", "周末开门吗", "路人"
    )


@pytest.mark.parametrize(
    "reply",
    [
        # a request that tells of their care is no advice for anyone
        "感谢好评，请您把剩下的阿莫西林吃完，有不舒服随时来。",
        "谢谢！请您拔牙后两小时内不要吃东西，伤口会慢慢愈合。",
        # a procedure that turns to their own money is no rule for anyone
        "您好，我们的流程是先交押金，这次的3000元押金已经退到您卡上了。",
    ],
)
def test_a_request_or_a_procedure_that_tells_of_their_care_is_still_blocked(reply: str) -> None:
    assert found(reply, "医生很好", "小王") != []


def test_a_list_of_plain_weekdays_is_a_weekly_timetable_and_next_weeks_days_are_still_theirs() -> (
    None
):
    assert found("您好，周一、周三上午有儿童口腔专家坐诊，欢迎预约。", "有儿童牙科吗", "路人") == []
    assert ("date", "周四下午") in found(
        "谢谢！下周二、周四下午来换药，别忘了。", "医生很好", "小王"
    )
    assert ("date", "周四下午") in found("谢谢！您周二、周四下午来换药就行。", "医生很好", "小王")
