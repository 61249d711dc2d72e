"""A receptionist answers a short thank-you review: a reply no phrase of the guard catches, but
its learned reader does ("Hope the little one is sleeping better now": the child's care), turns
Publish off with a 'Confirms a patient' finding on that sentence; a plain thank-you leaves it on
(issue 16). The reader ships switched on for Polish only; English's measured model
(resources/guidelines/learned/en.npz) is switched on here, as a practice's languages.toml would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems
from clinicrep.guidelines.learned import LearnedReader, learned_reader
from ui.conftest import one_google_review_window

REVIEW = "Lovely nurses, thank you so much for everything."
SLEEPING = (
    "Thanks Jo! It was lovely to read this. "
    "Hope the little one is sleeping better now after everything."
)
THANKS = (
    "Thanks Jo! We will pass your kind words on to the nurses, who will be delighted to read "
    "them. — Anna, practice manager"
)


@pytest.fixture
def english_reader_on(monkeypatch) -> LearnedReader:
    from clinicrep.guidelines import confidentiality
    from clinicrep.paths import resource

    reader = LearnedReader.load(resource("guidelines", "learned", "en.npz"))
    monkeypatch.setattr(
        confidentiality, "learned_reader", lambda language: reader if language == "en" else None
    )
    return reader


@pytest.fixture
def thanks_review_window(db, qtbot, english_reader_on) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Family Clinic",
        signer="Anna, practice manager",
        star="FIVE",
        comment=REVIEW,
        display_name="Jo Pratt",
    ) as window:
        yield window


def test_only_the_learned_reader_sees_it_and_publish_goes_off(
    thanks_review_window, english_reader_on, qtbot
):
    assert learned_reader("en") is None  # as shipped: off for English (the blind sets said so)
    assert english_reader_on.judges(SLEEPING)
    # the phrases alone pass it: the finding below is the learned reader's
    assert not find_confidentiality_problems(
        SLEEPING, review_text=REVIEW, language="en", reviewer_name="Jo Pratt", learned=False
    )
    editor = thanks_review_window.editor
    editor.text.setPlainText(SLEEPING)
    qtbot.waitUntil(lambda: bool(editor.findings))
    (finding,) = editor.findings
    assert finding.code == FindingCode.LEARNED
    assert finding.rule_label == "Confirms a patient"
    assert SLEEPING[finding.start : finding.end] == (
        "Hope the little one is sleeping better now after everything."
    )
    assert "learned check" in finding.reason
    assert not editor.publish_button.isEnabled()

    editor.text.setPlainText(THANKS)
    qtbot.waitUntil(lambda: not editor.findings)
    assert editor.publish_button.isEnabled()
