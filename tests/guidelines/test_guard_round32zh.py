"""Round 32zh (session 32, issue 16): whom a Chinese sentence that names nobody is about. Chinese
drops its subjects and joins with commas what other languages make clauses, so one sentence may
speak of people in general and then of the reviewer's own case with no "您" between.

Good replies (each flagged by the code before this round), each beside a twin in the same words
that tells the reviewer's own case:
- a group named by a 的-phrase as the topic of its part ("做完关节置换的患者，我们都会……", [reading]
  group);
- a review that asks by a question word, with no question mark ("能维持多久", [reading] question):
  the reply's general sentences answer it;
- a time counted from a procedure anyone prepares for ("检查前一天晚上八点后禁食", [guard]
  date_owner);
- an apology for the visit the review told of keeps its sentence's general reading ("非常抱歉这次
  针灸让您感到疼痛，……"): its "这次" is no turn to a case (passed before this round too; kept);
- thanks to the reviewer and their family for their trust ("感谢您和家人的信任", [guard] addressee);
- a season's illness said of a group by a bare name with a tendency ("冬天老人容易犯心脑血管病",
  [reading] group) and a sign anyone may have, with the doctor to see then ("有胸闷要及时就医",
  [guard] condition);
- a banner the review says its writer brought ("谢谢您送来的锦旗", [echo]).
Leaks (each passed before): a general sentence that turns at a part to "这次" or "这两天" and tells
the reviewer's case from there, its subject carried over ([reading] case_turn,
``WhomReading.general_at``); "这次" before the reviewer's child ("这次宝宝是乙流", [guard]
addressee); an implant named by what it is ("那条腿的钢板").

Each reply is judged as the editor judges it (``guard_reply``: the review, its author and the
practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, a good reply, its twin that tells the reviewer's own case, the twin's rule)
GOOD_AND_TWIN = [
    (
        "骨科的医生很专业",
        "谢谢！做完髋关节置换的老人，我们都会安排康复师上门指导，第一年有免费的电话随访。",
        "谢谢！您父亲做完髋关节置换，我们会安排康复师上门指导，第一年有免费的电话随访。",
        "health_detail",
    ),
    (
        "美白能保持多久",
        "您好，冷光美白的效果一般能保持一到两年，常喝咖啡、浓茶的人颜色会退得快一些。",
        "您好，您做的冷光美白效果一般能保持一到两年，上次复查时牙面有点色素沉着，咖啡要少喝。",
        "health_detail",
    ),
    (
        "做肠镜要注意什么",
        "您好，肠镜需要先到消化内科开单，检查前一天晚上六点后禁食，当天需要家属陪同。",
        "您好，您的肠镜约在下周三上午，前一天晚上六点后禁食，当天需要家属陪同。",
        "date",
    ),
    (
        "针灸扎得太疼了，理疗室也冷",
        "非常抱歉这次针灸让您感到疼痛，理疗室温度低也让您着凉了，这些都是我们要改进的地方。"
        "针灸时的感受因人而异，觉得太疼可以随时要求医生调整。",
        "非常抱歉这次针灸让您感到疼痛，您的颈椎病比较重，下次我们会减轻力度。",
        "health_detail",
    ),
    (
        "我爸住院这些天，护士们太辛苦了",
        "感谢您和家人的信任与理解，住院部每层都有热水和陪护床，有需要随时找护士站。",
        "感谢您和家人的信任与理解，您父亲的心衰这几天控制住了，下周可以出院。",
        "health_detail",
    ),
    (
        "医生很耐心",
        "谢谢您的好评！冬天老人容易犯心脑血管病，注意保暖，有胸闷要及时就医。",
        "谢谢您的好评！冬天您父亲的心脑血管病容易犯，注意保暖，上次的胸闷好些了吗？",
        "health_detail",
    ),
    (
        "医生很好，我们送了锦旗",
        "谢谢您送来的锦旗！医生们都很感动，红包和礼品我们一律不收。",
        "谢谢您送来的锦旗！您母亲的化疗很顺利，医生们都很感动。",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    ("review", "reply", "twin", "rule"),
    GOOD_AND_TWIN,
    ids=[
        "a-group-named-by-a-de-phrase",
        "a-question-asked-by-a-question-word",
        "a-time-counted-from-a-procedure",
        "an-apology-for-the-visit-the-review-told",
        "thanks-to-the-reviewer-and-family",
        "a-season-a-group-with-a-tendency-and-a-sign-anyone-may-have",
        "a-banner-the-review-names",
    ],
)
def test_a_general_reply_passes_and_its_twin_about_the_reviewer_is_found(
    review: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, "zh") == set()
    assert rule in rules_in_editor(twin, review, "zh")


# (review, a leak whose subject is dropped or carried over, the rule, a good reply in its words)
LEAKS = [
    (
        "医生手法不错",
        "很多人拔完智齿都会肿两三天，这次算肿得轻的，冰敷一天，布洛芬吃完就好了。",
        "health_detail",
        "谢谢您的认可！很多人拔完智齿都会肿两三天，冰敷可以缓解，这是正常的反应。",
    ),
    (
        "体检中心流程顺",
        "一般来说五十岁以后骨量减少很常见，这两天出的报告里骨密度稍低一点，每天补钙晒太阳。",
        "health_detail",
        "谢谢！一般来说五十岁以后骨量减少很常见，体检中心可以查骨密度。",
    ),
    (
        "护士很好",
        "冬季流感高发，很多小朋友反复发烧，这次宝宝是乙流，药要吃满五天。",
        "health_detail",
        "谢谢！冬季流感高发，很多小朋友反复发烧，家长们要注意孩子的手部卫生。",
    ),
    (
        "感谢骨科",
        "谢谢您！那条腿的钢板一年后就可以取了，到时候提前一周在小程序上挂号。",
        "health_detail",
        "谢谢您！骨科的专家门诊每周一到周五都有，可以提前一周在小程序上挂号。",
    ),
]


@pytest.mark.parametrize(
    ("review", "leak", "rule", "good"),
    LEAKS,
    ids=[
        "a-general-sentence-turns-to-this-time",
        "a-general-sentence-turns-to-these-days",
        "this-time-before-the-reviewers-child",
        "an-implant-of-that-leg",
    ],
)
def test_a_leak_told_without_a_subject_is_found_and_a_general_reply_of_its_words_passes(
    review: str, leak: str, rule: str, good: str
) -> None:
    assert rule in rules_in_editor(leak, review, "zh")
    assert rules_in_editor(good, review, "zh") == set()
