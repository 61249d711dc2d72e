"""Per-language logic of the confidentiality guard, one module per language.

Each module holds ``MORPHOLOGY``: how a word of that language inflects, so that the word lists in
``resources/guidelines/<lang>.toml`` can name a word once (its dictionary form) and every form
of it is found. A language is tuned by editing its TOML file and, where endings are concerned,
its module here; the engine (``guidelines/engine.py``) never names a language.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Morphology:
    """Stemming rules: a dictionary form loses one of ``lemma_endings`` (keeping at least
    ``min_stem`` letters) and any word made of that stem plus one of ``endings`` is in its family.

    ``segmented=False`` is for languages written without spaces (Chinese): their terms are
    matched as they are written, anywhere in the text.
    """

    endings: frozenset[str] = frozenset({""})
    lemma_endings: tuple[str, ...] = ()
    min_stem: int = 3
    # letters before an ending that keep the word whole: English "x-ray" stays "x-ray"
    # ("x-rays"), while "biopsy" becomes "biops" ("biopsies")
    keep_after: frozenset[str] = frozenset()
    segmented: bool = True
    # a hyphenated word none of whose whole forms is listed is read part by part for a health
    # word ("рефлюкс-езофагіт", "ПЦР-тест"): Russian and Ukrainian join terms so
    hyphen_parts: bool = False
    # the lengths of the endings, longest last: what ``candidate_stems`` cuts off
    _lengths: tuple[int, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        lengths = sorted({len(e) for e in self.endings} | {0})
        object.__setattr__(self, "_lengths", tuple(lengths))

    def stem(self, lemma: str) -> str:
        """The stem of a dictionary form: 'пломба' -> 'пломб', 'biopsy' -> 'biops'."""
        word = lemma.casefold()
        for ending in sorted(self.lemma_endings, key=len, reverse=True):
            if ending and word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                if word[-len(ending) - 1] in self.keep_after:
                    continue
                return word[: -len(ending)]
        return word

    def verb_stems(self, stem: str) -> tuple[str, ...]:
        """Every beginning a verb stem of a clause reading's list ([reading] care, cared,
        done_to) is written with: the stem itself, where no form of the language drops it."""
        return (stem,)

    def candidate_stems(self, word: str) -> list[str]:
        """Every stem ``word`` could be built on: the word less one of the known endings."""
        w = word.casefold()
        stems = []
        for n in self._lengths:
            if n == 0:
                stems.append(w)
            elif len(w) > n and w[-n:] in self.endings:
                stems.append(w[:-n])
        return stems


def morphology(language: str) -> Morphology:
    module = importlib.import_module(f"clinicrep.guidelines.languages.{language}")
    found: Morphology = module.MORPHOLOGY
    return found
