"""Session 45 (gfa45zh): the false alarms of round 45z (own_zh_round45z.jsonl, written before its
writer read the guard: medical- or reward-looking words in everyday use, neighbours, passers-by,
callers, 好大夫 questions, 医保 accepted, the practice's dates), read as a family of wording (issue
16): the day a thing of the premises was repaired, renovated, redesigned or bought, said right
before the verb that closes its clause ([guard] date_owner). Probed with sentences written for it
in new words, none of the round's, beside the same verbs said of the reader's care, which must
stay blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

# The day of a thing of the premises: its repair, renovation, redesign or purchase, the verb closing
# the clause (the phone line, the sign, the lift, the air conditioning, a new X-ray unit)
THINGS_DAY = [
    "谢谢提醒！候诊区的空调上周四已经修好了，现在温度很舒适。",
    "抱歉！预约小程序前段时间出了问题，11月12日已经全部修复。",
    "您好，诊所外墙是去年十月翻新的，招牌也换了新的。",
    "谢谢您的建议，候诊椅是今年春天统一更换的。",
    "非常抱歉，电梯12月1日已检修完毕，可以正常使用了。",
    "您好，新的牙片机是今年三月引进的，拍片更快、辐射更低。",
    "谢谢！候诊区的净水器是上个月添置的，欢迎取用。",
    "不好意思给大家添麻烦了，停车场的道闸上周五已经维修好了。",
]
# ... and the same verbs said of the reader's care: blocked (a care word beside the verb)
THEIR_CARE = [
    "您的牙冠3月5日已经修复好了，请按时来复查。",
    "李女士，您的假牙上周三已经更换了，戴着还习惯吗？",
    "您的助听器是今年三月安装的，戴着还习惯吗？",
    "王阿姨，您的种植牙是去年十月换新的，有问题随时联系。",
    "刘先生，您的心脏起搏器去年十月已经安装好了。",
]
# ... and a date with the thing after the verb, or the visit's own verb after it: still a date
THEIR_DAY = [
    "您3月5日修复的那颗牙还疼吗？",
    "您上周三装上的牙套还紧吗？",
    "您上个月做的根管治疗已经完成了，注意不要咬硬物。",
]


@pytest.mark.parametrize("probe", probes(THINGS_DAY, "good", language="zh"))
def test_the_day_a_thing_of_the_premises_was_repaired_or_bought_is_no_visit(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(THEIR_CARE, "bad", language="zh", rule=ANY_RULE))
def test_the_same_verbs_said_of_the_readers_care_stay_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(THEIR_DAY, "bad", language="zh", rule="date"))
def test_a_date_before_the_readers_own_repair_or_visit_stays_a_date(probe: Probe) -> None:
    check(probe)
