"""Ukrainian word families: noun, adjective and verb endings stripped from the dictionary form.

pymorphy3 with its Ukrainian dictionary was measured too slow for the guard (see ru.py).

Four alternations are handled here rather than listed in uk.toml: a fleeting vowel ('знімок' /
'знімка', 'таблетка' / 'таблеток'), і becoming о in '-ість' nouns ('вагітність' / 'вагітності')
and к, г, х becoming ц, з, с before -і ('картка' / 'картці', 'лікарка' / 'лікарці'); the
genitive plural of '-ння' nouns has one н ('висипання' / 'висипань'). Both the
dictionary form and every word of a text are also known by the stem without them, so either form
finds the other.
"""

from __future__ import annotations

from clinicrep.guidelines.languages import Morphology

_NOUN = (
    "а я о е є и і ї у ю ь й ом ем єм ой ою ею єю ам ям ах ях ами ями ів їв ей ові еві єві "
    "ія ії ію ією ій ям ями ях"
)
_ADJ = "ий ій а я е є і ї ого ього ому ьому им ім их іх ою ю у ими іми ої ій"
_VERB = (
    "ти тися ся сь в ла ло ли вся лася лося лися еш єш е є емо ємо ете єте уть ють ать ять "
    "иш іш ить іть имо імо ите іте у ю"
)

_VOWELS = frozenset("аеєиіїоуюяь'’")
_SOFTENED = {"ц": "к", "з": "г", "с": "х"}


def without_fleeting_vowel(stem: str) -> str | None:
    """'знімок' -> 'знімк', 'таблеток' -> 'таблетк', 'вагітніст' -> 'вагітност' (і in a
    closed syllable: 'вагітність' / 'вагітності'); None when none."""
    if len(stem) >= 5 and stem[-1] in "кц" and stem[-2] in "ое" and stem[-3] not in _VOWELS:
        return stem[:-2] + stem[-1]
    if len(stem) >= 6 and stem.endswith("іст"):
        return stem[:-3] + "ост"
    return None


# the vowels before a past tense's "л" ('приймала', 'лікувала', 'виділила', 'сиділи')
_PAST_VOWELS = frozenset("аяиіу")


class _UkrainianMorphology(Morphology):
    __slots__ = ()

    def verb_stems(self, stem: str) -> tuple[str, ...]:
        """A past stem in '-л' is also written in '-в': the masculine singular past has no
        л ('приймала', 'приймали' / 'приймав', 'оглядала' / 'оглядав', 'виділила' / 'виділив'),
        so a list that names 'приймал' finds "вас приймав лікар" too (Russian keeps the л:
        'принимал')."""
        if len(stem) >= 5 and stem[-1] == "л" and stem[-2] in _PAST_VOWELS:
            return (stem, stem[:-1] + "в")
        return (stem,)

    def stem(self, lemma: str) -> str:
        base = Morphology.stem(self, lemma)
        return without_fleeting_vowel(base) or base

    def candidate_stems(self, word: str) -> list[str]:
        stems = Morphology.candidate_stems(self, word)
        extra = [s for s in map(without_fleeting_vowel, stems) if s]
        w = word.casefold()
        # 'картці', 'нозі', 'вусі': the stem ends in к, г, х
        if len(w) >= 5 and w[-1] == "і" and w[-2] in _SOFTENED:
            extra.append(w[:-2] + _SOFTENED[w[-2]])
        # 'висипань', 'ускладнень', 'щеплень': the genitive plural of a '-ння' noun has one н
        if len(w) >= 6 and w.endswith("нь") and w[-3] in "аеяі":
            extra.append(w[:-1] + "н")
        return stems + extra if extra else stems


MORPHOLOGY: Morphology = _UkrainianMorphology(
    endings=frozenset({""} | set(f"{_NOUN} {_ADJ} {_VERB}".split())),
    lemma_endings=tuple("а я о е є ь й и і ія ий ій ти тися ити ати яти іти".split()),
    min_stem=3,
    hyphen_parts=True,
)
