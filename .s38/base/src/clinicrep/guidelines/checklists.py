"""Reply checklists: what a good reply to each kind of review does, checked as the user types.

Each item is checked automatically where a machine can tell (a thank-you, a phone number, a
forbidden word) and is a manual tick where only a person can (are the facts right?). The
editor shows the list; ``checklist_passes`` says whether nothing is missing or wrong.
The word lists live in resources/guidelines/<language>.toml; every language's list is applied,
so a reply is judged the same whatever language the review was detected in.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from clinicrep.guidelines.confidentiality import (
    ConfidentialityFinding,
    FindingCode,
    guard_reply,
)
from clinicrep.guidelines.engine import (
    RegexItem,
    case_partners,
    first_match,
    lowered,
    lowered_pattern,
    regex_items,
)
from clinicrep.guidelines.kinds import ReplyKind
from clinicrep.guidelines.lexicon import LANGUAGES, all_first_names, lexicon
from clinicrep.i18n import list_text, then_text
from clinicrep.labels import platform_label
from clinicrep.model import Platform, Review, Status, Topic, utc_now
from clinicrep.settings import Settings, answer_clock

# Google documents 4,096 bytes for a review reply. Where a platform's limit is not documented
# in PLATFORM-NOTES, the same limit is used: it is the strictest we know, and short replies read
# better anyway.
PLATFORM_REPLY_LIMIT_BYTES: dict[Platform, int] = {Platform.GOOGLE: 4096}
DEFAULT_REPLY_LIMIT_BYTES = 4096
# Below this a reply reads as a brush-off. Chinese packs a word into one or two characters, so a
# Han character counts three times.
MIN_REPLY_WEIGHT = 40
HOLDING_REPLY_MAX_WEIGHT = 700
# Two replies this similar read as copy-paste to anyone who scrolls the practice's page.
COPY_SIMILARITY = 0.85

_PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


class ItemState(StrEnum):
    OK = "ok"
    MISSING = "missing"  # something the reply should do is not there
    PROBLEM = "problem"  # something the reply must not do is there
    MANUAL = "manual"  # only a person can tell: tick it in the editor


@dataclass(frozen=True, slots=True)
class ChecklistItemResult:
    id: str
    label: str
    state: ItemState
    hint: str = ""
    span: tuple[int, int] | None = None  # where the problem is, for PROBLEM items


@dataclass(slots=True)
class ReplyContext:
    """What the checklist needs beyond the reply and the review."""

    settings: Settings = field(default_factory=Settings)
    other_replies: Sequence[str] = ()  # the practice's other published replies
    ticked: Collection[str] = ()  # ids of manual items the user ticked
    confirmed_overrides: Collection[str] = ()  # keys of guard findings the user overrode
    now: datetime | None = None
    # the guard's findings for this text when the caller has them (the editor does): the
    # guard then runs once, not once per item that needs it
    findings: Sequence[ConfidentialityFinding] | None = None
    # where the reply goes: "api" (clinicrep publishes it), "site" (no reply API: the user
    # pastes it on the review's page), "offline" (feedback given in person or on paper)
    answered_on: str = "api"


def _guard(text: str, review: Review, context: ReplyContext) -> Sequence[ConfidentialityFinding]:
    if context.findings is not None:
        return context.findings
    return guard_reply(text, review, context.settings)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One entry of a checklist word list: ``pattern`` (case-blind, as written) decides; its
    ``gate`` (the entry in lower case, without the look-behind, run on ``lowered`` text: a
    plain scan the regex engine does many times faster) finds where it can match."""

    pattern: re.Pattern[str]
    gate: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class _WordList:
    entries: tuple[_Entry, ...]
    # letters of lower-case text that the case-blind patterns take for one of theirs though
    # their lower case differs ("ı" for "i", "ſ" for "s", "ᲂ" for "о"): a text with one is
    # checked the slow, exact way
    unsafe: re.Pattern[str] | None


