"""Round 30zh (session 30, issue 16): Chinese good replies of the blind false-alarm kinds read by
construction, each beside a twin in the same words that tells the reviewer's own care.

Good replies (each flagged by the code before this round):
- a fee named by its name with its amount is the practice's price ([reading] timetable:
  "预约金为50元", "补打……，费用1元", "普通号20元，专家号50元"), not one charged ("这次的预约金50元
  已经退回");
- a date of the practice's own hours ("12月31日下午提前至4点下班"), a season of the practice
  before its date ([guard] date_owner: "今年的体检季从4月1日开始"), a colleague who retired
  ("今年9月已经光荣退休");
- the premises cleaned by the clock ("所有治疗室每天消毒两次"), no one's dose;
- an offer to a company ("企业团检另有优惠"), cards on sale ("礼品卡在前台有售，100元面值"), an
  invoice anyone downloads ("下载即可，单位报销也适用");
- what a step can do for anyone ("回家洗脸洗鼻，可以减轻症状"), no one's outcome;
- what is done with every report once it is out ("检验报告出具后会推送到绑定的公众号");
- what the practice does for whoever comes ("只做洁牙和美白", "都由主治医生亲自完成", "目前暂停
  接种"), a review meant for another place ("您可能评价错了店铺");
- thanks to everyone for years of trust ("感谢大家多年来的信任").
Leaks (each passed before): the clinician who knows their case ("他对您的情况最了解"), the
reviewer coming on a schedule of their own for their care ("您每周一和周四傍晚来做透析"), a solar
term or feast as the day of their visit ("您去年冬至来贴的三九贴"), the money on their card, "your"
said by a demonstrative and a measure word ("您那张卡里的钱还够做三次推拿").

Each reply is judged as the editor judges it (``guard_reply``: the review, its author and the
practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, author, a good reply, its twin that tells the reviewer's care, the twin's rule)
GOOD_AND_TWIN = [
    (
        "预约金能退吗",
        "",
        "您好，预约金为50元，就诊当天抵扣诊疗费；如需取消，请在就诊前24小时告知。",
        "您好，您这次的预约金50元已经退回到原账户了。",
        "billing",
    ),
    (
        "病历本丢了怎么办",
        "",
        "您好,纸质病历本遗失可以在一楼自助机补打,费用1元。",
        "您好,您的病历本我们已经补打好了,费用1元已经扣了。",
        "billing",
    ),
    (
        "想问能不能看",
        "",
        "您好，这个问题线上无法判断，建议挂个号当面看看，普通号20元，专家号50元。",
        "您好，您上次挂的专家号50元已经退了。",
        "billing",
    ),
    (
        "元旦放假吗",
        "",
        "各位好，元旦（1月1日）休息一天，12月31日下午提前至4点下班。",
        "您好，您12月31日的种植手术改到1月3日了。",
        "date",
    ),
    (
        "体检什么时候开始",
        "",
        "谢谢您的留言，今年的体检季从4月1日开始，企业客户请提前一周预约。",
        "谢谢您的留言，您4月1日做的体检报告已经出来了。",
        "date",
    ),
    (
        "王医生还在吗",
        "",
        "王建平医生今年9月已经光荣退休，感谢大家多年来的信任。",
        "您今年9月来做的手术，王医生还记得。",
        "date",
    ),
    (
        "环境不错",
        "",
        "感谢您的认可！所有治疗室每天消毒两次，请放心。",
        "感谢您的认可！所有治疗室每天消毒两次，您上次拔牙的那间也是。",
        "health_detail",
    ),
    (
        "体检套餐多少钱",
        "",
        "您好，基础套餐399元、中老年套餐899元，均含早餐和报告解读。企业团检另有优惠。",
        "感谢您的好评！为表谢意，下次到店洗牙我们给您打五折。",
        "reward",
    ),
    (
        "你们开发票吗",
        "",
        "可以开具医疗收费电子票据，缴费后在公众号里下载即可，单位报销也适用。",
        "您的电子票据已经开好，您单位报销了一半。",
        "billing",
    ),
    (
        "秋天鼻子特别难受",
        "",
        "每年8月至10月是花粉高峰期。出门戴口罩、回家洗脸洗鼻，可以减轻症状。",
        "您的鼻炎用了喷剂以后症状减轻了不少，继续坚持。",
        "health_detail",
    ),
    (
        "检查结果可以手机上看吗",
        "",
        "可以的。检验报告出具后会推送到绑定的公众号，影像报告需要到一楼自助机扫码获取。",
        "可以的。检验报告出具后会推送到公众号，那份结果显示一切正常。",
        "confirms_patient",
    ),
    (
        "拔牙拔坏了，再也不来了",
        "",
        "您好，经核实我们门店没有拔牙项目，只做洁牙和美白，您可能评价错了店铺。",
        "谢谢！这次只做洁牙，下次再做美白。",
        "health_detail",
    ),
    (
        "医生靠谱吗",
        "",
        "您好，我们诊所的医生都持有执业证书，复诊、拔牙、补牙都由主治医生亲自完成。",
        "您好，您的复诊由您的主治医生亲自完成。",
        "confirms_patient",
    ),
    (
        "想来打加强针",
        "",
        "您好，新冠疫苗加强针目前暂停接种，恢复时间请关注我们的公众号通知。",
        "您好，您的加强针已经打完了，没有不良反应。",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    ("review", "author", "reply", "twin", "rule"),
    GOOD_AND_TWIN,
    ids=[
        "deposit-by-its-name",
        "reprint-fee",
        "ticket-prices",
        "early-closing-day",
        "season-from-a-date",
        "colleague-retired",
        "rooms-cleaned-twice-a-day",
        "offer-to-companies",
        "invoice-anyone-downloads",
        "what-eases-symptoms",
        "every-report-is-sent",
        "only-what-we-do",
        "who-does-the-work",
        "service-paused",
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
        "李主任很好",
        "感谢好评！下次来还是找李主任就行，他对您的情况最了解。",
        "confirms_patient",
        "感谢好评！李主任每周二、四上午出诊，欢迎预约。",
    ),
    (
        "护士很好",
        "您好，您每周一和周四傍晚来做透析，我们已经给您固定了床位。",
        "confirms_patient",
        "您好，透析中心每周一至周六开放，床位请提前预约。",
    ),
    (
        "服务好",
        "谢谢！您去年冬至来贴的三九贴，今年还来吗？",
        "date",
        "谢谢！冬至前后是贴三九贴的时候，体质虚寒的朋友可以来咨询。",
    ),
    (
        "服务好",
        "感谢支持！您那张卡里的钱还够做三次推拿。",
        "billing",
        "感谢支持！本店储值卡在前台有售，卡里的钱可以用于所有项目。",
    ),
]


@pytest.mark.parametrize(
    ("review", "leak", "rule", "good"),
    LEAKS,
    ids=[
        "clinician-knows-your-case",
        "your-regular-slot",
        "a-solar-term-as-the-day",
        "money-on-your-card",
    ],
)
def test_a_leak_of_a_blind_leak_kind_is_found_and_a_good_reply_of_its_words_passes(
    review: str, leak: str, rule: str, good: str
) -> None:
    assert rule in rules_in_editor(leak, review, "zh")
    assert rules_in_editor(good, review, "zh") == set()
