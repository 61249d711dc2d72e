"""The composed reply draft: offline, instant, in the review's language, built per aspect.

A greeting with the public first name, then per aspect the review praises a thank-you that
credits the team, per aspect it blames an apology without admission and what the practice
does about that kind of problem (its own facts from Settings where it gave them), an
invitation to talk offline with the practice's contact, facts for misinformation, a holding
reply for a crisis, and the practice's signature. Phrases come from
``resources/drafting/<lang>.toml``, chosen by a choice seeded by the practice and the review,
so the same review gets the same draft and two reviews rarely get the same one.

Every draft is checked with the guard and the checklist before it is offered: a phrase or a
practice fact that fails is swapped for another, and a draft too close to one of the
practice's recent replies is composed again with another seed.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication

from clinicrep.drafting.names import polite_name
from clinicrep.guidelines.checklists import ItemState, ReplyContext, evaluate_checklist
from clinicrep.guidelines.confidentiality import guard_reply
from clinicrep.guidelines.kinds import ReplyKind, classify_review
from clinicrep.guidelines.templates import contact_pattern, reply_language
from clinicrep.model import Aspect, AspectOpinion, Review, Sentiment
from clinicrep.paths import resource
from clinicrep.settings import Settings

# A month of the practice's replies is what a new draft must not repeat (issue 21).
RECENT_DAYS = 30
_ATTEMPTS = 24  # each is a few milliseconds; most drafts pass at the first
# Checklist items about the review's state, not the reply's words: a draft cannot pass them.
STATE_ITEMS = frozenset({"answer_promptly", "escalated"})
CREDENTIALS = "credentials"  # the practice_facts key of the facts stated to misinformation


@dataclass(frozen=True, slots=True)
class DraftSentence:
    """One sentence of a draft: where it is, what it does and which aspect it answers."""

    start: int
    end: int
    role: str  # greeting, thanks, credit, apology, action, privacy, invitation, facts, ...
    aspect: Aspect | None = None
    polarity: Sentiment | None = None


@dataclass(frozen=True, slots=True)
class DraftProblem:
    """What the guard or the checklist still finds in a draft (empty for a composed one)."""

    id: str  # the checklist item's id, or "guard:<code>"
    message: str  # one translated sentence
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    language: str
    kind: ReplyKind
    sentences: tuple[DraftSentence, ...] = ()
    problems: tuple[DraftProblem, ...] = ()
    origin: str = "composed"  # "composed" or "ai"
    note: str = ""  # why the composed draft is offered instead of an AI draft

    @property
    def passes(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class _Bank:
    language: str
    lists: dict[str, tuple[str, ...]]
    praise: dict[Aspect, tuple[str, ...]]
    complaint: dict[Aspect, tuple[str, ...]]
    action: dict[Aspect, tuple[str, ...]]
    topic: dict[Aspect, str]
    fill: dict[str, str]


@cache
def phrase_bank(language: str) -> _Bank:
    with resource("drafting", f"{language}.toml").open("rb") as f:
        data = tomllib.load(f)

    def per_aspect(section: str) -> dict[Aspect, tuple[str, ...]]:
        return {Aspect(k): tuple(v) for k, v in data.get(section, {}).items()}

    lists = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
    # [combine]: a sentence made of parts, every opening with every ending (more variety
    # from a few lines: what keeps a month of short thank-yous from reading alike)
    joiner = "" if language == "zh" else " "
    for key, parts in data.get("combine", {}).items():
        made = tuple(joiner.join(p) for p in itertools.product(*parts))
        lists[key] = lists.get(key, ()) + made
    fill = {k: v for k, v in data.items() if isinstance(v, str)}
    return _Bank(
        language=language,
        lists=lists,
        praise=per_aspect("praise"),
        complaint=per_aspect("complaint"),
        action=per_aspect("action"),
        topic={Aspect(k): str(v) for k, v in data.get("topic", {}).items()},
        fill=fill,
    )


def fact_key(language: str, subject: str) -> str:
    """The key of a practice fact in ``Settings.practice_facts``: "en:waiting"."""
    return f"{language}:{subject}"


def practice_fact(settings: Settings, language: str, subject: str) -> str:
    """What the practice entered about ``subject`` for replies in ``language``, as a sentence."""
    fact = " ".join(settings.practice_facts.get(fact_key(language, subject), "").split())
    if fact and fact[-1] not in ".!?。！？":
        fact += "。" if language == "zh" else "."
    return fact


def contact_phrase(settings: Settings, language: str) -> str:
    pattern = contact_pattern(phrase_bank(language).fill, settings)
    return pattern.format(
        phone=settings.contact_phone.strip(), email=settings.contact_email.strip()
    )


def _seed(review: Review, settings: Settings, attempt: int) -> int:
    key = f"{settings.practice_name}|{review.source_id}|{review.external_id}|{attempt}"
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


# A member of staff the review praises by title and name ("Dr. Hughes", "Nurse Kelly",
# "王医生"). Only where the name can stand in the sentence as written: Slavic languages would
# need its case, so their drafts credit the team by role.
_NAMED_STAFF: dict[str, tuple[tuple[re.Pattern[str], Aspect], ...]] = {
    "en": (
        (re.compile(r"\b(?:Dr\.?|Doctor)\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b"), Aspect.DOCTOR),
        (re.compile(r"\bNurse\s+([A-Z][a-z]+)\b"), Aspect.NURSE),
    ),
    "zh": (
        (re.compile(r"([\u4e00-\u9fff])(?:医生|大夫)"), Aspect.DOCTOR),
        (re.compile(r"([\u4e00-\u9fff])护士"), Aspect.NURSE),
    ),
}
_STAFF_FORMS = {
    ("en", Aspect.DOCTOR): "Dr {name}",
    ("en", Aspect.NURSE): "Nurse {name}",
    ("zh", Aspect.DOCTOR): "{name}医生",
    ("zh", Aspect.NURSE): "{name}护士",
}


def named_staff(review: Review, language: str, opinion: AspectOpinion) -> str:
    """The member of staff the review praises for ``opinion`` ("Dr Hughes"), or '' where
    none is named or it is unclear which of several names the praise is for."""
    text = "\n".join(t for t in (review.title, review.text) if t)
    for pattern, of in _NAMED_STAFF.get(language, ()):
        if of != opinion.aspect:
            continue
        found = list(pattern.finditer(text))
        names = {m.group(1) for m in found}
        if len(names) > 1:  # "Dr Lee was great, Dr Smith rude": the praised one's sentence
            words = opinion.words.casefold()
            found = [m for m in found if words and words in _sentence_of(text, m)]
            names = {m.group(1) for m in found}
        if len(names) == 1:
            return _STAFF_FORMS[(language, opinion.aspect)].format(name=names.pop())
    return ""


def _sentence_of(text: str, match: re.Match[str]) -> str:
    """The sentence around a name (the dot of "Dr." inside the match ends nothing)."""
    start = max(text.rfind(c, 0, match.start()) for c in ".!?\n。！？") + 1
    ends = [i for i in (text.find(c, match.end()) for c in ".!?\n。！？") if i >= 0]
    return text[start : min(ends) if ends else len(text)].casefold()


def _opinions(review: Review) -> list[AspectOpinion]:
    """One opinion per aspect, praise first, in the order the analysis found them."""
    seen: dict[Aspect, AspectOpinion] = {}
    for opinion in review.analysis.aspects if review.analysis else ():
        seen.setdefault(opinion.aspect, opinion)
    ordered = list(seen.values())
    return [o for o in ordered if o.polarity == Sentiment.POSITIVE] + [
        o for o in ordered if o.polarity == Sentiment.NEGATIVE
    ]


@dataclass(slots=True)
class _Builder:
    """Collects sentences into paragraphs and remembers each sentence's span."""

    language: str
    paragraphs: list[list[tuple[str, str, Aspect | None, Sentiment | None, str]]] = field(
        default_factory=list
    )

    def paragraph(self) -> None:
        if not self.paragraphs or self.paragraphs[-1]:
            self.paragraphs.append([])

    def add(
        self,
        text: str,
        role: str,
        slot: str,
        aspect: Aspect | None = None,
        polarity: Sentiment | None = None,
    ) -> None:
        if not self.paragraphs:
            self.paragraphs.append([])
        self.paragraphs[-1].append((text, role, aspect, polarity, slot))

    def build(self) -> tuple[str, list[DraftSentence], list[tuple[int, int, str]]]:
        joiner = "" if self.language == "zh" else " "
        parts: list[str] = []
        spans: list[DraftSentence] = []
        slots: list[tuple[int, int, str]] = []
        offset = 0
        for p_index, paragraph in enumerate(p for p in self.paragraphs if p):
            if p_index:
                parts.append("\n\n")
                offset += 2
            for s_index, (text, role, aspect, polarity, slot) in enumerate(paragraph):
                if s_index and role != "signature":
                    parts.append(joiner)
                    offset += len(joiner)
                elif s_index:
                    parts.append("\n")
                    offset += 1
                parts.append(text)
                spans.append(DraftSentence(offset, offset + len(text), role, aspect, polarity))
                slots.append((offset, offset + len(text), slot))
                offset += len(text)
        return "".join(parts), spans, slots