@functools.cache
def _word_list(key: str) -> _WordList:
    # an entry two languages share ("[!?]{2,}") is looked for once: the first decides
    first: dict[str, re.Pattern[str]] = {}
    for code in LANGUAGES:
        for pattern in lexicon(code).checklist.get(key, ()):
            first.setdefault(pattern.pattern, pattern)
    entries = []
    letters: set[str] = set()
    for pattern in first.values():
        source = pattern.pattern.removeprefix(r"(?<!\w)")
        gated = lowered_pattern(source)
        named = _letters_of(gated)
        entries.append(_Entry(pattern, None if named is None else re.compile(gated)))
        letters |= named or set()
    partners = case_partners(letters)
    if partners is None:  # another Python: every text the exact way
        return _WordList(tuple(entries), re.compile(r"[\s\S]"))
    if not partners:
        return _WordList(tuple(entries), None)
    return _WordList(
        tuple(entries), re.compile("[" + "".join(map(re.escape, sorted(partners))) + "]")
    )


def _letters_of(source: str) -> set[str] | None:
    """The characters a lower-cased entry names, or None when its gate could miss a match of
    the case-blind entry (a negative class or look-around, a back-reference) or this Python's
    regex parser cannot be read (``regex_items``)."""
    try:
        items = regex_items(source)
    except re.error:
        return None
    letters: set[str] = set()

    def walk(sequence: Sequence[RegexItem]) -> bool:
        for item in sequence:
            tag = item[0]
            if tag == "char":
                letters.add(item[1])
            elif tag == "class":
                if item[3]:  # negated, or a range too wide to list
                    return False
                letters.update(item[1])
            elif tag == "branch":
                if not all(walk(branch) for branch in item[1]):
                    return False
            elif tag == "group":
                if not walk(item[1]):
                    return False
            elif tag == "repeat":
                if not walk(item[3]):
                    return False
            elif tag not in ("at", "any", "category"):
                return False
        return True

    ok = items is not None and walk(items)
    # a letter whose lower case is another length, or that the regex engine lowers otherwise
    if not ok or any(
        (c.isspace() and c != " ")  # lowered text has spaces only
        or (c.isalpha() and c.lower() != c)  # the engine would lower it otherwise
        for c in letters
    ):
        return None
    return letters


def _search(key: str, text: str) -> re.Match[str] | None:
    """The first entry of ``key``'s list (in every language, in order) that the text says, at
    its first place: the entries' own ``search``, found with their gates on lower-case text
    where that finds the same."""
    words = _word_list(key)
    low = lowered(text)
    if low is not None and words.unsafe is not None and first_match(words.unsafe, low):
        low = None
    for entry in words.entries:
        found = first_match(entry.pattern, text, gate=entry.gate, low=low)
        if found:
            return found
    return None


def _weight(text: str) -> int:
    return len(text.strip()) + 2 * len(_HAN.findall(text))


def _present(item_id: str, label: str, key: str, text: str, hint: str) -> ChecklistItemResult:
    """OK when the reply says what ``key`` lists, MISSING otherwise."""
    if _search(key, text):
        return ChecklistItemResult(item_id, label, ItemState.OK)
    return ChecklistItemResult(item_id, label, ItemState.MISSING, hint)


def _absent(item_id: str, label: str, key: str, text: str, hint: str) -> ChecklistItemResult:
    """PROBLEM (with where) when the reply says what ``key`` lists, OK otherwise."""
    found = _search(key, text)
    if found:
        return ChecklistItemResult(
            item_id, label, ItemState.PROBLEM, hint.format(words=found.group(0)), found.span()
        )
    return ChecklistItemResult(item_id, label, ItemState.OK)


def _manual(item_id: str, label: str, hint: str, ticked: Collection[str]) -> ChecklistItemResult:
    state = ItemState.OK if item_id in ticked else ItemState.MANUAL
    return ChecklistItemResult(item_id, label, state, "" if state == ItemState.OK else hint)


# -- the items ----------------------------------------------------------------
def _thank(text: str) -> ChecklistItemResult:
    return _present(
        "thank_personally",
        QCoreApplication.translate("Checklist", "Thank the reviewer personally"),
        "thanks",
        text,
        QCoreApplication.translate(
            "Checklist",
            "Start with a personal thank-you; use the reviewer's first name if they showed one.",
        ),
    )


def _credit_team(text: str, review: Review) -> ChecklistItemResult:
    named = review.analysis is not None and Topic.NAMED_PRAISE in review.analysis.topics
    hint = (
        QCoreApplication.translate(
            "Checklist",
            "Pass the praise on to the person the reviewer named, or to the whole team.",
        )
        if named
        else QCoreApplication.translate("Checklist", "Pass the praise on to the team.")
    )
    return _present(
        "credit_team",
        QCoreApplication.translate("Checklist", "Credit the team"),
        "team",
        text,
        hint,
    )


