"""Session 31 (gzh31b, issue 16): Chinese good replies to people who are no patients and the
courtesy "thank you for choosing us" no longer flagged; their twins that tell care still are.

- A review that tells its writer came in another role ([guard] not_a_patient, new for Chinese: a
  courier, a supplier, a job applicant, a neighbour upstairs, a student on a visit, someone who
  has not been here) makes a phrase of confirms_patient that names no word of care no patient's.
  Every word of care the rules know counts ([reading] cared, care_verbs, done_to, done_by,
  done_what): "上次给您补的那颗牙" after a neighbour's review is still found. A review that names
  care of its own is a patient's, whatever role it tells beside it.
- "感谢您选择我们" / "谢谢您信任我们" is a courtesy anyone is thanked with; "again" or care
  beside it is still a relationship ("感谢您再次选择我们", "感谢您选择我们为您种牙").

Each case is judged as the editor judges a reply (the review, its author and the practice's
default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, a good reply, its twin that leaks, a rule the twin breaks)
CASES = [
    (
        "我住在诊所楼上，晚上仪器声音有点吵。",
        "邻居您好，给您添麻烦了，我们已经给设备加装了减震垫。感谢您的包容与理解。",
        "邻居您好，给您添麻烦了。上次给您补的那颗牙还好吗？",
        "confirms_patient",
    ),
    (
        "来面试前台岗位，等了四十分钟没人理。",
        "您好，感谢您来面试，也感谢您对我们的信任，让您久等是我们的失误。",
        "您好，感谢您来面试。另外您上周拔牙的伤口记得别碰。",
        "health_detail",
    ),
    (
        "我们是送货的，卸货的地方太窄了。",
        "师傅辛苦了，我们已经和物业商量好，后门可以停车卸货。感谢您选择我们作为配送点！",
        "师傅辛苦了，您在我们这里配的眼镜已经到了，请来前台取。",
        "confirms_patient",
    ),
    (
        "环境干净，前台热情。",
        "谢谢您的好评！感谢您选择我们，祝您生活愉快！",
        "谢谢您的好评！感谢您选择我们为您做种植牙，术后记得吃软食。",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize(
    ("review", "reply", "twin", "rule"),
    CASES,
    ids=["neighbour-upstairs", "job-interview", "courier", "courtesy-closing"],
)
def test_a_good_reply_passes_and_its_twin_that_tells_care_is_found(
    review: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, "zh", "") == set()
    assert rule in rules_in_editor(twin, review, "zh", "")


def test_a_neighbour_who_tells_of_their_own_care_is_still_a_patient() -> None:
    # a role beside care of their own: the relationship told is still found
    reply = "这么多年了，您比谁都了解我们，谢谢您！"
    neighbour = "我就住在你们楼上，跟家人在这里洗牙好几年了。"
    assert "confirms_patient" in rules_in_editor(reply, neighbour, "zh", "")
    courier = "我是送快递的，每次来都看到你们很忙。"
    assert rules_in_editor("感谢您的理解，辛苦了！", courier, "zh", "") == set()


def test_thanks_for_choosing_us_again_is_a_relationship() -> None:
    review = "一如既往的好"
    assert "confirms_patient" in rules_in_editor("感谢您再次选择我们！", review, "zh", "")
    assert rules_in_editor("感谢您选择我们！", review, "zh", "") == set()