class _Chooser:
    """Seeded choices of variants, skipping the ones that failed a check in this review."""

    def __init__(self, seed: int, excluded: set[str]) -> None:
        self.rng = random.Random(seed)
        self.excluded = excluded

    def pick(self, slot: str, options: Sequence[str]) -> tuple[str, str] | None:
        """(text, slot id) of one allowed variant, or None when every variant failed."""
        allowed = [(o, f"{slot}#{i}") for i, o in enumerate(options)]
        allowed = [a for a in allowed if a[1] not in self.excluded]
        if not allowed:
            return None
        return allowed[self.rng.randrange(len(allowed))]


# greeted without warmth: see the phrase banks' greeting_serious lists
_SERIOUS_KINDS = frozenset((ReplyKind.COMPLAINT, ReplyKind.CRISIS, ReplyKind.MISINFORMATION))


def _compose_once(
    review: Review,
    settings: Settings,
    kind: ReplyKind,
    language: str,
    seed: int,
    excluded: set[str],
) -> tuple[str, list[DraftSentence], list[tuple[int, int, str]]]:
    bank = phrase_bank(language)
    lists = bank.lists
    choose = _Chooser(seed, excluded)
    practice = settings.practice_name.strip() or bank.fill["practice_default"]
    values = {
        "contact": contact_phrase(settings, language),
        "practice": practice,
        "source": settings.facts_source.strip(),
    }
    builder = _Builder(language)

    def put(
        slot: str,
        options: Sequence[str],
        role: str,
        aspect: Aspect | None = None,
        polarity: Sentiment | None = None,
        **extra: str,
    ) -> bool:
        picked = choose.pick(slot, options)
        if picked is None:
            return False
        text, slot_id = picked
        builder.add(text.format(**{**values, **extra}), role, slot_id, aspect, polarity)
        return True

    name = polite_name(review.author, language)
    # a complaint, a crisis or a correction is greeted without warmth ("Witamy serdecznie",
    # "Hi"): the bank's *_serious lists, where it has them
    serious = "_serious" if kind in _SERIOUS_KINDS else ""
    if name:
        options = lists.get(f"greeting_named{serious}") or lists["greeting_named"]
        put("greeting_named", options, "greeting", name=name)
    else:
        put("greeting", lists.get(f"greeting{serious}") or lists["greeting"], "greeting")
    builder.paragraph()

    opinions = _opinions(review)
    praised = [o for o in opinions if o.polarity == Sentiment.POSITIVE]
    blamed = [o for o in opinions if o.polarity == Sentiment.NEGATIVE]

    if kind == ReplyKind.CRISIS:
        put("thanks_comment", lists["thanks_comment"], "thanks")
        put("holding", lists["holding"], "holding")
        for opinion in opinions:
            topic = bank.topic.get(opinion.aspect)
            if topic:
                put(
                    f"noted:{opinion.aspect}",
                    lists["noted"],
                    "noted",
                    opinion.aspect,
                    opinion.polarity,
                    topic=topic,
                )
        put("privacy", lists["privacy"], "privacy")
        put("invite_offline", lists["invite_offline"], "invitation")
        return _signed(builder, bank, settings, choose, practice)

    if kind == ReplyKind.MISINFORMATION:
        put("thanks_comment", lists["thanks_comment"], "thanks")
        credentials = practice_fact(settings, language, CREDENTIALS)
        if credentials and f"fact:{CREDENTIALS}" not in excluded:
            builder.add(credentials, "facts", f"fact:{CREDENTIALS}")
            if values["source"]:
                put("source_line", lists["source_line"], "facts")
        else:
            if not values["source"]:
                values["source"] = lists["source_default"][0]
            put("facts", lists["facts"], "facts")
        for opinion in opinions:
            _aspect_sentences(opinion, bank, settings, builder, choose, put, excluded)
        builder.paragraph()
        put("consultation", lists["consultation"], "invitation")
        put("invite_offline", lists["invite_offline"], "invitation")
        return _signed(builder, bank, settings, choose, practice)

    thanks = "thanks_praise" if kind == ReplyKind.PRAISE and not blamed else "thanks_feedback"
    put(thanks, lists[thanks], "thanks")
    for opinion in praised:
        # the person the review praised by name gets the credit, else the team of the aspect
        who = named_staff(review, language, opinion)
        if not (
            who
            and put(
                f"named_credit:{opinion.aspect}",
                lists.get("named_credit", ()),
                "credit",
                opinion.aspect,
                opinion.polarity,
                who=who,
            )
        ):
            _aspect_sentences(opinion, bank, settings, builder, choose, put, excluded)
    if not praised and kind == ReplyKind.PRAISE:
        put("credit_general", lists["credit_general"], "credit")
    if blamed or kind in (ReplyKind.MIXED, ReplyKind.COMPLAINT):
        builder.paragraph()
        for opinion in blamed:
            _aspect_sentences(opinion, bank, settings, builder, choose, put, excluded)
        if not blamed:
            put("apology_general", lists["apology_general"], "apology")
        builder.paragraph()
        if kind == ReplyKind.COMPLAINT:
            put("privacy", lists["privacy"], "privacy")
        put("invite_offline", lists["invite_offline"], "invitation")
    if kind == ReplyKind.NEUTRAL and not blamed:  # a question, a visit told: say where to ask
        builder.paragraph()
        put("invite_offline", lists["invite_offline"], "invitation")
    if kind == ReplyKind.PRAISE:
        put("invite_back", lists["invite_back"], "welcome")
    if kind in (ReplyKind.PRAISE, ReplyKind.NEUTRAL, ReplyKind.MIXED):
        put("wish", lists["wish"], "wish")
    return _signed(builder, bank, settings, choose, practice)


