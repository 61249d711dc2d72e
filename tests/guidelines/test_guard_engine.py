"""The guard's engine as a tuner of any language relies on it: word families named by a
beginning or an ending, phrases looked up by their first letters, white space of every kind."""

from __future__ import annotations

import random
import re

import pytest

from clinicrep.guidelines import engine
from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.engine import PhraseTable, WordFamilies, lowered, lowered_pattern
from clinicrep.guidelines.languages import morphology


def test_a_word_family_can_be_named_by_its_beginning() -> None:
    families = WordFamilies(morphology("en"), {"health": ["thrombo-"]})
    text = "Hope the thrombophlebitis settles; thrombo alone is no word, nor is thrombus."
    assert [text[h.start : h.end] for h in families.find(text)] == ["thrombophlebitis"]


def test_a_known_ending_says_more_than_a_beginning() -> None:
    families = WordFamilies(morphology("en"), {"health": ["cardio-"], "care": ["-ologist"]})
    text = "The cardiologist reviewed the cardiomyopathy."
    found = [(text[h.start : h.end], h.kind) for h in families.find(text)]
    assert found == [("cardiologist", "care"), ("cardiomyopathy", "health")]


def test_a_rare_medicine_or_procedure_is_found_by_how_its_name_is_built() -> None:
    for reply in (
        "We're really pleased the nitrofurantoin cleared things up so quickly.",
        "Hope the blepharoplasty healed nicely, Fiona.",
        "Glad the keratoconus lenses are comfortable.",
    ):
        rules = {f.rule for f in find_confidentiality_problems(reply, language="en")}
        assert "health_detail" in rules, reply


def test_the_same_words_about_the_practice_in_general_are_no_finding() -> None:
    reply = "Our dermatology clinic runs mole checks and eczema consultations every weekday."
    assert find_confidentiality_problems(reply, language="en") == []


def test_lowered_text_keeps_every_offset_and_makes_all_white_space_a_space() -> None:
    text = "Your\u00a0next\tvisit\nis   booked"
    low = lowered(text)
    assert low is not None and len(low) == len(text)
    assert low == "your next visit is   booked"


def _plain_scan(categories: dict[str, list[str]], text: str) -> set[tuple[str, int, int]]:
    """What each entry finds on its own at word starts: the answer the keyed table must give."""
    found = set()
    low = lowered(text) or text.lower()
    for kind, entries in categories.items():
        for entry in entries:
            for m in re.finditer(r"(?<!\w)(?:" + lowered_pattern(entry) + ")", low):
                found.add((kind, m.start(), m.end()))
    return found


def _agrees_with_a_full_scan(
    table: PhraseTable,
    categories: dict[str, list[str]],
    words: list[str],
    spaces: list[str],
    seed: int,
    texts: int,
) -> None:
    """Random texts of ``words``: what the table finds is what a full scan finds."""
    rng = random.Random(seed)
    for _ in range(texts):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        text = text.replace(" ", rng.choice(spaces), 3)
        found = {(kind, m.start(), m.end()) for kind, m in table.finditer(text, lowered(text))}
        # the table never overlaps two findings; each it reports is one a full scan reports
        assert found <= _plain_scan(categories, text), text
        # and every place a full scan finds something, the table finds something too
        starts = {start for _, start, _ in found}
        covered = {i for _, s, e in found for i in range(s, e)}
        for _, start, _ in _plain_scan(categories, text):
            assert start in starts or start in covered, text


def test_phrases_looked_up_by_their_first_letters_find_what_a_full_scan_finds() -> None:
    # entries crowded on the same two letters ("yo") are told apart by three; a "\s" counts
    categories = {
        "confirms_patient": [
            r"your\s+next\s+visit",
            r"you\s+were\s+seen",
            r"you're\s+registered",
            r"young\s+patients?",
            r"you've\s+been\s+coming",
            r"yoga\s+class",
            r"you\s+came\s+in",
            r"your\s+usual\s+slot",
        ],
        "dates": [r"(?:a|an|two)\s+(?:days?|weeks?)\s+ago", r"\d{1,2}\s*(?:am|pm)"],
        "reward": [r"\d+\s*%\s*off", r"free\s+\w+"],
    }
    table = PhraseTable(categories, anchored=True)
    words = (
        "your next visit you were seen you're registered young patient you've been coming "
        "yoga class you came in your usual slot a day ago two weeks ago 10 am 20% off free "
        "polish yonder yogurt"
    ).split()
    _agrees_with_a_full_scan(table, categories, words, [" ", "\n", "\u00a0", "  "], 16, 200)


def test_phrases_crowded_on_their_first_words_find_what_a_full_scan_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # many entries start "the " (in English, hundreds): they are told apart by up to six
    # letters ("the bi", "the ne"), and an entry that goes on with any word stays with "the "
    monkeypatch.setattr(engine, "_VERY_CROWDED", 2)  # a dozen entries here stand for hundreds
    categories = {
        "health": [
            r"the\s+biopsy",
            r"the\s+bite\s+guard",
            r"the\s+new\s+inhaler",
            r"the\s+next\s+dose",
            r"the\s+results?\s+(?:came|were)",
            r"the\s+rash",
            r"the\s+steroid",
            r"the\s+stitches",
            r"(?:your|the)\s+scan",
        ],
        "dates": [r"the\s+\w+\s+before\s+last", r"the\s+next\s+day", r"then\s+on\s+monday"],
        "care": [r"them\s+again", r"there\s+for\s+you", r"the\s+same\s+doctor"],
    }
    table = PhraseTable(categories, anchored=True)
    assert max(len(key) for level in table._by_key for key in level) >= 5  # "the b", "the ne"
    words = (
        "the biopsy the bite guard the new inhaler the next dose the result came the results "
        "were the rash the steroid the stitches your scan the scan the week before last the next "
        "day then on monday them again there for you the same doctor the then them theme"
    ).split()
    _agrees_with_a_full_scan(table, categories, words, [" ", "\n", "  "], 5, 300)


