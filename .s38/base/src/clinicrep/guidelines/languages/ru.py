"""Russian word families: noun, adjective and verb endings stripped from the dictionary form.

Measured alternative: pymorphy3 lemmatises every word exactly but costs about 0.2 ms a word,
60 ms for a 4 KB reply (the guard's budget is 5 ms); these endings cost a few dictionary look-ups.

A fleeting vowel is handled here, not in ru.toml: 'снимок' / 'снимка', 'таблетка' / 'таблеток',
'рубец' / 'рубца'. A stem ending in consonant + о/е/ё + к/ц is also known without that vowel, both
for the dictionary form and for every word of a text, so either form finds the other.
"""

from __future__ import annotations

from clinicrep.guidelines.languages import Morphology

_NOUN = (
    "а я о е ё ы и у ю ь й ом ем ём ой ей ою ею ам ям ах ях ами ями ов ев ьи ья ье ью ьё ьев ьям "
    "ьями ьях ие ия ии ию ием ией иям иями иях ий ьей"
)
_ADJ = "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ых их ую юю ыми ими ом ем"
_VERB = "ть ти ться л ла ло ли лся лась лось лись ешь ет ем ете ют ут ишь ит им ите ат ят ю у ся сь"

_VOWELS = frozenset("аяоёеэиыуюь")
_FLEETING = frozenset("оеё")


def without_fleeting_vowel(stem: str) -> str | None:
    """'снимок' -> 'снимк', 'таблеток' -> 'таблетк', 'рубец' -> 'рубц'; None when none."""
    if len(stem) >= 5 and stem[-1] in "кц" and stem[-2] in _FLEETING and stem[-3] not in _VOWELS:
        return stem[:-2] + stem[-1]
    return None


class _RussianMorphology(Morphology):
    __slots__ = ()

    def stem(self, lemma: str) -> str:
        word = lemma.casefold()
        if word.endswith("сть") and len(word) > 5:  # 'тревожность' is a noun, not a verb in -ть
            return word[:-1]
        base = Morphology.stem(self, lemma)
        return without_fleeting_vowel(base) or base

    def candidate_stems(self, word: str) -> list[str]:
        stems = Morphology.candidate_stems(self, word)
        extra = [s for s in map(without_fleeting_vowel, stems) if s]
        return stems + extra if extra else stems


MORPHOLOGY: Morphology = _RussianMorphology(
    endings=frozenset({""} | set(f"{_NOUN} {_ADJ} {_VERB}".split())),
    lemma_endings=tuple(
        "а я о е ь й ы и ие ия ий ый ой ое ая ее яя ые ть ться ти ить ать ять еть".split()
    ),
    min_stem=3,
    hyphen_parts=True,
)
