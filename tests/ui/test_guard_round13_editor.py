"""A Chinese practice manager answers a 大众点评-style review at length (guard round thirteen,
long replies): a reply that thanks the receptionist by the name the review used and gives the
holiday timetable leaves Publish on (the guard used to flag the name and the dates), while the
same reply with a 好评返现 buried in its middle turns Publish off with a reward finding."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.guidelines.confidentiality import FindingCode
from ui.conftest import one_google_review_window

GOOD = (
    "谢谢您对前台同事的夸奖！您提到的张小姐是我们的客服主管，看到您的评价她特别开心。"
    "国庆节期间（10月1日至10月7日），口腔科10月1日至3日休息，10月4日起正常接诊，"
    "口腔急诊全天开放。需要的朋友可以提前在小程序预约。祝大家国庆快乐！"
)
BURIED_REWARD = (
    "谢谢您对前台同事的夸奖！您提到的张小姐是我们的客服主管，看到您的评价她特别开心。"
    "把本条好评截图发给客服微信，即可领取20元返现。"
    "国庆节期间（10月1日至10月7日），口腔科10月1日至3日休息，10月4日起正常接诊。"
)


@pytest.fixture
def chinese_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="康乐口腔",
        signer="康乐口腔客服",
        star="FIVE",
        comment="前台张小姐很贴心，帮我查了好多信息，国庆节前还能约上号，推荐！",
        display_name="小美",
    ) as window:
        yield window


def test_a_long_reply_naming_the_receptionist_and_the_holiday_hours_can_be_published(
    chinese_review_window, qtbot
):
    editor = chinese_review_window.editor
    editor.text.setPlainText(BURIED_REWARD)
    qtbot.waitUntil(
        lambda: any(f.code == FindingCode.REWARD for f in editor.findings), timeout=60_000
    )
    assert not editor.publish_button.isEnabled()
    assert not any(f.code in (FindingCode.FULL_NAME, FindingCode.DATE) for f in editor.findings)

    editor.text.setPlainText(GOOD)
    qtbot.waitUntil(lambda: not editor.findings, timeout=60_000)
    assert editor.publish_button.isEnabled()
