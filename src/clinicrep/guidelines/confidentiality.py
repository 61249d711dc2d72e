"""The confidentiality guard: what in a public reply could reveal that someone is a patient.

Regulators have fined practices for replies that confirmed a visit, named a treatment or
repeated what the patient wrote (HIPAA in the US; medical secrecy in Russia, Ukraine, Poland
and China covers the very fact of treatment), and platforms forbid rewards for reviews.

The guard reads each clause of a reply for whom it is about (the reviewer or a relative, or
the practice and people in general) and what it asserts (a care relationship, a health fact,
a time, money, a reward, a name). A health word in "we have an X-ray room" is harmless; in
"your X-ray showed" it is a finding. Each finding has its span (the editor underlines it), its
rule, a reason in the user's language, the law of the practice's country, and a safe rewrite
in the reply's language where one exists. "Publish" stays blocked until each finding is
removed or knowingly overridden (``publishing.publish`` logs every override as an event).

The words live in ``resources/guidelines/<lang>.toml`` (read by ``rulepack.py``), the inflection
rules in ``guidelines/languages/<lang>.py``, the matching in ``engine.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from itertools import accumulate, islice
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from clinicrep.guidelines.clause_reading import (
    CARE,
    CARED,
    EVENT,
    NEWS,
    ClauseReading,
    Reading,
    WhomReading,
    asks_question,
    denial_in,
    first_others_at,
    match_places,
    names_past_day,
    names_reported,
    negated_reach,
    opens_with_negator,
    read_clauses,
    reading,
    reports_question,
    said_of_anyone,
    speaks_to_reviewer,
    tells_a_case,
    tells_of_self,
)
from clinicrep.guidelines.echo_meaning import (
    adds_to_review,
    echo_data,
    figure_of,
    names_only_review,
    names_review_hours,
    read_review,
    relationships_said_back,
    word_echoes,
    zh_value,
)
from clinicrep.guidelines.echo_meaning import repeats_review as meaning_repeats
from clinicrep.guidelines.engine import (
    WORD,
    ClauseIndex,
    Hit,
    WordSplit,
    beginnings_gate,
    lowered,
    lowered_pattern,
    split_text,
)
from clinicrep.guidelines.lexicon import (
    LANGUAGES,
    all_first_names,
    all_name_particles,
    all_organisation_words,
    any_match,
    lexicon,
    normalise_language,
)
from clinicrep.guidelines.rulepack import CountryPack, country_pack, language_pack
from clinicrep.model import Review
from clinicrep.settings import PRACTICE_COUNTRIES, Settings

if TYPE_CHECKING:
    from clinicrep.guidelines.learned import LearnedReader
    from clinicrep.guidelines.structured import RulesReading, StructuredReader


class FindingCode(StrEnum):
    CONFIRMS_PATIENT = "confirms_patient"
    RECORDS = "records"
    HEALTH_DETAIL = "health_detail"
    ECHOED_HEALTH_DETAIL = "echoed_health_detail"
    INSURANCE = "insurance"
    DATE = "date"
    PRICE = "price"
    FULL_NAME = "full_name"
    REWARD = "reward"
    NEW_INFORMATION = "new_information"
    LEARNED = "learned"  # the learned reader's (guidelines/learned.py): no phrase found it


# The rule each finding belongs to (the labelled set's rules; rewrites and laws are per rule).
RULE_OF_CODE = {
    FindingCode.CONFIRMS_PATIENT: "confirms_patient",
    FindingCode.RECORDS: "confirms_patient",
    FindingCode.HEALTH_DETAIL: "health_detail",
    FindingCode.ECHOED_HEALTH_DETAIL: "health_detail",
    FindingCode.INSURANCE: "billing",
    FindingCode.PRICE: "billing",
    FindingCode.DATE: "date",
    FindingCode.FULL_NAME: "full_name",
    FindingCode.REWARD: "reward",
    FindingCode.NEW_INFORMATION: "new_information",
    FindingCode.LEARNED: "confirms_patient",  # the rule most of the replies it learned from broke
}
RULES = tuple(dict.fromkeys(RULE_OF_CODE.values()))


# where the part of a clause an echo is read in ends (``echoes_review``)
_ECHO_PART_END = re.compile(r"[,;:，；：、]")
# a comma or a semicolon and the word after it: the joint of a coordinated part of a clause
# (session 37, ``coordinated_part_start``: ", and the home physio team ...")
_JOINT_AFTER_COMMA = re.compile(r"[,;]\s+(\w+)\s")
# the punctuation between the parts of a sentence written without spaces (offered_in_part)
_PART_BREAK = re.compile(r"[，,；;：:]")
# a sentence of the review, read for the benefits it tells of (echoes_reviewers_benefit)
_REVIEW_SENTENCE = re.compile(r"[^.!?。！？\n]+")
_REPORTED_REACH = 400  # characters: the longest "[guard] reported" phrase is a few words


def learned_reader(language: str) -> LearnedReader | None:
    """``learned.learned_reader``, imported at the first check (on the checks' worker): with
    it comes numpy, 0.3 s of CPU that the window's first paint waited for on either store
    (the reply editor imports this module)."""
    from clinicrep.guidelines.learned import learned_reader as read

    return read(language)


def structured_reader(language: str) -> StructuredReader | None:
    """``structured.structured_reader``, imported at the first check like ``learned_reader``
    (the structured reader reads with numpy too)."""
    from clinicrep.guidelines.structured import structured_reader as read

    return read(language)


def rule_label(rule: str) -> str:
    """The rule's name as the editor shows it."""
    return {
        "confirms_patient": QCoreApplication.translate("Confidentiality", "Confirms a patient"),
        "health_detail": QCoreApplication.translate("Confidentiality", "Health detail"),
        "date": QCoreApplication.translate("Confidentiality", "Date or time of a visit"),
        "billing": QCoreApplication.translate("Confidentiality", "Billing or insurance"),
        "full_name": QCoreApplication.translate("Confidentiality", "Full name"),
        "reward": QCoreApplication.translate("Confidentiality", "Reward for reviews"),
        "new_information": QCoreApplication.translate("Confidentiality", "New information"),
    }[rule]


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
        FindingCode.REWARD: QCoreApplication.translate(
            "Confidentiality",
            "This offers a reward for a review. Platforms and the law forbid rewards for "
            "reviews; leave it out.",
        ),
        FindingCode.NEW_INFORMATION: QCoreApplication.translate(
            "Confidentiality",
            "This tells readers something about the reviewer that the review did not say. A "
            "reply may answer the review but must add nothing about the patient.",
        ),
        FindingCode.LEARNED: QCoreApplication.translate(
            "Confidentiality",
            "Replies worded like this sentence usually confirm that the reviewer is a patient or "
            "tell something about their care (a learned check, no word list). Speak about the "
            "practice in general instead.",
        ),
    }[code]


def law_citation(country: str, rule: str) -> str:
    """The law (or platform rule) a finding of ``rule`` rests on in ``country``."""
    if rule == "reward":
        return {
            "US": QCoreApplication.translate(
                "GuardLaw", "FTC rule on consumer reviews (16 CFR 465); platform rules"
            ),
            "UK": QCoreApplication.translate(
                "GuardLaw", "Digital Markets, Competition and Consumers Act 2024; platform rules"
            ),
            "RU": QCoreApplication.translate(
                "GuardLaw", "Federal Law 38-FZ on advertising; platform rules"
            ),
            "UA": QCoreApplication.translate(
                "GuardLaw", "Law of Ukraine on consumer rights protection; platform rules"
            ),
            "PL": QCoreApplication.translate(
                "GuardLaw", "Act on counteracting unfair market practices; platform rules"
            ),
            "CN": QCoreApplication.translate(
                "GuardLaw", "Anti-Unfair Competition Law; E-Commerce Law art. 17"
            ),
        }.get(
            country,
            QCoreApplication.translate(
                "GuardLaw", "Review platforms' rules (Google, Yelp and others)"
            ),
        )
    return {
        "US": QCoreApplication.translate("GuardLaw", "HIPAA Privacy Rule (45 CFR 164.502)"),
        "UK": QCoreApplication.translate(
            "GuardLaw", "UK GDPR art. 9; GMC guidance on confidentiality"
        ),
        "RU": QCoreApplication.translate(
            "GuardLaw", "Federal Law 323-FZ, art. 13 (medical secrecy)"
        ),
        "UA": QCoreApplication.translate(
            "GuardLaw", "Fundamentals of the legislation of Ukraine on health care, art. 40"
        ),
        "PL": QCoreApplication.translate(
            "GuardLaw", "Act on patient rights, art. 13-14 (medical secrecy)"
        ),
        "CN": QCoreApplication.translate(
            "GuardLaw", "Physicians Law art. 56; Personal Information Protection Law"
        ),
    }.get(
        country,
        QCoreApplication.translate("GuardLaw", "Medical confidentiality and data protection law"),
    )


@dataclass(frozen=True, slots=True, init=False)
class ConfidentialityFinding:
    """One problem: ``reply_text[start:end]`` is the text found."""

    start: int
    end: int
    code: FindingCode
    text: str
    rewrite: str = ""  # a safe sentence in the reply's language, "" where none fits
    country: str = "other"

    # its own ``__init__``, compiled by mypyc (as ``engine.Hit``'s: the dataclass's runs
    # interpreted, 40-60 findings a check before they are told apart)
    def __init__(
        self,
        start: int,
        end: int,
        code: FindingCode,
        text: str,
        rewrite: str = "",
        country: str = "other",
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "rewrite", rewrite)
        object.__setattr__(self, "country", country)

    @property
    def rule(self) -> str:
        return RULE_OF_CODE[self.code]

    @property
    def rule_label(self) -> str:
        return rule_label(self.rule)

    @property
    def reason(self) -> str:
        return finding_reason(self.code)

    @property
    def law(self) -> str:
        return law_citation(self.country, self.rule)

    @property
    def overridable(self) -> bool:
        """A reward for reviews is never published, not even knowingly."""
        return self.code != FindingCode.REWARD

    @property
    def key(self) -> str:
        """Stays the same while the user edits elsewhere: what an override refers to."""
        return f"{self.code.value}:{' '.join(self.text.casefold().split())}"


# Written the same way in every language.
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)"
)
# A year right after a date ("1 April 2019", "1 апреля 2019 года", "1 kwietnia 2019 r."): its own.
_YEAR_AFTER = re.compile(r",?\s*(?:19|20)\d\d(?!\d)(?:\s*(?:года|году|г\.|року|р\.|roku|r\.|年))?")
_CURRENCY_AMOUNT = re.compile(
    r"[$€£¥₽₴]\s?\d[\d,.]*"
    r"|(?<!\w)\d[\d,.\s]*?\s?(?:[$€£¥₽₴]|(?:usd|eur|gbp|pln|zł|rub|uah|грн|cny|rmb)(?!\w))",
    re.IGNORECASE,
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_CAPITALISED = rf"[{_UPPER}][\w'’-]+"
# Russian and Ukrainian address people by first name and patronymic; that is not a full name.
# (also the old forms in -ьич / -мич: "Пётр Ильич", "Лука Кузьмич", "Петро Ілліч")
# How a patronymic ends (a case ending of up to three letters may follow).
_PATRONYMIC_ENDINGS = (
    "ович|евич|овн|евн|ичн|иничн|івн|ївн|іч|ьич|ьичн|зьмич|зьмичн|лукич|фомич|никитич"
)
_PATRONYMIC = re.compile(rf"\w+(?:{_PATRONYMIC_ENDINGS})\w{{0,3}}$")
_NEXT_CAPITALISED = re.compile(rf"\s+{_CAPITALISED}")
_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")
# session 38 (gfaen38): a joining word between two health words of one name ("asthma and
# diabetes clinic", "poradnia astmy i cukrzycy"), read after and before a word; how many are read
_NEXT_JOINER = re.compile(r"\s+(\w+)\s+")
_JOINER_BEFORE = re.compile(r"\s+(\w+)\s+$")
_JOINED_MOST = 4
# ... and the word before a comma right before a place: an item of a list before the next
_ITEM_BEFORE_COMMA = re.compile(r"(\w+)\s*,\s*$")
# What follows a place up to the next white space, the white space before it skipped (what
# ``text[end:].split()[0]`` gives, without copying the rest of the text for each name)
_NEXT_TOKEN = re.compile(r"\s*(\S*)")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# a foreign name spelt in characters, its parts joined by a middle dot: "伊丽莎白·泰勒"
_HAN_DOTTED = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·•‧・][\u4e00-\u9fff]{1,8})+$")
# ... and the soft sign, which every other case replaces (session 45, gname45: "Игорь" ->
# "Игорю", "Игоря"; "Василь" -> "Василю"; "Коваль" -> "Коваля"): "Игорю Белову" is a full name
_VOWEL_ENDINGS = "aeiouyаяеэиоуыюёійєїęąь"


def _stem(name: str) -> str:
    """'Anna' -> 'Ann' so that 'Anny', 'Annie', 'Анны', 'Анне' are found too; 'Игорь' ->
    'Игор' ('Игорю', 'Игоря')."""
    return name[:-1] if len(name) > 3 and name[-1].lower() in _VOWEL_ENDINGS else name


# How a first name's last letters change in the vocative and the other cases of Polish and
# Ukrainian: Marek -> Marku (a mobile e), Paweł -> Pawle, Michał -> Michale, Олег -> Олеже,
# Ігор -> Ігоре (already the stem plus an ending); session 40 (gfr40uk): Ukrainian і in the
# last closed syllable is о in every other form, Федір -> Федоре, Антін -> Антона, Прокіп ->
# Прокопе, Тиміш -> Тимоше ("Федоре, ..." was not read as the reviewer's greeting).
_NAME_ALTERNATIONS = (
    ("eł", "(?:eł|ł|l)"),
    ("ek", "(?:ek|k)"),
    ("ł", "[łl]"),
    ("ег", "(?:ег|еж)"),
    ("ец", "(?:ец|ц|ч)"),
    ("г", "[гж]"),
    ("ір", "(?:ір|ор)"),
    ("ін", "(?:ін|он)"),
    ("іп", "(?:іп|оп)"),
    ("ів", "(?:ів|ов)"),
    ("іш", "(?:іш|ош)"),
)


def _word_starting(literal: str) -> str:
    r"""``literal`` (plain text) at the start of a word: the same as ``(?<!\w)literal``, with the
    literal first, so that the regular expression engine looks for it as a whole (a string
    search) instead of trying every offset: a 1 MB reply's scan for the reviewer's name took
    60-200 ms in C without letting go of the interpreter (the window's thread waited), and
    0.6 ms so."""
    escaped = re.escape(literal)
    return rf"{escaped}(?<!\w{escaped})"


def _name_pattern(name: str) -> str:
    """A regular expression for ``name`` in any case of the language (vocative included):
    its stem, an alternation of its last letters, and up to three letters of ending."""
    stem = _stem(name)
    if stem == name:
        for written, forms in _NAME_ALTERNATIONS:
            if len(name) > len(written) + 2 and name.lower().endswith(written):
                head = _word_starting(name[: -len(written)])
                return rf"{head}{forms}\w{{0,3}}(?!\w)"
    return rf"{_word_starting(stem)}\w{{0,3}}(?!\w)"


# A word followed by a capitalised one; the first is then looked up among first names. One
# alternation of every first name took 0.25 s to compile, a quarter of the window's start-up.
# The first word must be capitalised too (first names are): the pattern then starts with a
# character class, which the regular expression engine scans for quickly.
_WORD_BEFORE_CAPITALISED = re.compile(
    rf"([{_UPPER}](?<![\w'’-][{_UPPER}])[\w'’-]*)(?=\s+({_CAPITALISED}))"
)


@cache
def _first_name_stems() -> frozenset[str]:
    """The stems of every first name, with the stems their vocative is built on (Marek ->
    'Mark' of "Marku", Paweł -> 'Pawl' of "Pawle")."""
    stems = set()
    for name in all_first_names():
        stems.add(_stem(name))
        for written, forms in _NAME_ALTERNATIONS:
            if len(name) > len(written) + 2 and name.lower().endswith(written):
                head = name[: -len(written)]
                stems.update(head + alt for alt in _STEM_ENDS[forms])
                break
    return frozenset(stems)


# The stem endings each alternation of ``_NAME_ALTERNATIONS`` stands for.
_STEM_ENDS = {
    "(?:eł|ł|l)": ("eł", "ł", "l"),
    "(?:ek|k)": ("ek", "k"),
    "[łl]": ("ł", "l"),
    "(?:ег|еж)": ("ег", "еж"),
    "(?:ец|ц|ч)": ("ец", "ц", "ч"),
    "[гж]": ("г", "ж"),
    "(?:ір|ор)": ("ір", "ор"),
    "(?:ін|он)": ("ін", "он"),
    "(?:іп|оп)": ("іп", "оп"),
    "(?:ів|ов)": ("ів", "ов"),
    "(?:іш|ош)": ("іш", "ош"),
}


# A Russian or Ukrainian surname as a word of its own, in any case: the patronymic-free
# endings of ``_SURNAME_LIKE`` and the trades surnames are made of (Бондар, Мельник, Коваль,
# Кравець, Гончаренко), for a surname written before the first name ("Бондаря Олега").
_SURNAME_FIRST = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ов|ев|ёв|ин|ын|ськ|цьк|ск|цк|енк|ук|юк|чук|ар|ял|ал|ник|ець|ц|"
    r"ак|ик|ич|ій|ей)(?:а|я|у|ю|ом|ем|єм|ові|еві|ым|им|ого|ому|ой|ої|ій|ий|ая|а)?$"
)
# The case of a Cyrillic name by its last letters: the surname and the first name after it
# agree ("Бондаря Олега", "Бондарю Олегу", "Бондарем Олегом", "Бондар Олег").
_CASE_ENDING = re.compile(r"(?:ом|ем|єм|ым|им)$|[ая]$|(?:ові|еві|у|ю)$")


def _case_of(word: str) -> str:
    found = _CASE_ENDING.search(word.lower())
    if found is None:
        return "nominative"
    ending = found.group(0)
    if ending in ("а", "я"):
        return "genitive"
    if ending in ("у", "ю", "ові", "еві"):
        return "dative"
    return "instrumental"


@cache
def _civil_and_staff_titles() -> tuple[frozenset[str], frozenset[str]]:
    """Every language's civil titles and staff titles as bare words ("mrs", "dr"): no first
    name of a greeting. Worked out once, not at each check (a fifth of ``_full_names``)."""

    def words(table: str) -> frozenset[str]:
        return frozenset(
            t.casefold().rstrip(".\\?") for code in LANGUAGES for t in getattr(lexicon(code), table)
        )

    return words("titles"), words("staff_titles")


@cache
def _staff_role_word() -> re.Pattern[str]:
    """A word that is a staff role of one of the five languages in any of its forms ([staff]
    roles and endings: "doctor", "врачу", "lekarzowi"; session 39): a title, no name's part."""
    roles = "|".join(lexicon(code).staff_role_word for code in LANGUAGES)
    return re.compile(f"(?i:{roles})")


def _longest_first(entries: Iterable[str]) -> str:
    """Alternatives of a pattern, each entry once and the longest first (a short entry that
    starts a longer one must not end the match early); "(?!)", which matches nowhere, for none."""
    return "|".join(sorted(set(entries), key=len, reverse=True)) or "(?!)"


@cache
def _every_language(table: str, write: Callable[[str], str] = str) -> str:
    """The entries of the lexicons' ``table`` ("titles", "greetings", "staff_titles" ...) in all
    five languages, each written by ``write`` (``re.escape`` for words), as ``_longest_first``
    alternatives: a Polish reply may still greet an English speaker by their title."""
    return _longest_first(write(e) for code in LANGUAGES for e in getattr(lexicon(code), table))


@cache
def _honorifics(*keys: str) -> str:
    """One group of the titles every language lists under ``keys`` in its [honorifics] table
    (session 40, gdepth40): "after_civil_title" ("Panie Doktorze", "пане Президенте"), "signed"
    ("Dr. Patel", "Д-р Ахмедов"), the Chinese "after_surname" ("王医生", "刘老师") ...; ``(?!)``
    where none lists one. A staff role of [staff] roles counts where an entry reads {roles}."""
    titles = (
        t for code in LANGUAGES for key in keys for t in lexicon(code).honorifics.get(key, ())
    )
    return f"(?:{_longest_first(titles)})"


@cache
def _greeted_role() -> re.Pattern[str]:
    """A role after a civil title, a title and no surname ([honorifics] after_civil_title):
    "Panie Doktorze", "пане Президенте", "пані Медсестро"; any other word there that is no
    first name or patronymic is a surname ("Госпожа Мельник", "Пане Гарибяне")."""
    return re.compile(f"(?i:{_honorifics('after_civil_title')})")


def _title_word(word: str) -> bool:
    """``word`` (in lower case) is a civil or staff title or a staff role (``_title_words``,
    ``_staff_role_word``)."""
    return word in _title_words() or _staff_role_word().fullmatch(word) is not None


def _token_after(text: str, at: int) -> str:
    """``text[at:].split()[0]``, or "" where only white space follows."""
    found = _NEXT_TOKEN.match(text, at)  # it matches everywhere, if only the empty string
    return found.group(1) if found else ""


def _surname_then_first_name(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each "surname + first name" written surname first, in the same case
    (uk, ru: "Бондаря Олега", "Бондар Олег", "Шевченку Тарасу"): a full name as a register
    writes it. Not a first name before it ("Олег Андрій" is two people), nor a patronymic
    after it, nor a word that is no surname ("Дякуємо Олегу", "Шановна Олено")."""
    if not _CYRILLIC.search(text):
        return
    stems = _first_name_stems()

    def first_name(word: str) -> bool:
        return any(word[: len(word) - k] in stems for k in range(min(3, len(word) - 1) + 1))

    for m in _WORD_BEFORE_CAPITALISED.finditer(text):
        surname, name = m.group(1), m.group(2)
        if not _SURNAME_FIRST.match(surname) or _PATRONYMIC.match(surname):
            continue
        if first_name(surname) or not first_name(name) or _greeted_role().match(surname):
            continue
        if _PATRONYMIC.match(name) or _case_of(surname) != _case_of(name):
            continue
        yield m.start(1), m.end(2)


# A Cyrillic abbreviation of two to four capitals: "ОМС", "ДМС", "ПЦР" is no surname.
_CYRILLIC_ACRONYM = re.compile(r"[А-ЯЁІЇЄҐ]{2,4}")


@cache
def _name_case_clashes() -> tuple[re.Pattern[str], ...]:
    """Every language's [guard] name_case_clash: a first name and a capitalised word in cases
    that a person's name and surname never pair in (they agree: "Олена Коваль", "Олені
    Коваль"), so the two are a phrase ("Слава Україні"), not a full name."""
    return tuple(
        found for code in LANGUAGES if (found := lexicon(code).name_case_clash) is not None
    )


def _first_name_and_surname(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, surname) of each "first name + capitalised word" in ``text``."""
    stems = _first_name_stems()
    clashes = _name_case_clashes()
    for m in _WORD_BEFORE_CAPITALISED.finditer(text):
        if _CYRILLIC_ACRONYM.fullmatch(m.group(2)):
            continue  # "Полис ОМС", "Поліс ДМС": a word that starts like a name, an abbreviation
        if any(c.fullmatch(text, m.start(1), m.end(2)) for c in clashes):
            continue  # "Слава Україні": a nominative and a dative, no name and its surname
        word = m.group(1)
        if _title_opens_name(text, m.start(2), m.end(2)):
            continue  # "From 10 March Dr Andrew Cole ...", "in June Mrs Hale": a title opens the
            # next name; the word before it ("March", "June") is no first name (session 44)
        # the name's stem and up to three letters of ending: "Anna" -> "Anny", "Анне"
        if any(word[: len(word) - k] in stems for k in range(min(3, len(word) - 1) + 1)):
            yield m.start(1), m.end(2), m.group(2)


def _title_opens_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a civil or staff title ([names] titles, staff_titles: "Dr",
    "Mrs", "Pani") with a capitalised word after it: the start of a name, no surname."""
    titles, staff_words = _civil_and_staff_titles()
    word = text[start:end].casefold().rstrip(".")
    if word not in titles and word not in staff_words:
        return False
    at = end + 1 if text[end : end + 1] == "." else end
    return bool(_NEXT_CAPITALISED.match(text, at))


# Where a number or an amount can start: a pattern is tried only there (a scan for digits is
# several times faster than one for the whole pattern).
# (No look-behind in them: a pattern that starts with a character class is scanned for fast.)
_MATCH_START = re.Match.start  # a match's start, read in C (map)
_DIGITS_START = re.compile(r"\d+")
_AMOUNT_START = re.compile(r"[$€£¥₽₴\d]+")


@cache
def _word_trigger(table: str) -> re.Pattern[str]:
    """Where one of the lexicons' titles or greetings starts, in lower-cased text."""
    alternatives = _every_language(table, lowered_pattern)
    # no "\b" before them: the patterns tried there check where a word starts themselves
    return re.compile(rf"(?:{alternatives})")


def _found_at(
    pattern: re.Pattern[str],
    trigger: re.Pattern[str] | list[int],
    text: str,
    low: str | None = "",
) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``trigger`` finds where it
    can start (in ``low``, the lower-cased text, when given; None: lowering moved offsets);
    or at the places given (``trigger`` found once for two patterns)."""
    if low is None:
        yield from pattern.finditer(text)
        return
    reached = 0
    starts = (
        trigger if isinstance(trigger, list) else map(_MATCH_START, trigger.finditer(low or text))
    )
    for start in starts:
        if start < reached:
            continue
        m = pattern.match(text, start)
        if m is not None:
            reached = m.end()
            yield m


@cache
def _title_pattern() -> re.Pattern[str]:
    alternatives = _every_language("titles")
    return re.compile(rf"(?<!\w)(?i:{alternatives})\s+{_CAPITALISED}\s+({_CAPITALISED})")


@cache
def _title_surname_pattern() -> re.Pattern[str]:
    alternatives = _every_language("titles")
    return re.compile(rf"(?<!\w)(?i:{alternatives})\s+({_CAPITALISED})(?!\s+{_CAPITALISED})")


@cache
def _greeting_name_pattern() -> re.Pattern[str]:
    """A greeting and two capitalised words ("Dear Sandra Whitfield", "Thank you, Simon and
    Clare Whitaker"): a full name whether or not the first name is in the lists."""
    alternatives = _every_language("greetings", re.escape)
    return re.compile(
        rf"(?<!\w)(?i:{alternatives}),?\s+({_CAPITALISED})"
        rf"(?:\s+(?i:and|&)\s+{_CAPITALISED})?\s+({_CAPITALISED})"
    )


@cache
def _relative_before() -> re.Pattern[str]:
    """A relative just before a position ("your husband, " before a name)."""
    alternatives = _every_language("relatives")
    return re.compile(rf"(?<!\w)(?i:{alternatives}),?\s+$")


@cache
def _civil_title() -> re.Pattern[str]:
    """A civil title on its own ("Pani", "Pan", "Mrs"), which is never a surname."""
    alternatives = _every_language("titles")
    return re.compile(rf"(?i:{alternatives})")


@cache
def _greeting_before() -> re.Pattern[str]:
    """A greeting just before a position ("Thanks, " before a name)."""
    alternatives = _every_language("greetings", re.escape)
    return re.compile(rf"(?<!\w)(?i:{alternatives}),?\s+$")


@cache
def _staff_title_before() -> re.Pattern[str]:
    """A professional title just before a name, with the abbreviated qualifiers that may follow
    it: "Dr Anna Wiśniewska", "mgr piel. Lidia Czubak" are the practice's own."""
    alternatives = _every_language("staff_titles")
    # ... each a short lower-case word and a full stop ("Dr. Lee. Anna Nowak" names no one's)
    qualifier = r"\s+[a-zа-яёіїєґąćęłńóśźż]{1,6}\."
    # ... and a civil title between: "our physio team, led by Mr James Kerr"
    civil_alternatives = _every_language("titles")
    return re.compile(
        rf"(?<!\w)(?i:{alternatives})(?:{qualifier})*\s+(?:(?i:{civil_alternatives})\s+)?$"
    )


@cache
def _staff_role_before() -> re.Pattern[str]:
    """A professional title or role, a word at most, and a comma just before a position: the
    name that follows is in apposition ("our manager, Mrs Anna Wróbel"), the practice's own."""
    alternatives = _every_language("staff_titles")
    civil_alternatives = _every_language("titles")
    return re.compile(
        rf"(?<!\w)(?i:{alternatives})(?:\s+\w+)?,\s+(?:(?i:{civil_alternatives})\s+)?$"
    )


@cache
def _staff_titles_gate() -> re.Pattern[str] | None:
    """Where a staff title can start: ``_staff_title_before`` and ``_staff_role_before`` both
    start with one, so neither matches in a window where this finds none."""
    titles = {t for code in LANGUAGES for t in lexicon(code).staff_titles}
    return beginnings_gate(sorted(titles))


def _staff_named_before(text: str) -> Callable[[int], bool]:
    """A test of ``text``: whether a staff title or role ends just before a position, one of
    ``_staff_title_before`` and ``_staff_role_before`` matching in the 60 characters before it
    ("Dr Anna Wiśniewska", "our manager, Mrs Anna Wróbel"). Their search is tried only where
    ``_staff_titles_gate`` finds a title's beginning in that window (gspeed29: each search of
    their hundreds of case-blind titles took 100-300 us a window), and only at the places it
    finds: both start with a title, so neither matches anywhere else (gspeed41: a search tried
    them at every place of the window, 5-7 % of a 4 KB Russian or Ukrainian reply's check,
    where "врач", "лікар" are at every other name)."""
    staff, role = _staff_title_before(), _staff_role_before()
    gate = _staff_titles_gate()

    def named(at: int) -> bool:
        window = max(0, at - 60)
        if gate is None:
            return bool(staff.search(text, window, at) or role.search(text, window, at))
        place = gate.search(text, window, at)
        while place is not None:
            start = place.start()
            if staff.match(text, start, at) or role.match(text, start, at):
                return True
            place = gate.search(text, start + 1, at)  # a title may start inside the last
        return False

    return named


@cache
def _staff_role_after() -> re.Pattern[str]:
    """A dash or a comma and a professional title just after a name: "Анна Михайловна
    Орлова — наш ведущий терапевт", "... и Денис Андреевич Ли — оба врачи": the practice's own."""
    alternatives = _every_language("staff_titles")
    # each language's [guard] staff_role_after: "our", "one of our", "наш…", "оба", "обидва"
    openers = _every_language("staff_role_after")
    # ... or, after the name, their news (_staff_news_after)
    return re.compile(
        rf"\s*[—–,-]\s*(?i:(?:{openers})\s+)?"
        rf"(?:\w+\s+){{0,2}}?(?i:{alternatives})(?!\w)"
        rf"|{_staff_news_after().pattern}"
    )


# The words a member of staff's news may have between their name and what it tells ("с 1 июня",
# "will be", "od 1 czerwca"): a clause's punctuation ends the news.
_STAFF_NEWS_GAP = 4


@cache
def _staff_news_after() -> re.Pattern[str]:
    """After a name in its clause, where only a member of staff is ([guard] staff_away_after):
    "Ольга Викторовна Лебедева в отпуске до 20 августа", "... на конференции"; the name is the
    subject of that news, a few words (a date, "will be") between them: "Мария Ковалёва с 1
    июня уходит в декретный отпуск", "Megan Hughes will be on maternity leave", "z Panią Ewą
    Malinowską z księgowości"."""
    away_alternatives = _every_language("staff_away_after")
    # ... or a relative clause about the name right after its comma (session 31, gen31: "Claire
    # Evans, who joined our nursing team in January"; "who" opens it, no other clause does)
    return re.compile(
        rf"(?:,\s+(?=(?i:who)\s)|\s+)(?:\w+\s+){{0,{_STAFF_NEWS_GAP}}}?(?i:{away_alternatives})(?!\w)"
    )


# The given name is one or two characters that are not function words: without that,
# "执业许可及医生" would read as a surname (许), a name (可及) and a title (医生).
_ZH_GIVEN = r"[^\W\d_及和与的是在了们位名个为有对向给让被把请您我他她它这那]"


@cache
def _chinese_name_pattern() -> re.Pattern[str]:
    zh = lexicon("zh")
    given = _ZH_GIVEN
    # "向黄女士" is "to Ms Huang": a surname and a title follow, so 向 is no surname here
    # ... or a surname and a two-character given name greeted on their own: "陈建国您好"
    # (not a title or a kinship word: "刘老师您好", "王姐姐你好")
    # ... and not a foreign first name spelt in characters: "莫妮卡您好" (Monica)
    native = rf"[^\W\d_及和与的是在了们位名个为有对向给让被把请您我他她它这那{zh.transliteration}]"
    greeted = (
        rf"[{zh.surnames}](?!{_honorifics('after_surname')})(?:{native}){{2}}"
        rf"(?=[，,、\s]?(?:您好|你好))"
    )
    # ... or a foreign given name and surname spelt in characters, joined by a middle dot, before
    # a title: "默罕默德·法鲁克先生", "伊丽莎白·泰勒女士" (session 40, gmeas40)
    dotted = rf"(?:{given}){{1,6}}[·•‧・](?:{given}){{1,6}}(?=(?:{zh.name_titles}))"
    return re.compile(
        rf"[{zh.surnames}](?!{_honorifics('not_given_name')})"
        rf"(?![{zh.surnames}](?:{zh.name_titles}))(?:{given}){{1,2}}"
        rf"(?=(?:{zh.name_titles}))|(?:^|(?<=[。！？!?\n]))\s*{greeted}|{dotted}"
    )


def _without_surname_words(text: str) -> str:
    """``text`` with each word a surname's character is part of ([guard] surname_words: "谢谢",
    "感谢", "高兴") written as function words of its length, so no name starts or runs in it;
    every other character stays where it was."""
    words = lexicon("zh").surname_words
    if words is None:
        return text
    return words.sub(lambda m: "的" * len(m.group()), text)


@cache
def _zh_title_after() -> re.Pattern[str]:
    """The title or kinship word a reply puts after a full name ([honorifics] after_surname and
    after_full_name: "王秀英阿姨", "孙德胜老先生"), at the end."""
    return re.compile(_honorifics("after_surname", "after_full_name") + "$")


# what a finished check or load_guidelines has compiled: languages, and "country:XX"
_ready: set[str] = set()


def rules_ready(reply_text: str, language: str = "", country: str = "other") -> bool:
    """Whether checking ``reply_text`` finds every rule it needs compiled already (then it
    costs milliseconds; else the first use compiles them: a second or two on a busy PC)."""
    if f"country:{country}" not in _ready:
        return False
    return _ready.issuperset(_languages_of(reply_text, reply_language(reply_text, language)))


def load_guidelines(languages: Sequence[str] = LANGUAGES) -> None:
    """Read and compile the rules of ``languages`` (every language by default) now, not on
    first use: about a second each. The window calls it on a worker after its first paint,
    one language at a time, the practice's own first (after ``prepare_guidelines``).
    """
    prepare_guidelines(languages)
    for code in languages:
        language_pack(code).facts.compile_all()
        learned_reader(code)  # its model, where switched on: read now, not at the first check
        structured_reader(code)
    for country in PRACTICE_COUNTRIES:
        country_pack(country).phrases.compile_all()
    _ready.update(languages)
    _ready.update(f"country:{country}" for country in PRACTICE_COUNTRIES)


def prepare_guidelines(languages: Sequence[str]) -> None:
    """Read the rules of ``languages`` and build their tables, leaving most of their patterns
    to be compiled when a text first needs them (``load_guidelines`` compiles the rest): a
    reply's first check then waits a fraction of a second for its language, not the whole
    compile (Russian: 1.5 s of CPU before, 0.45 s now). Not ``rules_ready`` yet: a check
    still runs on a worker until ``load_guidelines`` has compiled everything."""
    for code in LANGUAGES:
        lexicon(code)  # cheap; the patterns below read every language's words
    for code in languages:
        language_pack(code)
    for country in PRACTICE_COUNTRIES:
        country_pack(country)
    _first_name_stems()
    _title_pattern()
    _title_surname_pattern()
    _greeting_name_pattern()
    _greeting_before()
    _word_trigger("titles")
    _word_trigger("greetings")
    _relative_before()
    _staff_title_before()
    _staff_role_before()
    _staff_titles_gate()
    _civil_title()
    _chinese_name_pattern()


def _surnames_of(author: str) -> list[str]:
    """The reviewer's surname(s): every word after the first that is not an initial or a
    patronymic ("Николай Петрович" has none). An organisation's name ("Rotary Club",
    "Fundacja Uśmiech") has none either."""
    words = author.split()
    if any(w.casefold().strip(".,&") in all_organisation_words() for w in words):
        return []
    if (
        len(words) == 2
        and _SURNAME_LIKE.match(words[0])
        and not _is_first_name(words[0])
        and _is_first_name(words[1])
    ):
        return [words[0]]  # the surname first: "Петрова Анна", "Kowalska Anna"
    if len(words) == 2 and not _is_first_name(words[0]) and _is_first_name(words[1]):
        return []  # a role and the first name they go by: "Pastor Mike", "Coach Dan"
    # a lower-case word that is no particle of a surname ends the person's name: "Neighbour
    # on Mill Lane", "Graham on Elm Rd" name a street after it, no surname ("Jan van Dijk" does)
    particles = all_name_particles()
    ended = next(
        (
            i
            for i, w in enumerate(words[1:], 1)
            if w[:1].islower() and w.casefold() not in particles
        ),
        len(words),
    )
    return [
        w
        for w in words[1:ended]
        # not a lower-case word: "Neighbor on Elm St" has no surname "on"
        if len(w) >= 2
        and w.isalpha()
        and not w.isupper()
        and not w[0].islower()
        and not _PATRONYMIC.match(w)
    ]


@cache
def _first_names_written() -> frozenset[str]:
    """Every first name as the lists write it ("Анна", "Петро"), in lower case."""
    return frozenset(name.casefold() for name in all_first_names())


def _is_first_name(word: str) -> bool:
    """A first name as written in the lists: "Анна" is one, "Петрова" (a surname) is not."""
    return word.casefold() in _first_names_written()


# (both cases written out: a case-blind character class scans text about twice as slowly)
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ\u1c80-\u1c86]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ\u1c86]")
_POLISH_ONLY = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# runs of the letters above: a reply's letters are counted a run at a time, not a match a letter
# (a Russian reply's 1,500 matches cost 0.4 ms; its 300 runs a fifth of that)
_CYRILLIC_RUN = re.compile(_CYRILLIC.pattern + "+")
_HAN_RUN = re.compile(_HAN_CHAR.pattern + "+")


