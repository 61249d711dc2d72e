"""The editor checks a reply on the GUI thread only when every rule it needs is compiled:
``rules_ready`` says so per language (and country pack), as checks and load_guidelines leave
them compiled."""

from __future__ import annotations

import pytest

from clinicrep.guidelines import confidentiality
from clinicrep.guidelines.confidentiality import (
    find_confidentiality_problems,
    load_guidelines,
    rules_ready,
)


@pytest.fixture
def nothing_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confidentiality, "_ready", set())


def test_a_check_makes_its_own_languages_ready_and_no_other(nothing_compiled: None) -> None:
    english = "Thank you, we are glad you enjoyed the visit."
    mixed = "Thank you! 谢谢您的评价。"
    assert not rules_ready(english, "en")
    find_confidentiality_problems(english, language="en")
    assert rules_ready(english, "en")
    assert not rules_ready(mixed, "en")  # Chinese letters bring the Chinese rules in
    assert not rules_ready("Dziękujemy za opinię.", "pl")
    assert not rules_ready(english, "en", country="PL")  # another country's pack
    find_confidentiality_problems(mixed, language="en")
    assert rules_ready(mixed, "en")


def test_after_load_guidelines_every_language_and_country_is_ready(
    nothing_compiled: None,
) -> None:
    load_guidelines()
    for text, language in (
        ("Спасибо за отзыв!", "ru"),
        ("Дякуємо за відгук!", "uk"),
        ("Dziękujemy za opinię.", "pl"),
        ("感谢您的评价。", "zh"),
        ("Thank you! 谢谢 Спасибо", "en"),
    ):
        for country in ("US", "UK", "RU", "UA", "PL", "CN", "other"):
            assert rules_ready(text, language, country), (text, country)
