"""Echoes of the review by meaning: a reply's part repeats the review when every word of it that
says something is the review's own, by its first letters or by a meaning group the review names
too ([echo] groups in resources/guidelines/<lang>.toml: swelling / swollen / puffy, мама /
матушка, booked / booking), and its figures are the review's figures ("10" / "десять" / "十").

Such a part adds no new information and confirms nothing the reviewer did not make public: the
guard reads it as an echo. A condition, a result, a date or a name the review did not give is a
word of its own, and the part is no echo."""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
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
    # session 32 (gen32): what an echo may say beside the review's words, read by form
    # endings a word of ``common`` takes and stays one: "needing", "feeling", "hoped"
    common_endings: tuple[str, ...] = ()
    # ordinals read as figures: an ending and what replaces it ("thirtieth" -> "thirty")
    ordinal_endings: tuple[tuple[str, str], ...] = ()
    # a clock time in the review ("9:40", "8am") names the meaning groups of these words
    clock: re.Pattern[str] | None = None
    clock_words: tuple[str, ...] = ()
    wait_words: tuple[str, ...] = ()  # ... and two clock times name these: a wait
    # the practice's feeling: the word right after these ("we're delighted", "we are proud")
    feeling_after: tuple[tuple[str, ...], ...] = ()
    # the verb between an act told as a gerund and its judgement ("being told ... is wrong")
    copulas: tuple[tuple[str, ...], ...] = ()
    gerund_endings: tuple[str, ...] = ()
    whose: frozenset[str] = frozenset()  # words that say whose a thing is: "your"
    joints: frozenset[str] = frozenset()  # words that join two feelings: "and"
    # session 35 (gecho35): prefixes a review's word may carry and stay of its family: "rebook"
    # is of "book" ("your booking"), "reschedule" of "schedule"
    prefixes: tuple[str, ...] = ()
    # ... and the words after which a number word is a pronoun, no figure: "your little one",
    # "no one", "every one"
    pronoun_after: frozenset[str] = frozenset()
    # ... and the words that make the care word after them the reader's ("Ваш психолог рада"):
    # a care relationship told, never the practice's feeling about the review's story
    care_owner: frozenset[str] = frozenset()
    # session 37 (gecho37): the words that open a coordinated part of a clause after a comma
    # (", and the home physio team will be so proud of your grandma"): an echo is read in the
    # part that holds the finding, not in the part before it ("... is a big milestone")
    part_joints: frozenset[str] = frozenset()
    # session 44 (gfa44en), one reading since session 45 (gfa45en): the finding kinds whose own
    # phrase said back from the review is the review's account whatever its clause goes on to
    # say ("when you rang" after "Called to ask"): how far an echo reaches. en:
    # confirms_patient; ru/uk/pl/zh none (their sets label such a phrase news when its clause
    # adds anything: only the whole part is read, confidentiality.repeats_review)
    phrase_echo: frozenset[str] = frozenset()
    # session 45 (gfa45en): the practice's own words ("our", "us"): a phrase with one ties
    # the care to the practice, no account of the reviewer's said back in other words
    # ... and the kinds read by their phrase only inside what the reply reports the review
    # told (en: care, the relationship a care word makes with its "you")
    reported_phrase_echo: frozenset[str] = frozenset()
    ours: frozenset[str] = frozenset()
    vague_amounts: frozenset[str] = frozenset()  # ... and "many", "long": no figure, no fact
    # session 45 (gecho45): a care relationship in the reply ("years on our list", "ви давно
    # лікуєтеся у нас"; a group ``name``: the clinician) and the review's own statement of one
    # ("I've been on their list for years", "давно лікуюся у них"): relationships_said_back
    relationship_told: re.Pattern[str] | None = None
    relationship_in_review: re.Pattern[str] | None = None


