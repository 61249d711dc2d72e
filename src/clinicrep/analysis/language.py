"""Which language a review is written in: en, ru, uk, pl, zh or "other".

The script decides first (Han, Cyrillic, Latin), then small lists of very common words and
letters that only one language uses. A text too short to tell falls back to what the platform
or the source says, because a wild guess on "OK" or "Супер" is worse than the practice's own
language setting.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from itertools import repeat

from clinicrep.analysis.lexicon import load_sections, tokenize

KNOWN_LANGUAGES = ("en", "ru", "uk", "pl", "zh")
OTHER = "other"

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# any letter of _HAN, _CYRILLIC or _KANA_HANGUL
_NOT_LATIN = re.compile(
    "[" + "".join(p.pattern[1:-1] for p in (_HAN, _CYRILLIC, _KANA_HANGUL)) + "]"
)
# any letter of _HAN or _KANA_HANGUL
_CJK = re.compile("[" + "".join(p.pattern[1:-1] for p in (_HAN, _KANA_HANGUL)) + "]")
_HAN_RUN = re.compile(_HAN.pattern + "+")
_KANA_HANGUL_RUN = re.compile(_KANA_HANGUL.pattern + "+")
_CYRILLIC_RUN = re.compile(_CYRILLIC.pattern + "+")
_LATIN_RUN = re.compile(_LATIN.pattern + "+")


def _letters(run: re.Pattern[str], text: str, end: int = sys.maxsize) -> int:
    """The letters of ``text[:end]`` that ``run`` (a pattern of runs of them) finds."""
    return sum(map(len, run.findall(text, 0, end)))


# The first bytes of _CYRILLIC's letters (U+0400-U+04FF) in UTF-8: exactly 0xD0-0xD3 (110100xx:
# the code points 0x400-0x4FF), and no byte of another character is one of them (a following
# byte is 0x80-0xBF, a first byte tells the character's code point).
_CYRILLIC_FIRST_BYTES = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
assert _CYRILLIC.pattern == r"[\u0400-\u04ff]", "_cyrillic_letters counts U+0400-U+04FF"


def _cyrillic_letters(text: str) -> int:
    """``_letters(_CYRILLIC_RUN, text)``, counted in C: the text's UTF-8 bytes that start a
    Cyrillic letter (findall made a string of each word of a Cyrillic text, to count its
    letters: 12k instructions of a review's 750k; session 46, imp46)."""
    encoded = text.encode("utf-8", "surrogatepass")  # (a lone surrogate is no letter)
    return sum(map(encoded.count, _CYRILLIC_FIRST_BYTES))


# Letters one language has and the other lacks: strong evidence even in a short text.
_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_PL_LETTERS = frozenset("ąćęłńśźż")
# Of those, the ones no other language written in Latin letters has (Czech, Slovak, Croatian,
# Lithuanian share none of them; Croatian has ć, Lithuanian ą and ę): a Latin text with one of
# them whose words do not decide is Polish, not "other".
_PL_ONLY_LETTERS = frozenset("łńśźż")
# (none of them ASCII: an ASCII text is not searched for them, see detect_language)

# The commonest words of each language (function words and review words), for longer texts.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and is was were are to of a an in it my me i he she they we you very not but"
        " for with this that have has had be been at on so all no our your doctor staff"
        " great good bad would will recommend excellent rude wait thank thanks dr".split()
    ),
    "pl": frozenset(
        "i w z na nie jest się że do to jak bardzo polecam pani pan doktor lekarz lekarza"
        " był była było by mi mnie od po za co tak ale czy dla tego jego jej już tylko"
        " wizyta wizyty jestem przez który która które także oraz o bo go są też"
        # typed without diacritics, and more of the commonest words
        " sie ze juz tez sa byl byla bylo wiec więc jeszcze może moze mam ma ich mu nam"
        " jaki jakie jakiego gdy kiedy tym tej ten ta te przy pod nad lub albo niż niz"
        " wszystko wszystkim bardziej zawsze nawet chyba teraz potem wtedy tu tam tutaj"
        " dziękuję dziekuje polecam polecenia lekarzem doktora doktorze"
        # the doctor, the visit and the front desk in the forms written without Polish letters
        # as often as with ("Wygodny dojazd, a lekarka konkretna i rzeczowa": "a" and "i" are
        # English words too)
        " lekarka lekarki lekarkę lekarke lekarką lekarka lekarce wizytę wizyte wizycie"
        " rejestracja rejestracji pielęgniarka pielegniarka".split()
    ),
    "ru": frozenset(
        "и в не на что с по это как очень я мне был была было врач врача врачу к у же"
        " все всё так но за из от его ее её она он они мы вы нас спасибо рекомендую"
        " клиника клинике только уже или когда"
        # "до" is as common in Russian as in Ukrainian; words only Russian writes so
        " до нет ещё еще если тоже чтобы меня после можно нужно сказал сказала".split()
    ),
    "uk": frozenset(
        "і в не на що з по це як дуже я мені був була було лікар лікаря лікарю до у же"
        " все так але за із від його її вона він вони ми ви нас дякую рекомендую клініка"
        " клініці тільки вже або коли та й"
        " немає ще якщо теж щоб мене після можна потрібно сказав сказала".split()
    ),
}


