"""Session 39 (gfazh39, issue 16): whom the words are passed on to, and a "you" that only
reports the review.

- Polish: the review's words passed on to a colleague named in full with her role in
  apposition ("przekażemy je pani Barbarze Lis, naszej położnej") name no carer of the
  reader's; a name whose sentence ends by passing the review's words on to her ("przekażemy
  jej te słowa", en "we'll pass your kind words on to her") is a colleague, no patient named
  in full. Her care in the same sentence, her results passed on, or the reviewer's own name
  still block.
- Chinese (and English): where the only "you" of a sentence is in the words that report the
  review ("听到您说", "看到您说", "as you say"), the doctor the review itself named and a
  team named by its field ("正畸团队") are the practice's, no care of the reader's; a "you"
  outside the report ("帕医生会为您安排下周的复查", "您的正畸医生") still blocks, and so does
  whom they told something to at the practice ("As you mentioned to our hygienist, ...").
- A Chinese apology for what the review told, in another form of its word ("很抱歉肿胀持续了这么
  久" after "脸肿了一个星期"), is the review's own; the same apology to a review that never
  named it, or with a diagnosis of its own, still blocks.
- Chinese: whoever does a step of booking, a 的-phrase opening its clause ("二十四小时之内取消
  的，定金可以转为下次就诊费用"), is anyone: a rule, no visit of theirs; "您取消的" or "上周
  取消的" still blocks.
"""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reply, the reviewer's public name): good replies the practice may publish
PASS = [
    (
        "pl",
        "Położne bardzo troskliwe.",
        "Dziękujemy za miłe słowa! Przekażemy je pani Barbarze Lis, naszej położnej, która na "
        "pewno bardzo się ucieszy.",
        "Grażyna",
    ),
    (
        "pl",
        "Chciałabym pochwalić panią z laboratorium.",
        "Dziękujemy, Pani Zofio! Pani Ewa Dąbrowska naprawdę ma lekką rękę – przekażemy jej te "
        "słowa.",
        "Zofia",
    ),
    (
        "en",
        "The phlebotomist was so gentle.",
        "Sarah Jones really has a gentle touch, and we'll pass your kind words on to her.",
        "Tom",
    ),
    (
        "zh",
        "在帕医生那里做的根管治疗，本来特别害怕，结果一点都不疼。",
        "听到您说一点都不疼，是对我们帕医生最好的肯定。",
        "韩女士",
    ),
    (
        "zh",
        "我在这里做了牙齿矫正，两年下来效果很好，谢谢黄医生！",
        "看到您说矫正两年效果很好，黄医生和整个正畸团队都特别开心！",
        "小鹿",
    ),
    (
        "en",
        "Dr Patel was great with my root canal.",
        "As you say, Dr Patel was great, and the whole endodontics team is delighted.",
        "Ann",
    ),
    (
        "zh",
        "拔完智齿脸肿了一个星期，也没人提前说一声。",
        "很抱歉肿胀持续了这么久，也没有人事先告诉您。",
        "",
    ),
    (
        "zh",
        "取消预约定金退不退",
        "诊所的规定是：预约前二十四小时取消的，定金全额退还；二十四小时之内取消的，定金可以转为下次"
        "就诊费用。",
        "",
    ),
]

# (language, review, reply, author, a rule that must still fire): the same shapes about them
BLOCK = [
    (
        "pl",
        "Położne bardzo troskliwe.",
        "Przekażemy je pani Barbarze Lis, naszej położnej, która prowadziła Pani ciążę.",
        "Grażyna",
        "confirms_patient",
    ),
    (
        "pl",
        "Położne bardzo troskliwe.",
        "Przekażemy wyniki pani Grażynie Lis, naszej pacjentce.",
        "Grażyna Lis",
        "confirms_patient",
    ),
    (
        "pl",
        "Chciałabym pochwalić panią z laboratorium.",
        "Pani Ewa Dąbrowska miała u nas zabieg – przekażemy jej te słowa.",
        "Zofia",
        "full_name",
    ),
    (
        "pl",
        "Chciałabym pochwalić panią z laboratorium.",
        "Pani Ewa Dąbrowska naprawdę ma lekką rękę – przekażemy jej wyniki badań.",
        "Zofia",
        "full_name",
    ),
    (
        "en",
        "The phlebotomist was so gentle.",
        "Sarah Jones had her implant placed here last week, and we'll pass your words on to her.",
        "Tom",
        "full_name",
    ),
    (
        "en",
        "The phlebotomist was so gentle.",
        "Sarah Jones really has a gentle touch, and we'll pass her results on to her.",
        "Tom",
        "full_name",
    ),
    (
        "zh",
        "在帕医生那里做的根管治疗，本来特别害怕，结果一点都不疼。",
        "听到您说一点都不疼，帕医生会为您安排下周的复查。",
        "韩女士",
        "confirms_patient",
    ),
    (
        "zh",
        "我在这里做了牙齿矫正，两年下来效果很好，谢谢黄医生！",
        "看到您说效果很好，您的正畸医生黄医生特别开心！",
        "小鹿",
        "health_detail",
    ),
    (
        "en",
        "Dr Patel was great with my root canal.",
        "As you say, your root canal with Dr Patel went well, and the endodontics team is "
        "delighted.",
        "Ann",
        "health_detail",
    ),
    (
        "en",
        "Hygienist was chatty.",
        "As you mentioned to our hygienist, you've been under a lot of stress at work lately, so "
        "we'll keep things quieter next time.",
        "Gail",
        "confirms_patient",
    ),
    (
        "zh",
        "等了一个小时才看上病。",
        "很抱歉肿胀持续了这么久，也没有人事先告诉您。",
        "",
        "health_detail",
    ),
    (
        "zh",
        "拔完智齿脸肿了一个星期，也没人提前说一声。",
        "很抱歉肿胀持续了这么久，您的干槽症我们会继续处理。",
        "",
        "health_detail",
    ),
    ("zh", "取消预约定金退不退", "您取消的，定金可以转为下次就诊费用。", "", "confirms_patient"),
    ("zh", "取消预约定金退不退", "上周取消的，定金可以转为下次就诊费用。", "", "confirms_patient"),
]


@pytest.mark.parametrize("probe", probes(PASS, "language review good reviewer"))
def test_a_colleague_or_the_reported_review_passes_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad reviewer rule"))
def test_the_same_words_about_the_reviewer_stay_blocked(probe: Probe) -> None:
    check(probe, editor=True)
