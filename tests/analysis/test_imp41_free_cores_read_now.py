"""Whether the analysis gets workers: decided by what the cores do now (Linux's /proc/stat
read twice), not by the load average of the last minute, which still holds this program's
own previous import (issue 22: the second of two imports a minute apart ran its analysis
in the importing process on an idle PC)."""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import wait
from pathlib import Path

import pytest
from tests.analysis.review_pages import review_pages

from clinicrep.analysis import parallel
from clinicrep.importing import import_csv
from clinicrep.model import Platform
from clinicrep.store import open_database

HEADER = "cpu  1000 0 1000 1000 0 0 0 0 0 0\n"


def _stat(*cores: tuple[int, int, int]) -> str:
    """/proc/stat with ``(user, nice, idle)`` ticks for cpu0, cpu1, ..."""
    lines = [HEADER]
    for n, (user, nice, idle) in enumerate(cores):
        lines.append(f"cpu{n} {user} {nice} 50 {idle} 5 0 3 0 0 0\n")
    lines.append("intr 12345 0 0\nctxt 999\n")
    return "".join(lines)


class FakeMachine:
    """The clocks and the counts ``parallel`` reads, set by the test (no real waiting)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, cores: set[int]) -> None:
        self.stat: str | None = _stat(*[(100, 0, 100)] * len(cores))
        self.clock = 10.0
        self.own = 1.0
        self.slept: list[float] = []
        monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _pid: cores, raising=False)
        monkeypatch.setattr(parallel, "_proc_stat", lambda: self.stat)
        monkeypatch.setattr(parallel, "_clock", lambda: self.clock)
        monkeypatch.setattr(parallel, "_own_cpu", lambda: self.own)
        monkeypatch.setattr(parallel, "_sleep", self._sleep)
        self.then: list[str] = []  # what /proc/stat says after each sleep

    def _sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.clock += seconds
        if self.then:
            self.stat = self.then.pop(0)


def test_cores_busy_a_minute_ago_but_idle_now_take_workers(monkeypatch):
    machine = FakeMachine(monkeypatch, {0, 1})
    # the load average still holds the import that ended a moment ago
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.56, 0.9, 0.4))
    # over the 0.1 s read, both cores idle (10 ticks each): nobody else works
    machine.then = [_stat((100, 0, 110), (100, 0, 110))]
    assert parallel.worker_count() == 2
    assert machine.slept == [pytest.approx(parallel.READING_SECONDS)]


def test_cores_other_programs_keep_busy_take_none_whatever_the_load_average_says(monkeypatch):
    machine = FakeMachine(monkeypatch, {0, 1})
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.1, 0.1, 0.1))
    # both cores busy (one with a niced program): the pool would only add its cost
    machine.then = [_stat((110, 0, 100), (100, 10, 100))]
    assert parallel.worker_count() == 1


def test_one_core_busy_elsewhere_still_takes_two_workers(monkeypatch):
    machine = FakeMachine(monkeypatch, {0, 1})
    machine.then = [_stat((110, 0, 100), (101, 0, 109))]
    assert parallel.free_cores(2) == 1
    machine.then = [_stat((120, 0, 100), (102, 0, 118))]
    # one core free: two workers, this process reading and storing beside them
    assert parallel.worker_count() == 2


def test_this_programs_own_work_counts_as_free(monkeypatch):
    machine = FakeMachine(monkeypatch, {0, 1})
    first = parallel.CoreReading.now()
    assert first is not None
    # 0.3 s later: one core worked all along, but it was this process (surveying the file)
    machine.clock += 0.3
    machine.own += 0.3
    machine.stat = _stat((130, 0, 100), (100, 0, 130))
    assert parallel.free_cores(2, first) == 2
    assert machine.slept == []  # read across the survey: no wait of its own


def test_a_reading_taken_a_moment_before_waits_only_for_the_rest(monkeypatch):
    machine = FakeMachine(monkeypatch, {0, 1})
    first = parallel.CoreReading.now()
    machine.clock += 0.04
    machine.then = [_stat((100, 0, 110), (100, 0, 110))]
    assert parallel.worker_count(first) == 2
    assert machine.slept == [pytest.approx(parallel.READING_SECONDS - 0.04)]


def test_only_the_cores_this_process_may_use_are_read(monkeypatch):
    machine = FakeMachine(monkeypatch, {1, 2})
    # cpu0 and cpu3 (not ours) idle; cpu1 and cpu2 (ours) busy with other programs
    machine.stat = _stat((100, 0, 100), (100, 0, 100), (100, 0, 100), (100, 0, 100))
    machine.then = [_stat((100, 0, 110), (110, 0, 100), (110, 0, 100), (100, 0, 110))]
    assert parallel.worker_count() == 1


def test_without_a_reading_of_the_cores_the_load_average_decides_and_without_it_every_core(
    monkeypatch,
):
    machine = FakeMachine(monkeypatch, {0, 1, 2, 3})
    machine.stat = None  # macOS: no /proc/stat
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    assert parallel.worker_count() == 2
    assert machine.slept == []

    def no_load_average() -> tuple[float, float, float]:
        raise OSError("not here")  # Windows has none (there os.getloadavg is missing)

    monkeypatch.setattr(parallel.os, "getloadavg", no_load_average)
    assert parallel.free_cores(4) == 4
    assert parallel.worker_count() == 4


def test_an_unreadable_count_falls_back_to_the_load_average(monkeypatch):
    machine = FakeMachine(monkeypatch, {0, 1})
    machine.stat = "cpu0 a b c d e\n"
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (2.4, 2.0, 2.0))
    assert parallel.worker_count() == 1


def test_a_few_reviews_never_wait_to_read_the_cores(monkeypatch):
    machine = FakeMachine(monkeypatch, {0, 1})
    with parallel.AnalysisPool(_never_called, parallel.PARALLEL_FROM - 1) as pool:
        assert pool.workers == 1
    assert machine.slept == []


def _never_called(review, *, fallback_language=""):
    raise AssertionError("no review analysed")


def test_an_import_reads_the_cores_before_its_survey_and_hands_the_reading_on(
    tmp_path: Path, monkeypatch
):
    readings: list[parallel.CoreReading | None] = []
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)

    def counted(since: parallel.CoreReading | None = None) -> int:
        readings.append(since)
        return 1

    monkeypatch.setattr(parallel, "worker_count", counted)
    export = tmp_path / "export.csv"
    export.write_text(
        "Date;Author;Rating;Review\n"
        + "".join(f"2026-0{1 + i % 9}-1{i % 10};A{i};5;Very kind doctor {i}\n" for i in range(30)),
        encoding="utf-8",
    )
    with open_database(tmp_path / "store.sqlite3") as db:
        report = import_csv(db, export, source_name="Export", platform=Platform.OTHER)
    assert report.imported == 30
    assert len(readings) == 1
    assert isinstance(readings[0], parallel.CoreReading)


def test_the_workers_end_once_the_last_results_are_in_before_the_pool_is_left():
    # the importing process stores the last pages and commits while they end (their exit
    # no longer waits after the COMMIT); every page still comes back analysed
    from clinicrep.analysis.pipeline import analyse_review

    pages = review_pages(5, 20, "Bardzo miły lekarz")
    with parallel.AnalysisPool(analyse_review, parallel.PARALLEL_FROM, workers=2) as pool:
        analysed = pool.analysed_values(pages, "pl")
        found = [next(analysed)]
        workers = multiprocessing.active_children()  # started by the first pages handed out
        found.extend(analysed)
        assert [len(values) for _page, values in found] == [20] * 5
        assert all(v is not None and v.language == "pl" for _p, vs in found for v in vs)
        # they end on their own, the pool not left yet: each one's sentinel is ready once it
        # has ended, whoever reaps it (the executor's own thread joins them too, so a join
        # here could find its exit status taken and read the process as still running)
        for worker in workers:
            wait([worker.sentinel], 60)
        assert workers and all(wait([worker.sentinel], 0) for worker in workers)
