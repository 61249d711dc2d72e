"""Session 40 (gmeas40): the misses of round 40g (own_zh_round40g.jsonl, written before its
writer read the guard) read as families of wording in Chinese (issue 16). Each family is probed
with sentences written for it in new words, none of the round's or the pool's items, beside the
same words said of everyone or of the staff (which must stay clean)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes, reply_probes

# the same care done for them every year or every visit, or since a stage of their life
CARE_OVER_THE_YEARS = [
    "谢谢小林，每年都是我们为你验光配镜。",
    "这几年都由张医生帮您洗牙，她看到评价特别开心。",
    "从你读初中那会儿就是我们给你做正畸，现在毕业啦！",
    "每半年都是小刘给您量血压，她说您最准时。",
    "从您上大学开始就是我们给您配眼镜，转眼十年。",
    "向来都是孙大夫替您正骨，他让我们代问好。",
]


@pytest.mark.parametrize("probe", reply_probes("zh", CARE_OVER_THE_YEARS, rule="confirms_patient"))
def test_the_same_care_for_them_over_the_years_confirms_them(probe: Probe) -> None:
    check(probe)


CARE_FOR_EVERYONE = [
    "我们诊所为大家免费验光，欢迎带孩子来。",
    "我们的验光师会给每位顾客仔细验光。",
    "如果您需要验光，可以提前预约。",
    "每年三月我们都会为社区老人免费体检。",
    "每次就诊都是由医生本人为患者检查，不会由实习生代替。",
]


@pytest.mark.parametrize("probe", reply_probes("zh", CARE_FOR_EVERYONE))
def test_care_for_everyone_confirms_no_one(probe: Probe) -> None:
    check(probe)


# a foreign given name and surname spelt in characters, joined by a middle dot, with a title:
# a full name the public name does not show
_THANKS = "服务很好，谢谢。"


DOTTED_FULL_NAMES = [
    ("太谢谢您了，穆罕默德·阿里先生！", "阿里"),
    ("感谢您，伊丽莎白·泰勒女士，欢迎再来！", "Liz"),
    ("谢谢娜塔莎・伊万诺娃女士的留言。", "Наташа"),
    ("谢谢约翰·史密斯先生的好评！", "约翰"),
]


@pytest.mark.parametrize(
    "probe",
    probes(DOTTED_FULL_NAMES, "bad reviewer", rule="full_name", language="zh", review=_THANKS),
)
def test_a_dotted_foreign_full_name_with_a_title_is_a_full_name(probe: Probe) -> None:
    check(probe)


DOTTED_NAMES_PUBLISHED = [
    ("谢谢伊丽莎白·泰勒女士的好评！", "伊丽莎白·泰勒"),
    ("谢谢约翰·史密斯先生的好评！", "约翰·史密斯"),
    ("谢谢您的好评，欢迎再来！", "伊丽莎白·泰勒"),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        DOTTED_NAMES_PUBLISHED, "good reviewer", spared="full_name", language="zh", review=_THANKS
    ),
)
def test_the_dotted_name_they_publish_is_no_full_name(probe: Probe) -> None:
    check(probe)
