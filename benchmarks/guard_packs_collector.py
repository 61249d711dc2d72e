"""What a full pass of the garbage collector costs once the reply checks' rule packs are
compiled, and after they are moved out of its way as the window does (app.settle_heap after
each compile step). A full pass holds the interpreter, the window's thread too.

    PYTHONPATH=src python benchmarks/guard_packs_collector.py

Prints the objects a pass walks and its CPU (median of 5) with the packs unfrozen, then
frozen; the floor is an empty pass (the start-up's objects frozen first, as at the first paint).
"""

from __future__ import annotations

import gc
import time


def full_pass_ms(runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        gc.collect()
        times.append(time.process_time() - start)
    return sorted(times)[runs // 2] * 1000


def main() -> None:
    from clinicrep.guidelines.confidentiality import LANGUAGES, load_guidelines

    gc.freeze()  # the start-up's objects, as settle_heap at the first paint
    print(f"floor: {len(gc.get_objects()):,} objects, full pass {full_pass_ms():.1f} ms")
    start = time.perf_counter()
    load_guidelines(tuple(LANGUAGES))
    took = time.perf_counter() - start
    print(
        f"rule packs of {len(LANGUAGES)} languages compiled in {took:.1f} s: "
        f"{len(gc.get_objects()):,} objects walked, full pass {full_pass_ms():.1f} ms"
    )
    gc.freeze()  # what app._compile_language does after each language
    walked = len(gc.get_objects())
    print(f"after settle_heap: {walked:,} objects, full pass {full_pass_ms():.1f} ms")


if __name__ == "__main__":
    main()
