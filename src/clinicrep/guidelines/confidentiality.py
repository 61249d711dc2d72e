"""The confidentiality guard: what in a public reply could reveal that someone is a patient.

Regulators have fined practices for replies that confirmed a visit, named a treatment or
repeated what the patient wrote (HIPAA in the US; medical secrecy in Russia, Ukraine and
Poland covers the very fact of treatment). The guard finds such words, with their span, so the
editor can underline them and "Publish" stays blocked until each is removed or knowingly
overridden (``publishing.publish`` logs every override as an event).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication

from clinicrep.guidelines.lexicon import LANGUAGES, all_first_names, lexicon, normalise_language
from clinicrep.model import Review
from clinicrep.settings import Settings


class FindingCode(StrEnum):
    CONFIRMS_PATIENT = "confirms_patient"
    RECORDS = "records"
    HEALTH_DETAIL = "health_detail"
    ECHOED_HEALTH_DETAIL = "echoed_health_detail"
    INSURANCE = "insurance"
    DATE = "date"
    PRICE = "price"
    FULL_NAME = "full_name"


def finding_reason(code: FindingCode) -> str:
    """Why a finding matters and what to do instead, in the user's language."""
    return {
        FindingCode.CONFIRMS_PATIENT: QCoreApplication.translate(
            "Confidentiality",
            "This confirms that the reviewer is or was a patient. Speak about the practice in "
            "general instead.",
        ),
        FindingCode.RECORDS: QCoreApplication.translate(
            "Confidentiality",
            "This says that someone looked at the reviewer's records, which confirms they are a "
            "patient. Leave it out.",
        ),
        FindingCode.HEALTH_DETAIL: QCoreApplication.translate(
            "Confidentiality",
            "This is a health detail (a diagnosis, procedure, medication or test). Leave it out "
            "of a public reply.",
        ),
        FindingCode.ECHOED_HEALTH_DETAIL: QCoreApplication.translate(
            "Confidentiality",
            "This repeats a health detail from the review. Do not repeat it in public, even if "
            "the reviewer wrote it.",
        ),
        FindingCode.INSURANCE: QCoreApplication.translate(
            "Confidentiality", "This mentions insurance. Leave insurance out of a public reply."
        ),
        FindingCode.DATE: QCoreApplication.translate(
            "Confidentiality",
            "This is a date. A date tells others when someone visited; leave it out.",
        ),
        FindingCode.PRICE: QCoreApplication.translate(
            "Confidentiality", "This is about money someone paid. Discuss bills only in private."
        ),
        FindingCode.FULL_NAME: QCoreApplication.translate(
            "Confidentiality",
            "This is a person's full name or surname. Use a first name only, or no name.",
        ),
    }[code]


@dataclass(frozen=True, slots=True)
class ConfidentialityFinding:
    """One problem: ``reply_text[start:end]`` is the text found."""

    start: int
    end: int
    code: FindingCode
    text: str

    @property
    def reason(self) -> str:
        return finding_reason(self.code)

    @property
    def key(self) -> str:
        """Stays the same while the user edits elsewhere: what an override refers to."""
        return f"{self.code.value}:{' '.join(self.text.casefold().split())}"