def _invite_back(text: str) -> ChecklistItemResult:
    return _present(
        "invite_back",
        QCoreApplication.translate("Checklist", "Invite them back in a general way"),
        "invite",
        text,
        QCoreApplication.translate(
            "Checklist",
            "Say the practice is always glad to help, without mentioning a past or next visit.",
        ),
    )


def _answer_promptly(review: Review, context: ReplyContext) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "Answer promptly")
    now = context.now or utc_now()
    hours = (now - review.created_at).total_seconds() / 3600
    if answer_clock(context.settings).within_limit(hours):
        return ChecklistItemResult("answer_promptly", label, ItemState.OK)
    days = max(1, int(hours // 24))
    # one literal per call, no comment inside it: lupdate then reads the %n
    if context.answered_on == "site":  # nothing is published from here: say what she does
        hint = QCoreApplication.translate(
            "Checklist",
            "This review is %n day(s) old. Paste the reply on its page today and confirm here.",
            "",
            days,
        )
    elif context.answered_on == "offline":
        hint = QCoreApplication.translate(
            "Checklist",
            "This feedback is %n day(s) old. Answer the patient today, then mark it answered.",
            "",
            days,
        )
    else:
        hint = QCoreApplication.translate(
            "Checklist", "This review is %n day(s) old. Publish the reply today.", "", days
        )
    return ChecklistItemResult("answer_promptly", label, ItemState.MISSING, hint)


def _regret(text: str) -> ChecklistItemResult:
    return _present(
        "acknowledge_regret",
        QCoreApplication.translate("Checklist", "Acknowledge the experience and express regret"),
        "regret",
        text,
        QCoreApplication.translate(
            "Checklist",
            "Say you are sorry about the experience, without admitting any clinical fault.",
        ),
    )


def _no_fault(text: str) -> ChecklistItemResult:
    return _absent(
        "no_fault_admitted",
        QCoreApplication.translate("Checklist", "Do not admit clinical fault"),
        "no_fault",
        text,
        QCoreApplication.translate(
            "Checklist", "“{words}” admits fault. Express regret for the experience instead."
        ),
    )


def _next_step(text: str) -> ChecklistItemResult:
    return _present(
        "next_step",
        QCoreApplication.translate("Checklist", "Offer a concrete next step"),
        "next_step",
        text,
        QCoreApplication.translate(
            "Checklist",
            "Say what will happen next, for example ask them to call so you can look into it.",
        ),
    )


def _offline(text: str, settings: Settings) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "Move the conversation offline")
    contacts = [c for c in (settings.contact_phone, settings.contact_email) if c.strip()]
    # a phone number starts at most one sign ("+") before a figure, an address holds an "@":
    # looked for from there (on a pasted megabyte each search was 0.1-0.3 s)
    digit = first_match(_DIGIT, text)
    if (
        (digit is not None and first_match(_PHONE, text, max(0, digit.start() - 1)))
        or ("@" in text and first_match(_EMAIL, text))
        or any(c.strip() in text for c in contacts)
        or _search("offline", text)
    ):
        return ChecklistItemResult("offline", label, ItemState.OK)
    return ChecklistItemResult(
        "offline",
        label,
        ItemState.MISSING,
        QCoreApplication.translate(
            "Checklist",
            "Give a phone number, an e-mail address or a named contact, so the case is not "
            "discussed in public. Your contact details are set in Settings.",
        ),
    )


def _stay_calm(text: str, ticked: Collection[str]) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "Stay calm: no blame, no argument, no sarcasm")
    found = _search("calm", text)
    if found:
        return ChecklistItemResult(
            "stay_calm",
            label,
            ItemState.PROBLEM,
            QCoreApplication.translate(
                "Checklist", "“{words}” may read as blame or argument. Rephrase it calmly."
            ).format(words=found.group(0)),
            found.span(),
        )
    return _manual(
        "stay_calm",
        label,
        QCoreApplication.translate("Checklist", "Read the reply once as the reviewer would."),
        ticked,
    )


