"""Polish word families: stemming rules (case endings of nouns and adjectives, verb persons).

A dictionary form loses its ending ('wizyta' -> 'wizyt', 'konsultacja' -> 'konsultacj',
'ortodontyczny' -> 'ortodontyczn') and a word of the text is in the family when it is that stem
plus a case ending. Polish also changes the last consonant of the stem before some endings; the
regular alternations are undone here, so one dictionary form finds them all:

- locative and dative: wizyta -> wizycie (t/c), woda -> wodzie (d/dz), udar -> udarze (r/rz),
  noga -> nodze (g/dz), tabletka -> tabletce (k/c), mucha -> musze (ch/sz), szkoła -> szkole
  (ł/l), dentysta -> dentyście (st/ść);
- genitive plural with a mobile e: ósemka -> ósemek, tabletka -> tabletek;
- soft stems before a zero ending: badanie -> badań, zdjęcie -> zdjęć;
- nouns in -ość keep their ć as c before a case ending: otyłość -> otyłości, otyłością
  (the stem 'otyłośc'; the nominative's ć is found as c like zdjęć's).

The stem keeps families apart that a prefix could not: 'recepta' (prescription) and
'recepcja' (reception) share 'recep', not a stem.
"""

from __future__ import annotations

from clinicrep.guidelines.languages import Morphology

_NOUN = "a ą ę e i y o u ó em om ach ami ów owi ie iu ia ii ią ię iem iom iach iami iów ek"
_ADJ = "y i a e ą ego emu ej ym im ych ich ymi imi ie iej iego iemu"
_VERB = "ć ł ła ło li ły em esz e emy ecie ą isz i imy icie ę am asz a amy acie ają"

# (what the text has at the end, what the stem had there), longest first
_ALTERNATIONS = (
    ("ście", "st"),
    ("dzie", "d"),
    ("cie", "t"),
    ("rze", "r"),
    ("dze", "g"),
    ("sze", "ch"),
    ("ce", "k"),
    ("le", "ł"),
    ("ek", "k"),
    ("ń", "n"),
    ("ć", "c"),
    ("ś", "s"),
    ("ź", "z"),
)


class PolishMorphology(Morphology):
    """The shared ending rules plus the alternations of Polish stems (above)."""

    def stem(self, lemma: str) -> str:
        """'ząbek' -> 'ząbk' (ząbki, ząbka): a dictionary form in -ek loses its mobile e; one
        in -ość keeps its stem's c ('otyłość' -> 'otyłośc')."""
        word = lemma.casefold()
        if word.endswith("ek") and len(word) >= 5:
            return word[:-2] + "k"
        # 'niepłodność' -> 'niepłodnośc' (niepłodności, niepłodnością): no verb ends in -ość
        if word.endswith("ość") and len(word) >= 6:
            return word[:-1] + "c"
        return Morphology.stem(self, lemma)

    def candidate_stems(self, word: str) -> list[str]:
        stems = Morphology.candidate_stems(self, word)
        w = word.casefold()
        for written, stem_end in _ALTERNATIONS:
            if w.endswith(written) and len(w) - len(written) >= 2:
                stems.append(w[: -len(written)] + stem_end)
        return stems


MORPHOLOGY = PolishMorphology(
    endings=frozenset({""} | set(f"{_NOUN} {_ADJ} {_VERB}".split())),
    lemma_endings=tuple("a e o y i ia ie ć ać ić eć ować".split()),
    min_stem=3,
)
