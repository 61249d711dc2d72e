"""Session 39 (aspmix39, issue 19): mixed reviews whose complaint the reading missed.

Chinese counts are read by one reader (``_zh_count``): a range of two digits ("三四十分钟")
reads at its least, "十几" ("ten-odd") at eleven, so a wait of thirty-odd minutes is a wait
blamed and a promise of ten-odd minutes a promise broken by fifty. The sentences are not from
any labelled round; each mixed one below was read positive on the code before the session.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (text, the aspect blamed): counts told by a range or by "ten-odd", beside praise
ZH_COUNTS = [
    ("一般要等三四十分钟，不过医生很耐心。", "waiting"),
    ("护士说十几分钟就叫我，结果坐了五十分钟。医生很耐心。", "waiting"),
]


@pytest.mark.parametrize(("text", "blamed"), ZH_COUNTS)
def test_a_chinese_count_told_by_a_range_blames_the_wait(text: str, blamed: str) -> None:
    assert (blamed, "negative") in read(text, "zh")
    assert (blamed, "positive") not in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


def test_a_short_wait_told_by_a_range_is_still_praise() -> None:
    text = "只等了五六分钟就进去了，医生很耐心。"
    assert ("waiting", "negative") not in read(text, "zh")
    assert verdict(text, "zh") == "positive"
