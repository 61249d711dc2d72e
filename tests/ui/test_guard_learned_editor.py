"""A receptionist answers a short thank-you review: a reply no phrase of the guard catches, but its
learned reader does ("Hope everything goes smoothly for you on the day, and the nurse will ring
you afterwards": their coming procedure and the nurse's follow-up; English's stored model,
session 34's; session 39's rules read a call promised once the lab or their results answer,
"we'll call you once the lab replies", themselves), turns Publish off with a 'Confirms a
patient' finding on that sentence; a plain thank-you leaves it on (issue 16). English's reader
ships as a veto only (it drops findings it is sure of, adds none); its model
(resources/guidelines/learned/en.npz) is switched on here to add and veto, as a practice's
languages.toml "both" would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems
from clinicrep.guidelines.learned import LearnedReader, learned_reader
from ui.conftest import one_google_review_window

REVIEW = "Lovely nurses, thank you so much for everything."
PENDING_RESULTS = (
    "Thanks Jo! It was lovely to read this. "
    "Hope everything goes smoothly for you on the day, and the nurse will ring you afterwards."
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
    # as shipped, English's reader only vetoes (session 29): it adds no finding of its own
    shipped = learned_reader("en")
    assert shipped is not None and shipped.add > 1
    assert english_reader_on.judges(PENDING_RESULTS)
    # the phrases alone pass it: the finding below is the learned reader's
    assert not find_confidentiality_problems(
        PENDING_RESULTS, review_text=REVIEW, language="en", reviewer_name="Jo Pratt", learned=False
    )
    editor = thanks_review_window.editor
    editor.text.setPlainText(PENDING_RESULTS)
    qtbot.waitUntil(lambda: bool(editor.findings))
    (finding,) = editor.findings
    assert finding.code == FindingCode.LEARNED
    assert finding.rule_label == "Confirms a patient"
    assert PENDING_RESULTS[finding.start : finding.end] == (
        "Hope everything goes smoothly for you on the day, and the nurse will ring you afterwards."
    )
    assert "learned check" in finding.reason
    assert not editor.publish_button.isEnabled()

    editor.text.setPlainText(THANKS)
    qtbot.waitUntil(lambda: not editor.findings)
    assert editor.publish_button.isEnabled()
