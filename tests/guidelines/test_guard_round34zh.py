"""Round 34zh (session 34, issue 16): Chinese good replies of the blind false-alarm kinds, read
by construction rather than by one reply's words, each beside a twin that tells the reviewer's
own case and must still be found.

Good replies (each flagged in the editor before this round; the neighbour's by the rules alone,
the learned reader let it pass):
- a rule for everyone by its scope: a price range ("在三千到一万元之间"), who it is for by a
  的-phrase of a condition ("未备案的可以先自费") or a kind of patient ("医保患者押金可以减半"),
  read past the greeting that opens the sentence ("您好，");
- regulars named with a rule of theirs ("老患者复诊无需重新建档");
- a closing offer of service ("期待下次为您和家人提供服务", "期待以后继续为您和家人服务");
- a doctor busy in theatre as the reason for a wait ("那天院长临时有手术");
- a health word said of a thing or as a figure of speech ("小程序的老毛病", "打了一针强心剂");
- a neighbour's nuisance as the review ("你们的救护车晚上经常鸣笛"): the practice's hours in the
  reply are no visit;
- refusals that reach past "包括", a review named only to say it is no condition ("评价与优惠无关",
  "无论您是否评价"), thanks repaid by effort ("作为回馈，我们会继续…"), a token or a gift to the
  staff ("送您一朵小红花", "送给全体医护最好的礼物");
- a relative's name the review wrote, said back with a title ("张建国叔叔").

Each reply is judged as the editor judges it (``guard_reply``: the review, its author and the
practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, author, a good reply, its twin that tells the reviewer's case, the twin's rule)
GOOD_AND_TWIN = [
    (
        "请问住院要多少钱",
        "网友",
        "住院押金根据科室不同在三千到一万元之间，出院时多退少补，医保患者押金可以减半。",
        "医保患者押金可以减半，您上次交的三千元已经退了一半。",
        "billing",
    ),
    (
        "请问你们收医保吗",
        "网友",
        "您好，异地医保需要在参保地备案后才能直接结算，未备案的可以先自费，再回当地报销。",
        "您好，未备案的可以先自费，您上次的两千元已经报销了。",
        "billing",
    ),
    (
        "挂号费多少",
        "问问",
        "老患者复诊无需重新建档。",
        "老患者了，这次给您免了挂号费。",
        "confirms_patient",
    ),
    (
        "环境好",
        "阿强",
        "感谢您的好评！期待下次为您和家人提供服务。",
        "期待下次为您复查。",
        "confirms_patient",
    ),
    (
        "环境好",
        "阿强",
        "期待以后继续为您和家人服务。",
        "继续为您调整牙套。",
        "confirms_patient",
    ),
    (
        "面试等了两个小时",
        "应聘者",
        "非常抱歉让您久等，那天院长临时有手术。我们已调整流程。",
        "那天您十点一刻到的，医生刚好在手术。",
        "date",
    ),
    (
        "小程序老闪退",
        "程序员",
        "抱歉！小程序的老毛病是登录后偶尔闪退，技术部已经发布了新版本。",
        "您的老毛病腰椎间盘突出好些了吗？",
        "health_detail",
    ),
    (
        "等太久",
        "赶时间",
        "您的建议给我们打了一针强心剂。",
        "医生给您打了一针止痛针。",
        "health_detail",
    ),
    (
        "你们的救护车晚上经常鸣笛",
        "附近商户",
        "感谢理解与提醒，我们已和急救中心沟通，晚上十点后进出小区路段尽量不鸣笛。",
        "抱歉打扰，您上周三下午来拔牙时停的车我们已经挪了。",
        "date",
    ),
    (
        "评价",
        "吃货",
        "感谢您的建议，我们拒绝任何形式的刷好评行为，包括赠送礼品。",
        "我们不做好评返现，不过您追评带图的话，再送您一次免费洗牙。",
        "reward",
    ),
    (
        "评价",
        "吃货",
        "评价与优惠无关，所有顾客都能享受会员价。",
        "谢谢您的好评，作为回馈，送您一张五十元代金券。",
        "reward",
    ),
    (
        "评价",
        "吃货",
        "无论您是否评价，首次洗牙都是半价。",
        "好评就送您一份小礼物！",
        "reward",
    ),
    (
        "很好",
        "吃货",
        "谢谢您的好评，作为回馈，我们会继续做好每一次服务。",
        "谢谢您的好评，作为回馈，下次洗牙免费。",
        "reward",
    ),
    (
        "很好",
        "吃货",
        "谢谢亲的五星好评，送您一朵小红花🌸",
        "谢谢亲的好评，送您一朵小红花，下次来洗牙打八折哦。",
        "reward",
    ),
    (
        "很好",
        "吃货",
        "感谢认可！您的评价是送给全体医护最好的礼物。",
        "您的好评送给我们医护团队，我们送您一次免费洗牙。",
        "reward",
    ),
    (
        "替我爸爸张建国谢谢心内科的医生",
        "张小雨",
        "张小雨您好，谢谢您替张建国叔叔写下感谢，我们已转达给心内科团队。",
        "张建国叔叔的支架手术很成功，出院后要坚持吃药。",
        "health_detail",
    ),
]


@pytest.mark.parametrize(("review", "author", "reply", "twin", "rule"), GOOD_AND_TWIN)
def test_a_good_reply_of_a_blind_false_alarm_kind_passes_and_its_twin_is_found(
    review: str, author: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, "zh", author) == set()
    assert rule in rules_in_editor(twin, review, "zh", author)
