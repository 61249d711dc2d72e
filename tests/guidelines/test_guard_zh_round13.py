"""Chinese guard, round thirteen: long realistic replies (issue 16). Each good sentence below is
one a long reply of the blind fifth set's kinds carries (the practice's rules and timetables,
general advice, offers to everyone, the review's own words, staff named as the review names
them) and that the guard used to flag; each comes with a twin that says the same of the reviewer
and must still be held."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str, review: str = "", reviewer: str = "小雨") -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language="zh", reviewer_name=reviewer
    )
    return {f.rule for f in found}


# (what it tests, review, good reply, its twin about the reviewer, a rule the twin must raise)
CASES = [
    (
        "that day alone names no date, said of them it is their visit",
        "等了半天也没人说。",
        "抱歉当天没有同事主动告诉您取报告的时间，这是我们的疏忽。一般来说，血常规当天两小时内出结果。",
        "很理解您的心情，但需要说明的是，您当天迟到了半小时，所以只能重新排号。",
        "date",
    ),
    (
        "how the practice does things, said of everyone",
        "想问问治疗方案怎么定的？",
        "谢谢您的提问。我们的治疗方案都由主诊医生根据面诊和必要的检查结果制定，复杂的情况会组织科室讨论。",
        "谢谢您的提问。您的治疗方案是主诊医生根据您上次的检查结果制定的。",
        "health_detail",
    ),
    (
        "a rule for whoever cancels in time",
        "小程序挂号怎么取消？",
        "取消很简单：就诊前一天晚上8点前取消的，挂号费原路全额退回。",
        "您昨天晚上8点取消的挂号费已经原路退回了。",
        "billing",
    ),
    (
        "an invitation to ask about reimbursement in general",
        "医保能报吗？",
        "本院是医保定点机构。如您对报销比例有疑问，可以到一楼医保窗口咨询。",
        "本院是医保定点机构。如您对这次报销的1200元有疑问，可以到一楼医保窗口咨询。",
        "billing",
    ),
    (
        "advice for an age group",
        "儿童涂氟多久一次？",
        "谢谢您的提问！一般建议3岁以上的孩子每半年涂一次氟，可以有效预防龋齿。",
        "谢谢您的提问！您孩子的龋齿已经补好了，记得每半年来涂一次氟。",
        "health_detail",
    ),
    (
        "aftercare for anyone, not after a procedure they had",
        "涂氟收费吗？",
        "没有卡的小朋友每次收费80元。涂氟后半小时内不要吃东西喝水，当天晚上不要刷牙。",
        "谢谢您的好评。做完胃镜后两小时内不要吃东西，今晚可以喝点粥。",
        "health_detail",
    ),
    (
        "a holiday's timetable",
        "国庆节期间口腔科上班吗？",
        "国庆节期间（10月1日至10月7日），口腔科10月1日至3日休息，10月4日起正常接诊。",
        "您10月3日上午的复诊我们已经改到10月8日了。",
        "date",
    ),
    (
        "a worry a wait caused is no disorder",
        "报告要等好几天，能不能快点？",
        "理解您着急的心情，很抱歉等待让您焦虑。等待结果的那几天焦虑的心情我们非常理解。",
        "医生说您的焦虑症需要继续按时服药。",
        "health_detail",
    ),
    (
        "following a doctor is no care",
        "李医生去哪了？",
        "谢谢您一直关注李医生！李医生2027年1月4日起恢复出诊，欢迎大家预约。",
        "谢谢您一直找李医生看病！李医生2027年1月4日起恢复出诊。",
        "confirms_patient",
    ),
    (
        "an offer said to have nothing to do with reviews",
        "洗牙有没有优惠啊？",
        "本月所有新老顾客到店洗牙都可以享受八折优惠。优惠与是否评价无关，也不需要分享朋友圈。",
        "本月写好评的顾客到店洗牙都可以享受八折优惠。",
        "reward",
    ),
    (
        "soliciting reviews with rewards denied",
        "有人私信说给好评返现，是你们吗？",
        "感谢提醒！本院从来没有通过私信、电话或任何其他方式以返现、红包、礼品等形式邀请顾客写好评。",
        "感谢支持！把好评截图发给客服即可领取20元返现。",
        "reward",
    ),
    (
        "an offer open to a whole group, no review asked",
        "学生有优惠吗？",
        "有的！这些优惠面向所有学生开放，不需要团购券，也不需要转发或评价，出示学生证即可。",
        "有的！转发并评价的同学都可以享受学生优惠。",
        "reward",
    ),
    (
        "the review's own words reported back",
        "拔智齿的时候麻药打了三针还是疼，医生还一直催我。",
        "非常抱歉。您提到麻药打了三针还是疼、医生一直催促，这些我们都认真看了。",
        "非常抱歉。您提到麻药打了三针还是疼，其实您上次的片子显示有根尖炎。",
        "health_detail",
    ),
    (
        "advice to see a doctor, to anyone",
        "运动后膝盖疼要不要来看？",
        "如果疼痛超过一周没有好转，或者出现明显肿胀，建议到骨科或运动医学科就诊。",
        "您的膝盖疼痛超过一周没有好转，建议您到骨科复查。",
        "health_detail",
    ),
    (
        "what anyone can look up, not a report of theirs ready now",
        "收费是不是乱收？",
        "挂号后按医生开具的项目缴费即可，费用清单可以随时在小程序查询。",
        "您是本月12号上午9点半来做的检查，报告已经可以在自助机上打印了。",
        "date",
    ),
    (
        "thanks passed on, a pathology lab named, an app that crashed",
        "小程序挂号老是闪退。",
        "非常抱歉小程序闪退给您带来了困扰。看到您的感谢，主任说这是医生最开心的时刻。"
        "部分检查需要送到外院病理中心。如果仍然遇到问题，可以拨打客服电话，由客服人工为您挂号。",
        "非常抱歉。多收的200元已经退给您了，病理结果显示您的结节是良性的。",
        "health_detail",
    ),
]


@pytest.mark.parametrize(("what", "review", "good", "twin", "rule"), CASES)
def test_a_long_replys_general_sentence_passes_and_its_twin_about_them_is_held(
    what: str, review: str, good: str, twin: str, rule: str
) -> None:
    assert _rules(good, review) == set(), what
    assert rule in _rules(twin, review), what


def test_a_name_the_review_itself_wrote_is_no_full_name_but_a_new_one_is() -> None:
    reply = "谢谢您对前台同事的夸奖！您提到的张小姐是我们的客服主管，看到您的评价她特别开心。"
    assert _rules(reply, "前台张小姐很贴心，帮我查了好多信息。") == set()
    assert "full_name" in _rules(reply, "前台很贴心，帮我查了好多信息。")


def test_a_grandchild_born_here_is_still_a_patient_confirmed() -> None:
    assert "confirms_patient" in _rules("谢谢奶奶!我们到现在还常聊起您孙子在这里出生的那天。")
