"""What the keyed readings of a phrase set must agree on: the set's one pattern's matches, match
for match, in any span of a text (used by the keyed-set tests)."""

from __future__ import annotations

import random

from clinicrep.guidelines.engine import PhraseSet, lowered


def spans_anywhere(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """The whole text and ``count`` spans starting and ending anywhere, mid-word too."""
    spans = [(0, len(text))]
    for _ in range(count):
        start = rng.randrange(len(text) + 1)
        spans.append((start, rng.randrange(start, len(text) + 1)))
    return spans


def assert_agree(phrases: PhraseSet, text: str, spans: list[tuple[int, int]]) -> None:
    """The set read by its entries' beginnings finds what its one pattern finds in each span."""
    low = lowered(text)
    assert phrases.pattern is not None and low is not None
    for start, end in spans:
        keyed = [(m.span(), m.group()) for m in phrases.finditer_in(text, low, start, end)]
        whole = [(m.span(), m.group()) for m in phrases.pattern.finditer(low, start, end)]
        assert keyed == whole, (text[start:end], keyed, whole)
