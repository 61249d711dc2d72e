"""What SQLite and PostgreSQL write differently, one function per concern.

Store modules write their SQL once (``?`` placeholders, ``INSERT ... ON CONFLICT``, which
both speak) and ask here for the few pieces that differ: lists passed as JSON, string
aggregates, time arithmetic, case-folded sorting, and the search index of new reviews.
``db.dialect`` is "sqlite" (``store.db.Database``) or "postgresql" (``store.pg.PgDatabase``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol


class _HasDialect(Protocol):
    dialect: str


def is_pg(db: _HasDialect) -> bool:
    return getattr(db, "dialect", "sqlite") == "postgresql"


# -- lists passed as one JSON parameter --------------------------------------------
def json_ids(db: _HasDialect) -> str:
    """A subquery of the integers in one JSON list parameter: ``id IN ({json_ids(db)})``."""
    if is_pg(db):
        return "SELECT jsonb_array_elements_text(?::jsonb)::bigint"
    return "SELECT value FROM json_each(?)"


def id_in(db: _HasDialect, column: str, ids: list[int]) -> tuple[str, list[object]]:
    """``column`` among ``ids`` (up to a few hundred), and its parameters. PostgreSQL: one
    array parameter, so the statement's text is the same for any count (psycopg parses and
    the server plans it once: 64 rows of the inbox 2.7 -> 1.7 ms); SQLite: a mark per id."""
    if is_pg(db):
        return f"{column} = ANY(?::bigint[])", [list(ids)]
    return f"{column} IN ({','.join('?' * len(ids))})", list(ids)


def reads_quick_here(db: _HasDialect) -> bool:
    """Whether the GUI thread may read a first screen itself (under a time limit) rather
    than hand it to a thread: yes for this PC's file (1-3 ms, less than the hop); not for a
    server, where each of the screen's five statements is a round trip of the network's
    (a NAS over Wi-Fi: several ms each, the window frozen meanwhile) and one that runs
    past the limit is read again on the thread (zaparkować, парковка at load 5: 9-24 ms
    tried here, then 7-22 ms there, 17-42 ms in all). The window's start asks it too: on
    a server, reads its first screen need not wait for (the review shown, the last check)
    come after that screen is painted."""
    return not is_pg(db)


def source_external_ids(db: _HasDialect) -> str:
    """The test "of this source, one of these external ids" on ``reviews``: two parameters,
    the source's id and the external ids as one JSON list. PostgreSQL: as row values, so
    each id is one look-up in the unique (source_id, external_id) index whatever the
    planner believes of the source. ``source_id = ? AND external_id IN (...)`` made it walk
    every review of a source its statistics did not know yet (a new source's first sync:
    the page's ids tested against all of its reviews, 22 ms a page at 3,000 and growing)."""
    if is_pg(db):
        return "(source_id, external_id) IN (SELECT ?::bigint, jsonb_array_elements_text(?::jsonb))"
    return "source_id = ? AND external_id IN (SELECT value FROM json_each(?))"


# -- aggregates ----------------------------------------------------------------------
def group_concat(db: _HasDialect, expression: str) -> str:
    """The values joined by commas (order unspecified, as SQLite's)."""
    if is_pg(db):
        return f"string_agg({expression}, ',')"
    return f"group_concat({expression})"


def greatest(db: _HasDialect, *expressions: str) -> str:
    """The largest of several values (SQLite's scalar max())."""
    return f"{'greatest' if is_pg(db) else 'max'}({', '.join(expressions)})"


# -- times (UTC ISO-8601 text in both stores) -----------------------------------------
def seconds_between(db: _HasDialect, earlier: str, later: str) -> str:
    """Seconds from one stored time to another (NULL when either is NULL)."""
    if is_pg(db):
        return f"extract(epoch FROM (({later})::timestamptz - ({earlier})::timestamptz))"
    return f"(strftime('%s', {later}) - strftime('%s', {earlier}))"


def days_between(db: _HasDialect, earlier: str, later: str) -> str:
    """Days (with their fraction) from one stored time to another."""
    if is_pg(db):
        return f"({seconds_between(db, earlier, later)} / 86400.0)"
    return f"(julianday({later}) - julianday({earlier}))"


def is_distinct(db: _HasDialect) -> str:
    """The comparison that takes NULL as a value (row values too): SQLite's IS NOT."""
    return "IS DISTINCT FROM" if is_pg(db) else "IS NOT"


# -- text ------------------------------------------------------------------------------
def nocase(db: _HasDialect, expression: str) -> str:
    """``expression`` compared and sorted with ASCII letters folded, byte order otherwise
    (SQLite's NOCASE; under the "C" collation PostgreSQL's lower() folds ASCII only)."""
    if is_pg(db):
        return f'lower(({expression}) COLLATE "C")'
    return f"{expression} COLLATE NOCASE"


# -- the search index of new reviews -----------------------------------------------
# What SQLite's trigram table holds of a review (migration 0016): its author, title and text
# folded by search_forms.fold ("źle" as "zle"), registered on every connection.
FTS_FOLDED = "clinicrep_fold(author), clinicrep_fold(title), clinicrep_fold(text)"


def index_new_reviews(db: Any, ids_json: str, cjk: Iterable[tuple[int, str]]) -> None:
    """Add new reviews (a JSON list of ids) to the search indexes, in the transaction that
    inserted them. SQLite: the FTS5 trigram table, and the CJK table for reviews with
    Chinese, Japanese or Korean characters (migrations 0006, 0011): ``cjk`` gives those
    reviews' (id, ``search_forms.cjk_chars`` of author, title and text) in id order, worked
    out by the caller from the values it inserted (in SQL, through the function
    ``clinicrep_cjk_chars``, every row of an import cost a call back into Python and a second
    read of the rows). The trigram table holds the text folded (``FTS_FOLDED``, migration
    0016). PostgreSQL: nothing to do (GIN indexes on the row itself: migrations_pg/0011, its
    searched column folded by its 0017)."""
    if is_pg(db):
        return
    db.execute(
        f"INSERT INTO reviews_fts (rowid, author, title, text) SELECT id, {FTS_FOLDED}"
        " FROM reviews WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (ids_json,),
    )
    db.executemany("INSERT INTO reviews_cjk (rowid, chars) VALUES (?, ?)", cjk)


# -- search on PostgreSQL (SQLite's is in store.inbox: FTS5 tables) ------------------------
# The searched column of migrations_pg/0011: author, title and text lower-cased and joined
# by a line break, which no search word holds, so that no match spans two fields; folded as
# search_forms.fold folds (0016): the words looked up in it are folded too.
PG_SEARCHED = "r.search_text"
PG_TRIGRAM_MIN = 3  # characters a word needs before the trigram index can look it up


def pg_substring_test(word: str) -> tuple[str, list[object]]:
    """``word`` anywhere in the author, title or text, whatever its case: LIKE on the
    lower-cased column, the word lower-cased by the same lower() (it folds every alphabet
    in a UTF-8 database). Three characters or more: the trigram GIN index finds the rows;
    shorter words are tested on each row, as on SQLite."""
    if len(word) < PG_TRIGRAM_MIN:
        # strpos(), which the trigram index cannot serve: a pattern without a whole trigram
        # made the planner walk all of that index at times (1.5 s for "p"), where testing rows
        # in display order finds a first page of a short word at once
        return f"strpos({PG_SEARCHED}, lower(?)) > 0", [word]
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{PG_SEARCHED} LIKE lower(?) ESCAPE '\\'", [f"%{escaped}%"]


PG_EXACT_MARK = "strpos(lower(r.author"  # how store.inbox knows a test reads the fields


def pg_exact_test(word: str) -> tuple[str, list[object]]:
    """``word`` as typed with its diacritics ("źle"), whatever its case, in the author, title
    or text as written: ``search_text`` holds them folded (migrations_pg/0017), so this is
    tested on the rows its other words found."""
    return (
        "strpos(lower(r.author || chr(10) || r.title || chr(10) || r.text), lower(?)) > 0",
        [word],
    )


def pg_words_unseen(test: str) -> str:
    """``test`` (one of the tests above) with each word read through a one-row subquery, an
    InitPlan the planner sees no value in: its plan for one word is its plan for any, so the
    server keeps the plan of a statement it has prepared (psycopg prepares one run five
    times) where it planned it again for every word, its custom plan estimated cheaper than
    the generic one. For a statement whose plan is fixed by its shape (the first page of a
    search: store.inbox._pg_search_page), never for one whose plan should follow the word."""
    return test.replace("?", "(SELECT ?)")


def pg_cjk_word_test(word: str) -> tuple[str, list[object]]:
    """A CJK word of one or two characters: one look-up in the GIN index of the review's
    CJK characters and neighbour pairs (``reviews.cjk_grams``)."""
    return "r.cjk_grams @> ARRAY[?]::text[]", [word]
