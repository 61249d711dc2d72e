"""Round 22a (issue 16): a Chinese sentence that tells of people in general before it turns to
the reviewer ("打疫苗的时候，很多小朋友都会害怕，您的心疼我们完全理解") tells the health and
care words of its first parts of that group: one "您的" after them speaks of the reviewer's own
feeling and makes nothing before it theirs (nor does a name that only greets: "王女士您好，").
A care word inside what the reply reports the review said ("您说的那位医生", "您提到的那位医生")
is the review's own word. Each good reply is flagged by the code before (ab40bfff); the bad reply
beside it, the same scene with a leak, is still blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import findings

# (review, reviewer, a good reply, the same scene with a leak)
PAIRS = [
    (  # children in general before the parent's own worry
        "儿子打疫苗哭得很厉害",
        "乐乐妈",
        "您好，打疫苗的时候，很多小朋友都会害怕哭闹，您的心疼我们完全理解。",
        "您好，打疫苗的时候很多小朋友都会哭，您儿子的乙肝疫苗还差最后一针。",
    ),
    (  # relatives who sit by a bed, after a greeting by name
        "我妈住院做手术期间我天天陪床，很累",
        "王女士",
        "王女士您好，老人住院做手术的那段日子，陪床的家属往往最辛苦，您的付出我们都看在眼里。",
        "王女士您好，陪床的家属往往最辛苦，您母亲的髋关节手术恢复得很好，下周可以出院。",
    ),
    (  # the doctor the review speaks of, reported back
        "那个戴眼镜的医生态度很差",
        "路人",
        "您好，我们仔细看了您的描述，本院并没有您提到的那位戴眼镜的医生，可能是楼上另一家诊所。",
        "您好，您提到的那位戴眼镜的医生就是给您做根管治疗的王主任。",
    ),
]


def found(reply: str, review: str, reviewer: str) -> list[tuple[str, str]]:
    return findings(reply, "zh", review, reviewer)


@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad"), PAIRS, ids=[f"scene{n}" for n in range(len(PAIRS))]
)
def test_a_group_before_the_reviewer_and_their_reported_words_pass_and_a_leak_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    assert found(good, review, reviewer) == []
    assert found(bad, review, reviewer) != []


def test_their_own_part_after_a_group_is_still_theirs() -> None:
    # the group tells of anyone, but the part that speaks to them names their own treatment
    reply = "很多家长都会担心，您女儿的扁桃体手术我们安排在周三上午。"
    assert ("health_detail", "扁桃体") in found(reply, "医生很耐心", "晴天")
