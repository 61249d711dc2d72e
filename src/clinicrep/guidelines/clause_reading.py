"""Whom a clause is about and what it asserts of them: the guard's reading for the rules
confirms_patient and new_information, from each language's ``[reading]`` table.

A clause is about the reviewer when it speaks to them (a second-person pronoun, a verb ending
of the second person, Polish "Pan"/"Pani" not followed by a title or another person's name) or
names them; a "you" inside a generic phrase ("if you ever", "you can always call us") is anyone.
What the clause asserts is read by word families (stems): a care relationship ("treated",
"your file", "saw you") or something the review did not say (a cancellation, a letter on file).
The combination decides; the same words in a clause about the practice or people in general
are nothing. The data is in ``resources/guidelines/<lang>.toml`` ([reading]); see
resources/guidelines/README.md.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from clinicrep.guidelines.engine import WORD
from clinicrep.guidelines.lexicon import normalise_language
from clinicrep.paths import resource

# What a clause asserts of the reviewer, as the reading names it.
CARE = "care"
NEWS = "news"
# a care word that counts only right after a possessive of theirs ("your file", "您的资料")
OWNED = "owned"


def _stems_pattern(stems: Iterable[str], *, segmented: bool) -> re.Pattern[str] | None:
    """Words starting with one of ``stems`` (in lower case); anywhere for Chinese."""
    alternatives = sorted({s.casefold() for s in stems if s}, key=len, reverse=True)
    if not alternatives:
        return None
    # a stem ending in "$" is a whole word: "saw you$" is not "saw your comments"
    body = "|".join(
        re.escape(s[:-1]) + r"(?!\w)" if s.endswith("$") else re.escape(s) + r"[\w'’-]*"
        for s in alternatives
    )
    return re.compile(rf"(?<!\w)(?:{body})" if segmented else f"(?:{body})")


def _phrases(entries: Sequence[str]) -> re.Pattern[str] | None:
    for entry in entries:
        re.compile(entry)  # a broken entry fails here, naming itself
    return re.compile("|".join(f"(?:{e})" for e in entries)) if entries else None


@dataclass(frozen=True, slots=True)
class Reading:
    """One language's reading data (``[reading]`` in its TOML file)."""

    segmented: bool  # words between spaces (False for Chinese: stems match anywhere)
    you_words: frozenset[str]  # second-person pronouns and possessives, every form
    you_endings: tuple[str, ...]  # verb endings of the second person ("-ете", "-cie")
    past_endings: tuple[str, ...]  # past-tense endings that are "you" beside a you-word ("-ли")
    not_verbs: frozenset[str]  # words with such an ending that are no verb ("дети", "życie")
    prepositions: frozenset[str]  # before a noun whose case ending looks like a verb's: "в анкете"
    polite: frozenset[str]  # "Pan", "Pani": the reviewer unless a title or a name follows
    titles: frozenset[str]  # "doktor": "Pani doktor Nowak" is a member of staff
    generic: re.Pattern[str] | None  # where "you" is anyone: "if you ever", "you can always"
    care: re.Pattern[str] | None  # stems of a care relationship: "treated you", "examin"
    owned: re.Pattern[str] | None  # ... that count only as theirs: "your file", "your records"
    news: re.Pattern[str] | None  # stems of what a review may not have said: "cancel"
    anyone: re.Pattern[str] | None  # people in general: "most people", "всем желающим"
    timetable: re.Pattern[str] | None  # the practice's hours and prices: "every Monday", "每周"
    echo_letters: int  # a news word whose first letters the review has is the review's own

    def person_spans(
        self, text: str, low: str, start: int, end: int, reviewer_name: str = ""
    ) -> list[tuple[int, int]]:
        """Where ``text[start:end]`` speaks to the reviewer: its pronouns, verb endings and
        polite forms, outside the generic phrases."""
        generic = (
            [(m.start(), m.end()) for m in self.generic.finditer(low, start, end)]
            if self.generic
            else []
        )
        found: list[tuple[int, int]] = []
        words = list(WORD.finditer(text, start, end)) if self.segmented else []
        own_name = {w.casefold()[:4] for w in WORD.findall(reviewer_name) if len(w) >= 3}
        for i, m in enumerate(words):
            word = m.group().casefold()
            if any(s <= m.start() < e for s, e in generic):
                continue
            if word in self.you_words:
                found.append(m.span())
            elif word in self.polite:
                after = words[i + 1].group() if i + 1 < len(words) else ""
                if after.casefold() in self.titles:
                    continue  # "Pani doktor Nowak": a member of staff
                if after[:1].isupper() and not text[m.end() : words[i + 1].start()].strip():
                    if after.casefold()[:4] not in own_name:
                        continue  # "Pani Anna, która ...": someone else, by name
                    if text[words[i + 1].end() : words[i + 1].end() + 1] in ",!":
                        continue  # "Pani Lucyno, cena ...": a greeting, not what it says
                found.append(m.span())
            elif (
                len(word) >= 5
                and word.endswith(self.you_endings)
                and word not in self.not_verbs
                and not (i and words[i - 1].group().casefold() in self.prepositions)
            ):
                found.append(m.span())  # "ходите к нам", "przyszliście": a verb of "you"
        if not self.segmented:
            for pronoun in self.you_words:
                at = low.find(pronoun, start, end)
                while at >= 0:
                    if not any(s <= at < e for s, e in generic):
                        found.append((at, at + len(pronoun)))
                    at = low.find(pronoun, at + len(pronoun), end)
        return found

    def past_of_you(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Past-tense verbs of the clause ("пришли"): "you" when their sentence speaks to the
        reviewer with a pronoun (the caller knows)."""
        if not self.past_endings:
            return []
        return [
            m.span()
            for m in WORD.finditer(text, start, end)
            if len(m.group()) >= 5
            and m.group().casefold() not in self.not_verbs
            and m.group().casefold().endswith(self.past_endings)
        ]

    def asserted(
        self, low: str, start: int, end: int, review_low: str
    ) -> list[tuple[str, int, int]]:
        """What the clause asserts: care-relationship words, and news words the review did
        not use (by their first ``echo_letters`` letters; anywhere in a Chinese review)."""
        found: list[tuple[str, int, int]] = []
        for what, pattern in ((CARE, self.care), (OWNED, self.owned), (NEWS, self.news)):
            if pattern is None:
                continue
            for m in _windowed(pattern, low, start, end):
                if not self._echoed(m.group(), review_low):
                    found.append((what, m.start(), m.end()))
        return found

    def _echoed(self, word: str, review_low: str) -> bool:
        """The review has the word (by its first ``echo_letters`` letters): "your visit" after
        "my visit", "you didn't hear back" after "never heard back" repeat what it says."""
        if not review_low:
            return False
        if not self.segmented:
            return word in review_low
        head = word.split()[0]
        head = head[: self.echo_letters] if self.echo_letters else head
        return re.search(rf"(?<!\w){re.escape(head)}", review_low) is not None


# A pasted megabyte is read in windows: no single regex call holds the interpreter (and so the
# window's thread) for the whole text; a stem is far shorter than the overlap.
_WINDOW = 8192
_OVERLAP = 96


def _windowed(pattern: re.Pattern[str], low: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(low, start, end)`` in windows of ``_WINDOW`` characters, each match
    once (those starting in a window's overlap belong to the next window)."""
    at = start
    done = start  # the end of the last match: none overlaps it
    while at < end:
        stop = min(end, at + _WINDOW)
        for m in pattern.finditer(low, at, min(end, stop + _OVERLAP)):
            if m.start() >= stop:
                break
            if m.start() >= done:
                done = m.end()
                yield m
        at = stop


@cache
def reading(language: str) -> Reading | None:
    """The language's reading, or None where its TOML file has no [reading] table."""
    code = normalise_language(language)
    data = tomllib.loads(resource("guidelines", f"{code}.toml").read_bytes().decode("utf-8"))
    table = data.get("reading")
    if not table:
        return None
    segmented = bool(table.get("segmented", True))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in table.get(key, []))

    return Reading(
        segmented=segmented,
        you_words=words("you"),
        you_endings=tuple(str(e).casefold() for e in table.get("you_endings", [])),
        past_endings=tuple(str(e).casefold() for e in table.get("past_endings", [])),
        not_verbs=words("not_verbs"),
        prepositions=words("prepositions"),
        polite=words("polite"),
        titles=words("titles"),
        generic=_phrases(table.get("generic", [])),
        care=_stems_pattern(table.get("care", []), segmented=segmented),
        owned=_stems_pattern(table.get("owned", []), segmented=segmented),
        news=_stems_pattern(table.get("news", []), segmented=segmented),
        anyone=_phrases(table.get("anyone", [])),
        timetable=_phrases(table.get("timetable", [])),
        echo_letters=int(table.get("echo_letters", 5)),
    )