def _aspect_sentences(
    opinion: AspectOpinion,
    bank: _Bank,
    settings: Settings,
    builder: _Builder,
    choose: _Chooser,
    add: Callable[..., bool],
    excluded: set[str],
) -> None:
    aspect, polarity = opinion.aspect, opinion.polarity
    if polarity == Sentiment.POSITIVE:
        add(f"praise:{aspect}", bank.praise.get(aspect, ()), "credit", aspect, polarity)
        return
    add(f"complaint:{aspect}", bank.complaint.get(aspect, ()), "apology", aspect, polarity)
    fact = practice_fact(settings, bank.language, aspect.value)
    if fact and f"fact:{aspect}" not in excluded:
        picked = choose.pick("fact_intro", bank.lists["fact_intro"])
        if picked is not None:
            builder.add(picked[0].format(fact=fact), "action", f"fact:{aspect}", aspect, polarity)
            return
    add(f"action:{aspect}", bank.action.get(aspect, ()), "action", aspect, polarity)


def _signed(
    builder: _Builder, bank: _Bank, settings: Settings, choose: _Chooser, practice: str
) -> tuple[str, list[DraftSentence], list[tuple[int, int, str]]]:
    builder.paragraph()
    picked = choose.pick("closing", bank.lists["closing"])
    if picked is not None:
        builder.add(picked[0], "closing", picked[1])
    signer = settings.signer.strip()
    if signer:
        builder.add(signer, "signature", "signer")
    else:
        options = bank.lists["signer_named" if settings.practice_name.strip() else "signer"]
        builder.add(options[0].format(practice=practice), "signature", "signer")
    return builder.build()