@cache
def echo_data(language: str) -> EchoData:
    code = normalise_language(language)
    with resource("guidelines", f"{code}.toml").open("rb") as f:
        table = tomllib.load(f).get("echo", {})
    lex = lexicon(code)
    groups = tuple(
        tuple(str(w).casefold() for w in group) for group in table.get("groups", ()) if group
    )
    common = frozenset(
        str(w).casefold() for w in (*table.get("common", ()), *table.get("common_closed", ()))
    )
    numbers = {str(k).casefold(): int(v) for k, v in lex.number_words.items()}
    numbers.update({str(k).casefold(): int(v) for k, v in table.get("numbers", {}).items()})
    multipliers = {str(k).casefold(): int(v) for k, v in lex.number_multipliers.items()}
    multipliers.update({str(k).casefold(): int(v) for k, v in table.get("multipliers", {}).items()})
    clock = table.get("clock")
    return EchoData(
        groups=groups,
        multipliers=multipliers,
        common=common | lex.echo_skip | lex.echo_filler,
        numbers=numbers,
        letters=lex.echo_letters or _LETTERS,
        language=code,
        common_endings=tuple(str(e) for e in table.get("common_endings", ())),
        ordinal_endings=tuple((str(a), str(b)) for a, b in table.get("ordinal_endings", ())),
        clock=re.compile(str(clock), re.IGNORECASE) if clock else None,
        clock_words=tuple(str(w).casefold() for w in table.get("clock_words", ())),
        wait_words=tuple(str(w).casefold() for w in table.get("wait_words", ())),
        feeling_after=_phrases(table.get("feeling_after", ())),
        copulas=_phrases(table.get("copulas", ())),
        gerund_endings=tuple(str(e) for e in table.get("gerund_endings", ())),
        whose=frozenset(str(w).casefold() for w in table.get("whose", ())),
        joints=frozenset(str(w).casefold() for w in table.get("joints", ())),
        prefixes=tuple(str(w).casefold() for w in table.get("prefixes", ())),
        pronoun_after=frozenset(str(w).casefold() for w in table.get("pronoun_after", ())),
        care_owner=frozenset(str(w).casefold() for w in table.get("care_owner", ())),
        part_joints=frozenset(str(w).casefold() for w in table.get("part_joints", ())),
        phrase_echo=frozenset(str(k) for k in table.get("phrase_echo", ())),
        reported_phrase_echo=frozenset(str(k) for k in table.get("reported_phrase_echo", ())),
        ours=frozenset(str(w).casefold() for w in table.get("ours", ())),
        vague_amounts=frozenset(str(w).casefold() for w in table.get("vague_amounts", ())),
        relationship_told=_pattern(table.get("relationship_told", ())),
        relationship_in_review=_pattern(table.get("relationship_in_review", ())),
    )


def _pattern(entries: Iterable[object]) -> re.Pattern[str] | None:
    """One pattern of a list of [echo] patterns, or None where there is none."""
    found = [str(e) for e in entries]
    return re.compile("|".join(f"(?:{e})" for e in found), re.IGNORECASE) if found else None


def relationships_said_back(
    text: str, clause: tuple[int, int], review_text: str, language: str
) -> list[tuple[int, int]]:
    """Session 45 (gecho45): the spans of ``text`` in ``clause`` that tell a care relationship
    ([echo] relationship_told: "after so many years on our list", "ви давно лікуєтеся у нас")
    the review itself states in its own person and words ([echo] relationship_in_review: "I've
    been on their list for years", "давно лікуюся у них"), with no figure the review does not
    give ("after fifteen years with us" after "since 1998" tells a figure of its own); a
    clinician the phrase names (a group whose name starts with ``name``) is said back where the
    review names them ("terrified before Dr Okoye took you on" after "Dr Okoye is amazing").
    The practice's "our" against the review's "their" is one relationship, from its other side."""
    data = echo_data(language)
    if data.relationship_told is None or not review_text:
        return []
    found = []
    stated: bool | None = None
    for m in data.relationship_told.finditer(text, clause[0], clause[1]):
        name = next((g for k, g in m.groupdict().items() if k.startswith("name") and g), None)
        if name is not None:
            said = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", review_text, re.IGNORECASE)
            if said is not None:
                found.append(m.span())
            continue
        if stated is None:
            stated = bool(
                data.relationship_in_review is not None
                and data.relationship_in_review.search(review_text)
            )
        if stated and _values(m.group(), data) <= _values(review_text, data):
            found.append(m.span())
    return found


