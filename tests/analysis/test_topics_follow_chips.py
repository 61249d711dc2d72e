"""The Topics column says what the chips say: a review with a communication chip has the
communication topic, also where the topic words do not hold the phrase the chip was read from."""

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Aspect, Review, Topic


def _analysed(text: str, lang: str):
    review = Review(
        source_id=1, external_id="t", created_at=datetime(2026, 11, 1, tzinfo=UTC), text=text
    )
    return analyse_review(review, fallback_language=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Врач внимательный. Результаты анализов пришли только через три недели.", "ru"),
        ("Лікарка уважна. Результати аналізів прийшли лише через три тижні.", "uk"),
        ("Pani doktor miła. Wyniki badań przyszły dopiero po trzech tygodniach.", "pl"),
    ],
)
def test_late_results_read_as_communication_are_the_communication_topic(text, lang):
    analysis = _analysed(text, lang)
    assert any(o.aspect is Aspect.COMMUNICATION for o in analysis.aspects)
    assert Topic.COMMUNICATION in analysis.topics


def test_a_review_without_a_communication_chip_gains_no_communication_topic():
    analysis = _analysed("The doctor was kind and the waiting room was clean.", "en")
    assert not any(o.aspect is Aspect.COMMUNICATION for o in analysis.aspects)
    assert Topic.COMMUNICATION not in analysis.topics
