"""Ukrainian word families: noun, adjective and verb endings stripped from the dictionary form.

pymorphy3 with its Ukrainian dictionary was measured too slow for the guard (see ru.py).
"""

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

MORPHOLOGY = Morphology(
    endings=frozenset({""} | set(f"{_NOUN} {_ADJ} {_VERB}".split())),
    lemma_endings=tuple("а я о е є ь й и і ія ий ій ти тися ити ати яти іти".split()),
    min_stem=3,
)
