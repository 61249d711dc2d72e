"""Polish word families: stemming rules (case endings of nouns and adjectives, verb persons).

The stem keeps families apart that a prefix could not: 'recepta' (prescription) and
'recepcja' (reception) share 'recep', not a stem.
"""

from clinicrep.guidelines.languages import Morphology

_NOUN = (
    "a ą ę e i y o u ó em om ach ami ów owi ie iu ia ii ią ię iem iom iach iami iów ek ce "
    "cie ce ze dze rze"
)
_ADJ = "y i a e ą ego emu ej ym im ych ich ymi imi ie iej iego iemu"
_VERB = "ć ł ła ło li ły em esz e emy ecie ą isz i imy icie ę am asz a amy acie ają"

MORPHOLOGY = Morphology(
    endings=frozenset({""} | set(f"{_NOUN} {_ADJ} {_VERB}".split())),
    lemma_endings=tuple("a e o y i ia ie ja ć ać ić eć ować y i".split()),
    min_stem=3,
)
