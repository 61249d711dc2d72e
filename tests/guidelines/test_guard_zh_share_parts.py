"""Chinese replies joined by commas (session 33, gzh33b, issue 16): a part that tells a share
or frequency of cases of a kind ("很常见", "很普遍", "大多", "检出率很高", "高发") is general,
and how something turns out in a later part of the same sentence ("多喝水注意休息就好", "别着急",
"会好很多") is advice to anyone: it makes no health word of the general part the reviewer's.

Each good reply below was flagged before (the outcome word anywhere in the sentence made every
health word in it someone's); its twin says the same to the reviewer or names their case (您,
您家孩子, 您父亲, 这次) and is still held. Beside them, replies with an outcome word after a part
that tells no share of cases stay held: a need or a course said of a named condition, a case of
one tooth, a fever after an operation.

Each reply is judged as the editor judges it (``guard_reply``: the review, its author and the
practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, a reply about everyone, its twin about the reviewer's own case)
GOOD_AND_TWIN = [
    (
        "环境很好，医生很耐心",
        "孕早期恶心呕吐很常见，少食多餐会好一些。",
        "孕早期恶心呕吐很常见，您少食多餐会好一些。",
    ),
    (
        "儿童口腔科很专业",
        "儿童龋齿很普遍，家长别着急，早发现早治疗。",
        "儿童龋齿很普遍，您家孩子别着急，早发现早治疗。",
    ),
    (
        "医生很耐心，推荐",
        "拔智齿后肿两三天比较常见，冰敷就能缓解，不要紧张。",
        "这次拔智齿后肿两三天比较常见，冰敷就能缓解，不要紧张。",
    ),
    (
        "服务不错，挂号方便",
        "换季时过敏性鼻炎高发，出门尽量戴口罩。",
        "换季时您的过敏性鼻炎高发，出门尽量戴口罩。",
    ),
    (
        "药房拿药很快",
        "腰椎间盘突出在久坐的上班族中很常见，坚持做些拉伸会舒服很多。",
        "您的腰椎间盘突出在久坐的上班族中很常见，坚持做些拉伸会舒服很多。",
    ),
    (
        "环境干净，护士热情",
        "老年人便秘十分常见，多喝水多吃蔬菜会好很多。",
        "您父亲便秘十分常见，多喝水多吃蔬菜会好很多。",
    ),
]


@pytest.mark.parametrize(
    ("review", "reply", "twin"),
    GOOD_AND_TWIN,
    ids=[
        "morning-sickness",
        "tooth-decay-in-children",
        "swelling-after-a-wisdom-tooth",
        "hay-fever-in-spring",
        "slipped-disc-in-office-workers",
        "constipation-in-the-elderly",
    ],
)
def test_a_share_of_cases_with_advice_after_it_passes_and_its_twin_about_them_is_held(
    review: str, reply: str, twin: str
) -> None:
    assert rules_in_editor(reply, review, "zh") == set()
    assert "health_detail" in rules_in_editor(twin, review, "zh")


# (review, a reply whose outcome word follows a part that tells no share of cases)
STILL_HELD = [
    ("医生很好", "术后低烧两天，不用担心。"),
    ("医生很好", "颞下颌关节紊乱需要戴一段时间咬合板，慢慢会好的。"),
    ("医生很好", "智齿拔除后有点肿，很常见，慢慢会消的。"),
    ("医生很好", "那颗牙的根尖炎症很常见，慢慢会好的。"),
    ("服务好", "老人家骨质疏松，注意补钙，多晒太阳。"),
    ("医生很好", "智齿拔除，恢复顺利，请放心。"),
    ("打完疫苗会发烧吗？", "您家宝宝打疫苗后低烧一两天很常见，多喝水注意休息就好。"),
    ("护士很温柔", "很多宝宝打针后会哭闹一会儿，您女儿抱一抱很快就好了。"),
]


@pytest.mark.parametrize(
    ("review", "reply"),
    STILL_HELD,
    ids=[
        "a-fever-after-an-operation",
        "a-course-for-a-named-condition",
        "the-swelling-told-before-the-share",
        "one-tooth-of-theirs",
        "an-old-persons-condition",
        "an-extraction-that-went-well",
        "their-babys-fever",
        "their-daughters-crying",
    ],
)
def test_an_outcome_after_a_part_that_tells_their_case_is_still_held(
    review: str, reply: str
) -> None:
    assert "health_detail" in rules_in_editor(reply, review, "zh")
