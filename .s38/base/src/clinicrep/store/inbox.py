"""The inbox query: filters, full-text search and sort, answered with ordered ids.

Like Anki's browser table, a query returns only the ordered review ids; the table
model then reads the rows it draws, a page at a time (``reviews_by_ids``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import datetime

from clinicrep.model import (
    OPEN_STATUSES,
    AnswerClock,
    Aspect,
    Platform,
    Sentiment,
    Status,
    Topic,
    utc_now,
)
from clinicrep.search_forms import FOLDED_FROM, fold, is_short_cjk_word, stem_search_word
from clinicrep.store import dialect
from clinicrep.store.db import Database, iso
from clinicrep.store.locations import in_location, source_in_location

# The statuses whose answer clock runs (model.OPEN_STATUSES), as SQL. Written exactly as
# in migration 0005's index on the time-left sort, which SQLite matches by its text.
WAITING_SQL = "(" + ", ".join(f"'{s.value}'" for s in OPEN_STATUSES) + ")"

# what the user can sort by -> SQL expression (ties newest first, then by id). Each has an
# index (migration 0005) ending in created_at, so the ids come out of it already in order:
# sorting 100,000 reviews reads no table row. The text sorts by its first 40 characters.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "platform": ("r.platform",),
    "rating": ("r.rating",),
    "created": ("r.created_at",),
    "author": ("r.author COLLATE NOCASE",),
    "text": ("substr(r.text, 1, 40) COLLATE NOCASE",),
    "sentiment": ("r.sentiment_score",),
    "topics": ("r.first_topic",),
    "urgency": ("r.urgency",),
    "status": ("r.status",),
    # time left to answer runs out in creation order; answered ones after the open ones
    "time_left": (
        f"CASE WHEN status IN {WAITING_SQL} THEN 0 ELSE 1 END",
        "r.created_at",
    ),
}

# The same keys on PostgreSQL (migrations_pg/0011 indexes each): case folded as NOCASE
# does, and NULLs first going up, last going down, as SQLite sorts them.
PG_SORT_KEYS: dict[str, tuple[str, ...]] = {
    **SORT_KEYS,
    "author": ('lower(r.author COLLATE "C")',),
    "text": ('lower(substr(r.text, 1, 40) COLLATE "C")',),
}

_FTS_MIN = 3  # the trigram tokenizer needs three characters
_SEARCHED = ("r.text", "r.author", "r.title")
_INLINE_TERMS = 240  # instr() calls written into the query; SQLite's depth limit is 1,000
_WORD = re.compile(r"\S+")
_ROW_TESTED_WORDS = 8  # index words a first page may also find by testing rows


@dataclass(slots=True)
class ReviewQuery:
    """What the inbox shows. Empty collections mean "any"."""

    statuses: tuple[Status, ...] = ()
    platforms: tuple[Platform, ...] = ()
    source_ids: tuple[int, ...] = ()
    ratings: tuple[int, ...] = ()  # 1..5; 0 stands for "no rating"
    sentiments: tuple[Sentiment, ...] = ()
    topics: tuple[Topic, ...] = ()
    overdue: AnswerClock | None = None  # only open reviews past this clock's limit
    aspects: tuple[tuple[Aspect, Sentiment | None], ...] = ()  # praised/blamed (None: either)
    created_from: datetime | None = None
    created_to: datetime | None = None  # exclusive
    search: str = ""
    sort: str = "urgency"
    descending: bool = True
    include_missing: bool = True
    review_ids: tuple[int, ...] = field(default=())  # chart click-through
    location_id: int | None = None  # one location's sources (migration 0012); None: all
    waiting_for_approval: bool = False  # only replies waiting for the owner's approval

    @classmethod
    def needs_attention(cls) -> ReviewQuery:
        """The default view: what is still open, most urgent first."""
        return cls(statuses=OPEN_STATUSES, sort="urgency", descending=True)


def _case_variants(word: str) -> list[str]:
    """Every way a short word may be written in upper and lower case ("те": те, тЕ, Те,
    ТЕ): SQLite's own LIKE and lower() fold ASCII letters only."""
    variants = [""]
    for char in word:
        forms = dict.fromkeys((char, char.lower(), char.upper()))
        variants = [v + form for v in variants for form in forms]
    return variants


