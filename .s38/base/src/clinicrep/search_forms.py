"""Word forms in search: "парковки" finds "парковка", "lekarza" finds "lekarz".

A light suffix stripping (no dictionary) for Russian, Ukrainian and Polish: the longest
inflectional ending is cut from a query word, leaving a stem of at least four letters, and
the stem is searched as a substring (the trigram index finds it inside every form). English
and Chinese words are searched as typed. ``stem_search_word`` is the one rule; the inbox's
search and the review pane's highlighting both call it.

Chinese, Japanese and Korean words are mostly one or two characters, shorter than the
trigram index can look up: ``cjk_chars`` is what the second index (``reviews_cjk``,
migration 0011) holds of a review, one character per token, and ``is_short_cjk_word`` says
which search words it answers (as a phrase of their characters).

Letters with diacritics are searched folded (``fold``): Polish is often typed without them
("zaparkowac" finds "zaparkować", "zle" finds "źle", and the other way round), Russian
without ё ("еще" finds "ещё"). The search indexes hold the folded text (SQLite migration
0016, PostgreSQL's ``search_text``), the search words are folded before they are looked up,
and the highlighting folds both sides; each folded letter is one letter, so positions stay.
"""

from __future__ import annotations

import re

MIN_STEM = 4

# endings of nouns, adjectives and verbs (tried longest first)
_RUSSIAN = (
    "иями ями ами ого его ому ему ыми ими ах ях ов ев ей ой ий ый ая яя ое ее ые ие ую юю ом ем"
    " ам ям ть ла ли ло ет ит ут ют ат ят а я о е ы и у ю ь й"
)
_UKRAINIAN = "ові еві ами ями ого ому ими ів їв ої ій ий ам ям ах ях ою ею єю ти ла ли ло і ї є"
_POLISH = (
    "ami ach owi ego emu ymi imi ych ich cie ała ało ali ały ów om em ie ia ii iu ym im ej ać ić"
    " yć eć ał ą ę y i a e o u"
)
_ENDINGS_CYRILLIC = sorted(set((_RUSSIAN + " " + _UKRAINIAN).split()), key=len, reverse=True)
_ENDINGS_POLISH = sorted(set(_POLISH.split()), key=len, reverse=True)
_CYRILLIC = re.compile(r"^[а-яёіїєґ'’-]+$")
_POLISH_LETTERS = re.compile(r"[ąćęłńóśźż]")
_LATIN = re.compile(r"^[a-ząćęłńóśźż-]+$")


# Polish letters with diacritics, and Russian ё: one letter each, so that positions stay.
# Replaced letter by letter, not with str.translate: translate looks each character past
# Latin-1 up in its table as a new int, 0.2 µs a character (19 ms for a 100,000-character
# Russian review, 300 ms under tracemalloc), where 20 C scans take 0.3 ms
_FOLDED = tuple(zip("ąćęłńóśźżĄĆĘŁŃÓŚŹŻёЁ", "acelnoszzACELNOSZZеЕ", strict=True))
# the letters each ASCII letter stands for in folded text (a row tested without the index)
FOLDED_FROM = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "źż"}


def fold(text: str) -> str:
    """``text`` with its Polish letters and ё written without diacritics ("źle" -> "zle"),
    letter for letter; what the search indexes hold and what a search word is looked up as.
    Registered on every SQLite connection as ``clinicrep_fold``."""
    if text.isascii():  # nothing to fold (a flag of the string: no scan)
        return text
    for letter, plain in _FOLDED:
        if letter in text:
            text = text.replace(letter, plain)
    return text


def fold_or_none(text: str | None) -> str | None:
    """``fold`` for a column that may be NULL (a review's title)."""
    return None if text is None else fold(text)


def stem_search_word(word: str) -> str:
    """The part of ``word`` that every form of it shares, or ``word`` lower-cased."""
    lowered = word.lower()
    if _CYRILLIC.match(lowered):
        endings = _ENDINGS_CYRILLIC
    elif _LATIN.match(lowered) and (_POLISH_LETTERS.search(lowered) or len(lowered) >= 6):
        # Polish (its letters, or a long word: "parkingu"); short English words stay as typed
        endings = _ENDINGS_POLISH
    else:
        return lowered
    for ending in endings:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            return lowered[: -len(ending)]
    return lowered


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of ``query`` (by their stems) occur in ``text``: (start, end) pairs,
    sorted and not overlapping, to highlight what the search found."""
    # as the search finds them: a word typed without diacritics in the folded text
    # ("zaparkowac" lights up "zaparkować"), one typed with them as typed ("źle")
    written = text.lower()
    folded = fold(written)
    spans: list[tuple[int, int]] = []
    for word in query.split():
        needle = stem_search_word(word) if len(word) >= 3 else word.lower()
        lowered = folded if fold(needle) == needle else written
        if not needle:
            continue
        start = lowered.find(needle)
        while start >= 0:
            end = start + len(needle)
            # the whole word form the stem is in: "парковк" lights up all of "парковки"
            while end < len(lowered) and lowered[end].isalpha() and not _is_cjk(lowered[end]):
                end += 1
            spans.append((start, end))
            start = lowered.find(needle, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# Han (with extension A, the compatibility block and the supplementary planes), kana, hangul
_CJK_CLASS = (
    "\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_CJK_WORD = re.compile(f"^[{_CJK_CLASS}]+$")
CJK_INDEX_WORD_MAX = 2  # longer CJK words go to the trigram index, which finds them directly
# between two runs of CJK text: a token no search phrase holds, so "停。车" is no "停车"
_RUN_BREAK = " x "


def cjk_chars(*parts: str | None) -> str | None:
    """The CJK characters of ``parts`` separated by spaces, each run apart from the next
    ("停车场很好。Dr Li 医生" -> "停 车 场 很 好 x 医 生"); None when there are none.

    The unicode61 tokenizer then makes each character a token, so a word of any length is
    a phrase query ("停 车"). Registered on every connection as ``clinicrep_cjk_chars``.
    """
    runs = [run for part in parts if part for run in _CJK_RUN.findall(part)]
    if not runs:
        return None
    return _RUN_BREAK.join(" ".join(run) for run in runs)


def is_short_cjk_word(word: str) -> bool:
    """A word of one or two CJK characters: the trigram index cannot look it up."""
    return len(word) <= CJK_INDEX_WORD_MAX and bool(_CJK_WORD.match(word))


def _is_cjk(char: str) -> bool:
    return bool(_CJK_WORD.match(char))
