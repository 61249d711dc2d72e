"""The guard's matching engine: clauses, phrase patterns and word families, for any language.

It knows no language and no rule. A language brings its data (``rulepack.py`` reads
``resources/guidelines/<lang>.toml``) and its morphology (``guidelines/languages/<lang>.py``);
``confidentiality.py`` turns what is found here into findings. Everything is one pass of a few
compiled patterns plus a dictionary look-up per word, so a 4 KB reply takes a few milliseconds
and a pasted megabyte a few seconds (the editor checks such a paste on a worker).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from clinicrep.guidelines.languages import Morphology

# The re module's own parser and case table are private: only ``regex_items`` and
# ``case_partners`` read them, and where this Python has others (None here, or shapes the
# walker does not know) every caller takes its exact, slower path.
_sre_parser: Any
try:  # the parser of the re module (named sre_parse before Python 3.11)
    from re import _parser as _sre_parser  # type: ignore[attr-defined, no-redef]
except ImportError:  # pragma: no cover
    try:
        import sre_parse as _sre_parser  # type: ignore[no-redef]
    except ImportError:
        _sre_parser = None
_EXTRA_CASES: Any
try:  # the letters the regex engine takes for each other case-blind beyond their lower case
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found, no-redef]
except ImportError:  # pragma: no cover
    _EXTRA_CASES = None


# A word: letters, with inner hyphens and apostrophes ("x-ray", "it's", "п'ять").
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Entries that start like a word are anchored at a word start, so "rak" (cancer) is not found
# inside "praktyka". Chinese has no word boundaries, so nothing is anchored there.
_WORDLIKE_START = re.compile(r"[\w(\\]")
# The end of a sentence: . ! ? … before a space or the end, Chinese full stops, a line break.
# (It starts with one character class, which the regex engine scans for fast: four times
# faster than an alternation of two.)
_SENTENCE_END = re.compile(
    r"[.!?…。！？；;\n](?:(?<=[.!?…])[.!?…]*[\"”»)]*(?=\s|$)|(?<=[。！？；;\n])[。！？；;\n]*)"
)


@dataclass(frozen=True, slots=True, init=False)
class Hit:
    """``text[start:end]`` is a ``kind`` (a category of the language's data).

    ``family`` names what was found independently of its form ("root canal" for "root
    canals"), so that the same thing can be looked for in the review.
    """

    start: int
    end: int
    kind: str
    family: str

    # Its own ``__init__`` (what the dataclass would write): mypyc compiles it, while the
    # dataclass's is generated as Python source when the class is made and runs interpreted,
    # 0.6-1.2 us a hit, 70-100 hits a check (gspeed46). Still frozen outside it.
    def __init__(self, start: int, end: int, kind: str, family: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "family", family)


def lowered_pattern(entry: str) -> str:
    """``entry`` with its letters in lower case, escapes kept ("\\W" stays "\\W").

    Matching lower-cased text without re.IGNORECASE is about twice as fast.
    """
    out = []
    escaped = False
    for char in entry:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out)


# Every white-space character but the space, made a space in ``lowered`` text: a phrase's
# "\s" then starts with one character, which lets the phrase be looked up by it.
_BLANKS = re.compile(r"[^\S ]")


# The last texts lowered and their lowered forms, the latest first: one check reads the reply
# several times and the review in between (one text remembered lowered a 4 KB reply three times
# a check).
_last_lowered: tuple[tuple[str, str | None], ...] = ()
_LOWERED_KEPT = 3


# The re module never lets go of the interpreter while it scans: one search over a pasted
# megabyte held it for 0.1-0.4 s, and the window's thread, waiting for it, froze as long.
# Long texts are scanned a piece at a time instead (a few milliseconds each).
PIECE = 65_536
# How far past its piece a match is followed: longer than any one match of a word list's entry
# (a whole reply is 4,096 bytes), so that a match starting in a piece is found whole.
REACH = 4_096


def first_match(
    pattern: re.Pattern[str],
    text: str,
    pos: int = 0,
    *,
    gate: re.Pattern[str] | None = None,
    low: str | None = None,
) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, scanned a piece at a time on a long text.

    ``gate`` (with ``low``, ``lowered(text)``): a quicker pattern run on ``low`` that matches
    wherever ``pattern`` can (the case-blind entry in lower case, without its look-behind);
    ``pattern`` then decides at each place it finds. A match is the one ``search`` gives, as
    long as it is no longer than ``REACH``.
    """
    scan, scanned = (gate, low) if gate is not None and low is not None else (pattern, text)
    end = len(text)
    if scan is pattern and end - pos <= PIECE + REACH:
        return pattern.search(text, pos)
    while pos < end:
        stop = min(pos + PIECE, end)
        found = scan.search(scanned, pos, stop + REACH)
        while found is not None and found.start() < stop:
            whole = pattern.match(text, found.start())
            if whole is not None:
                return whole
            found = scan.search(scanned, found.start() + 1, stop + REACH)
        pos = stop
    return None


def lowered(text: str) -> str | None:
    """``text`` in lower case, its white space all spaces, with the same offsets; or None
    where lowering moves them."""
    global _last_lowered
    kept = _last_lowered  # one read: another thread may replace it meanwhile
    for known, known_low in kept:
        if known is text:
            return known_low
    low: str | None = text.lower()
    low = _BLANKS.sub(" ", low) if low is not None and len(low) == len(text) else None
    _last_lowered = ((text, low), *kept[: _LOWERED_KEPT - 1])
    return low


class PhraseSet:
    """One category's regular expressions, compiled into one pattern (one scan of the text).

    Patterns run on lower-cased text (``lowered``); ``finditer`` lowers the text itself when
    given the original only.
    """

    def __init__(self, entries: Sequence[str], *, anchored: bool) -> None:
        at_word_start: list[str] = []
        anywhere: list[str] = []
        for entry in entries:
            regex_items(entry)  # a broken entry fails here, naming itself
            wordlike = anchored and _WORDLIKE_START.match(entry)
            (at_word_start if wordlike else anywhere).append(f"(?:{lowered_pattern(entry)})")
        # One look-behind for all the entries anchored at a word start: the engine then tries
        # the alternatives only where a word starts.
        parts = []
        if at_word_start:
            parts.append(r"(?<!\w)(?:" + "|".join(at_word_start) + ")")
        parts.extend(anywhere)
        self._source = "|".join(parts)
        self._empty = not parts
        self._caseless_pattern: re.Pattern[str] | None = None
        self._entries = tuple(entries)
        self._anchored = anchored
        # a long Chinese set is read by its entries' beginnings (``_KeyedEntries``), worked out
        # when a text first needs it; False where they cannot be (an entry could start with
        # anything) or a segmented language's (a step a word)
        self._keyed: _KeyedEntries | _WordKeyedEntries | None | bool = (
            None if not anchored and len(self._source) >= _KEYED_FROM else False
        )
        # a language's "general" (16,000-27,000 characters of alternatives, every entry at a
        # word start) is read entry by entry at each word start (``_WordKeyedEntries``), its
        # one pattern compiled only if a text needs it: the entries' own patterns compile on
        # the first checks in about the time the one pattern took as the rules were read
        word_keyed = anchored and not anywhere and len(self._source) >= _WORD_KEYED_FROM
        if word_keyed:
            self._keyed = None
        self._pattern = None if self._empty or word_keyed else re.compile(self._looked_at())
        # a long span (the whole reply: "premises", "idiom", "benefit") is scanned for the
        # few two-letter beginnings of its entries first (``_gate_of``); worked out when a
        # text first needs it, False where they are many or cannot be told
        self._gate: re.Pattern[str] | None | bool = None
        self._clause_gated = False  # a clause too is scanned through the gate
        self._ungated = False  # not even a whole reply is (the set has no gate)
        # the one pattern's ``finditer`` where a clause is read by it alone (worked out with
        # the gate): a check makes 350-1,050 scans, most of them finding nothing, and the
        # steps choosing the way cost about what the regex engine's scan of a clause does
        self._plain: Callable[[str, int, int], Iterator[re.Match[str]]] | None = None
        self._all_at_word_start = anchored and not anywhere

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The one pattern of every entry; None for a set of none."""
        return None if self._empty else self._one()

    @property
    def _caseless(self) -> re.Pattern[str] | None:
        """The case-blind pattern, compiled the first time a text needs it (rarely)."""
        if self._empty:
            return None
        if self._caseless_pattern is None:
            self._caseless_pattern = re.compile(self._source, re.IGNORECASE)
        return self._caseless_pattern

    # Both return the regex engine's own iterator rather than being generators themselves: a
    # check reads some 350 clause-and-kind pairs, most of them matching nothing, and a generator
    # around each cost more than many of the scans.
    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """Matches in ``text``; ``low`` is ``lowered(text)`` when the caller has it already."""
        if self._empty:
            return iter(())
        low = low if low is not None else lowered(text)
        if low is None:  # rare letters whose lower case is longer: match case-blind
            return (self._caseless or self._one()).finditer(text)
        return self.finditer_in(text, low, 0, len(low))

    def finditer_in(
        self, text: str, low: str | None, start: int, end: int
    ) -> Iterator[re.Match[str]]:
        """Matches inside ``text[start:end]`` (the look-behind still sees what comes before)."""
        plain = self._plain
        if plain is not None and low is not None and (start or end != len(low) or self._ungated):
            return plain(low, start, end)  # most calls: a clause, the set's one pattern
        if self._empty:
            return iter(())
        if low is None:
            return (self._caseless or self._one()).finditer(text, start, end)
        keyed = self._keyed
        if keyed is False:
            gate = self._gate
            if gate is None:
                gate = self._gate_up()
            if isinstance(gate, re.Pattern) and (
                (self._clause_gated and end - start <= _CLAUSE_GATED_MOST)
                or (start == 0 and end == len(low) >= _GATED_FROM)
            ):
                return _gated(gate, self._one(), low, start, end)
            return self._one().finditer(low, start, end)
        if keyed is None:
            keyed = self._keyed = (
                _WordKeyedEntries.of(self._entries)
                if self._anchored
                else _KeyedEntries.of(self._entries, self._tried_everywhere())
            ) or False
        if isinstance(keyed, (_KeyedEntries, _WordKeyedEntries)):
            return keyed.finditer(low, start, end)
        return self._one().finditer(low, start, end)

    def _gate_up(self) -> re.Pattern[str] | bool:
        """Work out the set's gate (``_gate_of``), and whether a clause too is scanned through
        it: where every entry starts at a word and they have few beginnings."""
        keys = _gate_keys(self._entries)
        if keys is None:
            self._gate = False
            self._ungated = True
        else:
            self._clause_gated = self._all_at_word_start and len(keys) <= _CLAUSE_GATE_MOST
            self._gate = _gate_of(keys, self._all_at_word_start)
        if not self._clause_gated:
            # a clause is read by the one pattern's own ``finditer``, called at once
            self._plain = self._one().finditer
        return self._gate

    def _one(self) -> re.Pattern[str]:
        """The one pattern of a set that has entries."""
        compiled = self._pattern
        if compiled is None:
            compiled = self._pattern = re.compile(self._looked_at())
        return compiled

    def _looked_at(self) -> str:
        """The one pattern's source behind a look-ahead of its first characters where the
        regex engine would try it at every place (``first_looked_at``: the look-behind before
        the entries at a word start; gspeed37). The case-blind pattern keeps the source."""
        return first_looked_at(self._source)

    def _tried_everywhere(self) -> bool:
        """The regex engine tries the one pattern at every place of a text: it finds no first
        characters of it, and no look-ahead of them could be put before it."""
        return self._looked_at() == self._source and _tried_at_every_place(self._source)

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        caseless = self._caseless
        if caseless is None:
            return False
        stop = len(text) if end is None else end
        return caseless.search(text, start, stop) is not None


# More first characters than this and a pattern is left as it is: the test of one is no quicker
# than the branches it spares.
_FIRST_CHARACTERS_MOST = 40


def first_looked_at(source: str) -> str:
    """``source`` behind a look-ahead of the characters its matches can start with: the same
    matches. A pattern that starts with a look-behind ("(?<!\\w)(?:not|never)"), an optional
    part ("(?:从|绝)?(?:不|没)") or branches not all starting with a letter is tried branch by
    branch at every place of a text, and most places start with none of those characters: one
    test of the character fails them (gspeed37: en [reading] negator over 250 characters 270
    -> 137 us, zh's over a 4 KB reply 781 -> 36 us). Left as it is where the regex engine
    finds its first letters itself (a letter or a class first, or a letter first in each
    branch), at a word boundary, where a match may start with a space (most places: the
    openings read at a place by ``match``), or where its first characters cannot be told (a
    match may be empty, start with any character, or a part is read case-blind) or are many."""
    if "(?i" in source or not _tried_at_every_place(source):
        return source
    firsts = prefixes(source, 1)
    if (
        firsts is None
        or "" in firsts
        or len(firsts) > _FIRST_CHARACTERS_MOST
        or any(c.isspace() for c in firsts)
    ):
        return source
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])(?:" + source + ")"


def _tried_at_every_place(source: str) -> bool:
    """The regex engine finds no first characters of ``source`` itself (Python's
    ``_compile_info``: it does for a letter or a class first, or a letter first in each
    branch), and it does not start at a word boundary."""
    items = regex_items(source)
    if items is None:
        return False  # another Python's parser: left as it is
    while items and items[0][0] == "group":
        items = items[0][1]
    if not items or items[0][0] in ("char", "class", "at"):
        return False
    first = items[0]
    return first[0] != "branch" or not all(branch and branch[0][0] == "char" for branch in first[1])


# A whole text this long or longer is scanned by a set's gate where it has one: the regex
# engine tries a pattern at every place of a text whose first step is a look-behind
# ("(?<!\w)"), 25-45 ns each, and scans for a few letters far faster. A 4 KB English reply's
# scans of "premises", "idiom" and "benefit", once each a check, cost 490 us (replayed, load
# 8-10). A clause only where the set's beginnings are few (``_CLAUSE_GATE_MOST``): a step in
# Python at each place the gate finds costs more than the regex engine's walk where places
# are many.
_GATED_FROM = 512
# More two-letter beginnings than this and a set has no gate: its places would be most words.
_GATE_MOST = 20
# A set whose entries all start at a word and have this many two-letter beginnings or fewer
# is scanned through its gate in a clause too: the regex engine tries its pattern, which
# starts with a look-behind, at every place of the clause, and scans for a few letters far
# faster. With more, the places found and a step in Python at each cost more than the walk
# (a 4 KB reply's scans replayed, en: "condition", 4 beginnings, 128 -> 74 us; "wish", 5,
# 91 -> 54; "reported", 14, 92 -> 138; "addressee", 24, 257 -> 269).
_CLAUSE_GATE_MOST = 10
# ... and only a clause this long or shorter: a pasted clause with no break is read again for
# each word found in it, and a step in Python at each place the gate finds in it would make
# the Python steps grow with its length squared (test_guard_long_paste.py).
_CLAUSE_GATED_MOST = 1_000


def _gate_keys(entries: Sequence[str]) -> set[str] | None:
    """The first two characters (one, where a match can be that short) of any match of
    ``entries``; None where some entry's beginnings cannot be told, include an empty match, or
    are too many (more than ``_GATE_MOST``)."""
    keys: set[str] = set()
    for entry in entries:
        found = prefixes(lowered_pattern(entry), 2)
        if found is None or "" in found:
            return None
        keys |= found
        if len(keys) > _GATE_MOST:
            return None
    return keys or None


def _gate_of(keys: Iterable[str], at_word_start: bool) -> re.Pattern[str]:
    """A pattern that matches wherever a match starting with one of ``keys`` can start (the
    entries' beginnings, ``_gate_keys``); where every entry starts at a word
    (``at_word_start``), only where a word starts."""
    # the look-behind after the letters (a fixed width: one, or two letters, and the one
    # before): the pattern then starts with a letter, which the regex engine scans for
    alternatives = [
        re.escape(key) + (rf"(?<!\w[\s\S]{{{len(key)}}})" if at_word_start else "")
        for key in sorted(keys)
    ]
    return re.compile("|".join(alternatives))


def _gated(
    gate: re.Pattern[str], pattern: re.Pattern[str], low: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(low, start, end)`` gives, ``pattern`` tried only where
    ``gate`` finds a place: a match starts nowhere else, and none is empty (no gate where an
    entry can match nothing)."""
    search, match = gate.search, pattern.match
    at = start
    while True:
        place = search(low, at, end)
        if place is None:
            return
        found = match(low, place.start(), end)
        if found is None:
            at = place.start() + 1
            continue
        yield found
        at = found.end()


# A Chinese set whose pattern (its entries' sources) is this long or longer is read by its
# entries' beginnings: only at the characters an entry starts with is a step in Python, and there
# only the entries that can start with the next two characters are tried ("addressee" 19 -> 4 us
# a clause, "date_owner" 27 -> 7, "service" 5.4 -> 2.3; the clause breaks over a 4 KB reply 400 ->
# 150 us). A set of a segmented language would step at every word (Russian's "general", 23,000
# characters, 76 -> 40 us a clause) and compile a pattern per two letters the first time a text
# has them (1.7 s of CPU in Russian, 2.2 s in Ukrainian): it keeps its one pattern; so does a set
# that can start with a space (Russian's clause breaks " но ": 170 -> 420 us had it not).
_KEYED_FROM = 150


class _KeyedEntries:
    """An unanchored ``PhraseSet``'s entries by the two characters their matches can start
    with: at each character some entry starts with, one pattern of just the entries that can
    start with it and the next, in the order written, is matched. It finds what the set's one
    pattern finds, match for match (the first entry in order that matches at the first place
    one does; non-overlapping), since an entry left out cannot match at that place.

    Where the set's one pattern is tried at every place anyway (the regex engine finds no
    first characters of it, and no look-ahead of them can be put before it:
    ``first_looked_at``), an entry whose second character cannot be told is listed
    by its first ("从[^，。！？]{1,10}到"), and one whose first cannot either ("[^\\W\\d_]{1,4}科")
    is read "anywhere": the pattern of those entries alone is scanned for, and they are in each
    first character's pattern too, so that where both could match the one written first wins
    (gspeed44: zh "outcome", "general", "condition", "date_owner" had each fallen back to their
    one pattern, 8,541 characters tried at every place of a clause, for one or two such
    entries)."""

    def __init__(
        self,
        sources: tuple[str, ...],
        by_key: dict[str, tuple[int, ...]],
        starts: re.Pattern[str],
        anywhere: tuple[int, ...] = (),
    ) -> None:
        self._sources = sources
        self._by_key = by_key
        self._starts = starts  # where a match of the listed entries can start
        self._anywhere = anywhere  # the entries read anywhere, in order
        # their own pattern, scanned for ahead of the places
        self._anywhere_pattern = (
            re.compile("|".join(f"(?:{sources[n]})" for n in anywhere)) if anywhere else None
        )
        self._chosen: dict[str, re.Pattern[str] | None] = {}
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    @classmethod
    def of(cls, entries: Sequence[str], tried_everywhere: bool = False) -> _KeyedEntries | None:
        """The keyed entries, or None where an entry's beginnings cannot be told (it could
        start with anything) and the set's one pattern skips to its first characters by
        itself (``tried_everywhere`` False), where an entry may be empty, or where an entry
        may start with a space (every few characters of a text)."""
        sources = tuple(lowered_pattern(e) for e in entries)
        by_key: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for number, source in enumerate(sources):
            keys = prefixes(source, 2)
            if (keys is None or "" in keys) and tried_everywhere:
                keys = prefixes(source, 1)
                if keys is None and _never_empty(source):
                    anywhere.append(number)
                    continue
            if keys is None or "" in keys:
                return None
            for key in keys:
                by_key.setdefault(key, []).append(number)
        firsts = sorted({key[0] for key in by_key})
        if not firsts or " " in firsts:  # lowered text's white space is all spaces
            return None
        return cls(
            sources,
            {key: tuple(numbers) for key, numbers in by_key.items()},
            re.compile("[" + "".join(re.escape(c) for c in firsts) + "]"),
            tuple(anywhere),
        )

    def _pattern(self, key: str) -> re.Pattern[str] | None:
        """The entries that can start with ``key`` (the text's next two characters)."""
        numbers = tuple(
            sorted({*self._by_key.get(key, ()), *self._by_key.get(key[:1], ()), *self._anywhere})
        )
        if not numbers:
            return None
        compiled = self._compiled.get(numbers)
        if compiled is None:
            compiled = self._compiled[numbers] = re.compile(
                "|".join(f"(?:{self._sources[n]})" for n in numbers)
            )
        return compiled

    def finditer(self, low: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(low, start, end)`` gives, the set's one pattern."""
        chosen = self._chosen
        if len(chosen) > 50_000:  # a pasted book of odd characters: start again
            chosen.clear()
        anywhere = self._anywhere_pattern
        ahead: re.Match[str] | None = None  # the entries read anywhere: their next match
        done = start
        for place in self._starts.finditer(low, start, end):
            at = place.start()
            if at < done:
                continue  # inside the last match
            if anywhere is not None:
                # their matches before this place come first (no listed entry starts there)
                if ahead is None or ahead.start() < done:
                    ahead = anywhere.search(low, done, end)
                while ahead is not None and ahead.start() < at:
                    done = ahead.end()
                    yield ahead
                    ahead = anywhere.search(low, done, end)
                if ahead is None:
                    anywhere = None  # none left in the span
                if at < done:
                    continue  # inside the last of them
            key = low[at : at + 2]
            pattern = chosen.get(key, _UNSEEN)
            if pattern is _UNSEEN:
                pattern = chosen[key] = self._pattern(key)
            if pattern is not None:
                found = pattern.match(low, at, end)
                if found is not None:
                    done = found.end()
                    yield found
        if anywhere is not None:  # after the last place
            if ahead is None or ahead.start() < done:
                ahead = anywhere.search(low, done, end)
            while ahead is not None:
                yield ahead
                ahead = anywhere.search(low, ahead.end(), end)


def _never_empty(source: str) -> bool:
    """No match of ``source`` is empty (its shortest match takes a character)."""
    try:
        return bool(re._parser.parse(source).getwidth()[0] > 0)  # type: ignore[attr-defined]
    except (re.error, OverflowError):
        return False


# An anchored set whose pattern is this long or longer is read entry by entry at each word
# start (``_WordKeyedEntries``): only "general" of en, ru, uk, pl (16,000-27,000 characters;
# a 4 KB reply's scans of it, replayed: en 321 -> 225 us, ru 261 -> 175, uk 343 -> 193, pl 299
# -> 209). The next longest (5,000 characters: "addressee", "negation") were slower so in their
# own language's replies (en 274 -> 336 us): a step in Python an entry costs what the regex
# engine's try of a few hundred alternatives does.
_WORD_KEYED_FROM = 10_000


class _WordKeyedEntries:
    """An anchored ``PhraseSet``'s entries (all at a word start), each its own pattern, listed
    by the two characters their matches can start with: at each word start, the entries that
    can start with its next two characters are matched one by one in the order written, the
    first match taken. That is what the set's one pattern finds, match for match (the first
    entry in order that matches at the first place one does; non-overlapping), since an entry
    left out cannot match at that place. An entry that can start with any letter ("\\w+\\s+
    team") is in every list. Its patterns compile together once as the one pattern's source
    does, not once a key (a pattern a key of two letters, its entries' sources repeated in
    each, compiled 0.6 s a language on the first checks after a start)."""

    def __init__(
        self,
        sources: tuple[str, ...],
        by_key: dict[str, tuple[int, ...]],
        anywhere: tuple[int, ...],
        starts: re.Pattern[str],
    ) -> None:
        self._sources = sources
        self._by_key = by_key  # entries by their first one or two characters
        self._anywhere = anywhere  # entries at any word start ("\\w+...")
        self._starts = starts  # where a match can start: some entry's first character
        self._patterns: list[re.Pattern[str] | None] = [None] * len(sources)
        self._chosen: dict[str, tuple[Callable[..., re.Match[str] | None], ...]] = {}

    @classmethod
    def of(cls, entries: Sequence[str]) -> _WordKeyedEntries | None:
        """The keyed entries, or None where an entry's beginnings cannot be told (it could
        start with anything but a letter) or it can match nothing."""
        sources = tuple(lowered_pattern(e) for e in entries)
        by_key: dict[str, list[int]] = {}
        anywhere: list[int] = []
        firsts: set[str] = set()
        for number, source in enumerate(sources):
            keys = prefixes(source, 2)
            if keys is None or "" in keys:
                keys = prefixes(source, 1)
            if keys is None and source.startswith("\\w"):
                anywhere.append(number)
                continue
            if keys is None or "" in keys:
                return None
            for key in keys:
                by_key.setdefault(key, []).append(number)
                firsts.add(key[0])
        if not firsts and not anywhere:
            return None
        return cls(
            sources,
            {key: tuple(numbers) for key, numbers in by_key.items()},
            tuple(anywhere),
            word_starts(firsts, any_letter=bool(anywhere)),
        )

    def _matchers(self, key: str) -> tuple[Callable[..., re.Match[str] | None], ...]:
        """The ``match`` of each entry that can start with ``key`` (the text's next two
        characters, or one at its end), in the order written."""
        by_key = self._by_key
        numbers = {*self._anywhere, *by_key.get(key[:1], ())}
        if len(key) == 2:
            numbers.update(by_key.get(key, ()))
        patterns = self._patterns
        found = []
        for number in sorted(numbers):
            pattern = patterns[number]
            if pattern is None:
                pattern = patterns[number] = re.compile(self._sources[number])
            found.append(pattern.match)
        return tuple(found)

    def finditer(self, low: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(low, start, end)`` gives, the set's one pattern."""
        chosen = self._chosen
        if len(chosen) > 50_000:  # a pasted book of odd characters: start again
            chosen.clear()
        done = start
        for at in map(_START, self._starts.finditer(low, start, end)):
            if at < done:
                continue  # inside the last match
            key = low[at : at + 2]
            matchers = chosen.get(key)
            if matchers is None:
                matchers = chosen[key] = self._matchers(key)
            for match in matchers:
                found = match(low, at, end)
                if found is not None:
                    done = found.end()
                    yield found
                    break


def word_starts(chars: Iterable[str], *, any_letter: bool = False) -> re.Pattern[str]:
    """A pattern that matches where a word starts with one of ``chars`` (or, ``any_letter``,
    with any word character): the character, none of a word's before it (the text's before the
    place a scan starts at too). A boundary before the class where each is a word's own: the
    regex engine tests it at a place sooner than it reads the look-behind after every letter
    found (gspeed41: the facts table's word starts of a 4 KB reply 139 -> 114 us in English,
    113 -> 82 in Polish, 66 -> 50 in Russian); the look-behind after it where one is not (a
    boundary is no word start before "$" or "+")."""
    members = sorted(set(chars))
    found = "[" + "".join(map(re.escape, members)) + (r"\w" if any_letter else "") + "]"
    if all(_WORD_CHARACTER.fullmatch(c) for c in members):
        return re.compile(r"\b" + found)
    return re.compile(found + r"(?<!\w[\s\S])")


_WORD_CHARACTER = re.compile(r"\w")


# A run of word characters: each starts where a word does ("(?<!\w)\w" finds the same places
# slower: the engine scans for a character class quickly, for a look-behind at every position
# slowly).
_WORD_RUN = re.compile(r"\w+")


# What ``regex_items`` reads a pattern as, one tuple an item (a sequence is a tuple of them):
# ("char", c); ("class", letters, categories, open): a class "[...]" with the letters it lists,
# the names of its categories ("digit" for "\d") and whether it matches more than that (negated,
# a range too wide to list); ("category", name) outside a class; ("any",) for "."; ("branch",
# (sequence, ...)); ("group", sequence); ("repeat", least, most, sequence); ("at",) an anchor
# ("\b", "^"); ("look",) a look-ahead or -behind; ("other", name): anything else (a
# back-reference, a negated letter, an atomic group).
RegexItem = tuple[Any, ...]
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


@functools.lru_cache(maxsize=8192)
def regex_items(entry: str) -> tuple[RegexItem, ...] | None:
    """``entry`` as the re module's parser reads it, in the plain tuples above; None where this
    Python's parser is not the one this reads (the callers then take their exact path). A
    broken entry raises re.error. Read once per entry: a table reads an entry's beginnings
    several times while it is built."""
    if _sre_parser is None:
        re.compile(entry)  # a broken entry still fails, naming itself
        return None
    parsed = _sre_parser.parse(entry)
    try:
        return _items_of(parsed)
    except (TypeError, ValueError, AttributeError, IndexError, KeyError):
        return None  # another Python's shapes: nothing is guessed


def _items_of(parsed: Iterable[Any]) -> tuple[RegexItem, ...]:
    items: list[RegexItem] = []
    for op, value in parsed:
        name = str(op)
        if name == "LITERAL":
            items.append(("char", chr(value)))
        elif name == "IN":
            items.append(_class_of(tuple(value)))
        elif name == "CATEGORY":
            items.append(("category", _category_name(value)))
        elif name == "ANY":
            items.append(("any",))
        elif name == "BRANCH":
            items.append(("branch", tuple(_items_of(branch) for branch in value[1])))
        elif name == "SUBPATTERN":
            items.append(("group", _items_of(value[-1])))
        elif name in _REPEATS:
            least, most, inner = value
            items.append(("repeat", int(least), int(most), _items_of(inner)))
        elif name == "AT":
            items.append(("at",))
        elif name in ("ASSERT", "ASSERT_NOT"):
            items.append(("look",))
        else:
            items.append(("other", name))
    return tuple(items)


@functools.lru_cache(maxsize=4096)
def _class_of(members: tuple[Any, ...]) -> RegexItem:
    # the same classes ("[а-яёії]") come back thousands of times while the tables are built
    letters: set[str] = set()
    categories: list[str] = []
    wider = False
    for op, member in members:
        kind = str(op)
        if kind == "LITERAL":
            letters.add(chr(member))
        elif kind == "RANGE" and member[1] - member[0] < 400:
            letters.update(chr(c) for c in range(member[0], member[1] + 1))
        elif kind == "CATEGORY":
            categories.append(_category_name(member))
        else:  # a negated class, a range too wide to list
            wider = True
    return ("class", frozenset(letters), tuple(categories), wider)


def _category_name(category: object) -> str:
    return str(category).removeprefix("CATEGORY_").lower()


def case_partners(letters: Iterable[str]) -> frozenset[str] | None:
    """The characters the regex engine takes case-blind for one of ``letters`` though their
    lower case differs ("ı" for "i", "ſ" for "s", "ᲂ" for "о"); None where this Python does
    not say (its case table is private)."""
    if _EXTRA_CASES is None:
        return None
    return frozenset(chr(other) for c in letters for other in _EXTRA_CASES.get(ord(c), ()))


# More beginnings than this and an entry is kept whole in a ``beginnings_gate``.
_GATE_ENTRY_MOST = 64
_ASCII_DIGITS = frozenset("0123456789")


def beginnings_gate(entries: Iterable[str], length: int = 4) -> re.Pattern[str] | None:
    """A case-blind pattern that finds every word start where one of the case-blind
    ``entries`` can match (and more): the first ``length`` characters of their matches, as a
    tree the regex engine reads a letter at a time; an entry whose beginnings are too many
    ("[а-яіїєґ]+олог") as itself. A quick "no" before a slow search of many entries: only
    where it finds a place can they match (gspeed29: the staff titles before a name, 250-450
    us a 60-character window; 3-6 us so). None where an entry can match empty text."""
    keys: set[str] = set()
    whole: list[str] = []
    for entry in entries:
        found = prefixes(lowered_pattern(entry), length)
        if found is not None and "" in found:
            return None
        if found is None or len(found) > _GATE_ENTRY_MOST:
            whole.append(f"(?:{entry})")
        else:
            keys |= found
    # a key another one starts ("dr" and "dr.") adds no place: the shorter finds it
    kept = [k for k in keys if not any(k[:n] in keys for n in range(1, len(k)))]
    alternatives = ([_letter_tree(kept)] if kept else []) + whole
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def _letter_tree(keys: Iterable[str]) -> str:
    """``keys`` (none starting another) as one pattern, branching a letter at a time; a space
    (what "\\s" is in lowered text, which the keys are read for) as any white space, a digit
    (what "\\d" is there) as any."""
    by_first: dict[str, list[str]] = {}
    for key in keys:
        by_first.setdefault(key[0], []).append(key[1:])
    branches = [
        (r"\s" if first == " " else r"\d" if first in _ASCII_DIGITS else re.escape(first))
        + ("" if rests == [""] else _letter_tree(rests))
        for first, rests in sorted(by_first.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def first_characters(entry: str) -> frozenset[str] | None:
    """The characters a match of ``entry`` can start with, or None when it could be any."""
    try:
        items = regex_items(entry)
    except re.error:
        return None
    return None if items is None else _first_of(items)


def _first_of(items: Sequence[RegexItem]) -> frozenset[str] | None:
    found: set[str] = set()
    for item in items:
        tag = item[0]
        first: frozenset[str] | None
        empty_ok = False
        if tag == "char":
            first = frozenset({item[1]})
        elif tag == "class":
            first = _class_chars(item)
        elif tag == "branch":
            union: set[str] = set()
            for branch in item[1]:
                got = _first_of(branch)
                if got is None:
                    return None
                union |= got
                if not branch:
                    empty_ok = True
            first = frozenset(union)
        elif tag == "group":
            first = _first_of(item[1])
            empty_ok = first is not None and not first
        elif tag == "repeat":
            first = _first_of(item[3])
            empty_ok = item[1] == 0
        elif tag == "category" and item[1] == "digit":
            first = frozenset("0123456789")
        elif tag in ("look", "at"):
            continue  # zero width: the next item starts the match
        else:
            return None
        if first is None:
            return None
        found |= first
        if not empty_ok:
            return frozenset(found)
    return frozenset(found)  # could match empty: whatever follows (a superset is harmless)


@functools.lru_cache(maxsize=8192)  # a table asks the same entry again at each longer key
def prefixes(entry: str, length: int = 2, *, strict: bool = False) -> frozenset[str] | None:
    """The first ``length`` characters a match of ``entry`` can start with (shorter where the
    match can be shorter), or None when they could be anything. ``strict``: a broken entry
    raises re.error (naming it) instead of giving None."""
    try:
        items = regex_items(entry)
    except re.error:
        if strict:
            raise
        return None
    found = None if items is None else _sequence_prefixes(items, length)
    return None if found is None or len(found) > _MOST_PREFIXES else frozenset(found)


# More beginnings than this and an entry could start with anything, as far as a table cares.
_MOST_PREFIXES = 2000


def forget_readings() -> None:
    """Drop what was read of patterns (their items, beginnings, class letters): for a reader
    of the regex internals that changed under it (the tests of another Python's parser)."""
    for cached in (regex_items, prefixes, _class_chars):
        cached.cache_clear()


def _sequence_prefixes(items: Sequence[RegexItem], length: int) -> set[str] | None:
    results = {""}
    for item in items:
        open_ = {p for p in results if len(p) < length}
        if not open_:
            break
        new: set[str] = set()
        # the item's beginnings depend only on the room left: read once per length, not once
        # per prefix so far (hundreds after a class like "[а-яё]": 2.5 s -> 0.x s a language)
        by_room: dict[int, set[str] | frozenset[str] | None] = {}
        for p in open_:
            room = length - len(p)
            if room in by_room:
                starts = by_room[room]
            else:
                starts = by_room[room] = _item_prefixes(item, room)
            if starts is None:
                return None
            new.update(p + start for start in starts)
            if len(new) > _MOST_PREFIXES:
                return None  # too many already: what the check below would say, sooner
        results = (results - open_) | new
        if len(results) > _MOST_PREFIXES:
            return None
    return results


def _item_prefixes(item: RegexItem, length: int) -> set[str] | frozenset[str] | None:
    tag = item[0]
    if tag == "char":
        return {item[1]}
    if tag in ("look", "at"):
        return {""}
    if tag == "category":
        return _category_chars(item[1])
    if tag == "class":
        return _class_chars(item)
    if tag == "branch":
        union: set[str] = set()
        for branch in item[1]:
            got = _sequence_prefixes(branch, length)
            if got is None:
                return None
            union |= got
        return union
    if tag == "group":
        return _sequence_prefixes(item[1], length)
    if tag == "repeat":
        _, low, high, inner = item
        union = set()
        for times in range(low, min(high, length) + 1):
            got = _sequence_prefixes(inner * times, length) if times else {""}
            if got is None:
                return None
            union |= got
            if len(union) > _MOST_PREFIXES:
                # more beginnings than a sequence keeps: its caller gives up on them anyway
                # (building "[а-яіїєґ]+" out to six letters made millions of strings first)
                return None
        if high > length:  # more repeats only lengthen what is already long enough
            got = _sequence_prefixes(inner * length, length)
            if got is None:
                return None
            union |= got
        return union
    return None


@functools.lru_cache(maxsize=4096)
def _class_chars(item: RegexItem) -> frozenset[str] | None:
    """The characters a class item can match, or None when too many to list."""
    _, letters, categories, wider = item
    if wider:
        return None
    chars = set(letters)
    for category in categories:
        more = _category_chars(category)
        if more is None:
            return None
        chars |= more
    return frozenset(chars)


def _category_chars(category: str) -> set[str] | None:
    r"""The characters of "\d" (ASCII digits, as the guard's texts write numbers) and "\s"
    (a space: ``lowered`` text has no other white space)."""
    if category == "digit":
        return set("0123456789")
    if category == "space":
        return {" "}
    return None


class PhraseTable:
    """Several categories' phrases, found in one pass over the text.

    At each word start only the phrases that can begin with its first letter are tried (an
    index by first character), which is several times faster than trying every alternative
    everywhere. Phrases of two categories that overlap are both found ("we'll see you on
    Tuesday": a care relationship, and a day starting inside it), so each finding shows with
    its own reason; at the same place the category listed first wins.
    """

    def __init__(
        self,
        categories: Mapping[str, Sequence[str]],
        *,
        anchored: bool,
        built: TableSources | None = None,
    ) -> None:
        """``built``: the sources ``table_sources(categories, anchored=...)`` gives, read from
        the disk cache (``table_cache.py``) instead of worked out again (half a second a
        language: every entry's beginnings are read from its parsed pattern)."""
        sources = built if built is not None else table_sources(categories, anchored=anchored)
        # a word's longest known key picks one pattern holding every entry that can start
        # there. Each is compiled the first time a text has a word starting so
        # (``compile_all`` compiles the rest): compiling them all took half of a language's
        # 2 s, and the first reply's check waited for it.
        shared = [_Lazy(source) for source in sources.patterns]
        self._by_key: tuple[dict[str, _Lazy], ...] = tuple(
            {key: shared[index] for key, index in level.items()} for level in sources.levels
        )
        self._longest = sources.longest
        # the word starts whose first character some key starts with (a character of the set,
        # no word character before it): only they are steps in Python, not every word of the
        # text (English's table over a Russian reply's words)
        firsts = {key[0] for level in sources.levels for key in level}
        self._word_starts = word_starts(firsts) if firsts else None
        self._chosen: dict[str, re.Pattern[str] | None] = {}
        self._loose = {c: _Lazy(source) for c, source in sources.loose.items()}
        self._loose_match: dict[str, Callable[[str, int], re.Match[str] | None]] = {}
        self._lazy = [*shared, *self._loose.values()]
        loose = sources.loose
        self._loose_start = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(loose)) + "]") if loose else None
        )
        # the entries of the pattern scanned over the whole text, each with the texts one of
        # which any match of it holds (``required_texts``): a text holding none of them is not
        # scanned for it (``_generic_for``)
        read = _read_generic(sources.generic) if sources.generic else None
        self._generic = (
            re.compile(_generic_source(read) if read is not None else sources.generic)
            if sources.generic
            else None
        )
        self._generic_entries = _generic_entries(read) if read is not None else None
        self._generic_chosen: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._caseless_source = sources.caseless
        self._caseless_pattern: re.Pattern[str] | None = None

    def compile_all(self) -> None:
        """Compile every pattern not compiled yet (a worker warming the rules up): then no
        check compiles any on the GUI thread."""
        for waiting in self._lazy:
            waiting.pattern()

    def finditer(self, text: str, low: str | None) -> Iterator[tuple[str, re.Match[str]]]:
        """(category, match) of the phrases; ``low`` is ``lowered(text)`` or None."""
        if low is None:  # rare letters whose lower case is longer: the slow, case-blind way
            if self._caseless_source and self._caseless_pattern is None:
                self._caseless_pattern = re.compile(self._caseless_source, re.IGNORECASE)
            if self._caseless_pattern is not None:
                for m in self._caseless_pattern.finditer(text):
                    yield _kind_of(m), m
            return
        levels = self._by_key
        longest = self._longest
        if any(levels) and self._word_starts is not None:
            # how far each category's last match reaches: inside it, only another
            # category's phrase is new ("see you on" holds the day "on Tuesday")
            reached: dict[str, int] = {}
            # the pattern for a word's first few characters, remembered: one look-up a word
            chosen = self._chosen
            if len(chosen) > 50_000:  # a pasted book of odd words: start again
                chosen.clear()
            remembered = chosen.get
            # where a key's word starts (the places alone: a step a word costs most of this)
            for position in map(_START, self._word_starts.finditer(low)):
                key = low[position : position + longest]
                pattern = remembered(key, _UNSEEN)
                if pattern is _UNSEEN:
                    pattern = None
                    for n in range(len(key), 0, -1):
                        waiting = levels[n - 1].get(key[:n])
                        if waiting is not None:
                            pattern = waiting.pattern()
                            break
                    chosen[key] = pattern
                if pattern is not None:
                    found = pattern.match(low, position)
                    if found is not None:
                        kind = found.lastgroup or ""
                        if position >= reached.get(kind, 0):
                            reached[kind] = found.end()
                            yield kind, found
        if self._loose_start is not None:
            loose = self._loose
            # each first character's pattern's ``match``, once compiled: a step a character
            # of a Chinese reply (most of them start some entry)
            matchers = self._loose_match
            reached = {}
            for position in map(_START, self._loose_start.finditer(low)):
                char = low[position]
                match = matchers.get(char)
                if match is None:
                    match = matchers[char] = loose[char].pattern().match
                found = match(low, position)
                if found is not None:
                    kind = _kind_of(found)
                    if position >= reached.get(kind, 0):
                        reached[kind] = found.end()
                        yield kind, found
        generic = self._generic_for(low)
        if generic is not None:
            for m in generic.finditer(low):
                yield _kind_of(m), m

    def _generic_for(self, low: str) -> re.Pattern[str] | None:
        """The pattern scanned over the whole of ``low``: the entries scanned over the whole
        text that ``low`` holds a required text of (every one of an entry's ``required_texts``
        sets has one of its texts in ``low``), in their order. An entry left out cannot match
        anywhere in ``low``, so the matches are those of the whole pattern (a 4 KB Russian
        reply's scan of every place cost 1.1-1.6 ms; most replies hold none of its entries'
        words). None where none is left."""
        entries = self._generic_entries
        if entries is None:
            return self._generic
        live = tuple(
            number
            for number, (_kind, _entry, required) in enumerate(entries)
            if all(any(text in low for text in texts) for texts in required)
        )
        if len(live) == len(entries):
            return self._generic
        chosen = self._generic_chosen
        pattern = chosen.get(live, _UNSEEN)
        if pattern is _UNSEEN:
            if len(chosen) > 256:  # entries live in many ways: start again
                chosen.clear()
            pattern = chosen[live] = (
                re.compile(_generic_source([entries[n][:2] for n in live])) if live else None
            )
        return pattern


@dataclass(frozen=True, slots=True)
class TableSources:
    """What a ``PhraseTable`` is built from, as plain data (strings and numbers only, so it
    can be kept on disk as JSON): the patterns' sources, which pattern each word beginning
    picks (``levels[n - 1]``: the beginnings of n letters), the patterns by first character
    of the entries matched anywhere, the pattern scanned over the whole text, and the
    case-blind pattern."""

    patterns: tuple[str, ...]
    levels: tuple[dict[str, int], ...]
    longest: int
    loose: dict[str, str]
    generic: str
    caseless: str


def table_sources(categories: Mapping[str, Sequence[str]], *, anchored: bool) -> TableSources:
    """Work out a ``PhraseTable``'s patterns: the slow part of building one."""
    # entries by the first one, two or three letters all their matches start with: at a
    # word starting "you" only the entries that can start so are tried ("your", "you\s")
    by_key: dict[str, list[tuple[int, str, str]]] = {}
    # entries matched anywhere (Chinese, or starting with a symbol), by first character
    loose: dict[str, list[tuple[int, str, str]]] = {}
    generic: list[tuple[str, str]] = []
    everything: list[tuple[str, str, bool]] = []
    order = 0
    for kind, entries in categories.items():
        for entry in entries:
            order += 1
            low = lowered_pattern(entry)
            wordlike = bool(anchored and _WORDLIKE_START.match(entry))
            everything.append((kind, low, wordlike))
            if not wordlike:
                regex_items(entry)  # a broken entry fails here, naming itself
                chars = first_characters(low)
                if chars:
                    for char in chars:
                        loose.setdefault(char, []).append((order, kind, low))
                else:
                    generic.append((kind, low))
                continue
            keys = _keys_of(low, 2)
            # only words are visited: an entry that can start with a space or a sign
            # ("\s+ago") is found by a scan of the whole text instead
            if keys and all(_WORD_RUN.match(k) for k in keys):
                for key in keys:
                    by_key.setdefault(key, []).append((order, kind, low))
            else:
                generic.append((kind, r"(?<!\w)(?:" + low + ")"))
    # where many entries start with the same two letters ("yo"), they are told apart by
    # three ("you", "yor") where they can be, and where still many start with the same
    # three, by more ("the ne", "the fi"; "the" alone held 300 entries, 15 µs a word)
    keys_of_item: dict[tuple[int, str, str], set[str]] = {}
    for key, group in by_key.items():
        for item in group:
            keys_of_item.setdefault(item, set()).add(key)
    for length in range(3, LONGEST_KEY + 1):
        # at three letters, any crowded shorter key; then those one letter shorter
        shortest = 1 if length == 3 else length - 1
        crowded = [
            key
            for key, group in by_key.items()
            if len(group) > (_CROWDED if length == 3 else _VERY_CROWDED)
            and shortest <= len(key) < length
        ]
        for key in crowded:
            for item in list(by_key[key]):
                longer = _keys_of(item[2], length)
                if longer and any(len(k) == length for k in longer):
                    for old in keys_of_item[item]:
                        by_key[old].remove(item)
                    keys_of_item[item] = set(longer)
                    for k in longer:
                        by_key.setdefault(k, []).append(item)
    by_key = {key: group for key, group in by_key.items() if group}
    # a word's longest known key picks one pattern holding every entry that can start
    # there: those of that key and of its shorter beginnings, in the order written
    levels: tuple[dict[str, int], ...] = tuple({} for _ in range(LONGEST_KEY))
    patterns: dict[str, int] = {}  # "a " and "a\t" hold the same entries: one pattern
    for key in by_key:
        shorter = [by_key.get(key[:n], []) for n in range(1, len(key))]
        merged = sorted({e for group in [by_key[key], *shorter] for e in group})
        source = _grouped(_starting(merged, key))
        levels[len(key) - 1][key] = patterns.setdefault(source, len(patterns))
    caseless = [(k, r"(?<!\w)(?:" + e + ")" if w else e) for k, e, w in everything]
    return TableSources(
        patterns=tuple(patterns),
        levels=levels,
        longest=max((len(key) for key in by_key), default=1),
        loose={c: _grouped(_starting(group, c)) for c, group in loose.items()},
        generic=_grouped(generic) if generic else "",
        caseless=_grouped(caseless) if caseless else "",
    )


# A key not looked up yet (None means "no phrase starts so").
_UNSEEN: Any = object()


class _Lazy:
    """A regular expression compiled when first needed. Two threads may both compile it at
    once (a check on a worker, the warm-up): each gets an equal pattern, one is kept."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def pattern(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.source)
        return compiled


# More entries than this starting with the same two letters are told apart by three.
_CROWDED = 6
# The longest beginning entries are told apart by.
LONGEST_KEY = 6
# More entries than this on the same three letters or more are told apart by one more.
_VERY_CROWDED = 30


def _keys_of(entry: str, longest: int) -> frozenset[str] | None:
    """The beginnings (up to ``longest`` letters; shorter where a match is shorter) that the
    matches of a lower-cased entry start with, or None when they could be anything."""
    for length in range(longest, 0, -1):
        found = prefixes(entry, length, strict=True)
        if found and "" not in found:
            return found
    chars = first_characters(entry)
    return frozenset(chars) if chars else None


@functools.lru_cache(maxsize=8192)  # a table asks an entry again for each key it is under
def top_alternatives(pattern: str) -> tuple[str, ...]:
    """``pattern``'s alternatives at its top level, a group around the whole taken off first:
    "(?:a|b(?:c|d))" and "a|b(?:c|d)" both give ["a", "b(?:c|d)"]; one item where there is
    no choice at the top ("(?:a|b)c")."""
    inner = pattern[3:-1] if pattern.startswith("(?:") and _closes_at_end(pattern) else pattern
    return tuple(_top_level(inner))


def _closes_at_end(pattern: str) -> bool:
    """The group opened by ``pattern``'s first character closes at its last."""
    for at, char, depth in _syntax(pattern):
        if char == ")" and depth == 1:
            return at == len(pattern) - 1
    return False


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """``pattern``'s characters outside escapes and classes ("\\|", "[|(]" are skipped), each
    with its place and the depth of the groups open before it."""
    depth = 0
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(pattern, at)
            continue
        yield at, char, depth
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        at += 1


def _class_end(pattern: str, at: int) -> int:
    """Where the class "[...]" opening at ``at`` ends (just past its "]"): a "]" first in it
    ("[]a]", "[^]a]") is a member, as an escaped one is."""
    at += 1
    if at < len(pattern) and pattern[at] == "^":
        at += 1
    if at < len(pattern) and pattern[at] == "]":
        at += 1
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


def _starting(entries: Iterable[tuple[int, str, str]], key: str) -> list[tuple[str, str]]:
    """(kind, entry) of ``entries`` (order, kind, lower-cased entry) with only what of each can
    match at a place whose text begins with ``key``."""
    kept = [(kind, _alternatives_from(entry, key)) for _, kind, entry in entries]
    return [(kind, entry) for kind, entry in kept if entry is not None]


def _alternatives_from(entry: str, key: str) -> str | None:
    """The lower-cased ``entry`` with only its top-level alternatives whose matches can begin
    with ``key`` (a word's first letters in lower-cased text), in their order; None where none
    can. Where the table tries it only at words starting so, the others fail at once: the same
    matches (the first alternative in order that matches is one of those kept) with less to
    walk ("the " held 28 entries of 7,000 characters, most of them alternatives that start
    otherwise). An alternative whose beginnings are unknown is kept."""
    alternatives = top_alternatives(entry)
    if len(alternatives) > 1 and not all(map(_compiles, alternatives)):
        return entry  # cut where it should not be (a flag for the whole): kept as it was
    kept = [a for a in alternatives if _may_begin(a, key)]
    if len(kept) == len(alternatives):
        return entry
    if not kept:
        return None
    return "|".join(kept)


@functools.lru_cache(maxsize=8192)
def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _may_begin(alternative: str, key: str) -> bool:
    found = prefixes(alternative, len(key))
    # one of its beginnings starts the key (a set look-up for each of the key's beginnings:
    # an entry can have two thousand)
    return found is None or any(key[:n] in found for n in range(len(key) + 1))


def _generic_entries(
    entries: Sequence[tuple[str, str]],
) -> tuple[tuple[str, str, tuple[frozenset[str], ...]], ...] | None:
    """(kind, entry, ``required_texts(entry)``) of each entry of a table's pattern scanned over
    the whole text (``_read_generic``); None where no entry has a required text (the whole
    pattern is then always scanned)."""
    read = tuple((kind, entry, required_texts(entry)) for kind, entry in entries)
    return read if any(required for _, _, required in read) else None


# How ``table_sources`` writes an entry of the whole-text pattern that starts at a word.
_AT_WORD_START = r"(?<!\w)(?:"


def _generic_source(entries: Sequence[tuple[str, str]]) -> str:
    """The pattern scanned over the whole text for ``entries`` (kind, entry), in their order:
    where every entry starts at a word (``_AT_WORD_START``), their look-behind is put once
    before them all. The regex engine tries this pattern at every place of a text; most places
    follow a letter, and one test of the look-behind then fails them, not one for each entry
    in turn (a 4 KB reply's scan, pl 271 -> 214 us, ru 285 -> 203, en 250 -> 208, uk 127 ->
    99; gspeed45). The same matches, of the same kinds: the look-behind reads only the text
    before the place, whichever entry is tried there."""
    inner = [
        (kind, entry[len(_AT_WORD_START) : -1])
        for kind, entry in entries
        if entry.startswith(_AT_WORD_START) and _closes_at_end(entry[len(_AT_WORD_START) - 3 :])
    ]
    if len(inner) != len(entries):
        return _grouped(entries)
    return _AT_WORD_START + _grouped(inner) + ")"


def _read_generic(source: str) -> list[tuple[str, str]] | None:
    """(kind, entry) of each entry of a table's pattern scanned over the whole text
    (``_grouped``'s alternation, read back); None where it cannot be read back whole."""
    entries: list[tuple[str, str]] = []
    for piece in _top_level(source):
        opened = _NAMED_GROUP.match(piece)
        if opened is None or not piece.endswith(")"):
            return None
        kind = opened.group(1)
        for alternative in _top_level(piece[opened.end() : -1]):
            if not (alternative.startswith("(?:") and _closes_at_end(alternative)):
                return None
            entries.append((kind, alternative[3:-1]))
    if _grouped(entries) != source:
        return None
    return entries


_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")


def _top_level(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level "|" (none taken off around it)."""
    pieces: list[str] = []
    begun = 0
    for at, char, depth in _syntax(pattern):
        if char == "|" and depth == 0:
            pieces.append(pattern[begun:at])
            begun = at + 1
    pieces.append(pattern[begun:])
    return pieces


# The most texts a run of letters and small classes ("['’]s") is read as; a class of more
# letters than ``_RUN_CLASS_MOST`` ends a run.
_RUN_TEXTS_MOST = 16
_RUN_CLASS_MOST = 4
# A pattern's flags ("(?i:...)", "(?s)"): its letters may match others; nothing is required.
_FLAGGED = re.compile(r"\(\?[aiLmsux-]")


def required_texts(entry: str) -> tuple[frozenset[str], ...]:
    """Sets of texts, each holding one text that any match of the lower-cased ``entry`` has
    in it: "\\w+['’]s\\s+(?:next|first)" gives ({"'s", "’s"}, {"next", "first"}). Read
    from its letters in a row, outside look-arounds and optional parts; () where none can be
    told (a pattern with flags, another Python's parser)."""
    if _FLAGGED.search(entry):
        return ()
    try:
        items = regex_items(entry)
    except re.error:
        return ()
    return () if items is None else tuple(_required_in(items))


def _required_in(items: Sequence[RegexItem]) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    run = {""}  # the texts the letters read in a row so far can be
    for item in items:
        letters = _run_letters(item)
        if letters is not None and len(run) * len(letters) <= _RUN_TEXTS_MOST:
            run = {text + letter for text in run for letter in letters}
            continue
        if run != {""}:
            found.append(frozenset(run))
        run = set(letters) if letters is not None else {""}
        tag = item[0]
        if tag == "group":
            found.extend(_required_in(item[1]))
        elif tag == "repeat" and item[1] >= 1:
            found.extend(_required_in(item[3]))
        elif tag == "branch":
            each = [_required_in(branch) for branch in item[1]]
            if each and all(each):
                # of each branch, its set of the longest shortest text: one of them is there
                found.append(
                    frozenset().union(
                        *(max(sets, key=lambda s: (min(map(len, s)), -len(s))) for sets in each)
                    )
                )
    if run != {""}:
        found.append(frozenset(run))
    return found


def _run_letters(item: RegexItem) -> set[str] | None:
    """The characters ``item`` matches one of where they are few: a letter, or a class that
    lists at most ``_RUN_CLASS_MOST`` letters and nothing else; None otherwise."""
    if item[0] == "char":
        return {item[1]}
    if item[0] == "class" and not item[2] and not item[3] and 0 < len(item[1]) <= _RUN_CLASS_MOST:
        return set(item[1])
    return None


def _grouped(entries: Sequence[tuple[str, str]]) -> str:
    """One alternation with a named group per category, in the order given."""
    by_kind: dict[str, list[str]] = {}
    for kind, entry in entries:
        by_kind.setdefault(kind, []).append(f"(?:{entry})")
    return "|".join(f"(?P<{kind}>{'|'.join(alts)})" for kind, alts in by_kind.items())


_START = re.Match.start


def _kind_of(m: re.Match[str]) -> str:
    return m.lastgroup or ""


@dataclass(frozen=True, slots=True)
class _Term:
    kind: str
    stems: tuple[str, ...]  # one per word; a Chinese term is one "stem", its characters
    family: str


# the fewest letters of a "-ending" family entry that is read on a word's stems too (session 28)
STEM_ENDING = 5


class WordFamilies:
    """Terms named by their dictionary form, found in every inflected form.

    A term of several words ("root canal", "удаление зуба") matches those words in a row.
    """

    def __init__(self, morphology: Morphology, tables: Mapping[str, Iterable[str]]) -> None:
        self.morphology = morphology
        self._index: dict[str, list[_Term]] = {}
        # "-itis": any word with that ending ("tonsillitis"), per kind
        self._suffixes: dict[str, tuple[str, ...]] = {}
        # ... of them, the endings of five letters or more, read on a word's stems too
        # ("-мицин" in "азитромицином"; a short one, "-afil", would end the stem "trafil")
        self._stem_suffixes: dict[str, tuple[str, ...]] = {}
        # "thrombo-": any word with that beginning ("thrombophlebitis"), per kind
        self._prefixes: dict[str, tuple[str, ...]] = {}
        self._stems: dict[str, list[str]] = {}  # a word's candidate stems, remembered
        self._first: dict[str, tuple[_Term, ...]] = {}  # the terms a word can start
        for kind, terms in tables.items():
            for term in terms:
                if term.startswith("-") and len(term) > 2:
                    ending = term[1:].casefold()
                    self._suffixes[kind] = (*self._suffixes.get(kind, ()), ending)
                    if len(ending) >= STEM_ENDING:
                        self._stem_suffixes[kind] = (*self._stem_suffixes.get(kind, ()), ending)
                    continue
                if term.endswith("-") and len(term) > 3 and morphology.segmented:
                    self._prefixes[kind] = (*self._prefixes.get(kind, ()), term[:-1].casefold())
                    continue
                # "tongue tie" and "tongue-tie", "x ray" and "x-ray" are the same term
                for variant in {term, term.replace("-", " "), term.replace(" ", "-")}:
                    self._add(kind, variant)
        # Chinese: the characters a term starts with, found by the regex engine, and at each the
        # terms that go on with the next character too (in the order written): a reply's 1,200
        # comparisons become 100 (950 -> 400 us a 4 KB reply)
        self._by_two: dict[str, tuple[_Term, ...]] = {}
        self._term_starts = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(self._index)) + "]")
            if not morphology.segmented and self._index
            else None
        )

    def _add(self, kind: str, term: str) -> None:
        term = " ".join(term.split())
        if not term:
            return
        if self.morphology.segmented:
            words = [w.group() for w in WORD.finditer(term)]
            if not words:
                raise ValueError(f"the term {term!r} has no word in it")
            stems = tuple(self.morphology.stem(w) for w in words)
            key = stems[0]
        else:
            stems = (term.casefold(),)
            key = stems[0][0]
        self._index.setdefault(key, []).append(_Term(kind, stems, " ".join(stems)))

    def find(self, text: str, split: WordSplit | None = None) -> list[Hit]:
        """The terms' hits in ``text``; ``split``: its words, split once for every language
        whose families read it (a Ukrainian reply with a Latin word is read by English's too)."""
        if not self.morphology.segmented:
            return self._find_unsegmented(text)
        return self._find(text, split)

    def _find(self, text: str, split: WordSplit | None = None) -> list[Hit]:
        index = self._index
        candidates = self.morphology.candidate_stems
        memo = self._stems
        first = self._first
        if len(memo) > 200_000:  # a pasted book: start again rather than grow without end
            memo.clear()
            first.clear()
        words, bounds = split.words() if split is not None else words_and_bounds(text)
        found_at: list[tuple[int, int, _Term]] = []  # (first word, last word, term)
        suffixes = self._suffixes
        stem_suffixes = self._stem_suffixes
        prefixes = self._prefixes
        hyphen_parts = self.morphology.hyphen_parts

        def stems_of(word: str) -> list[str]:
            found = memo.get(word)
            if found is None:
                found = memo[word] = candidates(word)
            return found

        # each word's terms where known (``first``), ``_UNREAD`` where not: the words known to
        # start no term (most of a reply's) are passed over in C, not a step each in Python
        known: list[Any] = list(map(first.get, words, itertools.repeat(_UNREAD)))  # or _UNREAD
        for i in itertools.compress(range(len(words)), known):
            word = words[i]
            terms = known[i]
            if terms is _UNREAD:
                terms = first.get(word, _UNREAD)  # read at its first place in this text
            if terms is _UNREAD:
                found = [t for stem in stems_of(word) for t in index.get(stem, ())]
                folded = word.casefold()
                if len(folded) > 5:
                    named = {t.kind for t in found}  # a listed word keeps its own family
                    ended = False
                    for kind, endings in suffixes.items():
                        # the ending of the word, or a long one of one of its stems: every case
                        # form of a word ending in a morpheme ("азитромицином", "chlorheksydyną":
                        # session 28; not "-afil" in the stem "trafil" of "trafili")
                        long_endings = stem_suffixes.get(kind, ())
                        if folded.endswith(endings) or (
                            long_endings and any(s.endswith(long_endings) for s in stems_of(word))
                        ):
                            ended = True
                            if kind not in named:
                                # named by its shortest stem, so "-scopy" words in other forms agree
                                stems = [s for s in stems_of(word) if len(s) >= 3] or [folded]
                                found.append(_Term(kind, (), min(stems, key=len)))
                    # a beginning and at least three more letters ("thrombosis", not "lymph");
                    # a known ending says more: "cardiologist" is a care word, not a health one
                    if not ended:
                        for kind, starts in prefixes.items():
                            if kind not in named and folded[:-3].startswith(starts):
                                found.append(_Term(kind, (), folded))
                if not found and hyphen_parts and "-" in word:
                    found = self._health_in_parts(word)
                terms = first[word] = tuple(found)
            if not terms:
                continue
            for term in terms:
                last = i + max(len(term.stems), 1) - 1
                if last >= len(words):
                    continue
                rest = range(1, len(term.stems))
                if all(term.stems[k] in stems_of(words[i + k]) for k in rest):
                    found_at.append((i, last, term))
        return [
            Hit(bounds[2 * i], bounds[2 * last + 1], term.kind, term.family)
            for i, last, term in found_at
        ]

    def _health_in_parts(self, word: str) -> list[_Term]:
        """A hyphenated word whose every part is a one-word health term or a short prefix
        ("рефлюкс-езофагіт", "ПЦР-тест", "е-рецепт"): the last part's term, for the whole word
        (Morphology.hyphen_parts). "рентген-кабінет", "крем-знеболювач" name no health detail."""
        found: list[_Term] = []
        for part in word.split("-"):
            terms = [
                term
                for stem in self.morphology.candidate_stems(part)
                for term in self._index.get(stem, ())
                if term.kind == "health" and len(term.stems) == 1
            ]
            if not terms and len(part) >= 4:
                return []
            found = terms
        return found[:1]

    def _find_unsegmented(self, text: str) -> list[Hit]:
        index = self._index
        folded = text.casefold() if not text.isascii() else text.lower()
        if len(folded) != len(text):  # casefold changed lengths ("ß"): match as written
            folded = text
        hits: list[Hit] = []
        if self._term_starts is None:
            return hits
        by_two = self._by_two
        for place in self._term_starts.finditer(folded):
            i = place.start()
            two = folded[i : i + 2]
            terms = by_two.get(two)
            if terms is None:
                if len(by_two) > 50_000:  # a pasted book: start again
                    by_two.clear()
                terms = by_two[two] = tuple(
                    t for t in index[two[0]] if len(t.stems[0]) == 1 or t.stems[0][1] == two[1:]
                )
            for term in terms:
                word = term.stems[0]
                if folded.startswith(word, i) and not _inside_latin_word(folded, i, len(word)):
                    hits.append(Hit(i, i + len(word), term.kind, term.family))
        return hits


# ``WordFamilies._find``'s mark of a word whose terms are not read yet (true, unlike the empty
# tuple of a word known to start none).
_UNREAD: Any = object()

# Where a word cannot go on: neither a letter nor a hyphen or an apostrophe inside a word.
_NO_WORD = re.compile(r"[^\w\-'’]|[\d_]")


def word_pieces(text: str) -> list[tuple[int, int]]:
    """``text`` cut into pieces of about ``PIECE`` characters, each cut where no ``WORD`` can
    run across it: ``WORD.findall`` of each piece in turn gives what it gives of the whole
    text, each call a few milliseconds."""
    pieces = []
    start = 0
    while len(text) - start > PIECE:
        cut = _NO_WORD.search(text, start + PIECE)
        if cut is None:
            break
        pieces.append((start, cut.start()))
        start = cut.start()
    pieces.append((start, len(text)))
    return pieces


# ``WORD`` as the one group of a split: the text between words and the words, in turn.
_WORD_SPLIT = re.compile(f"({WORD.pattern})")


def words_and_bounds(text: str) -> tuple[list[str], list[int]]:
    """``WORD.findall(text)``, and where each word starts and ends: word ``n`` is
    ``text[bounds[2 * n] : bounds[2 * n + 1]]``. The places are summed from the lengths of the
    words and of what lies between them (one split a ``word_pieces`` piece, the sums inside the
    interpreter's C code), not read from a match object a word: ``WordFamilies`` looked for the
    places of its terms' words by walking a ``WORD.finditer`` to them, as long as the rest of
    its reading (gspeed29)."""
    words: list[str] = []
    bounds: list[int] = []
    for start, end in word_pieces(text):
        parts = _WORD_SPLIT.split(text if start == 0 and end == len(text) else text[start:end])
        words.extend(parts[1::2])
        # the sums start at the piece's start: [start, 1st word's start, its end, ..., end]
        bounds.extend(list(itertools.accumulate(map(len, parts), initial=start))[1:-1])
    return words, bounds


class WordSplit:
    """One text's ``words_and_bounds``, split where first asked and then kept: the families of
    each language that reads a reply ask it, and it is the same text (gspeed34)."""

    __slots__ = ("_split", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._split: tuple[list[str], list[int]] | None = None

    def words(self) -> tuple[list[str], list[int]]:
        if self._split is None:
            self._split = words_and_bounds(self.text)
        return self._split


def _inside_latin_word(text: str, start: int, length: int) -> bool:
    """A Latin term in Chinese text ("NT", "HPV") is a word of its own, not part of "dental"."""
    end = start + length
    if not text[start].isascii() or not text[start].isalnum():
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())


def split_clauses(
    text: str, breaks: PhraseSet, abbreviations: frozenset[str]
) -> list[tuple[int, int]]:
    """(start, end) of each clause: sentences, cut again where ``breaks`` match.

    A full stop after an abbreviation ("Dr.", "np.") ends no sentence.
    """
    return split_text(text, breaks, abbreviations)[1]


def split_text(
    text: str, breaks: PhraseSet, abbreviations: frozenset[str]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences and the clauses of ``text``, from one reading of it."""
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        if m.group().startswith("."):
            # the word before the full stop (a window, not the whole text: a pasted megabyte)
            before = text[max(0, m.start() - 24) : m.start()].rsplit(None, 1)
            word = before[-1].casefold() if before else ""
            if word in abbreviations and _unit_ends_sentence(text, m.start() - len(word), m.end()):
                pass  # "... kosztuje 200 zł. Wizyta kontrolna ...": an amount's unit ends one
            elif word in abbreviations or (len(word) == 1 and word.isalpha()):
                continue  # "Dr. Smith", "Anna K. wrote"
            elif word.isdigit() and text[m.end() : m.end() + 3].lstrip()[:1].islower():
                continue  # "po 65. roku życia", "na 2. piętrze": an ordinal, the sentence goes on
        ends.append(m.end())
    cuts = ends + [m.start() for m in breaks.finditer(text)]
    return _pieces(text, ends), _pieces(text, cuts)


def _unit_ends_sentence(text: str, word_start: int, end: int) -> bool:
    """The abbreviation at ``word_start`` follows a figure and its full stop a capital letter: a
    unit or a currency closing a sentence ("200 zł. Wizyta", "2 000 руб. Повторный"), not a
    title ("Dr. Smith" follows no figure) nor a word going on ("w 2010 r. otworzyliśmy")."""
    before = text[max(0, word_start - 2) : word_start].rstrip(" \u00a0")
    after = text[end : end + 3].lstrip()
    return before[-1:].isdigit() and after[:1].isupper()


def _pieces(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    pieces = []
    start = 0
    for cut in sorted(set(cuts)):
        if cut > start:
            pieces.append((start, cut))
            start = cut
    if start < len(text):
        pieces.append((start, len(text)))
    return [(s, e) for s, e in (_trimmed(text, s, e) for s, e in pieces) if e > s]


# What a piece of text is trimmed of in front (``_trimmed``): white space (``\s`` is what
# ``str.isspace`` and ``str.rstrip`` call white space), commas, colons, dashes.
_LEADING = re.compile(r"[\s,;:—–-]*")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without white space, commas, semicolons, colons or dashes in front and
    white space behind (read by the regex engine and ``str.rstrip``, not a step a character)."""
    start = _LEADING.match(text, start, end).end()  # type: ignore[union-attr]  # (matches "")
    return start, start + len(text[start:end].rstrip())


class ClauseIndex:
    """Which clause an offset falls in: clauses are sorted and do not overlap."""

    def __init__(self, clauses: Sequence[tuple[int, int]]) -> None:
        self.clauses = list(clauses)
        self._starts = [s for s, _ in self.clauses]

    def of(self, offset: int) -> int:
        """The number of the clause holding ``offset`` (the one before it, between clauses)."""
        found = bisect.bisect_right(self._starts, offset) - 1
        return found if found > 0 else 0
