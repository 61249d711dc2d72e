"""A follow-up or repeat visit arranged for the reader confirms they are a patient (issue 16, the
"invitation to the next check-up" the issue names), in English, Russian and Ukrainian; a general
offer of follow-up visits and the practice's own event ("we hold a children's party") do not.
The Russian and Ukrainian event verbs ('устраиваем', 'организуем', 'вручим') make a sentence the
practice's own only where no second person follows in the sentence ("мы организуем для вас
повторный приём у гинеколога" is the reader's care, not an event)."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

LEAKS = [
    (
        "en",
        "Anna",
        "Anna, thank you for your review! We will arrange a follow-up appointment with the "
        "gynaecologist for you.",
    ),
    ("en", "Tom", "Thanks, Tom. We can book you in for a repeat consultation next month."),
    ("ru", "Анна", "Анна, спасибо за отзыв! Мы организуем для вас повторный приём у гинеколога."),
    ("ru", "Анна", "Анна, спасибо! Контрольный осмотр для вас уже согласован с кардиологом."),
    (
        "uk",
        "Ганна",
        "Ганно, дякуємо за відгук! Ми організуємо для вас повторний прийом у гінеколога.",
    ),
    ("uk", "Ганна", "Ганно, дякуємо! Повторна консультація для вас уже погоджена з кардіологом."),
]

GOOD = [
    (
        "en",
        "Anna",
        "Anna, thank you! Follow-up appointments are free for every patient of our practice.",
    ),
    (
        "ru",
        "Анна",
        "Анна, спасибо! 1 июня в 12:00 мы устраиваем во дворе клиники детский праздник.",
    ),
    (
        "uk",
        "Ганна",
        "Ганно, дякуємо! 1 червня о 12:00 ми влаштовуємо у дворі клініки дитяче свято.",
    ),
    (
        "ru",
        "Анна",
        "Анна, спасибо! Повторный приём в течение двух недель у нас бесплатный для всех.",
    ),
]


@pytest.mark.parametrize(("language", "reviewer", "reply"), LEAKS)
def test_a_follow_up_visit_arranged_for_the_reader_confirms_a_patient(language, reviewer, reply):
    found = find_confidentiality_problems(
        reply, review_text="Thanks.", language=language, reviewer_name=reviewer
    )
    assert "confirms_patient" in {f.rule for f in found}


@pytest.mark.parametrize(("language", "reviewer", "reply"), GOOD)
def test_a_general_offer_or_the_practices_event_is_no_finding(language, reviewer, reply):
    found = find_confidentiality_problems(
        reply, review_text="Thanks.", language=language, reviewer_name=reviewer
    )
    assert [f.rule for f in found] == []
