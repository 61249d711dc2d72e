"""Russian word families: noun, adjective and verb endings stripped from the dictionary form.

Measured alternative: pymorphy3 lemmatises every word exactly but costs about 0.2 ms a word,
60 ms for a 4 KB reply (the guard's budget is 5 ms); these endings cost a few dictionary look-ups.
A fleeting vowel ('снимок' / 'снимка') is listed as a second form in ru.toml.
"""

from clinicrep.guidelines.languages import Morphology

_NOUN = (
    "а я о е ё ы и у ю ь й ом ем ём ой ей ою ею ам ям ах ях ами ями ов ев ьи ья ье ью ьё ьев ьям "
    "ьями ьях ие ия ии ию ием иям иями иях ий"
)
_ADJ = "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ых их ую юю ыми ими ом ем"
_VERB = "ть ти ться л ла ло ли лся лась лось лись ешь ет ем ете ют ут ишь ит им ите ат ят ю у ся сь"

MORPHOLOGY = Morphology(
    endings=frozenset({""} | set(f"{_NOUN} {_ADJ} {_VERB}".split())),
    lemma_endings=tuple("а я о е ь й ы и ие ия ий ый ой ое ая ть ться ти ить ать ять еть".split()),
    min_stem=3,
)
