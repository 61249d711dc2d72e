"""The per-language word lists behind the checklists and the guard's name rules
(resources/guidelines/*.toml); the guard's other rules are read by ``rulepack.py``.

They live in data files so that a translator can add a word without touching the code.
Each checklist entry is compiled on its own, so a match can say which idea it was.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from clinicrep.paths import resource

LANGUAGES = ("en", "ru", "uk", "pl", "zh")
FALLBACK_LANGUAGE = "en"

# Entries that start like a word are anchored at a word start, so "rak" (cancer) is not found
# inside "praktyka". Chinese has no word boundaries, so nothing is anchored there.
_WORDLIKE_START = re.compile(r"[\w(\\]")


# Session 39 (gdepth39): where a table's entry writes this, it reads the language's one list of
# staff roles ([staff] roles): every rule that needs the nouns for staff (staff_titles,
# staff_busy, [reading] staff_subject) reads the same nouns, and a role added there counts in all.
ROLES = "{roles}"


def staff_roles(data: Mapping[str, object]) -> str:
    """A language's staff roles ([staff] roles in its TOML) as one group: "doctors?", "врач",
    "pielęgniar". Each is a stem or a word; after it, [staff] not_after says what makes the
    word the role's field or thing, not a person ("хирургия", "lekarstwo", "кардиологии"):
    no role there. ``(?!)`` where the language lists none."""
    staff = data.get("staff", {})
    roles = staff.get("roles", []) if isinstance(staff, dict) else []
    if not roles:
        return "(?!)"
    not_after = str(staff.get("not_after", "")) if isinstance(staff, dict) else ""
    return "(?:" + "|".join(str(r) for r in roles) + ")" + (f"(?!{not_after})" if not_after else "")


def with_roles(entries: Iterable[object], data: Mapping[str, object]) -> list[str]:
    """A table's entries, each ``{roles}`` in them replaced by the language's staff roles."""
    listed = [str(e) for e in entries]
    if not any(ROLES in e for e in listed):
        return listed
    roles = staff_roles(data)
    return [e.replace(ROLES, roles) for e in listed]


def normalise_language(language: str | None) -> str:
    """'zh_CN', 'zh-Hans', 'ru-RU' ... -> one of LANGUAGES, English when unknown."""
    code = (language or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else FALLBACK_LANGUAGE


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    checklist: dict[str, tuple[re.Pattern[str], ...]]
    titles: tuple[str, ...]  # before a person's name: "Mrs", "pani", "господин"
    staff_titles: tuple[str, ...]  # before a staff member's name: "Dr", "doktor", "медсестра"
    staff_roles: str  # the language's staff roles, one group ([staff] roles): "doctors?", "врач"
    staff_role_word: str  # ... with their endings ([staff] endings): one word, "врачу", "doctors"
    staff_role_after: tuple[str, ...]  # after a name's dash, before a staff title: "our", "наш\w*"
    staff_away_after: tuple[str, ...]  # right after a name, where only staff are: "в отпуске"
    staff_plural_before: tuple[str, ...]  # a role in the plural before names: "nurses", "врачам"
    ours_before: tuple[str, ...]  # our possessive and a role before names: "наша координаторка"
    names_joined: tuple[str, ...]  # the words between two names of one list: "and", "oraz"
    # a place named after someone right before the name: "вулиці", "ul.", "площади"
    namesake_before: tuple[str, ...]
    range_words: tuple[str, ...]  # between two days of one span: "to", "по", "do", "到"
    greetings: tuple[str, ...]  # before the person's name: "Dear", "Hi"
    relatives: tuple[str, ...]  # patterns naming a relative before a name: "your husband,"
    first_names: tuple[str, ...]
    surnames: str  # Chinese only: the common one-character surnames
    name_titles: str  # Chinese only: titles that follow a person's name (先生, 女士)
    transliteration: str  # Chinese only: characters of foreign names, rare in Chinese given names
    # Chinese only: words a surname's character is part of ("谢谢", "感谢", "高兴"): no name there
    surname_words: re.Pattern[str] | None
    echo_letters: int  # a reply's word is the review's own when its first N letters are; 0: never
    echo_apology: bool  # an apology may name the treatment the review itself names
    echo_skip: frozenset[str]  # the addressee's words an echo may add: "your", "pana"
    # ... and the words that tell nothing new after "we understand you": "were", "kept"
    echo_filler: frozenset[str]
    number_words: dict[str, int]  # "eighty": 80, "osiemdziesięciu": 80 (amounts in words)
    number_multipliers: dict[str, int]  # "hundred": 100, "tysięcy": 1000
    organisation_words: frozenset[str]  # a public name with one is no person's: "Rotary Club"
    # the lower-case words a surname may follow in a public name ("van", "de", "da"): any other
    # lower-case word ("on", "from", "z") ends the person's name, a place or a group follows
    name_particles: frozenset[str]
    role_after: tuple[str, ...]  # after a health word, a role or a department: "nurse", "师", "科"
    place_names: bool  # a capitalised word after another inside a sentence names a place
    # a first name and a capitalised word in cases a name and its surname never pair in: "Слава
    # Україні" (a nominative, then a dative): a phrase, no one's full name
    name_case_clash: re.Pattern[str] | None
    # the words before a health word that make it a department's name: "команді реабілітації"
    department_before: re.Pattern[str] | None
    # titles and honorifics by what they do ([honorifics], ``{roles}`` read): "after_civil_title"
    # ("Panie Doktorze"), "signed" ("Dr. Patel"), "after_surname" ("王医生", "刘老师") ...
    honorifics: dict[str, tuple[str, ...]]


def _compile(entry: str, *, anchored: bool) -> re.Pattern[str]:
    prefix = r"(?<!\w)" if anchored and _WORDLIKE_START.match(entry) else ""
    return re.compile(prefix + "(?:" + entry + ")", re.IGNORECASE)


def _compile_table(
    table: dict[str, object], *, anchored: bool
) -> dict[str, tuple[re.Pattern[str], ...]]:
    compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
    for key, value in table.items():
        if isinstance(value, list):
            compiled[key] = tuple(_compile(str(e), anchored=anchored) for e in value)
    return compiled


def _joined(entries: object) -> re.Pattern[str] | None:
    """One pattern of a table's regular expressions, or None for an empty table."""
    if not isinstance(entries, list) or not entries:
        return None
    return re.compile("|".join(f"(?:{e})" for e in entries))


