"""Round 29zh (session 29, issue 16): Chinese good replies of the blind false-alarm kinds and
leaks of the blind leak kinds, read by construction rather than by one reply's words.

Good replies (each failed on the code before this round):
- a date with a gloss in brackets is one date with it ("2月9日（除夕）至2月12日（初三）休息",
  "端午节（6月10日）当天休诊"): the practice's days off, as "2月9日至2月12日休息" already was;
- a free first consultation is a scope of the practice's offer ([reading] scope "首次"), no
  reward: "首次咨询免费";
- a reward scheme said not to be ours ([reading] negators "并非", "谣言": "所谓“好评送洗牙券”并非
  本院所为"), or hearsay then denied ([reading] asked "网传", "所谓": "关于近期网传“晒图返20元”的
  声明：本院从未发起此类活动");
- others' visits ("为保证后面预约的顾客按时就诊"), a group that are no patients
  ("所有候选人的结果会在下周五前电话通知"), insurers the practice works with or claims it never
  handles, how long a refund takes ("7个工作日内原路退回"), a colleague's award or leave with
  its date.
Leaks (each passed before): how much they smoke ("从一天一包减到三根"), who it was that treated
them ("给您做洁治的是卫生士郭晓燕"), that day's records pulled ("调取了当天的就诊记录").

Each reply is judged as the editor judges it (``guard_reply``: the review, its author and the
practice's default settings), beside a twin that must still be found."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, author, a good reply, its twin that tells the reviewer's care, the twin's rule)
GOOD_AND_TWIN = [
    (
        "过年开门吗",
        "",
        "本诊所2月9日（除夕）至2月12日（初三）休息，2月13日起正常接诊。祝大家新春快乐！",
        "您2月9日（除夕）来拔的那颗牙，伤口长好了吗？",
        "date",
    ),
    (
        "端午开门吗",
        "",
        "端午节（6月10日）当天休诊一天，11日恢复接诊。",
        "端午节（6月10日）您来补的牙还好吗？",
        "date",
    ),
    (
        "环境不错",
        "",
        "感谢关注！我们所有门店首次咨询免费，欢迎来电。",
        "您好，感谢您的好评，写好评再送一次免费洗牙。",
        "reward",
    ),
    (
        "朋友说写点评送洗牙券",
        "",
        "所谓“好评送洗牙券”并非本院所为，请勿轻信。",
        "好评送洗牙券，欢迎参与。",
        "reward",
    ),
    (
        "晒图返20元是真的吗",
        "",
        "关于近期网传“晒图返20元”的声明：本院从未发起此类活动。",
        "晒图返20元，本院近期发起此类活动。",
        "reward",
    ),
    (
        "迟到十分钟就不给看了",
        "",
        "非常抱歉。为保证后面预约的顾客按时就诊，我们规定迟到超过15分钟需要重新排号。",
        "非常抱歉。请您下次按时复诊，我们规定迟到超过15分钟需要重新排号。",
        "confirms_patient",
    ),
    (
        "面试完一直没消息",
        "小李",
        "小李你好，抱歉让你久等了。所有候选人的结果会在下周五前电话通知。",
        "小李你好，抱歉让你久等了。你的复查结果会在下周五前电话通知。",
        "confirms_patient",
    ),
    (
        "能用商业保险吗",
        "",
        "本院与二十多家商业保险公司直付合作，就诊前请向前台出示保险卡。",
        "您的商业保险已经帮您直付了。",
        "billing",
    ),
    (
        "能帮我报商业保险吗",
        "",
        "您好，我们诊所从不处理医保报销以外的理赔，商业保险请直接联系保险公司。",
        "您好，我们诊所不处理您的商业保险理赔。",
        "billing",
    ),
    (
        "预约金怎么退",
        "",
        "预约金在就诊后7个工作日内原路退回，如有疑问请联系客服。",
        "您说得对，非常抱歉。两百元预约金已经原路退回，五个工作日内到账。",
        "billing",
    ),
    (
        "护士很好",
        "",
        "谢谢！我们的王护士长从业二十年，今年5月获得了市优秀护士称号。",
        "谢谢！您今年5月来做的检查，王护士长还记得。",
        "date",
    ),
    (
        "张医生还在吗",
        "",
        "我院张医生将于3月1日起休产假，其门诊由李医生代诊。",
        "您3月1日来做的产检一切正常。",
        "date",
    ),
]


@pytest.mark.parametrize(
    ("review", "author", "reply", "twin", "rule"),
    GOOD_AND_TWIN,
    ids=[
        "holiday-glossed",
        "holiday-bracketed-date",
        "first-consultation-free",
        "scheme-denied-as-not-ours",
        "hearsay-then-denied",
        "others-on-time",
        "all-candidates",
        "insurers-we-work-with",
        "claims-we-never-handle",
        "refunds-take-days",
        "colleague-award",
        "colleague-leave",
    ],
)
def test_a_good_reply_of_a_blind_false_alarm_kind_passes_and_its_twin_is_found(
    review: str, author: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, "zh", author) == set()
    assert rule in rules_in_editor(twin, review, "zh", author)


# (review, a leak of a blind leak kind, the rule, a good reply of the same words)
LEAKS = [
    (
        "医生很耐心",
        "感谢认可。戒烟门诊的疗程本来就需要坚持，您这两个月从一天一包减到三根，已经非常了不起。",
        "health_detail",
        "感谢认可。吸烟会加重牙周病，戒烟越早越好，我们的戒烟门诊每周三下午开放。",
    ),
    (
        "洗牙很舒服",
        "感谢好评！给您做洁治的是卫生士郭晓燕，她会很开心听到您的评价。",
        "confirms_patient",
        "感谢好评！我们的卫生士团队会很开心听到您的评价。",
    ),
    (
        "态度差",
        "您好，关于您反映的情况，我们已经调取了当天的就诊记录。",
        "confirms_patient",
        "您好，调取病历记录需本人携带身份证到一楼病案室办理。",
    ),
]


@pytest.mark.parametrize(
    ("review", "leak", "rule", "good"),
    LEAKS,
    ids=["cigarettes-a-day", "who-treated-you", "that-days-records"],
)
def test_a_leak_of_a_blind_leak_kind_is_found_and_a_good_reply_of_its_words_passes(
    review: str, leak: str, rule: str, good: str
) -> None:
    assert rule in rules_in_editor(leak, review, "zh")
    assert rules_in_editor(good, review, "zh") == set()
