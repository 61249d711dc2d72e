"""The reviewer's public first name as a polite address in the reply's language.

Ukrainian and Polish address a person in the vocative with a title ("пані Маріє", "Pani
Anno"); where the form cannot be told safely the greeting goes without a name, as a
mistaken form reads worse than none. Russian and English use the name as written.
"""

from __future__ import annotations

import re

from clinicrep.guidelines.templates import reviewer_first_name
from clinicrep.guidelines.vocative import polish_address, ukrainian_vocative

_INITIAL = re.compile(r"\w\.")
# Ukrainian names in -a/-я that are men's.
_UK_MALE_IN_A = {"микола", "ілля", "кузьма", "фома", "лука", "сава", "мина", "никита"}


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
    """The title and the vocative (``guidelines.vocative``, shared with the templates): "пані
    Маріє", "пане Андрію"; '' for a man's name in -а/-я (the title would read as a woman's
    to a reader who does not know it) and for a name no rule covers."""
    low = name.casefold()
    if low in _UK_MALE_IN_A:
        return ""
    vocative = ukrainian_vocative(name)
    if not vocative:
        return ""
    return ("пані " if low.endswith(("а", "я")) else "пане ") + vocative
