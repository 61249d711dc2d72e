"""How fast the confidentiality guard reads a 4,096-byte reply, per language (issue 16: <= 5 ms).

The replies are those of guard_accuracy.py's speed part (runs of each language's tune replies cut
at 4,096 UTF-8 bytes, each with a tune review), judged as the product does (the learned reader
where it is switched on). Each reply is judged ``--runs`` times after one warm-up; the figure is
the median over the replies of each reply's median CPU time (time.process_time: waiting for a
core is not the guard's), in microseconds, with the load average beside it, and the floor: the
reply lowered and split into words four times, timed after each check in the same run (the
machine is shared: the ratio of the two moves less with its load than either). ``--profile``
prints where the time goes (cProfile: the guard's stages by cumulative time); ``--stages`` the
CPU of each stage and of each phrase kind's clause scans, per reply, timed by the clock alone
(cProfile counts every call and made the guard five times slower, mostly where it calls most),
each reply checked ``--runs`` times in a row with its review read once, as the editor checks;
``--paste`` also times a 1 MB paste once; ``--sample`` where the time goes by a statistical sampler
(the process clock's timer: functions and lines, own and inclusive, with no cost a call).

    PYTHONPATH=src python benchmarks/guard_speed.py
    PYTHONPATH=src python benchmarks/guard_speed.py --lang pl --profile
    PYTHONPATH=src python benchmarks/guard_speed.py --lang en --stages
    PYTHONPATH=src python benchmarks/guard_speed.py --lang zh --sample --runs 10 --top 30
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import functools
import io
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_accuracy import DATA, _replies_of, read_items  # same folder: the same replies

from clinicrep.guidelines import confidentiality, engine, rulepack
from clinicrep.guidelines.confidentiality import find_confidentiality_problems, load_guidelines
from clinicrep.guidelines.lexicon import LANGUAGES


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"


def _cases(lang: str) -> list[tuple[str, str]]:
    tune = read_items(DATA / f"replies_{lang}_tune.jsonl")
    reviews = [i.review for i in tune]
    replies = _replies_of(4096, [i.reply for i in tune])
    return [(reply, reviews[n % len(reviews)]) for n, reply in enumerate(replies)]


def _judge(reply: str, review: str, lang: str) -> None:
    find_confidentiality_problems(reply, review_text=review, language=lang)


def _floor(reply: str) -> None:
    """The least any reading of a reply does: lowered and split into its words (the floor)."""
    for _ in range(_FLOOR_TIMES):
        engine.lowered(reply + " ")  # a new string: not the one ``lowered`` remembers
        engine.words_and_bounds(reply)


# The floor reads the reply this many times: long enough for the process clock (some 15 % of a
# check).
_FLOOR_TIMES = 4


def time_language(lang: str, runs: int) -> tuple[float, float, float, float]:
    """Median, 90th percentile and worst of each reply's median CPU microseconds, and the
    median of the floor's (``_floor``), timed between the checks in the same run: the
    machine is shared, and the ratio of the two moves less with its load than either."""
    per_reply = []
    floors = []
    for reply, review in _cases(lang):
        _judge(reply, review, lang)  # warm-up: the caches a keystroke's check finds filled
        times = []
        floor = []
        for _ in range(runs):
            started = time.process_time()
            _judge(reply, review, lang)
            times.append((time.process_time() - started) * 1e6)
            started = time.process_time()
            _floor(reply)
            floor.append((time.process_time() - started) * 1e6)
        per_reply.append(statistics.median(times))
        floors.append(statistics.median(floor))
    per_reply.sort()
    return (
        statistics.median(per_reply),
        per_reply[int(0.9 * (len(per_reply) - 1))],
        per_reply[-1],
        statistics.median(floors),
    )


def profile_language(lang: str, top: int) -> None:
    cases = _cases(lang)
    for reply, review in cases:
        _judge(reply, review, lang)
    profiler = cProfile.Profile()
    for reply, review in cases:
        _judge(reply, review, lang)  # its review read (and remembered) outside the profile
        profiler.enable()
        _judge(reply, review, lang)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    print(f"\n== profile {lang}: {len(cases)} replies, once each (load {_load()})")
    print(out.getvalue())


def sample_language(lang: str, runs: int, top: int) -> None:
    """Where the time goes, by a statistical sampler: the process clock's timer (ITIMER_PROF,
    every 200 us of CPU) interrupts the checks, and each tick counts the function and line it
    lands in and every function on the stack. No cost a call, unlike cProfile, whose own cost
    made the guard five times slower where it calls most (session 22) and misplaced the
    figures; the C code a line calls (a regex's walk) counts as that line's."""
    import signal

    cases = _cases(lang)
    for reply, review in cases:
        _judge(reply, review, lang)
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    lines: collections.Counter[str] = collections.Counter()

    def tick(_signal: int, frame: Any) -> None:
        if frame is None:
            return
        where = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
        own[where] += 1
        lines[f"{where}:{frame.f_lineno}"] += 1
        seen = set()
        while frame is not None:
            name = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
            if name not in seen:
                seen.add(name)
                inclusive[name] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, 0.0002, 0.0002)
    try:
        for _ in range(runs):
            for reply, review in cases:
                _judge(reply, review, lang)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)
    ticks = sum(own.values()) or 1
    print(f"\n== sampled {lang}: {ticks} ticks over {runs} x {len(cases)} checks (load {_load()})")
    for title, counts in (("own", own), ("inclusive", inclusive), ("lines", lines)):
        print(f"-- {title}")
        for where, n in counts.most_common(top):
            print(f"  {100 * n / ticks:5.1f} %  {where}")


# The stages ``--stages`` times (inclusive: a stage's time holds the stages it calls).
_STAGES = (
    (confidentiality, "_languages_of"),
    (confidentiality, "_collect"),  # the reply's, then (once) the review's
    (confidentiality, "_review_facts"),
    (confidentiality, "split_text"),
    (confidentiality, "WhomReading"),  # built: the addressees, privacy statements, kin
    (confidentiality, "_read_clauses"),
    (confidentiality, "_without_reported_echoes"),
    (confidentiality, "_deduplicated"),
    (confidentiality, "_second_reading"),
)
# Generators: read whole when called (their callers read them whole), so that their time is
# their own and not their callers' loop bodies'.
_GENERATOR_STAGES = ((confidentiality, "_full_names"), (confidentiality, "_public_name_written"))


def stage_times(lang: str, runs: int) -> None:
    """CPU per reply of each stage and of each phrase kind's scans, the clock read around each
    call (its own cost is in the figures: the total beside them says how much)."""
    spent: collections.Counter[str] = collections.Counter()
    calls: collections.Counter[str] = collections.Counter()
    clock = time.process_time
    saved: list[tuple[Any, str, Any]] = []

    def timed(label: str, call: Callable[..., Any], *, whole: bool) -> Callable[..., Any]:
        @functools.wraps(call)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[label] += 1
            started = clock()
            try:
                result = call(*args, **kwargs)
                return list(result) if whole else result
            finally:
                spent[label] += clock() - started

        return wrapper

    for module, name in _STAGES + _GENERATOR_STAGES:
        saved.append((module, name, getattr(module, name)))
        whole = (module, name) in _GENERATOR_STAGES
        setattr(module, name, timed(name, getattr(module, name), whole=whole))
    kinds = {
        id(phrases): f"phrases {kind}"
        for code in LANGUAGES
        for kind, phrases in rulepack.language_pack(code).phrases.items()
    }
    scan = engine.PhraseSet.finditer_in

    def scanned(
        self: engine.PhraseSet, text: str, low: str | None, start: int, end: int
    ) -> Iterator[Any]:
        label = kinds.get(id(self), "phrases (other)")
        calls[label] += 1
        found = scan(self, text, low, start, end)
        while True:
            started = clock()
            try:
                match = next(found)
            except StopIteration:
                spent[label] += clock() - started
                return
            spent[label] += clock() - started
            yield match

    table, families = engine.PhraseTable.finditer, engine.WordFamilies.find

    def table_scan(self: engine.PhraseTable, text: str, low: str | None) -> Iterator[Any]:
        calls["facts table"] += 1
        started = clock()
        found = list(table(self, text, low))
        spent["facts table"] += clock() - started
        return iter(found)

    saved += [
        (engine.PhraseSet, "finditer_in", scan),
        (engine.PhraseTable, "finditer", table),
        (engine.WordFamilies, "find", families),
    ]
    engine.PhraseSet.finditer_in = scanned  # type: ignore[method-assign]
    engine.PhraseTable.finditer = table_scan  # type: ignore[method-assign]
    engine.WordFamilies.find = timed("word families", families, whole=False)  # type: ignore[method-assign]
    try:
        cases = _cases(lang)
        for reply, review in cases:
            _judge(reply, review, lang)  # the patterns a check compiles when first needed
        spent.clear()
        calls.clear()
        total = 0.0
        for reply, review in cases:
            # as time_language and the editor: the review read once (its facts are
            # remembered, _review_facts), the reply checked again and again; that first
            # check is left out of the figures
            kept = spent.copy(), calls.copy()
            _judge(reply, review, lang)
            spent.clear()
            calls.clear()
            spent.update(kept[0])
            calls.update(kept[1])
            for _ in range(runs):
                started = clock()
                _judge(reply, review, lang)
                total += clock() - started
        judged = runs * len(cases)
        total = total / judged * 1e3
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)
    print(f"\n== stages {lang}: {total:.2f} ms CPU a reply, timed (load {_load()})")
    for label, seconds in spent.most_common():
        print(f"  {label:32s} {seconds / judged * 1e3:6.2f} ms  {calls[label] / judged:6.1f} calls")


def time_paste(lang: str) -> tuple[float, float]:
    tune = read_items(DATA / f"replies_{lang}_tune.jsonl")
    paste = _replies_of(1_000_000, [i.reply for i in tune])[0]
    wall, cpu = time.perf_counter(), time.process_time()
    _judge(paste, tune[0].review, lang)
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--runs", type=int, default=7, help="judgements of each reply")
    parser.add_argument("--profile", action="store_true", help="cProfile, by cumulative time")
    parser.add_argument("--top", type=int, default=45, help="functions the profile prints")
    parser.add_argument(
        "--stages", action="store_true", help="CPU by stage and phrase kind, by the clock"
    )
    parser.add_argument("--paste", action="store_true", help="time a 1 MB paste too")
    parser.add_argument(
        "--sample", action="store_true", help="where the time goes, by a statistical sampler"
    )
    args = parser.parse_args(argv)
    langs = args.lang or list(LANGUAGES)
    load_guidelines(langs)
    for lang in langs:
        if args.profile:
            profile_language(lang, args.top)
            continue
        if args.stages:
            stage_times(lang, args.runs)
            continue
        if args.sample:
            sample_language(lang, args.runs, args.top)
            continue
        median, p90, worst, floor = time_language(lang, args.runs)
        line = (
            f"{lang}: 4 KB reply {median:,.0f} us median, {p90:,.0f} us p90, {worst:,.0f} us "
            f"worst CPU (median of {args.runs} runs each; load {_load()}); floor {floor:,.0f} "
            f"us, check / floor {median / floor:.1f}"
        )
        if args.paste:
            wall, cpu = time_paste(lang)
            line += f"; 1 MB paste {wall:.2f} s wall, {cpu:.2f} s CPU"
        print(line, flush=True)


if __name__ == "__main__":
    main()