def draft_problems(
    text: str,
    review: Review,
    settings: Settings,
    kind: ReplyKind,
    *,
    recent: Sequence[str] = (),
    now: datetime | None = None,
) -> list[DraftProblem]:
    """The guard's findings and the checklist items a draft misses or breaks (items about
    the review's state, such as "answer promptly", are not the draft's to pass)."""
    findings = guard_reply(text, review, settings)
    problems = [
        DraftProblem(
            f"guard:{f.code.value}",
            QCoreApplication.translate("Drafting", "“{words}”: {reason}").format(
                words=f.text, reason=f.reason
            ),
            (f.start, f.end),
        )
        for f in findings
    ]
    context = ReplyContext(
        settings=settings, other_replies=close_replies(text, recent), findings=findings, now=now
    )
    for item in evaluate_checklist(kind, text, review, context=context):
        if item.id in STATE_ITEMS or item.id == "confidential":
            continue  # "confidential" repeats the guard's findings above
        if item.state in (ItemState.MISSING, ItemState.PROBLEM):
            message = f"{item.label}: {item.hint}" if item.hint else item.label
            problems.append(DraftProblem(item.id, message, item.span))
    return problems


def compose_draft(
    review: Review,
    settings: Settings,
    *,
    kind: ReplyKind | None = None,
    recent: Sequence[str] = (),
    now: datetime | None = None,
    language: str | None = None,
) -> Draft:
    """The composed draft for ``review``; ``recent`` are the practice's replies of the last
    month, which the draft must not repeat."""
    language = language or reply_language(review)
    kind = kind or classify_review(review)
    excluded: set[str] = set()
    attempt = 0
    best: tuple[str, list[DraftSentence], list[DraftProblem]] | None = None
    for _ in range(_ATTEMPTS):
        text, sentences, slots = _compose_once(
            review, settings, kind, language, _seed(review, settings, attempt), excluded
        )
        problems = draft_problems(text, review, settings, kind, recent=recent, now=now)
        if best is None or len(problems) < len(best[2]):
            best = (text, sentences, problems)
        if not problems:
            break
        blamed_slots = _slots_at(problems, slots)
        excluded.update(blamed_slots)
        if not blamed_slots:
            attempt += 1  # nothing to swap (a copy, a missing item): another seed
    assert best is not None
    text, sentences, problems = best
    return Draft(text, language, kind, tuple(sentences), tuple(problems))