def _language_words(section: str) -> frozenset[str]:
    """The words of a section of resources/lexicons/language.txt."""
    return frozenset(term for term, _ in load_sections("language").get(section, ()))


# English as a Latin review at a source of another script writes it: the common words and the
# words of reviews beyond them ("Nice clean clinic, quick visit").
_ENGLISH = _STOPWORDS["en"] | _language_words("en")
# The common words of Latin languages the program does not read (German, Czech, Slovak,
# French, Spanish, Italian, Dutch), none of them a word of the Polish or English lists, and
# their letters that neither language writes.
_FOREIGN = _language_words("foreign") - _STOPWORDS["pl"] - _ENGLISH
_FOREIGN_LETTERS = frozenset("".join(_language_words("foreign_letters")))
# (none of them ASCII either: an ASCII text is not searched for them)


def _cyrillic_of(section: str) -> dict[str, str]:
    """The Latin words (or letters) of a section and their Cyrillic: lines "spasibo спасибо"."""
    pairs = (term.split(" ", 1) for term, _ in load_sections("language").get(section, ()))
    return {latin: cyrillic for latin, cyrillic in pairs}


# Russian and Ukrainian typed in Latin letters ("Vrach otlichnyi, spasibo", "Duzhe dyakuyu
# likaryu"): their common words as typed, with their Cyrillic for the analysis, and the letters
# for the rest of a text's words (longest first).
_TYPED_WORDS = {"ru": _cyrillic_of("ru_latin"), "uk": _cyrillic_of("uk_latin")}
_TYPED_LETTERS = {lang: _cyrillic_of(f"{lang}_latin_letters") for lang in ("ru", "uk")}
_TYPED_LETTER = {
    lang: re.compile("|".join(sorted(map(re.escape, letters), key=len, reverse=True)))
    for lang, letters in _TYPED_LETTERS.items()
}
# The votes of those words (Russian 1, Ukrainian _SECOND, a word of both both, as _votes): a
# word Polish, English or another Latin language writes too ("dobre", "byl", "ne") tells nothing.
_SECOND = 1 << 32
_TYPED_VOTES: dict[str, int] = {}
for _lang, _weight in (("ru", 1), ("uk", _SECOND)):
    for _word in _TYPED_WORDS[_lang].keys() - _STOPWORDS["pl"] - _ENGLISH - _FOREIGN:
        _TYPED_VOTES[_word] = _TYPED_VOTES.get(_word, 0) + _weight
_TYPED = frozenset(_TYPED_VOTES)

# Below this many letters a text is "short": only a decisive sign beats the fallback.
_SHORT_LETTERS = 20
# A Latin text of fewer different words than this, none of them (or one word, repeated) in
# either list, is read in the source's language when that is English or Polish ("Brudno.
# Brudno. Brudno.", "Brak parkingu. Brak parkingu.", "Lovely nurses, spotless clinic, felt
# really looked after."): too few words to say it is some other language. A longer one with
# no listed word is another language (German, Spanish ...).
_FEW_WORDS = 10
# A text of this many tokens (marks too) or more is not looked at word by word for another
# language's common words: a set of a long English review's words cost more than its vote.
_FEW_TOKENS = 4 * _FEW_WORDS
# At most this many votes for the leading language are looked at word by word (whether they
# are one word repeated): more votes than this are not a weak vote.
_REPEATED_VOTES = 4


def _normalise(code: str) -> str:
    """'zh_CN', 'zh-Hans', 'EN-gb' -> 'zh', 'en'; unknown codes -> 'other'; '' stays ''."""
    if not code:
        return ""
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base in KNOWN_LANGUAGES else OTHER


