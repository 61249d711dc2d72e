"""Statements about the practice or people in general, read by their grammar (session 33,
issue 16, English): a clause true of a kind (a bare plural or gerund in the present), the surgery
as the one acting, a stage of care named with "the" in a rule for anyone, and the practice's
habit ("we bill the insurer first") say nothing of the reviewer and pass; the same frames telling
one case (a past, a day, a figure, "yours") are still blocked. Each reply is judged as the editor
judges it (``guard_reply``: the review, its author and the practice's settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, author, the general reply, its twin that tells one case, a rule the twin breaks)
CASES = [
    (
        "Lovely hygienist, very gentle. Five stars.",
        "Nina",
        "Thank you, Nina! Regular flossing keeps gums healthy, and our hygienists love "
        "helping people get there.",
        "Thank you, Nina! The gums are healing nicely after the deep clean you had on Monday.",
        "health_detail",
    ),
    (
        "How do refunds work if I cancel a course?",
        "",
        "Course payments are refunded to the original card within five working days.",
        "Your payment of £240 for the physio course was refunded to your card yesterday.",
        "billing",
    ),
    (
        "Who rings me if a scan shows something?",
        "Ron",
        "Hi Ron, the surgery phones whenever a doctor needs to go over a result, and normal "
        "results appear in the NHS App.",
        "Hi Ron, the surgery phoned you about the shadow on your scan and will try again today.",
        "health_detail",
    ),
    (
        "Why do I have to pay to book?",
        "Leah",
        "Hi Leah, we ask every new patient for a £30 deposit, which comes off the cost of the "
        "first appointment.",
        "Hi Leah, we ask every new patient for a deposit, and the first appointment is already "
        "booked for Tuesday at 9.",
        "confirms_patient",
    ),
    (
        "Other practices bill my insurance first. Why don't you?",
        "Jordan",
        "Jordan, good question. For plans we are in network with, we bill the insurer first and "
        "only ask for your copay on the day.",
        "Jordan, for crowns like yours we bill the insurer first and ask for your copay on the "
        "day.",
        "billing",
    ),
]


@pytest.mark.parametrize(
    ("review", "author", "general", "twin", "rule"),
    CASES,
    ids=["kind-gums", "kind-refunds", "surgery-phones", "first-appointment", "habit-billing"],
)
def test_a_general_statement_passes_and_its_twin_telling_one_case_is_blocked(
    review: str, author: str, general: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(general, review, "en", author) == set()
    assert rule in rules_in_editor(twin, review, "en", author)


def test_a_statement_true_of_a_kind_beside_a_word_to_the_reviewer_still_counts() -> None:
    # the same generic clause, but the sentence turns to the reader: their chemotherapy, not
    # a statement about anyone's
    review = "The nurses were wonderful to me."
    general = "Thank you! Long infusions can feel exhausting, and our nurses do all they can."
    told = "Thank you! Long infusions can feel exhausting, and you have coped so well with chemo."
    assert rules_in_editor(general, review, "en") == set()
    assert "health_detail" in rules_in_editor(told, review, "en")
