"""A practice manager answers a question about prices with a long, friendly reply of published
prices and a screening day for everyone (guard round 14, issue 16): its clauses are general
information and nobody in their sentences is spoken to or named, so its amounts and dates are
nobody's and Publish stays on (the old guard flagged both prices). One added sentence that tells
the reviewer their own thyroid results turns Publish off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.guidelines.confidentiality import FindingCode
from ui.conftest import one_google_review_window

GENERAL_ADVICE = (
    "Hello Tom, thanks for getting in touch. A standard scale and polish costs 65 dollars, and a "
    "deep clean for gum disease is 120 dollars per quarter of the mouth. We publish all our "
    "prices on our website and in the waiting room, so nothing should come as a surprise. Every "
    "spring we organise a free blood-pressure screening in the town hall, and this year it "
    "takes place on 22 April from 10 am to 4 pm. Everyone is welcome."
)
ONE_SLIP = GENERAL_ADVICE.replace(
    "Everyone is welcome.",
    "Everyone is welcome. We're relieved your thyroid results were normal.",
)


@pytest.fixture
def english_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Riverside Family Practice",
        signer="Anna, practice manager",
        star="FIVE",
        comment="How much is a cleaning?",
        display_name="Tom",
    ) as window:
        yield window


def test_a_long_reply_of_published_prices_publishes_and_one_result_of_theirs_blocks(
    english_review_window, qtbot
):
    editor = english_review_window.editor
    editor.text.setPlainText(ONE_SLIP)
    qtbot.waitUntil(
        lambda: any(f.code == FindingCode.HEALTH_DETAIL for f in editor.findings), timeout=30000
    )
    assert not editor.publish_button.isEnabled()
    finding = next(f for f in editor.findings if f.code == FindingCode.HEALTH_DETAIL)
    assert "thyroid" in ONE_SLIP[finding.start : finding.end]

    editor.text.setPlainText(GENERAL_ADVICE)
    qtbot.waitUntil(lambda: not editor.findings, timeout=30000)
    assert editor.publish_button.isEnabled()
