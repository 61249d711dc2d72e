"""Session 35 (gneg35): a frightening word in a sentence of what usually happens to anyone, or
in advice for what may ever happen to anyone, is no detail of the reviewer's: "Pisemne
zalecenia lekarz zawsze wręcza po zabiegu" answering a question, "If a crown ever comes loose,
don't wait for your next check-up". The same words told of the reviewer stay findings."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        # what the doctor always does after any procedure, to a question asked of anyone
        (
            "Dziękujemy za pytanie! U większości osób dziąsło goi się około tygodnia. "
            "Pisemne zalecenia lekarz zawsze wręcza po zabiegu.",
            "pl",
            "Jak długo goi się dziąsło po ekstrakcji?",
        ),
        # advice for what may ever happen to anyone: the next check-up is anyone's
        (
            "If a crown ever comes loose, don't wait for your next check-up – just give us a call.",
            "en",
            "Nice dentist.",
        ),
    ],
)
def test_what_usually_or_ever_happens_to_anyone_is_no_finding(
    reply: str, language: str, review: str
) -> None:
    assert rules_broken(reply, language, review, "") == set()


@pytest.mark.parametrize(
    ("reply", "language", "review", "rule"),
    [
        # the reviewer's own dry socket after the same habit of the doctor's
        (
            "Dziękujemy za pytanie! Pisemne zalecenia lekarz zawsze wręcza po zabiegu, a Pani "
            "suchy zębodół już się goi.",
            "pl",
            "Jak długo goi się dziąsło po ekstrakcji?",
            "health_detail",
        ),
        # their implant supposed in the condition, or a trouble of theirs coming back
        (
            "If your implant ever feels loose, don't wait for your next check-up.",
            "en",
            "Nice dentist.",
            "health_detail",
        ),
        (
            "If your crown ever comes loose again, don't wait for your next check-up.",
            "en",
            "Nice dentist.",
            "confirms_patient",
        ),
        # a step of their own care on a day, whatever the condition before it
        (
            "If a crown ever comes loose, don't wait for your implant review with Dr Shah on the "
            "14th.",
            "en",
            "Nice dentist.",
            "health_detail",
        ),
        # one case of the kind, pointed at: "such a difficult extraction", "this time"
        (
            "После такого сложного удаления отёк держится до недели — это нормально.",
            "ru",
            "Удаляли зуб, всё хорошо.",
            "health_detail",
        ),
        (
            "干槽症比较少见，这次出现了也不用担心。",
            "zh",
            "拔牙很顺利。",
            "health_detail",
        ),
    ],
)
def test_the_same_words_told_of_the_reviewer_are_still_found(
    reply: str, language: str, review: str, rule: str
) -> None:
    assert rule in rules_broken(reply, language, review, "")
