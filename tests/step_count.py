"""How much Python work a call takes, counted instead of timed (the machines are shared): the
long-paste tests compare the steps of a text and of the text eight times over."""

from __future__ import annotations

import sys
from collections.abc import Callable


def python_steps(work: Callable[[], object]) -> int:
    """How many Python calls and lines (a loop's every turn) ``work()`` takes."""
    steps = [0]

    def trace(_frame: object, event: str, _arg: object) -> object:
        steps[0] += 1
        return trace

    sys.settrace(trace)  # type: ignore[arg-type]
    try:
        work()
    finally:
        sys.settrace(None)
    return steps[0]
