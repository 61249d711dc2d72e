"""The guard's phrase tables, kept on disk between runs: working them out from the rules
takes about half a second a language, and the first reply check of the day waited for it.

A table is stored as JSON in the user's cache folder (``paths.cache_dir()``), one file per
language, named and checked by a key made of what the table is built from (the rule file's
bytes, the entries read from it), the program's version, the Python that parses the patterns
and the engine's own code. JSON, not pickle: loading it can only give strings and numbers,
never run anything, so a file someone else put there, or a damaged one, cannot do more than
fail its checks. A file is used only when its key, its checksum, every field's type and its
permissions (the owner's, written by nobody else) are right; anything else is ignored, with
a line in the log, and the table is worked out again and the file rewritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from clinicrep import __version__, paths
from clinicrep.guidelines import engine
from clinicrep.guidelines.engine import TableSources

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
FOLDER = "guard-tables"


def table_key(name: str, rule_file: bytes, inputs: object) -> str:
    """The key a stored table must carry: any change of the rules, of the program or of the
    Python running it gives another key (and so another file)."""
    digest = hashlib.sha256()
    for part in (
        f"{CACHE_FORMAT}|{__version__}|{sys.implementation.cache_tag}|{sys.version}|{name}",
        _engine_code(),
        rule_file,
        json.dumps(inputs, ensure_ascii=False, sort_keys=True),
    ):
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _engine_code() -> bytes:
    """The engine's source, which decides what a table holds (a version number alone would
    let a changed engine read an old table while the version stays the same); in a packaged
    program, where the source may not be there, the version alone."""
    try:
        return Path(engine.__file__).read_bytes()
    except OSError:
        return b""


def cached_sources(
    name: str,
    rule_file: bytes,
    categories: Mapping[str, Sequence[str]],
    *,
    anchored: bool,
    build: Callable[[], TableSources],
) -> TableSources:
    """The table ``build()`` would give for ``categories`` of ``rule_file``: read from the
    cache when a good file is there, else built and stored for the next start."""
    inputs = {"categories": {k: list(v) for k, v in categories.items()}, "anchored": anchored}
    key = table_key(name, rule_file, inputs)
    try:
        folder = paths.cache_dir() / FOLDER
    except OSError as e:  # no cache folder (a read-only home): built every time
        log.warning("no cache folder for the guard's tables: %s", e)
        return build()
    path = folder / f"{name}-{key[:24]}.json"
    if path.exists():
        try:
            return _read(path, key)
        except (OSError, ValueError, TypeError, KeyError) as e:
            log.info("guard table %s not used, built again: %s", path.name, e)
    sources = build()
    try:
        _write(folder, path, key, sources)
    except OSError as e:
        log.warning("guard table %s not stored: %s", path.name, e)
    return sources


def _payload(sources: TableSources) -> dict[str, object]:
    return {
        "patterns": list(sources.patterns),
        "levels": [dict(level) for level in sources.levels],
        "longest": sources.longest,
        "loose": dict(sources.loose),
        "generic": sources.generic,
        "caseless": sources.caseless,
    }


def _checksum(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write(folder: Path, path: Path, key: str, sources: TableSources) -> None:
    payload = _payload(sources)
    document = {"format": CACHE_FORMAT, "key": key, "checksum": _checksum(payload), **payload}
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    # the tables of older rules or programs go
    paths.write_whole(folder, path, data, older=path.name.rsplit("-", 1)[0] + "-")


def _read(path: Path, key: str) -> TableSources:
    paths.check_owner_only(path)
    with path.open("rb") as f:
        document = json.loads(f.read().decode("utf-8"))
    if not isinstance(document, dict):
        raise ValueError("not a table")
    if document.get("format") != CACHE_FORMAT or document.get("key") != key:
        raise ValueError("another format, program or rule file")
    payload = {k: document[k] for k in _payload_fields()}
    if document.get("checksum") != _checksum(payload):
        raise ValueError("checksum does not match (damaged)")
    return _sources_from(payload)


def _payload_fields() -> tuple[str, ...]:
    return ("patterns", "levels", "longest", "loose", "generic", "caseless")


def _sources_from(payload: dict[str, object]) -> TableSources:
    patterns = payload["patterns"]
    levels = payload["levels"]
    longest = payload["longest"]
    loose = payload["loose"]
    generic = payload["generic"]
    caseless = payload["caseless"]
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise TypeError("patterns")
    if not isinstance(levels, list) or len(levels) != engine.LONGEST_KEY:
        raise TypeError("levels")
    for n, level in enumerate(levels, start=1):
        if not isinstance(level, dict) or not all(
            isinstance(k, str) and len(k) == n and type(i) is int and 0 <= i < len(patterns)
            for k, i in level.items()
        ):
            raise TypeError(f"level {n}")
    if type(longest) is not int or not 1 <= longest <= engine.LONGEST_KEY:
        raise TypeError("longest")
    if not isinstance(loose, dict) or not all(
        isinstance(c, str) and len(c) == 1 and isinstance(v, str) for c, v in loose.items()
    ):
        raise TypeError("loose")
    if not isinstance(generic, str) or not isinstance(caseless, str):
        raise TypeError("generic or caseless")
    return TableSources(
        patterns=tuple(patterns),
        levels=tuple(dict(level) for level in levels),
        longest=longest,
        loose=dict(loose),
        generic=generic,
        caseless=caseless,
    )
