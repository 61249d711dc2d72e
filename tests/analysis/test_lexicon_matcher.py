"""The lexicon matcher's shortcuts (phrases sifted by the next word, Chinese lengths per first
character) find exactly what a plain scan of the terms finds."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from clinicrep.analysis import lexicon
from clinicrep.analysis.lexicon import Matcher

WORDS = ["не", "ни", "разу", "подвёл", "подвела", "был", "хорош", "врач", "очень", "хам", "."]
TERMS = [
    ("не", "-1", "negators"),
    ("не подв*", "3", "words"),
    ("ни разу не подв*", "3", "words"),
    ("ни разу", "0", "words"),
    ("не был хорош*", "-2", "words"),
    ("не хорош*", "-2", "words"),
    ("хорош*", "2", "words"),
    ("хам*", "-3", "words"),
    ("очень", "1.5", "intensifiers"),
    ("врач", "0", "words"),
]


def plain_find(terms: list[tuple[str, str, str]], tokens: list[str]) -> list[tuple[int, str]]:
    """Left to right; at each word the term covering the most words (first listed on a tie)."""
    found, i = [], 0
    while i < len(tokens):
        best = None
        for term, _value, _section in terms:
            parts = term.split()
            if i + len(parts) > len(tokens):
                continue
            if all(
                tok.startswith(p[:-1]) if p.endswith("*") else tok == p
                for p, tok in zip(parts, tokens[i:], strict=False)
            ) and (best is None or len(parts) > len(best.split())):
                best = term
        if best is None:
            i += 1
        else:
            found.append((i, best))
            i += len(best.split())
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_phrases_sifted_by_the_next_word_match_as_a_plain_scan(tokens: list[str]) -> None:
    matcher = Matcher()
    for term, value, section in TERMS:
        matcher.add(term, value, section)
    got = [(m.start, m.term) for m in matcher.find(tokens)]
    assert got == plain_find(TERMS, tokens)
    assert [(m.start, m.term) for m in matcher.find(tokens)] == got  # the memos change nothing


CHINESE = ["不错", "不", "错", "好", "很好", "好像", "态度", "态度差", "差", "差不多"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="不错好很像态度差多。", max_size=16))
def test_chinese_substrings_match_the_longest_term_at_each_place(text: str) -> None:
    matcher = Matcher()
    for term in CHINESE:
        matcher.add(term, "1")
    expected, i = [], 0
    while i < len(text):
        longest = max((t for t in CHINESE if text.startswith(t, i)), key=len, default=None)
        if longest is None:
            i += 1
        else:
            expected.append((i, longest))
            i += len(longest)
    assert [(m.start, m.term) for m in matcher.find_chars(text)] == expected


# A lexicon whose terms start with hundreds of characters (the Chinese sentiment and aspects
# lexicons) is walked character by character, not searched from start to start: the CHINESE
# terms among 300 others (of two characters, each starting with a character of its own) must
# be found as the plain scan finds them, a longer term that fails part way falling back to
# the shorter one it goes through ("态度差" in "态度好", "差不多" in "差不").
FILLERS = [chr(0x4E00 + 3 * k) + "度" for k in range(300)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="不错好很像态度差多。" + "".join(f[0] for f in FILLERS[:20]), max_size=16))
def test_a_lexicon_of_many_start_characters_finds_what_the_plain_scan_finds(text: str) -> None:
    terms = CHINESE + FILLERS
    matcher = Matcher()
    for term in terms:
        matcher.add(term, "1")
    found = [(m.start, m.term) for m in matcher.find_chars(text)]
    assert matcher._dense  # (the walk character by character is what is tested)
    assert found == plain_substrings(terms, text)


def plain_substrings(terms: list[str], text: str) -> list[tuple[int, str]]:
    """Left to right; at each place the longest term that starts there."""
    found, i = [], 0
    while i < len(text):
        longest = max((t for t in terms if text.startswith(t, i)), key=len, default=None)
        if longest is None:
            i += 1
        else:
            found.append((i, longest))
            i += len(longest)
    return found


# Emoji of the lexicon, emoji between them that it lacks (the start pattern's range lets them
# through), a heart with its variation selector, an emoticon, and plain letters (ASCII and
# not: a text that is not ASCII and holds none of the few characters that start a term is
# skipped whole, see Matcher._few_starts).
EMOJI_TERMS = ["😊", "😍", "👍", "💩", "❤", "❤️", ":)", ":-("]
EMOJI_TEXT = "😊😍👍💩❤️\ufe0f🙃😐🥲👎:)-( a:żЖ"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=EMOJI_TEXT, max_size=16))
def test_emoji_match_as_a_plain_scan_with_unknown_emoji_between(text: str) -> None:
    matcher = Matcher()
    for term in EMOJI_TERMS:
        matcher.add(term, "1")
    assert [(m.start, m.term) for m in matcher.find_chars(text)] == plain_substrings(
        EMOJI_TERMS, text
    )


def test_a_lexicon_of_emoji_finds_nothing_in_plain_text_and_still_finds_its_emoji() -> None:
    matcher = Matcher()
    for term in ("🤬", "😡"):
        matcher.add(term, "anger", "anger")
    assert list(matcher.find_chars("the doctor was rude :( 5/10")) == []
    assert [m.term for m in matcher.find_chars("rude 😡😡 ok 🤬")] == ["😡", "😡", "🤬"]
    # texts that are not ASCII: without an emoji, with one, with a lone surrogate
    assert list(matcher.find_chars("lekarz był niemiły, żadnej pomocy")) == []
    assert [m.term for m in matcher.find_chars("żadnej pomocy 😡")] == ["😡"]
    assert list(matcher.find_chars("врач \ud83d грубый")) == []


NUMBERED = ["5g", "5", "12", "1", "mast", "masts", "the", ".", "2026", "x5g"]
NUMBER_TERMS = [
    ("5g*", "1", "misinformation"),
    ("5g mast*", "2", "misinformation"),
    ("mast", "1", "words"),
    ("the", "0", "words"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NUMBERED), max_size=12))
def test_numbers_are_matched_where_a_term_starts_with_a_digit_and_skipped_elsewhere(
    tokens: list[str],
) -> None:
    with_digits = Matcher()
    for term, value, section in NUMBER_TERMS:
        with_digits.add(term, value, section)
    words_only = Matcher()
    for term, value, section in NUMBER_TERMS[2:]:
        words_only.add(term, value, section)
    for _ in range(2):  # the second time from what the memo kept (numbers: nothing)
        assert [(m.start, m.term) for m in with_digits.find(tokens)] == plain_find(
            NUMBER_TERMS, tokens
        )
        assert [(m.start, m.term) for m in words_only.find(tokens)] == plain_find(
            NUMBER_TERMS[2:], tokens
        )
    assert not any(t[:1].isdigit() for t in words_only._memo or {})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcXYZ019 _'’.,!?;\n\r\t:-", max_size=40))
def test_ascii_text_is_cut_into_the_words_the_unicode_pattern_finds(text: str) -> None:
    """Also a text ASCII but for its typographic apostrophes (it takes the ASCII path), and
    words with several apostrophes ("a'b'c", "'tis", "dogs'")."""
    from clinicrep.analysis import lexicon

    plain = text.replace("’", "'")
    if plain.isascii():
        unicode_words = lexicon._TOKEN.findall(lexicon._ENDS.sub(".", plain.lower()))
        assert list(lexicon.tokenize.__wrapped__(text)) == unicode_words


def test_a_line_with_choices_in_braces_stands_for_every_combination():
    from clinicrep.analysis.lexicon import parse_lexicon

    sections = parse_lexicon(
        "[words]\n{waited|wait} {at most|only} {five|5} min* 2\n{只|最多}等了五分钟 2\n"
    )
    terms = [term for term, _ in sections["words"]]
    assert "waited at most five min*" in terms and "wait only 5 min*" in terms
    assert len(terms) == 8 + 2 and "最多等了五分钟" in terms
    assert {value for _, value in sections["words"]} == {"2"}


def test_substring_terms_compile_for_the_characters_met_and_again_after_an_add() -> None:
    matcher = Matcher()
    for term in ("医生", "医生很好", "服务", "排队", "停车场"):
        matcher.add(term, "1")
    assert [m.term for m in matcher.find_chars("医生很好，服务一般")] == ["医生很好", "服务"]
    # only the characters met where a term could start have their expression (of 4)
    assert matcher._terms_at is not None
    assert sorted(matcher._terms_at) == ["医", "服"]
    # a term added later, starting with a character already compiled, is found
    matcher.add("服务很好", "2")
    assert [m.term for m in matcher.find_chars("医生很好，服务很好")] == ["医生很好", "服务很好"]
    assert [m.term for m in matcher.find_chars("排队太久")] == ["排队"]


# A word that starts many phrases ("nie" starts a thousand in the Polish sentiment lexicon) has
# them indexed by their second word (lexicon._SecondWords): it must find what the plain sifting
# of every phrase finds.
SECOND = ["był", "była", "pomógł", "polecam", "dobry", "dobrze", "miły", "zły", "z"]
MANY = [
    ("nie", "-1", "negators"),
    *((f"nie {w[:k]}*", f"-{k}", "words") for w in SECOND for k in (1, 2, 3)),
    *((f"nie {w}", "-2", "words") for w in SECOND),
    *((f"nie {w} {v}*", "-3", "words") for w in SECOND[:3] for v in SECOND[3:6]),
]
MANY_TOKENS = ["nie", *SECOND, "polecamy", "b", "x", "."]


def many_phrases() -> Matcher:
    matcher = Matcher()
    for term, value, section in MANY:
        matcher.add(term, value, section)
    return matcher


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MANY_TOKENS), max_size=14))
def test_a_word_of_many_phrases_finds_by_its_index_what_sifting_every_phrase_finds(
    tokens: list[str],
) -> None:
    assert len(MANY) > lexicon._INDEXED_FROM + 1
    indexed = [(m.start, m.length, m.term, m.value) for m in many_phrases().find(tokens)]
    with patch.object(lexicon, "_INDEXED_FROM", 10**9):
        sifted = [(m.start, m.length, m.term, m.value) for m in many_phrases().find(tokens)]
    assert indexed == sifted


def test_the_second_word_index_is_kept_for_words_of_many_phrases_and_dropped_by_an_add() -> None:
    matcher = many_phrases()
    matcher.add("z", "0", "words")
    assert [m.term for m in matcher.find(["nie", "pomógł", "z", "dobrze"])] == ["nie p*", "z"]
    assert list(matcher._seconds) == ["nie"]  # not "z": it starts one term
    matcher.add("nie pomógł z", "-4", "words")
    assert matcher._seconds == {}
    assert [m.term for m in matcher.find(["nie", "pomógł", "z", "dobrze"])] == ["nie pomógł z"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MANY_TOKENS), max_size=14))
def test_a_pair_of_many_phrases_narrowed_by_the_third_word_finds_what_a_plain_scan_finds(
    tokens: list[str],
) -> None:
    # "nie był" goes on into more phrases than lexicon._NARROWED_FROM: they are narrowed by
    # the word after the pair (Matcher._then)
    matcher = many_phrases()
    kept = matcher._after("nie", "był", lexicon._Candidates(matcher)["nie"])
    assert len(kept) > lexicon._NARROWED_FROM
    found = [(m.start, m.term) for m in matcher.find(tokens)]
    assert found == plain_find(MANY, tokens)
    assert [(m.start, m.term) for m in matcher.find(tokens)] == found  # from the memo
    with patch.object(lexicon, "_NARROWED_FROM", 10**9):
        assert [(m.start, m.term) for m in many_phrases().find(tokens)] == found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(NUMBERED + MANY_TOKENS + WORDS), max_size=14),
    st.lists(st.sampled_from(NUMBERED + MANY_TOKENS + WORDS), max_size=3),
)
def test_matchers_that_read_the_same_words_find_together_what_each_finds_alone(
    tokens: list[str], other: list[str]
) -> None:
    # one language's lexicons look each word up once for all of them (lexicon.read_together)
    alone = [many_phrases(), Matcher(), Matcher()]
    for term, value, section in TERMS:
        alone[1].add(term, value, section)
    for term, value, section in NUMBER_TERMS:
        alone[2].add(term, value, section)
    together = [lexicon.copy_matcher(m) for m in alone]
    group = f"test-{id(together)}"
    for m in together:
        assert lexicon.read_together(group, m) is m
    words, others = tuple(tokens), tuple(other)
    expected = [[(m.start, m.term) for m in each.find(words)] for each in alone]
    for _ in range(2):  # the same tuple of words in turns with another, then from the memo
        for i in (2, 0, 1):
            assert [(m.start, m.term) for m in together[i].find(words)] == expected[i]
            assert [(m.start, m.term) for m in together[i].find(others)] == [
                (m.start, m.term) for m in alone[i].find(others)
            ]
    starts = set().union(*(m.initials for m in together))
    # numbers are remembered only where a term starts with their first digit, as alone
    assert all(t[:1] in starts for t in lexicon._GROUPS[group].memo if t[:1].isdigit())
    lexicon._GROUPS.pop(group)


def test_a_term_added_to_a_matcher_that_reads_with_others_is_found_at_once() -> None:
    first, second = Matcher(), Matcher()
    first.add("wait*", "-1", "waiting")
    second.add("rude", "-2", "words")
    lexicon.read_together("test-added", first)
    lexicon.read_together("test-added", second)
    words = ("the", "wait", "was", "rude")
    assert [m.term for m in first.find(words)] == ["wait*"]
    assert [m.term for m in second.find(words)] == ["rude"]
    second.add("the wait", "-1", "words")
    assert [m.term for m in second.find(words)] == ["the wait", "rude"]
    assert [m.term for m in first.find(words)] == ["wait*"]
    listed = ["rude", "wait"]  # a list of words may change between two calls
    assert [m.term for m in second.find(listed)] == ["rude"]
    listed[1] = "rude"
    assert [m.term for m in second.find(listed)] == ["rude", "rude"]
    lexicon._GROUPS.pop("test-added")


def test_a_number_no_term_starts_is_found_once_a_matcher_of_its_group_gains_one() -> None:
    # a number that starts no term of any matcher of a group is answered at once with an empty
    # row (_SharedLookup.numbered); a term starting with its digit, added later to any of them
    # or brought by a matcher that joins, is found at once
    first, second = Matcher(), Matcher()
    first.add("mast*", "1", "words")
    second.add("the", "0", "words")
    lexicon.read_together("test-numbers", first)
    lexicon.read_together("test-numbers", second)
    words = ("the", "5g", "mast", "#", "12")
    assert [m.term for m in first.find(words)] == ["mast*"]
    assert [m.term for m in second.find(words)] == ["the"]
    second.add("5g mast*", "-1", "misinformation")
    assert [(m.start, m.term) for m in second.find(words)] == [(0, "the"), (1, "5g mast*")]
    assert [m.term for m in first.find(words)] == ["mast*"]
    third = Matcher()
    third.add("12", "1", "words")
    lexicon.read_together("test-numbers", third)
    assert [(m.start, m.term) for m in third.find(words)] == [(4, "12")]
    assert [(m.start, m.term) for m in second.find(words)] == [(0, "the"), (1, "5g mast*")]
    lexicon._GROUPS.pop("test-numbers")


def test_a_matcher_that_joins_while_another_thread_looks_the_words_up_finds_its_terms() -> None:
    first, second = Matcher(), Matcher()
    first.add("rude", "-2", "words")
    second.add("wait*", "-1", "waiting")
    lexicon.read_together("test-joined", first)
    words = ("the", "wait", "was", "rude")
    assert [m.term for m in first.find(words)] == ["rude"]
    shared = lexicon._GROUPS["test-joined"]
    looked_up_by_another_thread = shared.last  # (stored by it just after the join below)
    lexicon.read_together("test-joined", second)
    shared.last = looked_up_by_another_thread
    assert [m.term for m in second.find(words)] == ["wait*"]
    assert [m.term for m in first.find(words)] == ["rude"]
    lexicon._GROUPS.pop("test-joined")


def rest_matches_word_by_word(rest: tuple[str, ...], tokens: list[str], start: int) -> bool:
    """lexicon._rest_matches as it was written: a slice, and each word's star asked first."""
    if start + len(rest) > len(tokens):
        return False
    for part, token in zip(rest, tokens[start : start + len(rest)], strict=False):
        if part.endswith("*"):
            if not token.startswith(part[:-1]):
                return False
        elif token != part:
            return False
    return True


PHRASE_WORDS = ["a", "ab", "ab*", "a*", "b", "*", "ab*c", "x*"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PHRASE_WORDS), min_size=1, max_size=4).map(tuple),
    st.lists(st.sampled_from(["a", "ab", "abc", "b", "ba", "x", "*", "ab*", "."]), max_size=8),
    st.integers(0, 9),
)
def test_the_rest_of_a_phrase_matches_as_it_did_word_by_word(
    rest: tuple[str, ...], tokens: list[str], start: int
) -> None:
    """The words after a phrase's first (exact, stems, a token that is itself "ab*"), at every
    start, the phrase running past the end too; as a tuple and as a list."""
    expected = rest_matches_word_by_word(rest, tokens, start)
    assert lexicon._rest_matches(rest, tokens, start) == expected
    assert lexicon._rest_matches(rest, tuple(tokens), start) == expected
