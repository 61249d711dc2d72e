"""Session 36 (gneg36): a time the reviewer wrote, said back in other words. A clock time in the
review names the hours of the day ([echo] clock, clock_words, as English has had since session
32), so "в понедельник утром" after "Записан на понедельник на 8:30" and "o poranku" words are the
review's own day and hours; a day the review did not give stays a date."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        (
            "Простите: полтора часа ожидания в среду утром — это слишком долго.",
            "ru",
            "Записалась на среду на 9:15, приняли только в 10:45.",
        ),
        (
            "Вибачте: понад годину очікування в четвер зранку — це забагато.",
            "uk",
            "Записаний на четвер на 8:40, прийняли о 9:50.",
        ),
        (
            "Przepraszamy: ponad godzina czekania we wtorek rano to za długo.",
            "pl",
            "Zapisana na wtorek na 8:15, przyjęta o 9:30.",
        ),
    ],
)
def test_the_reviews_day_and_hours_said_back_are_no_date(
    reply: str, language: str, review: str
) -> None:
    assert rules_broken(reply, language, review, "") == set()


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        # another day than the review's
        (
            "Простите: полтора часа ожидания в пятницу утром — это слишком долго.",
            "ru",
            "Записалась на среду на 9:15, приняли только в 10:45.",
        ),
        # the hours with no clock time in the review
        (
            "Przepraszamy: ponad godzina czekania we wtorek rano to za długo.",
            "pl",
            "Zapisana na wtorek, czekałam bardzo długo.",
        ),
    ],
)
def test_a_day_or_hours_the_review_did_not_give_stay_a_date(
    reply: str, language: str, review: str
) -> None:
    assert "date" in rules_broken(reply, language, review, "")