def _letters(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs of ``runs`` hold."""
    return sum(map(len, runs.findall(text)))


_FACT_KINDS = ("health", "dates", "billing", "insurance", "personal")
# Facts a reply adds about the person: with the reviewer as their subject, new information.
_FACT_CODES = (
    FindingCode.HEALTH_DETAIL,
    FindingCode.DATE,
    FindingCode.PRICE,
    FindingCode.INSURANCE,
)
# Endings of Russian, Ukrainian and Polish surnames (in any case): "Пане Кравчук", "пана
# Лисенка", "Pani Kowalska"; "Pani Ewo" is a first name in the vocative, not a surname.
_SURNAME_LIKE = re.compile(
    r"\w+(?:ов|ова|ову|овой|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|ского|ской|цкий|цкая"
    r"|енко|енка|енку|ук|юк|чук|ука|юка|чука|ий|ська|цька|ського|ської"
    r"|ski|ska|skiego|skiej|cki|cka|ckiego|ckiej|dzki|dzka|wicz|czyk|czak|iak|owa|ówna)$"
)


@cache
def _titled_author() -> re.Pattern[str]:
    """A reviewer who signs with a professional title ([honorifics] signed: "Д-р Ахмедов", "Dr.
    Patel", "Prof. Nowak"): a colleague who publishes that surname as the name they go by, as
    "王先生" does."""
    return re.compile(rf"(?i)^{_honorifics('signed')}\.?\s")


# In the facts of a review that speaks of money ("they charged me twice"): a reply's money words
# that name no amount answer it ("we'll refund the overpayment").
_REVIEW_NAMES_MONEY = "\x00money"
# A figure of a review, among its facts: an amount the reply gives in other words is its own.
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d\d)?(?![\d])")
_FIGURE_MARK = "\x00figure:"
# ... and one that tells of a treatment, a test or a clinician ("the nurse took blood three
# times"): a reply's word that only refers back to it ("the procedure") adds nothing.
_REVIEW_TELLS_OF_CARE = "\x00care"
# ... and one that names a day or a time ("my appointment on 3 March"): a reply's word that only
# refers back to a day ("那天", "that day") is that day, the review's own.
_REVIEW_NAMES_DAY = "\x00day"
# ... that the review tells of an illness or a treatment in health words ("came in with the flu")
_REVIEW_TELLS_OF_ILLNESS = "\x00ill"
# ... and the first letters ([guard] echo_letters) of each one-word health term it names: a
# reply's one word of the same stem is the review's own ("szczepienie" after "szczepionkę").
_STEM_MARK = "\x00stem:"
# A number in Chinese numerals: "两百", "三百四十", "一万二"
_ZH_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千万]+")
# session 42 (gfa42): a figure of the clock or the calendar in Chinese numerals ("七点半", "十号"),
# a figure as "7:30" is: one such word may be the time the review gave
_ZH_TIME_FIGURE = re.compile(r"[零〇一二两三四五六七八九十]+(?=[点时号日分])")


def _figures(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The figures of an amount, as digits: "$200", "两百块" and "two hundred dollars" all
    give "200"."""
    stop = len(text) if end is None else end
    found = _FIGURE.findall(text, start, stop)
    found.extend(str(zh_value(m)) for m in _ZH_NUMBER.findall(text, start, stop))
    found.extend(str(_words_value(m.group())) for m in _number_words().finditer(text, start, stop))
    return found


@cache
def _number_values() -> tuple[dict[str, int], dict[str, int]]:
    """Every language's number words and multipliers ([guard] number_words), in lower case."""
    words: dict[str, int] = {}
    multipliers: dict[str, int] = {}
    for code in LANGUAGES:
        words.update({k.casefold(): v for k, v in lexicon(code).number_words.items()})
        multipliers.update({k.casefold(): v for k, v in lexicon(code).number_multipliers.items()})
    return words, multipliers


@cache
def _number_words() -> re.Pattern[str]:
    """A run of number words: "eighty", "two hundred and fifty", "dwieście pięćdziesiąt"."""
    words, multipliers = _number_values()
    every = sorted([*words, *multipliers], key=len, reverse=True)
    if not every:
        return re.compile("(?!)")
    one = "(?:" + "|".join(re.escape(w) for w in every) + ")"
    return re.compile(rf"(?<!\w){one}(?:(?:\s+and\s+|\s+i\s+|[\s-]+){one})*(?!\w)", re.I)


def _words_value(run: str) -> int:
    """The value of a run of number words: "two hundred and fifty" is 250."""
    words, multipliers = _number_values()
    total = current = 0
    for word in re.findall(r"\w+", run.casefold()):
        if word in multipliers:
            current = (current or 1) * multipliers[word]
            if multipliers[word] >= 1000:
                total, current = total + current, 0
        elif word in words:
            current += words[word]
    return total + current


# An amount of money: a currency sign or a currency word in any of the five languages (not any
# figure: a phone number in the clause is no amount).
_AMOUNT = re.compile(
    r"[$£€¥₽₴]|dollar|pound|euro|cent|buck|zł|złot|grosz|руб|коп|грн|гривн|гривен|元|块|角"
    r"|(?<![a-z])(?:usd|pln|rub|uah|cny|rmb)(?![a-z])",
    re.IGNORECASE,
)
# A review is read for echoes up to this length: a pasted megabyte should not slow typing.
_REVIEW_READ_LIMIT = 20_000

# a short aside in brackets between a date and what it is for: "6月2日（周一）开业"
_ASIDE = re.compile(r"\s*[(（][^()（）]{1,12}[)）]")
# what may stand between a phrase and a date before it, and after an aside (phrase_beside)
_GAP_BEFORE = re.compile("[ ,(（\u00a0]*")
_GAP_AFTER = frozenset(" ,)）\u00a0")
# a sentence with more phrases of a kind than this has them looked up (_SpansBeside), not
# walked one by one for each date or word beside which one may stand
_SPANS_WALKED = 8


class _SpansBeside:
    """The phrases of one kind in one sentence, by where they start and end: whether one stands
    beside a span (``phrase_beside``) is looked up by bisection, as the walk over them all
    decides it (a pasted sentence with thousands of dates and phrases walked them all for each
    date). A phrase's spans may overlap (several languages' phrases)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        by_start = sorted(spans)
        self.starts = [s for s, _ in by_start]
        # the farthest end of the phrases that start at or before each
        self.reach = list(accumulate((e for _, e in by_start), max))
        self.ends = sorted(e for _, e in spans)

    def beside(
        self,
        text: str,
        start: int,
        end: int,
        after: bool,
        only_asides: Callable[[int, int], bool],
    ) -> bool:
        starts, reach = self.starts, self.reach
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and reach[i] > start:
            return True  # a phrase holds ``start``
        if after:
            i = bisect.bisect_left(starts, end) - 1
            if i >= 0 and reach[i] >= end:
                return True  # a phrase starts before ``end`` and runs on to it or past
        # the nearest end at or before ``start``: its gap is the end of every other's
        i = bisect.bisect_right(self.ends, start) - 1
        if i >= 0 and _GAP_BEFORE.fullmatch(text, self.ends[i], start):
            return True
        if not after:
            return False
        # phrases after ``end``: none past where the gap holds something that is neither an
        # aside nor a space or comma (``_asides_reach``)
        last = _asides_reach(text, end)
        i = bisect.bisect_left(starts, end)
        while i < len(starts) and starts[i] <= last:
            if only_asides(end, starts[i]):
                return True
            i += 1
        return False


def _asides_reach(text: str, start: int, end: int | None = None) -> int:
    """Where the asides, spaces and commas that follow ``start`` stop, read up to ``end`` (the
    text's end by default): ``only_asides(start, end)`` is ``_asides_reach(text, start, end) >=
    end``."""
    stop = len(text) if end is None else end
    while start < stop:
        aside = _ASIDE.match(text, start, stop)
        if aside is not None:
            start = aside.end()
        elif text[start] in _GAP_AFTER:
            start += 1
        else:
            return start
    return start


# the one word between a review and its date: "отзыв от 12 мая", "opinia z 3 marca"
_REVIEW_DATED = [["от"], ["від"], ["of"], ["from"], ["dated"], ["z"], ["ze"]]


def reply_language(text: str, hint: str = "") -> str:
    """The reply's language: ``hint`` (the review's detected language) unless the reply's
    letters say otherwise (a Russian reply to a review detected as English)."""
    sample = text[:2000]
    code = normalise_language(hint) if hint else ""
    if _HAN_CHAR.search(sample):
        han = _letters(_HAN_RUN, sample)
        if han * 3 >= len(_LATIN_WORD.findall(sample)) + _letters(_CYRILLIC_RUN, sample) // 4:
            return "zh"
    cyrillic = _letters(_CYRILLIC_RUN, sample)
    if cyrillic and cyrillic > len(_LATIN_WORD.findall(sample)) * 3:
        if code in ("ru", "uk"):
            return code
        ukrainian = len(_UKRAINIAN_ONLY.findall(sample))
        return "uk" if ukrainian > len(_RUSSIAN_ONLY.findall(sample)) else "ru"
    if code in ("en", "pl"):
        return code
    return "pl" if _POLISH_ONLY.search(sample) else "en"


def _languages_of(text: str, primary: str) -> list[str]:
    """The reply's language first, then those whose letters also appear in it."""
    codes = [primary]
    if primary not in ("ru", "uk") and _CYRILLIC.search(text):
        codes += ["ru", "uk"]
    elif primary == "ru" and _UKRAINIAN_ONLY.search(text):
        codes.append("uk")
    elif primary == "uk" and _RUSSIAN_ONLY.search(text):
        codes.append("ru")
    if primary != "zh" and _HAN_CHAR.search(text):
        codes.append("zh")
    if primary in ("ru", "uk", "zh") and _LATIN_WORD.search(text):
        codes.append("en")
    if primary == "en" and _POLISH_ONLY.search(text):
        codes.append("pl")
    return codes


@lru_cache(maxsize=20_000)
def _phrase_family(text: str, language: str = "") -> str:
    """What a phrase names, whatever its form: "колоноскопию" and "колоноскопия" agree."""
    morphology = language_pack(language).morphology if language else None
    if morphology is None or not morphology.segmented:
        return " ".join(text.casefold().split())
    keys = []
    words = WORD.findall(text)
    if len(words) > 1:
        # without one-letter prepositions, which euphony changes: Ukrainian "у четвер" / "в четвер"
        words = [w for w in words if len(w) > 1] or words
    for word in words:
        stems = [s for s in morphology.candidate_stems(word) if len(s) >= 3]
        keys.append(min(stems, key=len) if stems else word.casefold())
    return " ".join(keys)


def _collect(text: str, codes: Sequence[str], country: str) -> list[Hit]:
    """What ``text`` asserts: every fact phrase and word family (not yet about whom)."""
    hits: list[Hit] = []
    low = lowered(text)
    split = WordSplit(text)  # its words, split once for every language's families
    for code in codes:
        pack = language_pack(code)
        # whom a clause is about is read later, only in the clauses that assert something
        for kind, m in pack.facts.finditer(text, low):
            hits.append(Hit(m.start(), m.end(), kind, ""))  # its family only when needed
        hits.extend(pack.families.find(text, split))
    for kind, m in country_pack(country).phrases.finditer(text, low):
        hits.append(Hit(m.start(), m.end(), kind, ""))
    for m in _found_at(_NUMERIC_DATE, _DIGITS_START, text):
        hits.append(Hit(m.start(), m.end(), "dates", ""))
    for m in _found_at(_CURRENCY_AMOUNT, _AMOUNT_START, text):
        hits.append(Hit(m.start(), m.end(), "billing", ""))
    return hits


# The review's facts last read, with what they were read for: the editor checks the reply at
# each pause in typing, the review the same all the while (one tuple: another thread may
# replace it meanwhile).
_last_review_facts: tuple[tuple[str, tuple[str, ...], str], frozenset[str]] | None = None


# A reward's refusal reads some 480 characters with each pattern (``negated_reach``: 240 each
# side); a scan of the whole reply for where the patterns can start (``match_places``) costs
# more a character. With fewer rewards than one in this many characters (any reply written, not
# a pasted list), the windows are read as they are: with one in 480, a 4 KB Chinese reply of
# rewards was checked in 13.9 ms instead of 13.4.
_REWARD_WINDOWS = 48

# Between a reward and the service it names: spaces and at most one short word ("бесплатной
# чистки", "знижку на імплантацію", "rabat na implant"; ``service_of_refused_reward``).
_SERVICE_GAP = re.compile(r"\s+(?:\w{1,3}\s+)?")

# The reward reading (session 45, grew45; session 46, greward46): a listed reward ([guard]
# reward: "a discount", "подарок", "好评返现") or a benefit word ([guard] benefit: "free",
# "бесплатно", "w prezencie", "免费") is a finding unless a part of _REWARD_PARTS, read in its
# order, says no reward is given for a review. How it is given, its way (_REWARD_WAYS), is read
# first; each part is read only for the ways its row names. A benefit word given in none of its
# ways is no reward ("the first consultation is free"). One reading, ``reward_passes`` in
# rules_reading; the words of each part are the language's, in its TOML: [guard] reward_denied,
# reward_denied_after, reward_not_offered, given_as_thanks, reader_next, review_condition,
# benefit, amenity; [reward] even, exception, granted, fraud, group, everyone, season,
# thanks_to_all; [reading] negator, scope, you.
_REWARD_WAYS: tuple[tuple[str, str], ...] = (
    # a listed reward, given in one of three ways (``listed_given``)
    ("reviewed", 'a review named in its clause or the one before: "leave a review - 10% off"'),
    ("thanked", 'no review named, given as thanks for one: "为表感谢，新客户首次洗牙免费"'),
    ("unthanked", 'no review named, nor given as thanks: "Seniors get 10% off"'),
    # a benefit word, a reward only where it is given in one of four (``benefit_given``)
    (
        "free_for_review",
        'a review its condition in its own clause: "leave us a review and your next polish is'
        ' free"',
    ),
    (
        "free_after_review",
        'a review its condition in the clause before, in its sentence: "Раз вы нашли время'
        ' написать отзыв, бесплатная полировка ждёт вас"; or in a clause that takes back a'
        " refusal of rewards: \"We don't give gifts for reviews, but we'd love to give you a"
        ' free cleaning for this one"',
    ),
    (
        "free_as_thanks",
        'given as thanks, after a thanks for the review: "Thanks for the five stars! To say'
        ' thank you, a voucher for a free check-up is waiting for you"',
    ),
    (
        "free_next_visit",
        'the reader\'s next visit, after a thanks to them: "Thanks Anna! Next cleaning is free."',
    ),
)
_LISTED_WAYS = frozenset(("reviewed", "thanked", "unthanked"))
_FOR_REVIEW = frozenset(("free_for_review", "free_after_review"))
_EVERY_WAY = frozenset(way for way, _ in _REWARD_WAYS)
_UNREVIEWED = frozenset(("thanked", "unthanked"))

# One row a part: its name (``reward_part`` in rules_reading), the ways it is read for, and
# the wording it is about, with its example.
_REWARD_PARTS: tuple[tuple[str, frozenset[str], str], ...] = (
    # refused or granted
    (
        "denied_in_clause",
        _EVERY_WAY,
        'its clause denies ([reading] negator), and the next does not take it back: "we never'
        ' give free cleanings for reviews" (not "..., but for you we\'ll make an exception")',
    ),
    (
        "refused",
        _EVERY_WAY,
        "a refusal right before or after it, or of the list it is in, a question of it answered"
        ' "no": "ни скидок, ни подарков", "好评返现不是本院的做法", "Rabaty za opinie? Nigdy.";'
        ' not where the next clause grants it after all: "Скидок за отзывы мы не даём, но для'
        ' вас сделаем исключение"',
    ),
    (
        "refusal_goes_on",
        _EVERY_WAY,
        'after "even", more of what is refused ([reward] even): "мы ничего за них не даём —'
        ' даже бесплатного измерения давления"',
    ),
    # on what condition: a review named near it is no condition of it
    (
        "review_no_condition",
        _FOR_REVIEW | {"reviewed"},
        'the review named near it is no condition of it: "some clinics swap freebies for'
        ' stars", "reviews are voluntary; the seniors\' discount is for everyone over 65"',
    ),
    (
        "thanks_then_others",
        _FOR_REVIEW,
        "the review named is the one thanked for, and what follows the thanks does not speak to"
        ' the reader: "thanks for the review, and our first consultation is free for new'
        ' patients" (not "thanks for the review, your next polish is free")',
    ),
    (
        "about_no_one",
        _FOR_REVIEW,
        "its clause is about no one, after a thanks in it or a review named in the clause"
        ' before: "Thank you for the review, and the consultation is free for everyone"',
    ),
    # to whom: everyone, a group, the practice's service, not the reader
    (
        "group_in_own_part",
        frozenset(("reviewed",)),
        "the review thanked for in one part, an offer to a group in its own (session 44,"
        ' gfa44b): "谢谢您的评价，另外首次咨询对新患者免费"',
    ),
    (
        "said_of_everyone",
        frozenset(("unthanked",)),
        'said of everyone, of no one or of a stated scope: "we offer a discount to seniors",'
        ' "首次咨询免费" (the first consultation, anyone\'s: [reading] scope)',
    ),
    (
        "not_offered",
        _EVERY_WAY - {"reviewed"},
        "had, not offered ([guard] reward_not_offered), or an amenity of the premises in a"
        ' sentence naming no review ([guard] amenity): "we won a prize", "complimentary tea in'
        ' the waiting room", "免费停车位，下次来更方便"; not a listed reward with a review'
        ' named, whoever gives it: "为了感谢您的这条评价，您下次洁牙由我们免费提供"',
    ),
    (
        "fraud",
        _EVERY_WAY,
        'a warning of a fraud, no offer ([reward] fraud): "messages promising discounts for'
        ' reviews in our name are a scam", "если кто-то предложил вам подарки за отзывы от'
        ' нашего имени, сообщите нам"',
    ),
    (
        "group_named",
        _UNREVIEWED,
        'the group it is for named before it ([reward] group): "New patients: the first'
        ' hygiene visit is half price", "会员每五次消费可享一次八折"',
    ),
    (
        "season",
        frozenset(("unthanked",)),
        'the period the offer runs for, said of no one ([reward] season, session 37): "Весь'
        ' март отбеливание со скидкой 20%", "本月洗牙八折"',
    ),
    (
        "group_in_part",
        _UNREVIEWED,
        "its part of the sentence states whom it is for and says nothing to the reader"
        ' (session 35): "欢迎您带家人朋友来，首次咨询都是免费的"',
    ),
    (
        "reviewers_own",
        _UNREVIEWED,
        "the reviewer's own benefit said back: \"We're glad the pensioner discount was"
        ' applied" after "they gave my mum the pensioner discount"',
    ),
    (
        "not_to_reader",
        _LISTED_WAYS,
        "after a thanks, an offer that does not go to the reader ([guard] reward_to_reader):"
        ' "Dziękujemy za opinię, a pierwsza konsultacja jest bezpłatna dla nowych pacjentów"',
    ),
    (
        "service_of_practice",
        _UNREVIEWED,
        "a free service of the practice, not given to the reader (session 36, goffer36):"
        ' "Наши кардиолог и невролог проведут бесплатные консультации в помещении совета"',
    ),
)

# The languages where an explanation said of anyone in its sentence ([reading] anyone: "dla
# większości osób", "u każdego") is not the reviewer's case (session 31, gpl31b: pl). Not ru and
# uk, where "После лапароскопии так бывает у многих" explains the reviewer's own case (round 11b).
_EXPLAINED_FOR_ANYONE = frozenset({"pl"})

# The first person plural's own records or data ("our records", "по нашим данным", "за нашими
# даними", "według naszych danych", "据我们的数据"): read as nobody's record where the sentence
# tells of no one (session 35, gvocab35; ``records_of_no_one`` in ``rules_reading``).
_OURS = re.compile(r"(?i)(?<!\w)(?:our|наш\w*|nasz\w*)(?!\w)|我们|本院")


def _review_facts(review_text: str, codes: Sequence[str], country: str) -> frozenset[str]:
    """What the review itself says: the families of its health words, dates and money."""
    global _last_review_facts
    key = (review_text, tuple(codes), country)
    last = _last_review_facts
    if last is not None and last[0] == key:
        return last[1]
    facts = _read_review_facts(review_text, codes, country)
    _last_review_facts = (key, facts)
    return facts


def _read_review_facts(review_text: str, codes: Sequence[str], country: str) -> frozenset[str]:
    text = review_text[:_REVIEW_READ_LIMIT]
    if not text.strip():
        return frozenset()
    review_codes = list(dict.fromkeys([*codes, reply_language(text)]))
    language = review_codes[0]
    facts: set[str] = set()
    letters = lexicon(language).echo_letters  # [guard] echo_letters: 0 where no one has tuned it
    for h in _collect(text, review_codes, country):
        if h.kind in ("health", "care"):
            facts.add(_REVIEW_TELLS_OF_CARE)
        if h.kind == "health":
            facts.add(_REVIEW_TELLS_OF_ILLNESS)
        if h.kind == "dates":
            facts.add(_REVIEW_NAMES_DAY)
        if h.kind == "health" and letters and WORD.fullmatch(text, h.start, h.end):
            facts.add(_STEM_MARK + text[h.start : h.end].casefold()[:letters])
        if h.kind in _FACT_KINDS:
            facts.add(_family_of(h, text, language))
            if h.kind in ("billing", "insurance"):
                facts.add(_REVIEW_NAMES_MONEY)
            if h.kind == "billing":  # the amounts it names: "200 bucks"
                facts.update(_FIGURE_MARK + n for n in _figures(text, h.start, h.end))
    # an amount in words just before a currency word: "Eighty dollars for ten minutes"
    for m in _number_words().finditer(text):
        if _AMOUNT.match(text, m.end() + 1) or _AMOUNT.match(text, m.end()):
            facts.add(_FIGURE_MARK + str(_words_value(m.group())))
    low = lowered(text)
    if any(next(language_pack(c).phrases["money"].finditer(text, low), None) for c in review_codes):
        facts.add(_REVIEW_NAMES_MONEY)
    return frozenset(facts)


def _same_figures(amount: str, review_facts: frozenset[str]) -> bool:
    """The amount's figures are all the review's own: "$200" answering "200 bucks"."""
    figures = _figures(amount)
    return bool(figures) and all(_FIGURE_MARK + n in review_facts for n in figures)


def _same_stem(text: str, hit: Hit, language: str, review_facts: frozenset[str]) -> bool:
    """A one-word health term whose first letters are those of one the review names."""
    letters = lexicon(language).echo_letters
    if not letters or not WORD.fullmatch(text, hit.start, hit.end):
        return False
    return _STEM_MARK + text[hit.start : hit.end].casefold()[:letters] in review_facts


def _family_of(hit: Hit, text: str, language: str) -> str:
    """The hit's family: a word family's own, or the phrase's words reduced to their stems."""
    return hit.family or _phrase_family(text[hit.start : hit.end], language)


@dataclass
class _ListStep:
    """A reward of a list being read for a refusal: refused so far, the rewards beside it on
    the side read (nearest first), and the next of them to read."""

    start: int
    end: int
    found: bool
    near: list[tuple[int, int]]
    at: int = 0


def find_confidentiality_problems(
    reply_text: str,
    *,
    review_text: str = "",
    language: str = "",
    reviewer_name: str = "",
    allowed: Sequence[str] = (),
    country: str = "other",
    learned: bool = True,
) -> list[ConfidentialityFinding]:
    """Everything in ``reply_text`` that a public reply must not say, in text order.

    ``language`` is the review's detected language (the reply's letters can overrule it); the
    rules of other languages whose letters appear in the reply apply too. ``allowed`` are the
    practice's own words (its name, the signer, its contact) that may contain a health word or
    a full name on purpose. ``country`` picks the country pack (Settings -> Practice).
    ``learned=False`` reads with the rules alone, without the learned readers (benchmarks).
    """
    read = rules_reading(
        reply_text,
        review_text=review_text,
        language=language,
        reviewer_name=reviewer_name,
        allowed=allowed,
        country=country,
    )
    try:
        if not learned:
            return read.findings
        pack = country_pack(country)
        rewrite = language_pack(read.language).rewrites.get("confirms_patient", "")
        return _second_reading(read, rewrite, pack)
    finally:
        read.release()  # what the check read is freed now, not by the garbage collector


def rules_reading(
    reply_text: str,
    *,
    review_text: str = "",
    language: str = "",
    reviewer_name: str = "",
    allowed: Sequence[str] = (),
    country: str = "other",
) -> RulesReading[ConfidentialityFinding]:
    """The rules' findings on ``reply_text`` (as ``find_confidentiality_problems`` with
    ``learned=False``) together with what they read on the way: every hit, its clause, whom the
    clause is about (structured.py turns it into the structured reader's features)."""
    # the review is read up to its first 20,000 characters everywhere below: a pasted megabyte
    # of review must not hold the editor (round 19's readings of the review's own words read
    # it whole: half a second of CPU for a 1 MB Russian review, at each pause in typing)
    review_text = review_text[:_REVIEW_READ_LIMIT]
    text = reply_text
    primary = reply_language(text, language)
    codes = _languages_of(text, primary)
    main = language_pack(primary)
    pack = country_pack(country)
    hits = _collect(text, codes, country)
    for start, end in _reviewer_mentions(text, reviewer_name):
        hits.append(Hit(start, end, "addressee", ""))

    abbreviations = frozenset().union(*(language_pack(c).abbreviations for c in codes))
    sentences, clauses = split_text(text, main.clause_breaks, abbreviations)
    index = ClauseIndex(clauses)
    addressees: list[tuple[int, Hit]] = []
    facts: list[tuple[int, Hit]] = []
    for hit in hits:
        (addressees if hit.kind == "addressee" else facts).append((index.of(hit.start), hit))
    low = lowered(text)
    name_spans = list(_reviewer_mentions(text, reviewer_name, vocative=True))
    # whom each clause is about (clause_reading.py): every rule below asks it
    whom = WhomReading(
        text,
        low,
        codes,
        clauses,
        sentences,
        facts=facts,
        addressees=addressees,
        name_spans=name_spans,
        reviewer_name=reviewer_name,
    )
    kinds_in: dict[int, set[str]] = {}
    for clause, hit in facts:
        kinds_in.setdefault(clause, set()).add(hit.kind)
    addressee_at = whom.addressee_at
    sentence_of = whom.sentence_of
    # where the parts of a clause end (_ECHO_PART_END, one character each), found once a reply
    # where first asked: a pasted Chinese clause that never ends was searched to its end again
    # for each hit (256 KB of care words: 9.6 s)
    part_ends: list[int] | None = None

    def part_end_after(at: int, end: int) -> int | None:
        """Where the first part end of ``text[at:end]`` is (``_ECHO_PART_END.search``)."""
        nonlocal part_ends
        if part_ends is None:
            part_ends = [m.start() for m in _ECHO_PART_END.finditer(text)]
        i = bisect.bisect_left(part_ends, at)
        return part_ends[i] if i < len(part_ends) and part_ends[i] < end else None

    def part_start_before(start: int, at: int) -> int:
        """Where the last part of ``text[start:at]`` starts: after its last part end, or
        ``start``."""
        nonlocal part_ends
        if part_ends is None:
            part_ends = [m.start() for m in _ECHO_PART_END.finditer(text)]
        i = bisect.bisect_left(part_ends, at) - 1
        return part_ends[i] + 1 if i >= 0 and part_ends[i] >= start else start

    def read_names_review(clause: int, outside: Sequence[tuple[int, int]] = ()) -> bool:
        """The clause names a review (other than at ``outside``), not to say that what it offers
        has nothing to do with one ([guard] unrelated: "与评价和就诊无关", "nothing to do with
        reviews")."""
        start, end = clauses[clause]
        for code in codes:
            phrases = language_pack(code).phrases
            for m in phrases["review"].finditer_in(text, low, start, end):
                if any(s <= m.start() and m.end() <= e for s, e in outside):
                    continue  # the review thanked for (review_past_thanks)
                if negated(m.start(), m.end(), back=False) or negated(
                    m.start(), m.end(), back=True
                ):
                    continue  # "отзыв для этого не нужен", "we don't ask for reviews": none asked
                if not any(
                    u.start() <= m.start() and m.end() <= u.end()
                    for c in codes
                    for u in language_pack(c)
                    .phrases["unrelated"]
                    .finditer_in(text, low, start, end)
                ):
                    return True
        return False

    names_review = cache(read_names_review)  # read once a clause

    def denies_reward(clause: int) -> bool:
        """The clause names a reward and denies one ([guard] reward_denied): "we don't do
        discounts for reviews", "скидок за отзывы мы не даём"; the review it names is no
        condition of what the next clause offers."""
        if clause not in kinds_in or "reward" not in kinds_in[clause]:
            return False
        start, end = clauses[clause]
        return any(
            next(language_pack(c).phrases["reward_denied"].finditer_in(text, low, start, end), None)
            for c in codes
        )

    @cache
    def review_near(clause: int) -> bool:
        """A review is named in this clause or the one before ("leave a review — get ...");
        read only for a clause offering something. Not a sentence before that thanks for the
        review: "Thank you for the review! Seniors get 10% off" is an offer to everyone. Read
        once a clause: a pasted clause of thousands of rewards asks it for each."""
        if names_review(clause):
            return True
        if clause == 0 or not names_review(clause - 1) or denies_reward(clause - 1):
            return False  # "we don't do discounts for reviews, but seniors get 10% off"
        if (
            clause_opens_with("reward_exception", clause)
            and refuses_reviews_before(clause)
            and whom.general(clause)
        ):
            return False  # session 36 (goffer36): "We never pay for reviews, but every new
            # patient gets a free first consultation": the review refused, no condition of
            # an offer to all (not "..., but post one on Facebook for a £15 voucher")
        before = sentence_of.of(clauses[clause - 1][0])
        if before == sentence_of.of(clauses[clause][0]):
            return True
        start, end = sentence_of.clauses[before]
        return not any(
            any_match(lexicon(code).checklist.get("thanks", ()), text[start:end]) for code in codes
        )

    # round 21a's readings, once a clause each: a pasted clause of thousands of rewards or
    # benefits asks them for each
    others_from: dict[int, int | None] = {}
    condition_ends: dict[int, list[int]] = {}
    you_at: dict[int, list[int]] = {}
    thanked: dict[int, bool] = {}

    def others_before(clause: int, start: int) -> bool:
        """Before ``start`` the clause tells of others than the practice and the reader
        ([reading] others: "some clinics", "некоторые клиники", "有些商家")."""
        if clause not in others_from:
            c_start, c_end = clauses[clause]
            found = [
                at
                for c in codes
                if low is not None and (at := first_others_at(low, c, c_start, c_end)) is not None
            ]
            others_from[clause] = min(found, default=None)
        first = others_from[clause]
        return first is not None and first < start

    def review_conditions(clause: int, spanned: Iterable[int], start: int) -> bool:
        """The review named near a reward is its condition, for this reader (round 21a): not
        where the clause tells, before the reward, of others' practice ("some clinics swap
        freebies for five stars", "некоторые клиники обменивают подарки на звёзды"), nor where
        the review is named only in the sentence before, not as a condition, and the reward is
        offered to everyone ("reviews are voluntary and unrewarded; the seniors' discount is
        for everyone over 65"; not "Leave us a review on Google. Everyone gets 10% off.")."""
        if clause not in addressee_at and others_before(clause, start):
            return False
        if any(names_review(c) for c in spanned):
            return True
        if clause > 0 and sentence_of.of(clauses[clause - 1][0]) == sentence_of.of(
            clauses[clause][0]
        ):
            return True  # "leave a review, and a free polish is yours"
        if clause > 0 and review_as_condition(clause - 1):
            return True
        return not (
            whom.general(clause)
            or whom.general_beside(clause)
            or whom.about_no_one(clause, health=False)
        )

    def conditions_end(clause: int) -> list[int]:
        """Where each review named as a condition in the clause ends ([guard]
        review_condition: "for this review", "leave us a review", "за отзыв", "写评价")."""
        found = condition_ends.get(clause)
        if found is None:
            start, end = clauses[clause]
            found = condition_ends[clause] = [
                m.end()
                for c in codes
                for m in language_pack(c)
                .phrases["review_condition"]
                .finditer_in(text, low, start, end)
            ]
        return found

    def review_as_condition(clause: int) -> bool:
        """The clause names a review as what something is given for, not only a review ("your
        feedback helps us keep the clinic free")."""
        return names_review(clause) and bool(conditions_end(clause))

    def speaks_to(clause: int, start: int) -> bool:
        """The clause, from ``start`` on, speaks to the reviewer ([guard] addressee, [reading]
        you), read here too where it asserts nothing else: "хочемо подарувати вам щітку"."""
        found = you_at.get(clause)
        if found is None:
            c_start, c_end = clauses[clause]
            found = [a.start for a in addressee_at.get(clause, ())]
            # (whom.phrase_spans: the clause's "addressee", read once for whom it is about)
            found += [at for at, _ in whom.phrase_spans("addressee", c_start, c_end)]
            for c in codes:
                data = reading(c)  # ... or by a word of "you" ([reading] you: "вам", "您")
                if data is None:
                    continue
                if data.segmented:
                    found += [
                        m.start()
                        for m in WORD.finditer(text, c_start, c_end)
                        if m.group().casefold() in data.you_words
                    ]
                else:
                    found += [
                        c_start + at
                        for w in data.you_words
                        for at in _starts_of(w, text[c_start:c_end])
                    ]
            you_at[clause] = found
        return any(at >= start for at in found)

    def thanks_in(clause: int) -> bool:
        known = thanked.get(clause)
        if known is None:
            t_start, t_end = clauses[clause]
            known = thanked[clause] = any(
                any_match(lexicon(code).checklist.get("thanks", ()), text[t_start:t_end])
                for code in codes
            )
        return known

    def after_colon(clause: int) -> bool:
        """A colon joins the clause to the one before (where the cut falls, at either side)."""
        before = text[clauses[clause - 1][0] : clauses[clause - 1][1]].rstrip()
        here = text[clauses[clause][0] : clauses[clause][1]].lstrip()
        return before.endswith((":", "：")) or here.startswith((":", "："))

    past_thanks: dict[int, bool] = {}

    def review_past_thanks(clause: int) -> bool:
        """The clause names a review other than the one it thanks for: "Спасибо! Каждый,
        кто поставит нам пять звёзд, получит ...", "谢谢您的好评，本周晒图评价的顾客可领取 ...";
        not "Dziękujemy za opinię, a pierwsza konsultacja jest bezpłatna"."""
        known = past_thanks.get(clause)
        if known is None:
            known = names_review(clause)
            if known and thanks_in(clause):
                start, end = clauses[clause]
                thanked_for = [
                    m.span()
                    for c in codes
                    for m in language_pack(c)
                    .phrases["review_condition"]
                    .finditer_in(text, low, start, end)
                    if any(
                        any_match(lexicon(code).checklist.get("thanks", ()), m.group())
                        for code in codes
                    )
                ]
                known = read_names_review(clause, thanked_for)
            past_thanks[clause] = known
        return known

    reader_known: dict[tuple[int, int], bool] = {}

    def for_this_reader(clause: int, spanned: range) -> bool:
        """Read once a clause: a pasted clause of thousands of rewards asks it for each; only
        after a thanks for the review (in its sentence or the one before) is a listed reward
        read for whom it is given to: "Дарим скидку 10%" stays one."""
        key = (clause, spanned[-1])
        known = reader_known.get(key)
        if known is None:
            known = reader_known[key] = not after_thanks(clause) or read_for_this_reader(
                clause, spanned
            )
        return known

    sentence_thanks: dict[int, bool] = {}

    def after_thanks(clause: int) -> bool:
        """A thanks for the review in the clause's sentence or the sentence before."""
        number = sentence_of.of(clauses[clause][0])
        return any(thanks_in_sentence(n) for n in (number, number - 1) if n >= 0)

    def thanks_in_sentence(number: int) -> bool:
        known = sentence_thanks.get(number)
        if known is None:
            s_start, s_end = sentence_of.clauses[number]
            known = sentence_thanks[number] = any(
                thanks_in(c) and names_review(c)
                for c in range(index.of(s_start), index.of(max(s_start, s_end - 1)) + 1)
            )
        return known

    def read_for_this_reader(clause: int, spanned: range) -> bool:
        """A listed reward is given to this reader for something they do (round 22c, the
        thanks-plus-gift reading): a review is its condition and not only thanked for, in its
        clause or one beside it in its sentence ("everyone who leaves a review enters our
        draw", "Участвуйте в розыгрыше — достаточно оставить отзыв"); or it is given as
        thanks ([guard] given_as_thanks: "as a thank-you", "в знак благодарности", "为表谢意");
        or its part of the sentence speaks or bids to the reader ("your next cleaning is on
        us", "Заберите на ресепшене подарок", "промокод придёт вам"). Not "thanks for your
        feedback, and our first consultation is free for new patients": an offer to a group."""
        number = sentence_of.of(clauses[clause][0])
        s_start, s_end = sentence_of.clauses[number]
        near = [
            c
            for c in range(max(0, clause - 1), min(len(clauses), spanned[-1] + 2))
            if c in spanned or sentence_of.of(clauses[c][0]) == number
        ]
        if any(review_past_thanks(c) for c in near):
            return True
        before = clause - 1  # ... or the sentence before asks for one: "写个评价吧。送精美礼品"
        if before >= 0 and review_past_thanks(before) and not denies_reward(before):
            return True
        if any(
            next(language_pack(c).phrases[kind].finditer_in(text, low, s_start, s_end), None)
            for c in codes
            for kind in ("given_as_thanks", "reader_next")
        ):
            return True
        for c in near:
            # past the thanks for the review in a clause that thanks: "thank you for your
            # review and our students' discount" speaks to them only in the thanks
            from_ = max(conditions_end(c), default=clauses[c][0]) if thanks_in(c) else 0
            if (c >= clause or not thanks_in(c)) and speaks_to(c, from_):
                return True
            if any(
                (data := reading(code)) is not None
                and data.bids(text, max(from_, clauses[c][0]), clauses[c][1])
                for code in codes
            ):
                return True
        return False

    def free_of_charge(start: int, end: int) -> bool:
        """The reward ``text[start:end]`` is a service said to cost nothing, its benefit word
        ([guard] benefit) first ("free consultations", "бесплатные консультации") or, in a
        language read unsegmented, last in a short phrase ("检查免费"): not a discount, a prize
        or a gift, nor a condition before it ("Tag us in a photo to win a free")."""
        unsegmented = any((r := reading(c)) is not None and not r.segmented for c in codes)
        return any(
            (m.end() == end and end - start <= 8) if unsegmented else m.start() == start
            for c in codes
            for m in language_pack(c).phrases["benefit"].finditer_in(text, low, start, end)
        )

    reader_given: dict[tuple[int, int], bool] = {}

    def given_to_reader(clause: int, spanned: range) -> bool:
        """Read once a clause (a pasted clause of thousands of rewards asks it for each)."""
        key = (clause, spanned[-1])
        known = reader_given.get(key)
        if known is None:
            known = reader_given[key] = read_given_to_reader(clause, spanned)
        return known

    def thanked_near(clause: int) -> bool:
        """A thanks to the reader in the clause's sentence or the one before it (a gift read
        by what it is given for: ``read_given_to_reader``, ``next_visit_gift``)."""
        number = sentence_of.of(clauses[clause][0])
        for n in (number, number - 1):
            if n < 0:
                continue
            s_start, s_end = sentence_of.clauses[n]
            if any(
                thanks_in(c)
                for c in range(index.of(s_start), index.of(max(s_start, s_end - 1)) + 1)
            ):
                return True
        return False

    def read_given_to_reader(clause: int, spanned: range) -> bool:
        """Session 36 (goffer36): a free service with no review named near it is a gift only
        where it goes to this reader (read_for_this_reader: given as thanks, for their next
        visit, said or bid to them); in a language that leaves the reader unnamed ([guard]
        reward_to_reader off: zh), also where any thanks stands in its sentence or the one
        before ("谢谢！送一次免费洗牙"). Not "Наши кардиолог и невролог проведут бесплатные
        консультации в помещении совета", "术前检查免费": the practice's service."""
        if read_for_this_reader(clause, spanned):
            return True
        if language_pack(codes[0]).reward_to_reader:
            return False
        return thanked_near(clause)

    @cache  # read once a clause: a pasted clause of thousands of benefits asks it for each
    def thanked_gift(clause: int) -> bool:
        """Round 22c: the benefit is given as thanks ([guard] given_as_thanks) in a sentence
        that thanks the reader for their review or right after one: "Thanks for the five
        stars! To say thank you, a voucher for a free check-up is waiting for you". Session 37
        (greward37): what it is given FOR makes it theirs, whoever else gets it: "谢谢您的好评！
        为表感谢，首次洗牙免费，所有顾客都一样", "As a thank-you, the first cleaning is free for
        every patient"; not a thanks to a group ([reward] thanks_to_all: "as a thank-you to all
        our patients", "为感谢广大患者")."""
        number = sentence_of.of(clauses[clause][0])
        if not given_as_thanks_in(number):
            return False
        thanked_in = [
            c
            for c in range(max(0, clause - 6), clause + 1)
            if thanks_in(c) and review_as_condition(c)
        ]
        return any(sentence_of.of(clauses[c][0]) in (number, number - 1) for c in thanked_in)

    def next_visit_gift(clause: int, start: int) -> bool:
        """Session 37 (greward37): the benefit is the reader's next visit ([guard] reader_next:
        "Next cleaning is free", "следующая чистка бесплатно", "następna wizyta gratis") in a
        sentence after a thanks to them, in it or the one before: given to THIS reader for
        what the reply thanks them for ("Thanks Anna! Next cleaning is free."). Not where its
        sentence states whom it is for ([reading] scope: "the next visit is free for every
        child under 12")."""
        if sentence_phrase("reader_next", start) is None or whom.states_scope(clause):
            return False
        return thanked_near(clause)

    @cache  # read once a sentence: a pasted sentence of thousands of rewards asks it for each
    def given_as_thanks_in(number: int) -> bool:
        """Sentence ``number`` gives something as thanks ([guard] given_as_thanks), and not only
        as a thanks to all: right after the phrase, whom the thanks is to ([reward]
        thanks_to_all: "as a thank-you to all our patients", "为感谢广大患者") (session 37)."""
        s_start, s_end = sentence_of.clauses[number]
        to_all = [language_pack(c).phrases["reward_thanks_to_all"] for c in codes]
        for c in codes:
            for m in (
                language_pack(c).phrases["given_as_thanks"].finditer_in(text, low, s_start, s_end)
            ):
                at = m.end()
                if not any(
                    (w := next(p.finditer_in(text, low, at, min(s_end, at + 60)), None)) is not None
                    and not text[at : w.start()].strip()
                    for p in to_all
                ):
                    return True
        return False

    def clause_opens_with(kind: str, clause: int) -> re.Match[str] | None:
        """The first phrase of ``kind`` in the clause where only punctuation stands before
        it ("— даже ...", ", but ..."), else None."""
        c_start, c_end = clauses[clause]
        opening = next(
            (
                m
                for c in codes
                for m in language_pack(c).phrases[kind].finditer_in(text, low, c_start, c_end)
            ),
            None,
        )
        # (Chinese punctuation too: "我们不花钱买好评，不过 ..." cuts before its comma)
        if opening is None or text[c_start : opening.start()].strip(
            " ,;:-\u2013\u2014\n\uff0c\uff1b\uff1a\u3001"
        ):
            return None
        return opening

    @cache  # read once a clause: a pasted clause of thousands of benefits asks it for each
    def continues_refusal(clause: int) -> bool:
        """Session 35 (goffer35): the clause opens with "even" ([reward] even: "not even",
        "даже", "навіть", "nawet", "连") right after a clause of its sentence with a negator
        ([reading] negator), speaks to no one and names no relative: what it names is more of
        what is refused ("мы ничего за них не даём — даже бесплатного измерения давления"), no
        reward and no one's health."""
        if clause == 0 or low is None:
            return False
        c_start, c_end = clauses[clause]
        p_start, p_end = clauses[clause - 1]
        if sentence_of.of(p_start) != sentence_of.of(c_start):
            return False
        if clause_opens_with("reward_even", clause) is None:
            return False
        if not any(
            (r := reading(c)) is not None
            and r.negator is not None
            and r.negator.search(low, p_start, p_end)
            for c in codes
        ):
            return False
        return not speaks_to(clause, c_start) and not any(
            (r := reading(c)) is not None
            and any(
                p is not None and p.search(low, c_start, c_end)
                for p in (r.kin, r.kin_after, r.kin_pronoun)
            )
            for c in codes
        )

    part_offers: dict[tuple[int, int], bool] = {}
    part_breaks: dict[int, list[int]] = {}

    @cache  # read once a clause: a pasted clause of thousands of benefits asks it for each
    def excepted(clause: int) -> bool:
        """Session 35 (goffer35): the clause opens with an exception to the refusal of rewards
        before it ([reward] exception: "but", "но", "але", "ale", "但"), speaks to the reader and
        is about no one in general: "We don't usually give gifts for reviews, but we'd love to
        give you a free cleaning for this one" gives it after all (not "..., but all new
        patients get a free first check")."""
        opening = clause_opens_with("reward_exception", clause)
        if opening is None or not refuses_reviews_before(clause):
            return False  # the clause before refuses something of reviews
        # session 37 (gfix37): ... or names what it gives for as the review of the clause
        # before, by a pronoun ([guard] review_condition: "ale za tę z radością podarujemy
        # bezpłatne czyszczenie"): this review's gift, whether or not it says "you"
        return (
            speaks_to(clause, opening.end()) or bool(conditions_end(clause))
        ) and not whom.general(clause)

    def refuses_reviews_before(clause: int) -> bool:
        """The clause before, in the same sentence, names a review under a negator, or is a
        negation that names one ("We never pay for reviews", "我们不花钱买好评")."""
        return (
            clause > 0
            and sentence_of.of(clauses[clause - 1][0]) == sentence_of.of(clauses[clause][0])
            and (
                (
                    names_review(clause - 1)
                    and (
                        denial_in(text, low, codes, *clauses[clause - 1])
                        or any(
                            next(
                                language_pack(c)
                                .phrases["reward_denied"]
                                .finditer_in(text, low, *clauses[clause - 1]),
                                None,
                            )
                            for c in codes
                        )
                    )
                )
                or any(
                    negated(m.start(), m.end(), back=False)
                    or negated(m.start(), m.end(), back=True)
                    for c in codes
                    for m in language_pack(c)
                    .phrases["review"]
                    .finditer_in(text, low, *clauses[clause - 1])
                )
            )
        )

    def benefit_given(clause: int, start: int, spanned: range) -> str:
        """How a benefit word ([guard] benefit: "free", "бесплатно", "免费") is given: its way in
        the reward reading (_REWARD_WAYS), or "" where it is given in none (round 21a: "the
        first consultation is free" is no reward). A review its condition in its clause or the
        clause before (not across a colon, which explains rather than follows: "欢迎您留下评价：
        问卷很短，免费并且匿名"), as thanks after a thanks for the review, or for the reader's
        next visit after a thanks to them."""
        if any(review_as_condition(c) for c in spanned):
            return "free_for_review"
        if (
            clause > 0
            and sentence_of.of(clauses[clause - 1][0]) == sentence_of.of(clauses[clause][0])
            and not after_colon(clause)
            and review_as_condition(clause - 1)
            and not denies_reward(clause - 1)
        ) or excepted(clause):
            return "free_after_review"
        if thanked_gift(clause):
            return "free_as_thanks"
        if next_visit_gift(clause, start):
            return "free_next_visit"
        return ""

    def listed_given(clause: int, start: int, spanned: range) -> str:
        """How a listed reward ([guard] reward) is given: its way in the reward reading
        (_REWARD_WAYS). A phrase that runs on past a dash names the review there: "если
        расскажете о нас — за каждый отзыв начисляем бонусы" is no offer to everyone."""
        if any(review_near(c) for c in spanned):
            return "reviewed"
        return "thanked" if given_as_thanks(clause, start) else "unthanked"

    def thanks_then_others(clause: int, way: str) -> bool:
        """The review named beside a benefit is the one the reply thanks for, and what follows
        the thanks does not speak to the reader: "thanks for the review, and our first
        consultation is free for new patients" (not "thanks for the review, your next polish is
        free"): no condition of what is given to others."""
        if way == "free_for_review":
            return thanks_in(clause) and not speaks_to(
                clause, max(conditions_end(clause), default=clauses[clause][0])
            )
        return thanks_in(clause - 1) and not speaks_to(clause, clauses[clause][0])

    # session 33's reward readings, each read once (a pasted sentence of thousands of rewards
    # asks them for each): the review's sentences (their words' first five letters, whether
    # they name a review), what a reward's words are told, phrases of a sentence, a clause's
    # bids and whom a part of it speaks to
    review_benefits: list[tuple[int, int, bool, frozenset[str]]] | None = None
    told_in_review: dict[str, bool] = {}
    in_sentence: dict[tuple[str, int], tuple[int, int] | None] = {}
    bids_in: dict[int, bool] = {}
    speaks_in: dict[tuple[int, int, int], bool] = {}
    review_prefixes: frozenset[str] | None = None

    def benefit_told_in_review(start: int, end: int) -> bool:
        """Every word of the reward ``text[start:end]`` is the review's own (by its first five
        letters; in Chinese the phrase whole), in a sentence of the review that names no review
        of theirs ("they gave my mum the pensioner discount", not "I was promised a discount
        for five stars"): a benefit the reviewer tells of, not one the reply gives."""
        nonlocal review_benefits
        if review_benefits is None:
            review_low = lowered(review_text)
            named = [
                m.start()
                for code in codes
                for m in language_pack(code)
                .phrases["review"]
                .finditer_in(review_text, review_low, 0, len(review_text))
            ]
            review_benefits = [
                (
                    m.start(),
                    m.end(),
                    any(m.start() <= at < m.end() for at in named),
                    frozenset(w.casefold()[:5] for w in WORD.findall(m.group())),
                )
                for m in _REVIEW_SENTENCE.finditer(review_text)
            ]
        said = text[start:end].casefold().strip()
        known = told_in_review.get(said)
        if known is not None:
            return known
        if primary == "zh":  # no spaces between words: the phrase whole
            known = bool(said) and any(
                not names and said in review_text[s:e].casefold()
                for s, e, names, _ in review_benefits
            )
        else:
            words = [w[:5] for w in WORD.findall(said) if len(w) >= 3 or w.isdigit()]
            known = bool(words) and any(
                not names and all(any(r.startswith(w) for r in prefixes) for w in words)
                for _, _, names, prefixes in review_benefits
            )
        told_in_review[said] = known
        return known

    def sentence_phrase(kind: str, at: int) -> tuple[int, int] | None:
        """The first phrase of ``kind`` in the sentence holding ``at``."""
        number = sentence_of.of(at)
        if (kind, number) not in in_sentence:
            s_start, s_end = sentence_of.clauses[number]
            found = [
                m.span()
                for c in codes
                for m in language_pack(c).phrases[kind].finditer_in(text, low, s_start, s_end)
            ]
            in_sentence[(kind, number)] = min(found, default=None)
        return in_sentence[(kind, number)]

    def gives_as_thanks_or_next(at: int) -> bool:
        """The sentence holding ``at`` gives something as thanks or for the reader's next
        visit ([guard] given_as_thanks, reader_next); a thanks to all ([reward] thanks_to_all:
        "为感谢广大患者的支持，本月洗牙八折") gives nothing to this reader (session 37)."""
        if sentence_phrase("reader_next", at) is not None:
            return True
        return sentence_phrase("given_as_thanks", at) is not None and given_as_thanks_in(
            sentence_of.of(at)
        )

    def warned_against(start: int) -> bool:
        """Session 33 (greward33): the reward's sentence calls it a fraud ([reward] fraud:
        "are a scam", "это мошенники", "to oszustwo", "均为冒充"): a warning, not an offer."""
        return sentence_phrase("reward_fraud", start) is not None

    def offered_to_group(start: int) -> bool:
        """Session 33 (greward33): a group the offer is for is named before it in its sentence
        ([reward] group: "New patients:", "Участникам программы лояльности", "会员"), and the
        sentence gives nothing as thanks or for the reader's next visit ([guard]
        given_as_thanks, reader_next), nor the clause past the group to the reader: an offer to
        everyone in the group, with no review its condition (the caller reads that no review
        is named near it)."""
        found = sentence_phrase("reward_group", start)
        if found is None or found[0] >= start:
            return False
        clause = index.of(start)  # ... and not said to them: "会员积分已为您到账" after a thanks
        if speaks_to(clause, max(found[1], clauses[clause][0])):
            return False
        return not gives_as_thanks_or_next(start)

    def offered_for_season(clause: int, start: int) -> bool:
        """Session 37 (greward37): the reward's sentence states the period the offer runs for
        ([reward] season: "this month", "весь март", "do końca miesiąca", "本月"), gives
        nothing as thanks or for the reader's next visit, and has no particular person in it
        (WhomReading.no_one_in_sentence): "Thank you for the kind words! This month whitening
        is 20% off" offers it to all who come then (not "this month you get 20% off")."""
        return (
            sentence_phrase("reward_season", start) is not None
            and not gives_as_thanks_or_next(start)
            and whom.no_one_in_sentence(clause)
        )

    def offered_in_part(start: int, end: int) -> bool:
        """Session 35 (goffer35): in a language written without spaces, where a clause runs on
        past its commas, the reward's own part (between the punctuation around it) states
        whom it is for ([reading] scope: "首次", "一律"; [reward] group or everyone: "所有顾客",
        "双方"), tells of no past event ([reading] scope_past) and has no word of "you", and
        its sentence gives nothing as thanks or for the reader's next visit: "欢迎您带家人朋友
        来，首次咨询都是免费的" offers the first consultation to all (not "您的首次洗牙免费",
        nor "为表感谢，首次洗牙免费")."""
        data = [r for r in map(reading, codes) if r is not None and not r.segmented]
        if not data or low is None:
            return False
        p_start, p_end = part_of(start, end)
        known = part_offers.get((p_start, p_end))
        if known is None:
            known = part_offers[(p_start, p_end)] = part_offered(data, p_start, p_end)
        return known and not gives_as_thanks_or_next(start)

    def part_of(start: int, end: int) -> tuple[int, int]:
        """The part of its sentence between the punctuation around ``text[start:end]``."""
        number = sentence_of.of(start)
        s_start, s_end = sentence_of.clauses[number]
        breaks = part_breaks.get(number)
        if breaks is None:  # the sentence's commas, found once (a pasted list asks for each)
            breaks = part_breaks[number] = [
                m.start() for m in _PART_BREAK.finditer(text, s_start, s_end)
            ]
        at = bisect.bisect_left(breaks, start)
        p_start = breaks[at - 1] + 1 if at > 0 else s_start
        after = bisect.bisect_left(breaks, end)
        return p_start, breaks[after] if after < len(breaks) else s_end

    def group_offered_in_part(start: int, end: int) -> bool:
        """Session 44 (gfa44b): the reward's own part of the sentence is offered to a group
        (``offered_in_part`` with a group or everyone named there, [reward] group, everyone:
        "新患者", "所有顾客") and names no review: a review thanked for in another part is no
        condition of it ("谢谢您的评价，另外首次咨询对新患者免费"). Not "凭此评价截图新客户首次
        面诊免费" (the review in its part), "为表感谢，新客户首次洗牙免费" (given as thanks),
        "感谢好评，首次面诊免费" (no group named), "每写一条评价，会员卡就能积50分" (the review
        named in a part that thanks for nothing: its condition)."""
        if not offered_in_part(start, end):
            return False
        p_start, p_end = part_of(start, end)
        s_start, s_end = sentence_of.clauses[sentence_of.of(start)]
        for c in codes:
            for m in language_pack(c).phrases["review"].finditer_in(text, low, s_start, s_end):
                r_start, r_end = part_of(m.start(), m.end())
                if (r_start, r_end) == (p_start, p_end) or not any(
                    any_match(lexicon(code).checklist.get("thanks", ()), text[r_start:r_end])
                    for code in codes
                ):
                    return False
        return any(
            next(
                language_pack(c).phrases[f"reward_{kind}"].finditer_in(text, low, p_start, p_end),
                None,
            )
            for c in codes
            for kind in ("group", "everyone")
        )

    def part_offered(data: list[Reading], p_start: int, p_end: int) -> bool:
        """The part ``text[p_start:p_end]`` states whom it is for and speaks to no one."""
        if low is None or any(w in text[p_start:p_end] for r in data for w in r.you_words):
            return False
        if any(r.scope_past is not None and r.scope_past.search(low, p_start, p_end) for r in data):
            return False
        scoped = any(r.scope is not None and r.scope.search(low, p_start, p_end) for r in data)
        if not scoped:
            scoped = any(
                next(
                    language_pack(c)
                    .phrases[f"reward_{kind}"]
                    .finditer_in(text, low, p_start, p_end),
                    None,
                )
                for c in codes
                for kind in ("group", "everyone")
            )
        return scoped

    def speaks_past_review(clause: int, at: int) -> bool:
        """The clause speaks to the reader (speaks_to) by a word that is neither the review's
        own (its relative: "voucher od córki" after "voucher od córki wykorzystany") nor in
        words that report what they wrote ([guard] reported, [reading] reported_noun: "您说的那个
        优惠券"). A Chinese clause runs on over its commas: only the part holding ``at``."""
        nonlocal review_prefixes
        c_start, c_end = clauses[clause]
        if primary == "zh":
            stop = part_end_after(at, c_end)
            c_end = c_end if stop is None else stop
            c_start = part_start_before(c_start, at)
        known = speaks_in.get((clause, c_start, c_end))
        if known is not None:
            return known
        known = False
        if speaks_to(clause, c_start):
            told = [
                m.span()
                for c in codes
                for m in language_pack(c).phrases["reported"].finditer_in(text, low, c_start, c_end)
            ]
            for code in codes:
                data = reading(code)
                if data is not None and data.reported_noun is not None:
                    told += [m.span() for m in data.reported_noun.finditer(text, c_start, c_end)]
            if review_prefixes is None:
                review_prefixes = frozenset(w.casefold()[:5] for w in WORD.findall(review_text))
            for you in you_at[clause]:
                if not c_start <= you < c_end or any(s <= you < e for s, e in told):
                    continue
                word = WORD.match(text, you)
                if word is None or word.group().casefold()[:5] not in review_prefixes:
                    known = True
                    break
        speaks_in[(clause, c_start, c_end)] = known
        return known

    def bids_reader(clause: int) -> bool:
        known = bids_in.get(clause)
        if known is None:
            c_start, c_end = clauses[clause]
            known = bids_in[clause] = any(
                (data := reading(code)) is not None and data.bids(text, c_start, c_end)
                for code in codes
            )
        return known

    def echoes_reviewers_benefit(clause: int, start: int, end: int) -> bool:
        """Session 33 (greward33): the reward word says back a benefit the review tells of
        (benefit_told_in_review), in a clause that neither speaks nor bids to the reader and a
        sentence that gives nothing as thanks or for their next visit ([guard] given_as_thanks,
        reader_next): "We're glad the pensioner discount was applied" after "they gave my mum
        the pensioner discount". A reward needs a review as its condition; this one has none
        and is the reviewer's own news, not the practice's offer."""
        if not review_text.strip() or not benefit_told_in_review(start, end):
            return False
        if speaks_past_review(clause, start) or bids_reader(clause):
            return False
        return not gives_as_thanks_or_next(clauses[clause][0])

    # where the regulator says a reply may not repeat what the patient posted (US: HHS OCR;
    # UK: the GMC), reporting the review's words is no excuse ([US] reported_echoes = false)
    reports_echoes = country_pack(country).reported_echoes
    reported_in: dict[int, list[_Reported]] = {}  # read once a clause, not once a word
    review_folded = review_text.casefold()

    def reports_in(clause: int) -> list[_Reported]:
        """The clause's reporting phrases and what each reports (``_reported``), read once."""
        spans = reported_in.get(clause)
        if spans is None:
            start, end = clauses[clause]
            opening = sentence_of.clauses[sentence_of.of(start)][0]
            spans = reported_in[clause] = _reported(text, low, codes, start, end, opening)
        return spans

    def reports_review(clause: int, hit: Hit) -> bool:
        """The word is in what the reply reports the review says ([guard] reported: "вы
        пишете, что зуб болит неделю", and [guard] reported_back: "the wait, as you describe,"),
        and the clause speaks to the reviewer only in the reporting words: the review's own
        words, no disclosure of the practice's."""
        spans = reports_in(clause)
        if not any(r.start <= hit.start and hit.end <= r.end for r in spans):
            return False
        return all(
            any(r.phrase_start <= a.start < r.phrase_end for r in spans)
            for a in addressee_at.get(clause, ())
        )

    only_reporting: dict[tuple[int, int, int], bool] = {}  # (clause, start, end) -> read once

    def yous_only_report(clause: int, start: int, end: int, word_at: int) -> bool:
        """Session 39 (gfazh39): every "you" of ``text[start:end]`` in the clause is in the
        words that report the review ([guard] reported: "看到您说", "as you say"), there is
        one, and the word at ``word_at`` stands in a later part of the sentence than the
        reporting words ("As you mentioned to our hygienist, ..." is whom they told it to, at
        the practice)."""
        spans = reports_in(clause)
        if not spans:
            return False
        only = only_reporting.get((clause, start, end))
        if only is None:
            yous = [a for a in addressee_at.get(clause, ()) if start <= a.start < end]
            only = only_reporting[(clause, start, end)] = bool(yous) and all(
                any(r.phrase_start <= a.start < r.phrase_end for r in spans) for a in yous
            )
        if not only:
            return False
        said = max((r.phrase_end for r in spans if r.phrase_end <= word_at), default=-1)
        return (
            0 <= said
            and word_at - said <= _REPORTED_CARE_REACH
            and _REPORT_PART_END.search(text, said, word_at) is not None
        )

    def you_only_report(clause: int, start: int, end: int, word_end: int = -1) -> bool:
        """Session 39 (gfazh39): a care relationship read in the clause (``text[start:end]``)
        whose every "you" reports the review (``yous_only_report``) and whose care word, ending
        at ``word_end`` (or ``end``), is one the review itself names ("听到您说一点都不疼，是对我们
        帕医生最好的肯定" after "在帕医生那里做的根管治疗"): the reply tells back what the reader
        wrote of a doctor the review named, no care of theirs it knows besides."""
        word_end = end if word_end < 0 else word_end  # the care word ends there
        words = WORD.findall(text, max(start, word_end - _REPORTED_CARE_REACH), word_end)
        if not words:
            return False
        last = words[-1]
        if not yous_only_report(clause, start, end, word_end - len(last)):
            return False
        if _HAN_CHAR.match(last):
            return len(last) >= 2 and last[-3:] in review_text
        return review_words(word_end - len(last), word_end)

    review_facts: frozenset[str] | None = None

    def review_tells_of_illness() -> bool:
        nonlocal review_facts
        if review_facts is None:
            review_facts = _review_facts(review_text, codes, country)
        return _REVIEW_TELLS_OF_ILLNESS in review_facts

    def review_tells_of_care() -> bool:
        """Session 36 (gneg36): the review tells of an illness or of care (a treatment, a stay,
        a visit: "我爸在你们这住了半个月院", "Brought my 4 year old in"): a get-well wish answers
        it (``WhomReading.wishes_well``), for the writer or the relative they wrote of."""
        nonlocal review_facts
        if review_facts is None:
            review_facts = _review_facts(review_text, codes, country)
        return _REVIEW_TELLS_OF_CARE in review_facts

    asks: bool | None = None

    def review_asks() -> bool:
        """The review asks the practice something (read once, where a health word asks)."""
        nonlocal asks
        if asks is None:
            asks = asks_question(review_text, primary)
        return asks

    not_a_patient: bool | None = None

    def review_not_a_patient() -> bool:
        """The review tells that its writer came in a role other than a patient's ([guard]
        not_a_patient: "came in for a job interview", "when I delivered a parcel", "shadowing
        Dr. Li", "your patients park across my driveway"). Read once, where a phrase asks."""
        nonlocal not_a_patient
        if not_a_patient is None:
            review_low = lowered(review_text)
            not_a_patient = any(
                next(
                    language_pack(code)
                    .phrases["not_a_patient"]
                    .finditer_in(review_text, review_low, 0, len(review_text)),
                    None,
                )
                for code in codes
            ) and not review_names_care(review_low)
        return not_a_patient

    enquirer: bool | None = None

    def review_enquires() -> bool:
        """The review says its writer is no patient, or not yet one ([guard] enquirer: "I've
        never been a patient here", "thinking of booking", "хочу записаться", "pytam ogólnie",
        "还没挂号", "住在隔壁楼"), and names no care of its own outside those phrases (a care
        word inside one, "я у вас не лечилась", "从来没在你们这看过病", denies care); or it tells
        of another role (``review_not_a_patient``). Session 35 (gscope35): only a day or a sum
        in a clause that neither speaks to them nor names care or health is then no patient's;
        a relationship told to them stays a finding ("you've been with us since 2019")."""
        nonlocal enquirer
        if enquirer is None:
            review_low = lowered(review_text)
            said = [
                (m.start(), m.end())
                for code in codes
                for m in language_pack(code)
                .phrases["enquirer"]
                .finditer_in(review_text, review_low, 0, len(review_text))
            ]
            rest = review_low if review_low is not None else review_text.casefold()
            if said and len(rest) == len(review_text):
                for s_start, s_end in said:
                    rest = rest[:s_start] + " " * (s_end - s_start) + rest[s_end:]
            enquirer = bool(said) and not review_names_care(rest)
        return enquirer or review_not_a_patient()

    def care_patterns(nouns: bool) -> list[re.Pattern[str]]:
        """Every word of care the rules know, by the languages' [reading] tables: cared,
        care_verbs, done_to, done_by, and with ``nouns`` done_what (a bare noun of care) and
        care_staff (a specialist who sees patients, session 32)."""
        found: list[re.Pattern[str] | None] = []
        for data in map(reading, codes):
            if data is not None:
                found += (data.cared, data.care_verbs, data.done_to, data.done_by)
                found += (data.done_what, data.care_staff) if nouns else ()
        return [pattern for pattern in found if pattern is not None]

    def review_names_care(review_low: str | None) -> bool:
        """The review names care of its own (session 31, gzh31b: [reading] cared and care_verbs,
        not a bare noun of done_what): "我住楼上，每次下楼洗牙都很方便" is a patient's, a
        neighbour's role told beside it."""
        folded = review_low if review_low is not None else review_text.casefold()
        return any(pattern.search(folded) is not None for pattern in care_patterns(nouns=False))

    def names_care(start: int, end: int, idioms: bool = True) -> bool:
        """``text[start:end]`` names an event or a state of care: any word of care the rules
        know ([reading] cared: "examined", "registered", "under our care"; done_to, done_by,
        done_what: "наклал", "接种", "检查"; care_verbs, the verbs the confirms_patient patterns
        name: "补", "拔"): a patient's, whoever the review says its writer is."""
        folded = low if low is not None else lowered(text)
        if folded is None:  # lowering moved the offsets: the text as written, case-blind
            folded = text.casefold() if len(text.casefold()) == len(text) else text
        if idioms:
            return any(
                pattern.search(folded, start, end) is not None
                for pattern in care_patterns(nouns=True)
            )
        # without the words inside a phrase where they mean something else ([guard] idiom,
        # premises: "повторний огляд приміщень" is an inspection; session 32)
        return any(
            not in_premises(m.start(), m.end())
            for pattern in care_patterns(nouns=True)
            for m in pattern.finditer(folded, start, end)
        )

    def review_tells_of_their_illness() -> bool:
        """... in the first person: "my migraine", not "great advice about back pain"."""
        return review_tells_of_illness() and tells_of_self(
            review_text[:_REVIEW_READ_LIMIT], primary
        )

    def refers_back(clause: int, hit: Hit) -> bool:
        """An apology that names what the review complained of with a word that only refers
        back to it ("простите, что рецепт не был готов", "жаль, что процедура была
        неприятной" after a review about a blood draw): the word is the review's own."""
        nonlocal review_facts
        word = next(
            (
                m
                for m in main.phrases["referring"].finditer_in(text, low, hit.start, hit.end)
                if m.end() == hit.end
            ),
            None,
        )
        # the word itself, or after one word before it: "жаль, что маму после операции
        # пришлось ждать" after "маме сделали операцию"
        if word is None or len(text[hit.start : word.start()].split()) > 1:
            return False
        start, end = sentence_of.clauses[sentence_of.of(clauses[clause][0])]
        if next(main.phrases["regret"].finditer_in(text, low, start, end), None) is None:
            return False
        if review_facts is None:
            review_facts = _review_facts(review_text, codes, country)
        return _REVIEW_TELLS_OF_CARE in review_facts

    explaining: dict[int, bool] = {}  # read once a clause, not once a word

    def explains_their_case(clause: int, hit: Hit) -> bool:
        """A health word the review did not use, in a clause that explains what the review
        tells happened to them ([guard] explains: "После лапароскопии так бывает у многих" after
        "плечо болело после операции"): said as of anyone, it names their own treatment."""
        nonlocal review_facts
        explains = explaining.get(clause)
        if explains is None:
            start, end = clauses[clause]
            explains = explaining[clause] = any(
                next(
                    language_pack(code).phrases["explains"].finditer_in(text, low, start, end),
                    None,
                )
                for code in codes
            )
        if not explains:
            return False
        sentence = sentence_of.clauses[sentence_of.of(clauses[clause][0])]
        if (
            low is not None
            and primary in _EXPLAINED_FOR_ANYONE
            and said_of_anyone(low, primary, *sentence, health=True)
        ):
            return False  # "nadwrażliwość po nim zwykle mija" in a sentence "dla większości
            # osób", "mogą się zdarzyć u każdego": said of anyone (session 31, gpl31b)
        if review_asks() and not tells_of_self(review_text[:_REVIEW_READ_LIMIT], primary):
            return False  # a question asked of anyone ("how long does swelling last after
            # wisdom teeth out?") is answered as of anyone
        if review_facts is None:
            review_facts = _review_facts(review_text, codes, country)
        return (
            _REVIEW_TELLS_OF_CARE in review_facts
            and _family_of(hit, text, primary) not in review_facts
            and not _same_stem(text, hit, primary, review_facts)
        )

    def usual_for_anyone(hit: Hit) -> bool:
        """Session 35 (gneg35): a health word in a sentence of what is usual of a kind
        (``WhomReading.states_what_is_usual``) is anyone's where the review names it too (its
        own word said of everyone: "страх перед стоматологом — це нормально" after "дуже боюся
        стоматологів") or asks a question of anyone ("czy po usunięciu ósemki można wrócić do
        pracy?"). A word the review did not use names their case, however general its
        sentence: "Лапароскопическая холецистэктомия — операция несложная, и восстановление
        обычно быстрое" after a review of the atmosphere."""
        nonlocal review_facts
        if review_asks() and not tells_of_self(review_text[:_REVIEW_READ_LIMIT], primary):
            return True  # a question asked of anyone is answered as of anyone
        if review_facts is None:
            review_facts = _review_facts(review_text, codes, country)
        return _family_of(hit, text, primary) in review_facts or _same_stem(
            text, hit, primary, review_facts
        )

    def answers_complaint(clause: int) -> bool:
        """The clause's sentence, or the one before, apologises or offers a next step: "we're
        sorry about the double charge", "please call our billing office"."""
        number = sentence_of.of(clauses[clause][0])
        for sentence in range(max(0, number - 1), number + 1):
            start, end = sentence_of.clauses[sentence]
            for code in codes:
                checklist = lexicon(code).checklist
                for idea in ("regret", "next_step"):
                    if any_match(checklist.get(idea, ()), text[start:end]):
                        return True
        return False

    apologising: dict[int, bool] = {}

    def apologises(clause: int) -> bool:
        """The clause's sentence apologises ([guard] regret): "we're sorry the refill wasn't
        sent as promised"."""
        number = sentence_of.of(clauses[clause][0])
        found = apologising.get(number)
        if found is None:
            start, end = sentence_of.clauses[number]
            found = apologising[number] = any(
                next(language_pack(code).phrases["regret"].finditer_in(text, low, start, end), None)
                for code in codes
            )
        return found

    def apology_repeats(clause: int, hit: Hit) -> bool:
        """The clause apologises ([guard] regret) before the care word, and every other word
        after the apology, to the clause's end, repeats the review (review_words; but
        ``echo_filler``, "z powodu"): "Bardzo przepraszamy, że musiała Pani przyjść drugi raz
        z powodu zdjęcia nie tego zęba" after "zrobili mi RTG nie tego zęba, musiałam przyjść
        drugi raz". The care word may be another word for the review's own ("zdjęcie" for
        "RTG"); a doctor, a day or a next visit added is no repetition."""
        if not lexicon(primary).echo_letters or not apologises(clause):
            return False  # (a language no one has tuned echoes for reads as before)
        start, end = clauses[clause]
        regret = next(
            (
                m
                for code in codes
                for m in language_pack(code)
                .phrases["regret"]
                .finditer_in(text, low, start, hit.start)
            ),
            None,
        )
        if regret is None:
            return False
        lex = lexicon(primary)
        rest = [
            (m.start(), m.end())
            for m in WORD.finditer(text, regret.end(), end)
            if len(m.group()) >= 4
            and not (hit.start <= m.start() < hit.end)
            and m.group().casefold() not in lex.echo_filler | lex.echo_skip
        ]
        return all(review_words(s, e) for s, e in rest)

    addressees_by_end: dict[int, tuple[list[int], list[int]]] = {}

    def last_addressee_before(clause: int, at: int) -> Hit | None:
        """The last addressee of the clause (in the order read) that ends by ``at``: found by
        halving, not by walking every addressee of the clause for every care word of it (a
        pasted clause of thousands of both)."""
        near = addressee_at.get(clause, [])
        known = addressees_by_end.get(clause)
        if known is None:
            order = sorted(range(len(near)), key=lambda i: near[i].end)
            known = addressees_by_end[clause] = (
                [near[i].end for i in order],
                list(accumulate(order, max)),
            )
        ends, latest = known
        k = bisect.bisect_right(ends, at)
        return near[latest[k - 1]] if k else None

    review_stems: set[str] | None = None

    def review_words(start: int, end: int) -> bool:
        """Every word of four letters or more of ``text[start:end]`` but the addressee's
        (``echo_skip``) is the review's own, by its first ``echo_letters`` letters ("your
        results" after "my results", "you had to come back" after "I had to come back"): the
        reply repeats what the review said. False with no such word."""
        nonlocal review_stems
        n = lexicon(primary).echo_letters  # [guard] echo_letters: 0 where no one has tuned it
        if not n:
            return False
        if review_stems is None:
            review_stems = {w.casefold()[:n] for w in WORD.findall(review_text) if len(w) >= 4}
        skip = lexicon(primary).echo_skip  # "your", "Pan": who is spoken to, not what
        words = [
            w.casefold()[:n]
            for w in WORD.findall(text[start:end])
            if len(w) >= 4 and w.casefold() not in skip
        ]
        return bool(words) and all(w in review_stems for w in words)

    repeating: dict[tuple[int, int], bool] = {}  # read once a part

    def names_review_term(start: int, end: int) -> bool:
        """Session 39 (gfazh39): the Chinese health term is the review's own by its characters
        or a meaning group (echo_meaning.names_only_review: "肿胀" after "脸肿了"; a family
        joins no such forms), where the country pack lets the reply repeat the review's words
        (reports_echoes). Only Chinese: in pl, read by first letters, it passed apologies that
        retell the review at length ("przykro nam, że pobranie krwi wymagało trzech prób")."""
        if not reports_echoes or not review_text.strip() or not _HAN_CHAR.match(text, start):
            return False
        review = read_review(review_text[:_REVIEW_READ_LIMIT], primary)
        return names_only_review(text[start:end], review, primary)

    own_health: list[bool] = []

    def health_of_its_own() -> bool:
        """The reply names a health matter anywhere that the review does not (by its words
        or their meaning groups), said of anyone or not: it tells more than the review, and
        no clause of it is read as a mere echo ("Sorry about the soreness; that's common
        with periodontal pockets like yours" after "sore after my cleaning")."""
        if not own_health:
            review = read_review(review_text[:_REVIEW_READ_LIMIT], primary)
            own_health.append(
                any(
                    hit.kind == "health"
                    and not names_only_review(text[hit.start : hit.end], review, primary)
                    for _, hit in facts
                )
            )
        return own_health[0]

    def repeats_review(
        clause: int, at: int, since: int | None = None, kind: str | None = None
    ) -> bool:
        """The reply's words from ``since`` to ``at`` say back only what the review told: one
        reading, reaching as far as the language's [echo] data lets it.

        The part: every word of the clause up to the end of the part (a comma, a colon) where
        ``at`` ends that says something is the review's own, by its first letters or by a
        meaning group the review names too ([echo] groups: "we're sorry the swelling took so
        long to go down" after "my face stayed swollen"), and every figure is the review's
        ("your 10 o'clock booking" after "booked for 10"): an echo that adds no new information
        (echo_meaning.py). A condition, a result, a date or a name the review did not give is
        no echo. Since session 37 (gecho37) the clause is read from the coordinated part that
        holds ``since`` (the finding's start): after a comma and a word of [echo] part_joints
        (", and the home physio team will be so proud of your grandma"), the part before it
        being read for its own findings.

        The phrase (session 44, gfa44en; one reading with the part since session 45): for a
        finding ``kind`` of [echo] phrase_echo (en: confirms_patient), the finding's own
        phrase ``text[since:at]`` said back by meaning is enough, wherever the rest of its
        clause goes ("when you rang" after "Called to ask about prices", "her first visit"
        after "Brought my little girl for her first visit"), so long as the clause names no
        one the review did not (a capitalised word not in the review: "when you rang Dr
        Reid's secretary" after "I rang twice"). Since session 45 (gfa45en) also inside what the
        reply reports the review told, in other words that add nothing to it (phrase_repeats);
        for a ``kind`` of [echo] reported_phrase_echo (en: care) only there. Neither reading
        where repeating the patient's words is a disclosure ([country] reported_echoes = false)
        nor where the reply names a health matter the review does not (health_of_its_own)."""
        data = echo_data(primary)
        return (
            repeats_in_part(clause, at, since)
            or (
                since is not None
                and (kind in data.phrase_echo or kind in data.reported_phrase_echo)
                and echoes_read()
                and phrase_repeats(clause, since, at, reported_only=kind not in data.phrase_echo)
            )
            or (
                # session 45 (gecho45): a care relationship the review states itself
                kind == "confirms_patient"
                and since is not None
                # the finding ends in it: "you feel this way after so many years with us"
                and any(s < at <= e for s, e in relationship_said_back(clause))
            )
        )

    said_back: dict[int, list[tuple[int, int]]] = {}

    def relationship_said_back(clause: int) -> list[tuple[int, int]]:
        """Session 45 (gecho45): the care relationships of the clause the review states itself
        (echo_meaning.relationships_said_back), where echoes are read at all (read once a
        clause)."""
        found = said_back.get(clause)
        if found is None:
            found = said_back[clause] = (
                relationships_said_back(
                    text, clauses[clause], review_text[:_REVIEW_READ_LIMIT], primary
                )
                if echoes_read()
                else []
            )
        return found

    def only_relationship_said_back(clause: int) -> bool:
        """Session 45 (gecho45): the clause tells a care relationship the review states itself
        and every care, health or patient fact of it lies inside one ("Ви давно лікуєтеся у
        нас, тому нам особливо прикро ..." after "Давно лікуюся у них")."""
        spans = relationship_said_back(clause)
        start, end = clauses[clause]
        return bool(spans) and all(
            any(s <= hit.start and hit.end <= e for s, e in spans)
            for _, hit in facts
            if start <= hit.start < end and hit.kind in ("care", "health", "confirms_patient")
        )

    def echoes_read() -> bool:
        """The reply's words may be read as the review's own at all: the country lets a reply
        repeat them ([country] reported_echoes), there is a review, and the reply names no
        health matter it does not (health_of_its_own)."""
        return bool(reports_echoes and review_text.strip() and not health_of_its_own())

    def repeats_in_part(clause: int, at: int, since: int | None) -> bool:
        """repeats_review's part reading (read once a part)."""
        start, end = clauses[clause]
        if since is not None:
            start = coordinated_part_start(start, since)
        if primary == "zh":  # a Chinese clause runs on over its commas: up to the part's end
            stop = part_end_after(max(start, at), end)
            end = end if stop is None else stop
        elif at > end:  # a phrase that runs on past a dash: "Ваш отец — один из наших пациентов"
            end = clauses[index.of(at - 1)][1]
        elif since is not None:
            end = coordinated_part_end(at, end)
        found = repeating.get((start, end))
        if found is None and not echoes_read():
            found = repeating[(start, end)] = False
        if found is None:
            skip = frozenset(
                w.casefold()
                for s, e in name_spans
                if s < end and start < e
                for w in WORD.findall(text[s:e])
            )
            review = read_review(review_text[:_REVIEW_READ_LIMIT], primary)
            # session 32: the findings' own words are never read as the practice's
            # feeling or its judgement of an act (echo_meaning.repeats_review)
            held = [
                (hit.start - start, hit.end - start) for _, hit in facts if start <= hit.start < end
            ]
            found = meaning_repeats(text[start:end], review, primary, skip, held)
            repeating[(start, end)] = found
        return found

    def phrase_repeats(clause: int, start: int, end: int, *, reported_only: bool) -> bool:
        """repeats_review's phrase reading: ``text[start:end]`` by meaning, the addressee's
        words ([guard] echo_skip) aside, in a clause that names no one the review did not;
        ``reported_only``: only inside what the reply reports the review told."""
        c_start, c_end = clauses[clause]
        greeted = {w.casefold() for w in WORD.findall(reviewer_name)}
        for m in WORD.finditer(text, c_start, c_end):
            word = m.group()
            if (
                word[0].isupper()
                and text[c_start : m.start()].strip()
                and word.casefold() not in greeted
                and not re.search(rf"\b{re.escape(word.casefold())}\b", review_folded)
            ):
                return False  # a name the review did not give
        review = read_review(review_text[:_REVIEW_READ_LIMIT], primary)
        skip = frozenset(lexicon(primary).echo_skip)
        if not reported_only and meaning_repeats(text[start:end], review, primary, skip):
            return True
        # session 45 (gfa45en): in what the reply reports the review told ([guard] reported:
        # "you told us how nervous you were after so many years away from the dentist" after
        # "hadn't been to a dentist in years, terrified"), the reviewer's own account said back
        # in other words, so long as it adds nothing to it (echo_meaning.adds_to_review: no
        # figure of its own, at most a third of its words not the review's) and holds no word
        # of the practice's ([echo] ours: "after so many years with our dentist"); a vague
        # amount ([echo] vague_amounts: "so many") is no word of its own
        data = echo_data(primary)
        return (
            any(r.start <= start and end <= r.end for r in reports_in(clause))
            and not any(w.casefold() in data.ours for w in WORD.findall(text, start, end))
            and not adds_to_review(
                text[start:end], review, primary, skip, quiet=data.vague_amounts.__contains__
            )
        )

    joint_starts: list[int] | None = None  # where a coordinated part opens (its joint word)

    def coordinated_part_start(start: int, since: int) -> int:
        """Where the coordinated part of ``text[start:]`` that holds ``since`` starts: at the
        last word of [echo] part_joints right after a comma or a semicolon before it ("...,
        and the team"), or ``start``; in Chinese, whose clause runs on over its commas, after
        the last part end before it ("很高兴能帮上忙，| 周末牙疼真的太难受了")."""
        if primary == "zh":
            return part_start_before(start, since)
        nonlocal joint_starts
        if joint_starts is None:
            # found once a reply and looked up by halving: a pasted sentence that never ends
            # was read from its start again for each finding (quadratic)
            joints = echo_data(primary).part_joints
            joint_starts = [
                m.start(1)
                for m in _JOINT_AFTER_COMMA.finditer(text)
                if joints and m.group(1).casefold() in joints
            ]
        k = bisect.bisect_left(joint_starts, since) - 1
        return joint_starts[k] if k >= 0 and joint_starts[k] > start else start

    def coordinated_part_end(at: int, end: int) -> int:
        """Session 39 (gfaen39): where the coordinated part that holds ``at`` ends: before the
        next word of [echo] part_joints after a comma or a semicolon (", and the dentist
        should have stopped"), or ``end``. The part after it is read for its own findings, as
        the part before one is (coordinated_part_start): "Feeling the anaesthetic fade partway
        through an extraction is a horrible experience" repeats "the numbing wore off halfway
        through", whatever the next part goes on to say."""
        if joint_starts is None:
            coordinated_part_start(0, 0)  # finds the joints once a reply
        joints = joint_starts or []
        k = bisect.bisect_right(joints, at)
        return joints[k] if k < len(joints) and joints[k] < end else end

    feelings_read: dict[int, tuple[int, int] | None] = {}  # clause -> its feeling's span

    def feels_about_review(clause: int, hit: Hit) -> bool:
        """Session 34 (gen34): the clause tells the practice's own feeling ([guard] feeling:
        "we're really glad", "it's lovely to hear that", "the team will be so proud") about
        what the review itself told, and tells nothing more: the finding's words are the
        review's own (by letters or meaning: names_only_review), no figure is its own, every
        outcome it tells but the feeling ("helped", "went well", "better") is in the review's
        words, and at most a third of its other words are not the review's
        (echo_meaning.adds_to_review): "We're really glad Dr Lee gave you the time you needed
        when your anxiety was so high" after "My anxiety was through the roof and Dr Lee didn't
        rush me". Not "we're glad the sertraline is helping" (a drug of its own), "glad the
        inhaler is working" (an outcome the review did not tell), "glad the stitches came out
        cleanly" (a result in other words). Never where the regulator reads an echo as a
        disclosure (reports_echoes)."""
        if not reports_echoes or not review_text.strip():
            return False
        review = read_review(review_text[:_REVIEW_READ_LIMIT], primary)
        if not names_only_review(text[hit.start : hit.end], review, primary):
            return False
        if hit.kind == "care" and owned_care(clause, hit):
            return False  # "Ваш психолог рада, что ...": the care relationship told (session 35)
        return feeling_only(clause, [])

    def owned_care(clause: int, hit: Hit) -> bool:
        """Session 35 (gecho35): the word right before the care word makes it the reader's
        ([echo] care_owner: "Ваш психолог", "Ваша психологиня")."""
        owners = echo_data(primary).care_owner
        before = WORD.findall(text, clauses[clause][0], hit.start)
        return bool(before) and before[-1].casefold() in owners

    health_sentences: set[int] | None = None

    def passed_on_to(hit: Hit) -> bool:
        """Session 36 (gneg36): the care word names the member of staff the practice passes the
        review's words on to ([guard] passed_to right before it: "Передадим доктору, что работа
        радует вашего мужа", "Przekażemy pielęgniarkom, że córka ...", "我们一定转告护士"; in
        Chinese a surname may stand between: "转告李医生"): a colleague, no care relationship of
        anyone's. Not "передадим вашему лечащему врачу", "转告您的主治医生" (a word of "your"
        between), nor "lekarzowi prowadzącemu" (the reader's attending doctor), nor in a
        sentence with a health word: "Ваші показники холестерину ми передали терапевту" passes
        on their care, not the review's words."""
        nonlocal health_sentences
        if health_sentences is None:
            health_sentences = {sentence_of.of(h.start) for _, h in facts if h.kind == "health"}
        if sentence_of.of(hit.start) in health_sentences:
            return False
        for code in codes:
            phrases = language_pack(code).phrases["passed_to"]
            for m in phrases.finditer_in(text, low, max(0, hit.start - 80), hit.start):
                gap = text[m.end() : hit.start]
                if not gap.strip() or (
                    primary == "zh" and len(gap) == 1 and _HAN_CHAR.match(gap) and gap not in "您你"
                ):
                    return True
                named = _name_in_apposition().fullmatch(gap)
                if named and not _names_reviewer(named.group("name"), reviewer_name):
                    return True  # session 39 (gfazh39): "Przekażemy je pani Barbarze Lis,
                    # naszej położnej": the colleague's name, then her role in apposition
        return False

    def message_to_kin(clause: int, at: int) -> bool:
        """Session 44 (gfa44en): the one the clause speaks of before ``at`` is the reviewer's
        relative, named right after a message given to them ([guard] message_to: "please tell
        your daughter that our dentists say the world needs more kind dentists", "say hello to
        your son from all the nurses"), the review itself tells of that relative ("I brought my
        daughter in") and the sentence names no health word: the practice's message and the
        review's own story, no care of the relative's told (not "tell your dad his bloods were
        fine", nor to a relative the review never named)."""
        nonlocal health_sentences
        before = last_addressee_before(clause, at)
        if low is None or before is None:
            return False  # (a text whose lower case changes its length is read as it was)
        if any(h is not before and h.end <= at for h in addressee_at.get(clause, ())):
            return False
        named = next(
            (
                m
                for c in codes
                if (r := reading(c)) is not None
                and r.kin is not None
                and (m := r.kin.match(low, before.start, clauses[clause][1])) is not None
            ),
            None,
        )
        kin = WORD.findall(text, named.start(), named.end()) if named else []
        if not kin or not re.search(
            rf"\b{re.escape(kin[-1].casefold().rstrip('s'))}", review_folded
        ):
            return False
        if health_sentences is None:
            health_sentences = {sentence_of.of(h.start) for _, h in facts if h.kind == "health"}
        if sentence_of.of(at) in health_sentences:
            return False
        return any(
            not text[m.end() : before.start].strip()
            for code in codes
            for m in language_pack(code)
            .phrases["message_to"]
            .finditer_in(text, low, max(clauses[clause][0], before.start - 80), before.end)
        )

    def feels_about_care(clause: int) -> bool:
        """Session 34 (gen34): ``feels_about_review`` of a care relationship the clause
        reading found (its care words, [reading] cared and care_verbs, read as the review's
        story): "We're so glad your husband was well looked after" after "My husband was
        treated brilliantly after his fall". Only where the review itself names care of its
        own; a day, a figure or a word of its own still breaks it ("... after his fall last
        Tuesday")."""
        if not reports_echoes or low is None or not review_text.strip():
            return False
        if _REVIEW_TELLS_OF_CARE not in _review_facts(review_text, codes, country):
            return False
        start, end = clauses[clause]
        cared = [
            (m.start(), m.end())
            for pattern in care_patterns(nouns=False)
            for m in pattern.finditer(low, start, end)
        ]
        return bool(cared) and feeling_only(clause, cared)

    def feeling_only(clause: int, quiet: list[tuple[int, int]]) -> bool:
        """The clause holds the practice's feeling ([guard] feeling), every outcome but it is
        in the review's words, and of its other words (but ``quiet`` spans, the reviewer's
        name) at most a third are not the review's own."""
        start, end = clauses[clause]
        if clause not in feelings_read:
            feelings_read[clause] = next(
                (
                    (m.start(), m.end())
                    for code in codes
                    for m in language_pack(code)
                    .phrases["feeling"]
                    .finditer_in(text, low, start, end)
                ),
                None,
            )
        feeling = feelings_read[clause]
        if feeling is None:
            return False
        review = read_review(review_text[:_REVIEW_READ_LIMIT], primary)
        for code in codes:
            for m in language_pack(code).phrases["outcome"].finditer_in(text, low, start, end):
                if m.start() < feeling[1] and feeling[0] < m.end():
                    continue  # the feeling itself ("glad", "lovely to hear")
                if not names_only_review(m.group(), review, primary):
                    return False  # how it went, told by the reply: "is working", "healed"
        skip = frozenset(
            w.casefold()
            for s, e in name_spans
            if s < end and start < e
            for w in WORD.findall(text[s:e])
        )
        told, at = [], start
        for s, e in sorted([feeling, *quiet]):
            if s >= at:
                told.append(text[at:s])
                at = e
            else:
                at = max(at, e)
        told.append(text[at:end])
        return not adds_to_review(" ".join(told), review, primary, skip)

    def money_said_back(clause: int, hit: Hit) -> bool:
        """Session 34 (gen34): a money phrase with no amount of its own that tells the
        reader's act ("you paid": an ``echo_skip`` word in it) in the review's own words, in a
        clause whose figures are all the review's: "we're sorry that the filling you paid £180
        for came out" after "I paid £180 for a filling". Not "the £40 you still owe" (a
        figure, a word of its own), not where the review names no money, nor where the
        regulator reads an echo as a disclosure (reports_echoes)."""
        if not reports_echoes or review_facts is None or _REVIEW_NAMES_MONEY not in review_facts:
            return False
        review = read_review(review_text[:_REVIEW_READ_LIMIT], primary)
        skip = lexicon(primary).echo_skip
        found = WORD.findall(text, hit.start, hit.end)
        if not any(w.casefold() in skip for w in found):
            return False  # not the reader's own act told back: "stąd opłata prywatna"
        words = [w for w in found if len(w) >= 4 and w.casefold() not in skip]
        if not words or not all(word_echoes(w, review, primary) for w in words):
            return False
        return all(int(n) in review.values for n in _figures(text, *clauses[clause]) if n.isdigit())

    echo_parts: list[tuple[int, int]] = []  # what echoes_review found the review's own

    def echoes_review(clause: int, start: int, end: int) -> bool:
        """The words at ``start`` report what the review says ([guard] reported: "we understand
        you", "you say"), and the rest of its part of the clause (to the next comma) only
        repeats the review: every word of four letters or more, but the addressee's
        (``echo_skip``) and those that add nothing (``echo_filler``: "were", "kept"), is the
        review's own by its first four letters ("you were kept waiting" after "waited 40
        minutes"). A date, a treatment or a name added is no echo (round 22b)."""
        clause_start, clause_end = clauses[clause]
        lex = lexicon(primary)
        # a report of the review that holds ``start`` begins at most _REPORTED_REACH before
        # it: the clause read from its start for each hit was n squared in a long paste
        # whose clause never ends (237k characters of Ukrainian: 16 s)
        since = max(clause_start, start - _REPORTED_REACH)
        for code in codes:
            reported = language_pack(code).phrases["reported"]
            for m in reported.finditer_in(text, low, since, end):
                if not m.start() <= start < max(m.end(), start + 1):
                    continue
                stop = part_end_after(m.end(), clause_end)
                rest = text[m.end() : clause_end if stop is None else stop]
                if re.search(r"\d", rest):
                    return False
                words = [
                    w.casefold()[:4]
                    for w in WORD.findall(rest)
                    if len(w) >= 4
                    and w.casefold() not in lex.echo_skip
                    and w.casefold() not in lex.echo_filler
                ]
                stems = {w.casefold()[:4] for w in WORD.findall(review_text) if len(w) >= 4}
                if not words or not all(w in stems for w in words):
                    return False
                echo_parts.append((m.start(), m.end() + len(rest)))
                return True
        return False

    def service(hit: Hit) -> bool:
        """The health word names a service or a document ("the prescription", "test
        results"), not the person's health."""
        return any(
            m.start() == hit.start
            for code in codes
            for m in language_pack(code)
            .phrases["service"]
            .finditer_in(text, low, hit.start, min(len(text), hit.end + 20))
        )

    # session 38 (gfaen38): health words joined in one name ("the asthma and diabetes clinic",
    # "poradnia astmy i cukrzycy"): each is read by the word after the last or before the first
    health_from = {h.start: h for _, h in facts if h.kind == "health"}
    health_until = {h.end: h for _, h in facts if h.kind == "health"}
    joiners = frozenset(w.casefold() for w in lexicon(primary).names_joined) | {"or"}

    def joined_health(hit: Hit, after: bool) -> Hit | None:
        """The health word joined to ``hit`` by a word of [guard] names_joined ("and", "i",
        "та"; or "or"), after it or before it, else None."""
        if after:
            m = _NEXT_JOINER.match(text, hit.end)
            if m is None or m.group(1).casefold() not in joiners:
                return None
            return health_from.get(m.end())
        m = _JOINER_BEFORE.search(text, max(0, hit.start - 16), hit.start)
        if m is None or m.group(1).casefold() not in joiners:
            return None
        return health_until.get(m.start())

    def names_role(hit: Hit) -> bool:
        """The health word names a member of staff's role or a department ("康复师", "采血护士",
        "the diabetes nurse"), not anyone's health ([guard] role_after: the words that follow;
        session 38: after the last of health words joined, "the asthma and diabetes clinic")."""
        roles = lexicon(primary).role_after
        if not roles:
            return False
        for _ in range(_JOINED_MOST):
            after = text[hit.end : hit.end + 24].lstrip(" -").casefold()
            if any(
                after.startswith(role)
                and (primary == "zh" or len(after) == len(role) or not after[len(role)].isalnum())
                for role in roles
            ):
                return True
            joined = joined_health(hit, after=True)
            if joined is None:
                return False
            hit = joined
        return False

    def names_department(hit: Hit) -> bool:
        """The word right before the health word makes it a department's or a team's name
        ([guard] department_before: "команді реабілітації", "відділення кардіології"): the
        practice's people, not anyone's health (session 38: before the first of health words
        joined, "poradnia astmy i cukrzycy")."""
        before = lexicon(primary).department_before
        if before is None:
            return False
        for _ in range(_JOINED_MOST):
            word = _PREVIOUS_WORD.search(text, max(0, hit.start - 40), hit.start)
            if word is not None and before.fullmatch(word.group(1).casefold()) is not None:
                return True
            # gfazh38: or the health word before a comma, an item of the unit's list
            # ("poradnię astmy, alergii i cukrzycy", "отделение кардиологии и неврологии")
            joined = joined_health(hit, after=False)
            if joined is None:
                item = _ITEM_BEFORE_COMMA.search(text, max(0, hit.start - 40), hit.start)
                joined = None if item is None else health_from.get(item.start(1))
            if joined is None:
                return False
            hit = joined
        return False

    care_starts = {h.start for _, h in facts if h.kind == "care"}
    care_ends = {h.end for _, h in facts if h.kind == "care"}
    health_starts = {h.start for _, h in facts if h.kind == "health"}

    def day_of_visit_zh(hit: Hit) -> bool:
        """A Chinese day joined by "的" to the visit or treatment it is the day of: "您原定7月15日
        的洗牙", "您7月15日的预约" (session 36, gteam36); said to the reader (_says_you_zh)
        it is their visit, whatever the practice's dates around it."""
        return text[hit.end : hit.end + 1] == "的" and (
            hit.end + 1 in care_starts or hit.end + 1 in health_starts
        )

    def visit_on(hit: Hit) -> bool:
        """A visit word right next to the date: "Wizyta trzeciego października", "the
        appointment on 3 October" (one short word between at most). Not in Chinese, where
        every word is next to the next: "当天挂号" is how anyone books."""
        if primary == "zh":
            return False
        if hit.end in care_starts or hit.end + 1 in care_starts:
            return True
        return any(
            hit.start - gap in care_ends and not text[hit.start - gap : hit.start].strip(" ,")[3:]
            for gap in range(5)
        )

    date_hits = sorted((h.start, h.end) for _, h in facts if h.kind == "dates")

    phrases_of: dict[tuple[str, int], list[tuple[int, int]]] = {}
    spans_beside: dict[tuple[str, int], _SpansBeside] = {}

    def amenity_beside(start: int, end: int) -> bool:
        """Session 37 (gfix37): a free amenity of the premises right after the reward word
        ([guard] amenity: "free parking", "бесплатный вай-фай", "免费停车位") in a sentence that
        names no review: anyone's. Where a review is named the amenity is what it buys ("Leave
        a review and get free coffee"), so the phrase counts for nothing there."""
        if not phrase_beside("amenity", start, end, after=True):
            return False
        s_start, s_end = sentences[sentence_of.of(start)]
        return not any(
            next(language_pack(c).phrases["review"].finditer_in(text, low, s_start, s_end), None)
            for c in codes
        )

    def phrase_beside(kind: str, start: int, end: int, after: bool) -> bool:
        """A phrase of ``kind`` ends where ``text[start:end]`` starts or starts with it and runs
        on ("discounts for reviews are against the rules"), or, ``after``, starts where it ends
        or overlaps it; only spaces, commas or brackets between, in its sentence (read once per
        sentence: a pasted megabyte has thousands of dates)."""
        number = sentence_of.of(start)
        spans = phrases_of.get((kind, number))
        if spans is None:
            s_start, s_end = sentence_of.clauses[number]
            spans = phrases_of[(kind, number)] = [
                (m.start(), m.end())
                for code in codes
                for m in language_pack(code).phrases[kind].finditer_in(text, low, s_start, s_end)
            ]
        if len(spans) > _SPANS_WALKED:
            indexed = spans_beside.get((kind, number))
            if indexed is None:
                indexed = spans_beside[(kind, number)] = _SpansBeside(spans)
            return indexed.beside(text, start, end, after, only_asides)
        for m_start, m_end in spans:
            if m_start <= start < m_end or (after and m_start < end <= m_end):
                return True  # the phrase holds the date: "2010年6月1日正式开业", "除夕：8:00-12:00"
            if m_end <= start and _GAP_BEFORE.fullmatch(text, m_end, start):
                return True
            # ... or only a weekday in brackets between: "6月2日（周一）开业"
            if after and m_start >= end and only_asides(end, m_start):
                return True
        return False

    def only_asides(start: int, end: int) -> bool:
        """``text[start:end]`` holds nothing but asides in brackets (``_ASIDE``), spaces and
        commas: ``_ASIDE.sub("", text[start:end]).strip(" ,)）\u00a0")`` is empty, read from
        ``start`` up to the first character that is neither (the gap was cut and read whole for
        each phrase of the sentence: a pasted megabyte with one sentence has thousands)."""
        return _asides_reach(text, start, end) >= end

    reward_spans = sorted((h.start, h.end) for _, h in facts if h.kind == "reward")
    refused: dict[tuple[int, int, bool], bool] = {}
    joints: dict[tuple[int, int], bool] = {}  # a gap between two rewards -> only joints in it

    def joined(first: tuple[int, int], then: tuple[int, int]) -> bool:
        """Two rewards of one list: only its joints ([guard] reward_joint: ", ", "or", "ani",
        "或", "、") between them, in one sentence."""
        if sentence_of.of(first[0]) != sentence_of.of(then[0]):
            return False
        start, end = min(first[1], then[0]), then[0]
        if start == end:
            return True
        # a gap is read once: the walks of a list read each pair from both its ends
        known = joints.get((start, end))
        if known is not None:
            return known
        joints[(start, end)] = False
        for c in codes:
            # the leftmost match is the one that starts at ``start``, if any does: the rest of
            # the gap's matches need not be read (a pasted list of rewards has thousands)
            m = next(
                language_pack(c).phrases["reward_joint"].finditer_in(text, low, start, end), None
            )
            if m is not None and m.start() == start and m.end() == end:
                joints[(start, end)] = True
                return True
        return False

    def reward_refused(start: int, end: int, after: bool) -> bool:
        """No reward is given: a denial right before it ([guard] reward_denied: "we have never
        offered", "не практикуем", "从不提供") or, ``after``, right after it
        (reward_denied_after: "好评返现不是本院的做法", "za opinie u nas nie ma"), or it is one
        of a list whose reward on that side is denied so ("no discounts, gifts or vouchers",
        "rabatów ani prezentów za opinie u nas nie ma")."""
        key = (start, end, after)
        known = refused.get(key)
        if known is not None:
            return known
        # a list is walked with a stack of its own, not by recursion: a pasted list of a
        # thousand rewards with no joints between ("折扣礼品代金券...") went deeper than Python's
        # recursion limit; each reward is still read once, in the same order
        stack = [open_refusal(start, end, after)]
        while stack:
            step = stack[-1]
            if step.found or step.at >= len(step.near):
                refused[(step.start, step.end, after)] = step.found
                stack.pop()
                if stack:
                    stack[-1].found = step.found
                    stack[-1].at += 1
                continue
            span, own = step.near[step.at], (step.start, step.end)
            if not (joined(own, span) if after else joined(span, own)):
                step.at += 1
                continue
            known = refused.get((*span, after))
            if known is None:
                stack.append(open_refusal(*span, after))
                continue
            step.found = known
            step.at += 1
        return refused[key]

    def open_refusal(start: int, end: int, after: bool) -> _ListStep:
        """A step of the walk: whether the reward is refused by a denial or negator of its
        own, and the rewards beside it on the side read, nearest first."""
        refused[(start, end, after)] = False  # a reward is no joint of itself
        if after:
            found = phrase_beside("reward_denied_after", start, end, after=True)
        else:
            found = phrase_beside("reward_denied", start, end, after=False)
        found = found or negated(start, end, back=after)
        at = bisect.bisect_left(reward_spans, (start, end))
        before = reward_spans[max(0, at - 6) : at][::-1]
        return _ListStep(start, end, found, reward_spans[at + 1 : at + 7] if after else before)

    def sentence_spoken_to(clause: int) -> bool:
        """A clause of the clause's sentence speaks to the reviewer or a relative of theirs,
        or the sentence names them."""
        s_start, s_end = whom.sentence_span(clause)
        return any(
            c in whom.addressee for c in range(index.of(s_start), index.of(s_end - 1) + 1)
        ) or any(s_start <= at < s_end for at, _ in name_spans)

    spoken_in: dict[int, bool] = {}

    def clause_speaks(clause: int) -> bool:
        """The clause itself speaks to the reviewer (outside "you can"), read once a clause: a
        pasted sentence of thousands of money words asks it for each."""
        found = spoken_in.get(clause)
        if found is None:
            found = spoken_in[clause] = low is not None and speaks_to_reviewer(
                text, low, primary, *clauses[clause], reviewer_name
            )
        return found

    voids_in: dict[int, list[tuple[int, int]]] = {}

    def voids_of(clause: int) -> list[tuple[int, int]]:
        """Where a negative in the clause denies nothing: [guard] not_denying ("can't wait",
        "не только", "不但") and the conditions ("если вы ещё не были у нас, ...")."""
        found = voids_in.get(clause)
        if found is None:
            start, end = clauses[clause]
            # the clause's "not_denying" as whom it is about read them (``whom.denies``)
            found = voids_in[clause] = whom.phrase_spans(
                "not_denying", start, end
            ) + whom.conditions(start, end)
        return found

    def negated(start: int, end: int, back: bool) -> bool:
        """A negator of its part of the clause reaches the reward (round 20b: "we wouldn't
        dream of rewarding feedback with money off", "знижку ми ніколи не будемо", "好评返现违反
        平台规定"): none is given, whatever words the refusal is made of."""
        if low is None:
            return False
        # a phrase that runs on into the next clause is read where it ends: "отзывы мы не
        # платим, но если продублируете отзыв, получите скидку" offers one there
        clause = index.of(start if back else max(start, end - 1))
        span = clauses[clause]
        return any(
            negated_reach(
                low, c, span, start, end, back=back, voids=voids_of(clause), places=places_of
            )
            for c in codes
        )

    places_in: dict[tuple[str, int], list[int] | None] = {}

    def places_of(pattern: re.Pattern[str]) -> list[int] | None:
        """Where a match of ``pattern`` can start in the reply (``match_places``), found once
        a reply: each reward reads the negators and part ends near it. Only in a pasted list
        of rewards (``_REWARD_WINDOWS``): a reply written reads its windows as they are."""
        if len(reward_spans) * _REWARD_WINDOWS < len(text):
            return None
        key = (pattern.pattern, pattern.flags)
        if key not in places_in:
            places_in[key] = match_places(pattern, low or "")
        return places_in[key]

    def asked_and_denied(start: int) -> bool:
        """The reward is what a question asks about (its sentence ends in a question mark or
        tells of one, [reading] asked: "some patients ask whether a review earns them a
        voucher", "на вопросы о «скидке за отзыв» отвечаем") and the next clause opens with a
        negator: "It doesn't, and it never will.", "такой акции нет", "没有这样的活动"."""
        if low is None:
            return False
        clause = index.of(start)
        if clause + 1 >= len(clauses):
            return False
        s_start, s_end = whom.sentence_span(clause)
        question = text[s_start:s_end].rstrip().endswith(("?", "？")) or any(
            reports_question(low, c, *clauses[clause]) for c in codes
        )
        return question and any(
            opens_with_negator(low, c, clauses[clause + 1], voids_of(clause + 1)) for c in codes
        )

    def answered_no(end: int) -> bool:
        """The reward is asked of in a question answered by a bare denial, the next sentence
        whole ([guard] denied_answer): "Rewards for reviews? Never.", "Rabaty za opinie?
        Nigdy.", "好评返现？绝对不会。"."""
        number = sentence_of.of(end - 1) + 1
        if number >= len(sentence_of.clauses):
            return False
        a_start, a_end = sentence_of.clauses[number]
        before = a_start - 1
        while before > end and text[before].isspace():
            before -= 1
        if text[before] not in ("?", "？"):
            return False
        words = text[a_start:a_end]
        first = a_start + len(words) - len(words.lstrip())
        last = a_start + len(words.rstrip(" \t\n.!。！…"))
        return any(
            m.start() == first and m.end() >= last
            for c in codes
            for m in language_pack(c).phrases["denied_answer"].finditer_in(text, low, first, a_end)
        )

    def date_owned(hit: Hit) -> bool:
        """The date is the review's, the practice's or a colleague's, not when someone came:
        "your review of 14 June", "Dr Osei joins our team on 1 March", "отзыв от 21 октября",
        "本诊所于2010年6月1日正式开业" (a date of several hits, "2010年6月" + "1日", is one)."""
        start, end = hit.start, hit.end
        # the hits that touch it, found from its place among them (a pasted megabyte has
        # thousands): before it, then after it
        at = bisect.bisect_left(date_hits, (hit.start, hit.end))
        for s, e in reversed(date_hits[max(0, at - 8) : at]):
            if e >= start - 1 or glossed(e, start):
                start = min(start, s)
        for s, e in date_hits[at : at + 8]:
            if s <= end + 1 or glossed(end, s):
                end = max(end, e)
        year = _YEAR_AFTER.match(text, end)  # "1 апреля 2019 года клинику возглавил ..."
        if phrase_beside("date_owner", start, year.end() if year else end, after=True):
            return True
        # one of a list whose first date is owned ([guard] date_joint: "and", ",", "и", "和"):
        # "we were closed on 26 December and 1 January"
        for s, e in reversed(date_hits[max(0, at - 8) : at]):
            if e < start:
                if sentence_of.of(s) == sentence_of.of(start) and joined_dates(e, start):
                    return owned_before(s, e)
                break
        return False

    def glossed(end: int, start: int) -> bool:
        """Two date hits one date with a gloss in brackets between (round 29zh): at most one
        character besides the brackets and what they hold, "2月9日（除夕）至2月12日",
        "端午节（6月10日）", "6月2日（周一）至6月4日" (as "2月9日至2月12日" is one)."""
        if not 0 < start - end <= 16:
            return False
        gap = text[end:start].strip()
        bare = _ASIDE.sub("", gap).strip(" ()（）\u00a0")
        return len(bare) <= 1 and bare != gap  # a bracket at least: "2月9日 至" is not one

    owned_dates: dict[tuple[int, int], bool] = {}

    def owned_before(start: int, end: int) -> bool:
        """``date_owned`` of the date hit ``text[start:end]``, read once (a list of many)."""
        key = (start, end)
        if key not in owned_dates:
            owned_dates[key] = False
            owned_dates[key] = date_owned(Hit(start, end, "dates", ""))
        return owned_dates[key]

    def joined_dates(end: int, start: int) -> bool:
        """Only a list's joint ([guard] date_joint) between two dates."""
        return any(
            m.start() == end and m.end() == start
            for c in codes
            for m in language_pack(c).phrases["date_joint"].finditer_in(text, low, end, start)
        )

    def review_time(start: int, end: int) -> bool:
        """The day or time is the one the review gives, after the words that only point at it
        ([guard] date_echo_lead: "your", "on", "that"): "after your 9am slot" after "my 9am
        slot", "on Tuesday evening" after "Tuesday evening clinic ran late". Two words or a
        figure at least (a Chinese numeral of the clock or the calendar is one: "七点半" after
        "早上七点半就到了"): "next Tuesday" after "I came on Tuesday" is another day."""
        lead = start
        for code in codes:
            for m in (
                language_pack(code).phrases["date_echo_lead"].finditer_in(text, low, start, end)
            ):
                if m.start() == start:
                    lead = max(lead, m.end())
        rest = text[lead:end].strip().casefold()
        if not rest or (
            len(rest.split()) < 2
            and not any(ch.isdigit() for ch in rest)
            and not _ZH_TIME_FIGURE.search(rest)
        ):
            return False
        return rest in review_text.casefold()

    review_word_families: set[str] | None = None

    def review_has_words(fragment: str) -> bool:
        """Every word of ``fragment`` (by its family; one-letter words aside) and every
        figure is the review's own: "в субботу утром" after "в субботу в 9 утра"; a part of
        the day where the review gives a clock time (session 36: "в понедельник утром" after
        "на понедельник на 8:30", ``names_review_hours``)."""
        nonlocal review_word_families
        if review_word_families is None:
            review_word_families = {_phrase_family(w, primary) for w in WORD.findall(review_text)}
        words = [w for w in WORD.findall(fragment) if len(w) > 1]
        figures = re.findall(r"\d+", fragment)
        return bool(words or figures) and (
            all(
                _phrase_family(w, primary) in review_word_families
                or said_as_figure(w)
                or names_review_hours(w, review_text, primary)
                for w in words
            )
            and all(re.search(rf"(?<!\d){f}(?!\d)", review_text) for f in figures)
        )

    def said_as_figure(word: str) -> bool:
        """Session 32: a number word or an ordinal whose value the review wrote in figures
        ("on the third" after "on the 3rd", "at nine" after "at 9")."""
        value = figure_of(word, primary)
        if value is None or not review_text:
            return False
        return value in read_review(review_text[:_REVIEW_READ_LIMIT], primary).values

    def past_day(start: int, end: int) -> bool:
        """``text[start:end]`` counts a day back from today ("в позапрошлую среду")."""
        return low is not None and any(names_past_day(low, c, start, end) for c in codes)

    def review_dated(hit: Hit) -> bool:
        """The date is the review's own: a review word, "of" and the date ("ваш отзыв от 12
        мая", "відгук від 3 березня", "your review of 12 May"). When the review was posted is
        public; it is no visit. Not "спасибо за отзыв вчера", which may tell of the visit."""
        start = max(0, hit.start - 30)
        for code in codes:
            for m in language_pack(code).phrases["review"].finditer_in(text, low, start, hit.start):
                if text[m.end() : hit.start].split() in _REVIEW_DATED:
                    return True
        return False

    found: list[ConfidentialityFinding] = []
    new_in: dict[int, bool] = {}

    def add(start: int, end: int, code: FindingCode) -> None:
        rule = RULE_OF_CODE[code]
        if rule in pack.rules:
            rewrite = main.rewrites.get(rule, "")
            found.append(
                ConfidentialityFinding(start, end, code, text[start:end], rewrite, pack.country)
            )

    premises: list[tuple[int, int]] | None = None
    reviewer_mentioned = _Spans(name_spans)

    def in_premises(start: int, end: int) -> bool:
        """``text[start:end]`` lies inside a phrase naming the practice or meaning something
        else ([guard] premises, idiom; read once per reply)."""
        nonlocal premises
        if premises is None:
            sets = [language_pack(code).phrases[k] for code in codes for k in _NOT_CARE]
            premises = [
                (m.start(), m.end()) for p in sets for m in p.finditer_in(text, low, 0, len(text))
            ]
        return any(s <= start and end <= e for s, e in premises)

    def names_premises(hit: Hit) -> bool:
        """The word is inside a phrase naming the practice itself ([guard] premises, round
        20c: "at our surgery", "meant for another surgery", "the surgery will contact you"):
        the place, not anyone's operation; or inside a phrase where it means something else
        ([guard] idiom, round 21c: "the call back you were promised"); or ends a place's name
        ("Hillside Surgery"). Read once per reply, only where a hit asks."""
        if in_premises(hit.start, hit.end):
            return True
        return lexicon(primary).place_names and _place_name(text, hit)

    def not_offered_before(hit: Hit) -> bool:
        """A phrase saying the practice does not offer something ([guard] not_offered: "本院并不
        开展拔牙业务") stands right before the word, or before the words it is one of with no
        space or mark between (round 25b: "也没有开展打针输液项目" names both services)."""
        if phrase_beside("not_offered", hit.start, hit.end, after=False):
            return True
        number = sentence_of.of(hit.start)
        spans = phrases_of.get(("not_offered", number))  # read by phrase_beside just now
        return any(
            m_end <= hit.start
            and hit.start - m_end <= _NOT_OFFERED_REACH
            and not _PART_GAP.search(text, m_end, hit.start)
            for _, m_end in spans or ()
        )

    def sentence_finds_no_record(clause: int) -> bool:
        """The clause's sentence says the practice looked and found nothing that matches
        ([guard] no_record, read as a denial in its own clause: "we have no record that matches
        your description"), session 35 (gscope35)."""
        number = sentence_of.of(clauses[clause][0])
        s_start, s_end = sentence_of.clauses[number]
        return any(
            next(
                language_pack(code).phrases["no_record"].finditer_in(text, low, s_start, s_end),
                None,
            )
            is not None
            for code in codes
        )

    # the clauses that name care or health, read where a non-patient's review asks (session 31)
    cared_clauses: set[int] | None = None

    def names_care_or_health(clause: int) -> bool:
        nonlocal cared_clauses
        if cared_clauses is None:
            cared_clauses = {c for c, h in facts if h.kind in ("health", "care")}
        return clause in cared_clauses or names_care(*clauses[clause])

    denied_visits: dict[int, list[tuple[int, int]]] = {}

    def visit_denied(clause: int, start: int, end: int) -> bool:
        """Session 36 (gnonpat36): ``text[start:end]`` lies in a visit the reply denies to the
        reviewer ([guard] visit_denied: "хоть вы и не были у нас на приёме", "хоч ви й не
        були в нас", "even though you've never been to us", "虽然您没有在我们这里就诊过"),
        which closes its clause: a relationship denied, not told. Not "вы уже полгода не были
        у нас" (a time before it), "не были у нас с 2019 года" or "you haven't been seen
        here since March" (a time after it), nor "не були в нас на перев'язці" (care after
        it): the tables end the phrase at the visit and want the clause to close there."""
        spans = denied_visits.get(clause)
        if spans is None:  # read once a clause: a pasted clause of many care words asks each
            c_start, c_end = clauses[clause]
            s_start, s_end = whom.sentence_span(clause)
            spans = denied_visits[clause] = [
                m.span()
                for c in codes
                for m in language_pack(c)
                .phrases["visit_denied"]
                .finditer_in(text, low, max(s_start, c_start - 40), min(s_end, c_end + 40))
            ]
        return any(s < end and start < e for s, e in spans)

    def day_of_no_visit(clause: int, hit: Hit) -> bool:
        """Session 37 (gday37): one reading of a dated clause's actor, who does what on the
        day. The reviewer acts where the clause speaks to them or names them ("that day you
        were examined", "last week you came in"): their visit, a finding. Else the day is:
        - no patient's where the review's writer is none (``review_not_a_patient``, or
          ``review_enquires`` and the clause is not to them) and the clause names no care or
          health: their interview or meeting (session 31: "it was lovely to meet you on
          Tuesday"); a day that only points back with no date told before it is the day
          the review told, whatever work of the staff the clause names ("Того дня лікарі
          були зайняті пацієнтами", session 36);
        - the practice's where it only points back ([guard] date_back: "that day", "того
          дня", "tego dnia", "当天") at a date of the practice's told in its sentence or the
          one before, in a sentence not spoken to them and a clause naming no care ("Ганна
          Іванівна 23 грудня виходить на пенсію. Того дня о 15:00 у холі буде чаювання",
          session 35);
        - the practice's news where it only counts back from today ([guard] date_recent, the
          whole day, or a day pointing back at none told) and a thing or third party of the
          practice acts in the clause ([guard] news_maker, not after a [guard] news_place:
          "На прошлой неделе разработчики выпустили обновление", "上周系统升级了"), in a
          sentence not spoken to them, with no care or health outside the thing's own name
          (session 36). A calendar date is never read so ("on Tuesday the 9th our clinic fell
          behind" is the day of their visit)."""
        spoken = clause in whom.addressee
        if (review_not_a_patient() or (review_enquires() and not spoken)) and (
            not names_care_or_health(clause)
        ):
            return True
        reviewer_acts = spoken or clause_speaks(clause)
        start = day_pointing_back(hit)
        if (
            (start is not None or counts_back(hit))
            and not reviewer_acts
            and not sentence_spoken_to(clause)
            and staff_work(clause)
        ):
            return True  # session 38 (gfaen38): "The surgeon was assisting in theatre that
            # day", "Хирург в тот день ассистировал на плановой операции": the staff's day
        if start is not None:
            told = date_told_before(start)
            if told is None and review_enquires() and not reviewer_acts:
                return True  # the day the review told: a no-patient's meeting
            if told is not None:
                return (
                    not reviewer_acts
                    and not sentence_spoken_to(clause)
                    and not names_care_or_health(clause)
                    and owned_before(*told)
                )
            if not reads_news_days():
                return False  # zh: its table off, none of its days is read as news
        elif not counts_back(hit):
            return False
        return (
            not reviewer_acts
            and not sentence_spoken_to(clause)
            and practice_thing_acts(clause, hit)
        )

    staff_work_of: dict[int, list[tuple[int, int]]] = {}  # read once a clause

    def staff_work(clause: int) -> list[tuple[int, int]]:
        """Session 38 (gfaen38): the phrases of the clause where a member of staff is at their
        own work, its subject ([guard] staff_busy: "the surgeon was assisting in theatre",
        "Хирург в тот день ассистировал на плановой операции", "那天外科医生在手术室协助手术");
        none in a clause about the reviewer. Session 39 (gdepth39): nor where the clause speaks to
        them or its sentence names a day outright (``outright_day``): "Двадцать девятого ноября
        доктор задержался на операции", "Last Thursday the surgeon was called away to an
        emergency" tell the reviewer the day of their own visit; the day and the staff's work
        there keep their findings (with them, a day in words the date rule does not read still
        blocks the reply). Only a day that points back at the one the review told ("that day",
        "в тот день") is the staff's."""
        spans = staff_work_of.get(clause)
        if spans is None:
            start, end = clauses[clause]
            spans = (
                []
                if clause in whom.addressee
                else [
                    (m.start(), m.end())
                    for c in codes
                    for m in language_pack(c)
                    .phrases["staff_busy"]
                    .finditer_in(text, low, start, end)
                ]
            )
            if spans and (clause_speaks(clause) or outright_day(*whom.sentence_span(clause))):
                spans = []  # also about the reviewer: their visit's day, or said to them
            staff_work_of[clause] = spans
        return spans

    def outright_day(start: int, end: int) -> bool:
        """A day is named outright in ``text[start:end]``: a date, a weekday, a time, a date in
        words, a day counted back from today ("last Thursday", "вчера"), not one that only
        points back at the day the review told ("that day", "в тот день"), nor one owned by
        someone else (``date_owned``: "your review of 14 June"). In a reply to a review it
        is the day of the reviewer's visit."""
        return any(
            h.kind == "dates"
            and start <= h.start < end
            and day_pointing_back(h) is None
            and not date_owned(h)
            for _, h in facts
        )

    def staff_at_work(clause: int, hit: Hit) -> bool:
        """The care or health word is the work of a member of staff (``staff_work``): the
        operation the surgeon assisted at, the procedure that held the nurse up, no one's
        treatment (the work's words take no possessive: not "with your procedure")."""
        return any(s <= hit.start and hit.end <= e for s, e in staff_work(clause))

    def reads_news_days() -> bool:
        """A language of the reply reads days as the practice's news: its [guard] date_recent
        table is not empty (zh's is: on, its own frozen part lost a blocked reply twice)."""
        return any(language_pack(c).phrases["date_recent"].pattern is not None for c in codes)

    def day_pointing_back(hit: Hit) -> int | None:
        """Where the day starts if it only points back ([guard] date_back opens it, a time
        after it one day with it: "Того дня о 15:00"), else None."""
        at = bisect.bisect_left(date_hits, (hit.start, hit.end))
        start = hit.start
        for s, e in reversed(date_hits[max(0, at - 8) : at]):
            if e < start - 1:
                break
            start = min(start, s)
        if any(
            m.start() == start
            for c in codes
            for m in language_pack(c).phrases["date_back"].finditer_in(text, low, start, hit.end)
        ):
            return start
        return None

    def date_told_before(start: int) -> tuple[int, int] | None:
        """The last date told before ``start`` in its sentence or the one before."""
        before = bisect.bisect_left(date_hits, (start, start))
        if before == 0:
            return None
        s, e = date_hits[before - 1]
        if sentence_of.of(s) < sentence_of.of(start) - 1:
            return None
        return s, e

    def counts_back(hit: Hit) -> bool:
        """The whole day is told by how long ago it was ([guard] date_recent: "last week",
        "вчера", "przedwczoraj", "上周")."""
        return any(
            m.start() == hit.start and m.end() == hit.end
            for c in codes
            for m in language_pack(c)
            .phrases["date_recent"]
            .finditer_in(text, low, hit.start, hit.end)
        )

    def practice_thing_acts(clause: int, day: Hit) -> bool:
        """A thing or third party of the practice ([guard] news_maker: software, equipment,
        the council, developers) is named in the clause, not only as a place ([guard]
        news_place: "jest już w systemie" places the reviewer's form), and no care or health
        is named outside its own name ("новий рентген-апарат" is a machine, "the scanner
        showed a fracture" a case). In Chinese, whose clause runs on over its commas, only a
        thing right beside the day is its subject ("上周系统升级了", "系统昨天更新了"): "上周
        王阿姨来的时候设备坏了" tells of a person's day."""
        start, end = clauses[clause]
        makers = sorted(
            (m.start(), m.end())
            for c in codes
            for m in language_pack(c).phrases["news_maker"].finditer_in(text, low, start, end)
            if not phrase_beside("news_place", m.start(), m.end(), after=False)
        )
        if primary == "zh" and not any(
            0 <= s - day.end <= _ZH_SUBJECT_GAP or 0 <= day.start - e <= 1 for s, e in makers
        ):
            return False
        if not makers:
            return False
        if any(
            h.kind in ("health", "care")
            and c == clause
            and not any(s <= h.start and h.end <= e for s, e in makers)
            for c, h in facts
        ):
            return False
        gaps = [start] + [x for span in makers for x in span] + [end]
        return not any(
            names_care(gaps[i], gaps[i + 1])
            for i in range(0, len(gaps), 2)
            if gaps[i] < gaps[i + 1]
        )

    def records_of_no_one(clause: int, start: int, end: int) -> bool:
        """Session 35 (gvocab35): what "our records" or "our data" say ([guard] records) is
        nobody's record where the sentence neither speaks to nor names the reviewer and no
        clause of it holds a word of care, health, money or a person ("По нашим данным,
        очереди в регистратуре сократились вдвое", "Our records show that we've served this
        town for 40 years"): the practice's own figures. Not "по нашим данным, вы не проходили
        флюорографию" (spoken to), nor "according to our notes the smear is overdue" (a
        health word)."""
        if not _OURS.search(text, start, end) or sentence_spoken_to(clause):
            return False  # only what our own records say: "перезванивали вам на мобильный,
            # указанный в договоре" is theirs
        s_start, s_end = whom.sentence_span(clause)
        first, last = index.of(s_start), index.of(s_end - 1)
        if whom.phrase_spans("addressee", s_start, s_end) or any(
            clause_speaks(c) for c in range(first, last + 1)
        ):
            return False  # "з історії ваших звернень бачимо, що ви приходили ...": a clause of
            # records is not read for whom it speaks to (clause_reading._SAID_OF_ANYONE)
        told = (
            "health",
            "care",
            "billing",
            "insurance",
            "personal",
            "names",
            "dates",
            "confirms_patient",
        )
        if any(first <= c <= last and h.kind in told for c, h in facts):
            return False
        return not any(names_care_or_health(c) for c in range(first, last + 1))

    def reward_past_exception(clause: int, hit: Hit) -> int | None:
        """Session 36 (goffer36): a reward phrase that starts in a clause refusing rewards and
        runs on past a clause opening with an exception ([reward] exception) is the offer of
        that clause: "We never pay for reviews, though anyone who posts one this month will
        get 10% off", "Мы не платим за отзывы, однако каждому, кто оставил отзыв, начислим
        500 бонусов". The clause it is read in, or None."""
        if hit.kind != "reward":
            return None
        last = index.of(max(hit.start, hit.end - 1))
        for c in range(clause + 1, last + 1):
            if c not in whom.negation and clause_opens_with("reward_exception", c) is not None:
                return c
        return None

    def given_as_thanks(clause: int, start: int) -> bool:
        """A reward with no review named near it is given as thanks for the review: session 37
        (greward37, ``thanked_gift``): whoever else gets it ("为表感谢，首次洗牙免费，所有顾客都
        一样"); session 44 (gwl44): or as thanks in a sentence that names no review, the reply
        answering one ("为表感谢，新客户首次洗牙免费"); not a thanks to all ([reward]
        thanks_to_all), nor where the sentence names the review itself ("... gratis: dla
        wszystkich, a nie w zamian za opinie")."""
        return thanked_gift(clause) or (
            sentence_phrase("review", start) is None and given_as_thanks_in(sentence_of.of(start))
        )

    # the parts of the reward reading (_REWARD_PARTS), each (clause, start, end, clauses the
    # reward spans, its way) -> the part holds
    reward_part: dict[str, Callable[[int, int, int, range, str], bool]] = {
        "denied_in_clause": lambda c, s, e, _, w: c in whom.negation and not granted_after(c),
        "refused": lambda c, s, e, _, w: (
            (
                reward_refused(s, e, after=False)
                or reward_refused(s, e, after=True)
                or answered_no(e)
                or asked_and_denied(s)
            )
            and not granted_after(c)
        ),
        "refusal_goes_on": lambda c, s, e, _, w: continues_refusal(c),
        "review_no_condition": lambda c, s, e, spanned, w: not review_conditions(c, spanned, s),
        "thanks_then_others": lambda c, s, e, _, w: thanks_then_others(c, w),
        "about_no_one": lambda c, s, e, _, w: (
            whom.about_no_one(c, health=False) and (w == "free_after_review" or thanks_in(c))
        ),
        "group_in_own_part": lambda c, s, e, _, w: group_offered_in_part(s, e),
        "said_of_everyone": lambda c, s, e, _, w: (
            whom.general(c)
            or whom.general_beside(c)
            or whom.about_no_one(c, health=False)
            or whom.states_scope(c)
        ),
        "not_offered": lambda c, s, e, _, w: (
            phrase_beside("reward_not_offered", s, e, after=True) or amenity_beside(s, e)
        ),
        "fraud": lambda c, s, e, _, w: warned_against(s),
        "group_named": lambda c, s, e, _, w: offered_to_group(s),
        "season": lambda c, s, e, _, w: offered_for_season(c, s),
        "group_in_part": lambda c, s, e, _, w: offered_in_part(s, e),
        "reviewers_own": lambda c, s, e, _, w: echoes_reviewers_benefit(c, s, e),
        "not_to_reader": lambda c, s, e, spanned, w: (
            language_pack(codes[0]).reward_to_reader and not for_this_reader(c, spanned)
        ),
        "service_of_practice": lambda c, s, e, spanned, w: (
            free_of_charge(s, e) and not given_to_reader(c, spanned)
        ),
    }

    def granted_after(clause: int) -> bool:
        """Session 45 (grew45): the refusal is taken back in the next clause of its sentence
        (``excepted``: it opens with an exception, [reward] exception, speaks to the reader):
        "Free whitening for reviews is not how we work, but for you we'll make an exception",
        "Скидок за отзывы мы не даём, но вам сделаем": refused, then granted."""
        after = clause + 1
        if after >= len(clauses) or sentence_of.of(clauses[after][0]) != sentence_of.of(
            clauses[clause][0]
        ):
            return False
        # ... and it gives something: a reward word or [reward] granted ("make an exception",
        # "исключение", "破例"); not "..., but you're always welcome here"
        if "reward" not in kinds_in.get(after, ()) and not any(
            next(
                language_pack(c).phrases["reward_granted"].finditer_in(text, low, *clauses[after]),
                None,
            )
            for c in codes
        ):
            return False
        return excepted(after)

    def service_of_refused_reward(clause: int, hit: Hit) -> bool:
        """The health word is a reward's service (in the reward, or right after it with at most
        one short word between: "бесплатной чистки", "знижку на імплантацію") and the reward
        is refused (``reward_part["refused"]``)."""
        at = bisect.bisect_right(reward_spans, (hit.start, len(text)))
        for r_start, r_end in reward_spans[max(0, at - 2) : at]:
            if r_end >= hit.end or (
                r_end <= hit.start and _SERVICE_GAP.fullmatch(text, r_end, hit.start)
            ):
                return reward_part["refused"](clause, r_start, r_end, range(clause, clause + 1), "")
        return False

    def reward_passes(clause: int, start: int, end: int, benefit: bool = False) -> bool:
        """The reward reading (sessions 45-46, grew45, greward46): the listed reward, or with
        ``benefit`` the benefit word, ``text[start:end]`` is no finding where a part of
        _REWARD_PARTS read for its way holds, or where a benefit word is given in no way. The
        parts are read in the table's order; a listed reward's way is read only when a part
        read for some of its ways and not others is reached."""
        spanned = range(clause, index.of(max(start, end - 1)) + 1)
        way = benefit_given(clause, start, spanned) if benefit else ""
        if benefit and not way:
            return True  # given for nothing: the first consultation is free
        for part, read_for, _ in _REWARD_PARTS:
            if not way:
                if read_for.isdisjoint(_LISTED_WAYS):
                    continue
                if not _LISTED_WAYS <= read_for:
                    way = listed_given(clause, start, spanned)
            if way and way not in read_for:
                continue
            if reward_part[part](clause, start, end, spanned, way):
                return True
        return False

    for clause, hit in facts:
        hit_start = hit.start
        if clause in whom.negation:
            moved = reward_past_exception(clause, hit)
            if moved is not None:
                clause, hit_start = moved, clauses[moved][0]
            elif hit.kind != "reward":
                continue  # "we never discuss diagnoses online"; a reward is read by the reward
                # reading's "denied_in_clause" (refused, then granted: "Скидок за отзывы мы не
                # даём, но для вас сделаем исключение", session 45, grew45)
        elif whom.denied_before_told(clause, hit.start):
            continue  # "We never share records, our doctor will call you": the denial's words
        if hit.kind in ("health", "care") and names_premises(hit):
            continue  # "at our surgery all repeat prescriptions need two working days"
        if hit.kind in ("health", "care") and service_of_refused_reward(clause, hit):
            continue  # session 45 (grew45): "нет, бесплатной чистки за отзывы у нас не бывает":
            # the service of a reward refused, what is not given, no one's health
        if hit.kind in ("health", "care") and not_offered_before(hit):
            continue  # "本院并不开展拔牙业务": a treatment the practice does not give anyone
        if hit.kind in ("health", "care") and staff_at_work(clause, hit):
            continue  # session 38 (gfaen38): "Хирург в тот день ассистировал на плановой
            # операции", "our nurse was held up with an emergency": the staff's own work
        if reviewer_mentioned.around(hit.start, hit.end):
            continue  # the reviewer's own name ("Thanks Tia!"): whom the reply is for, no fact
        kind = hit.kind
        start, end = hit_start, hit.end
        if kind == "confirms_patient":
            if in_premises(start, end):
                continue  # session 40 (gfr40pl): inside a phrase that means something else
                # ([guard] idiom: "dr Nowicka przebywa na urlopie i wróci do nas we wrześniu")
            if review_words(start, end) and apologises(clause):
                continue  # "sorry you had to come back another day": the review's own words
            if echoes_review(clause, start, end):
                continue  # "we understand you were kept waiting" after "waited 40 minutes"
            if repeats_review(clause, end, start, kind):
                continue  # "sorry your mother was left waiting" after "my mum waited": by
                # meaning; in en the phrase alone too ([echo] phrase_echo): "when you rang"
                # after "Called to ask about prices", "your booking" after "my booking was lost"
            if whom.supposed_at(clause, start, end):
                continue  # "if you were seen here before, ...": supposed of anyone, not told
            if whom.step_supposed_for_anyone(clause, start, end):
                continue  # session 35 (gneg35): "If a crown ever comes loose, don't wait for
                # your next check-up": a step anyone has, should it ever happen
            if whom.wishes_well(hit, review_tells_of_care):
                continue  # "życzymy szybkiego powrotu do zdrowia" after "byłam z zapaleniem"
            if whom.said_to_anyone(clause, start):
                continue  # "każdy może umówić się ponownie do tego samego lekarza": anyone may
            if whom.stage_for_anyone(clause, start):
                continue  # "We ask every new patient for a deposit, which comes off the cost
                # of the first appointment": anyone's first appointment (session 33, gen33)
            if whom.states_a_rule(clause):
                continue  # "если пациент не готов выйти на работу, листок продлевают на
                # следующем приёме": a rule for anyone (its only "you" inside the condition)
            if phrase_beside("relation_denied", start, end, after=False):
                continue  # "Вы не наш пациент, поэтому ...": the relationship denied, not told
            if visit_denied(clause, start, end):
                continue  # "Спасибо, что рассказали, хоть вы и не были у нас на приёме": a
                # visit denied, closing its clause (session 36, gnonpat36)
            if (
                review_not_a_patient()
                and not names_care(
                    start, max(min(len(text), end + 2), clauses[clause][1]), idioms=False
                )
                and not phrase_beside("relation_told", start, end, after=True)
            ):
                continue  # "it was a pleasure meeting you" after "came in for a job
                # interview": a meeting, no visit of a patient (not "you were examined"; the
                # rest of its clause too: "您在我们这里开|的药" names a prescription, "ви були
                # у нас | на консультації" a visit, session 32)
            add(start, end, FindingCode.CONFIRMS_PATIENT)
        elif kind == "records":
            if records_of_no_one(clause, start, end):
                continue  # "По нашим данным, очереди сократились вдвое", "Our records show
                # we've served this town for 40 years": the practice's own figures (session 35)
            if (
                clause not in whom.addressee
                and not clause_speaks(clause)
                and not sentence_spoken_to(clause)
                and sentence_finds_no_record(clause)
            ):
                continue  # "Sprawdziliśmy system i nie znaleźliśmy pacjenta o tym nazwisku": a
                # search that found no one (session 35, gscope35), not their records looked at
                # (not "We reviewed your chart and there is no record of the problem")
            add(start, end, FindingCode.RECORDS)
        elif kind == "names":
            if _written_in_review(text[start:end], review_text):
                continue  # "您提到的张小姐是我们的客服主管" after "前台张小姐很贴心"
            if _titled_staff_in(text, start, end):
                continue  # "медичній сестрі Ірині Степанівні": a nurse's title, no sister
                # (session 36, gteam36: the kin word is the end of a staff title)
            if text[start:end] != reviewer_name.strip() and not _titled_public_name(
                text[start:end], reviewer_name
            ):  # "王先生" greeting its own author, "冯先生" greeting "老冯"
                add(start, end, FindingCode.FULL_NAME)
        elif kind == "care":
            # a visit, a treatment, a doctor: a care relationship once it is theirs
            # ("your visit", "the appointment you missed"): an addressee in the same clause
            near = addressee_at.get(clause, ())
            if whom.said_of_group(start):
                continue  # "陪老人来验配助听器的家属往往比老人还着急，您的细心……": the group's
            if whom.supposed_of_anyone(clause, hit):
                continue  # "Когда пожилой человек приходит к врачу, ...": anyone's visit
            if visit_denied(clause, start, end):
                continue  # "Вы не были у нас на приёме, но ...": a visit denied (session 36)
            if whom.supposes_for_anyone(clause):
                continue  # session 35 (gneg35): "If a crown ever comes loose, don't wait for
                # your next check-up": what to do should it ever happen to anyone
            if (
                reports_echoes
                and text[start:end].casefold() in review_folded
                and names_reported(text, primary, clauses[clause][0], start)
            ):
                continue  # "也没有您提到的那位医生" after "那个张医生": the review's own word
            if near and apology_repeats(clause, hit) and review_tells_of_their_illness():
                continue  # "przepraszamy, że musiała Pani przyjść drugi raz z powodu zdjęcia"
                # after "zrobili mi RTG nie tego zęba": the care their review tells of, in
                # the apology for it (another word for it: "zdjęcie" for "RTG")
            if near and review_words(start, end) and apologises(clause):
                continue  # "sorry you left confused about your results" after "my results"
            if repeats_review(clause, end, start):
                continue  # "your 10 o'clock booking ran late" after "booked for 10": by meaning
            if feels_about_review(clause, hit):
                continue  # "the home physio team will be so proud of your grandma" after
                # "Grandma's physio visits at home": the practice's feeling, the review's story
            if passed_on_to(hit):
                continue  # session 36 (gneg36): "Передадим доктору, что работа радует вашего
                # мужа" after "Мужу поставили коронку": the colleague the words go to
            if near and message_to_kin(clause, start):
                continue  # session 44 (gfa44en): "please tell your daughter that our dentists
                # say ..." after "I brought my daughter in": a message to the relative
            if near and you_only_report(clause, *clauses[clause], end):
                continue  # session 39 (gfazh39): "听到您说一点都不疼，是对我们帕医生最好的肯定":
                # the only "you" is who said what the reply reports; the doctor is the practice's
            if near and not whom.general(clause):
                before = last_addressee_before(clause, start)
                if before is not None and start - before.end <= 40:
                    start = before.start
                if repeats_review(clause, end, start, "care"):
                    continue  # session 45 (gfa45en): the relationship this care word makes
                    # with its "you" is the finding: said back from the review, by its phrase
                    # ([echo] phrase_echo), it tells what the review told ("you told us how
                    # nervous you were after so many years away from the dentist")
                add(start, end, FindingCode.CONFIRMS_PATIENT)
            elif not near and not review_words(start, end) and whom.takes_part(clause, hit):
                add(start, end, FindingCode.CONFIRMS_PATIENT)  # "вас ждёт контрольный осмотр"
        elif kind == "reward":
            if not reward_passes(clause, start, end):
                add(start, end, FindingCode.REWARD)
        elif kind in _FACT_KINDS:
            if (
                kind != "personal"
                and whom.states_scope(clause)
                and not (low is not None and tells_a_case(low, primary, clauses[clause], hit))
            ):
                continue  # "Blood test results usually come back within three to five working
                # days", "仅首诊挂号费按物价部门标准收取": a rule of the practice, no one's
            if kind == "dates" and date_owned(hit):
                continue  # "your review of 14 June", "Dr Osei joins our team on 1 March"
            if kind == "dates" and whom.date_span(clause, hit):
                continue  # "renovating the second floor from March 10 to 14": the calendar
            if kind == "dates" and day_of_no_visit(clause, hit):
                continue  # whose day it is, by who acts on it: "Того дня о 15:00 у холі буде
                # чаювання" after "23 грудня виходить на пенсію", "На прошлой неделе
                # разработчики выпустили обновление", "it was lovely to meet you on Tuesday"
                # after "interviewed for the hygienist job" (session 37, gday37)
            if (
                kind in ("billing", "insurance")
                and (review_not_a_patient() or (review_enquires() and clause not in whom.addressee))
                and not names_care_or_health(clause)
            ):
                continue  # "борг за лютий погашено сьогодні" after "постачаємо вам витратні
                # матеріали": the trade's invoice, no patient's bill (session 32, gslav32; not
                # "борг 1200 грн за протезування погашено": care named in its clause); session
                # 33 (gzh33): nor the words of the insurance family, "财务已经核对了对账单" to a
                # supplier whose invoice is unpaid
            if (
                kind == "billing"
                and hit.family
                and clause not in whom.addressee
                and not sentence_spoken_to(clause)
                and not clause_speaks(clause)
            ):
                continue  # a money word by its family alone ([families] billing: "залишок
                # сплачується в день операції", "внески можна розбити на три частини") is the
                # reviewer's bill only in a sentence that speaks to or names them ("вашому
                # батькові лишилася доплата", "компенсацию вам уже перечислили"; session 33)
            if kind != "personal" and clause not in whom.addressee and whom.states_a_rule(clause):
                continue  # "когда вы записываетесь к ортодонту впервые, консультация бесплатная,
                # а снимки делаются на месте", "如果周五下午预约复诊，一般周二才能安排": anyone's
            if (
                kind == "health"
                and clause not in whom.addressee
                and explains_their_case(clause, hit)
            ):
                add(start, end, FindingCode.HEALTH_DETAIL)
                new_in[clause] = True  # what the review did not say
                continue
            if kind == "health" and whom.said_of_group(start):
                continue  # "孩子拔牙时哭闹是很常见的，很多家长都会担心，您的顾虑……": the group's
            if kind == "health" and continues_refusal(clause):
                continue  # "... ничего за них не даём — даже бесплатного измерения давления":
                # what is refused, no one's health (session 35)
            if kind != "personal" and whom.gnomic(clause):
                continue  # "Regular cleaning keeps gums healthy": true of a kind, no one's
                # (session 33, gen33: a bare plural or gerund subject in the present)
            if (
                kind == "health"
                and not (low is not None and tells_a_case(low, primary, clauses[clause], hit))
                and (
                    (whom.states_what_is_usual(clause) and usual_for_anyone(hit))
                    or whom.defines_for_everyone(clause)
                )
            ):
                continue  # session 35 (gneg35): "powikłania, np. suchy zębodół, zdarzają się
                # rzadko" to a question, "страх перед стоматологом — це нормально": what is
                # usual of a kind, no one's; session 36 (gdef36): "кариес — самое
                # распространённое заболевание в мире", a kind defined for everyone
            if kind != "personal" and whom.about_no_one(clause, kind == "health"):
                continue  # the clause reading: nobody in particular is spoken to or named
            if kind == "health" and whom.health_as_a_rule(clause, review_tells_of_their_illness):
                continue  # "most cases get better within six weeks": general information
            if (
                kind == "health"
                and clause not in whom.addressee
                and not whom.personal(clause, start)
            ):
                continue  # "smear tests can be booked on Mondays": nobody's health in particular
            if (
                kind == "health"
                and clause not in whom.addressee
                and whom.advises_anyone(clause)
                and not review_tells_of_illness()
            ):
                continue  # "przed badaniem krwi należy być na czczo": advice to anyone, by its
                # mood, with nobody in its sentence (session 33, gpl33)
            if kind == "health" and review_asks() and whom.answers_in_general(clause):
                continue  # "支架术后一般建议一个月内不要乘坐飞机" to "做完支架能坐飞机吗？"
            if (
                kind == "health"
                and (
                    clause not in whom.addressee
                    or yous_only_report(clause, *clauses[clause], hit.start)
                )
                and names_role(hit)
            ):
                continue  # "看我们的康复师不需要转诊": a member of staff, not anyone's health;
                # session 39 (gfazh39): also where the only "you" reports the review ("看到您说
                # 矫正两年效果很好，黄医生和整个正畸团队都特别开心")
            if kind == "health" and clause not in whom.addressee and whom.supposed(clause, hit):
                continue  # "Алёна, если у ребёнка после прививки температура ...": anyone's
            if kind == "health" and whom.wishes_well(hit, review_tells_of_care):
                continue  # "we hope you feel better soon" after "came in with the flu"; session
                # 36 (gneg36): "希望老人家早日康复" after "我爸在你们这住了半个月院" (a stay)
            if kind == "health" and refers_back(clause, hit):
                continue  # "жаль, что процедура была неприятной" after the review's own complaint
            if kind in ("billing", "insurance") and whom.states_a_habit(clause):
                continue  # "For plans we are in network with, we bill the insurer first and
                # only ask for your copay on the day": the practice's habit (session 33, gen33)
            if kind in ("billing", "insurance") and whom.price_list(clause):
                continue  # "Nasze ceny: przegląd 350 zł, zdjęcie 60 zł": everyone's prices
            if kind in ("billing", "insurance") and whom.money_as_a_rule(clause, hit):
                continue  # "就诊当天取消则无法退款", "无痛胃镜需另加麻醉费约600元": anyone's money
            if (
                kind in ("billing", "insurance")
                and phrase_beside("money_not_theirs", start, end, after=False)
                and not whom.told_of_someone(clause)
                and not sentence_spoken_to(clause)
            ):
                continue  # "bez dodatkowej opłaty", "zgodnie z przepisami NFZ": no charge at
                # all, the insurer's own rules; nobody's money (not "Pani wizyta bez opłaty")
            if kind in ("billing", "insurance") and whom.follows_general(clause):
                continue  # "... for everyone: most policies pay the surgery fee. The fee is set
                # by the hospital, and the insurer decides what it covers": nobody's money
            # session 39 (gleak39): not where the general phrase stands in another part of the
            # clause than the health word's own, a condition that tells their case again ("Если
            # снова начнутся приступы мигрени, ..., приходите к неврологу без записи")
            if (
                (whom.general_at(clause, start, end) or whom.general_beside(clause))
                and not (kind == "health" and whom.again_in_own_part(clause, start, end))
                and not (
                    kind == "dates"
                    and (
                        ((visit_on(hit) or past_day(start, end)) and whom.told_of_someone(clause))
                        # session 36 (gteam36): zh says "you" without an `addressee` phrase:
                        # "诊所装修，您原定7月15日的洗牙已改到分院" is their visit among the
                        # practice's dates
                        or (
                            primary == "zh"
                            and day_of_visit_zh(hit)
                            and _says_you_zh(text, *clauses[clause])
                        )
                    )
                )
            ):
                continue  # "we have an X-ray room", "we accept most insurance plans"
                # (not a visit on a day that was: "the visit on 3 October was a private one",
                # "в позапрошлую среду запись оказалась у другого врача")
            if review_facts is None:
                review_facts = _review_facts(review_text, codes, country)
            echoed = (
                _family_of(hit, text, primary) in review_facts
                or (kind == "billing" and _same_figures(text[start:end], review_facts))
                or (kind == "billing" and not hit.family and money_said_back(clause, hit))
                or (kind == "health" and _same_stem(text, hit, primary, review_facts))
            )
            if (
                kind == "health"
                and echoed
                and names_role(hit)
                and _OWNER_BEFORE.search(text, max(0, start - 12), start)
            ):
                continue  # "our dementia lead", "the home physio team will be so proud" after the
                # review told of the dementia or the physio: the review's own word naming a role
                # of the practice's, no one's health (session 36, gteam36)
            if kind != "personal" and repeats_review(clause, end, start):
                continue  # "sorry the swelling took so long to go down" after "face stayed
                # swollen": every word of the clause is the review's own, by meaning
            if (
                kind == "health"
                and (echoed or clause not in whom.addressee)
                and names_department(hit)
            ):
                continue  # "передамо ... всій команді реабілітації" after "ходимо на реабілітацію";
                # session 31 (gpl31): a unit's name in a clause not about the reviewer, whatever
                # the review said ("praktyki na oddziale rehabilitacji" to a student)
            if kind == "health" and echoed and whom.said_of_no_one(clause):
                continue  # the review's own word, said of no one: "vaccines do not cause autism"
            if kind == "health" and echoed and whom.states_in_general(clause, hit):
                continue  # "Caring for a parent with dementia ... is exhausting": anyone's
            if kind == "health" and reports_echoes and reports_review(clause, hit):
                # ... a phrase by its last word too: "после укола" after "сделали укол"
                words = WORD.findall(text[start:end])
                if echoed or (words and review_has_words(words[-1])):
                    continue  # "вы пишете, что зуб болит неделю": what the review itself says
            if kind == "personal" and (
                _titled_staff_in(text, start, end) or _staff_named_before(text)(start)
            ):
                continue  # "передадим ваши слова врачу Петровой Анне Игоревне": a colleague by
                # title, no one's circumstances (session 36, gteam36)
            if kind == "personal" and _titled_public_name(text[start:end], reviewer_name):
                continue  # "господин Орлов" to "Г-н Орлов": the name they publish
            if kind == "personal":
                if not echoed:
                    new_in[clause] = True  # nothing but the fact that it is new
                continue
            if kind == "dates" and not echoed and _REVIEW_NAMES_DAY in review_facts:
                echoed = any(  # "那天大楼突然停电" after "3月3号的预约被取消": the review's day
                    m.start() == start and m.end() == end
                    for m in main.phrases["referring"].finditer_in(text, low, start, end)
                )
            if kind == "dates" and not echoed and review_text:
                # the day or time the review itself gave: after the words that only point at
                # it (g19a, "after your 9am slot"), or in other forms of its words (round 19b,
                # "в субботу утром" after "в субботу в 9 утра"): no visit the reply discloses
                echoed = review_time(start, end) or review_has_words(text[start:end])
            if echoed and kind in ("billing", "dates", "insurance"):
                continue  # the amount or the day the review itself names: "the 300 zł you mention"
            if kind == "dates" and review_dated(hit):
                continue  # "ваш отзыв от 12 мая мы увидели только сейчас": when it was posted
            if (
                kind in ("billing", "insurance")
                and _REVIEW_NAMES_MONEY in review_facts
                and clause not in whom.addressee
                and not _AMOUNT.search(text, *clauses[clause])
                and answers_complaint(clause)
            ):
                continue  # "we'll refund the overpayment" answering "they charged me twice"
            if (
                kind == "health"
                and echoed
                and service(hit)
                and (clause not in whom.addressee or apologises(clause))
            ):
                continue  # "sorry the prescription wasn't ready", "the wait for your flu shot"
            if (
                kind == "health"
                and lexicon(primary).echo_apology
                and apologises(clause)
                and (echoed or names_review_term(start, end))
            ):
                continue  # "we're sorry the injection hurt" after "the injection hurt"; session
                # 39 (gfazh39): the review's word in another form, by letters or meaning ("很抱歉
                # 肿胀持续了这么久" after "脸肿了一个星期")
            if kind == "health" and feels_about_review(clause, hit):
                continue  # "we're really glad Dr Lee gave you the time you needed when your
                # anxiety was so high" after "my anxiety was through the roof": the practice's
                # feeling about the review's own story (session 34, gen34)
            if kind == "health":
                code = FindingCode.ECHOED_HEALTH_DETAIL if echoed else FindingCode.HEALTH_DETAIL
            else:
                code = {
                    "dates": FindingCode.DATE,
                    "billing": FindingCode.PRICE,
                    "insurance": FindingCode.INSURANCE,
                }[kind]
            add(start, end, code)
            if not echoed and code in _FACT_CODES and clause in whom.addressee:
                new_in[clause] = True
    # session 26 (gdef26): one particular case told without "you" ("The scan shows a small
    # cyst", "Пломба стоит хорошо", "片子显示有个小囊肿"): in a reply to that patient's
    # review it tells their care, whichever reading above let its care word go. Not a rule of
    # the practice, a privacy statement or what only repeats the review (by meaning).
    if low is not None:
        held = _Spans((f.start, f.end) for f in found)
        told: dict[int, list[tuple[int, int]]] = {}  # clause -> what this reading added
        for clause, hit in facts:
            if (
                hit.kind in ("health", "care")
                and clause not in whom.negation
                and tells_a_case(low, primary, clauses[clause], hit)
                and not held.overlap(hit.start, hit.end)
                # session 33 (gen33): not a word that names the practice ([guard] premises:
                # "The surgery calls whenever a doctor needs to discuss a result")
                and not names_premises(hit)
                and not any(s < hit.end and hit.start < e for s, e in told.get(clause, ()))
                and not whom.states_a_rule(clause)
                and not repeats_review(clause, hit.end, hit.start)
            ):
                add(hit.start, hit.end, FindingCode.HEALTH_DETAIL)
                told.setdefault(clause, []).append((hit.start, hit.end))
    # round 21a: something given ([guard] benefit: "free", "бесплатно", "w prezencie", "免费")
    # is a reward where a review is its condition, and only there: "Раз вы нашли время написать
    # отзыв, бесплатная полировка ждёт вас"; "the first consultation is free" is no finding
    rewarded = sorted((f.start, f.end) for f in found if f.code == FindingCode.REWARD)
    for language_code in codes:
        benefits = language_pack(language_code).phrases["benefit"]
        for m in benefits.finditer_in(text, low, 0, len(text)):
            start, end = m.start(), m.end()
            at = bisect.bisect_left(rewarded, (start, end))
            if any(s < end and start < e for s, e in rewarded[max(0, at - 2) : at + 2]):
                continue  # one reward, found as such already
            if not reward_passes(index.of(start), start, end, benefit=True):
                add(start, end, FindingCode.REWARD)
                bisect.insort(rewarded, (start, end))
    # the clause reading (clause_reading.py): a care relationship or news told of the reviewer
    if low is not None:
        confirmed = [
            (f.start, f.end)
            for f in found
            if f.code in (FindingCode.CONFIRMS_PATIENT, FindingCode.RECORDS)
        ]
        for read in _read_clauses(
            text, low, primary, codes, clauses, sentence_of, review_text, reviewer_name, whom=whom
        ):
            if read.what == NEWS:
                new_in[index.of(read.start)] = True
            elif read.what == EVENT:
                # session 32 (gpl32): an event of the reviewer's the review does not tell
                # ("dotarła Pani na zdjęcie szwów") is news, but not of a writer who says they
                # came in another role (a job candidate's interview), where it names no care
                if not (review_not_a_patient() and not names_care(read.start, read.end)):
                    new_in[index.of(read.start)] = True
            elif (
                not any(read.start <= s < read.end for s, _ in confirmed)
                and not any(s <= read.start < e for s, e in echo_parts)
                # session 45 (gfa45en): care read by its phrase inside what the reply reports
                # the review told, where [echo] reported_phrase_echo lists it
                and not repeats_review(index.of(read.start), read.end, read.start, "care")
                # session 45 (gecho45): ... nor a care relationship the review states itself
                and not (
                    read.what in (CARE, CARED) and only_relationship_said_back(index.of(read.start))
                )
                # session 27: an event or state of care beside "you" ([reading] cared) is no
                # finding where the clause's sentence states a rule of the practice
                and not (read.what == CARED and whom.states_a_rule(index.of(read.start)))
                # session 34 (gen34): ... nor where the practice's feeling tells back the care
                # the review itself told ("we're so glad your husband was well looked after")
                and not (read.what in (CARE, CARED) and feels_about_care(index.of(read.start)))
                # session 35 (gneg35): ... nor in advice for what may ever happen to anyone
                # ("if a filling ever feels sore, don't wait for your next check-up")
                and not (
                    read.what in (CARE, CARED) and whom.supposes_for_anyone(index.of(read.start))
                )
                # session 30 (gpl30): ... nor where a denial opens it ([guard] relation_denied:
                # "Nie jest Pani naszą pacjentką, więc ...", said to a neighbour)
                and not (
                    read.what == CARED
                    and phrase_beside("relation_denied", read.start, read.end, after=False)
                )
                # session 36 (gnonpat36): ... nor where it is a visit denied and closing its
                # clause ([guard] visit_denied: "Вы не были у нас на приёме, но ...")
                and not visit_denied(index.of(read.start), read.start, read.end)
                # session 39 (gfazh39): ... nor where its only "you" reports the review
                # ("听到您说一点都不疼，是对我们帕医生最好的肯定", the doctor the review named)
                and not (
                    read.what in (CARE, CARED)
                    and you_only_report(index.of(read.start), read.start, read.end)
                )
            ):
                add(read.start, read.end, FindingCode.CONFIRMS_PATIENT)
    for clause in new_in:
        start, end = clauses[clause]
        add(start, end, FindingCode.NEW_INFORMATION)

    told_at: list[int] = []  # where the health and care words start, sorted, once asked

    def words_passed_to_them(start: int, end: int) -> bool:
        """Session 39 (gfazh39): a name whose sentence ends, within a short reach of it, by
        passing the review's words on to "her" or "him" ([guard] passed_to_them: "Pani Ewa
        Dąbrowska naprawdę ma lekką rękę – przekażemy jej te słowa"): the practice's colleague,
        praised, no patient named in full. Not the reviewer's own name, nor in a sentence with
        a health or care word (one that runs on past the reach: with any before the name)."""
        if low is None or _names_reviewer(text[start:end], reviewer_name):
            return False
        reach = min(len(text), end + _PASSED_TO_REACH)
        stop = next((i + 1 for i in range(end, reach) if text[i] in _SENTENCE_ENDS), -1)
        if stop < 0 and reach < len(text):
            return False  # a sentence that runs on (a pasted list of names)
        stop = reach if stop < 0 else stop
        reach_back = max(0, start - _PASSED_TO_REACH)
        begin = max(text.rfind(c, reach_back, start) for c in _SENTENCE_ENDS) + 1
        if not told_at:
            told_at.extend(sorted(h.start for _, h in facts if h.kind in ("health", "care")))
            told_at.append(len(text) + 1)  # read once: a reply with none still has an end
        if told_at[bisect.bisect_left(told_at, begin)] < stop:
            return False
        return any(
            m.start() >= end
            for code in codes
            for m in language_pack(code).phrases["passed_to_them"].finditer_in(text, low, end, stop)
        )

    staff_named = _staff_named_in(review_text)
    published = _Spans(_public_name_written(text, reviewer_name))
    signed_from = _signature_start(text)
    for start, end in _full_names(text, reviewer_name):
        if start >= signed_from and not text[text.rfind("\n", 0, start) + 1 : start].strip():
            continue  # "Kind regards,\nAgnieszka Nowicka\nkierownik przychodni": the signer
        if staff_named and any(_stem(w)[:5] in staff_named for w in WORD.findall(text[start:end])):
            continue  # the doctor the review thanks by name: "спасибо доктору Романовой"
        if start < end and any(
            _HAN_CHAR.match(text, s) or _spoken_to(text, s, e)
            for s, e in published.around(start, end)
        ):
            # "Thank you, Jonathan Reeves, for ..." to "Jonathan Reeves", "Dziękujemy, Panie
            # Janie Rybicki, za ..." to "Jan Rybicki": the name they publish, said to them; not
            # "W sprawie Pana Krzysztofa Mazura prosimy ...", a case about them
            continue
        if _written_in_review(text[start:end], review_text):
            continue  # "Dr. Emily Carter and Tom Hughes" after the review named them both
        if _titled_public_name(text[start:end], reviewer_name):
            continue  # "Thank you, Ms. Darcy!" to "Ms. Darcy", "冯先生" to "老冯": public names
        if _public_name_said(text, start, end, reviewer_name):
            continue  # "Ana Lucia, three hours ..." to "Ana Lucia R.": two first names
        if words_passed_to_them(start, end):
            continue  # "Pani Ewa Dąbrowska naprawdę ma lekką rękę – przekażemy jej te słowa"
        add(start, end, FindingCode.FULL_NAME)

    if low is not None and review_text and reports_echoes:
        found = _without_reported_echoes(
            found, text, low, codes, clauses, sentence_of, review_text, reported_in
        )
    result = _without_allowed(_deduplicated(found), text, allowed)
    _ready.update(codes)  # compiled now: the next check of these languages is quick
    _ready.add(f"country:{country}")

    def review_names(hit: Hit) -> bool:
        """The review names the hit's family (its word, day or amount)."""
        nonlocal review_facts
        if review_facts is None:
            review_facts = _review_facts(review_text, codes, country)
        return _family_of(hit, text, primary) in review_facts

    def release() -> None:
        """The check is over (``find_confidentiality_problems``, ``RulesReading.release``): its
        memos and lists emptied. The readings above share this function's variables, which mypyc
        keeps in ONE environment object that every reading holds while it holds them: a cycle
        that only the garbage collector frees, with every hit, memo and finding hanging from it
        (session 46, gcycle46: 752 objects a compiled pl check, some 6 % of its time the
        collector's). Emptied, they are freed at once by reference counting; the environment
        and its readings are left to the collector. A reading that adds a memo or a list of a
        check's own empties it here too (tests/guidelines/test_gcycle46_release.py counts)."""
        memos: tuple[dict[Any, Any] | list[Any] | set[Any], ...] = (
            hits, addressees, facts, name_spans, kinds_in, others_from, condition_ends, you_at,
            thanked, past_thanks, reader_known, sentence_thanks, reader_given, part_offers,
            part_breaks, told_in_review, in_sentence, bids_in, speaks_in, reported_in,
            only_reporting, explaining, apologising, addressees_by_end, repeating, own_health,
            said_back, feelings_read, echo_parts, health_from, health_until, care_starts,
            care_ends, health_starts, date_hits, phrases_of, spans_beside, reward_spans, refused,
            joints, spoken_in, voids_in, places_in, owned_dates, found, new_in, denied_visits,
            staff_work_of, rewarded, told_at,
        )  # fmt: skip
        for memo in memos:
            memo.clear()
        for once in (
            names_review,
            review_near,
            thanked_gift,
            given_as_thanks_in,
            continues_refusal,
            excepted,
        ):
            once.cache_clear()
        whom.forget()

    from clinicrep.guidelines.structured import RulesReading  # numpy: see learned_reader

    return RulesReading(
        text,
        primary,
        facts,
        whom,
        result,
        review_names,
        review_tells_of_illness,
        bool(review_text),
        release,
    )


# Longer replies (a paste) are left to the rules: no reply is this long, and the model's cost grows
# with the text.
_LEARNED_MAX = 16_384


def _second_reading(
    read: RulesReading[ConfidentialityFinding], rewrite: str, pack: CountryPack
) -> list[ConfidentialityFinding]:
    """The learned readers' word where ``resources/guidelines/learned/languages.toml`` switches
    them on for the reply's language: a reply the rules pass is blocked when a model is sure it
    is bad, and a reply the rules flag passes when it is sure it is good, except for a reward,
    which is never published. The n-gram reader (learned.py) passes a flagged reply only where
    every finding's p(block) is below its rule's threshold (never a full name or a reward:
    ``learned.NEVER_VETOED``, nor one of a rule the file keeps or in a sentence that tells a
    fact of it: ``veto_rules``; a file written before session 31 drops every finding but a
    reward's, as it did then), else keeps every finding (``LearnedReader.passes``), and
    underlines the most suspicious sentence of a reply it adds; the structured reader
    (structured.py) adds only where a veto dropped a hit in a clause that speaks to the
    reviewer, and underlines that sentence under its rule."""
    text, language, found = read.text, read.language, read.findings
    if len(text) > _LEARNED_MAX or (found and _relation_told(read)):
        return found
    from clinicrep.guidelines.structured import STRUCTURED_MAX

    structured = structured_reader(language) if len(text) <= STRUCTURED_MAX else None
    if structured is not None:
        p = structured.p_reply(read)
        if found:
            if p < structured.veto.get(language, 0.0):
                return [f for f in found if f.code == FindingCode.REWARD]
        elif p >= structured.add.get(language, 2.0) and (h := read.vetoed_to_them()) is not None:
            code = _ADDED_CODE[h.hit.kind]
            if RULE_OF_CODE[code] in pack.rules:
                start, end = read.whom.sentence_span(h.clause)
                return [
                    ConfidentialityFinding(
                        start,
                        end,
                        code,
                        text[start:end],
                        language_pack(language).rewrites.get(RULE_OF_CODE[code], ""),
                        pack.country,
                    )
                ]
    reader = learned_reader(language)
    if reader is None:
        return found
    if found:
        # by replies: passed only where every finding would be dropped at its rule's thresholds
        # (never a full name or a reward, nor one in a sentence that tells a fact of a rule the
        # file keeps); a reply that keeps one finding keeps them all, for the user to see. The
        # veto reads with its own model where the file holds one (``LearnedReader.vetoer``)
        vetoer = reader.vetoer()
        if not vetoer.judges(text):
            return found
        rules = veto_rules(read, reader.kept_rules)
        if not reader.may_pass(rules):
            return found  # a full name or a reward: no p passes it, so none is worked out
        spans = [(f.start, f.end) for f in found]
        return [] if reader.passes(text, vetoer.p_bad(text), rules, spans) else found
    if not reader.judges(text):
        return found
    p = reader.p_bad(text)
    if p < reader.add or "confirms_patient" not in pack.rules or not _speaks_to_reader(read):
        return found  # (a reply that nowhere speaks to or names them confirms no one)
    start, end = reader.worst_sentence(text)
    return [
        ConfidentialityFinding(
            start, end, FindingCode.LEARNED, text[start:end], rewrite, pack.country
        )
    ]


def _relation_told(read: RulesReading[ConfidentialityFinding]) -> bool:
    """A finding lies in a sentence that calls the reader one of our patients outright ([guard]
    relation_told: "您作为我们的老病人", "вы как наш давний пациент", "As one of our longstanding
    patients yourself"): no learned reader drops it, whatever the rest of the sentence is about
    (session 43, gveto43: zh-r42a-block-002 and zh-r43a-block-001, two writers' leaks to a
    neighbour the rules found and the sentence veto dropped, its sentence about building noise)."""
    whom = read.whom
    sentences = whom.sentence_of
    low = whom.low if whom.low is not None else lowered(read.text)
    seen: set[int] = set()
    for f in read.findings:
        number = sentences.of(f.start)
        if number in seen:
            continue
        seen.add(number)
        start, end = sentences.clauses[number]
        for pack in whom.packs:
            if next(pack["relation_told"].finditer_in(read.text, low, start, end), None):
                return True
    return False


def veto_rules(read: RulesReading[ConfidentialityFinding], kept: frozenset[str]) -> list[str]:
    """The rule the learned veto judges each finding of ``read`` by: its own, or a rule of
    ``kept`` (``LearnedReader.kept_rules``, never dropped) when the finding's sentence holds a
    hit of that rule outside a privacy statement. Money told in the sentence ("您那笔分期的审批
    已经下来了，后面按月还就行") keeps a finding the rules named confirms_patient, as billing's
    own findings are kept (session 32, round 32zhb: the veto's threshold sat at money told of
    the reviewer)."""
    found = read.findings
    rules = [RULE_OF_CODE[f.code] for f in found]
    if not kept or not found:
        return rules
    whom = read.whom
    told: list[tuple[tuple[int, int], str]] = []
    for clause, hit in read.facts:
        code = _ADDED_CODE.get(hit.kind)
        if code is not None and RULE_OF_CODE[code] in kept and clause not in whom.negation:
            told.append((whom.sentence_span(clause), RULE_OF_CODE[code]))
    if not told:
        return rules
    return [
        rule
        if rule in kept
        else next((r for (s, e), r in told if s < max(f.end, f.start + 1) and f.start < e), rule)
        for f, rule in zip(found, rules, strict=True)
    ]


def _speaks_to_reader(read: RulesReading[ConfidentialityFinding]) -> bool:
    """The reply speaks to someone or names someone somewhere ([guard] addressee: "ваш",
    "您"; a title of address: "Pani"; the reviewer's public name or any first name): a reply
    that does neither ("Warto wiedzieć, że przy pakiecie 3 wizyt każda kolejna jest o 10%
    tańsza – ta zniżka dotyczy każdego") tells no one that they are a patient, whatever its
    words (round 25c)."""
    whom = read.whom
    if whom.name_spans or whom.addressee:
        return True
    text = read.text
    if any(p.search(text) for c in whom.codes if (p := _address_titles(c)) is not None):
        return True  # "Dziękujemy za wizytę, Pani Jolanto!" (no public name given)
    if any(w[0].isupper() and _is_first_name(w) for w in WORD.findall(text)):
        return True  # "The blue room crew sends hugs to little Ann": someone by name
    low = whom.low if whom.low is not None else lowered(text)
    return any(
        next(language_pack(c).phrases["addressee"].finditer_in(text, low, 0, len(text)), None)
        for c in whom.codes
    )


@cache
def _address_titles(language: str) -> re.Pattern[str] | None:
    """The language's titles of address as whole words ([guard] titles: "pani", "Mrs")."""
    titles = lexicon(language).titles
    if not titles:
        return None
    return re.compile(r"(?<!\w)(?i:" + "|".join(titles) + r")(?!\w)")


# The finding the structured reader adds for a hit a veto dropped: the hit's own rule.
_ADDED_CODE = {
    "health": FindingCode.HEALTH_DETAIL,
    "care": FindingCode.CONFIRMS_PATIENT,
    "confirms_patient": FindingCode.CONFIRMS_PATIENT,
    "records": FindingCode.RECORDS,
    "dates": FindingCode.DATE,
    "billing": FindingCode.PRICE,
    "insurance": FindingCode.INSURANCE,
    "personal": FindingCode.NEW_INFORMATION,
    "names": FindingCode.FULL_NAME,
    "reward": FindingCode.REWARD,
}


def _read_clauses(
    text: str,
    low: str,
    primary: str,
    codes: Sequence[str],
    clauses: Sequence[tuple[int, int]],
    sentence_of: ClauseIndex,
    review_text: str,
    reviewer_name: str,
    *,
    whom: WhomReading,
) -> list[ClauseReading]:
    """The clause reading of the reply's language (``clause_reading.py``), outside what is said
    of anyone: conditions ("if you were seen here before") and privacy statements ("we never
    say whether you were our patient"), asked of the reply's ``WhomReading`` ``whom``, whose
    conditions and denials already read are not read again."""

    def excluded(start: int, end: int) -> list[tuple[int, int]]:
        return [(start, end)] if whom.denies(start, end) else whom.conditions(start, end)

    return read_clauses(
        text,
        low,
        primary,
        clauses,
        [sentence_of.of(start) for start, _ in clauses],
        review_text=review_text[:_REVIEW_READ_LIMIT],
        named=list(_reviewer_mentions(text, reviewer_name)),
        excluded=excluded,
        reviewer_name=reviewer_name,
    )


def _reviewer_mentions(
    text: str, reviewer_name: str, *, vocative: bool = False
) -> Iterable[tuple[int, int]]:
    """Where the reply names the reviewer: a clause with their name is about them.

    A greeting ("Helen, ...") counts only with ``vocative``: it says whom the reply is for,
    not that the clause it opens is about them."""
    # a word in lower case is no name ("Мама подростка", "Сосед с 3 этажа"): it would find
    # "подросткам" in the reply, and a name the reply writes is capitalised
    words = [w for w in WORD.findall(reviewer_name) if len(w) >= 2 and not w[0].islower()]
    if not words or reviewer_name.strip().casefold().startswith(("a google user", "anonymous")):
        return
    if _HAN.match(reviewer_name.strip()):
        words = [reviewer_name.strip()]
    # a patronymic is how they are greeted, never how a clause names them: "Пётр Ильич, ..."
    words = [w for w in words if not _PATRONYMIC.match(w)] or words
    for word in words[:2]:
        # "Helen, ..." and "Thanks, Helen!" greet the reviewer; "Helen's crown" is about her;
        # so do "Пётр Ильич, ..." and "Петре Іллічу, ..."
        pattern = _name_pattern(word)
        if not vocative:
            pattern += (
                rf"(?!(?:\s+[^\W\d_]+?(?:{_PATRONYMIC_ENDINGS}|ич)[^\W\d_]{{0,3}}(?!\w))?"
                r"\s*[,!.:;—–-])"
            )
        for m in re.finditer(pattern, text):
            yield m.start(), m.end()


# Two initials, with or without a space ("Н.С.", "И. И."): with a surname next to them they
# are a full name in the Russian and Ukrainian manner ("Петрова Н.С.", "Н. С. Петрова").
_TWO_INITIALS = re.compile(rf"[{_UPPER}]\.\s?[{_UPPER}]\.")
_SURNAME_BEFORE = re.compile(rf"({_CAPITALISED})\s+$")
_SURNAME_AFTER = re.compile(rf"\s?({_CAPITALISED})")


@cache
def _staff_or_signature_before() -> re.Pattern[str]:
    """A member of staff, a signature, a degree or who sees patients just before a name
    ([honorifics] before_initials: "невролог высшей категории, к.м.н. Соколова А. В.", "приём
    ведёт Сидорова М. И.", "Z poważaniem, Nowak A. B."): the practice's own people."""
    return re.compile(rf"(?i:{_honorifics('before_initials')})[\s.,:—–-]+(?:\w+\s+)?$")


@cache
def _staff_in_review() -> re.Pattern[str]:
    """A member of staff named in a review ([honorifics] review_staff: "спасибо доктору
    Романовой", "dziękuję dr Nowak"): the name, group 1."""
    return re.compile(rf"(?i:{_honorifics('review_staff')})\.?\s+((?-i:[{_UPPER}])\w+)")


# Someone the review thanks by first name, patronymic and surname: "спасибо Екатерине Андреевне
# Смирновой", "дякую Катерині Андріївні Смирненко" (a member of staff).
_THANKED_IN_FULL_IN_REVIEW = re.compile(
    rf"(?i:спасибо|благодар\w*|дяку\w*|подяк\w*)\s+(?-i:[{_UPPER}])\w+\s+(?-i:[{_UPPER}])\w+"
    rf"(?:овне|евне|ичне|ичу|івні|ївні)\s+((?-i:[{_UPPER}])\w+)"
)


# A signature line has a few words and no sentence's end ("Kind regards,", "Sarah Whitlock",
# "kierownik przychodni", "Dr. J. Whitaker, Clinical Director"); a full stop after a word of
# four letters or more ends a sentence, one after "Dr", "lek", "J" does not.
_SIGNATURE_WORDS = 6
_SIGNATURE_LINES = 8  # "Kind regards," a name, a role, the practice, a phone, a web address...
# (four letters looked back at from the full stop, not a run of letters tried from each of its
# letters: a pasted line of 100,000 Chinese characters took 5 s of backtracking)
_SENTENCE_END_IN_LINE = re.compile(r"[!?…。！？]|(?<=\w{4})\.(?:\s|$)")


def _signature_line(line: str) -> bool:
    """Whether ``line`` (stripped, not empty) can be a line of a signature."""
    # words counted only up to one too many: a reply ending in a paragraph with no line break
    # had every one of its words listed to learn that it has more than six
    words = islice(WORD.finditer(line), _SIGNATURE_WORDS + 1)
    return sum(1 for _ in words) <= _SIGNATURE_WORDS and not _SENTENCE_END_IN_LINE.search(line)


def _signature_start(text: str) -> int:
    """Where the reply's closing block starts: the short lines after its last sentence, two
    or more, with a body before them ("...team.\n\nKind regards,\nSarah Whitlock\nPractice
    Manager"); the people named there sign the reply for the practice. ``len(text)`` when
    the reply ends in a sentence, or is short lines only (a greeting is no signature)."""
    lines: list[tuple[int, str]] = []  # the closing lines, last first
    end = len(text.rstrip())
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            if not _signature_line(line):
                break
            lines.append((start, line))
            if len(lines) > _SIGNATURE_LINES:
                return len(text)  # a list of short lines (a timetable) signs nothing
        end = start - 1
    else:
        return len(text)  # nothing but short lines: no body, so no signature either
    return lines[-1][0] if len(lines) >= 2 else len(text)


def _staff_named_in(review_text: str) -> frozenset[str]:
    """The first letters of the surnames of staff the review names (a reply may name them)."""
    if not review_text:
        return frozenset()
    text = review_text[:_REVIEW_READ_LIMIT]
    return frozenset(
        _stem(m.group(1))[:5]
        for pattern in (_staff_in_review(), _THANKED_IN_FULL_IN_REVIEW)
        for m in pattern.finditer(text)
    )


def _initialled_names(text: str) -> Iterable[tuple[int, int]]:
    """A surname with two initials, before or after it: "Петрова Н.С.", "Иванов И. И."."""
    for m in _TWO_INITIALS.finditer(text):
        if text[m.start() : m.start() + 4] in ("P.S.", "P. S") or (
            m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == ".")
        ):
            continue
        before = _SURNAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = None if before else _SURNAME_AFTER.match(text, m.end())
        found = before or after
        if found is None or found.group(1).isupper() or len(found.group(1)) < 3:
            continue
        start = min(found.start(1), m.start())
        if _staff_or_signature_before().search(text, max(0, start - 40), start):
            continue
        yield start, max(found.end(1), m.end())


def _unpublished_patronymic(first: str, patronymic: str, reviewer_name: str) -> bool:
    """The reviewer greeted by first name and a patronymic they did not publish ("Сергей
    Анатольевич" to "Сергей"): the patronymic comes from their records."""
    words = WORD.findall(reviewer_name)
    if not words or not re.match(_name_pattern(words[0]), first):
        return False
    patronymic_stem = patronymic[:5].casefold()
    return not any(w.casefold().startswith(patronymic_stem) for w in words[1:])


# an institution named after someone: "имени", "імені", "им.", "ім.", "im."
# ... and a saint's: "St Luke's Hospice", "Saint Mary's Hospital" (g18a)
_NAMESAKE = r"\b(?:имени|імені)|(?<!\w)(?:им|ім|im)\.|(?<!\w)(?-i:St|Saint)\.?"
# How far before a name its namesake's word may start ("набережній " is eleven letters and a space)
_NAMESAKE_REACH = 20


@cache
def _namesake_before() -> re.Pattern[str]:
    """Right before a name, what makes it a namesake's: an institution's ("больница имени
    Николая Пирогова") or a place's, each language's [guard] namesake_before (session 34: "на
    вулиці Лесі Українки", "ul. Marii Konopnickiej"): a place or an institution, no one's name."""
    places = _every_language("namesake_before")
    return re.compile(rf"(?:{_NAMESAKE}|(?<!\w)(?:{places}))\s+$", re.IGNORECASE)


_CAPITALISED_AFTER = re.compile(r"\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)")


def _organisation_after(text: str, end: int) -> bool:
    """Whether one of the (up to three) capitalised words right after a name is an organisation
    word: the name is then a practice's or a company's ("Sarah Whitfield Dental Practice")."""
    m = _CAPITALISED_AFTER.match(text, end)
    if m is None:
        return False
    words = all_organisation_words()
    return any(w.casefold() in words for w in m.group(1).split())


@cache
def _civil_titles() -> frozenset[str]:
    """Every language's civil titles ("ms", "pani", "господин"), as written, lower case."""
    return frozenset(
        re.sub(r"\\.|[\\?]", "", title).casefold()
        for code in LANGUAGES
        for title in lexicon(code).titles
    )


def _titled_public_name(name: str, reviewer_name: str) -> bool:
    """``name`` is a civil title and the surname the reviewer's public name already shows
    ("Ms. Darcy" to "Ms. Darcy"; "冯先生" to "老冯"): the name they chose to publish, no fact
    of the practice's. A first name and a surname ("Margaret Holloway") is still a full name,
    and a surname the public name does not show ("Mrs Holloway" to "Margaret H.") a new one."""
    public = reviewer_name.strip().casefold()
    if not public:
        return False
    titles = _zh_name_titles()
    if _HAN_CHAR.search(name):
        for title in sorted(titles, key=len, reverse=True):
            if name.endswith(title) and len(name) > len(title):
                surname = name[: -len(title)]
                return len(surname) <= 2 and surname in public and surname != public
        return False
    words = [w.casefold() for w in WORD.findall(name)]
    civil = _civil_titles()
    rest = [w for w in words if w not in civil]
    # "Г-н Орлов", "Г-жа Орлова": the abbreviated title is a title too
    spelt = re.sub(r"(?i)(?<!\w)г-(?:н|жа)(?!\w)", "господин", reviewer_name)
    public_words = [w.casefold() for w in WORD.findall(spelt)]
    if len(rest) != 1 or rest[0] not in public_words:
        return False  # more than a surname, or one the public name does not show
    if len(rest) < len(words):
        return True  # "Ms. Darcy", "Mrs Okafor" to a public name with that surname
    # the surname alone ("Darcy") to a public name that is a title and that surname
    public_rest = [w for w in public_words if w not in civil]
    return len(public_rest) == 1 and len(public_rest) < len(public_words)


@cache
def _zh_name_titles() -> tuple[str, ...]:
    return tuple(t for t in lexicon("zh").name_titles.split("|") if t)


@cache
def _staff_plural_before() -> re.Pattern[str]:
    """A role in the plural right before a name (each language's [guard] staff_plural_before):
    the names that follow it are colleagues."""
    alternatives = _every_language("staff_plural_before")
    return re.compile(rf"(?<!\w)(?i:{alternatives})\s+$")


@cache
def _ours_before() -> re.Pattern[str]:
    """Our possessive and a role right before a name (each language's [guard] ours_before:
    "наша координаторка", "наші лікарки"): the practice's own people, the names it lists
    too. Read before a name only: after one ("— наша улюблениця") it names no role."""
    alternatives = _every_language("ours_before")
    return re.compile(rf"(?<!\w)(?i:{alternatives})\s+$")


@cache
def _names_joined() -> re.Pattern[str]:
    """Between two names of one list (each language's [guard] names_joined): "Jenny Walsh and
    Tom Baker", "Евгения Васильева и Тимур Бакиев"."""
    alternatives = _every_language("names_joined")
    return re.compile(rf"\s*(?:,|&|(?:{alternatives})(?!\w))\s*", re.IGNORECASE)


@cache
def _couple_first_before() -> re.Pattern[str]:
    """A first name and a joining word right before a name (each language's [guard]
    names_joined): "Mark and " before "Ellen Foster", "Anna i " before "Piotr Zielińscy"."""
    alternatives = _every_language("names_joined")
    return re.compile(rf"(?<!\w)({_CAPITALISED})\s+(?i:{alternatives})\s+$")


# A comma after a name and no capitalised word next: the name is said to someone ("team:
# Margaret Ellison, we hope ..."), not one of a list ("Laura Finch, Sam Ortiz and ...").
_SAID_TO_AFTER = re.compile(rf"\s*,(?!\s*[{_UPPER}])")


def _said_to_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a comma and no other name."""
    return _SAID_TO_AFTER.match(text, end) is not None


def _couple_of_staff(text: str, start: int, plural_before: re.Pattern[str]) -> bool:
    """Whether the name at ``start`` closes a couple of the practice's own: a role in the
    plural, a first name, "and", then the name ("Drs. Mark and Ellen Foster", "Lekarze Anna
    i Piotr Zielińscy", "Лікарі Андрій та Світлана Кравченки"); the plural role makes both
    colleagues. One title in the singular ("Dr. Mark and Ellen Foster") does not: the second
    may be anyone."""
    couple = _couple_first_before().search(text, max(0, start - 40), start)
    if couple is None:
        return False
    first = couple.group(1)
    stems = _first_name_stems()
    if not any(first[: len(first) - k] in stems for k in range(min(3, len(first) - 1) + 1)):
        return False
    return bool(plural_before.search(text, max(0, couple.start(1) - 40), couple.start(1)))


# A relative pronoun right after a name: the role that follows is someone else's ("Pan Tomasz
# Borowski, któremu lek. dent. Anna Grabowska wszczepiła implanty", "Mr Lee, whom Dr Shah saw").
_RELATIVE_AFTER = re.compile(
    r"\s*[—–,-]\s*(?i:któr|who\b|whom\b|whose\b|котор|яки|яко|які)", re.UNICODE
)


# "our" or "the" right before a role a health word names ("our dementia lead", "the home physio
# team", "我们的康复团队"): the practice's own role, not the reader's ("your diabetes nurse")
_OWNER_BEFORE = re.compile(r"(?i:\b(?:our|the)\s+(?:\w+\s+)?|我们的|本院|我院)$")


def _titled_staff_in(text: str, start: int, end: int) -> bool:
    """A name a ``names`` phrase found right after a kin word that ends a staff title
    ("медичній сестрі Ірині Степанівні", "медицинской сестре Ирине"): the title's words
    (``staff_titles``) end just before the name's first capitalised word, so the person is
    the practice's nurse, not the reader's sister."""
    name = _CAPITALISED_WORD.search(text, start, end)
    return name is not None and name.start() > start and _staff_named_before(text)(name.start())


# how far after a full name the words passed on to her or him may close its sentence, and how far
# before it its sentence is looked for (session 39): a pasted list of names is read in steps
_PASSED_TO_REACH = 160

# where the words a reply reports end, before a later part of its sentence, and how far after
# the reporting words that part's care word may start (session 39)
_REPORT_PART_END = re.compile(r"[,;:，；：]")
_REPORTED_CARE_REACH = 80

_CAPITALISED_WORD = re.compile(r"(?<!\w)[A-ZА-ЯЁІЇЄҐĄĆĘŁŃÓŚŹŻ]\w")


@cache
def _name_in_apposition() -> re.Pattern[str]:
    """Between the words passed on ([guard] passed_to) and the staff word they go to, a
    person's name and a comma, the role in apposition after it (each language's [guard]
    staff_role_after: "pani Barbarze Lis, naszej położnej", "Ольге Петровой, нашей медсестре",
    "Sarah Jones, our nurse"): the colleague's name (session 39, gfazh39). A lower-case title
    may open it; nothing else may stand between."""
    openers = _every_language("staff_role_after")
    capital = r"[A-ZА-ЯЁІЇЄҐĄĆĘŁŃÓŚŹŻ][\w'’-]*"
    return re.compile(
        rf"(?:[a-zа-яёіїєґąćęłńóśźż]+\.?\s+)?(?P<name>{capital}(?:\s+{capital}){{0,2}})"
        rf"\s*,\s*(?i:(?:{openers})\s+)"
    )


def _names_reviewer(name: str, reviewer_name: str) -> bool:
    """Whether a word of ``name`` begins like a word of the reviewer's public name (its stem:
    "Grażynie" and "Grażyna")."""
    theirs = {_stem(w)[:4] for w in WORD.findall(reviewer_name) if len(w) > 2}
    return any(_stem(w)[:4] in theirs for w in WORD.findall(name))


def _says_you_zh(text: str, start: int, end: int) -> bool:
    """A Chinese clause says "you" (您, 你) to the reader: zh has no `addressee` phrase for it."""
    return any(you in text[start:end] for you in "您你")


def _full_names(text: str, reviewer_name: str) -> Iterable[tuple[int, int]]:
    staff_before = _staff_named_before(text)
    civil = _civil_title()
    yield from _initialled_names(text)
    role_after = _staff_role_after()
    news_after = _staff_news_after()
    patronymic_at: set[int] = set()
    staff_end = -1  # where the last member of staff named in full ends
    plural_before = _staff_plural_before()
    joined = _names_joined()
    ours = _ours_before()
    namesake = _namesake_before()
    for start, end, surname in _first_name_and_surname(text):
        if start in patronymic_at:
            continue  # "Вікторівна Орел" in "Анна Вікторівна Орел": judged with "Анна" before it
        if _PATRONYMIC.match(surname):
            patronymic_at.add(end - len(surname))
        listed = 0 <= staff_end < start and joined.fullmatch(text, staff_end, start)
        ours_at = ours.search(text, max(0, start - 60), start)
        if ours_at and ours_at.group().rstrip()[-1:] in ":—–-" and _said_to_after(text, end):
            # "Thanks from the team: Margaret Ellison, we hope ...": the one the team speaks
            # to, not one of its names ("team: Laura Finch, Sam Ortiz and ...", "..., our nurse")
            ours_at = None if not role_after.match(text, end) else ours_at
        # "Drs. Mark and Ellen Foster": a couple the plural role names as colleagues
        couple = not listed and not ours_at and _couple_of_staff(text, start, plural_before)
        if listed or ours_at or couple or staff_before(start):
            # a doctor or nurse of the practice, named in full on its website too, and the
            # colleagues a role in the plural lists ("our receptionists Jenny Walsh and Tom
            # Baker"; not "Dr. Emily Carter and Tom Fielding", who may be anyone)
            listing = (
                listed or ours_at or couple or plural_before.search(text, max(0, start - 40), start)
            )
            staff_end = end if listing else -1
            continue
        staff_end = -1
        if start > 0 and text[start - 1] in "«\"“„'":
            continue  # a name in quotes is a company's or a product's: «Арсенал Страхування»
        if civil.fullmatch(surname):
            continue  # "Miała Pani", "Miał Pan": a polite "you" is no surname
        if namesake.search(text, max(0, start - _NAMESAKE_REACH), start):
            continue  # "больница имени Николая Пирогова", "на вулиці Лесі Українки"
        if _organisation_after(text, end):
            continue  # "the Sarah Whitfield Dental Practice": a practice named after its doctor
        if not _PATRONYMIC.match(surname):
            if not role_after.match(text, end):  # "..., our dentist": the practice's own
                yield start, end
            continue
        if _unpublished_patronymic(text[start:end].split()[0], surname, reviewer_name):
            yield start, end
            continue
        # "Иван Иванович Петров" and "Петров Иван Иванович" are full names; "Иван Иванович" is
        # a polite address
        after = _NEXT_CAPITALISED.match(text, end)
        if after and not role_after.match(text, after.end()):
            yield start, after.end()
        before = _PREVIOUS_WORD.search(text, max(0, start - 60), start)
        if (
            before
            and (_SURNAME_LIKE.match(before.group(1)) or _SURNAME_FIRST.match(before.group(1)))
            and before.group(1)[0].isupper()
            # "ассистенту Ивановой Ольге Сергеевне": the surname after a staff title (session 36)
            and not staff_before(before.start(1))
        ):
            yield before.start(1), end
    for start, end in _surname_then_first_name(text):
        if staff_before(start):
            continue  # "лікаря Бондаря Олега": a doctor of the practice
        if _PATRONYMIC.match(_token_after(text, end)):
            continue
        yield start, end
    low = lowered(text)
    trigger = _word_trigger("titles")
    titles_at: re.Pattern[str] | list[int] = trigger
    if low is not None:  # where a title starts, found once for both patterns that use it
        titles_at = [m.start() for m in trigger.finditer(low)]
    for m in _found_at(_title_pattern(), titles_at, text, low):
        if staff_before(m.start()):
            # "kierowniczce rejestracji, pani Annie Wróbel", "our physio team, led by Mr James
            # Kerr": a member of staff
            continue
        if news_after.match(text, m.end()):
            continue  # "z Panią Ewą Malinowską z księgowości": her department after her name
        if role_after.match(text, m.end()) and not _RELATIVE_AFTER.match(text, m.end()):
            continue  # "Pani Barbara Nowicka, nasza higienistka": her role after her name (not
            # "Pan Tomasz Borowski, któremu lek. dent. Anna Grabowska wszczepiła ...": a patient)
        if not _PATRONYMIC.match(m.group(1)):
            yield m.start(), m.end()
    titles, staff_words = _civil_and_staff_titles()
    # "your husband, Gerald Whitcombe": a relative named in full, whatever the first name
    relative = _relative_before()
    for m in _WORD_BEFORE_CAPITALISED.finditer(text):
        if relative.search(text, max(0, m.start(1) - 40), m.start(1)):
            yield m.start(1), m.end(2)
    for m in _found_at(_greeting_name_pattern(), _word_trigger("greetings"), text, low):
        first = m.group(1).casefold().rstrip(".")
        if (
            first not in titles
            and first not in staff_words
            and not _staff_role_word().fullmatch(first)
            and not _PATRONYMIC.match(m.group(2))
        ):
            yield m.start(1), m.end(2)
    # "Mrs Smith", "Пане Кравчук", "пана Лисенка": a civil title and a surname
    stems = _first_name_stems()
    for m in _found_at(_title_surname_pattern(), titles_at, text, low):
        word = m.group(1)
        first_name = any(word[: len(word) - k] in stems for k in range(min(3, len(word) - 1) + 1))
        if first_name or _PATRONYMIC.match(word):
            continue
        # any surname once the person is greeted by it ("Thanks, Mrs Okafor"): the reviewer;
        # Polish "Panie" greets, so what follows is a first name, a role or a surname
        if (
            _SURNAME_LIKE.match(word)
            or (_CYRILLIC.match(word) and not _greeted_role().match(word))
            or _greeting_before().search(text, max(0, m.start() - 20), m.start())
            or (
                text[m.start() : m.start() + 6].lower() == "panie "
                and not _greeted_role().match(word)
                and word[-1] not in "ueo"  # a first name's vocative: Marku, Romanie, Kubo
            )
        ):
            yield m.start(), m.end()
    if _HAN_CHAR.search(text):
        for m in _chinese_name_pattern().finditer(_without_surname_words(text)):
            yield m.start(), m.end()
    author = reviewer_name.strip()
    # a Chinese full name starts with a surname ("王小明"); "小王", "阿明", "大熊" are nicknames
    # ... while "王先生" and "李女士" are a surname and a title, the name the author goes by
    titled = author[1:] in lexicon("zh").name_titles.split("|") or bool(
        re.fullmatch(_honorifics("familiar"), author[1:])
    )
    # ... and "罗宾" (Robin), "莫妮卡" (Monica) spell a foreign first name
    foreign = any(c in lexicon("zh").transliteration for c in author[1:])
    # ... and a character said twice ("莫莫", "菲菲") is a pet name, not a surname and a given name
    doubled = len(author) == 2 and author[0] == author[1]
    if (
        _HAN.match(author)
        and 2 <= len(author) <= 4
        and author[0] in lexicon("zh").surnames
        and not titled
        and not foreign
        and not doubled
    ):
        for m in re.finditer(re.escape(author), text):
            yield m.start(), m.end()
    # session 40 (gfr40zh): the surname and title they publish ("张老师", "李姐", "王总") with a
    # given name between ("感谢张志明老师的信任", "李秀兰姐"): their full name, told by the practice
    if titled and _HAN.match(author) and author[0] in lexicon("zh").surnames:
        told = rf"{re.escape(author[0])}(?:{_ZH_GIVEN}){{1,2}}(?={re.escape(author[1:])})"
        for m in re.finditer(told, _without_surname_words(text)):
            yield m.start(), m.end()
    words = author.split()
    first = words[0] if words else ""
    # "Courier Kev", "Shift Worker": a display name whose first word is no first name; the
    # reply that greets them by its last word ("Thanks Kev!") uses the name they go by
    nickname = not any(first[: len(first) - k] in stems for k in range(min(3, len(first) - 1) + 1))
    greeted = _greeting_before()
    if _titled_author().match(author):
        return  # "Уважаемый доктор Ахмедов" to "Д-р Ахмедов": the name they publish
    for surname in _surnames_of(author):
        for m in re.finditer(rf"{_word_starting(_stem(surname))}\w{{0,3}}(?!\w)", text):
            if nickname and greeted.search(text, max(0, m.start() - 20), m.start()):
                continue
            if nickname and _spoken_to(text, m.start(), m.end()):
                continue  # "..., Ned;" to "Nosy Ned": the name they go by, said to them
            yield m.start(), m.end()


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _public_name_said(text: str, start: int, end: int, reviewer_name: str) -> bool:
    """Session 39 (gfaen39): the name found is only first names the reviewer's public name
    writes out before the initial that hides their surname, said to them with the words of it
    before ("Ana Lucia, three hours ..." and "Hi Ana Lucia" to "Ana Lucia R."): the platform
    shows them, and no surname is told. A surname is always a finding, the public one too ("Dear
    Thomas Whitfield", "Pani Wójcik" to "Grażyna Wójcik"), and so is the one the initial hides
    ("Ana Lucia Reyes")."""
    written = WORD.findall(reviewer_name)
    if len(written) < 3 or len(written[-1]) > 1 or any(len(w) < 2 for w in written[:-1]):
        return False  # not first names and the initial of a surname: "Ana Lucia R."
    public = {w.casefold() for w in written[:-1]}
    if any(w.casefold() not in public for w in WORD.findall(text, start, end)):
        return False
    while (word := _WORD_BEFORE.search(text, max(0, start - 30), start)) is not None and (
        word.group(1).casefold() in public
    ):
        start = word.start(1)
    return _greeted(text, start, end)


def _greeted(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is said to the one it names: set off by commas or opening a
    sentence (_spoken_to), or after a greeting ([guard] greetings: "Hi Ana Lucia"): not "tell
    Ana Lucia", "Ana Lucia's results"."""
    if _spoken_to(text, start, end):
        return True
    before = text[max(0, start - 30) : start].rstrip().casefold()
    return any(
        before.endswith(greeting) and not before[: -len(greeting)][-1:].isalnum()
        for code in LANGUAGES
        for greeting in lexicon(code).greetings
    ) and (end == len(text) or not text[end].isalnum() and text[end] not in "'’")


def _public_name_written(text: str, reviewer_name: str) -> Iterable[tuple[int, int]]:
    """Where the reply writes the reviewer's whole public name, as published or in another
    case ("Jonathan Reeves", "Евгений Рыбаков", "Panie Janie Rybicki", "苏菲"): the platform
    shows it next to the review, so it discloses nothing. Only a name of two words or more, each
    written out ("K. Brown" is not: "Kevin Brown" says what the initial hides)."""
    author = reviewer_name.strip()
    if _HAN.match(author) or _HAN_DOTTED.match(author):
        for m in re.finditer(re.escape(author), text):
            yield m.start(), m.end()
        return
    words = author.split()
    if len(words) < 2 or any(len(w) < 2 or not w.isalpha() or not w[0].isupper() for w in words):
        return
    pattern = r"\s+".join(_name_pattern(w) for w in words)
    for m in re.finditer(pattern, text):
        start = m.start()
        # ... with the civil title before it: "Panie Janie Rybicki", "Mr Jonathan Reeves"
        title = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
        if title and _title_word(title.group(1).casefold()):
            start = title.start(1)
        yield start, m.end()


@lru_cache(maxsize=16)  # one review's, asked for each name a reply writes
def _names_written_in(review_text: str) -> frozenset[str]:
    """The first letters of every capitalised word the review writes: the names it made
    public itself."""
    return frozenset(
        _stem(w)[:5] for w in WORD.findall(review_text[:_REVIEW_READ_LIMIT]) if w[:1].isupper()
    )


@cache
def _title_words() -> frozenset[str]:
    """Every civil and staff title of the five languages, in lower case ("mr", "dr", "пани")."""
    return frozenset().union(*_civil_and_staff_titles())


_TOKEN = re.compile(r"\d+|[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Reported:
    """A reporting phrase ("you write that", "as you describe") at ``phrase_start`` to
    ``phrase_end`` and the stretch it reports, ``start`` to ``end``."""

    phrase_start: int
    phrase_end: int
    start: int
    end: int


def _reported(
    text: str, low: str | None, codes: Sequence[str], start: int, end: int, opening: int
) -> list[_Reported]:
    """Each reporting phrase in the clause ``text[start:end]`` ([guard] reported) with what it
    reports: what follows it to the clause's end ("You write that you waited fifty minutes"),
    or, where at most the words of [guard] reported_back follow it before a comma or the
    clause's end, what comes before it in its sentence (which opens at ``opening``), from
    there or the last reporting phrase ("your gums bled for two days after the cleaning you
    describe", "waiting 40 minutes past your appointment, as you describe, is ...")."""
    found: list[_Reported] = []
    for code in codes:
        phrases = language_pack(code).phrases
        back = phrases["reported_back"]
        after = opening
        for m in phrases["reported"].finditer_in(text, low, start, end):
            # read right after it, in a few words (a pasted clause of a megabyte): a match
            # cut short by the window's end is none
            stop = min(end, m.end() + _REPORTED_BACK_REACH)
            trailing = next(back.finditer_in(text, low, m.end(), stop), None)
            # ... with more than a name or a joining word before it: "As you say, the wait
            # was long" and "Kirsty, as you mention, ..." report what follows
            if (
                trailing is not None
                and trailing.start() == m.end()
                and (trailing.end() < stop or stop == end)
                and len(WORD.findall(text, after, m.start())) > 2
            ):
                found.append(_Reported(m.start(), trailing.end(), after, m.start()))
            else:
                found.append(_Reported(m.start(), m.end(), m.end(), end))
            after = m.end()
    return found


# how far after a phrase of what the practice does not offer a service it names may end, with no
# space or mark between (a script written without spaces: "也没有开展打针输液项目")
# how far after a Chinese day its subject may start: "上周我们的系统", "昨天诊所的设备"
_ZH_SUBJECT_GAP = 5
_NOT_OFFERED_REACH = 12
_PART_GAP = re.compile(r"[\s,;:.!?，；：。！？、]")

# the phrases in which a health or care word names no one's care: the practice, an idiom
_NOT_CARE = ("premises", "idiom")
_REPORTED_BACK_REACH = 64  # characters after a reporting phrase read for [guard] reported_back


def _place_name(text: str, hit: Hit) -> bool:
    """The word is the last of a capitalised name after another capitalised word, inside a
    sentence ("meant for Hillside Surgery", "at Riverside Surgery"): a place's name, not
    anyone's operation (round 21c: a review meant for another surgery). Not after a
    possessive ("after your Knee Surgery") nor where the name opens a sentence."""
    word = text[hit.start : hit.end]
    if not word[:1].isupper() or not word.isalpha():
        return False
    # read in the 80 characters before it, not from the text's start (a pasted megabyte)
    name = _LAST_WORD.search(text, max(0, hit.start - 80), hit.start)
    if name is None or not name.group(1)[:1].isupper():
        return False
    before = _LAST_WORD.search(text, max(0, name.start() - 80), name.start())
    if before is None or text[before.end() : name.start()].strip():
        return False  # the name opens the text or follows a full stop, a comma, a dash
    return before.group(1).casefold() not in _POSSESSIVES


_LAST_WORD = re.compile(r"(\w+)\s*$")
_POSSESSIVES = frozenset({"your", "his", "her", "their", "my", "our"})


def _without_reported_echoes(
    found: list[ConfidentialityFinding],
    text: str,
    low: str,
    codes: Sequence[str],
    clauses: Sequence[tuple[int, int]],
    sentences: ClauseIndex,
    review_text: str,
    reported_in: dict[int, list[_Reported]] | None = None,
) -> list[ConfidentialityFinding]:
    """What the reply reports the review says is the review's own ([guard] reported: "You write
    that you waited fifty minutes past your 3 pm appointment" after "waited 50 minutes past my
    3pm appointment"): a finding there whose every word the review itself wrote (but "your") is
    no disclosure, and the clause that opens with the reporting words tells nothing new once
    none of its findings is left. What the reply adds there is still found ("... your 3 pm
    appointment, which you missed twice before"). ``reported_in``: the clauses' reporting
    phrases the rules read already (clause number -> ``_reported``), shared and added to."""
    reported = {} if reported_in is None else reported_in

    def reported_of(number: int) -> list[_Reported]:
        spans = reported.get(number)
        if spans is None:
            spans = reported[number] = _reported(
                text,
                low,
                codes,
                *clauses[number],
                sentences.clauses[sentences.of(starts[number])][0],
            )
        return spans

    # only a clause that holds a finding, or the next one in its sentence (that may report it
    # back: "..., as you describe, ..."), is read for the reporting words: a span elsewhere
    # holds none (a reply's 60 clauses, its findings in half of them)
    starts = [start for start, _ in clauses]
    holding = set()
    for f in found:
        number = bisect.bisect_right(starts, f.start) - 1
        if number >= 0 and f.end <= clauses[number][1]:
            holding.add(number)
            after = number + 1
            if after < len(clauses) and sentences.of(starts[after]) == sentences.of(f.start):
                holding.add(after)
    spans = [  # the reported words with the words that report them
        (min(r.start, r.phrase_start), max(r.end, r.phrase_end))
        for number in sorted(holding)
        for r in reported_of(number)
    ]
    if not spans:
        return found
    review = review_text[:_REVIEW_READ_LIMIT].casefold()
    review_tokens = set(_TOKEN.findall(review))
    skip = frozenset().union(*(lexicon(code).echo_skip for code in codes))
    # the first letters a word shares with the review's ([guard] echo_letters); where a language
    # sets none (0), the whole word
    letters = max(lexicon(code).echo_letters for code in codes) or 1_000
    stems = {w[:letters] for w in review_tokens if not w.isdigit()}

    def review_wrote(fragment: str) -> bool:
        if _HAN_CHAR.search(fragment):
            return fragment in review
        words = [w for w in _TOKEN.findall(fragment.casefold()) if w not in skip]
        return bool(words) and all(
            (w in review_tokens) if w.isdigit() else (w[:letters] in stems) for w in words
        )

    def inside(f: ConfidentialityFinding) -> tuple[int, int] | None:
        return next(((s, e) for s, e in spans if s <= f.start and f.end <= e), None)

    kept = [
        f
        for f in found
        if f.code == FindingCode.NEW_INFORMATION
        or not (inside(f) and review_wrote(text[f.start : f.end]))
    ]

    def restated(span: tuple[int, int]) -> bool:
        """The reported words are the review's, but for a few ("fifty" for "50", "the delay"
        for "why"): at most a third of the longer words are not the review's. "..., which you
        had already moved twice" adds a story of the practice's own."""
        words = [w for w in _TOKEN.findall(text[span[0] : span[1]].casefold()) if len(w) >= 5]
        new = [w for w in words if w not in skip and w[:letters] not in stems]
        return bool(words) and 3 * len(new) <= len(words)

    return [
        f
        for f in kept
        if f.code != FindingCode.NEW_INFORMATION
        or not (
            (span := inside(f))
            and restated(span)
            and not any(g is not f and span[0] <= g.start and g.end <= span[1] for g in kept)
        )
    ]


def _starts_of(word: str, text: str) -> list[int]:
    """Where ``word`` starts in ``text`` (a Chinese "you", 您, found anywhere)."""
    starts, at = [], text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + 1)
    return starts


def _written_in_review(name: str, review_text: str) -> bool:
    """The full name is one the review itself wrote ("nurse Tom Hughes was amazing", "张丽华医生
    和护士刘强"): every word of it but a title, in any case ("Тимуру Гасанову" after "Тимур
    Гасанов")."""
    if _HAN_CHAR.search(name):
        # session 34 (gzh34): the name without the title or kinship word the reply puts after
        # it ("王秀英阿姨" after "我母亲王秀英在这住院"): the review wrote the name, not the title
        bare = _zh_title_after().sub("", name)
        return bool(bare) and bare in review_text[:_REVIEW_READ_LIMIT]
    words = [w for w in WORD.findall(name) if not _title_word(w.casefold())]
    review_names = _names_written_in(review_text)
    return bool(words) and all(_stem(w)[:5] in review_names for w in words)


def _spoken_to(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is said to someone: set off by commas or opening a
    sentence before a comma ("We never say ..., Ned;", "Ned, we never say ..."). Reads only
    the characters next to it, not the whole reply on each side."""
    before = start
    while before and text[before - 1].isspace():
        before -= 1
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    opens = not before or text[before - 1] in ".!?…"
    return after < len(text) and text[after] in ",;.!?…" and (opens or text[before - 1] == ",")


class _Spans:
    """Places in a reply, asked which of them hold a given stretch: only the places starting
    near it are read, so a reply pasted full of names is checked in time that grows with its
    length (round gquad2), not with the names times the names."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def around(self, start: int, end: int) -> list[tuple[int, int]]:
        """The places ``(s, e)`` with ``s <= start`` and ``end <= e``, nearest start first."""
        found = []
        i = bisect.bisect_right(self.starts, start)
        while i and self.starts[i - 1] >= end - self.longest:
            i -= 1
            if end <= self.spans[i][1]:
                found.append(self.spans[i])
        return found

    def overlap(self, start: int, end: int) -> bool:
        """Some place ``(s, e)`` shares a character with ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end)
        while i and self.starts[i - 1] >= start - self.longest:
            i -= 1
            if start < self.spans[i][1]:
                return True
        return False


def _deduplicated(found: list[ConfidentialityFinding]) -> list[ConfidentialityFinding]:
    """One finding per place and reason: "Dr. Anna Smith" hides the "Anna Smith" inside it."""
    unique = sorted(
        {(f.start, f.end, f.code): f for f in found}.values(),
        key=lambda f: (f.start, -f.end, f.code),  # a StrEnum: sorts by its text
    )
    kept: list[ConfidentialityFinding] = []
    reach: dict[FindingCode, int] = {}  # the furthest end of a kept finding, per code
    for f in unique:
        if f.end > reach.get(f.code, -1):
            kept.append(f)
            reach[f.code] = f.end
    return sorted(kept, key=lambda f: (f.start, f.end, f.code))


def _without_allowed(
    found: list[ConfidentialityFinding], text: str, allowed: Sequence[str]
) -> list[ConfidentialityFinding]:
    spans: list[tuple[int, int]] = []
    for phrase in allowed:
        phrase = phrase.strip()
        if len(phrase) >= 2:
            spans.extend(m.span() for m in re.finditer(re.escape(phrase), text, re.IGNORECASE))
    return [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)]


_SENTENCE_ENDS = ".!?。！？\n"


def rewrite_span(text: str, finding: ConfidentialityFinding) -> tuple[int, int, str] | None:
    """Where the finding's safe rewrite goes: (start, end, new text), or None when the
    finding has no rewrite. The rest of the sentence stays ("We are sorry for the long wait
    on March 3." keeps its apology): a date alone in its clause is taken out with the word
    that leads it in; a finding in one clause of several takes that clause out, and the
    rewrite follows the sentence; a sentence that is the finding's one clause is replaced."""
    if not finding.rewrite:
        return None
    start = max(text.rfind(c, 0, finding.start) for c in _SENTENCE_ENDS) + 1
    while start < finding.start and text[start].isspace():
        start += 1
    ends = [i for i in (text.find(c, max(finding.end - 1, 0)) for c in _SENTENCE_ENDS) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    if end <= len(text) and text[end - 1 : end] == "\n":
        end -= 1
    return _within_sentence(text, start, end, finding) or (start, end, finding.rewrite)


_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:，；：]|\s[—–-]\s)\s*")
# the words that lead a date in, in the five languages ("on 3 March", "w dniu 3 marca")
_LEAD_IN = re.compile(
    r"(?:\b(?:on|in|at|since|from|в|во|на|с|со|у|з|від|w|we|dnia|dniu|od|z)\s+){1,2}$",
    re.IGNORECASE,
)


def _within_sentence(
    text: str, start: int, end: int, finding: ConfidentialityFinding
) -> tuple[int, int, str] | None:
    """The part of the sentence [start, end) the finding's rewrite takes out, keeping the
    rest; None where the finding is the sentence's one clause (the sentence goes)."""
    body_end = end
    while body_end > start and text[body_end - 1] in _SENTENCE_ENDS + " ":
        body_end -= 1
    breaks = [m for m in _CLAUSE_BREAK.finditer(text, start, body_end) if m.start() > start]
    before = [m for m in breaks if m.end() <= finding.start]
    after = [m for m in breaks if m.start() >= finding.end]
    clause_start = before[-1].end() if before else start
    clause_end = after[0].start() if after else body_end
    if finding.rule == "date":
        # the date goes, with the short word that leads it in ("on", "w", "в"), if what
        # stays of its clause still says something
        lead = _LEAD_IN.search(text[clause_start : finding.start])
        cut = clause_start + lead.start() if lead else finding.start
        while cut > clause_start and text[cut - 1].isspace():
            cut -= 1
        if len(text[clause_start:cut].split()) >= 2:
            return cut, finding.end, ""
    if not before and not after:
        return None
    # the finding's clause goes with the break before it (or after it, for the first);
    # the rewrite follows the sentence
    if before:
        cut_start, cut_end = before[-1].start(), clause_end
    else:
        cut_start, cut_end = clause_start, after[0].end()
    kept = text[start:cut_start] + text[cut_end:body_end]
    if not before:
        kept = kept[:1].upper() + kept[1:]
    closing = text[body_end:end].rstrip() or "."
    return start, end, f"{kept}{closing} {finding.rewrite}"


def _review_language(review: Review) -> str:
    language = review.analysis.language if review.analysis and review.analysis.language else ""
    return language or review.language_hint


def guard_languages(reviews: Iterable[Review]) -> list[str]:
    """The languages the guard reads replies to ``reviews`` in, each once, in the order met
    (an inbox's rows: the window builds their tables right after the practice's own)."""
    return list(dict.fromkeys(normalise_language(_review_language(r)) for r in reviews))


def guard_ready(reply_text: str, review: Review, settings: Settings) -> bool:
    """Whether ``guard_reply`` would find its rules compiled (see ``rules_ready``)."""
    return rules_ready(reply_text, _review_language(review), settings.practice_country)


def guard_reply(
    reply_text: str, review: Review, settings: Settings
) -> list[ConfidentialityFinding]:
    """The guard as the editor and ``publish`` call it for one review."""
    review_text = "\n".join(t for t in (review.title, review.text, review.translated_text) if t)
    return find_confidentiality_problems(
        reply_text,
        review_text=review_text,
        language=_review_language(review),
        reviewer_name=review.author,
        country=settings.practice_country,
        allowed=(
            settings.practice_name,
            settings.signer,
            settings.contact_email,
            settings.contact_phone,
        ),
    )