# The script of the first few thousand characters decides: a long story does not change
# language half-way, and counting every letter of a 10,000-character story costs more than
# all the rest of its analysis.
_SCRIPT_SAMPLE = 1500
_WORD_SAMPLE = 400  # words read for the stop-word vote


def detect_language(text: str, fallback: str = "") -> str:
    """The language code of ``text``, or ``fallback`` (normalised) where the text cannot tell."""
    fallback = _normalise(fallback)
    sample = text[:_SCRIPT_SAMPLE]
    # which scripts occur at all (a search each, in C): only those are counted below; a text
    # with none of them (Polish with its diacritics) is told by one search, not three
    has_han = has_cyr = has_other = False
    ascii_only = sample.isascii()
    first = None if ascii_only else _NOT_LATIN.search(sample)
    if first is not None:
        # the scripts are looked for from the first letter of any of them on (none stands
        # before it), and Han and kana or Hangul by one search where neither occurs (most
        # Cyrillic texts: one pass over the text for both, not two)
        at = first.start()
        has_cyr = _CYRILLIC.search(sample, at) is not None
        if _CJK.search(sample, at) is not None:
            has_han = _HAN.search(sample, at) is not None
            has_other = _KANA_HANGUL.search(sample, at) is not None
    if not (has_han or has_cyr or has_other):
        # Latin letters only (most English and Polish): no counting of Han or Cyrillic
        # letters, and the Latin ones only as far as needed to tell a short text.
        han = cyr = other_cjk = 0
        # (counted as the lengths of their runs: a match per letter, each a new string, cost
        # 11 us of a review's 80 characters, a match per word 5 us)
        lat = _letters(_LATIN_RUN, sample, 4 * _SHORT_LETTERS)
        if lat < _SHORT_LETTERS and len(sample) > 4 * _SHORT_LETTERS:
            lat = _letters(_LATIN_RUN, sample)
    else:
        # letters counted as the lengths of their runs: a list of every letter, each a new
        # string outside Latin-1, cost more than the rest of the detection
        # (a script the searches above did not find has no letters to count)
        han = _letters(_HAN_RUN, sample) if has_han else 0
        cyr = _cyrillic_letters(sample) if has_cyr else 0
        lat = _letters(_LATIN_RUN, sample)
        other_cjk = _letters(_KANA_HANGUL_RUN, sample) if has_other else 0
    letters = han + cyr + lat + other_cjk
    if letters == 0:
        return fallback  # emoji, digits, punctuation: nothing to go by
    if other_cjk > han * 0.3 and other_cjk >= 2:
        return OTHER  # Japanese kana or Korean
    if han and han * 3 >= letters * 0.5:  # a Han character carries roughly a word
        return "zh" if han >= 2 or fallback in ("", "zh") else fallback
    # (the letters _distinct looks for are none of them ASCII: an ASCII text, most English,
    # has none, and is not lower-cased for them)
    lowered = "" if ascii_only else sample.lower()
    # The same words sentiment and topics read next (tokenize is cached); the marks and numbers
    # among them are in no list of words (see _word_count).
    words = tokenize(text)[:_WORD_SAMPLE]
    short = (cyr + lat) < _SHORT_LETTERS
    if cyr >= lat:
        return _cyrillic_language(lowered, words, short, fallback)
    return _latin_language(lowered, words, short, fallback)


# The two languages of a script voted on in one pass over the words: a word of the first
# language's list counts 1, of the second's 1 << 32 (_SECOND), of both lists both (the sum of
# the votes, taken apart, is the two counts: half the look-ups of a pass per language).


def _vote_table(first: str, second: str) -> dict[str, int]:
    table = dict.fromkeys(_STOPWORDS[first], 1)
    for word in _STOPWORDS[second]:
        table[word] = table.get(word, 0) + _SECOND
    return table


_VOTES = {("uk", "ru"): _vote_table("uk", "ru"), ("pl", "en"): _vote_table("pl", "en")}


def _votes(words: Sequence[str], first: str, second: str) -> tuple[int, int]:
    """How many of ``words`` are in the list of ``first``, and of ``second``."""
    total = sum(map(_VOTES[first, second].get, words, repeat(0)))
    return total & (_SECOND - 1), total >> 32


def _word_count(tokens: Sequence[str]) -> int:
    """The words among ``tokens``, without marks and numbers."""
    return sum(1 for w in tokens if w[0].isalpha())


def _distinct(letters: frozenset[str], lowered: str) -> int:
    """How many of ``letters`` occur in ``lowered`` (a few searches in C, not a set of the text;
    "in" in a list, not ``map(lowered.__contains__, ...)``: a call through the slot's wrapper
    cost 6 us for eight letters, this 1-2 us)."""
    return sum([letter in lowered for letter in letters])


