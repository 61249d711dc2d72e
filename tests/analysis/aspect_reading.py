"""What the aspect tests compare: a review's (aspect, polarity) pairs as plain strings."""

from __future__ import annotations

from clinicrep.analysis.aspects import read_aspects


def read(text: str, lang: str) -> set[tuple[str, str]]:
    return {(o.aspect.value, o.polarity.value) for o in read_aspects(text, lang).opinions}