# where a sentence ends (and what ends it): . ! ? … then a space; 。！？ (Chinese needs no
# space); a dash before a signature on the same line ("Thank you! — Anna", "谢谢！——李医生")
_SENTENCE_BREAK = re.compile(r"[.!?…]+\s+|[。！？]+\s*|\s+[—–-]+\s*|——\s*")
_LAST_WORD = re.compile(r"(\w+)\.$")
# lower-case abbreviations before a name ("dr. Nowak", "lek. Anna", "им. Пирогова")
_SMALL_ABBREVIATIONS = frozenset({"dr", "lek", "mgr", "inż", "prof", "doc", "im", "им", "ім"})
_STATEMENT_END = "!?。！？"  # a question or a sentence to the reader is no signature
_SIGN_OFF_WORDS = 10
_SIGN_OFF_HAN = 20
_WORD = re.compile(r"\w+(?:['’]\w+)?")


def _abbreviation(text: str) -> bool:
    """Whether ``text`` ends in an abbreviation's full stop ("Dr.", "lek."), not a sentence's."""
    found = _LAST_WORD.search(text)
    if found is None:
        return False
    word = found.group(1)
    return (len(word) <= 3 and word[0].isupper()) or word.casefold() in _SMALL_ABBREVIATIONS


# Characters before a full stop looked at for an abbreviation: a longer word is none anyway.
_ABBREVIATION_WINDOW = 64


# The end of a long line read for its last sentence (a pasted megabyte is one line).
_TAIL = 4_096
_WORD_CHARACTER = re.compile(r"\w")


def _last_sentence(line: str) -> tuple[str, int]:
    """The last sentence of one line, and how many the line has (a long line's end with two
    sentences in it: 2, the sentences before them uncounted, as only "fewer than two" tells)."""
    if len(line) > 2 * _TAIL:
        # read from just after a letter near the end: no sentence break runs across it, so
        # the breaks after it are the line's own, and the sentences after the first of them
        # are as the whole line's reading gives them (17,000 sentences read took 0.4-1 s)
        letter = _WORD_CHARACTER.search(line, len(line) - _TAIL)
        if letter is not None:
            parts, exact_from = _sentences(line, letter.end())
            if exact_from is not None and exact_from < len(parts):
                return parts[-1].strip(" —–-"), 2
    parts, _exact_from = _sentences(line, 0)
    return (parts[-1].strip(" —–-") if parts else ""), len(parts)


def _sentences(line: str, start: int) -> tuple[list[str], int | None]:
    """The sentences of ``line[start:]``, and how many of them came before the end of its
    first sentence break (None: no break): those after it do not depend on ``start``."""
    parts: list[str] = []
    exact_from = None
    for found in _SENTENCE_BREAK.finditer(line, start):
        piece = line[start : found.start()] + found.group(0).strip()
        # the word before the stop, from a short window: the whole line's prefix made a 1 MB
        # one-line paste quadratic (17,000 stops x 1 MB), freezing the editor for minutes
        before = line[max(0, found.start() - _ABBREVIATION_WINDOW) : found.start() + 1]
        if found.group(0).startswith(".") and _abbreviation(before):
            continue  # "Dr. Nowak": one sentence
        if piece.strip(" —–-"):
            parts.append(piece)
        start = found.end()
        if exact_from is None:
            exact_from = len(parts)
    if line[start:].strip():
        parts.append(line[start:])
    return parts, exact_from