def speaks_to_reviewer(
    text: str, low: str, language: str, start: int, end: int, reviewer_name: str = ""
) -> bool:
    """``text[start:end]`` speaks to the reviewer (a pronoun, a verb of the second person, a
    polite form, 您/你) outside the phrases where "you" is anyone; True where the language has
    no reading (nothing is decided by it)."""
    data = reading(language)
    if data is None:
        return True
    return bool(data.person_spans(text, low, start, end, reviewer_name))


def said_of_anyone(low: str, language: str, start: int, end: int, *, health: bool) -> bool:
    """``low[start:end]`` is general information: it speaks of people in general ("most
    people", "всем желающим", "所有居民") or, but for a health word, of the practice's timetable
    and prices ("every Monday", "a standard clean costs")."""
    data = reading(language)
    if data is None:
        return False
    patterns = (data.anyone,) if health else (data.anyone, data.timetable)
    return any(p is not None and p.search(low, start, end) is not None for p in patterns)


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """A clause the reading finds a problem in: ``what`` (CARE or NEWS) it asserts of the
    reviewer, ``text[start:end]`` being the clause."""

    start: int
    end: int
    what: str


def read_clauses(
    text: str,
    low: str,
    language: str,
    clauses: Sequence[tuple[int, int]],
    sentence_of: Sequence[int],
    *,
    review_text: str = "",
    named: Sequence[tuple[int, int]] = (),
    excluded: Callable[[int, int], Sequence[tuple[int, int]]] | None = None,
    reviewer_name: str = "",
) -> list[ClauseReading]:
    """The clauses of ``text`` that assert a care relationship or new information of the
    reviewer. ``sentence_of[i]`` numbers clause i's sentence; ``named`` are the places the
    reply names the reviewer (not greeting them); ``excluded(start, end)`` gives the spans of
    a clause said of anyone (conditions, privacy statements), where nothing counts. Only the
    clauses that assert something are read for whom they are about (a pasted megabyte)."""
    data = reading(language)
    if data is None:
        return []
    review_low = review_text.casefold()
    hits = data.asserted(low, 0, len(text), review_low)
    if not hits:
        return []
    if not data.segmented:  # "热情接待正是我们的追求，很高兴您感受到了": a comma parts two clauses
        clauses, sentence_of = _at_commas(text, clauses, sentence_of, [s for _, s, _ in hits])
    starts = [start for start, _ in clauses]
    asserted: dict[int, list[tuple[str, int, int]]] = {}
    for what, s, e in hits:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and s < clauses[i][1]:
            asserted.setdefault(i, []).append((what, s, e))
    outside: dict[int, Sequence[tuple[int, int]]] = {}
    persons: dict[int, list[tuple[int, int]]] = {}

    def excluded_in(i: int) -> Sequence[tuple[int, int]]:
        if i not in outside:
            outside[i] = excluded(*clauses[i]) if excluded else ()
        return outside[i]

    def person(i: int) -> list[tuple[int, int]]:
        if i not in persons:
            start, end = clauses[i]
            spans = data.person_spans(text, low, start, end, reviewer_name)
            spans += [(s, e) for s, e in named if start <= s < end]
            persons[i] = [
                (s, e) for s, e in spans if not any(a <= s < b for a, b in excluded_in(i))
            ]
        return persons[i]

    def sentence_spoken(i: int) -> bool:
        """Another clause of the sentence speaks to the reviewer: "-ли" past tenses are theirs."""
        j = i
        while j > 0 and sentence_of[j - 1] == sentence_of[i]:
            j -= 1
        while j < len(clauses) and sentence_of[j] == sentence_of[i]:
            if j != i and person(j):
                return True
            j += 1
        return False

    found = []
    for i in sorted(asserted):
        start, end = clauses[i]
        said = [
            (what, s, e)
            for what, s, e in asserted[i]
            if not any(a <= s < b for a, b in excluded_in(i))
        ]
        if not said:
            continue
        about_them = bool(person(i)) or (
            bool(data.past_of_you(text, start, end)) and sentence_spoken(i)
        )
        if not about_them:
            continue  # said of the practice or of people in general
        said = [
            (CARE if what == OWNED else what, s, e)
            for what, s, e in said
            if what != OWNED or _right_after(text, person(i), s)
        ]
        for what in (CARE, NEWS):
            if any(w == what for w, _, _ in said):
                found.append(ClauseReading(start, end, what))
    return found


