"""The reviewer's public first name as a polite address in the reply's language.

Ukrainian and Polish address a person in the vocative with a title ("пані Маріє", "Pani
Anno"); where the form cannot be told safely the greeting goes without a name, as a
mistaken form reads worse than none. Russian and English use the name as written.
"""

from __future__ import annotations

import re

from clinicrep.guidelines.templates import reviewer_first_name
from clinicrep.guidelines.vocative import polish_address

_INITIAL = re.compile(r"\w\.")
# Ukrainian names in -a/-я that are men's.
_UK_MALE_IN_A = {"микола", "ілля", "кузьма", "фома", "лука", "сава", "мина", "никита"}
_UK_CONSONANTS = set("бвгґджзклмнпрстфхцчшщ")


def polite_name(author: str, language: str) -> str:
    """What follows the greeting ("Maria", "пані Маріє", "Pani Anno"), or '' for no name."""
    # "Ben A.": an initial with its dot is no word of "A Google user"
    words = [w for w in author.split() if not _INITIAL.fullmatch(w)]
    first = reviewer_first_name(" ".join(words)) if words else ""
    if not first:
        return ""
    if language == "uk":
        return _ukrainian(first)
    if language == "pl":
        return polish_address(first)
    return first


def _ukrainian(name: str) -> str:
    low = name.casefold()
    if low.endswith(("а", "я")) and low not in _UK_MALE_IN_A:
        if low.endswith("ія"):
            return "пані " + name[:-1] + "є"
        if low.endswith("я") and low[-2:-1] in _UK_CONSONANTS:
            return "пані " + name[:-1] + "ю"
        if low.endswith("а") and low[-2:-1] in _UK_CONSONANTS:
            return "пані " + name[:-1] + "о"
        return ""
    if low in _UK_MALE_IN_A:
        return ""
    if low.endswith("й"):
        return "пане " + name[:-1] + "ю"
    if low.endswith("ь"):
        return "пане " + name[:-1] + "ю"
    if low.endswith("о"):
        return "пане " + name[:-1] + "е"
    if low[-1:] in _UK_CONSONANTS and low[-1:] not in "кгхжчшщц":
        return "пане " + name + "е"
    return ""
