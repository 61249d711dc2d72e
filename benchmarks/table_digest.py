"""A digest of every table the guard builds, worked out from scratch (no table cache): the
sources of each ``PhraseTable`` and the beginnings (``engine.prefixes``, 1, 2, 3 and 6
letters) of every entry in it. Two runs print the same line exactly when the tables are the
same: run it before and after a change to how tables are worked out (engine.py), beside
guard_digest.py (which compares findings). Also prints the CPU time of building them all.

    PYTHONPATH=src python benchmarks/table_digest.py

Sets and dicts iterate in an order that depends on string hashing: the script runs itself
again with PYTHONHASHSEED=0 unless that is already set, so that the digest is comparable.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        return subprocess.run([sys.executable, __file__], env=env, check=False).returncode
    os.environ["CLINICREP_DATA_DIR"] = tempfile.mkdtemp()  # an empty table cache
    from clinicrep.guidelines import engine, rulepack
    from clinicrep.guidelines.confidentiality import load_guidelines

    seen: list[tuple[str, object, str]] = []
    build = engine.table_sources

    def recorded(categories, *, anchored):
        sources = build(categories, anchored=anchored)
        seen.append(
            (json.dumps(categories, sort_keys=True, ensure_ascii=False), anchored, repr(sources))
        )
        return sources

    engine.table_sources = recorded
    rulepack.table_sources = recorded
    started = time.process_time()
    load_guidelines()
    cpu = time.process_time() - started
    for categories, _anchored, _sources in list(seen):
        for entries in json.loads(categories).values():
            for entry in entries:
                low = engine.lowered_pattern(entry)
                for length in (1, 2, 3, 6):
                    found = engine.prefixes(low, length)
                    seen.append((low, length, repr(sorted(found)) if found is not None else "-"))
    digest = hashlib.sha256()
    for item in sorted(seen, key=repr):
        digest.update(repr(item).encode())
    tables = sum(1 for item in seen if isinstance(item[1], bool))
    print(f"{tables} tables, {len(seen) - tables} beginnings, sha256 {digest.hexdigest()}")
    print(f"every language's rules built from scratch: {cpu:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
