"""Word families the aspect reading must know whole: a patient who writes the short form of an
adjective ("врач был очень внимателен") judges as one who writes the long one."""

from __future__ import annotations

import pytest

from clinicrep.analysis.aspects import read_aspects


def read(text: str, lang: str) -> set[tuple[str, str]]:
    return {(o.aspect.value, o.polarity.value) for o in read_aspects(text, lang).opinions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Врач был очень внимателен.", {("doctor", "positive")}),
        ("Врач был очень внимательным.", {("doctor", "positive")}),
        (
            "Администратор была любезна, а врач высокомерен.",
            {("reception", "positive"), ("doctor", "negative")},
        ),
        ("Хирург некомпетентен и небрежен.", {("doctor", "negative")}),
    ],
)
def test_a_russian_short_adjective_judges_like_the_long_one(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "ru") == expected