@cache
def lexicon(language: str) -> Lexicon:
    code = normalise_language(language)
    with resource("guidelines", f"{code}.toml").open("rb") as f:
        data = tomllib.load(f)
    anchored = code != "zh"
    guard = data.get("guard", {})
    return Lexicon(
        language=code,
        checklist=_compile_table(data.get("checklist", {}), anchored=anchored),
        titles=tuple(guard.get("titles", ())),
        staff_titles=tuple(with_roles(guard.get("staff_titles", ()), data)),
        staff_roles=staff_roles(data),
        staff_role_word=staff_roles(data) + str(data.get("staff", {}).get("endings", "")),
        staff_role_after=tuple(guard.get("staff_role_after", ())),
        staff_away_after=tuple(with_roles(guard.get("staff_away_after", ()), data)),
        staff_plural_before=tuple(with_roles(guard.get("staff_plural_before", ()), data)),
        ours_before=tuple(guard.get("ours_before", ())),
        names_joined=tuple(guard.get("names_joined", ())),
        namesake_before=tuple(guard.get("namesake_before", ())),
        range_words=tuple(guard.get("range_words", ())),
        greetings=tuple(guard.get("greetings", ())),
        relatives=tuple(guard.get("relatives", ())),
        first_names=tuple(guard.get("first_names", ())),
        surnames=str(guard.get("surnames", "")),
        name_titles=str(guard.get("name_titles", "")),
        transliteration=str(guard.get("transliteration", "")),
        surname_words=_joined(guard.get("surname_words", ())),
        echo_letters=int(guard.get("echo_letters", 0)),
        echo_apology=bool(guard.get("echo_apology", False)),
        echo_skip=frozenset(str(w).casefold() for w in guard.get("echo_skip", ())),
        echo_filler=frozenset(str(w).casefold() for w in guard.get("echo_filler", ())),
        number_words={str(k): int(v) for k, v in guard.get("number_words", {}).items()},
        number_multipliers={str(k): int(v) for k, v in guard.get("number_multipliers", {}).items()},
        organisation_words=frozenset(
            str(w).casefold() for w in guard.get("organisation_words", ())
        ),
        name_particles=frozenset(str(w).casefold() for w in guard.get("name_particles", ())),
        role_after=tuple(str(w).casefold() for w in guard.get("role_after", ())),
        place_names=bool(guard.get("place_names", False)),
        name_case_clash=_joined(guard.get("name_case_clash", ())),
        department_before=_joined(guard.get("department_before", ())),
        honorifics={
            str(key): tuple(with_roles(entries, data))
            for key, entries in data.get("honorifics", {}).items()
        },
    )


@cache
def all_organisation_words() -> frozenset[str]:
    """Words that make a public name an organisation's, in every language: "Club", "Fundacja"."""
    return frozenset().union(*(lexicon(code).organisation_words for code in LANGUAGES))


@cache
def all_name_particles() -> frozenset[str]:
    """The lower-case words of a surname in every language: "van", "de", "da"."""
    return frozenset().union(*(lexicon(code).name_particles for code in LANGUAGES))


def all_first_names() -> tuple[str, ...]:
    """First names of every language: a Polish reply may still name an English speaker."""
    names: list[str] = []
    for code in LANGUAGES:
        names.extend(lexicon(code).first_names)
    return tuple(dict.fromkeys(names))


def any_match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found
    return None
