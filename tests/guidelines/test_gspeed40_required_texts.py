"""Session 40 (gspeed40): scans spared where a text cannot hold a match, with the same matches.

``engine.required_texts`` reads, from a pattern, texts one of which every match holds; a
phrase table's pattern scanned over the whole text (its "generic" entries) is scanned only for
the entries whose texts the text holds, and a reading's pattern scanned in windows
(``clause_reading._windowed``) not at all where the text holds none. A reading's stems are
grouped by their first letter. None of this may change a match.
"""

from __future__ import annotations

import re

import pytest

from clinicrep.guidelines import clause_reading
from clinicrep.guidelines.engine import PhraseTable, lowered, required_texts


def test_required_texts_are_read_from_letters_in_a_row_and_every_branch():
    found = required_texts(r"\w+['’]s\s+(?:next|first)\s+visits?")
    assert frozenset({"'s", "’s"}) in found
    assert frozenset({"next", "first"}) in found
    assert frozenset({"visit"}) in found


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:abc)?d",  # optional: only "d" is required
        r"x*d",
        r"(?=abc)d",  # a look-ahead consumes nothing
        r"(?:abc|)d",  # a branch that can be empty
    ],
)
def test_optional_parts_require_nothing(pattern):
    assert required_texts(pattern) == (frozenset({"d"}),)


def test_a_pattern_with_flags_requires_nothing():
    assert required_texts(r"(?i:abc)") == ()
    assert required_texts(r"\w+") == ()


# entries a table scans over the whole text: they start with a look-behind and "\w", so no
# word beginning can pick them
_CATEGORIES = {
    "confirms_patient": [r"\w+['’]s\s+(?:next|annual)\s+(?:check-?ups?|visits?)"],
    "dates": [r"\w+day\s+(?:morning|evening)", r"(?:[\w-]+\s+){0,2}on\s+call"],
    "care": ["treated", r"\w*scop(?:y|ies)"],
}
_TEXTS = [
    "Your son's next visit is booked.",
    "We are on call; Tuesday morning and Monday evening too.",
    "Nothing here at all.",
    "Anna's annual check-up and the ward on call, Friday morning; a colonoscopy.",
    "Her son's next check-up: treated by our endoscopy team.",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_table_finds_what_its_whole_patterns_find(text):
    table = PhraseTable(_CATEGORIES, anchored=True)
    whole = PhraseTable(_CATEGORIES, anchored=True)
    whole._generic_entries = None  # the whole pattern scanned, always
    low = lowered(text)
    found = [(kind, m.span()) for kind, m in table.finditer(text, low)]
    assert found == [(kind, m.span()) for kind, m in whole.finditer(text, low)]


def test_a_table_scans_only_the_entries_whose_texts_are_there():
    table = PhraseTable(_CATEGORIES, anchored=True)
    assert table._generic_entries is not None
    assert table._generic_for(lowered("Nothing here at all.")) is None
    some = table._generic_for(lowered("See you on call."))
    assert some is not None and "on\\s+call" in some.pattern and "next" not in some.pattern
    every = lowered(_TEXTS[3])
    assert table._generic_for(every) is table._generic
    found = [(kind, every[m.start() : m.end()]) for kind, m in table.finditer(_TEXTS[3], every)]
    assert ("confirms_patient", "anna's annual check-up") in found
    assert ("dates", "friday morning") in found


def test_a_windowed_scan_is_spared_only_where_no_match_can_be():
    pattern = re.compile(r"(?<!\w)(?:our\s+records\s+show|previous\s+letters?)")
    text = "we checked and our   records show nothing"
    assert clause_reading._may_hold(pattern, text, 0, len(text))
    assert [m.span() for m in clause_reading._windowed(pattern, text, 0, len(text))] == [
        m.span() for m in pattern.finditer(text)
    ]
    assert not clause_reading._may_hold(pattern, text, 0, text.index("records"))
    assert list(clause_reading._windowed(pattern, "nothing of the kind", 0, 19)) == []
    blind = re.compile("records", re.IGNORECASE)
    assert clause_reading._may_hold(blind, "RECORDS", 0, 7)  # case-blind: never spared


def test_stems_grouped_by_first_letter_match_as_the_plain_alternation():
    stems = ["part of the family", "practically family", "ab", "abc", "b$", "cd", "de"]
    stems += [f"{letter}x" for letter in "fghijklmn"]  # more first letters than are scanned for
    grouped = clause_reading._stems_pattern(stems, segmented=True)
    assert grouped is not None
    alternatives = sorted({s.casefold() for s in stems}, key=len, reverse=True)
    plain = re.compile(
        r"(?<!\w)(?:"
        + "|".join(
            re.escape(s[:-1]) + r"(?!\w)" if s.endswith("$") else re.escape(s) + r"[\w'’-]*"
            for s in alternatives
        )
        + ")"
    )
    text = "abcd b bc de abc part of the family's gx fxy practically family, cd-e nxt"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert grouped.pattern.startswith(r"(?<!\w)(?:p(?:")


def test_a_real_tables_scans_find_the_same():
    """The English rules' facts over replies that hold and lack their generic entries' words."""
    from clinicrep.guidelines.rulepack import language_pack

    table = language_pack("en").facts
    texts = [
        "Your daughter's next check-up is on Monday.",
        "Thank you for the kind words about the team.",
        "Sam's annual appointment went well; see you next month.",
    ]
    for text in texts:
        low = lowered(text)
        assert low is not None
        whole = table._generic
        assert whole is not None
        gated = table._generic_for(low)
        expected = [m.span() for m in whole.finditer(low)]
        got = [m.span() for m in gated.finditer(low)] if gated is not None else []
        assert got == expected
    assert table._generic_for(lowered(texts[1])) is None  # none of its words: no scan
