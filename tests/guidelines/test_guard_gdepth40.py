"""Session 40 (gdepth40, issue 16): titles and honorifics as data, one list with the staff roles.

The titles the name rules read were written in Python (the Polish and Cyrillic roles after a civil
title, the professional titles a reviewer signs with, the Chinese titles and kinship words after
a surname). They are each language's [honorifics] table now, and where an entry writes {roles}
it reads [staff] roles: a staff role greeted after "пане", "господин" or said after a Chinese
surname ("пане Хірурге", "госпожа Терапевт", "王专家") is a title, as "пане Докторе" was, and
no surname the reply publishes. A surname in the same place stays a full name.
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.lexicon import LANGUAGES, lexicon

# (language, reply): a staff role greeted as a title, in words none of the old lists held
TITLES = [
    ("uk", "Дякуємо, пане Хірурге, за теплі слова про нашу реєстратуру."),
    ("uk", "Дякуємо, пані Медсестро, за теплі слова про нашу реєстратуру."),
    ("uk", "Дякуємо, пане Стоматологу, за теплі слова про нашу реєстратуру."),
    ("ru", "Благодарим, господин Хирург, за тёплые слова о регистратуре."),
    ("ru", "Благодарим, госпожа Терапевт, за тёплые слова о регистратуре."),
    ("pl", "Dziękujemy, Panie Stomatologu, za miłe słowa o naszej recepcji."),
    ("pl", "Panie Fizjoterapeuto, dziękujemy za opinię o recepcji."),
    ("zh", "王专家您好，感谢您对前台的好评。"),
    ("zh", "李医师您好，感谢您对前台的好评。"),
    ("zh", "张牙医您好，感谢您对前台的好评。"),
]

# (language, reply, name): a surname in the same place, the reviewer's: still a full name
SURNAMES = [
    ("uk", "Дякуємо, пане Коваленко, за теплі слова про нашу реєстратуру.", "пане Коваленко"),
    ("uk", "Дякуємо, пані Мельничук, за теплі слова про нашу реєстратуру.", "пані Мельничук"),
    ("ru", "Благодарим, господин Смирнов, за тёплые слова о регистратуре.", "господин Смирнов"),
    ("ru", "Благодарим, госпожа Крылова, за тёплые слова о регистратуре.", "госпожа Крылова"),
    ("pl", "Dziękujemy, Panie Kowalski, za miłe słowa o naszej recepcji.", "Panie Kowalski"),
    ("zh", "王建国您好，感谢您对前台的好评。", "王建国"),
    ("zh", "刘海波您好，感谢您对前台的好评。", "刘海波"),
]


def _full_names(reply: str, language: str) -> set[str]:
    found = find_confidentiality_problems(reply, review_text="ok", language=language, learned=False)
    return {f.text for f in found if f.rule == "full_name"}


@pytest.mark.parametrize(("language", "reply"), TITLES)
def test_a_staff_role_greeted_as_a_title_is_no_surname(language: str, reply: str) -> None:
    assert _full_names(reply, language) == set()


@pytest.mark.parametrize(("language", "reply", "name"), SURNAMES)
def test_a_surname_greeted_after_a_title_stays_a_full_name(
    language: str, reply: str, name: str
) -> None:
    assert name in _full_names(reply, language)


@pytest.mark.parametrize("language", ["ru", "uk", "pl", "zh"])
def test_the_honorifics_read_the_one_list_of_staff_roles(language: str) -> None:
    lex = lexicon(language)
    key = "after_surname" if language == "zh" else "after_civil_title"
    assert lex.staff_roles in lex.honorifics[key]
    assert not any("{roles}" in t for ts in lex.honorifics.values() for t in ts)


def test_every_language_lists_the_titles_a_reviewer_signs_with_but_chinese() -> None:
    for code in LANGUAGES:
        assert bool(lexicon(code).honorifics.get("signed")) == (code != "zh"), code


# (language, reply, review, name): a staff role of [staff] roles before a name with initials
# ([honorifics] before_initials): the practice's own colleague
STAFF_NAMED = [
    (
        "ru",
        "Спасибо! Ваш отзыв прочитала администратор Петрова Н. С., мы всё учтём.",
        "Долго ждал в очереди.",
        "Петрова Н. С.",
    ),
    (
        "uk",
        "Дякуємо! Ваш відгук прочитала адміністраторка Петренко Н. С., ми все врахуємо.",
        "Довго чекав.",
        "Петренко Н. С.",
    ),
]


PLAIN = {"ru": "Всё хорошо.", "uk": "Все добре."}


@pytest.mark.parametrize(("language", "reply", "review", "name"), STAFF_NAMED)
def test_a_colleague_by_any_staff_role_is_no_patient_named(
    language: str, reply: str, review: str, name: str
) -> None:
    def names(reply: str, review: str) -> set[str]:
        found = find_confidentiality_problems(
            reply, review_text=review, language=language, learned=False
        )
        return {f.text for f in found if f.rule == "full_name"}

    assert name not in names(reply, review)
    # without the role the same name is a full name
    bare = reply.replace("администратор ", "").replace("адміністраторка ", "")
    assert name in names(bare, PLAIN[language])
