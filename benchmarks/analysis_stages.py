"""Where one review's analysis spends its CPU, stage by stage, and two trees compared in turns.

cProfile misleads here: it times every call of a C function too (a dictionary's ``get``, 355,000
of them in 5,000 reviews), so the matchers' loops and the look-ups look several times dearer
than they are. This times each stage of ``pipeline._analyse`` by the thread's CPU clock around
the call (about half a microsecond per call: the small stages read high) and the whole analysis
without any wrapper, on two samples: 5,000 rows drawn from every labelled set of the digest
(``analysis_digest.labelled_reviews``, the blind aspect sets left out; seed 7) and 5,000 rows of
``import_csv.py``'s file. Each figure is the best of ``--passes`` passes, in microseconds a
review, with the load average.

    PYTHONPATH=src python benchmarks/analysis_stages.py [--passes N] [--rows N]
    python benchmarks/analysis_stages.py --tree /path/to/main --tree . [--rounds 3]

With ``--tree`` (twice or more), each tree's ``src`` is measured in a process of its own, the
trees in turns, ``--rounds`` times: on a shared machine the load changes from one minute to the
next, so only figures taken in turns compare.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _samples(count: int) -> dict[str, list[tuple[object, str]]]:
    from analysis_accuracy import DEFAULT_DATA, import_rows, to_review
    from analysis_digest import labelled_reviews

    mixed = labelled_reviews(DEFAULT_DATA, skip_blind=True)
    random.Random(7).shuffle(mixed)
    return {
        "mixed": [(review, lang) for _, lang, review in mixed[:count]],
        "import": [(to_review(row, True), "") for row in import_rows(count)],
    }


# (module, name) of each stage timed, as pipeline._analyse and aspects.read_aspects call them
STAGES = (
    ("pipeline", "detect_language"),
    ("pipeline", "text_score"),
    ("pipeline", "read_aspects"),
    ("aspects", "_token_clauses"),
    ("aspects", "_chinese_clauses"),
    ("aspects", "_judge"),
    ("pipeline", "assess_urgency"),
    ("pipeline", "detect_topics"),
    ("pipeline", "named_sentences"),
)


def measure(passes: int, count: int) -> list[str]:
    """One line per sample: the whole analysis, then each stage, in us a review."""
    from clinicrep.analysis import aspects, pipeline

    modules = {"pipeline": pipeline, "aspects": aspects}
    lines = []
    for name, rows in _samples(count).items():
        for review, lang in rows:
            pipeline.analyse_review(review, fallback_language=lang)  # lexicons loaded
        whole = min(_pass(rows) for _ in range(passes))
        spent: Counter[str] = Counter()
        originals = [(modules[m], f, getattr(modules[m], f)) for m, f in STAGES]
        for module, function, original in originals:
            setattr(module, function, _timed(original, function, spent))
        try:
            best: dict[str, float] = {}
            for _ in range(passes):
                spent.clear()
                _pass(rows)
                for stage, ns in spent.items():
                    best[stage] = min(best.get(stage, float("inf")), ns / 1000 / len(rows))
        finally:
            for module, function, original in originals:
                setattr(module, function, original)
        stages = " ".join(f"{f.lstrip('_')} {best.get(f, 0.0):.1f}" for _, f in STAGES)
        lines.append(f"{name}: whole {whole:.1f} | {stages}")
    return lines


def _pass(rows: list[tuple[object, str]]) -> float:
    """CPU us a review of one pass (the short texts remembered forgotten first)."""
    from clinicrep.analysis import pipeline

    pipeline._remembered.clear()
    started = time.process_time()
    for review, lang in rows:
        pipeline.analyse_review(review, fallback_language=lang)  # type: ignore[arg-type]
    return (time.process_time() - started) / len(rows) * 1e6


def _timed(
    function: Callable[..., object], name: str, spent: Counter[str]
) -> Callable[..., object]:
    clock = time.thread_time_ns

    def timed(*args: object, **kwargs: object) -> object:
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += clock() - started

    return timed


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--tree", type=Path, action="append", default=[])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.tree:
        for line in measure(args.passes, args.rows):
            print(f"{line} | {load()}", flush=True)
        return 0
    for round_ in range(1, args.rounds + 1):
        for tree in args.tree:
            env = dict(os.environ, PYTHONPATH=str(tree.resolve() / "src"))
            command = [sys.executable, __file__, "--passes", str(args.passes)]
            command += ["--rows", str(args.rows)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            for line in done.stdout.splitlines():
                print(f"round {round_} {tree}: {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
