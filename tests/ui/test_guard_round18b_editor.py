"""A receptionist answers a Ukrainian review asking about the allergy season: the reply that
announces the practice's own free lecture (its allergist named after his degree, the day and
the hour of the lecture) can be published; the same reply that goes on to move the reader's own
appointment to a day and an hour turns Publish off with a date finding (issue 16, round 18b:
the practice's own event and staff are no one's visit)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import one_google_review_window

REVIEW = "Навесні в усіх алергія, зробіть щось!"
NOTICE = (
    "Кіро, навесні багато хто страждає від алергії на пилок берези. Алерголог нашої клініки, "
    "кандидат медичних наук Ігор Валерійович Жук, 18 квітня о 18:00 проведе безкоштовну лекцію "
    "«Як пережити сезон цвітіння». Вхід вільний."
)
LEAKING = NOTICE + " Ваш прийом в алерголога ми перенесли на 4 травня, 11:30."


@pytest.fixture
def allergy_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Клініка «Рів'єра»",
        signer="Анна, адміністраторка",
        star="FOUR",
        comment=REVIEW,
        display_name="Кіра",
    ) as window:
        yield window


def test_lecture_notice_can_be_published_until_the_readers_appointment_is_moved(
    allergy_review_window, qtbot
):
    editor = allergy_review_window.editor
    editor.text.setPlainText(NOTICE)
    qtbot.waitUntil(lambda: editor.publish_button.isEnabled(), timeout=60_000)
    assert not editor.findings

    editor.text.setPlainText(LEAKING)
    qtbot.waitUntil(lambda: bool(editor.findings), timeout=60_000)
    assert not editor.publish_button.isEnabled()
    dates = [f for f in editor.findings if "4 травня" in LEAKING[f.start : f.end]]
    assert dates, [(f.rule_label, LEAKING[f.start : f.end]) for f in editor.findings]