def sign_off(text: str) -> str:
    """The reply's sign-off, where a name or a role signs it: its last line, or, when it is
    one line, that line's last sentence; "" when it has none (one sentence only, or an
    ending that is a sentence to the reader: a question, an exclamation, a Chinese 。, a
    sentence of its own with a full stop, or too long for a signature)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    ending, sentences = _last_sentence(lines[-1])
    if len(lines) == 1 and sentences < 2:
        return ""  # the whole reply is one sentence: nothing signs it
    if not ending or ending[-1] in _STATEMENT_END:
        return ""
    words = _WORD.findall(ending)
    if len(words) > _SIGN_OFF_WORDS or len(_HAN.findall(ending)) > _SIGN_OFF_HAN:
        return ""
    if ending.endswith(".") and not _abbreviation(ending):
        # "Anna, practice manager." or "The team." sign; "Our doctor will call you." speaks
        if not re.search(r"[,—–]", ending) and len(words) > 3:
            return ""
    return ending


def _signed(text: str, settings: Settings) -> ChecklistItemResult:
    """A sign-off at the end (the last line, or the last sentence of a one-line reply) with
    the signer of the settings, a role or a first name: a role word anywhere else ("医生会
    继续努力", "Our doctor will call you.") signs nothing."""
    label = QCoreApplication.translate("Checklist", "Sign with a name or role")
    signer = settings.signer.strip()
    ending = sign_off(text)
    names = _first_names()
    if ending and (
        (signer and signer.casefold() in ending.casefold())
        or _search("role", ending)
        or any(word in names for word in _WORD.findall(ending))
    ):
        return ChecklistItemResult("signed", label, ItemState.OK)
    return ChecklistItemResult(
        "signed",
        label,
        ItemState.MISSING,
        QCoreApplication.translate(
            "Checklist", "End with a name or a role, for example “Anna, practice manager”."
        ),
    )


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(all_first_names())


def _source(text: str) -> ChecklistItemResult:
    return _present(
        "source",
        QCoreApplication.translate("Checklist", "Give a source for the facts"),
        "source",
        text,
        QCoreApplication.translate(
            "Checklist",
            "Say where the facts can be checked: a public register, an official page or a link.",
        ),
    )


def _consultation(text: str) -> ChecklistItemResult:
    return _present(
        "invite_consultation",
        QCoreApplication.translate("Checklist", "Invite them to talk it through"),
        "consultation",
        text,
        QCoreApplication.translate(
            "Checklist",
            "Offer a consultation or a conversation where their questions can be answered.",
        ),
    )


def _no_attack(text: str) -> ChecklistItemResult:
    return _absent(
        "no_personal_attack",
        QCoreApplication.translate("Checklist", "No personal attack"),
        "attack",
        text,
        QCoreApplication.translate(
            "Checklist", "“{words}” attacks the reviewer. Correct the facts, not the person."
        ),
    )


def _short_holding(text: str) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "Keep the holding reply short")
    if _weight(text) <= HOLDING_REPLY_MAX_WEIGHT:
        return ChecklistItemResult("short_holding", label, ItemState.OK)
    return ChecklistItemResult(
        "short_holding",
        label,
        ItemState.MISSING,
        QCoreApplication.translate(
            "Checklist",
            "Say only that you take it seriously and will be in touch; the owner answers the rest.",
        ),
    )


def _escalated(review: Review) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "Escalate to the owner")
    if review.status == Status.ESCALATED:
        return ChecklistItemResult("escalated", label, ItemState.OK)
    return ChecklistItemResult(
        "escalated",
        label,
        ItemState.MISSING,
        QCoreApplication.translate(
            "Checklist", "Mark the review as escalated so the owner is told; the step is logged."
        ),
    )


def _confidential(text: str, review: Review, context: ReplyContext) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "Nothing that reveals a patient")
    open_findings = [
        f
        for f in _guard(text, review, context)
        if not f.overridable or f.key not in context.confirmed_overrides
    ]
    if not open_findings:
        return ChecklistItemResult("confidential", label, ItemState.OK)
    # every rule broken, once each: two findings in the same words are two rules to fix
    rules = list_text(dict.fromkeys(f.rule_label for f in open_findings))
    hint = then_text(
        QCoreApplication.translate(
            "Checklist", "%n problem(s) are underlined in the reply.", "", len(open_findings)
        ),
        QCoreApplication.translate("Checklist", "Rules: {rules}.").format(rules=rules),
    )
    first = open_findings[0]
    return ChecklistItemResult(
        "confidential", label, ItemState.PROBLEM, hint, (first.start, first.end)
    )