def _unprefixed(words: Iterable[str], data: EchoData) -> list[str]:
    """The review's words without a prefix of the language's [echo] prefixes, where what is left
    still says something ("rebook" -> "book"): the same word family, read as the review's own."""
    return [
        word[len(p) :]
        for word in words
        for p in data.prefixes
        if word.casefold().startswith(p) and len(word) - len(p) >= _SHORTEST
    ]


def _phrases(entries: Iterable[object]) -> tuple[tuple[str, ...], ...]:
    """Phrases as their words in lower case, longest first: "we are", "can feel"."""
    found = {tuple(WORD.findall(str(e).casefold())) for e in entries}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


def is_common(folded: str, data: EchoData) -> bool:
    """A word that says nothing of a case ([echo] common), in any of the forms its
    ``common_endings`` make: "needing" and "needed" are "need"'s, "hoping" is "hope"'s."""
    if folded in data.common:
        return True
    for ending in data.common_endings:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            base = folded[: -len(ending)]
            if base in data.common or base + "e" in data.common:
                return True
            if len(base) > 3 and base[-1] == base[-2] and base[:-1] in data.common:
                return True  # "stopped", "getting": the consonant doubled before the ending
    return False


def _number(folded: str, data: EchoData) -> int | None:
    """A number word's value, an ordinal's too ("thirtieth" -> 30, "fourth" -> 4)."""
    if folded in data.numbers:
        return data.numbers[folded]
    for ending, instead in data.ordinal_endings:
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            value = data.numbers.get(folded[: -len(ending)] + instead)
            if value:
                return value
    return None


def _stems(word: str, data: EchoData) -> tuple[str, ...]:
    """The stems a word may be built on ("dniu", "dnia" -> "dni"): its inflected forms agree.
    Remembered by language and word (``_known_stems``): a check asks some 30 words' stems,
    and a language's ``candidate_stems`` is not compiled with the guard (languages/*.py: 4 us
    a word, with the module looked up by name each time)."""
    key = (data.language, word)
    found = _known_stems.get(key)
    if found is None:
        if len(_known_stems) > _KNOWN_STEMS_MOST:  # a pasted book: start again
            _known_stems.clear()
        rules = morphology(data.language)
        found = _known_stems[key] = (
            tuple(s for s in rules.candidate_stems(word) if len(s) >= 3) if rules.segmented else ()
        )
    return found


# (language, word) -> its stems of three letters or more (``_stems``)
_known_stems: dict[tuple[str, str], tuple[str, ...]] = {}
_KNOWN_STEMS_MOST = 50_000


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
    before = ""
    for word in [*WORD.findall(text), ""]:
        folded = word.casefold()
        value = _number(folded, data) if folded and before not in data.pronoun_after else None
        before = folded
        if value is not None:
            current += value
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
    words += _unprefixed(words, data)
    groups: set[int] = set()
    for word in words:
        groups |= _groups_of_word(word, data)
    han = "".join(_HAN.findall(review_text))
    if han:
        groups |= _groups_in_han(han, data)
    values = _values(review_text, data)
    if data.clock is not None and data.clock.search(review_text):
        # "seen at 11" after "a 9:40 appointment" is told again as "well over an hour", and
        # "4:15 on Monday" as "a Monday afternoon": a clock time means the hours of the day
        for word in data.clock_words:
            groups |= _groups_of_word(word, data)
        waits = _waits(review_text, data.clock)
        values |= waits
        for word in data.wait_words if waits else ():
            groups |= _groups_of_word(word, data)  # two times tell of a wait: "waiting"
    return ReviewEcho(
        starts=frozenset(w.casefold()[: data.letters] for w in words if len(w) >= _SHORTEST),
        groups=frozenset(groups),
        values=frozenset(values),
        pairs=frozenset(han[k : k + 2] for k in range(len(han) - 1)),
        short=frozenset(w.casefold() for w in words if len(w) < _SHORTEST),
        stems=frozenset(s for w in words for s in _stems(w, data)),
    )


