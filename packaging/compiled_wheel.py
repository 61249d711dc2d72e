"""Builds the installers' wheel, analysis and guard compiled (mypyc), unpacked for PyInstaller.

    python packaging/compiled_wheel.py [--pure]

Writes build/wheel/clinicrep-<version>-<tags>.whl and unpacks it into build/compiled/, which
packaging/clinicrep.spec bundles instead of src/ (it stops when build/compiled/'s sources differ
from src/'s: a stale build). Both folders are emptied first, so an earlier build never lingers.
Where no C compiler works, or with --pure, nothing is unpacked: the spec bundles src/ (pure
Python, the same results, slower) and this says so. CLINICREP_MYPYC=required makes a missing
compiler an error (the release builds set it). The hook itself: packaging/hatch_mypyc.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WHEELS = ROOT / "build" / "wheel"
COMPILED = ROOT / "build" / "compiled"
COMPILED_SUFFIXES = (".so", ".pyd")


def build(python: str = sys.executable) -> Path:
    """The wheel, built with the mypyc hook on (pure if the hook found no compiler)."""
    shutil.rmtree(WHEELS, ignore_errors=True)
    env = dict(os.environ, HATCH_BUILD_HOOK_ENABLE_CUSTOM="true")
    subprocess.run(
        [python, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(WHEELS), str(ROOT)],
        env=env,
        check=True,
    )
    (wheel,) = WHEELS.glob("clinicrep-*.whl")
    return wheel


def compiled_members(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return [n for n in archive.namelist() if n.endswith(COMPILED_SUFFIXES)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pure", action="store_true", help="bundle src/ as it is (no build)")
    args = parser.parse_args()
    shutil.rmtree(COMPILED, ignore_errors=True)
    if args.pure:
        print("compiled_wheel: --pure: the bundle gets the pure-Python analysis and guard")
        return 0
    start = time.monotonic()
    wheel = build()
    members = compiled_members(wheel)
    if not members:
        print(
            "compiled_wheel: no C compiler found (the build said why above): the bundle gets "
            "the pure-Python analysis and guard, same results, slower",
            file=sys.stderr,
        )
        return 0
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(COMPILED)
    print(
        f"compiled_wheel: {wheel.name}, {len(members)} compiled files, "
        f"{time.monotonic() - start:.0f} s; unpacked into {COMPILED.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