def _slots_at(problems: Sequence[DraftProblem], slots: Sequence[tuple[int, int, str]]) -> set[str]:
    found: set[str] = set()
    for problem in problems:
        if problem.span is None:
            continue
        start, end = problem.span
        for s_start, s_end, slot in slots:
            if s_start < end and start < s_end and slot != "signer":
                found.add(slot)
    return found


_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
# Replies sharing less than this share of word pairs cannot be 85 % alike: only the others go
# to the checklist's exact (and slow) comparison.
_CLOSE_SHINGLES = 0.4


@lru_cache(maxsize=4096)
def _shingles(text: str) -> frozenset[str]:
    low = text.casefold()
    if re.search(r"[\u4e00-\u9fff]", low):
        chars = "".join(_WORD.findall(low))
        return frozenset(chars[i : i + 3] for i in range(max(1, len(chars) - 2)))
    words = _WORD.findall(low)
    return frozenset(" ".join(words[i : i + 2]) for i in range(max(1, len(words) - 1)))


def close_replies(text: str, others: Sequence[str]) -> list[str]:
    """The replies among ``others`` that may read as a copy of ``text``."""
    mine = _shingles(text)
    if not mine:
        return []
    close = []
    for other in others:
        theirs = _shingles(other)
        if theirs and len(mine & theirs) / len(mine | theirs) >= _CLOSE_SHINGLES:
            close.append(other)
    return close


def sentence_text(draft: Draft, sentence: DraftSentence) -> str:
    return _SPACE.sub(" ", draft.text[sentence.start : sentence.end]).strip()