_GUARD_CODES = {
    "confirms_patient": FindingCode.CONFIRMS_PATIENT,
    "records": FindingCode.RECORDS,
    "insurance": FindingCode.INSURANCE,
    "dates": FindingCode.DATE,
    "prices": FindingCode.PRICE,
}
# Written the same way in every language.
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)"
)
_CURRENCY_AMOUNT = re.compile(
    r"[$€£¥₽₴]\s?\d[\d,.]*|(?<!\w)\d[\d,.\s]*?\s?(?:[$€£¥₽₴]|(?:usd|eur|gbp|pln|rub|uah|cny|rmb)\b)",
    re.IGNORECASE,
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_CAPITALISED = rf"[{_UPPER}][\w'’-]+"
# Russian and Ukrainian address people by first name and patronymic; that is not a full name.
_PATRONYMIC = re.compile(r"\w+(?:ович|евич|овна|евна|ична|инична|івна|ївна|іч)\w{0,3}$")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_VOWEL_ENDINGS = "aeiouyаяеэиоуыюёійєїęą"


def _stem(name: str) -> str:
    """'Anna' -> 'Ann' so that 'Anny', 'Annie', 'Анны', 'Анне' are found too."""
    return name[:-1] if len(name) > 3 and name[-1].lower() in _VOWEL_ENDINGS else name


# A word followed by a capitalised one; the first is then looked up among first names. One
# alternation of every first name took 0.25 s to compile, a quarter of the window's start-up.
_WORD_BEFORE_CAPITALISED = re.compile(rf"(?<![\w'’-])([\w'’-]+)(?=\s+({_CAPITALISED}))")


@cache
def _first_name_stems() -> frozenset[str]:
    return frozenset(_stem(n) for n in all_first_names())


def _first_name_and_surname(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, surname) of each "first name + capitalised word" in ``text``."""
    stems = _first_name_stems()
    for m in _WORD_BEFORE_CAPITALISED.finditer(text):
        word = m.group(1)
        # the name's stem and up to three letters of ending: "Anna" -> "Anny", "Анне"
        if any(word[: len(word) - k] in stems for k in range(min(3, len(word) - 1) + 1)):
            yield m.start(1), m.end(2), m.group(2)


@cache
def _title_pattern() -> re.Pattern[str]:
    titles = {t for code in LANGUAGES for t in lexicon(code).titles}
    alternatives = "|".join(sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{alternatives})\s+{_CAPITALISED}\s+({_CAPITALISED})")


@cache
def _chinese_name_pattern() -> re.Pattern[str]:
    zh = lexicon("zh")
    # The given name is one or two characters that are not function words: without that,
    # "执业许可及医生" would read as a surname (许), a name (可及) and a title (医生).
    given = r"[^\W\d_及和与的是在了们位名个为有对向给让被把请您我他她它这那]"
    return re.compile(
        rf"[{zh.surnames}](?!主任|院长|医|护|大夫|先生|女士|小姐)(?:{given}){{1,2}}"
        rf"(?=(?:{zh.name_titles}))"
    )


def load_guidelines() -> None:
    """Read and compile the word lists of every language now (about 0.2 s), not on first use.

    The window calls it on a worker at start-up, while Qt builds and paints the window.
    """
    for code in LANGUAGES:
        lexicon(code)
    _first_name_stems()
    _title_pattern()
    _chinese_name_pattern()


def _surnames_of(author: str) -> list[str]:
    """The reviewer's surname(s): every word after the first that is not an initial."""
    words = author.split()
    return [w for w in words[1:] if len(w) >= 2 and w.isalpha() and not w.isupper()]


def find_confidentiality_problems(
    reply_text: str,
    *,
    review_text: str = "",
    language: str = "",
    reviewer_name: str = "",
    allowed: Sequence[str] = (),
) -> list[ConfidentialityFinding]:
    """Everything in ``reply_text`` that a public reply must not say, in text order.

    ``language`` is the reply's language; the lists of the other languages are applied too,
    because a review's detected language can be wrong and replies sometimes mix languages.
    ``allowed`` are the practice's own words (its name, the signer, its contact) that may
    contain a health word or a full name on purpose.
    """
    primary = normalise_language(language)
    codes = [primary] + [c for c in LANGUAGES if c != primary]
    found: list[ConfidentialityFinding] = []

    def add(start: int, end: int, code: FindingCode) -> None:
        found.append(ConfidentialityFinding(start, end, code, reply_text[start:end]))

    for code_name in codes:
        lex = lexicon(code_name)
        for table_key, finding_code in _GUARD_CODES.items():
            for pattern in lex.guard.get(table_key, ()):
                for m in pattern.finditer(reply_text):
                    add(m.start(), m.end(), finding_code)
        for pattern in lex.guard.get("health", ()):
            hits = list(pattern.finditer(reply_text))
            if not hits:  # only then read the review: it may be a megabyte long
                continue
            echoed = bool(review_text) and pattern.search(review_text) is not None
            code = FindingCode.ECHOED_HEALTH_DETAIL if echoed else FindingCode.HEALTH_DETAIL
            for m in hits:
                add(m.start(), m.end(), code)

    for pattern in (_NUMERIC_DATE,):
        for m in pattern.finditer(reply_text):
            add(m.start(), m.end(), FindingCode.DATE)
    for m in _CURRENCY_AMOUNT.finditer(reply_text):
        add(m.start(), m.end(), FindingCode.PRICE)
    for start, end in _full_names(reply_text, reviewer_name):
        add(start, end, FindingCode.FULL_NAME)

    return _without_allowed(_deduplicated(found), reply_text, allowed)


def _full_names(text: str, reviewer_name: str) -> Iterable[tuple[int, int]]:
    for start, end, surname in _first_name_and_surname(text):
        if not _PATRONYMIC.match(surname):
            yield start, end
    for m in _title_pattern().finditer(text):
        if not _PATRONYMIC.match(m.group(1)):
            yield m.start(), m.end()
    for m in _chinese_name_pattern().finditer(text):
        yield m.start(), m.end()
    author = reviewer_name.strip()
    if _HAN.match(author):
        for m in re.finditer(re.escape(author), text):
            yield m.start(), m.end()
    for surname in _surnames_of(author):
        for m in re.finditer(rf"(?<!\w){re.escape(_stem(surname))}\w{{0,3}}(?!\w)", text):
            yield m.start(), m.end()


def _deduplicated(found: list[ConfidentialityFinding]) -> list[ConfidentialityFinding]:
    """One finding per place and reason: "Dr. Anna Smith" hides the "Anna Smith" inside it."""
    unique = sorted(
        {(f.start, f.end, f.code): f for f in found}.values(),
        key=lambda f: (f.start, -f.end, f.code.value),
    )
    kept: list[ConfidentialityFinding] = []
    for f in unique:
        if not any(k.code == f.code and k.start <= f.start and f.end <= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.code.value))


def _without_allowed(
    found: list[ConfidentialityFinding], text: str, allowed: Sequence[str]
) -> list[ConfidentialityFinding]:
    spans: list[tuple[int, int]] = []
    for phrase in allowed:
        phrase = phrase.strip()
        if len(phrase) >= 2:
            spans.extend(m.span() for m in re.finditer(re.escape(phrase), text, re.IGNORECASE))
    return [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)]


def guard_reply(
    reply_text: str, review: Review, settings: Settings
) -> list[ConfidentialityFinding]:
    """The guard as the editor and ``publish`` call it for one review."""
    review_text = "\n".join(t for t in (review.title, review.text, review.translated_text) if t)
    language = review.analysis.language if review.analysis and review.analysis.language else ""
    return find_confidentiality_problems(
        reply_text,
        review_text=review_text,
        language=language or review.language_hint,
        reviewer_name=review.author,
        allowed=(
            settings.practice_name,
            settings.signer,
            settings.contact_email,
            settings.contact_phone,
        ),
    )
