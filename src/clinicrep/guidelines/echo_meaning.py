"""Echoes of the review by meaning: a reply's part repeats the review when every word of it that
says something is the review's own, by its first letters or by a meaning group the review names
too ([echo] groups in resources/guidelines/<lang>.toml: swelling / swollen / puffy, мама /
матушка, booked / booking), and its figures are the review's figures ("10" / "десять" / "十").

Such a part adds no new information and confirms nothing the reviewer did not make public: the
guard reads it as an echo. A condition, a result, a date or a name the review did not give is a
word of its own, and the part is no echo."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from clinicrep.guidelines.engine import WORD
from clinicrep.guidelines.languages import morphology
from clinicrep.guidelines.lexicon import lexicon, normalise_language
from clinicrep.paths import resource

# a word's first letters that make it the review's own (the language's echo_letters when set)
_LETTERS = 5
# words shorter than this say nothing on their own ("the", "we", "у", "że")
_SHORTEST = 4
_DIGITS = re.compile(r"\d+")
# Chinese numerals before the unit they count: "十点", "三百元", "四十分钟", "两个小时"
_ZH_COUNTED = re.compile(r"([零〇一二两三四五六七八九十百千万]+)(?=个?[点元块分小岁天周年月])")
_ZH_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class EchoData:
    """One language's [echo] table."""

    groups: tuple[tuple[str, ...], ...]  # beginnings of words (zh: strings) of one meaning
    common: frozenset[str]  # words that say nothing of a case: "sorry", "жаль", "przykro"
    numbers: dict[str, int]  # number words of a time or an amount: "ten", "десять", "dziesiątą"
    multipliers: dict[str, int]  # "hundred", "тысячи": what multiplies the words before
    letters: int  # first letters a word shares with the review's to be its own
    language: str


@cache
def echo_data(language: str) -> EchoData:
    code = normalise_language(language)
    with resource("guidelines", f"{code}.toml").open("rb") as f:
        table = tomllib.load(f).get("echo", {})
    lex = lexicon(code)
    groups = tuple(
        tuple(str(w).casefold() for w in group) for group in table.get("groups", ()) if group
    )
    common = frozenset(str(w).casefold() for w in table.get("common", ()))
    numbers = {str(k).casefold(): int(v) for k, v in lex.number_words.items()}
    numbers.update({str(k).casefold(): int(v) for k, v in table.get("numbers", {}).items()})
    multipliers = {str(k).casefold(): int(v) for k, v in lex.number_multipliers.items()}
    multipliers.update({str(k).casefold(): int(v) for k, v in table.get("multipliers", {}).items()})
    return EchoData(
        groups=groups,
        multipliers=multipliers,
        common=common | lex.echo_skip | lex.echo_filler,
        numbers=numbers,
        letters=lex.echo_letters or _LETTERS,
        language=code,
    )


def _stems(word: str, data: EchoData) -> list[str]:
    """The stems a word may be built on ("dniu", "dnia" -> "dni"): its inflected forms agree."""
    rules = morphology(data.language)
    if not rules.segmented:
        return []
    return [s for s in rules.candidate_stems(word) if len(s) >= 3]


def zh_value(numerals: str) -> int:
    """The value of Chinese numerals: "两百" -> 200, "三百四十" -> 340, "十五" -> 15."""
    total = section = digit = 0
    for char in numerals:
        if char in _ZH_DIGITS:
            digit = _ZH_DIGITS[char]
        elif char == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        else:
            section += (digit or 1) * _ZH_UNITS[char]
            digit = 0
    return total + section + digit


def _groups_of_word(word: str, data: EchoData) -> frozenset[int]:
    return _groups_of_folded(word.casefold(), data.language)


@lru_cache(maxsize=50_000)
def _groups_of_folded(folded: str, language: str) -> frozenset[int]:
    """The meaning groups a word (in lower case) begins one of (read once a word)."""
    groups = echo_data(language).groups
    return frozenset(
        n for n, group in enumerate(groups) if any(folded.startswith(g) for g in group)
    )


def _groups_in_han(text: str, data: EchoData) -> set[int]:
    return {n for n, group in enumerate(data.groups) if any(g in text for g in group)}


def _values(text: str, data: EchoData) -> set[int]:
    """The figures of ``text`` as numbers: digits, number words, counted Chinese numerals;
    not a zero ("10:00" is the review's "10")."""
    found = {int(d) for d in _DIGITS.findall(text)} - {0}
    found.update(zh_value(m.group(1)) for m in _ZH_COUNTED.finditer(text))
    current = 0  # a run of number words: "two hundred", "три тысячи"
    for word in [*WORD.findall(text), ""]:
        folded = word.casefold()
        if folded in data.numbers:
            current += data.numbers[folded]
        elif folded in data.multipliers:
            current = (current or 1) * data.multipliers[folded]
        elif current:
            found.add(current)
            current = 0
    return found


@dataclass(frozen=True, slots=True)
class ReviewEcho:
    """What a review says, read once for every part of the reply: its words' first letters,
    its meaning groups and its figures."""

    starts: frozenset[str]
    groups: frozenset[int]
    values: frozenset[int]
    pairs: frozenset[str]  # the two-character runs of its Chinese text
    short: frozenset[str]  # its short words as written: "зуб", "gum"
    stems: frozenset[str]  # the stems its words may be built on


