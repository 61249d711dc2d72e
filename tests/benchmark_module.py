"""A benchmark script (benchmarks/<name>.py) loaded as a module, for the tests of what it prints
and of the functions it holds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def benchmark_module(monkeypatch: pytest.MonkeyPatch, name: str) -> ModuleType:
    """benchmarks/``name``.py run as the module "``name``_for_test", in ``sys.modules`` until
    the test ends (its dataclasses look their module up there while it runs)."""
    spec = importlib.util.spec_from_file_location(f"{name}_for_test", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module
