"""The guard's structured reader in the editor (guidelines/structured.py): where it adds, the
receptionist sees the sentence underlined under the rule of the word a veto dropped and Publish
off; where it vetoes, the rules' finding is gone and Publish is on. A made-up reader whose
p(block) is the same on every reply stands in for the shipped one."""

from __future__ import annotations

import numpy as np
import pytest

from clinicrep.guidelines.structured import RULE_FREE, Logistic, StructuredReader
from ui.conftest import one_google_review_window

REVIEW = "Waited an hour for my flu shot"
ADDED = "Sorry you had to wait for your flu shot, Anna."
FLAGGED = "We saw you on 12/03/2024, Anna."


def sure(bias: float, *, add: float = 2.0, veto: float = 0.0) -> StructuredReader:
    width = int(RULE_FREE.sum())
    model = Logistic(np.zeros(width), np.ones(width), np.zeros(width), bias)
    return StructuredReader(model, {"en": add}, {"en": veto})


@pytest.mark.parametrize(
    ("reader", "reply", "flagged"),
    [
        (None, ADDED, False),  # the rules alone pass it
        (sure(8.0, add=0.5), ADDED, True),  # the reader adds a finding
        (None, FLAGGED, True),  # the rules alone flag it
        (sure(-8.0, veto=0.5), FLAGGED, False),  # the reader vetoes their finding
    ],
)
def test_the_editor_shows_what_the_structured_reader_decides(
    db, qtbot, monkeypatch, reader, reply, flagged
):
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.structured_reader", lambda language: reader
    )
    with one_google_review_window(
        db,
        qtbot,
        practice="Riverside Clinic",
        signer="Anna, practice manager",
        star="TWO",
        comment=REVIEW,
        display_name="Anna",
    ) as window:
        editor = window.editor
        editor.text.setPlainText(reply)
        if flagged:
            qtbot.waitUntil(lambda: bool(editor.findings), timeout=60_000)
            assert not editor.publish_button.isEnabled()
            if reader is not None:
                (finding,) = editor.findings
                assert reply[finding.start : finding.end] == ADDED
                assert finding.rule == "health_detail"
        else:
            qtbot.waitUntil(lambda: editor.publish_button.isEnabled(), timeout=60_000)
            assert not editor.findings
