"""A practice manager answers a five-star review (guard round 13w, issue 16): a reply that says,
in no medical word, that the team will go on looking after the reviewer and their mother turns
Publish off with a "Confirms a patient" finding on that clause; the same care words said of the
families of the town leave Publish on. Round 14 (g13w2): a long reply of published prices and a
screening day for everyone is general information said to nobody, so Publish stays on (the old
guard flagged both prices); one sentence telling the reviewer their own results turns it off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.guidelines.confidentiality import FindingCode
from ui.conftest import one_google_review_window

LOOKS_AFTER_THEM = (
    "Many thanks, Chen! We shared your comment at this morning's team huddle. "
    "We look forward to continuing to look after you and your mum for many years to come."
)
PUBLISHED_PRICES = (
    "Many thanks, Chen! A standard scale and polish costs 65 dollars, and a deep clean for gum "
    "disease is 120 dollars per quarter of the mouth. We publish all our prices on our website "
    "and in the waiting room, so nothing should come as a surprise. Every spring we organise a "
    "free blood-pressure screening in the town hall, and this year it takes place on 22 April "
    "from 10 am to 4 pm. Everyone is welcome."
)
ONE_RESULT_OF_THEIRS = PUBLISHED_PRICES.replace(
    "Everyone is welcome.",
    "Everyone is welcome. We're relieved your thyroid results were normal.",
)
LOOKS_AFTER_EVERYONE = (
    "Many thanks, Chen! We shared your comment at this morning's team huddle. "
    "We take pride in looking after families from all over town."
)


@pytest.fixture
def english_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Riverside Family Practice",
        signer="Anna, practice manager",
        star="FIVE",
        comment="Friendly team.",
        display_name="Chen",
    ) as window:
        yield window


def test_looking_after_the_reviewer_blocks_publish_and_looking_after_everyone_does_not(
    english_review_window, qtbot
):
    editor = english_review_window.editor
    editor.text.setPlainText(LOOKS_AFTER_THEM)
    qtbot.waitUntil(
        lambda: any(f.code == FindingCode.CONFIRMS_PATIENT for f in editor.findings), timeout=30000
    )
    assert not editor.publish_button.isEnabled()
    finding = next(f for f in editor.findings if f.code == FindingCode.CONFIRMS_PATIENT)
    assert "look after you" in LOOKS_AFTER_THEM[finding.start : finding.end]

    editor.text.setPlainText(LOOKS_AFTER_EVERYONE)
    qtbot.waitUntil(lambda: not editor.findings)
    assert editor.publish_button.isEnabled()


def test_a_long_reply_of_published_prices_publishes_and_one_result_of_theirs_blocks(
    english_review_window, qtbot
):
    editor = english_review_window.editor
    editor.text.setPlainText(ONE_RESULT_OF_THEIRS)
    qtbot.waitUntil(
        lambda: any(f.code == FindingCode.HEALTH_DETAIL for f in editor.findings), timeout=30000
    )
    assert not editor.publish_button.isEnabled()
    finding = next(f for f in editor.findings if f.code == FindingCode.HEALTH_DETAIL)
    assert "thyroid" in ONE_RESULT_OF_THEIRS[finding.start : finding.end]

    editor.text.setPlainText(PUBLISHED_PRICES)
    qtbot.waitUntil(lambda: not editor.findings, timeout=30000)
    assert editor.publish_button.isEnabled()