def _cyrillic_language(lowered: str, words: Sequence[str], short: bool, fallback: str) -> str:
    uk_words, ru_words = _votes(words, "uk", "ru")
    uk = 3 * _distinct(_UK_LETTERS, lowered) + uk_words
    ru = 3 * _distinct(_RU_LETTERS, lowered) + ru_words
    if uk == ru:
        # Nothing tells them apart ("Супер", "Все добре"?): trust the setting if it is one of them.
        if fallback in ("ru", "uk"):
            return fallback
        return "ru" if not short else (fallback or "ru")
    winner = "uk" if uk > ru else "ru"
    if short and max(uk, ru) < 3 and fallback in ("ru", "uk"):
        return fallback
    return winner


def _one_word(words: Sequence[str], lang: str) -> bool:
    """Whether the words of ``words`` in the list of ``lang`` are all one word ("by" twice in
    "Late by 30 minutes again. Late by 30 minutes again.")."""
    return len(_STOPWORDS[lang].intersection(words)) == 1


def _latin_language(lowered: str, words: Sequence[str], short: bool, fallback: str) -> str:
    pl_words, en = _votes(words, "pl", "en")
    pl_letters = _distinct(_PL_LETTERS, lowered)
    if not pl_letters and not _TYPED.isdisjoint(head := words[:_FEW_TOKENS]):
        # (only the first _FEW_TOKENS words are looked at for typed Russian words, and counted
        # against Polish and English words of the same stretch: a long typed review's many
        # "no", "a", "i" past it outvoted its typed words; a text a third of whose first words
        # are Polish or English common words, most English and Polish reviews, is neither)
        short_text = len(words) <= _FEW_TOKENS
        pl_head, en_head = (pl_words, en) if short_text else _votes(head, "pl", "en")
        if 3 * max(pl_head, en_head) < len(head):
            typed = _typed_cyrillic_language(lowered, head, pl_head, en_head, fallback)
            if typed:
                return typed
    told = _latin_vote(lowered, words, short, fallback, pl_words, en, pl_letters)
    if fallback in ("pl", "en"):
        if told == fallback and not pl_letters and len(words) < _FEW_TOKENS and _few_words(words):
            # (English's own words are its review words too: "Lovely care, Dr de Vries")
            own = pl_words if fallback == "pl" else sum(w in _ENGLISH for w in words)
            return _own_or_other(lowered, words, fallback, own)
        return told
    if told not in (fallback, OTHER) or _word_count(words) < 2:
        # (one word, "OK", "Super": too little to overrule what the platform or source says)
        return told
    # a Latin text at a source of another script (or of none) that the vote left to the
    # source: an English review at a Russian or Chinese practice is English, a German one is
    # no language the program reads, a Polish one (its words the vote's leader) Polish
    english = sum(w in _ENGLISH for w in words)
    if english and 3 * english >= _word_count(words):
        return "en"
    if pl_letters or (pl_words > en and _own_or_other(lowered, words, "pl", pl_words) == "pl"):
        return "pl"
    return OTHER


def _own_or_other(lowered: str, words: Sequence[str], fallback: str, own: int) -> str:
    """A text of few words, no Polish letter, read in the source's language ``fallback`` (pl or
    en) by a weak vote of ``own`` of its own words: "other" where the common words of
    another Latin language outweigh them ("Alles super, danke!", "Lékař byl velmi milý" at a
    Polish source), English at a Polish source where English words do ("Kind doctor, quick
    appointment"), else the source's language."""
    foreign = sum(map(_FOREIGN.__contains__, words))
    # the letters only at a Polish source: an English review names "Dr Müller" or a café
    letters = _distinct(_FOREIGN_LETTERS, lowered) if fallback == "pl" and lowered else 0
    if foreign + letters > own or (foreign and letters and foreign + letters == own):
        return OTHER
    if fallback == "pl":
        english = sum(map(_ENGLISH.__contains__, words))
        if english >= 2 and english > own:
            return "en"
    return fallback


