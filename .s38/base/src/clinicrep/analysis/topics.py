"""What a review speaks of: waiting, staff, reception, outcome, billing ... (model.Topic).

Each language has ``resources/lexicons/topics_<lang>.txt``: one section per topic, with words,
stems and phrases, ``[not_a_topic]`` for look-alikes and ``[waiting_room]`` for the room where
patients wait (the waiting topic unless its sentence speaks of the premises). A review can
have several topics. "Praise of a named person" needs a name after a title ("Dr Smith",
"pani doktor Nowak", "доктор Иванова", "王医生") in a sentence that is positive.
"""

from __future__ import annotations

import re
from bisect import bisect
from collections.abc import Sequence
from functools import cache

from clinicrep.analysis.aspects import AILMENTS, BODY, CHANGE, NOT_AN_ASPECT, RELIEF
from clinicrep.analysis.lexicon import (
    SENTENCE_MARK,
    Match,
    Matcher,
    matcher,
    read_together,
    section_names,
    tokenize,
)
from clinicrep.model import Topic

_SENTENCE_END = re.compile(r"[.!?;\n。！？；…]+")
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_NAME = rf"[{_UPPER}][\w'’-]+"
# Common Chinese surnames: a surname followed by a title is how patients name a doctor.
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
_ZH_NAMED = re.compile(rf"[{_ZH_SURNAMES}](?:医生|大夫|护士|主任|教授|院长|老师)")


@cache
def _title_pattern(lang: str) -> re.Pattern[str] | None:
    titles = [term for term, _ in _sections(lang).get("titles", [])]
    if not titles:
        return None
    alternatives = "|".join(
        re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t)
        for t in sorted(titles, key=len, reverse=True)
    )
    # The title in any case, then one or two capitalised words: the person's name. The
    # lookahead, true wherever a title starts, lets the engine skip in C to the letters a
    # title can start with (a story with a title: 95 -> 50 us).
    initials = "".join(sorted({re.escape(t[0]) for t in titles}))
    return re.compile(
        rf"(?i:(?=[{initials}]))(?i:\b(?:{alternatives}))\.?\s+({_NAME}(?:\s+{_NAME})?)"
    )


def _sections(lang: str) -> dict[str, list[tuple[str, str]]]:
    from clinicrep.analysis.lexicon import load_sections

    return load_sections(f"topics_{lang}")


def _lang(lang: str) -> str:
    return lang if lang in ("en", "ru", "uk", "pl", "zh") else "en"


def detect_topics(text: str, lang: str) -> list[Topic]:
    """The topics ``text`` speaks of, in model.Topic order (without named praise)."""
    lang = _lang(lang)
    m = _topic_matcher(lang)
    if not m:
        return []
    tokens: tuple[str, ...] = ()
    if lang == "zh":
        lowered = text.lower()  # (read by both matchers)
        hits = m.find_chars(lowered)
    else:
        tokens = tokenize(text)
        hits = m.find(tokens)
    found = {match.value for match in hits}
    found.discard(NOT_A_TOPIC)
    if _OUTCOME not in found:
        body = _body_matcher(lang)
        if lang == "zh":
            changed = _body_changed(body.find_chars(lowered), text, tokens, lang)
        else:
            changed = _body_changed(body.find(tokens), text, tokens, lang)
        if changed:
            found.add(_OUTCOME)
    if WAITING_ROOM in found:
        found.discard(WAITING_ROOM)
        if lang == "zh":
            ends = [end.start() for end in _SENTENCE_END.finditer(text)]
        else:
            ends = [i for i, token in enumerate(tokens) if token == SENTENCE_MARK]
        if _room_names_the_wait(hits, ends):
            found.add(_WAITING)
    return [t for value, t in _TOPIC_ORDER if value in found] if found else []


# The room where patients wait names the waiting time, unless the sentence naming it speaks
# of the premises: "czekałam w poczekalni" and "the waiting room was packed" are waiting,
# "poczekalnia czysta", "候诊室很干净" are not (as analysis/aspects.py reads its clauses; the
# Topics column said "waiting" for a clean waiting room while the aspect chips did not).
WAITING_ROOM = "waiting_room"
_WAITING = Topic.WAITING.value
_PREMISES = Topic.CLEANLINESS.value


