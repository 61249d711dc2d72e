"""Session 34 (aspzh34, issue 19, probe47zh): Chinese mixed reviews whose praise names no aspect
term: the result of a treatment named only by the treatment ("胃镜做得很顺利", "拔牙一点都不疼")
or by the state after it ("补完牙吃饭完全没问题了"); complaints told as bare facts (a charge
taken twice, a parking place found only after a search, a booking hard to grab, speech too fast
to follow, a wait that must be long). The sentences are not probe47zh's rows; the mixed ones
were read negative or positive on the code before; the controls stay as they were. A verdict of
the whole that names no aspect beside a complaint ("整体还行，就是前台…") was the complaint's
review here; session 35 (aspmix35) settled one convention for all five languages (mixed, the
praise of the whole labelled "whole": tests/analysis/data/README.md), and those two sentences
now say so (tests/analysis/test_session35_mixed_shapes.py reads more of the kind).
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (text, the aspect the treatment's judgement credits, the complaint's aspect)
TREATED = [
    ("宫腔镜做得很顺利，醒来就结束了。就是病房没有空调，热得睡不着。", "outcome", "facilities"),
    ("种植牙做得很顺利。不过前台小姐姐一直推销办卡。", "outcome", "reception"),
    ("补牙一点都不疼，十几分钟就好了。可是挂号费收了两遍。", "doctor", "price"),
    # the state after a treatment done
    ("补完牙吃饭完全没问题了。可惜等了一个小时。", "outcome", "waiting"),
]


# (text, the praised aspect, the complaint's aspect): complaints told by what happened
FACTS = [
    ("医生很细心。在门口绕了二十分钟才找到车位。", "doctor", "access"),
    ("大夫很耐心，就是讲得太快了，好多没听清。", "doctor", "communication"),
    ("医生技术好，但号太难抢，每次都抢不到。", "doctor", "scheduling"),
    ("护士扎针很稳。缺点是要排很久。", "nurse", "waiting"),
]


@pytest.mark.parametrize(("text", "praised", "blamed"), TREATED + FACTS)
def test_a_treatment_judged_or_a_complaint_told_by_what_happened_beside_praise_is_mixed(
    text: str, praised: str, blamed: str
) -> None:
    found = read(text, "zh")
    assert (praised, "positive") in found
    assert (blamed, "negative") in found
    assert verdict(text, "zh") == "mixed"


# (text, the verdict): the same words that do not give both sides: a verdict asked and denied, a
# turn from expectation, another practice praised, a verdict of the whole beside a complaint or
# a verdict of the whole that blames, praise throughout
CONTROLS = [
    # a verdict of the whole beside one complaint: mixed by session 35's convention
    ("整体还行，就是前台态度太差了，问三遍才理人。", "mixed"),
    ("总的来说还可以，就是挂号费太贵了。", "mixed"),
    ("护士很温柔。就是整体太乱了，一塌糊涂。", "negative"),
    ("还行？行什么行。排队排了三个小时，医生看了两分钟。", "negative"),
    ("看了网上的好评才来的，结果医生很不耐烦。", "negative"),
    ("前台态度很差，别的医院都比这好。", "negative"),
    ("等了两个小时，医生也很敷衍，总的来说很失望。", "negative"),
    ("下次还会来吗？不会了，前台太凶。", "negative"),
    ("整体很满意，医生很耐心。", "positive"),
    ("整体还行，价格也公道，医生很耐心。", "positive"),
    ("手术很顺利，护士也很负责，谢谢大家。", "positive"),
]


@pytest.mark.parametrize(("text", "said"), CONTROLS)
def test_the_same_words_without_two_sides_keep_their_verdict(text: str, said: str) -> None:
    assert verdict(text, "zh") == said


@pytest.mark.parametrize("text", ["手术前医生讲得很清楚。", "做完手术医生讲得很清楚。"])
def test_a_treatment_only_mentioned_judges_nothing_of_its_outcome(text: str) -> None:
    """A treatment only mentioned before or after what the doctor did credits the doctor."""
    found = read(text, "zh")
    assert ("outcome", "positive") not in found
    assert ("doctor", "positive") in found
