"""Word lists shipped in ``resources/lexicons/`` and a fast matcher over them.

A lexicon file is UTF-8 text: ``[section]`` headers, then one term per line with an optional
value after whitespace (``rude -2``), ``#`` starts a comment. A term ending in ``*`` is a stem
and matches any word that starts with it (Polish and East Slavic words inflect heavily, so
``хамск*`` covers every case ending); a term with spaces is a phrase of consecutive words.
Chinese has no spaces: its lexicons are matched as substrings of the text.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, product
from operator import itemgetter
from typing import Any, NamedTuple

from clinicrep import paths

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W\d_]+)?|[.,]")
# _TOKEN on lower-case ASCII text: a word character but "_" is [a-z0-9], a letter [a-z]
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[.,]")
SENTENCE_MARK = "."
CLAUSE_MARK = ","  # kept as a token: a negation does not reach past it, nor a phrase
_SECTION = re.compile(r"^\[([a-z_]+)\]$")
# Every run of marks that ends a sentence becomes one "." in a single C pass before the words
# are found (str.translate would take its slow path on any non-ASCII text).
# An emoji before a capitalised word ends a sentence too: reviews often close one with an emoji
# and no stop ("Ну дякую, що прийняли аж через годину 🙃 Сам лор нормальний"), and the irony of
# the first sentence is not the second's. The text is marked before it is lower-cased
# (one mark for the stops and emoji in a row: "!! 🙃 Сам" is one sentence's end).
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?"
_BEFORE_CAPITAL = r"(?=\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])"
# Emoji before a capital are tried only from where their run of emoji and spaces begins (the
# look-behinds): tried again from inside the run, the same run was walked once per emoji, and
# 6,000 emoji took 2-7 s (a run starting after a stop is read from the stop, as before). The
# matches are the same (tests/analysis/test_emoji_run_linear.py compares the two patterns).
SENTENCE_ENDS = (
    rf"[.!?;\n。！？；…]+\s*(?:{_EMOJI}\s*)*{_EMOJI}{_BEFORE_CAPITAL}"
    r"|(?<![\U0001F300-\U0001FAFF\u2600-\u27BF\s])(?<![\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f)"
    rf"\s*(?:{_EMOJI}\s*)*{_EMOJI}{_BEFORE_CAPITAL}"
    r"|[.!?;\n。！？；…]+"
)
_ENDS = re.compile(SENTENCE_ENDS)
# texts without an emoji (most, and every ASCII one) take the plain pattern: the emoji
# alternative, tried at every space, cost the English stories a fifth of their speed
_PLAIN_ENDS = re.compile(r"[.!?;\n。！？；…]+")
_AN_EMOJI = re.compile(_EMOJI)
# The dot of a title before a capitalised name ends no sentence: "but Dr. Weiss is the kindest",
# "lek. med. Nowak", "проф. Иванов", "д-р Петров" ("Dr." cut "Dr. Lin is sharp" in two, and the
# praise after it lost the doctor it names).
_TITLES = frozenset("dr mr mrs ms prof doc lek med mgr hab проф др лік доц".split())
_TITLE_DOT = re.compile(
    r"(?<![^\W\d_])(?i:dr|mr|mrs|ms|prof|doc|lek|med|mgr|hab|проф|др|лік|доц)[.!?;…]+"
    r"(?:(?=\s*[A-ZА-ЯЁІЇЄҐŁŚŻŹĆŃÓĘĄ])()|)"
)


@lru_cache(maxsize=512)
def tokenize(text: str) -> tuple[str, ...]:
    """Lower-case words, with "." where a sentence ends and ","; "don't" stays one word.

    Cached: language, sentiment, topics and urgency all read the same review's words.
    """
    if text.isascii():
        tokens = _ascii_tokens(text.lower())
    else:
        text_ = text.replace("’", "'")
        if text_.isascii():  # ASCII but for its apostrophes (a sixth of the NHS stories)
            tokens = _ascii_tokens(text_.lower())
        else:
            ends = _ENDS if _AN_EMOJI.search(text_) else _PLAIN_ENDS
            tokens = _word_tokens(ends.sub(SENTENCE_MARK, text_).lower())
    if _TITLES.isdisjoint(tokens):  # (a set's test over the words runs in C: most texts)
        return tokens
    return _titles_joined(tokens, text)


# ASCII text's words without a regular expression (_ASCII_TOKEN's findall was 60 us of an NHS
# story of 600 characters, 30 us this way): one translation in C (ASCII to ASCII, one character
# for one: CPython's fast path) turns the sentence marks into "." and every character of no
# token into a space, runs of "." become one, and "." and "," are spaced off to split as tokens
# of their own. A word with an apostrophe is split by _ASCII_TOKEN itself ("don't" is one word,
# "'tis" is "tis").
_ASCII_MARKS = str.maketrans(
    {
        chr(c): (
            SENTENCE_MARK
            if chr(c) in ".!?;\n"
            else chr(c)
            if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789',"
            else " "
        )
        for c in range(128)
    }
)
_MARK_RUN = re.compile(r"\.{2,}")


def _ascii_tokens(lowered: str) -> tuple[str, ...]:
    """``_ASCII_TOKEN.findall(_PLAIN_ENDS.sub(SENTENCE_MARK, lowered))`` of lower-case ASCII
    text, as a tuple (see _ASCII_MARKS)."""
    marked = lowered.translate(_ASCII_MARKS)
    if ".." in marked:
        marked = _MARK_RUN.sub(SENTENCE_MARK, marked)
    spaced = marked.replace(".", " . ").replace(",", " , ")
    if "'" not in marked:
        return tuple(spaced.split())
    # only the words with an apostrophe go through the expression, found by searches in C (a
    # loop over every word cost 10 us of an NHS story)
    pieces: list[str] = []
    done = 0
    at = spaced.find("'")
    while at >= 0:
        start = spaced.rfind(" ", 0, at) + 1
        end = spaced.find(" ", at)
        if end < 0:
            end = len(spaced)
        pieces += (spaced[done:start], " ".join(_ASCII_TOKEN.findall(spaced[start:end])))
        done = end
        at = spaced.find("'", end)
    pieces.append(spaced[done:])
    return tuple("".join(pieces).split())


def _word_tokens(marked: str) -> tuple[str, ...]:
    """``_TOKEN.findall(marked)`` as a tuple, word by word: no token holds a space nor starts
    at one, and _TOKEN looks at nothing around a token, so the text's tokens are its words'
    in turn. A word of letters and digits only is its own token, one with a stop or a comma
    after them is two ("объяснил."), and only the others go through the expression, which
    tested every character of a Cyrillic or Polish review against Unicode's tables (session
    45: see benchmarks/README.md)."""
    tokens: list[str] = []
    for word in marked.split():
        if word.isalnum():
            tokens.append(word)
        elif word[-1] in ".," and word[:-1].isalnum():  # ("." alone: not alnum, below)
            tokens += (word[:-1], word[-1])
        else:
            tokens += _TOKEN.findall(word)
    return tuple(tokens)


def _titles_joined(tokens: tuple[str, ...], text: str) -> tuple[str, ...]:
    """``tokens`` without the sentence mark after a title that the text writes before a
    capitalised name (see _TITLE_DOT)."""
    dropped = _title_marks(tokens, text)
    if not dropped:
        return tokens
    return tuple(token for k, token in enumerate(tokens) if k not in dropped)


def _title_marks(tokens: Sequence[str], text: str) -> set[int]:
    """The indices of the sentence marks of ``tokens`` that _titles_joined leaves out."""
    joined = [found.group(1) is not None for found in _TITLE_DOT.finditer(text)]
    if not any(joined):
        return set()
    dropped: set[int] = set()
    last = ""  # the last token kept
    weighed = 0  # the titles' dots paired so far, in turn (an index: popping the list's
    # first was quadratic in a paste of thousands of "Dr. Lee. ")
    for k, token in enumerate(tokens):
        if token == SENTENCE_MARK and last in _TITLES and weighed < len(joined):
            weighed += 1
            if joined[weighed - 1]:
                dropped.add(k)
                continue
        last = token
    return dropped


# a character that ends a sentence by itself (a run of _ENDS without one is emoji before a
# capital: " 🙃 Сам")
_A_STOP = re.compile(r"[.!?;\n。！？；…]")
_BEGINS = re.Match.start


def _one_mark(run: re.Match[str]) -> str:
    """A run of marks as spaces and one "." at its first stop, or at its last character where
    it has none (emoji before a capital)."""
    length = run.end() - run.start()
    stopped = _A_STOP.search(run.group())
    at = length - 1 if stopped is None else stopped.start()
    return " " * at + SENTENCE_MARK + " " * (length - at - 1)


def tokens_before(text: str) -> Callable[[int], int]:
    """``lambda at: len(tokenize(text[:at]))`` for offsets ``at`` of ``text`` at a letter or
    digit that is not a capital (a clock time's first digit), at an opening quote after no
    word character (a scare quote) or at an emoji or an emoticon of the emoji lexicon,
    answered from one table of where tokenize's tokens begin, built on the first call: a
    pasted text's many offsets are placed in time linear in its length, not each by
    tokenizing the text before it.

    The text before such an offset tokenizes as the whole text does up to it: nothing of
    tokenize's reads past a sentence mark's run, and the emoji and title marks look ahead
    for a capital only. An emoji can stand inside a run ("Nice!! 👍👍 Doctor" is one mark):
    the text before it holds that mark only where the run has a stop before it, so a mark
    is placed at its run's first stop, or at its last emoji where it has none (" 👍 Doctor").
    The table is checked against ``tokenize(text)`` itself; a text it does not match (whose
    lower case changes its length: "İ") is answered the slow way.
    """
    table: list[list[int] | None] = []

    def position(at: int) -> int:
        if not table:
            table.append(_token_starts(text))
        starts = table[0]
        if starts is None:
            return len(tokenize(text[:at]))
        return bisect_left(starts, at)

    return position


def _token_starts(text: str) -> list[int] | None:
    """Where each of ``tokenize(text)``'s tokens begins in ``text`` (a sentence mark: at its
    run's first stop, see _one_mark), or None where that cannot be told one for one."""
    plain = text.replace("’", "'")
    lowered = plain.lower()
    if len(lowered) != len(plain):
        return None
    ends = _ENDS if _AN_EMOJI.search(plain) else _PLAIN_ENDS
    # each run of marks blanked to one "." where the text before an offset first holds it
    # (see tokens_before), the rest spaces: the length is kept, and the tokens and where they
    # begin are found in C (a loop over the words cost more than tokenizing the text before
    # each of a paste's 64 quotes and emoji)
    marked = ends.sub(_one_mark, plain).lower()
    words = _TOKEN.findall(marked)
    starts = list(map(_BEGINS, _TOKEN.finditer(marked)))
    if not _TITLES.isdisjoint(words):
        dropped = _title_marks_at(words, starts, text)
        if dropped is None:
            return None
        if dropped:
            kept = [k for k in range(len(words)) if k not in dropped]
            words = [words[k] for k in kept]
            starts = [starts[k] for k in kept]
    return starts if tuple(words) == tokenize(text) else None


def _title_marks_at(words: list[str], starts: list[int], text: str) -> set[int] | None:
    """_title_marks, where each title's dot that it weighs is the one _TITLE_DOT found at that
    title (the text before an offset then joins its titles as the whole text does); None
    where one is not ("Dr  🙂." or "9mrs!": _titles_joined pairs them in turn, and a title
    after the offset could decide a dot before it)."""
    found = list(_TITLE_DOT.finditer(text))
    if all(title.group(1) is None for title in found):
        return set()
    dropped: set[int] = set()
    last = -1  # the last token kept
    weighed = iter(found)
    for k, token in enumerate(words):
        if token == SENTENCE_MARK and last >= 0 and words[last] in _TITLES:
            title = next(weighed, None)
            if title is None:
                break  # no more titles found: no dot after here is left out
            if title.start() != starts[last] or title.start() + len(words[last]) != starts[k]:
                return None
            if title.group(1) is not None:
                dropped.add(k)
                continue
        last = k
    return dropped


class Match(NamedTuple):
    # A tuple, not a dataclass: thousands are made per second and a frozen dataclass's
    # __init__ costs several times more.
    start: int  # index of the first token (or character, for Chinese)
    length: int  # tokens (or characters) covered
    term: str  # the lexicon's term as written, e.g. "lawyer" or "хамск*"
    value: str  # the value column, or the section name where a file has no values
    section: str


# Match(...) by tuple.__new__ without the named tuple's __new__ in Python: half the cost.
_new = tuple.__new__


@dataclass(slots=True)
class _Entry:
    rest: tuple[str, ...]  # further words of a phrase, each exact or a stem ending in "*"
    term: str
    value: str
    section: str


_MEMO_LIMIT = 200_000  # distinct words remembered per matcher (a few MB at most)
_PAIR_LIMIT = 50_000  # pairs of words remembered per matcher (see Matcher._after)
# A word that starts more phrases than this has them indexed by their second word (_SecondWords)
_INDEXED_FROM = 32
# A pair of words that can go on into more phrases than this has them narrowed by the third
# word, once per three words (Matcher._then)
_NARROWED_FROM = 4


class _Candidates(dict[str, tuple[_Entry, ...]]):
    """token -> the entries it can start, longest phrase first; () for most words.

    Words repeat a lot (Zipf): each distinct word is probed against the stems once, after that
    a lookup is one dict access in C (``__missing__`` runs only for a word not seen before).
    """

    __slots__ = ("owner",)

    def __init__(self, owner: Matcher) -> None:
        super().__init__()
        self.owner = owner

    def __missing__(self, token: str) -> tuple[_Entry, ...]:
        candidates = self.owner._candidates(token)
        if candidates is None:
            return ()
        if len(self) > _MEMO_LIMIT:
            self.clear()
        self[token] = candidates
        return candidates


# (tokens, each matcher's column of their entries in a _SharedLookup's memo)
_Looked = tuple[tuple[str, ...] | None, list[tuple[tuple[_Entry, ...], ...]]]


class _SharedLookup:
    """The matchers that read the same words (one language's sentiment, aspects, topics,
    titles and alarms: each review's tokens go to all five), looked up together: one look-up
    of each word gives every matcher's candidates, and a text's words are looked up once for
    all of them (five passes over an NHS story's 120 words cost 100 us, 160 ns a look-up in
    a memo of thousands of words). See ``read_together``."""

    __slots__ = ("last", "matchers", "memo", "nothing", "numbered")

    def __init__(self) -> None:
        self.matchers: list[Matcher] = []
        self.memo = _SharedCandidates(self)
        # (tokens, each matcher's column of their entries in the memo): the last text looked
        # up, held in one attribute so that another thread reads it whole
        self.last: _Looked = (None, [])
        # the digits a term of some matcher starts with (None: a matcher has a stem that
        # starts every word), and the row of a word that starts no term in any matcher
        self.numbered: frozenset[str] | None = frozenset()
        self.nothing: tuple[tuple[_Entry, ...], ...] = ()

    def join(self, matcher: Matcher) -> None:
        matcher._shared, matcher._column = self, len(self.matchers)
        self.matchers.append(matcher)
        self.forget()

    def forget(self) -> None:
        """Drop what was looked up (a matcher joined, or was given a term)."""
        self.memo = _SharedCandidates(self)
        self.last = (None, [])
        matchers = self.matchers
        self.nothing = ((),) * len(matchers)
        self.numbered = (
            None
            if any("" in m.stems for m in matchers)
            else frozenset([c for m in matchers for c in m.initials if c.isdigit()])
        )

    def column(self, tokens: Sequence[str], k: int) -> tuple[tuple[_Entry, ...], ...]:
        """The candidates of the ``k``-th matcher for each of ``tokens`` (the same tuple of
        tokens, tokenize's cached answer, is looked up once for all the matchers)."""
        last = self.last
        # (or a matcher joined while another thread looked these words up)
        if last[0] is not tokens or k >= len(last[1]):
            memo = self.memo
            if len(tokens) > 1:  # itemgetter: one look-up per word in C, no call of a method
                looked = itemgetter(*tokens)(memo)
            else:
                looked = tuple(map(memo.__getitem__, tokens))
            # every matcher's column at once, by one zip in C over the words' rows (a map of
            # itemgetter(k) per matcher cost 2.3 times as much: five passes over the words)
            columns: list[tuple[tuple[_Entry, ...], ...]] = (
                list(zip(*looked, strict=False)) if looked else [()] * len(self.matchers)
            )
            if not isinstance(tokens, tuple):  # (a list may change before the next call)
                return columns[k]
            last = self.last = (tokens, columns)
        return last[1][k]


class _SharedCandidates(dict[str, tuple[tuple[_Entry, ...], ...]]):
    """token -> the entries it can start in each matcher of a _SharedLookup (see _Candidates)."""

    __slots__ = ("owner",)

    def __init__(self, owner: _SharedLookup) -> None:
        super().__init__()
        self.owner = owner

    def __missing__(self, token: str) -> tuple[tuple[_Entry, ...], ...]:
        owner = self.owner
        first, numbered = token[:1], owner.numbered
        if numbered is not None and first.isdigit() and first not in numbered:
            # a number that starts no term of any matcher (in an import, "#1234" is new in
            # every row): no matcher is asked, and it is not remembered (see
            # Matcher._candidates)
            return owner.nothing
        found = [m._candidates(token) for m in owner.matchers]
        candidates = tuple([() if c is None else c for c in found])
        if all(c is None for c in found):
            return candidates  # a number that starts no term (see Matcher._candidates)
        if len(self) > _MEMO_LIMIT:
            self.clear()
        self[token] = candidates
        return candidates


def read_together(group: str, matcher: Matcher) -> Matcher:
    """``matcher``, its words looked up together with the other matchers of ``group`` (one
    language's lexicons that read the same tokens: see _SharedLookup); a matcher stays in the
    first group it joins."""
    if matcher._shared is None:
        shared = _GROUPS.get(group)
        if shared is None:
            shared = _GROUPS[group] = _SharedLookup()
        shared.join(matcher)
    return matcher


_GROUPS: dict[str, _SharedLookup] = {}


@dataclass(slots=True)
class Matcher:
    """Finds the terms of one section in a token list (or a Chinese string)."""

    exact: dict[str, list[_Entry]] = field(default_factory=dict)
    stems: dict[str, list[_Entry]] = field(default_factory=dict)
    min_stem: int = 99
    max_stem: int = 0
    max_chars: int = 0  # longest substring term (Chinese)
    initials: set[str] = field(default_factory=set)  # the first characters of the terms
    _memo: _Candidates | None = None
    # (word, next word) -> the phrases of a word with many ("не" starts a hundred in Russian)
    # that can still match there: the next word rules most of them out, once per pair.
    _pairs: dict[tuple[str, str], tuple[tuple[_Entry, tuple[str, ...]], ...]] = field(
        default_factory=dict
    )
    # (word, next, third) -> the phrases of a pair with many ("gave me" starts 150 in the
    # English aspects) that can still match there: each was tried word by word at every pair
    _triples: dict[tuple[str, str, str], tuple[tuple[_Entry, tuple[str, ...]], ...]] = field(
        default_factory=dict
    )
    # word -> its phrases by their second word, for a word that starts many (see _after)
    _seconds: dict[str, _SecondWords] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None  # the characters that start a term (Chinese)
    # first character -> the match of a regular expression of the terms it starts (Chinese)
    _terms_at: _TermsAt | None = None
    _ascii_starts: bool = True  # whether a term starts with an ASCII character
    # the characters of the Basic Multilingual Plane that start a term, where they are few
    # (emoji lexicons), else None; and whether a term starts beyond it (see find_chars)
    _few_starts: tuple[str, ...] | None = None
    _astral_starts: bool = True
    _dense: bool = False  # whether many characters start a term (see find_chars)
    # the matchers its words are looked up with, and its place among them (see read_together)
    _shared: _SharedLookup | None = None
    _column: int = 0
    # A matcher read from the word-list cache (see _matcher_rebuilt): the stored entries of the
    # first words (exact, stems) whose entries are not made yet, each such word's entries in
    # its table _UNREAD until a token asks for them; None once every entry is made
    _unread: tuple[dict[str, _Stored], dict[str, _Stored]] | None = None

    def tables(self) -> tuple[dict[str, list[_Entry]], dict[str, list[_Entry]]]:
        """``exact`` and ``stems`` with every entry made (see _unread): for whatever reads
        them whole rather than a word's entries through _candidates."""
        unread = self._unread
        if unread is not None:
            for table, stored in ((self.exact, unread[0]), (self.stems, unread[1])):
                for first, flat in stored.items():
                    if table[first] is _UNREAD:
                        table[first] = _entries_of(flat)
            self._unread = None
        return self.exact, self.stems

    def _entries(self, table: dict[str, list[_Entry]], side: int, first: str) -> list[_Entry]:
        """The entries of ``first`` in ``table`` (side 0 exact, 1 stems), made now from the
        stored strings where they were not yet (see _unread)."""
        unread = self._unread
        if unread is None:
            return table[first]  # (every entry made meanwhile by tables)
        entries = table[first] = _entries_of(unread[side][first])
        return entries

    def add(self, term: str, value: str, section: str = "words") -> None:
        if self._unread is not None:
            self.tables()  # (an entry is added to a word's entries: they must be made)
        first, *rest = term.lower().split()
        entry = _Entry(tuple(rest), term, value, section)
        self.initials.add(first[:1])
        if (
            self._memo is not None
            or self._pattern is not None
            or self._pairs
            or self._triples
            or self._seconds
        ):
            # what was worked out of the terms so far (checked first: a Polish sentiment
            # lexicon is 30,000 calls, and a new dict each cost a worker 0.05 s at its start)
            self._memo = None
            self._pairs = {}
            self._triples = {}
            self._seconds = {}
            self._pattern = None
            self._terms_at = None
        if self._shared is not None:
            self._shared.forget()
        if first[-1] == "*":
            stem = first[:-1]
            self.stems.setdefault(stem, []).append(entry)
            if len(stem) < self.min_stem:
                self.min_stem = len(stem)
            if len(stem) > self.max_stem:
                self.max_stem = len(stem)
        else:
            self.exact.setdefault(first, []).append(entry)
        if len(term) > self.max_chars:
            self.max_chars = len(term)

    def __bool__(self) -> bool:
        return bool(self.exact or self.stems)

    def find(self, tokens: Sequence[str]) -> list[Match]:
        """Every match, longest phrase first at each position; matches do not overlap."""
        # The scan over all words runs in C (map over the memo's lookup, compress to the words
        # with candidates); only the few words that start a term reach the Python loop below.
        looked_up: Sequence[tuple[_Entry, ...]]
        if self._shared is not None:
            looked_up = self._shared.column(tokens, self._column)
        else:
            memo = self._memo
            if memo is None:
                memo = self._memo = _Candidates(self)
            looked_up = list(map(memo.__getitem__, tokens))
        found: list[Match] = []
        free = 0  # first token not covered by the previous match
        last = len(tokens) - 1
        pairs = self._pairs  # (see _after: read here first, a call saved per phrase word)
        triples, narrowed_from = self._triples, _NARROWED_FROM
        for i in compress(range(len(looked_up)), looked_up):
            if i < free:
                continue
            candidates = looked_up[i]
            first = candidates[0]
            if not first.rest:  # longest phrase first: a single word, and no phrase, starts here
                free = i + 1
                found.append(_new(Match, (i, 1, first.term, first.value, first.section)))
                continue
            if i == last:  # no word follows: only a single word can match
                for entry in candidates:
                    if not entry.rest:
                        free = i + 1
                        found.append(_new(Match, (i, 1, entry.term, entry.value, entry.section)))
                        break
                continue
            kept = pairs.get((tokens[i], tokens[i + 1]))
            if kept is None:
                kept = self._after(tokens[i], tokens[i + 1], candidates)
                if not kept:
                    continue
            elif not kept:
                continue  # no phrase of the word goes on with the next (most: "the", "i")
            rest_at = i + 2
            if len(kept) > narrowed_from and rest_at <= last:
                key = (tokens[i], tokens[i + 1], tokens[rest_at])
                narrowed = triples.get(key)
                if narrowed is None:
                    narrowed = self._then(key, kept)
                kept, rest_at = narrowed, rest_at + 1
            following = tokens[rest_at] if rest_at <= last else None
            for entry, tail in kept:
                if tail:
                    # most phrases fail on the first word still needed, by a plain comparison:
                    # made here, _rest_matches called only for those that pass it (a call per
                    # phrase tried was 8 % of an NHS story's aspect and sentiment matching)
                    word = tail[0]
                    if following != word and (
                        following is None or word[-1] != "*" or not following.startswith(word[:-1])
                    ):
                        continue
                    if not _rest_matches(tail, tokens, rest_at):
                        continue
                length = 1 + len(entry.rest)
                free = i + length
                found.append(_new(Match, (i, length, entry.term, entry.value, entry.section)))
                break
        return found

    def _candidates(self, token: str) -> tuple[_Entry, ...] | None:
        """The entries ``token`` can start, longest phrase first; None for a number that
        starts no term (not worth remembering: in an import, "#1234" is new in every row)."""
        if token[:1] not in self.initials and "" not in self.stems:
            # no term starts with this character: nothing to probe
            return None if token[:1].isdigit() else ()
        exact = self.exact.get(token)
        if exact is _UNREAD:
            exact = self._entries(self.exact, 0, token)
        result: list[_Entry] = list(exact) if exact else []
        if self.stems:
            for k in range(min(len(token), self.max_stem), self.min_stem - 1, -1):
                found = self.stems.get(token[:k])
                if found is _UNREAD:
                    found = self._entries(self.stems, 1, token[:k])
                if found:
                    result.extend(found)
        result.sort(key=lambda e: -len(e.rest))  # stable: same length keeps the longer stem
        return tuple(result)

    def _after(
        self, token: str, following: str, candidates: tuple[_Entry, ...]
    ) -> tuple[tuple[_Entry, tuple[str, ...]], ...]:
        """The ``candidates`` of ``token`` that can go on with ``following`` (single words,
        and phrases whose second word it is), each with the words its phrase needs after
        that: once per pair of words, so that most phrases are never tried word by word."""
        key = (token, following)
        kept = self._pairs.get(key)
        if kept is None:
            if len(candidates) > _INDEXED_FROM:
                index = self._seconds.get(token)
                if index is None:
                    index = self._seconds[token] = _SecondWords(candidates)
                kept = index.after(following)
            else:
                kept = tuple(
                    (e, e.rest[1:])
                    for e in candidates
                    if not e.rest
                    or (
                        following.startswith(e.rest[0][:-1])
                        if e.rest[0].endswith("*")
                        else following == e.rest[0]
                    )
                )
            if len(self._pairs) > _PAIR_LIMIT:
                self._pairs.clear()
            self._pairs[key] = kept
        return kept

    def _then(
        self, key: tuple[str, str, str], kept: tuple[tuple[_Entry, tuple[str, ...]], ...]
    ) -> tuple[tuple[_Entry, tuple[str, ...]], ...]:
        """``kept`` (a pair's phrases, see _after) narrowed by the word after the pair: those
        that can go on with it, in their order, each with the words it needs after that."""
        third = key[2]
        narrowed = tuple(
            (e, tail[1:]) if tail else (e, tail)
            for e, tail in kept
            if not tail
            or (third.startswith(tail[0][:-1]) if tail[0].endswith("*") else third == tail[0])
        )
        if len(self._triples) > _PAIR_LIMIT:
            self._triples.clear()
        self._triples[key] = narrowed
        return narrowed

    def find_chars(self, text: str) -> list[Match]:
        """Substring matching (Chinese, emoji), longest term first at each position."""
        if not self.exact:
            return []
        starts, terms_at = self._pattern, self._terms_at
        if starts is None or terms_at is None:
            # Jump straight to characters that can start a term (most of a text is skipped in
            # C where few characters do); at each, the trie of the terms that start with that
            # character finds the longest that is there.
            by_first: dict[str, list[str]] = {}
            for term in self.exact:
                by_first.setdefault(term[0], []).append(term)
            # (the tries are built from the terms' entries: every one made, see _unread)
            terms_at = self._terms_at = _TermsAt(by_first, self.tables()[0])
            starts = self._pattern = _start_pattern(by_first)
            self._ascii_starts = any(c.isascii() for c in by_first)
            plane = tuple(c for c in by_first if ord(c) <= 0xFFFF)
            self._few_starts = plane if len(plane) <= _FEW_STARTS else None
            self._astral_starts = len(plane) < len(by_first)
            self._dense = len(by_first) > _DENSE_STARTS
        if not self._ascii_starts and text.isascii():
            return []  # emoji and the like in a plain ASCII text: nothing to look for
        few = self._few_starts
        if few is not None and not holds_any(text, few):
            # a lexicon of emoji and a text without them (most texts that are not ASCII): the
            # start pattern, tried at every character, took 60-90 us of an NHS story
            if not self._astral_starts or not _beyond_the_plane(text):
                return []
        # a list, not a generator, and the look-ups bound to names: called a dozen times for
        # each Chinese review (every lexicon, sentence by sentence)
        found: list[Match] = []
        trie_at = terms_at.__getitem__
        dense = self._dense
        search = starts.search
        end_of_text = len(text)
        i = 0
        while i < end_of_text:
            if not dense:
                # few characters start a term: the search in C skips the others
                hit = search(text, i)
                if hit is None:
                    return found
                i = hit.start()
            # A lexicon whose terms start with hundreds of characters (the Chinese sentiment,
            # aspects and topics: most characters of a review start a term) is walked here
            # character by character: a search and a regular expression's match at each
            # start cost two engine set-ups (an allocation each) where a term rarely began.
            node = trie_at(text[i])
            if node is None:
                i += 1
                continue
            best: _Entry | None = node.get("")
            end = i + 1
            j = i + 1
            while j < end_of_text:
                node = node.get(text[j])
                if node is None:
                    break
                j += 1
                entry = node.get("")
                if entry is not None:
                    best = entry
                    end = j
            if best is None:
                i += 1
                continue
            found.append(_new(Match, (i, end - i, best.term, best.value, best.section)))
            i = end
        return found


# A lexicon whose terms start with more characters than this is read character by character
# (see Matcher.find_chars); one with fewer jumps from start to start with a search in C.
_DENSE_STARTS = 200

# (see Matcher._few_starts: each is looked for by a search in C)
_FEW_STARTS = 8


def holds_any(text: str, characters: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``characters`` (a search in C for each)."""
    for character in characters:
        if character in text:
            return True
    return False


def _beyond_the_plane(text: str) -> bool:
    """Whether ``text`` has a character beyond the Basic Multilingual Plane (an emoji): each
    takes two code units in UTF-16 (one pass in C; a lone surrogate stays one)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


class _SecondWords:
    """The phrases a word starts (its candidates, in their order), by their second word: for a
    word that starts hundreds ("nie" a thousand in the Polish sentiment lexicon, "не" 120 in
    Russian), each new word after it was tested against every one (Polish dev set, first
    pass: a tenth of the analysis); here a few look-ups, as ``_Candidates`` finds stems."""

    __slots__ = ("candidates", "exact", "max_stem", "min_stem", "singles", "stems")

    def __init__(self, candidates: tuple[_Entry, ...]) -> None:
        self.candidates = candidates
        self.singles: list[int] = []  # single words: they go on with any word
        self.exact: dict[str, list[int]] = {}
        self.stems: dict[str, list[int]] = {}
        self.min_stem, self.max_stem = 99, -1
        for i, e in enumerate(candidates):
            if not e.rest:
                self.singles.append(i)
            elif e.rest[0].endswith("*"):
                stem = e.rest[0][:-1]
                self.stems.setdefault(stem, []).append(i)
                self.min_stem = min(self.min_stem, len(stem))
                self.max_stem = max(self.max_stem, len(stem))
            else:
                self.exact.setdefault(e.rest[0], []).append(i)

    def after(self, following: str) -> tuple[tuple[_Entry, tuple[str, ...]], ...]:
        """``Matcher._after``'s answer: the candidates that can go on with ``following``, in
        their order, each with the words its phrase needs after that."""
        found = self.singles + self.exact.get(following, [])
        stems = self.stems
        for k in range(min(len(following), self.max_stem), self.min_stem - 1, -1):
            found += stems.get(following[:k], ())
        candidates = self.candidates
        return tuple([(candidates[i], candidates[i].rest[1:]) for i in sorted(found)])


class _TermsAt(dict[str, "dict[str, Any] | None"]):
    """first character -> the trie of the terms it starts (None: it starts none): a dict of
    each next character to the node after it, whose "" holds the entry of the term that ends
    there. Built when a text first has the character: a Chinese lexicon's terms start with
    300-600 characters, and building them all (once regular expressions: 1,300, 0.3-0.4 s of
    CPU) was most of an analysis worker's start-up, for characters most imports never meet.
    A walk down the trie finds the longest term at a place, as the expression of its
    alternatives, longest first, did; it is built in a fraction of the expression's compiling
    (182 Chinese rows analysed in a new process: 3,451M -> 2,639M instructions, pure)."""

    __slots__ = ("exact", "terms")

    def __init__(self, terms: dict[str, list[str]], exact: dict[str, list[_Entry]]) -> None:
        super().__init__()
        self.terms = terms
        self.exact = exact

    def __missing__(self, first: str) -> dict[str, Any] | None:
        terms = self.terms.get(first)
        if not terms:
            self[first] = None
            return None
        root: dict[str, Any] = {}
        for term in terms:
            node = root
            for character in term[1:]:
                following = node.get(character)
                if following is None:
                    following = node[character] = {}
                node = following
            node[""] = self.exact[term][0]
        self[first] = root
        return root


def _start_pattern(characters: Iterable[str]) -> re.Pattern[str]:
    """A character class of ``characters``, or of more (never fewer) where that is faster.

    The characters beyond the Basic Multilingual Plane (emoji) are one range from the least
    to the greatest of them: the regular expression engine tests such characters of a class
    one after another at every position of the text (about 50 us on a story of 600
    characters with the forty emoji of the sentiment lexicon), a range in one comparison.
    The caller skips the characters that start no term.
    """
    plane = sorted(c for c in characters if ord(c) <= 0xFFFF)
    beyond = sorted(c for c in characters if ord(c) > 0xFFFF)
    spread = f"{beyond[0]}-{beyond[-1]}" if len(beyond) > 1 else "".join(beyond)
    return re.compile("[" + "".join(re.escape(c) for c in plane) + spread + "]")


def _rest_matches(rest: tuple[str, ...], tokens: Sequence[str], start: int) -> bool:
    """Whether the words of ``rest`` (each exact, or a stem ending in "*") stand in ``tokens``
    from ``start`` on. Most calls fail at the first word on a plain comparison: the stem's
    test only runs where that fails (a slice, a zip and an ``endswith`` per word took three
    times as long over the NHS and PolEmo calls)."""
    if start + len(rest) > len(tokens):
        return False
    for part in rest:
        token = tokens[start]
        if token != part and (part[-1] != "*" or not token.startswith(part[:-1])):
            return False
        start += 1
    return True


def parse_lexicon(text: str) -> dict[str, list[tuple[str, str]]]:
    """Sections of (term, value) pairs; a line without a value gets the section's name."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = "words"
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        header = _SECTION.match(line)
        if header:
            current = header.group(1)
            continue
        term, value = line, current
        head, _, tail = line.rpartition(" ")
        if head and _looks_like_number(tail):
            term, value = head.strip(), tail
        sections.setdefault(current, []).extend((each, value) for each in _alternatives(term))
    return sections


_CHOICE = re.compile(r"\{([^{}]*)\}")


def _alternatives(term: str) -> list[str]:
    """Every term a line with choices in braces stands for: "{waited|wait} {only|just} 5 min*"
    is four terms; a choice may be a phrase ("{at most|only}") or, in Chinese, characters."""
    parts = _CHOICE.split(term)
    if len(parts) == 1:
        return [term]
    choices = [
        [part] if i % 2 == 0 else [c.strip() for c in part.split("|")]
        for i, part in enumerate(parts)
    ]
    return [" ".join("".join(combo).split()) for combo in product(*choices)]


def _looks_like_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@cache
def source_of(name: str) -> bytes | None:
    """The bytes of ``resources/lexicons/<name>.txt``; None if it does not exist."""
    path = paths.resource("lexicons", f"{name}.txt")
    return path.read_bytes() if path.is_file() else None


@cache
def load_sections(name: str) -> dict[str, list[tuple[str, str]]]:
    """The parsed file ``resources/lexicons/<name>.txt`` (empty if it does not exist); kept
    between processes (word_list_cache)."""
    source = source_of(name)
    if source is None:
        return {}
    from clinicrep.analysis import word_list_cache

    return word_list_cache.cached(
        "sections",
        name,
        source,
        [],
        lambda: parse_lexicon(source.decode("utf-8")),
        _sections_payload,
        _sections_rebuilt,
    )


def _sections_payload(sections: dict[str, list[tuple[str, str]]]) -> object:
    """Each section's terms and values, one string a section where it can (see _Stored)."""
    return {
        section: _joined([x for pair in pairs for x in pair]) for section, pairs in sections.items()
    }


def _sections_rebuilt(payload: object) -> dict[str, list[tuple[str, str]]]:
    from clinicrep.analysis.word_list_cache import strings

    if type(payload) is not dict:
        raise TypeError("not a lexicon")
    result: dict[str, list[tuple[str, str]]] = {}
    for section, stored in payload.items():
        if type(section) is not str:
            raise TypeError("a section's name")
        if type(stored) is str:
            flat = stored.split(_SEP)
            if len(flat) % 2:
                raise ValueError("not whole pairs")
        else:
            flat = strings(stored, 2)
        items = iter(flat)
        result[section] = list(zip(items, items, strict=True))
    return result


@cache
def matcher(name: str, *sections: str) -> Matcher:
    """One matcher over the given sections of a lexicon file (all sections if none named);
    its tables kept between processes (word_list_cache)."""
    source = source_of(name)
    if source is None:
        result = _built_matcher(name, sections)
    else:
        from clinicrep.analysis import word_list_cache

        result = word_list_cache.cached(
            "matcher",
            name,
            source,
            list(sections),
            lambda: _built_matcher(name, sections),
            _matcher_payload,
            _matcher_rebuilt,
        )
    built()
    return result


def kept_matcher(kind: str, name: str, source: bytes, build: Callable[[], Matcher]) -> Matcher:
    """The matcher ``build()`` gives, kept between processes (word_list_cache) under
    ``kind`` and ``name``: for a matcher a reading builds beyond ``matcher``'s (more terms
    added to a copy), where ``source`` is all it is built from (the lexicon file's bytes,
    the reading's own code); its tables must be those Matcher.add makes."""
    from clinicrep.analysis import word_list_cache

    result = word_list_cache.cached(
        kind, name, source, [], build, _matcher_payload, _matcher_rebuilt
    )
    built()
    return result


def _built_matcher(name: str, sections: tuple[str, ...]) -> Matcher:
    result = Matcher()
    for section, pairs in load_sections(name).items():
        if sections and section not in sections:
            continue
        for term, value in pairs:
            result.add(term, value, section)
    return result


# A first word's entries as the word-list cache keeps them: their four strings each (the rest
# of the phrase joined by spaces, the term, value, section) in one string, joined by _SEP (see
# _matcher_payload), or, where a string holds _SEP, the list of them
_Stored = str | list[str]
# NEL: a character no lexicon line holds (str.splitlines breaks lines there, str.split takes
# it for a space) and JSON writes as it is. One string a first word, not four an entry: the
# English aspects' matcher is 1,387 first words and 212,813 entries, and reading 851,252
# strings from JSON (and the memory they took) was most of a worker's reading of the lists.
_SEP = "\x85"


def _matcher_payload(m: Matcher) -> object:
    """A matcher's tables as JSON: each first word (or stem) and its entries (``_Stored``),
    and the length of its longest term (``max_chars``)."""
    tables = m.tables()
    return {
        "exact": {first: _stored(entries) for first, entries in tables[0].items()},
        "stems": {first: _stored(entries) for first, entries in tables[1].items()},
        "longest": m.max_chars,
    }


def _stored(entries: list[_Entry]) -> _Stored:
    return _joined([x for e in entries for x in (" ".join(e.rest), e.term, e.value, e.section)])


def _joined(flat: list[str]) -> _Stored:
    """``flat`` joined by _SEP, unless one of its strings holds it (then as it is)."""
    joined = _SEP.join(flat)
    return joined if joined.count(_SEP) == len(flat) - 1 else flat


def _matcher_rebuilt(payload: object) -> Matcher:
    """The matcher whose tables are ``payload`` (see _matcher_payload): what Matcher.add
    gives for the same terms in the same order.

    Every stored first word is checked here (a string of whole entries, or a list of strings),
    but its entries are made only when a token asks for them (Matcher._unread): an import's
    rows meet a few thousand of the English aspects' first words and stems, and making all
    230,000 entries at once was a third of an analysis worker's start-up (the compiled
    program: 0.3 of 1.0 s of CPU for the four languages of benchmarks/import_csv.py's rows)."""
    from clinicrep.analysis.word_list_cache import strings

    if type(payload) is not dict or set(payload) != {"exact", "stems", "longest"}:
        raise TypeError("not a matcher")
    longest = payload["longest"]
    if type(longest) is not int or longest < 0:
        raise TypeError("longest")
    tables: list[dict[str, list[_Entry]]] = []
    unread: list[dict[str, _Stored]] = []
    for name in ("exact", "stems"):
        stored = payload[name]
        if type(stored) is not dict:
            raise TypeError(name)
        for first, entries in stored.items():
            if type(first) is not str or name == "exact" and (not first or first[-1] == "*"):
                raise TypeError(f"{name}: a first word")
            if type(entries) is str:
                if entries.count(_SEP) % 4 != 3:
                    raise ValueError(f"{name}: not whole entries")
            elif not strings(entries, 4):
                raise ValueError(f"{name}: a word without entries")
        tables.append(dict.fromkeys(stored, _UNREAD))
        unread.append(stored)
    result = Matcher(exact=tables[0], stems=tables[1])
    result._unread = (unread[0], unread[1])
    result.initials = {first[:1] for first in result.exact} | {
        (stem + "*")[:1] for stem in result.stems
    }
    if result.stems:
        result.min_stem = min(map(len, result.stems))
        result.max_stem = max(map(len, result.stems))
    result.max_chars = longest
    return result


# The entries of a first word not made yet (see Matcher._unread): never changed, only replaced
_UNREAD: list[_Entry] = []


def _entries_of(stored: _Stored) -> list[_Entry]:
    """The entries of a first word from what the cache stored (see _matcher_payload)."""
    flat = stored.split(_SEP) if isinstance(stored, str) else stored
    rests = map(tuple, map(str.split, flat[0::4]))
    return list(map(_Entry, rests, flat[1::4], flat[2::4], flat[3::4]))


# Whether word lists were built since they were last moved out of the collector's way (see
# settle). The lexicons of the languages read so far are 380,000 objects the cyclic garbage
# collector walks on each of its full passes, though they live as long as the process: a pass
# every 15,000 reviews or so took 0.2-0.8 s, a fifth of an import's analysis (a worker
# analysing pages of 500, or the importing process itself).
_unsettled = False


def built() -> None:
    """Say that a table that lives as long as the process was built (a lexicon's matcher)."""
    global _unsettled
    _unsettled = True


def settle() -> None:
    """Move what was built since the last call (see built) and lives on out of the garbage
    collector's way, for good (``gc.freeze``): called between two analyses, when what one
    analysis made for itself is gone. Its full passes then walk only what the program made
    since, not the word lists. (The window does the same once it is built: app.settle_heap.)"""
    global _unsettled
    if _unsettled:
        _unsettled = False
        gc.freeze()


def copy_matcher(original: Matcher) -> Matcher:
    """A matcher with the same terms, to which more can be added without changing the original."""
    result = Matcher()
    for table in original.tables():
        for entries in table.values():
            for e in entries:
                result.add(e.term, e.value, e.section)
    built()
    return result


@cache
def section_names(name: str) -> tuple[str, ...]:
    return tuple(load_sections(name))