def test_phrases_of_two_categories_that_overlap_are_both_found() -> None:
    table = PhraseTable(
        {"care": [r"see\s+you\s+on"], "dates": [r"on\s+tuesday"], "money": ["月\\d+号"]},
        anchored=True,
    )
    text = "We'll see you on Tuesday."
    found = [(kind, m.group()) for kind, m in table.finditer(text, lowered(text))]
    assert found == [("care", "see you on"), ("dates", "on tuesday")]
    chinese = PhraseTable({"dates": ["下个月\\d+号"], "money": ["月\\d+号"]}, anchored=False)
    text = "下个月15号见"
    found = [(kind, m.group()) for kind, m in chinese.finditer(text, lowered(text))]
    assert found == [("dates", "下个月15号"), ("money", "月15号")]


def test_a_reply_with_a_visit_and_a_day_in_one_phrase_has_both_findings() -> None:
    findings = find_confidentiality_problems(
        "Thanks Ann, we'll see you on Tuesday for the filling.", language="en"
    )
    rules = {(f.rule, f.text) for f in findings}
    assert ("confirms_patient", "we'll see you on") in rules
    assert ("date", "on Tuesday") in rules


def test_chinese_terms_are_found_wherever_they_start_overlapping_ones_too() -> None:
    # terms sharing their first character, a term of one character, one ending the text, a
    # Latin term that must stand as a word of its own
    families = WordFamilies(
        morphology("zh"),
        {"health": ["牙", "牙周炎", "牙周", "拔牙", "HPV", "周炎"], "care": ["复诊", "复查"]},
    )
    text = "拔牙后牙周炎复查，HPV与HPVX无关，下次复诊"
    found = [(text[h.start : h.end], h.kind) for h in families.find(text)]
    assert found == [
        ("拔牙", "health"),
        ("牙", "health"),
        ("牙", "health"),
        ("牙周炎", "health"),
        ("牙周", "health"),
        ("周炎", "health"),
        ("复查", "care"),
        ("HPV", "health"),
        ("复诊", "care"),
    ]


def test_a_top_level_choice_is_read_past_groups_classes_and_escapes() -> None:
    # the table keeps of an entry only the alternatives that can start where it is tried
    assert engine.top_alternatives(r"(?:a|b(?:c|d))") == ("a", "b(?:c|d)")
    assert engine.top_alternatives(r"a|b(?:c|d)") == ("a", "b(?:c|d)")
    assert engine.top_alternatives(r"(?:a|b)c") == ("(?:a|b)c",)
    assert engine.top_alternatives(r"(?:a)|(?:b)") == ("(?:a)", "(?:b)")
    assert engine.top_alternatives(r"[]|]x|\|y|[^]|)]z") == ("[]|]x", r"\|y", "[^]|)]z")
    assert engine.top_alternatives(r"\(a|b\)") == (r"\(a", r"b\)")


def test_the_pattern_tried_at_a_word_holds_only_what_can_start_there() -> None:
    # gspeed29b: "the " held 28 entries of 7,000 characters in English, most of their
    # alternatives starting otherwise ("working on your back|...|the next shot is due"); at a
    # word starting "th" only "the next shot is due" is tried now, with the same matches
    categories = {
        "confirms_patient": [
            r"(?:working\s+on|treating)\s+your\s+back|the\s+next\s+shot\s+is\s+due",
            r"(?:the\s+)?week\s+before\s+last|then\s+again",
        ],
        "dates": [r"(?:first\s+thing|early)\s+on\s+monday|thursday|(?:the|that)\s+same\s+day"],
    }
    table = PhraseTable(categories, anchored=True)
    tried = {key: table._by_key[len(key) - 1][key].source for key in ("th", "wo", "we")}
    assert "working" not in tried["th"] and "treating" not in tried["th"]
    assert "next" in tried["th"] and "thursday" in tried["th"] and "then" in tried["th"]
    assert "week" in tried["th"]  # "(?:the\s+)?week": kept, it can start with "the"
    assert "next" not in tried["wo"] and "working" in tried["wo"]
    assert "week" in tried["we"] and "then" not in tried["we"]
    words = (
        "working on your back treating your back the next shot is due the week before last "
        "week before last then again first thing on monday early on monday thursday the same "
        "day that same day the then this week that"
    ).split()
    _agrees_with_a_full_scan(table, categories, words, [" ", "\n"], 29, 300)


def test_a_table_of_only_the_alternatives_finds_what_the_whole_entries_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the same matches, in the same order and of the same kinds, as a table of whole entries
    categories = {
        "health": [r"(?:the|your)\s+(?:rash|scan)|rash\s+cream|(?:the\s+)?drops\s+work"],
        "dates": [r"the\s+day\s+before|(?:the\s+)?day\s+after|(?:early|late)\s+on\s+\w+"],
        "care": [r"the\s+\w+\s+again|your\s+next\s+visit|\w+\s+visit"],
    }
    words = (
        "the your rash scan cream drops work day before after early late on monday again "
        "next visit a"
    ).split()
    pruned = PhraseTable(categories, anchored=True)
    monkeypatch.setattr(engine, "_alternatives_from", lambda entry, key: entry)
    whole = PhraseTable(categories, anchored=True)
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        low = lowered(text)
        assert [(k, m.span()) for k, m in pruned.finditer(text, low)] == [
            (k, m.span()) for k, m in whole.finditer(text, low)
        ], text
