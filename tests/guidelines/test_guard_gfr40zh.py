"""Session 40 (gfr40zh): the families of wording behind the misses of round 40f in zh (issue 16),
a round written before its writer read the guard. Each probe is a sentence written for the family,
none of the round's or the pool's items, beside the same words said of the reviewer where those
must stay blocked: the surname and title of a public name with a given name between (their full
name), an answer given to them in the patients' own app, regards sent to the relative a review of
their care writes of, what a finding does not mean for anyone, and how a thing the review tells of
feels to anyone."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes, reply_probes

PLAIN = "环境很干净，前台也很热情。"


GIVEN_NAME_BETWEEN = [
    ("张老师", "感谢张志强老师一直以来的支持，欢迎常来坐坐。"),
    ("陈老师", "陈静老师，谢谢您这么细致的反馈！"),
    ("刘姐", "谢谢刘秀兰姐的好评，祝您生活愉快。"),
    ("孙师傅", "谢谢孙建华师傅的夸奖，祝您一路平安。"),
    ("王总", "谢谢王建国总的认可，我们会继续努力。"),
]


@pytest.mark.parametrize(
    "probe",
    probes(GIVEN_NAME_BETWEEN, "reviewer bad", rule="full_name", language="zh", review=PLAIN),
)
def test_the_given_name_between_a_public_surname_and_title_is_a_full_name(probe: Probe) -> None:
    check(probe)


SURNAME_AND_TITLE = [
    ("张老师", "谢谢张老师的好评！期待再次见到您。"),
    ("张老师", "谢谢张老师！我们的张医生也让我向您问好。"),
    ("刘姐", "谢谢刘姐的支持，我们会继续努力。"),
    ("王总", "谢谢王总！李院长也很感谢您的建议。"),
]


@pytest.mark.parametrize(
    "probe",
    probes(SURNAME_AND_TITLE, "reviewer good", spared="full_name", language="zh", review=PLAIN),
)
def test_the_public_surname_and_title_alone_stay_clean(probe: Probe) -> None:
    check(probe)


ANSWERED_IN_THE_APP = [
    "谢谢您的认可！护士已经在患者端给您回复了，请留意一下。",
    "您的问题李医生已经在我们的公众号里为您解答过了。",
    "王医生已经在会员小程序里给您回了消息，登录就能看到。",
    "感谢好评！医生通过互联网医院向您答复过了，有空可以看看。",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes(
        "zh", ANSWERED_IN_THE_APP, rule="confirms_patient", review=PLAIN, reviewer="小雨点"
    ),
)
def test_an_answer_given_to_them_in_the_patients_app_confirms_a_patient(probe: Probe) -> None:
    check(probe)


APP_FOR_ANYONE = [
    "谢谢支持！患者小程序里可以给医生留言，医生一般在一天内回复。",
    "谢谢！小程序留言一般一小时内回复，欢迎大家使用。",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes("zh", APP_FOR_ANYONE, spared="confirms_patient", review=PLAIN, reviewer="小雨点"),
)
def test_how_anyone_is_answered_in_the_app_stays_clean(probe: Probe) -> None:
    check(probe)


REGARDS_TO_RELATIVES = [
    (
        "我妈在这里看了三年糖尿病，医生一直很耐心。",
        "谢谢您的信任！请代我们向阿姨问好，祝她身体健康！",
    ),
    (
        "带我爸来做的白内障手术，很顺利。",
        "感谢您的好评，替我们问候一下叔叔，祝他早日康复。",
    ),
    ("陪奶奶来做理疗，护士对她特别好。", "谢谢您的好评！也请代我们向奶奶问声好。"),
    (
        "我爸在这住了一周院，护工每天帮他翻身。",
        "谢谢您！请代我们向叔叔问好，我们会把您的谢意转达给护工们。",
    ),
]


@pytest.mark.parametrize(
    "probe", probes(REGARDS_TO_RELATIVES, "review good", language="zh", reviewer="孝顺的小孙")
)
def test_regards_to_the_relative_a_review_of_their_care_names_stay_clean(probe: Probe) -> None:
    check(probe)


REGARDS_WITH_NEWS = [
    # no care told in the review: the greeting tells that the relative is known here
    (PLAIN, "谢谢您的好评！请代我们向阿姨问好。"),
    # news of the relative beside the greeting
    ("我妈在这里看了三年糖尿病。", "谢谢！请代我们问候阿姨，她每次来复查都特别准时。"),
    ("我爸在这住了一周院。", "谢谢！请代我们向叔叔问好，我们会继续照顾好他。"),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        REGARDS_WITH_NEWS,
        "review bad",
        rule="confirms_patient",
        language="zh",
        reviewer="孝顺的小孙",
    ),
)
def test_regards_with_news_or_without_a_review_of_care_stay_blocked(probe: Probe) -> None:
    check(probe)


_WORRY = "想问问体检指标高了是不是就得了大病？好担心。"


FINDINGS_FOR_ANYONE = [
    "结节偏大也不一定就是恶性的，需要进一步检查才能判断。",
    "血压一次偏高并不代表就是高血压，建议多测几次。",
    "转氨酶高一点不等于肝有问题，很多时候和休息不好有关。",
    "CT上看到阴影不一定意味着肺癌，医生会结合病史综合判断。",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes(
        "zh", FINDINGS_FOR_ANYONE, spared="health_detail", review=_WORRY, reviewer="担心的小林"
    ),
)
def test_what_a_finding_does_not_mean_for_anyone_stays_clean(probe: Probe) -> None:
    check(probe)


THEIR_FINDINGS = [
    "您的肿瘤标志物偏高，但不一定就是癌症，请尽快来复查。",
    "您这次的血压偏高并不代表就是高血压，不过下周要再量一次。",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes("zh", THEIR_FINDINGS, rule="health_detail", review=_WORRY, reviewer="担心的小林"),
)
def test_what_their_own_finding_does_not_mean_stays_blocked(probe: Probe) -> None:
    check(probe)


FEELINGS_FOR_ANYONE = [
    (
        "第一次带孩子来补牙，孩子一点都没哭，医生很会哄。",
        "谢谢您的好评！补牙对小朋友来说确实有点可怕，听到孩子一点都没哭，我们也很开心。",
    ),
    (
        "洗牙的时候一点都不紧张，护士一直在跟我聊天。",
        "谢谢！洗牙对很多人来说有点紧张，听到您一点都不紧张，我们也很高兴。",
    ),
]


@pytest.mark.parametrize(
    "probe", probes(FEELINGS_FOR_ANYONE, "review good", language="zh", reviewer="小虎妈妈")
)
def test_how_the_reviews_own_story_feels_to_anyone_stays_clean(probe: Probe) -> None:
    check(probe)


def test_a_new_fact_beside_the_feeling_stays_blocked() -> None:
    review = "第一次带孩子来补牙，孩子一点都没哭，医生很会哄。"
    reply = "谢谢！补牙对小朋友来说确实有点可怕，孩子还有两颗龋齿下次要补。"
    check(Probe("zh", review, "小虎妈妈", reply, "health_detail", None))


HOSPITAL_STAYS = [
    "谢谢您的好评！您住了半个月院，真是辛苦了。",
    "感谢支持，阿姨住过一周的院，回家后注意休息。",
    "谢谢！您在我们这住了好几天的院，护士们都很惦记您。",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes("zh", HOSPITAL_STAYS, rule="health_detail", review=PLAIN, reviewer="小雨点"),
)
def test_a_hospital_stay_with_its_length_inside_is_a_health_detail(probe: Probe) -> None:
    check(probe)


def test_a_yard_lived_in_for_long_is_no_hospital_stay() -> None:
    reply = "谢谢！我们住了这么久的院子终于翻修好了，欢迎大家来参观。"
    check(Probe("zh", PLAIN, "小雨点", None, None, reply, spared="health_detail"))


COLLEAGUES_MOVED = [
    "是的，原护士长赵敏于今年8月调任分院，现任护士长是孙婷。",
    "谢谢关心！李国强医生10月起升任骨科主任，门诊时间不变。",
    "谢谢！陈医生明年3月去北京进修，期间由王医生代诊。",
]


@pytest.mark.parametrize(
    "probe",
    reply_probes(
        "zh",
        COLLEAGUES_MOVED,
        spared="date",
        review="你们的护士长是不是换人了？",
        reviewer="路人小张",
    ),
)
def test_a_colleagues_move_or_promotion_dates_no_visit(probe: Probe) -> None:
    check(probe)


def test_their_own_visit_on_a_day_stays_dated() -> None:
    reply = "谢谢！您今年8月来做的检查，报告我们已经寄出了。"
    check(Probe("zh", PLAIN, "小雨点", reply, "date", None))
