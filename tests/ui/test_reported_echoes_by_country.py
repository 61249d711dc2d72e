"""A reply that reports what the review said ("You write that the root canal still hurts") may
repeat the review's words where the practice's country allows it, and not in the US or the UK,
whose regulators say a provider may not repeat in public what the patient posted (HHS OCR's
review settlements; the GMC). Settings -> Practice -> country decides; the receptionist sees
Publish turned off with "This repeats a health detail from the review" in a US practice."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems
from ui.conftest import one_google_review_window

REVIEW = "The root canal I had last week still hurts and nobody called me back."
REPLY = (
    "Thank you for telling us. You write that the root canal still hurts and nobody called "
    "you back. We are sorry; please call our practice manager on 555 0100."
)
RU_REVIEW = "Удаление зуба прошло ужасно, до сих пор болит."
RU_REPLY = "Вы пишете, что удаление зуба прошло ужасно. Нам жаль, позвоните нам, пожалуйста."


@pytest.mark.parametrize(
    ("country", "review", "reply", "language", "flagged"),
    [
        ("US", REVIEW, REPLY, "en", True),
        ("UK", REVIEW, REPLY, "en", True),
        ("other", REVIEW, REPLY, "en", False),
        ("PL", REVIEW, REPLY, "en", False),
        ("RU", RU_REVIEW, RU_REPLY, "ru", False),
        ("US", RU_REVIEW, RU_REPLY, "ru", True),
    ],
)
def test_a_reported_health_detail_is_a_finding_where_the_country_forbids_repeating_it(
    country, review, reply, language, flagged
):
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name="Anna K.", country=country
    )
    echoed = [f for f in found if f.code == FindingCode.ECHOED_HEALTH_DETAIL]
    assert bool(echoed) is flagged, [(f.code.value, reply[f.start : f.end]) for f in found]


@pytest.mark.parametrize(("country", "publishable"), [("US", False), ("other", True)])
def test_a_us_practice_cannot_publish_a_reply_repeating_the_reviews_root_canal(
    db, qtbot, country, publishable
):
    with one_google_review_window(
        db,
        qtbot,
        practice="Riverside Dental",
        signer="Anna, practice manager",
        star="TWO",
        comment=REVIEW,
        display_name="Anna K.",
        country=country,
    ) as window:
        editor = window.editor
        editor.text.setPlainText(REPLY)
        if publishable:
            qtbot.waitUntil(lambda: editor.publish_button.isEnabled(), timeout=60_000)
            assert not editor.findings
        else:
            qtbot.waitUntil(lambda: bool(editor.findings), timeout=60_000)
            assert not editor.publish_button.isEnabled()
            echoed = [f for f in editor.findings if REPLY[f.start : f.end] == "root canal"]
            assert echoed and "repeats a health detail" in echoed[0].reason