def _room_names_the_wait(hits: list[Match], ends: list[int]) -> bool:
    """Whether a sentence names the waiting room and not the premises (``ends``: where the
    sentences end, in the units of the matches' starts)."""
    rooms = {bisect(ends, h.start) for h in hits if h.value == WAITING_ROOM}
    premises = {bisect(ends, h.start) for h in hits if h.value == _PREMISES}
    return bool(rooms - premises)


# The outcome told by the body, as the aspect reader reads it (aspects.BODY): a body part, an
# ailment or dental work and a word of change or relief in one sentence ("the filling fell out
# within a month", "отёк спал", "疹子淡了"). The words are the aspect lexicon's, so the Topics
# column and the outcome chip read the same ones.
_OUTCOME = Topic.OUTCOME.value
_BODY_SECTIONS = frozenset((BODY, AILMENTS))


@cache
def _body_matcher(lang: str) -> Matcher:
    # (with the look-alikes, matched and left out as there: "снова заболело ухо" is a new
    # illness, "cracked a molar" the accident that brought the patient)
    sections = (BODY, AILMENTS, CHANGE, RELIEF, NOT_AN_ASPECT)
    return read_together(lang, matcher(f"aspects_{lang}", *sections))


def _body_changed(hits: list[Match], text: str, tokens: Sequence[str], lang: str) -> bool:
    """Whether a sentence of ``text`` names the body and a change of it (see _OUTCOME)."""
    if len(hits) < 2:
        return False
    sections = {h.section for h in hits}
    if (CHANGE not in sections and RELIEF not in sections) or _BODY_SECTIONS.isdisjoint(sections):
        return False  # (most texts: the sentences' ends are not worth finding)
    if lang == "zh":
        ends = [end.start() for end in _SENTENCE_END.finditer(text)]
    else:
        ends = [i for i, token in enumerate(tokens) if token == SENTENCE_MARK]
    bodies = {bisect(ends, h.start) for h in hits if h.section in _BODY_SECTIONS}
    changes = (h for h in hits if h.section == CHANGE or h.section == RELIEF)
    return any(bisect(ends, h.start) in bodies for h in changes)


# (value, topic) in model.Topic order: iterating the enum and reading .value costs more than
# the matching on a short review
_TOPIC_ORDER = tuple((t.value, t) for t in Topic)


# A section of look-alikes that name no topic ("в первую очередь" is not a queue): matched like
# the topics' terms, so that a shorter term inside them is not, and then dropped.
NOT_A_TOPIC = "not_a_topic"


@cache
def _topic_matcher(lang: str) -> Matcher:
    name = f"topics_{lang}"
    sections = [
        s
        for s in section_names(name)
        if s in Topic._value2member_map_ or s in (NOT_A_TOPIC, WAITING_ROOM)
    ]
    return read_together(lang, matcher(name, *sections))


@cache
def _title_matcher(lang: str) -> Matcher:
    return read_together(lang, matcher(f"topics_{lang}", "titles"))


def named_sentences(text: str, lang: str) -> list[tuple[str, str]]:
    """(sentence, name) for each sentence that names a person with a title.

    The whole text is searched once (most reviews name nobody); the sentence is then the text
    between the sentence marks around the title and the name, so "Dr. Smith" stays one sentence.
    """
    lang = _lang(lang)
    pattern = _ZH_NAMED if lang == "zh" else _title_pattern(lang)
    if pattern is None:
        return []
    if lang != "zh" and not _title_matcher(lang).find(tokenize(text)):
        return []  # no title anywhere: skip the regular expression (most long stories)
    result: list[tuple[str, str]] = []
    start = scanned = 0
    for found in pattern.finditer(text):
        name = found.group(0) if lang == "zh" else found.group(1)
        # the sentence marks are read on from the last title, not from the text's start (a
        # title starts with a letter, so no run of marks reaches over it)
        for end_mark in _SENTENCE_END.finditer(text, scanned, found.start()):
            start = end_mark.end()
        scanned = max(scanned, found.start())
        after = _SENTENCE_END.search(text, found.end())
        end = after.start() if after else len(text)
        if not result or result[-1][0] != text[start:end]:
            result.append((text[start:end], name))
    return result
