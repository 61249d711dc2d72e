"""Round 33zh (session 33, issue 16): Chinese dates in words, the reviewer's relatives by any
kinship term, money still owed or owed to them, and the same words said of everyone.

Leaks (each let through, or not found by its own rule, before this round), each beside a good
reply in the same words:
- a day of the lunar calendar or a feast and a step from it ("农历八月十五那天", "清明前后那个
  周末", [guard] dates: a grammar of numerals and units, not a list of days), and a slot kept for
  them with the slot first ("初八开诊后第一个号就留给您", [reading] care);
- a relative named by any kinship term, siblings and in-laws too ("您小舅子的骨折手术", "您姐姐
  刘春燕", [guard] addressee and names, [reading] kin);
- what they bought wherever they bought it, and what of it is left undone ("您在美团上买的体检
  套餐还有一项甲状腺B超没做", [guard] addressee and billing).
Good replies (each flagged before): an instalment offer with its kind between ("支持医疗分期",
[guard] general); a supplier's statement ("对账单") answered to a supplier (the insurance family
read as billing is: no patient's bill where the review tells a role other than a patient's); a
share of cases ("大部分是良性的", [reading] case_general).

Each reply is judged as the editor judges it (``guard_reply``: the review, its author and the
practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, a leak, the rule it must be found by, a good reply in its words)
LEAKS = [
    (
        "手术做得很好",
        "感谢认可！您农历八月十五那天做的手术，恢复期还要再注意一个月。",
        "date",
        "感谢认可！每年农历八月十五我们照常开诊，欢迎大家中秋节来喝茶赏月。",
    ),
    (
        "前台服务好，环境也好",
        "谢谢您的五星好评！清明前后那个周末给您安排了复诊，具体几点前台会打电话跟您确认。",
        "date",
        "谢谢您的五星好评！清明前后那个周末我们照常开诊，停车场免费开放。",
    ),
    (
        "根管治疗做了两次，医生手法轻",
        "新年快乐！初八开诊后第一个号就留给您，根管第三次治疗可不能拖太久哦。",
        "confirms_patient",
        "新年快乐！初八开诊后号源比较紧张，建议大家提前在公众号预约。",
    ),
    (
        "急诊很快就安排了",
        "谢谢您理解，您小舅子的骨折手术排在明天第一台，今晚十点以后禁食禁水。",
        "health_detail",
        "谢谢您理解，急诊的骨折手术一般排在入院后第二天，具体以主治医生安排为准。",
    ),
    (
        "姐姐做手术，谢谢医生",
        "谢谢您的评价，您姐姐刘春燕的术后病理我们已经电话通知她本人了。",
        "full_name",
        "谢谢您的评价，术后病理一般七个工作日出结果，可以在小程序上查询。",
    ),
    (
        "美团买的体检，流程快",
        "亲，您在美团上买的体检套餐还有一项甲状腺B超没做，记得抽空来补上。",
        "billing",
        "亲，美团上的体检套餐包含甲状腺B超等十二项，有效期一年，欢迎预约。",
    ),
]


@pytest.mark.parametrize(
    ("review", "leak", "rule", "good"),
    LEAKS,
    ids=[
        "a-lunar-month-and-day-in-words",
        "a-feast-and-a-step-from-it",
        "a-lunar-day-and-a-slot-kept-for-them",
        "a-relative-by-an-in-law-kinship-term",
        "a-sister-named-in-full",
        "a-package-bought-elsewhere-with-an-item-left",
    ],
)
def test_a_leak_in_these_words_is_found_by_its_rule_and_a_general_reply_passes(
    review: str, leak: str, rule: str, good: str
) -> None:
    assert rule in rules_in_editor(leak, review, "zh")
    assert rules_in_editor(good, review, "zh") == set()


# (review, a good reply, its twin that tells the reviewer's own case, the twin's rule)
GOOD_AND_TWIN = [
    (
        "种牙太贵了",
        "我们的种植牙支持医疗分期，最长二十四期，具体方案由合作金融机构审核，欢迎到店咨询。",
        "您的种植牙医疗分期已经办好了，最长二十四期，每个月十号扣款。",
        "billing",
    ),
    (
        "我们是耗材供应商，发票开出去三个月了货款还没结。",
        "您好，财务已经核对了对账单，款项会在本月二十五日前付清。给您带来不便，深表歉意。",
        "您好，财务已经核对了您种植牙的账单，多收的款项会在本月二十五日前退回。",
        "billing",
    ),
    (
        "医生解释得清楚",
        "谢谢您！胃镜检查发现的息肉大部分是良性的。",
        "谢谢您！这次胃镜检查发现的息肉是良性的。",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    ("review", "reply", "twin", "rule"),
    GOOD_AND_TWIN,
    ids=["an-instalment-offer-for-everyone", "a-suppliers-statement", "a-share-of-cases"],
)
def test_a_reply_about_everyone_passes_and_its_twin_about_the_reviewer_is_found(
    review: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, "zh") == set()
    assert rule in rules_in_editor(twin, review, "zh")