def figure_of(word: str, language: str) -> int | None:
    """The value of a number word or an ordinal ("nine", "third", "thirtieth"), or None."""
    return _number(word.casefold(), echo_data(language))


def _waits(review_text: str, clock: re.Pattern[str]) -> set[int]:
    """The minutes (and whole hours) between two clock times of the review: "45 minutes late"
    after "appointment at 8:30, saw the doctor at 9:15" is the review's own wait."""
    times = []
    for m in clock.finditer(review_text):
        figures = [int(d) for d in _DIGITS.findall(m.group())]
        minutes = figures[0] % 12 * 60 + (figures[1] if len(figures) > 1 else 0)
        times.append(minutes + (720 if "p" in m.group().casefold() else 0))
    # from each time to every later one in the review, on a twelve-hour dial ("10:30 ... seen at
    # 12" is ninety minutes)
    waits = {(b - a) % 720 for k, a in enumerate(times) for b in times[k + 1 :]} - {0}
    return waits | {w // 60 for w in waits if w % 60 == 0}


def names_review_hours(word: str, review_text: str, language: str) -> bool:
    """Session 36 (gneg36): the word names a part of the day (a meaning group of [echo]
    clock_words: "утром", "зранку", "rano", "morning") and the review gives a clock time
    ([echo] clock): "в понедельник утром" after "Записан на понедельник на 8:30" tells the
    hours the review itself gave."""
    data = echo_data(language)
    if data.clock is None or not data.clock_words or not data.clock.search(review_text):
        return False
    named: set[int] = set()
    for clock_word in data.clock_words:
        named |= _groups_of_word(clock_word, data)
    return bool(_groups_of_word(word, data) & named)


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


# where a part of a clause ends: a judgement runs no further ("..., and facing another six weeks")
_PART_END = re.compile(r"[,;:—–()]|\s-\s")


class _Starts:
    """The findings' start offsets, sorted: is one of them in a span (found by halving)."""

    def __init__(self, facts: Sequence[tuple[int, int]]) -> None:
        self.starts = sorted(s for s, _ in facts)

    def within(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, start)
        return k < len(self.starts) and self.starts[k] < end


def _judged(
    text: str, words: list[re.Match[str]], data: EchoData, skip: frozenset[str], facts: _Starts
) -> list[tuple[int, int]]:
    """The judgements of acts the clause tells as gerunds ("Being told in front of a full
    waiting room ... | is embarrassing and wrong", "Needing four attempts ... | is painful"):
    in each part of the clause (to a comma) that opens with a gerund, from its last copula to
    the part's end, where that holds no fact (no finding, no figure, no "your"): it says how
    the practice sees the act, nothing of the case."""
    if not data.copulas or not data.gerund_endings:
        return []
    found = []
    ends = [*(m.start() for m in _PART_END.finditer(text)), len(text)]
    at = 0  # the first word of the part
    for end in ends:
        first = at
        while at < len(words) and words[at].start() < end:
            at += 1
        span = _judgement(words[first:at], data, skip, end)
        if span is None:
            continue
        s, e = span
        if _DIGITS.search(text, s, e) or facts.within(s, e):
            continue
        found.append(span)
    return found


def _judgement(
    words: list[re.Match[str]], data: EchoData, skip: frozenset[str], end: int
) -> tuple[int, int] | None:
    """In one part of a clause: from the last copula after an opening gerund to ``end``."""
    folded = [m.group().casefold() for m in words]
    first = next((k for k, w in enumerate(folded) if len(w) >= _SHORTEST and w not in skip), None)
    if first is None or not folded[first].endswith(data.gerund_endings):
        return None
    for k in range(len(words) - 1, first, -1):  # the last copula: the main verb's
        if any(tuple(folded[k : k + len(c)]) == c for c in data.copulas):
            if any(w in data.whose for w in folded[k:]):
                return None  # "is something your dentist will check": whose, not how
            return words[k].start(), end
    return None


def _feelings(words: list[re.Match[str]], data: EchoData, facts: _Starts) -> set[int]:
    """The words that tell the practice's own feeling about what the review tells ("we're
    delighted the nurse ...", "we are so proud"): the word right after an [echo]
    feeling_after phrase and the intensifiers of [echo] common, and one joined to it by a
    [echo] joint ("proud and grateful"); not a gerund ("we're booking you in") nor a finding."""
    if not data.feeling_after:
        return set()
    folded = [m.group().casefold() for m in words]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data.feeling_after:
        by_first.setdefault(phrase[0], []).append(phrase)
    found: set[int] = set()
    for k, word in enumerate(folded):
        for phrase in by_first.get(word, ()):
            n = len(phrase)
            if tuple(folded[k : k + n]) != phrase:
                continue
            at = k + n
            while at < len(folded) and folded[at] in data.common and at < k + n + 3:
                at += 1  # "we're so very", "we are truly"
            for j in (at, at + 2):
                if j >= len(folded) or folded[j].endswith(data.gerund_endings):
                    break
                if j == at + 2 and folded[at + 1] not in data.joints:
                    break
                if facts.within(words[j].start(), words[j].end()):
                    break
                found.add(j)
            break  # the longest phrase that starts here
    return found


def repeats_review(
    text: str,
    review: ReviewEcho,
    language: str,
    skip: frozenset[str],
    facts: Sequence[tuple[int, int]] = (),
) -> bool:
    """Every word of ``text`` that says something (four letters or more, not ``skip``: the
    reviewer's name, nor [echo] common in any of its forms) is the review's own, and so is
    every figure: the part only repeats the review. False where it has no such word at all.
    Since session 32 the practice's own feeling ("we're delighted") and its judgement of an
    act told as a gerund ("being told ... is embarrassing") are no words of the case; ``facts``
    (the findings' spans in ``text``) are never read so."""
    data = echo_data(language)
    words = list(WORD.finditer(text))
    held = _Starts(facts)
    judged = _judged(text, words, data, skip, held)
    told, at = [], 0
    for s, e in judged:
        told.append(text[at:s])
        at = e
    told.append(text[at:])
    if not _values(" ".join(told), data) <= review.values:
        return False
    feelings = _feelings(words, data, held)
    said = False
    spans = iter(judged)
    span = next(spans, None)
    for k, m in enumerate(words):
        while span is not None and span[1] <= m.start():
            span = next(spans, None)
        if span is not None and span[0] <= m.start():
            continue  # how the practice judges the act the clause tells
        word = m.group()
        folded = word.casefold()
        if folded in skip or k in feelings:
            continue  # the reviewer's name: whom the reply is for; how the practice feels
        if _HAN.match(word):
            if not _han_echoes(word, review, data):
                return False
            said = True
            continue
        if len(word) < _SHORTEST or is_common(folded, data):
            continue
        if _number(folded, data) is not None or folded in data.multipliers:
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
    group; a short word as written or by a meaning group): "soreness" after "sore",
    "пломбирования" after "пломбу", "ból" after "bolał"."""
    data = echo_data(language)
    for word in WORD.findall(text):
        if _HAN.match(word):
            if not _han_echoes(word, review, data):
                return False
        elif len(word) < _SHORTEST:
            # a three-letter term as written ("зуб", "ВИЧ"); "с", "of", "po" name nothing;
            # session 37 (gecho37): or by a meaning group the review names too ("ból" after
            # "bolał mnie ząb")
            if (
                len(word) > 2
                and word.casefold() not in review.short | data.common
                and not _groups_of_word(word, data) & review.groups
            ):
                return False
        elif word.casefold() not in data.common and not word_echoes(word, review, language):
            return False
    return True