def _latin_vote(
    lowered: str,
    words: Sequence[str],
    short: bool,
    fallback: str,
    pl_words: int,
    en: int,
    pl_letters: int,
) -> str:
    pl = 3 * pl_letters + pl_words
    best = max(pl, en)
    leader = "pl" if pl > en else "en" if en > pl else ""
    if short:
        if best == 0 or pl == en:
            return fallback or ("en" if en else OTHER)
        if best < 2 and fallback and fallback != OTHER:
            return fallback
    # A longer text in which neither list finds much is some other language (German, Spanish ...),
    # unless what little there is points to the source's own language.
    # (the words are counted only where the tokens, marks and all, do not already decide)
    elif best < max(2, len(words) * 0.12) and best < max(2, _word_count(words) * 0.12):
        # a tie ("Kochamy i szanujemy Pana Profesora": only "i", a word of both lists) goes to
        # the source's language when it is one of the two
        if pl == en and fallback in ("pl", "en"):
            leader = fallback
        if not (best and leader == fallback):
            # no winner: the letters, then a text of few words the source's language
            if _distinct(_PL_ONLY_LETTERS, lowered):
                return "pl"
            if fallback in ("pl", "en") and _few_words(words):
                return fallback
            return OTHER
    if (
        leader
        and fallback in ("pl", "en")
        and fallback != leader
        and best <= _REPEATED_VOTES
        and not (leader == "pl" and pl_letters)
        and _one_word(words, leader)
    ):
        # a vote won by one word said again and again, a word the source's language writes
        # too or in passing: the source's language
        return fallback
    if pl == en and fallback in ("pl", "en"):
        return fallback
    return "pl" if pl > en else "en"


def _few_words(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` hold fewer than _FEW_WORDS different words (marks and numbers aside)."""
    return len({w for w in tokens if w[0].isalpha()}) < _FEW_WORDS


def _typed_cyrillic_language(
    lowered: str, words: Sequence[str], pl_words: int, en: int, fallback: str
) -> str:
    """ "ru" or "uk" for Russian or Ukrainian typed in Latin letters: more of its first
    _FEW_TOKENS words typed Russian or Ukrainian words than Polish or English common words and
    than another Latin language's ([foreign]), at least two, or its only word ("Spasibo"), and
    no letter of another Latin language (Slovenian "Vse je bilo v redu, dolgo čakanje"); else
    ''."""
    words = words[:_FEW_TOKENS]
    if _TYPED.isdisjoint(words):
        return ""  # (most Latin texts: one test of a set, in C)
    if lowered and _distinct(_FOREIGN_LETTERS, lowered):
        return ""
    total = sum(map(_TYPED_VOTES.get, words, repeat(0)))
    ru, uk = total & (_SECOND - 1), total >> 32
    best = max(ru, uk)
    foreign = sum(map(_FOREIGN.__contains__, words))
    if best <= max(pl_words, en, foreign) or (best < 2 and _word_count(words) > 1):
        return ""
    if ru == uk:
        return fallback if fallback in ("ru", "uk") else "ru"
    return "ru" if ru > uk else "uk"


def typed_cyrillic(text: str, lang: str) -> tuple[str, dict[str, str]] | None:
    """The Cyrillic reading of ``text`` where detect_language read a Russian or Ukrainian text
    typed in Latin letters (``lang`` "ru" or "uk", no Cyrillic letter in it), with the typed
    word of each Cyrillic word, lower case (what the analysis read shown as the patient wrote
    it); None for any other text, and for a Latin text that took the source's Russian or
    Ukrainian with no typed word of them ("OK", "Super" at a Russian source: read as before)."""
    if lang not in _TYPED_WORDS or _CYRILLIC.search(text, 0, _SCRIPT_SAMPLE):
        return None
    if _TYPED.isdisjoint(tokenize(text)[:_FEW_TOKENS]):
        return None
    words, letters, letter = _TYPED_WORDS[lang], _TYPED_LETTERS[lang], _TYPED_LETTER[lang]
    typed: dict[str, str] = {}

    def cyrillic(match: re.Match[str]) -> str:
        word = match.group()
        low = word.lower().replace("’", "'")
        got = words.get(low)
        if got is None:
            got = letter.sub(lambda m: letters[m.group()], low)
        typed[got] = low
        return got.capitalize() if word[0].isupper() else got

    reading = _TYPED_RUN[lang].sub(cyrillic, text)
    return reading, typed


# A word typed in Latin letters; in Russian with the apostrophes typed for its soft and hard
# signs ("ochen'", "ob'yasnil": ь and ъ, [ru_latin_letters]); Ukrainian writes its apostrophe.
_TYPED_RUN = {
    "ru": re.compile(_LATIN.pattern + "+(?:['’]" + _LATIN.pattern + "+)*['’]?"),
    "uk": _LATIN_RUN,
}
