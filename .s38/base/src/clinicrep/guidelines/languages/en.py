"""English word families: plurals and possessives ('x-rays', 'biopsies', "dentist's").

Verb forms are few and irregular enough to be written out as phrases in en.toml.
"""

from clinicrep.guidelines.languages import Morphology

MORPHOLOGY = Morphology(
    endings=frozenset({"", "s", "es", "'s", "’s", "s'", "y", "ies", "ied"}),
    lemma_endings=("y",),
    min_stem=4,
    keep_after=frozenset("aeiou"),
)
