"""The one reading of the re module's private parser (``engine.regex_items``): what the guard's
tables and the checklists' lower-case gates are built from, and the exact path both take on a
Python whose private modules differ."""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from tests.guidelines.test_checklists import SETTINGS, review
from tests.guidelines.test_guard_engine import _plain_scan

from clinicrep.guidelines import checklists, engine
from clinicrep.guidelines.checklists import ReplyContext, evaluate_checklist
from clinicrep.guidelines.engine import (
    PhraseTable,
    case_partners,
    first_characters,
    lowered,
    prefixes,
    regex_items,
)
from clinicrep.guidelines.kinds import ReplyKind


@pytest.fixture(autouse=True)
def _fresh_readings() -> Iterator[None]:
    """Each test reads the patterns anew, and leaves no reading of a patched parser behind."""
    engine.forget_readings()
    checklists._word_list.cache_clear()
    yield
    engine.forget_readings()
    checklists._word_list.cache_clear()


def test_a_pattern_is_read_as_plain_items() -> None:
    items = regex_items(r"(?<!\w)(?:dr|mgr)\s+[a-c\d]x{2,}\b")
    assert items is not None
    most = items[2][2]  # "+": as many as the engine allows
    assert items == (
        ("look",),
        ("branch", ((("char", "d"), ("char", "r")), (("char", "m"), ("char", "g"), ("char", "r")))),
        ("repeat", 1, most, (("class", frozenset(), ("space",), False),)),
        ("class", frozenset("abc"), ("digit",), False),
        ("repeat", 2, most, (("char", "x"),)),
        ("at",),
    )
    assert most > 1000
    assert regex_items("[^a]b")[0] == ("other", "NOT_LITERAL")  # type: ignore[index]
    assert regex_items("[^ab]")[0][3] is True  # type: ignore[index]  # negated: wider
    assert regex_items(r"(a)\1")[1] == ("other", "GROUPREF")  # type: ignore[index]
    with pytest.raises(re.error):
        regex_items("(unclosed")


def test_the_beginnings_of_an_entry_come_from_its_items() -> None:
    assert prefixes(r"(?:when|while)\s+you") == {"wh"}
    assert prefixes(r"x-?rays?", 3) == {"x-r", "xra"}
    assert prefixes(r"\d{1,2}\s*(?:am|pm)", 1) == frozenset("0123456789")
    assert prefixes(r"[а-яё]+ка", 1) == frozenset("абвгдежзийклмнопрстуфхцчшщъыьэюяё")
    assert prefixes(r"[^a]bc") is None and prefixes(r"\w+ed") is None
    assert first_characters(r"(?<!\w)(?:dr|doctor)\.?") == {"d"}
    assert first_characters(r"(?:a|)b") == {"a", "b"}


def test_the_case_table_names_the_letters_taken_for_others() -> None:
    partners = case_partners("is")
    assert partners is not None and {"ı", "ſ"} <= partners  # what "i" and "s" match case-blind
    assert case_partners("xyz") == frozenset()


def _another_python(monkeypatch: pytest.MonkeyPatch, parser: object) -> None:
    """A Python without the private parser (None), or with one of other shapes."""
    monkeypatch.setattr(engine, "_sre_parser", parser)
    monkeypatch.setattr(engine, "_EXTRA_CASES", None)
    engine.forget_readings()
    checklists._word_list.cache_clear()


# A parser that reads every pattern as one item of a kind this walker does not know.
_OTHER_SHAPES = SimpleNamespace(parse=lambda source: [("NEW_OPERATOR", (source, 1, 2))])
# A parser whose items are not (operator, value) pairs at all.
_NO_PAIRS = SimpleNamespace(parse=lambda source: [source])

CATEGORIES = {
    "confirms_patient": [r"your\s+next\s+visit", r"you\s+were\s+seen", r"young\s+patients?"],
    "dates": [r"(?:a|two)\s+(?:days?|weeks?)\s+ago", r"\d{1,2}\s*(?:am|pm)"],
    "reward": [r"\d+\s*%\s*off", r"free\s+\w+"],
}
TEXT = (
    "Your next visit is at 10 am. You were seen two weeks ago; young patients get 20% off and "
    "free parking. Yonder yogurt, youth."
)


@pytest.mark.parametrize("parser", [None, _OTHER_SHAPES, _NO_PAIRS])
def test_a_python_whose_parser_differs_finds_the_same_phrases_the_exact_way(
    monkeypatch: pytest.MonkeyPatch, parser: object
) -> None:
    known = {(kind, m.start(), m.end()) for kind, m in PhraseTable(
        CATEGORIES, anchored=True).finditer(TEXT, lowered(TEXT))}  # fmt: skip
    _another_python(monkeypatch, parser)
    assert regex_items(r"your\s+next") in (None, (("other", "NEW_OPERATOR"),))
    assert prefixes(r"your\s+next") is None and first_characters("your") is None
    if parser is None:
        with pytest.raises(re.error):  # a broken entry still names itself
            prefixes("(unclosed", strict=True)
    table = PhraseTable(CATEGORIES, anchored=True)
    assert not any(table._by_key)  # nothing is looked up by beginnings it cannot read
    found = {(kind, m.start(), m.end()) for kind, m in table.finditer(TEXT, lowered(TEXT))}
    assert found == known == _plain_scan(CATEGORIES, TEXT)


REPLIES = [
    "Dear Maria, we are sorry about your experience and it was our fault. Please call us. "
    "Kind regards, Anna, practice manager",
    "We are ſorry about your visit. " * 40,  # "ſ" is an "s" to the case-blind entries
    "Szanowna Pani, przepraszamy za niedogodności. Prosimy o kontakt. Anna, kierowniczka",
    "Уважаемая Мария, приносим извинения. Это наша вина. Позвоните нам, пожалуйста. Анна",
    "非常抱歉给您带来不便。请致电我们。李医生",
    "THANK YOU for the review!! You are WRONG, that never happened. — The team",
]


def _checked(reply: str) -> list[tuple[str, str, tuple[int, int] | None]]:
    context = ReplyContext(SETTINGS, findings=())
    return [
        (r.id, r.state.value, r.span)
        for kind in (ReplyKind.COMPLAINT, ReplyKind.PRAISE, ReplyKind.MISINFORMATION)
        for r in evaluate_checklist(kind, reply, review(), context=context)
    ]


@pytest.mark.parametrize("parser", [None, _OTHER_SHAPES])
def test_the_checklists_read_every_text_the_exact_way_on_another_python(
    monkeypatch: pytest.MonkeyPatch, parser: object
) -> None:
    with_gates = [_checked(reply) for reply in REPLIES]
    assert any(e.gate is not None for e in checklists._word_list("regret").entries)
    _another_python(monkeypatch, parser)
    words = checklists._word_list("regret")
    assert all(e.gate is None for e in words.entries)
    assert words.unsafe is not None and words.unsafe.match("a")  # every text the exact way
    assert [_checked(reply) for reply in REPLIES] == with_gates
