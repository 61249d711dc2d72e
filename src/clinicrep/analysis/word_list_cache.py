"""The analysis's word lists, kept on disk between processes: each analysis worker of an
import (and the program itself at its first analysis) parsed the lexicon files and built
their matchers again, about 0.65 s of CPU a process for 175,000 terms.

What is kept is what ``lexicon.load_sections`` and ``lexicon.matcher`` work out of a lexicon
file: its sections' terms and values, and a matcher's tables (each term's first word or stem
and its entry). One JSON file each, in the user's cache folder (``paths.cache_dir()``, or the
folder the importing process hands its workers: ``use_folder``), as the guard's tables are
(``guidelines/table_cache.py``): named and checked by a key made of the lexicon file's bytes,
what was asked of it, the program's version, the Python and the lexicon module's own code, so
an upgrade or an edited lexicon never reads a stale file. JSON, not pickle: loading it can
only give strings, never run anything. A file is used only when its key, its checksum, every
field's type and its permissions (the owner's, written by nobody else) are right; anything
else is ignored with a line in the log, built again and rewritten. Written whole, then
renamed: a worker starting meanwhile reads the old file or the new one, never half of one.

A new reading needs nothing of it: ``lexicon.matcher`` and ``lexicon.load_sections`` read
through it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from clinicrep import __version__, paths

log = logging.getLogger(__name__)

CACHE_FORMAT = 2  # 2: a first word's entries, a section's pairs, one string each
FOLDER = "word-lists"

T = TypeVar("T")

# The folder set by use_folder (an analysis worker gets its importing process's, which may
# have been moved by --data-dir: not in a spawned worker's environment); None: the user's
_folder: Path | None = None


def use_folder(where: Path | None) -> None:
    """Keep the word lists in ``where`` from now on (None: the user's cache folder)."""
    global _folder
    _folder = where


def folder() -> Path | None:
    """The folder the word lists are kept in; None where there is none (a read-only home)."""
    if _folder is not None:
        return _folder
    try:
        return paths.cache_dir() / FOLDER
    except OSError as e:
        log.warning("no cache folder for the word lists: %s", e)
        return None


@cache
def _module_code() -> bytes:
    """The lexicon module's source, which decides what a matcher holds; in a packaged
    program, where the source may not be there, the version alone."""
    try:
        # the module next to this one, by its path: importing it would import this back
        return Path(__file__).with_name("lexicon.py").read_bytes()
    except OSError:
        return b""


def key_of(kind: str, name: str, source: bytes, asked: object) -> str:
    """The key a stored word list must carry: any change of the lexicon file, of what was
    asked of it, of the program or of the Python running it gives another key."""
    digest = hashlib.sha256()
    for part in (
        f"{CACHE_FORMAT}|{__version__}|{sys.implementation.cache_tag}|{sys.version}|{kind}|{name}",
        _module_code(),
        source,
        json.dumps(asked, ensure_ascii=False),
    ):
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def cached(
    kind: str,
    name: str,
    source: bytes,
    asked: object,
    build: Callable[[], T],
    payload: Callable[[T], object],
    rebuilt: Callable[[object], T],
) -> T:
    """What ``build()`` gives for ``asked`` of the lexicon ``name`` (its file's bytes:
    ``source``): read from the cache folder when a good file is there, else built and stored
    for the next process. ``payload`` turns it into JSON's strings, numbers, lists and
    dicts; ``rebuilt`` turns that back, raising TypeError or ValueError on anything else."""
    where = folder()
    if where is None:
        return build()
    key = key_of(kind, name, source, asked)
    stem = f"{kind}-{name}-{hashlib.sha256(json.dumps(asked).encode()).hexdigest()[:8]}"
    path = where / f"{stem}-{key[:24]}.json"
    if path.exists():
        try:
            return rebuilt(_read(path, key))
        except (OSError, ValueError, TypeError, KeyError, UnicodeDecodeError) as e:
            log.info("word list %s not used, built again: %s", path.name, e)
    result = build()
    try:
        _write(where, path, stem, key, payload(result))
    except OSError as e:
        log.warning("word list %s not stored: %s", path.name, e)
    return result


def _write(where: Path, path: Path, stem: str, key: str, payload: object) -> None:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {"format": CACHE_FORMAT, "key": key, "checksum": hashlib.sha256(body).hexdigest()}
    # the lists of older lexicons or programs go
    paths.write_whole(
        where, path, json.dumps(header).encode("ascii") + b"\n" + body, older=f"{stem}-"
    )


def _read(path: Path, key: str) -> object:
    paths.check_owner_only(path)
    data = path.read_bytes()
    first, newline, body = data.partition(b"\n")
    if not newline:
        raise ValueError("no header")
    header = json.loads(first.decode("ascii"))
    if not isinstance(header, dict):
        raise ValueError("not a word list")
    if header.get("format") != CACHE_FORMAT or header.get("key") != key:
        raise ValueError("another format, program or lexicon file")
    if header.get("checksum") != hashlib.sha256(body).hexdigest():
        raise ValueError("checksum does not match (damaged)")
    return json.loads(body.decode("utf-8"))


_STRINGS = {str}


def strings(flat: object, width: int) -> list[str]:
    """``flat`` checked to be a list of strings, a whole number of rows of ``width``."""
    if type(flat) is not list or len(flat) % width or not set(map(type, flat)) <= _STRINGS:
        raise TypeError("not a list of strings")
    return flat
