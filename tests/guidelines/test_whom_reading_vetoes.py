"""WhomReading's own vetoes of a sentence with no one in it: a price list (everyone's prices) and
a span of days (the practice's calendar), each read from the facts a reply's clause holds.

The reading is given the facts the guard would give it (the amounts, the date), so each case
asks only whom the sentence is about.
"""

from __future__ import annotations

import re

import pytest

from clinicrep.guidelines.clause_reading import WhomReading
from clinicrep.guidelines.engine import ClauseIndex, Hit, lowered, split_text
from clinicrep.guidelines.rulepack import language_pack

_AMOUNT = re.compile(r"\$\d+|\d+\s?(?:zł|元|грн|руб)")


def _reading(text: str, language: str, facts: list[Hit]) -> tuple[WhomReading, ClauseIndex]:
    pack = language_pack(language)
    sentences, clauses = split_text(text, pack.clause_breaks, pack.abbreviations)
    index = ClauseIndex(clauses)
    whom = WhomReading(
        text,
        lowered(text),
        [language],
        clauses,
        sentences,
        facts=[(index.of(h.start), h) for h in facts],
        addressees=[],
        name_spans=[],
    )
    return whom, index


def _is_price_list(text: str, language: str) -> bool:
    amounts = [Hit(m.start(), m.end(), "billing", "") for m in _AMOUNT.finditer(text)]
    whom, index = _reading(text, language, amounts)
    return whom.price_list(index.of(amounts[0].start))


@pytest.mark.parametrize(
    ("language", "text", "everyones"),
    [
        ("pl", "Nasze ceny: przegląd 350 zł, zdjęcie 60 zł.", True),
        ("zh", "我们的价格：检查加洁牙298元，根尖片40元。", True),
        ("en", "Our prices: a check-up is $80 and an X-ray is $40.", True),
        # one amount is no list
        ("pl", "Nasze ceny: przegląd 350 zł.", False),
        # the same amounts as someone's balance, spoken to them
        ("zh", "我们的价格：您的检查加洁牙298元，根尖片40元。", False),
        ("en", "Our prices: you paid $80 for the check-up and $40 for your X-ray.", False),
        # amounts with no word saying they are prices
        ("en", "Balance due: $800 for the crown and $60 for the X-ray.", False),
    ],
)
def test_a_price_list_sentence_with_no_one_in_it_is_everyones(
    language: str, text: str, everyones: bool
) -> None:
    assert _is_price_list(text, language) is everyones


def _is_calendar(text: str, language: str, date: str) -> bool:
    at = text.index(date)
    hit = Hit(at, at + len(date), "dates", "")
    whom, index = _reading(text, language, [hit])
    return whom.date_span(index.of(at), hit)


@pytest.mark.parametrize(
    ("language", "text", "date", "calendar"),
    [
        ("en", "We are renovating the second floor from March 10 to 14.", "March 10", True),
        ("ru", "С 10 по 14 марта на втором этаже идёт ремонт.", "14 марта", True),
        ("pl", "Od 10 do 14 marca remontujemy drugie piętro.", "14 marca", True),
        # a stay names whose it is
        ("en", "You stayed with us from March 10 to 14.", "March 10", False),
        # one day is no span
        ("en", "We are closed on March 10 for the renovation.", "March 10", False),
    ],
)
def test_a_span_of_days_with_no_one_in_its_clause_is_the_calendar(
    language: str, text: str, date: str, calendar: bool
) -> None:
    assert _is_calendar(text, language, date) is calendar


def test_a_clauses_conditions_are_read_once_and_are_those_conditions_in_finds(monkeypatch):
    """Each health word of a clause asks whether it is inside the clause's condition: the
    condition phrases are scanned once a clause (they were scanned again for each word), and
    what is kept is what ``conditions_in`` finds."""
    from clinicrep.guidelines import engine
    from clinicrep.guidelines.clause_reading import conditions_in

    text = "If your child has a fever or a rash after the vaccine, call us the same day."
    words = [Hit(m.start(), m.end(), "health", "") for m in re.finditer(r"fever|rash", text)]
    whom, index = _reading(text, "en", words)
    condition = language_pack("en").phrases["condition"]
    scans: list[tuple[int, int]] = []
    scan = engine.PhraseSet.finditer_in

    def counted(self, text, low, start, end):  # type: ignore[no-untyped-def]
        if self is condition:
            scans.append((start, end))
        return scan(self, text, low, start, end)

    monkeypatch.setattr(engine.PhraseSet, "finditer_in", counted)
    clause = index.of(words[0].start)
    assert index.of(words[1].start) == clause
    supposed = [whom.supposed(clause, hit) for hit in words]
    assert supposed == [True, True]  # anyone's child's fever: said of anyone
    assert all(whom.supposed_at(clause, hit.start, hit.end) for hit in words)
    assert len(scans) <= 1, scans  # read once (or already, when the reading was built)
    start, end = whom.clauses[clause]
    assert whom._conditions_in(start, end) == conditions_in(text, lowered(text), ["en"], start, end)
