"""Hatchling build hook: the wheel's hot analysis and guard modules compiled with mypyc
(issues 19, 22, 16).

Off unless asked for: ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=true pip wheel --no-deps .`` (what
``packaging/compiled_wheel.py`` runs for the installers). A developer's tree never holds a
compiled module: the compiler runs in a temporary copy of ``src/`` and only the wheel gets the
``.so``/``.pyd`` files (beside the ``.py`` sources, which stay: ``pipeline.rules_version`` reads
them), so no stale build can shadow an edited source (tests/test_no_compiled_in_src.py).
An editable install (``pip install -e``) is never compiled.

The modules are ``[tool.hatch.build.targets.wheel.hooks.custom] modules`` in pyproject.toml.
Where no C compiler works, the wheel is the pure-Python one and the hook says so on stderr
(``CLINICREP_MYPYC=required`` makes that an error instead).

Not hatch-mypyc: it builds in place (``build_ext --inplace``: the ``.so`` files land in ``src/``
and stay there, shadowing later edits) and renames pyproject.toml while it runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# run in the temporary copy: mypyc writes its C files to ./build, setuptools to --build-lib
_SETUP = """
import os, sys
from setuptools import setup
from mypyc.build import mypycify
modules = sys.argv[1:]
# one C file per module (mypyc's multi-file output), compiled on every core
jobs = str(os.cpu_count() or 1)
sys.argv = ["setup.py", "build_ext", "-j", jobs, "--build-lib", "out", "--build-temp", "objects"]
setup(
    name="clinicrep-compiled",
    ext_modules=mypycify(["--config-file", "pyproject.toml", *modules], opt_level="3"),
)
"""

_PROBE = """
import sys, tempfile, os
from setuptools._distutils.ccompiler import new_compiler
from setuptools._distutils.sysconfig import customize_compiler
folder = tempfile.mkdtemp()
source = os.path.join(folder, "probe.c")
with open(source, "w") as f:
    f.write("int clinicrep_probe(void) { return 0; }\\n")
compiler = new_compiler()
customize_compiler(compiler)
compiler.compile([source], output_dir=folder)
"""


def say(message: str) -> None:
    print(f"clinicrep mypyc: {message}", file=sys.stderr, flush=True)


def c_compiler_works(env: dict[str, str]) -> str:
    """'' when setuptools' compiler builds a one-line C file here, else why not."""
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=False
    )
    if probe.returncode == 0:
        return ""
    lines = (probe.stderr or probe.stdout).strip().splitlines()
    return lines[-1] if lines else f"exit status {probe.returncode}"


class MypycHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        modules = self.config.get("modules", [])
        required = os.environ.get("CLINICREP_MYPYC", "") == "required"
        env = dict(os.environ)
        why = c_compiler_works(env)
        if why:
            message = (
                f"no working C compiler ({why}): this wheel is pure Python (the same results, "
                "the analysis slower). Install one (Debian/Ubuntu: build-essential "
                "python3-dev; Windows: Visual Studio Build Tools; macOS: xcode-select --install)"
            )
            if required:
                raise RuntimeError(message + " (CLINICREP_MYPYC=required)")
            say(message)
            return
        self._work = Path(tempfile.mkdtemp(prefix="clinicrep-mypyc-"))
        root = Path(self.root)
        shutil.copytree(
            root / "src", self._work / "src", ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copy2(root / "pyproject.toml", self._work / "pyproject.toml")
        (self._work / "setup.py").write_text(_SETUP, encoding="utf-8")
        say(f"compiling {len(modules)} modules (a few minutes)")
        build = subprocess.run(
            [sys.executable, "setup.py", *modules],
            cwd=self._work,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if build.returncode != 0:
            raise RuntimeError(f"mypyc failed:\n{build.stdout[-6000:]}\n{build.stderr[-6000:]}")
        out = self._work / "out"
        built = sorted(p for p in out.rglob("*") if p.suffix in (".so", ".pyd"))
        # one shim per module and the shared library (<hash>__mypyc, at the wheel's top level)
        if len(built) != len(modules) + 1:
            raise RuntimeError(f"mypyc built {len(built)} files for {len(modules)} modules")
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(out).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