@dataclass(slots=True)
class _Filter:
    """A query's WHERE in three parts: the filters; the tests of short words, made on each
    row (no index can look them up); the words the search indexes answer as sets of ids,
    (FTS5 table, MATCH expression), with the same test made on a row where one is exact
    and cheap (``row_tests``: None when some word has none)."""

    status: tuple[str, list[object]] | None = None  # apart: a first page may test it per row
    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    tests: list[str] = field(default_factory=list)
    test_params: list[object] = field(default_factory=list)
    lookups: list[tuple[str, str]] = field(default_factory=list)
    row_tests: list[tuple[str, list[object]]] | None = field(default_factory=list)
    # PostgreSQL: where the search's clauses (and their parameters) start in clauses/params
    search_from: int | None = None
    search_params_from: int = 0
    pg_indexed: bool = False  # PostgreSQL: some word is one its search indexes look up

    def sql(
        self, *, walk_sort_index: bool = False, found_ids: dict[int, str] | None = None
    ) -> tuple[str, list[object]]:
        """`` WHERE ...`` and its parameters. ``walk_sort_index``: the ids the indexes found
        are only tested (the unary + keeps r.id's own index out of the plan), so SQLite walks
        the sort index and stops at the page's last row; otherwise it looks up each found
        row and sorts them (best when they are few)."""
        clauses = [*self._status_clauses(), *self.clauses, *self.tests]
        params = [*self._status_params(), *self.params, *self.test_params]
        column = "+r.id" if walk_sort_index else "r.id"
        for i, (table, expression) in enumerate(self.lookups):
            ids = (found_ids or {}).get(i)
            if ids is not None:  # what the index found already, as a JSON list
                clauses.append(f"{column} IN (SELECT value FROM json_each(?))")
                params.append(ids)
                continue
            clauses.append(f"{column} IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
            params.append(expression)
        return _joined(clauses), params

    def scan_sql(
        self, order: str, rows: int, limit: int, *, table: str = "reviews r"
    ) -> tuple[str, list[object]] | None:
        """The first ``limit`` ids among the first ``rows`` the filters pass, in display
        order, every word tested on each row: SQLite reads ``rows`` rows at most whatever the
        words are, and stops at the page's last match. None when a word has no row test."""
        if self.row_tests is None:
            return None
        tests = [*self.tests, *(test for test, _p in self.row_tests)]
        params = [*self._status_params(), *self.params, rows, *self.test_params]
        params.extend(p for _t, test_params in self.row_tests for p in test_params)
        inner = _joined([*self._status_clauses(), *self.clauses])
        sql = (
            f"SELECT id FROM (SELECT r.id AS id, r.author AS author, r.title AS title,"
            f" r.text AS text FROM {table}{inner} ORDER BY {order} LIMIT ?)"
            f" AS r{_joined(tests)} LIMIT ?"
        )
        return sql, [*params, limit]

    def window_sql(self, order: str, rows: int) -> tuple[str, list[object]]:
        """The ids of the first ``rows`` in display order, as one JSON list, walked along
        ``order``'s sort index: no row read (``_window_first_ids``: only with no filter or
        short word, which a row would be read for)."""
        assert not self.clauses and not self.tests and not self.status
        sql = (
            "SELECT json_group_array(id) FROM (SELECT r.id AS id FROM reviews r"
            f" ORDER BY {order} LIMIT ?)"
        )
        return sql, [rows]

    def status_walk_sql(
        self, order: str, rows: int, limit: int, *, with_row_tests: bool = False
    ) -> tuple[str, list[object]]:
        """Like ``scan_sql`` for a status filter ("needs attention"): the first ``rows``
        in display order along the sort index, the status (and short words) tested on
        each. The open reviews are mostly the urgent ones: 0.07 ms for the first page of a
        million, where the status index and a sort of its 100,000 open ones took 45 ms."""
        assert self.status is not None
        tests = [self.status[0], *self.tests]
        params = [*self.params, rows, *self.status[1], *self.test_params]
        if with_row_tests:  # the index's words too (``row_tests``), tested on each row
            assert self.row_tests is not None
            tests.extend(test for test, _p in self.row_tests)
            params.extend(p for _t, test_params in self.row_tests for p in test_params)
        sql = (
            f"SELECT id FROM (SELECT r.id AS id, r.status AS status, r.author AS author,"
            f" r.title AS title, r.text AS text FROM reviews r{_joined(self.clauses)}"
            f" ORDER BY {order} LIMIT ?) AS r{_joined(tests)} LIMIT ?"
        )
        return sql, [*params, limit]

    def _status_clauses(self) -> list[str]:
        return [self.status[0]] if self.status else []

    def _status_params(self) -> list[object]:
        return list(self.status[1]) if self.status else []


def _joined(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _like_test(word: str, *, twins: bool = True) -> tuple[str, list[object]]:
    """``word`` anywhere in the author, title or text, whatever the case of its letters.

    ``twins`` (a folded ASCII word, as the search indexes find it): a letter with diacritics
    stands for its plain one too ("zle" finds "Źle"); without (a word typed with them, "źle"),
    only as typed. LIKE first, with each letter it cannot decide left open ("_": a letter that
    has twins, a letter LIKE does not fold), which keeps its quick scan for a literal letter
    and lets few rows through; then GLOB on those, exact: each letter a class of its cases
    (and twins): "[zZźżŹŻ][lLłŁ][eEęĘ]", "[źŹ][lL][eE]"."""
    like = "".join(
        "_"
        if not char.isascii() or (twins and char.lower() in FOLDED_FROM)
        else _LIKE_ESCAPES.get(char, char)
        for char in word
    )
    glob = "".join(_glob_class(char, twins) for char in word)
    test = "(" + " OR ".join(f"({c} LIKE ? ESCAPE '\\' AND {c} GLOB ?)" for c in _SEARCHED) + ")"
    return test, [f"%{like}%", f"*{glob}*"] * len(_SEARCHED)


_LIKE_ESCAPES = {"\\": "\\\\", "%": "\\%", "_": "\\_"}


def _glob_class(char: str, twins: bool) -> str:
    lower, upper = char.lower(), char.upper()
    if not char.isalpha() or len(lower) != 1 or len(upper) != 1:
        return f"[{char}]" if char in "*?[" else char
    others = FOLDED_FROM.get(lower, "") if twins else ""
    return "[" + "".join(dict.fromkeys(lower + upper + others + others.upper())) + "]"


def _instr_test(variants: list[str]) -> tuple[str, list[object]]:
    """Any of ``variants`` anywhere in the author, title or text, as written."""
    test = "(" + " OR ".join(f"instr({c}, ?)" for _v in variants for c in _SEARCHED) + ")"
    return test, [v for v in variants for _c in _SEARCHED]


def _search_words(
    text: str,
) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """The words of a search, in four kinds: stems of three characters or more, folded as
    the indexes hold the text (``search_forms.fold``: "zaparkowac" finds "zaparkować"); CJK
    words of one or two characters (their FTS5 phrase); other short words; and the words
    typed with their diacritics, as typed: a row must also hold them so written ("źle" finds
    "Źle", not the "zle" of "znalazłem"; "zł" is no "zl"). Both stores search by these (one
    rule)."""
    long_words: dict[str, str] = {}
    cjk_words: dict[str, str] = {}
    short_words: dict[str, str] = {}
    exact_words: dict[str, str] = {}
    for word in _WORD.findall(text):
        if is_short_cjk_word(word):
            cjk_words.setdefault(word, _phrase(" ".join(word)))
        elif len(word) >= _FTS_MIN:
            # the stem, searched as a substring: "парковки" finds "парковка" (search_forms)
            stem = stem_search_word(word)
            folded = fold(stem)
            long_words.setdefault(folded.casefold(), folded)
            if folded != stem:
                exact_words.setdefault(stem.casefold(), stem)
        elif fold(word) != word:
            exact_words.setdefault(word.casefold(), word)
        else:
            short_words.setdefault(word.casefold(), word)
    return long_words, cjk_words, short_words, exact_words


def _pg_search_clause(text: str, found: _Filter) -> None:
    """``_search_clause`` on PostgreSQL: every word a test its indexes answer (store.dialect)."""
    long_words, cjk_words, short_words, exact_words = _search_words(text)
    found.pg_indexed = bool(long_words or cjk_words)
    for word in cjk_words:
        test, params = dialect.pg_cjk_word_test(word)
        found.clauses.append(test)
        found.params.extend(params)
    for word in [*long_words.values(), *short_words.values()]:
        test, params = dialect.pg_substring_test(word)
        found.clauses.append(test)
        found.params.extend(params)
    for word in exact_words.values():
        test, params = dialect.pg_exact_test(word)
        found.clauses.append(test)
        found.params.extend(params)


def _search_clause(text: str, found: _Filter) -> None:
    """Every word must occur in the author, title or text, whatever its case.

    Words of three characters or more go to the trigram index in one MATCH; CJK words of
    one or two characters (停车) to the CJK index (migration 0011), as phrases of their
    characters. Other short words (which no index can look up) are found with LIKE (ASCII)
    or instr() on each case variant; past a budget the rest are one clause however many
    there are (a JSON list walked by json_each). A clause per word made a query of 1,000
    short words exceed SQLite's expression depth ("Something went wrong").
    """
    long_words, cjk_words, short_words, exact_words = _search_words(text)
    if long_words:
        found.lookups.append(("reviews_fts", " AND ".join(map(_phrase, long_words.values()))))
    if cjk_words:
        found.lookups.append(("reviews_cjk", " AND ".join(cjk_words.values())))
    # the same words tested on a row, where that is exact and a first page gains by it: LIKE
    # folds ASCII as the trigram index does (it folds every alphabet: a Cyrillic stem has no
    # such test). The CJK index answers its phrases faster than rows can be read.
    if (
        long_words
        and not cjk_words
        and len(long_words) <= _ROW_TESTED_WORDS
        and all(stem.isascii() for stem in long_words.values())
    ):
        found.row_tests = [_like_test(stem) for stem in long_words.values()]
    else:
        found.row_tests = None
    # The first words inline (as fast as LIKE); past a budget that keeps the expression
    # shallow, the rest in one JSON clause (slower per row, but it sees only the rows the
    # inline words left).
    budget = _INLINE_TERMS
    rest: list[list[str]] = []
    patterns: list[str] = []  # past the budget: the GLOB patterns alone, in one clause
    for word in exact_words.values():
        # typed with its diacritics: also found so written, one LIKE and one GLOB a field
        test, params = _like_test(word, twins=False)
        if 2 * len(_SEARCHED) > budget:
            patterns.append(str(params[1]))
            continue
        budget -= 2 * len(_SEARCHED)
        found.tests.append(test)
        found.test_params.extend(params)
    if patterns:
        # (a field that is NULL answers NULL: coalesce keeps "not there" from passing)
        held = " OR ".join(f"{c} GLOB pattern.value" for c in _SEARCHED)
        found.tests.append(
            f"NOT EXISTS (SELECT 1 FROM json_each(?) AS pattern WHERE NOT coalesce({held}, 0))"
        )
        found.test_params.append(json.dumps(patterns, ensure_ascii=False))
    for word in short_words.values():
        # LIKE folds ASCII itself: one pattern, one pass (instr() over four case variants
        # reads the text four times); other alphabets need their variants
        variants = [word] if word.isascii() else _case_variants(word)
        terms = len(variants) * len(_SEARCHED) * (2 if word.isascii() else 1)  # LIKE and GLOB
        if terms > budget:
            rest.append(_case_variants(word))
            continue
        budget -= terms
        test, params = _like_test(word) if word.isascii() else _instr_test(variants)
        found.tests.append(test)
        found.test_params.extend(params)
    if rest:
        found_in = " OR ".join(f"instr({c}, form.value)" for c in _SEARCHED)
        found.tests.append(
            "NOT EXISTS (SELECT 1 FROM json_each(?) AS word WHERE NOT EXISTS ("
            f"SELECT 1 FROM json_each(word.value) AS form WHERE {found_in}))"
        )
        found.test_params.append(json.dumps(rest, ensure_ascii=False))


def _where(query: ReviewQuery, now: datetime, *, pg: bool = False) -> _Filter:
    found = _Filter()
    clauses, params = found.clauses, found.params

    def any_of(column: str, values: tuple) -> None:
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)

    if query.statuses and set(query.statuses) == set(OPEN_STATUSES):
        # written as migration 0015's partial index writes it (SQLite uses the index only
        # for its own WHERE; PostgreSQL proves it from literals whatever plan it caches)
        found.status = (f"r.status IN {WAITING_SQL}", [])
    elif query.statuses:
        marks = ",".join("?" * len(query.statuses))
        found.status = (f"r.status IN ({marks})", [s.value for s in query.statuses])
    any_of("r.platform", tuple(p.value for p in query.platforms))
    any_of("r.source_id", query.source_ids)
    any_of("r.sentiment", tuple(s.value for s in query.sentiments))
    any_of("r.id", query.review_ids)
    if query.location_id is not None:
        clauses.append(source_in_location())
        params.append(query.location_id)
    if query.waiting_for_approval:
        clauses.append(
            "r.id IN (SELECT review_id FROM replies WHERE approval != '' AND approval = 'waiting')"
        )
    if query.ratings:
        stars = tuple(r for r in query.ratings if r)
        parts = []
        if stars:
            parts.append(f"r.rating IN ({','.join('?' * len(stars))})")
            params.extend(stars)
        if 0 in query.ratings:
            parts.append("r.rating IS NULL")
        clauses.append("(" + " OR ".join(parts) + ")")
    if query.topics:
        marks = ",".join("?" * len(query.topics))
        clauses.append(f"r.id IN (SELECT review_id FROM review_topics WHERE topic IN ({marks}))")
        params.extend(t.value for t in query.topics)
    if query.overdue is not None:
        clauses.append(f"r.status IN {WAITING_SQL} AND r.created_at < ?")
        params.append(iso(query.overdue.overdue_if_created_before(now)))
    for aspect, polarity in query.aspects:
        clauses.append(
            "r.id IN (SELECT review_id FROM review_aspects WHERE aspect = ?"
            + (" AND polarity = ?)" if polarity is not None else ")")
        )
        params.extend((aspect.value, polarity.value) if polarity is not None else (aspect.value,))
    if query.created_from:
        clauses.append("r.created_at >= ?")
        params.append(iso(query.created_from))
    if query.created_to:
        clauses.append("r.created_at < ?")
        params.append(iso(query.created_to))
    if not query.include_missing:
        clauses.append("r.missing_upstream = 0")
    if query.search.strip():
        if pg:
            found.search_from, found.search_params_from = len(clauses), len(params)
            _pg_search_clause(query.search.strip(), found)
        else:
            _search_clause(query.search.strip(), found)
    return found


def review_ids(
    db: Database, query: ReviewQuery, *, now: datetime | None = None, limit: int | None = None
) -> list[int]:
    """The ids of the reviews the query selects, in display order (the first ``limit``)."""
    if dialect.is_pg(db):
        return _pg_review_ids(db, query, now or utc_now(), limit)
    found = _where(query, now or utc_now())
    key = SORT_KEYS.get(query.sort, SORT_KEYS["created"])
    direction = "DESC" if query.descending else "ASC"
    parts = list(key)
    # the opening view ("needs attention", by urgency) reads migration 0015's partial index
    # of the open reviews in display order: no status tested, no sort
    open_view = query.sort == "urgency" and set(query.statuses) == set(OPEN_STATUSES)
    if query.statuses and set(query.statuses) != set(Status) and not open_view:
        # A status filter ("needs attention": about a tenth of a busy store) is served best by
        # the status index and a small sort; left alone, the planner walks the whole sort
        # index to avoid sorting and looks up every row's status (measured 160 ms -> 12 ms on
        # 100,000 reviews). The unary + keeps the sort index out of the plan.
        parts[0] = f"+{parts[0]}"
    order = ", ".join(f"{part} {direction}" for part in parts)
    # Ties run the same way as the key, so that ascending is exactly descending reversed
    # (clicking a header twice flips the list) and both directions read the sort index
    # (migration 0005) forwards or backwards: mixed directions made SQLite sort 100,000
    # rows itself (ascending sorts 107-147 ms -> the descending figures, about 65 ms).
    ties = (
        f"r.id {direction}"
        if key[-1] == "r.created_at"
        else f"r.created_at {direction}, r.id {direction}"
    )
    if limit is not None:
        # sorted after the look-ups, never by walking the sort index past rows none of them
        # found (what SQLite picks for a LIMIT: 3.9 ms for 337 rows found, against 0.8 ms)
        sorted_order = order if parts[0].startswith("+") else f"+{order}"
        along_index = ", ".join(f"{part} {direction}" for part in key)
        return _first_ids(
            db,
            found,
            f"{order}, {ties}",
            f"{sorted_order}, {ties}",
            f"{along_index}, {ties}",
            limit,
            by_status=parts[0].startswith("+"),
            open_view=open_view,
        )
    # the opening view walks its own index, testing the search indexes' ids (no row read)
    where, params = found.sql(walk_sort_index=open_view)
    # One row holding every id as JSON: 100,000 ids arrive several times faster than as
    # 100,000 rows. The aggregate takes the subquery's rows in its ORDER BY order (a
    # subquery with ORDER BY under an aggregate is never flattened into it).
    sql = (
        f"SELECT json_group_array(id) FROM (SELECT r.id AS id FROM {_table(open_view)}{where}"
        f" ORDER BY {order}, {ties})"
    )
    # fetchall: the interrupt of a newer query (typed on) may stop the step after the row, and
    # only Database.fetchall translates that to QueryInterrupted (a bare "interrupted" error
    # reached the user's error dialog from the query thread)
    rows = db.fetchall(sql, params)
    return json.loads(rows[0][0]) if rows and rows[0][0] else []


def _pg_review_ids(db: Database, query: ReviewQuery, now: datetime, limit: int | None) -> list[int]:
    """``review_ids`` on PostgreSQL: one query, its planner choosing between the sort index
    and the search indexes (the hand-made plans above are SQLite's); a first page of a
    search tries the first rows in display order before that."""
    found = _where(query, now, pg=True)
    clauses = [*([found.status[0]] if found.status else []), *found.clauses]
    params = [*(found.status[1] if found.status else []), *found.params]
    key = PG_SORT_KEYS.get(query.sort, PG_SORT_KEYS["created"])
    direction = "DESC" if query.descending else "ASC"
    nulls = "NULLS LAST" if query.descending else "NULLS FIRST"
    parts = [*key] if key[-1] == "r.created_at" else [*key, "r.created_at"]
    order = ", ".join(f"{part} {direction} {nulls}" for part in [*parts, "r.id"])
    where = _joined(clauses)
    if limit is not None:
        tests = found.clauses[found.search_from :] if found.search_from is not None else []
        if tests:
            sql, params = _pg_search_page(found, tests, parts, query.descending, limit)
            return [row[0] for row in db.fetchall(sql, params)]
        sql = f"SELECT r.id FROM reviews r{where} ORDER BY {order} LIMIT ?"
        return [row[0] for row in db.fetchall(sql, [*params, limit])]
    # the ids in the order of a subquery's ORDER BY, which a sort index answers: an
    # aggregate's own ORDER BY sorts its input again whatever order it comes in
    # (PostgreSQL 15; 4,926 open reviews of 50,000: 24.6 -> 6.3 ms at load 6.4). Nothing
    # but the aggregate stands between them, so the order holds (PostgreSQL's manual,
    # "Aggregate Functions": "supplying the input values from a sorted subquery")
    row = db.fetchall(
        f"SELECT array_agg(id) FROM (SELECT r.id FROM reviews r{where} ORDER BY {order}) AS r",
        params,
    )
    return list(row[0][0] or []) if row else []


def _pg_search_page(
    found: _Filter, tests: list[str], parts: list[str], descending: bool, limit: int
) -> tuple[str, list[object]]:
    """The first page of a search in one statement (each statement a round trip; on a busy
    machine each trip waits for the server and the client to be scheduled).

    Words no index can look up (1-2 letters) are tested along the sort index to the end of
    the page, however far. Otherwise a common word is on the first rows: the first
    _PG_PROBE_ROWS in display order are tested, stopping at the page's last match ("p",
    "parking": 0.3 ms). What they held says how common the word is, and so how many rows
    the indexes would find and sort: a walk along the sort index may test about
    _PG_LOOKUP_COST times as many (at least _SCAN_ROWS) before it costs more. When the page
    is expected within those rows they are tested next (a planner that took the trigram
    index for "parking", in 6 % of reviews, found all 6,000 and sorted them: 70 ms -> 3 ms;
    at 1,000,000 reviews парковка, 1.6 %, is 16,000 rows found and sorted, 130 ms, or about
    4,000 walked); otherwise (or when the walk falls short) it is what the search indexes
    find, sorted in a subquery with no order to keep (OFFSET 0), so no sort index is walked
    for it (парковка at 100,000: 2,048 rows tested and the index took 3 + 5.6 ms, the 256
    and the index 0.4 + 5.6; 停 7.3 -> 1.3 ms). The branches are gated on the counts
    (one-time filters): a branch not taken, and a CTE no branch reads, is never run."""
    filters = [*([found.status[0]] if found.status else []), *found.clauses[: found.search_from]]
    filter_params = [
        *(found.status[1] if found.status else []),
        *found.params[: found.search_params_from],
    ]
    test_params = found.params[found.search_params_from :]
    direction = "DESC NULLS LAST" if descending else "ASC NULLS FIRST"
    expressions = [*parts, "r.id"]
    order = ", ".join(f"{e} {direction}" for e in expressions)
    if not found.pg_indexed or found.search_from:
        # A word no index looks up is tested along the sort index whatever the plan. A filter
        # besides the status (a source, a platform, stars, dates, a location) breaks the walk's
        # premise: the first rows along the sort index are no sample of the filtered ones, so
        # the probe and the walk read past other sources' rows and then ask the indexes
        # anyway. The planner, with the filter's statistics, combines the indexes itself
        # (50,000 reviews, a source of 5,000: zaparkować 34 -> 5.4 ms, парковка with 4-5
        # stars 53 -> 6.7; 100,000: 51 -> 7.2, 69 -> 7.8; benchmarks/pg_filtered_search.py).
        sql = f"SELECT r.id FROM reviews r{_joined([*filters, *tests])} ORDER BY {order} LIMIT ?"
        return sql, [*filter_params, *test_params, limit]
    # planned once per connection: the plan of the probe, the walk and the look-up does not
    # depend on the word (the branches are chosen as it runs), but the planner took 1 ms a
    # keystroke over its three reads of reviews and their LIKE estimates, more than the
    # rare word's look-up itself (50,000 reviews: zaparkować 1.0 ms planned, 1.5 run)
    tests = [dialect.pg_words_unseen(test) for test in tests]
    keys = ", ".join(f"{e} AS k{i}" for i, e in enumerate(expressions))
    names = ", ".join(f"k{i}" for i in range(len(expressions)))
    by_keys = ", ".join(f"k{i} {direction}" for i in range(len(expressions)))

    # a word typed with its diacritics is tested on the fields as written (dialect.pg_exact_test)
    written = (
        " r.author AS author, r.title AS title, r.text AS text,"
        if any(dialect.PG_EXACT_MARK in test for test in tests)
        else ""
    )

    def window(rows: int | str) -> str:
        return (
            f"SELECT {names} FROM (SELECT r.search_text AS search_text, r.cjk_grams AS cjk_grams,"
            f"{written} {keys} FROM reviews r{_joined(filters)} ORDER BY {order} LIMIT {rows})"
            f" AS r{_joined(tests)} LIMIT {limit}"
        )

    probe, scan = "(SELECT count(*) FROM probe)", "(SELECT count(*) FROM scan)"
    # the rows a walk may test before the indexes would have been faster: the matches the
    # probe foretells (its share of the table's rows, pg_class's estimate) times what a
    # found row costs in steps along the sort index; 2,048 at least
    reviews = "(SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'reviews'::regclass)"
    width = (
        f"greatest({_SCAN_ROWS}, least({reviews},"
        f" {_PG_LOOKUP_COST} * {probe} * {reviews} / {_PG_PROBE_ROWS}))::bigint"
    )
    common = f"{probe} * (SELECT w FROM width) >= {limit * _PG_PROBE_ROWS}"
    sql = (
        f"WITH probe AS MATERIALIZED ({window(_PG_PROBE_ROWS)}),"
        f" width AS MATERIALIZED (SELECT {width} AS w),"
        f" scan AS MATERIALIZED ({window('(SELECT w FROM width)')})"
        f" SELECT k{len(expressions) - 1} FROM ("
        f"SELECT {names} FROM probe WHERE {probe} = {limit}"
        f" UNION ALL SELECT {names} FROM scan"
        f" WHERE {probe} < {limit} AND {common} AND {scan} = {limit}"
        f" UNION ALL SELECT {names} FROM (SELECT {names} FROM (SELECT {keys} FROM reviews r"
        f"{_joined([*filters, *tests])} OFFSET 0) AS f ORDER BY {by_keys} LIMIT {limit}) AS f"
        f" WHERE {probe} < {limit} AND (NOT {common} OR {scan} < {limit})"
        f") AS page ORDER BY {by_keys} LIMIT {limit}"
    )
    return sql, [
        *filter_params,
        *test_params,
        *filter_params,
        *test_params,
        *filter_params,
        *test_params,
    ]


# Rows a first page reads in display order, testing each, when the search indexes found many:
# a common word ("parking" in 6 % of reviews) is on the first rows, and the test stops at the
# page's last one (0.6 ms, where the trigram index finds all 5,900 in 6 ms and SQLite takes
# 20 ms more to sort them). The indexes are asked first, counting no further than what makes
# the scan worth it: a rare word is counted in full at once (0.5 ms) and its rows looked up.
_SCAN_ROWS = 2048
_PROBE_ROWS = 128  # the first look at the first rows, for words a row can be tested for
_STATUS_WALK_ROWS = 512  # with a status filter: the rows walked when the probe finds a page there
_PG_PROBE_ROWS = 256  # PostgreSQL: the first look along the sort index (0.3 ms)
# PostgreSQL: a row the search indexes find, read and sorted, costs about as much as this
# many rows walked along the sort index and tested (1,599 found 5.2 ms; 2,048 walked 2.6 ms)
_PG_LOOKUP_COST = 2.5
_COUNT_CAP = 5000
# Looking up a found row and sorting costs about 14 times a step along a sort index
# (measured: 5,000 rows looked up 7 ms, 100,000 index entries walked 10 ms).
_LOOKUP_COST = 14
# The opening view: a row read and tested along the partial index of the open reviews costs
# about as much as this many ids fetched from a search index (2-16 us a row, cold pages
# dearest; 0.13-2 us an id: "parking"'s phrase is dear to check). The ids are fetched up to
# sqrt(_ROW_READ_COST * limit * rows) (7,200 at 100,000; 22,800 at 1,000,000): past that, the
# rows a page needs cost less. At 100,000 "parking" (5,859: 6 ms, then 1.4 ms along the index
# where reading its 1,348 rows took 8 ms) and "Visit" (3,978) are counted in full; 4 capped
# both and read their rows (5.4 -> 9-17 ms of CPU at load 5).
_ROW_READ_COST = 8
_OPEN_COUNT_CAP = 40_000
# The first rows in display order a search looks at through its indexes, asked only about
# those rows' range of ids (``_window_first_ids``): a word in 0.8 % of the reviews fills a
# page within the first, one in 0.2 % within the second; not when that range is more than
# half of the ids.
_WINDOW_ROWS = (8192, 32768)
_WINDOW_SHARE = 2
# Named, not left to the planner: without statistics (a new or small store) it took the
# status index, which holds every column the query reads, and sorted the open reviews.
# SQLite's INDEXED BY is meant for this: a time-sensitive query whose plan must not change
# (an error, never a slow plan, if the index went missing).
_OPEN_VIEW_TABLE = "reviews r INDEXED BY reviews_open_urgency"


def _first_ids(
    db: Database,
    found: _Filter,
    order: str,
    sorted_order: str,
    along_index: str,
    limit: int,
    *,
    by_status: bool = False,
    open_view: bool = False,
) -> list[int]:
    """The first ``limit`` ids in display order (the inbox's first screen); ``sorted_order``
    is ``order`` written so that no index serves it, ``along_index`` so that its sort index
    does; ``by_status``: ``order`` is served by the status index and a sort; ``open_view``:
    the opening view, whose ``order`` walks the partial index of the open reviews."""
    if open_view:
        return _open_view_first_ids(db, found, order, sorted_order, limit)
    if found.status is not None and not found.lookups:
        ids = [
            row[0] for row in db.fetchall(*found.status_walk_sql(along_index, _SCAN_ROWS, limit))
        ]
        if len(ids) == limit:
            return ids
    walk = False
    found_ids: dict[int, str] = {}
    if found.lookups and found.row_tests is not None and by_status and found.status is not None:
        # a status filter: the first rows along the sort index, the status and the words
        # tested on each (a word in a third of the reviews, "the": 47 -> 1 ms); the index's
        # count and the status index answer the rest (the open reviews thin out down the
        # sort index: a scan of 2,048 there found 37 of 64 for "parking")
        for rows in (_PROBE_ROWS, _STATUS_WALK_ROWS):
            walk_sql = found.status_walk_sql(along_index, rows, limit, with_row_tests=True)
            ids = [row[0] for row in db.fetchall(*walk_sql)]
            # a page well within the longer walk (the open rows thin out along it)?
            if len(ids) == limit or len(ids) * _STATUS_WALK_ROWS < limit * rows:
                break
        if len(ids) == limit:
            return ids
    if found.lookups and found.row_tests is not None and not by_status:
        # words a row can be tested for: the first rows first. A word found often there
        # (3.5 % of them or more) fills the page within the scan's rows, and is not counted
        # in the index (parking at 100,000: 1.9 ms counted, then 1 ms scanned)
        probe = found.scan_sql(order, _PROBE_ROWS, limit)
        assert probe is not None
        ids = [row[0] for row in db.fetchall(*probe)]
        if len(ids) == limit:
            return ids
        if len(ids) * _SCAN_ROWS >= limit * _PROBE_ROWS:
            scan = found.scan_sql(order, _SCAN_ROWS, limit)
            assert scan is not None
            ids = [row[0] for row in db.fetchall(*scan)]
            if len(ids) == limit:
                return ids
    if found.lookups:
        rows = int(db.fetchall("SELECT coalesce(max(id), 0) FROM reviews")[0][0])
        cap = max(limit, min(_COUNT_CAP, limit * rows // _SCAN_ROWS))
        # what each index finds, up to the cap: all of it (kept, as JSON, so the index is
        # not asked twice: 35 ms at 1,000,000 for "zaparkować"), or enough to call it common
        fewest = _found_ids_up_to(db, found, cap, found_ids)
        if fewest == 0:
            return []
        if fewest >= cap and not by_status:
            window = _window_first_ids(db, found, order, limit, rows)
            if window is not None:
                return window
        # (with a status filter the open rows are read from the status index and sorted, texts
        # and all: 17-27 ms on "needs attention" at 100,000, where its look-ups take 2-7 ms)
        scan = found.scan_sql(order, _SCAN_ROWS, limit) if fewest >= cap and not by_status else None
        if scan is not None:
            ids = [row[0] for row in db.fetchall(*scan)]
            if len(ids) == limit:
                return ids
        # walking the sort index finds a page after about limit * rows / fewest steps
        walk = fewest * fewest * _LOOKUP_COST > limit * rows
    where, params = found.sql(walk_sort_index=walk, found_ids=found_ids)
    if found.lookups and not walk:
        order = sorted_order
    sql = f"SELECT r.id FROM reviews r{where} ORDER BY {order} LIMIT ?"
    return [row[0] for row in db.fetchall(sql, [*params, limit])]


def _window_first_ids(
    db: Database, found: _Filter, order: str, limit: int, last_id: int
) -> list[int] | None:
    """The first page among the first rows in display order (``_WINDOW_ROWS``, walked along
    the sort index), each search index asked only about the range of ids those rows hold;
    None when they hold no page, or when that range is most of the store (the index would
    read nearly all it holds of the words, as the look-ups after this do).

    Exact: every row before the page's last one in display order is among those rows, and
    each of them the index was asked about. A word found too often to count in full, with no
    row test (a Cyrillic stem: SQLite's LIKE folds ASCII only, so "Парковка" has none), was
    counted up to the cap, then found again in full by the trigram index for the walk along
    the sort index: "парковк", 16,000 of 1,000,000 reviews, 25 ms; its first 8,192 rows by
    date hold a page, their ids a tenth of the store: 2.4 ms. New reviews get the highest
    ids, so the newest rows' ids are a narrow range."""
    if found.clauses or found.tests or found.status:  # rows a filter passes: read, not walked
        return None
    for rows in _WINDOW_ROWS:
        listed = db.fetchall(*found.window_sql(order, rows))[0][0]
        ids: list[int] = json.loads(listed) if listed else []
        if not ids:
            return []
        low, high = min(ids), max(ids)
        if (high - low + 1) * _WINDOW_SHARE > last_id:
            return None
        held = set(ids)
        for index, expression in found.lookups:
            found_json = db.fetchall(
                f"SELECT json_group_array(rowid) FROM {index}"
                f" WHERE {index} MATCH ? AND rowid BETWEEN ? AND ?",
                (expression, low, high),
            )[0][0]
            held &= set(json.loads(found_json) if found_json else ())
        page = [i for i in ids if i in held][:limit]
        if len(page) == limit or len(ids) < rows:  # a page, or every row there is
            return page
        if len(page) * _WINDOW_ROWS[-1] < limit * rows:  # no page within the longest
            return None
    return None


def _found_ids_up_to(db: Database, found: _Filter, cap: int, found_ids: dict[int, str]) -> int:
    """What each search index finds, up to ``cap``: all of it, kept in ``found_ids`` as JSON
    (so the index is not asked twice), or enough to call it common. Returns the fewest found,
    ``cap`` when every word is common."""
    fewest = cap
    for i, (table, expression) in enumerate(found.lookups):
        count, ids_json = db.fetchall(
            f"SELECT count(*), json_group_array(rowid) FROM (SELECT rowid FROM {table}"
            f" WHERE {table} MATCH ? LIMIT ?)",
            (expression, cap),
        )[0]
        if count < cap:
            found_ids[i] = ids_json
        fewest = min(fewest, int(count))
    return fewest


def _open_view_first_ids(
    db: Database, found: _Filter, order: str, sorted_order: str, limit: int
) -> list[int]:
    """``_first_ids`` on the opening view ("needs attention", most urgent first): ``order``
    walks migration 0015's partial index of the open reviews (a tenth of a busy store), which
    answers the status without reading a row. Without a search word the index alone is the
    page (0.05 ms). A word a row can be tested for is first tested on the first rows along
    it (128, then 512 when those promise a page: "the"; 2,048 when those promise one within
    them: "parking", "doctor"); then the search indexes' ids are
    fetched (up to a cap) and either looked up and sorted (few: zaparkować) or tested along
    the index, no row read (парковка, 1,599 found: 7.1 -> 1.2 ms at 100,000). A word found
    past the cap is common enough to fill the page within a short walk testing each row
    (fetching all of "parking"'s 58,000 ids at 1,000,000 costs more than reading the rows)."""
    if found.lookups and found.row_tests is not None:
        for rows in (_PROBE_ROWS, _STATUS_WALK_ROWS):
            probe = found.scan_sql(order, rows, limit, table=_OPEN_VIEW_TABLE)
            assert probe is not None
            ids = [row[0] for row in db.fetchall(*probe)]
            if len(ids) == limit:
                return ids
            if len(ids) * _STATUS_WALK_ROWS < limit * rows:  # no page within the longer walk
                break
        if len(ids) * _SCAN_ROWS >= limit * rows:
            # a page expected within the scan's rows: read them, never the index's count
            # (parking at 1,000,000: 58,000 found, 2 us each to count; the page is at the
            # 1,300th open row)
            scan = found.scan_sql(order, _SCAN_ROWS, limit, table=_OPEN_VIEW_TABLE)
            assert scan is not None
            ids = [row[0] for row in db.fetchall(*scan)]
            if len(ids) == limit:
                return ids
    walk = False
    found_ids: dict[int, str] = {}
    if found.lookups:
        rows = int(db.fetchall("SELECT coalesce(max(id), 0) FROM reviews")[0][0])
        cap = max(limit, min(_OPEN_COUNT_CAP, math.isqrt(_ROW_READ_COST * limit * rows)))
        fewest = _found_ids_up_to(db, found, cap, found_ids)
        if fewest == 0:
            return []
        if fewest >= cap and found.row_tests is not None:
            # every open row at most, each tested, in display order: exact and complete
            scan = found.scan_sql(order, rows, limit, table=_OPEN_VIEW_TABLE)
            assert scan is not None
            return [row[0] for row in db.fetchall(*scan)]
        # testing an id along the index costs about as much as a step along the sort index
        walk = fewest * fewest * _LOOKUP_COST > limit * rows
    where, params = found.sql(walk_sort_index=walk, found_ids=found_ids)
    if found.lookups and not walk:  # the found rows looked up and sorted
        sql = f"SELECT r.id FROM reviews r{where} ORDER BY {sorted_order} LIMIT ?"
    else:
        sql = f"SELECT r.id FROM {_OPEN_VIEW_TABLE}{where} ORDER BY {order} LIMIT ?"
    return [row[0] for row in db.fetchall(sql, [*params, limit])]


def _table(open_view: bool) -> str:
    return _OPEN_VIEW_TABLE if open_view else "reviews r"


def count_by_status(
    db: Database, *, location_id: int | None = None, open_only: bool = False
) -> dict[Status, int]:
    """Reviews per status: the whole practice, or one location's (``location_id``).

    ``open_only``: the open statuses only (the others count 0), what the status bar shows:
    one location's every status walks all its rows (124 ms on 100,000 reviews, half of
    them there), its open ones a range of the status index (benchmarks/locations_approval.py).
    """
    where, params = in_location(location_id)
    if open_only:
        where = f" AND r.status IN {WAITING_SQL}{where}"
    counts = {status: 0 for status in Status}
    for status, n in db.fetchall(
        f"SELECT r.status, count(*) FROM reviews r WHERE 1 = 1{where} GROUP BY r.status", params
    ):
        counts[Status(status)] = n
    return counts


def count_overdue(
    db: Database,
    clock: AnswerClock,
    *,
    now: datetime | None = None,
    location_id: int | None = None,
) -> int:
    """Open reviews past the answer limit: the whole practice, or one location's."""
    since = iso(clock.overdue_if_created_before(now or utc_now()))
    where, params = in_location(location_id)
    return int(
        db.fetchall(  # read on the query thread: an interrupt arrives translated
            f"SELECT count(*) FROM reviews r WHERE r.status IN {WAITING_SQL}"
            f" AND r.created_at < ?{where}",
            (since, *params),
        )[0][0]
    )


def first_review_at(db: Database) -> datetime | None:
    """When the oldest review was written (the start of "all time" in charts)."""
    from clinicrep.store.db import from_iso

    row = db.execute("SELECT min(created_at) FROM reviews").fetchone()
    return from_iso(row[0]) if row and row[0] else None
