"""The staff titles before a name are searched only where a quick case-blind scan finds one's
beginning (gspeed29): what the guard finds must not change, in any case or white space."""

from __future__ import annotations

import re

from clinicrep.guidelines import confidentiality
from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.engine import beginnings_gate

_TEXTS = (
    "Thank you for the kind words about Dr Anna Wiśniewska and our hygienist, Tom Baker.",
    "DR. MED. Anna Nowak and our PRACTICE MANAGER, Mrs Jenny Walsh, will call you.",
    "Our head\tnurse\u00a0Lidia Czubak; mgr piel. Lidia Czubak; lek. dent. Jan Kowalski.",
    "Лікар-стоматолог Олена Коваль і наша адміністраторка, пані Ірина Бондар, дякують.",
    "Врач-офтальмолог Ирина Петрова и заведующая отделением Анна Смирнова благодарят Вас.",
    "Ortodontka dr n. med. Ewa Malinowska oraz kierowniczka rejestracji, pani Anna Wróbel.",
    "Stomatolog Piotr Zieliński i Kardiolog Marta Lis; Aſſistant Jane Doe; ΣΟΦΙΑ Papas.",
    "Мы благодарим Ивана Петрова и Анну Смирнову, наших пациентов, за отзыв.",
    "We hope Anna Nowak feels better soon, and thank you, Sarah Jones, for writing.",
)


def test_the_gated_test_says_what_the_two_searches_say_at_every_place() -> None:
    staff = confidentiality._staff_title_before()
    role = confidentiality._staff_role_before()
    for text in _TEXTS:
        named = confidentiality._staff_named_before(text)
        for at in range(len(text) + 1):
            window = max(0, at - 60)
            expected = bool(staff.search(text, window, at) or role.search(text, window, at))
            assert named(at) == expected, (text, at)


def test_the_gate_finds_every_place_an_entry_can_start() -> None:
    entries = ["dr\\.?", "head\\s+nurse", "[а-яіїєґ]+олог(?:а|у|ом)?", "mgr\\s+piel\\.", "lek\\."]
    gate = beginnings_gate(entries)
    assert gate is not None
    whole = re.compile(r"(?<!\w)(?i:" + "|".join(entries) + ")")
    for text in _TEXTS:
        for at in range(len(text)):
            if whole.match(text, at):
                assert gate.match(text, at), (text, at)
    # a beginning of four letters, not of one: most words are no place for it
    assert gate.search("Thanks, hearty wishes, mgx.") is None
    assert gate.search("the HEAD\tNurse") is not None


def test_a_gate_is_none_where_an_entry_can_match_nothing() -> None:
    assert beginnings_gate(["dr", "(?:nurse)?"]) is None


def test_a_member_of_staff_named_in_full_is_no_finding_a_reviewer_is() -> None:
    codes = {
        "Thank you for your kind words about our practice manager, Jenny Walsh.": [],
        "Thank you for your kind words, Jenny Walsh.": ["full_name"],
        "Дякуємо! Лікар-стоматолог Олена Коваль буде рада Вас бачити.": [],
        "Serdecznie dziękujemy, kierowniczka rejestracji, pani Anna Wróbel, oddzwoni.": [],
    }
    for reply, expected in codes.items():
        found = [
            f.code
            for f in find_confidentiality_problems(reply, language="", review_text="")
            if f.code == "full_name"
        ]
        assert found == expected, (reply, found)