def _right_after(text: str, spans: Sequence[tuple[int, int]], at: int) -> bool:
    """A span of ``spans`` ends right before ``at``: "your file", "您的资料" (not "ваши слова
    доктору", whose doctor is no one's in particular)."""
    return any(e <= at and not text[e:at].strip(" 的") for _, e in spans)


def _at_commas(
    text: str,
    clauses: Sequence[tuple[int, int]],
    sentence_of: Sequence[int],
    places: Sequence[int],
) -> tuple[list[tuple[int, int]], list[int]]:
    """The clauses cut again at every comma, each keeping its sentence's number; only those
    that hold one of ``places`` and the others of their sentences (a pasted megabyte)."""
    starts = [start for start, _ in clauses]
    wanted = {sentence_of[bisect.bisect_right(starts, at) - 1] for at in places}
    pieces: list[tuple[int, int]] = []
    numbers: list[int] = []
    for (start, end), number in zip(clauses, sentence_of, strict=True):
        if number not in wanted:
            pieces.append((start, end))
            numbers.append(number)
            continue
        at = start
        for m in _COMMA.finditer(text, start, end):
            pieces.append((at, m.start()))
            numbers.append(number)
            at = m.end()
        pieces.append((at, end))
        numbers.append(number)
    return pieces, numbers


_COMMA = re.compile(r"[，,、]")