def _no_incentive(text: str, review: Review, context: ReplyContext) -> ChecklistItemResult:
    """The guard's reward rule, shown as a checklist item too: one rule, one place."""
    label = QCoreApplication.translate("Checklist", "No reward for reviews")
    rewards = [f for f in _guard(text, review, context) if f.code == FindingCode.REWARD]
    if not rewards:
        return ChecklistItemResult("no_incentive", label, ItemState.OK)
    first = rewards[0]
    hint = QCoreApplication.translate(
        "Checklist",
        "“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.",
    ).format(words=first.text)
    return ChecklistItemResult(
        "no_incentive", label, ItemState.PROBLEM, hint, (first.start, first.end)
    )


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _not_copied(text: str, others: Sequence[str]) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "Written for this review")
    mine = _normalised(text) if others else ""  # nothing to compare with: not read at all
    for other in others:
        theirs = _normalised(other)
        if not mine or not theirs:
            continue
        matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
        # The cheap upper bounds first: most replies differ at a glance.
        if matcher.real_quick_ratio() < COPY_SIMILARITY or matcher.quick_ratio() < COPY_SIMILARITY:
            continue
        if matcher.ratio() >= COPY_SIMILARITY:
            return ChecklistItemResult(
                "not_copied",
                label,
                ItemState.PROBLEM,
                QCoreApplication.translate(
                    "Checklist",
                    "This reply is almost the same as one already published. Make it personal.",
                ),
            )
    return ChecklistItemResult("not_copied", label, ItemState.OK)


def reply_limit_bytes(platform: Platform | None) -> int:
    """The longest reply, in UTF-8 bytes, that the platform accepts."""
    if platform is None:
        return DEFAULT_REPLY_LIMIT_BYTES
    return PLATFORM_REPLY_LIMIT_BYTES.get(platform, DEFAULT_REPLY_LIMIT_BYTES)


def _length(text: str, review: Review) -> ChecklistItemResult:
    label = QCoreApplication.translate("Checklist", "A sensible length")
    size = len(text.encode("utf-8"))
    limit = reply_limit_bytes(review.platform)
    if size > limit:
        hint = QCoreApplication.translate(
            "Checklist", "The reply is {size} bytes long; {platform} accepts at most {limit}."
        ).format(
            size=size,
            limit=limit,
            platform=platform_label(review.platform)
            or QCoreApplication.translate("Checklist", "the platform"),
        )
        return ChecklistItemResult("length", label, ItemState.PROBLEM, hint)
    if _weight(text) < MIN_REPLY_WEIGHT:
        return ChecklistItemResult(
            "length",
            label,
            ItemState.MISSING,
            QCoreApplication.translate(
                "Checklist", "The reply is very short. Add a sentence or two."
            ),
        )
    return ChecklistItemResult("length", label, ItemState.OK)


def evaluate_checklist(
    kind: ReplyKind, reply_text: str, review: Review, *, context: ReplyContext | None = None
) -> list[ChecklistItemResult]:
    """The checklist of ``kind`` for this reply, then the items every reply must pass."""
    ctx = context or ReplyContext()
    text = reply_text
    items: list[ChecklistItemResult]
    if kind == ReplyKind.PRAISE:
        items = [_thank(text), _credit_team(text, review), _invite_back(text)]
    elif kind == ReplyKind.NEUTRAL:
        items = [_thank(text), _offline(text, ctx.settings), _signed(text, ctx.settings)]
    elif kind == ReplyKind.MIXED:
        items = [
            _thank(text),
            _regret(text),
            _no_fault(text),
            _next_step(text),
            _offline(text, ctx.settings),
            _signed(text, ctx.settings),
        ]
    elif kind == ReplyKind.COMPLAINT:
        items = [
            _answer_promptly(review, ctx),
            _regret(text),
            _no_fault(text),
            _next_step(text),
            _offline(text, ctx.settings),
            _stay_calm(text, ctx.ticked),
            _signed(text, ctx.settings),
        ]
    elif kind == ReplyKind.MISINFORMATION:
        items = [
            _manual(
                "facts",
                QCoreApplication.translate("Checklist", "Correct the facts"),
                QCoreApplication.translate(
                    "Checklist", "Check that every fact in the reply is true and can be shown."
                ),
                ctx.ticked,
            ),
            _source(text),
            _consultation(text),
            _no_attack(text),
        ]
    else:
        items = [_short_holding(text), _escalated(review)]
    return items + [
        _confidential(text, review, ctx),
        _no_incentive(text, review, ctx),
        _not_copied(text, ctx.other_replies),
        _length(text, review),
    ]


def checklist_passes(results: Sequence[ChecklistItemResult]) -> bool:
    """True when nothing is missing or wrong (manual items left unticked do not block)."""
    return all(r.state in (ItemState.OK, ItemState.MANUAL) for r in results)
