"""How much Python work a call takes, counted instead of timed (the machines are shared): the
long-paste tests compare the steps of a text and of the text eight times over."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable


def python_steps(work: Callable[[], object]) -> int:
    """How many Python calls and lines (a loop's every turn) ``work()`` takes.

    The collector is off while it runs: a callback of its (Hypothesis puts one in
    ``gc.callbacks`` once one of its tests has run in the process) is no step of the work, and
    ran once per collection, more of them in a longer text's work (against the compiled wheel,
    where the analysis itself takes some 20-30 steps, 300 steps of it failed the long-paste
    tests; session 46, imp46)."""
    steps = [0]

    def trace(_frame: object, event: str, _arg: object) -> object:
        steps[0] += 1
        return trace

    enabled = gc.isenabled()
    gc.disable()
    sys.settrace(trace)  # type: ignore[arg-type]
    try:
        work()
    finally:
        sys.settrace(None)
        if enabled:
            gc.enable()
    return steps[0]