@lru_cache(maxsize=64)
def read_review(review_text: str, language: str) -> ReviewEcho:
    data = echo_data(language)
    words = WORD.findall(review_text)
    groups: set[int] = set()
    for word in words:
        groups |= _groups_of_word(word, data)
    han = "".join(_HAN.findall(review_text))
    if han:
        groups |= _groups_in_han(han, data)
    return ReviewEcho(
        starts=frozenset(w.casefold()[: data.letters] for w in words if len(w) >= _SHORTEST),
        groups=frozenset(groups),
        values=frozenset(_values(review_text, data)),
        pairs=frozenset(han[k : k + 2] for k in range(len(han) - 1)),
        short=frozenset(w.casefold() for w in words if len(w) < _SHORTEST),
        stems=frozenset(s for w in words for s in _stems(w, data)),
    )


def word_echoes(word: str, review: ReviewEcho, language: str) -> bool:
    """The word is the review's own: by its first letters or by a meaning group."""
    data = echo_data(language)
    if word.casefold()[: data.letters] in review.starts:
        return True
    if any(s in review.stems for s in _stems(word, data)):
        return True
    return bool(_groups_of_word(word, data) & review.groups)


def _han_echoes(text: str, review: ReviewEcho, data: EchoData) -> bool:
    """Every Chinese character of ``text`` is in a two-character run the review has, in a
    meaning group's word the review names (in any of its words), or in a word that says
    nothing of a case ([echo] common)."""
    covered = [False] * len(text)
    for at in range(len(text) - 1):
        if text[at : at + 2] in review.pairs:
            covered[at] = covered[at + 1] = True
    for entries in (
        *(g for n, g in enumerate(data.groups) if n in review.groups),
        tuple(data.common),
    ):
        for entry in entries:
            at = text.find(entry)
            while at >= 0:
                for k in range(at, at + len(entry)):
                    covered[k] = True
                at = text.find(entry, at + 1)
    for m in _ZH_COUNTED.finditer(text):  # figures are read apart (values)
        for k in range(m.start(), m.end()):
            covered[k] = True
    return all(c or not _HAN.match(ch) for c, ch in zip(covered, text, strict=True))


def repeats_review(text: str, review: ReviewEcho, language: str, skip: frozenset[str]) -> bool:
    """Every word of ``text`` that says something (four letters or more, not ``skip``: the
    reviewer's name, nor [echo] common) is the review's own, and so is every figure: the part
    only repeats the review. False where it has no such word at all."""
    data = echo_data(language)
    if not _values(text, data) <= review.values:
        return False
    said = False
    for word in WORD.findall(text):
        folded = word.casefold()
        if folded in skip:
            continue  # the reviewer's name: whom the reply is for
        if _HAN.match(word):
            if not _han_echoes(word, review, data):
                return False
            said = True
            continue
        if len(word) < _SHORTEST or folded in data.common or folded in skip:
            continue
        if folded in data.numbers or folded in data.multipliers:
            continue  # read as a figure above
        if not word_echoes(word, review, language):
            return False
        said = True
    return said


def adds_to_review(
    text: str,
    review: ReviewEcho,
    language: str,
    skip: frozenset[str],
    *,
    quiet: Callable[[str], bool] = lambda word: False,
) -> bool:
    """``text`` tells what the review did not (session 32, an event of the reviewer's:
    "dotarła Pani na zdjęcie szwów"): a figure the review does not have, or, of its words that
    say something (four letters or more, not ``skip`` nor [echo] common nor ``quiet``), more
    than a third not the review's own (by first letters, stem or meaning group). A retelling of
    the review in a few other words ("przyszła Pani z mamą na rehabilitację, a winda stała")
    adds nothing."""
    data = echo_data(language)
    if not _values(text, data) <= review.values:
        return True
    said = new = 0
    for word in WORD.findall(text):
        folded = word.casefold()
        if (
            len(word) < _SHORTEST
            or folded in skip
            or folded in data.common
            or folded in data.numbers
            or folded in data.multipliers
            or quiet(folded)
        ):
            continue
        said += 1
        if _HAN.match(word):
            new += not _han_echoes(word, review, data)
        else:
            new += not word_echoes(word, review, language)
    return new > 0 and 3 * new > said


def names_only_review(text: str, review: ReviewEcho, language: str) -> bool:
    """Every word of a health term is the review's own (by its first letters or a meaning
    group; a short word as written): "soreness" after "sore", "пломбирования" after "пломбу"."""
    data = echo_data(language)
    for word in WORD.findall(text):
        if _HAN.match(word):
            if not _han_echoes(word, review, data):
                return False
        elif len(word) < _SHORTEST:
            # a three-letter term as written ("зуб", "ВИЧ"); "с", "of", "po" name nothing
            if len(word) > 2 and word.casefold() not in review.short | data.common:
                return False
        elif word.casefold() not in data.common and not word_echoes(word, review, language):
            return False
    return True
