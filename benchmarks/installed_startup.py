"""Start-up of the installed bundle against the venv, the same command interleaved.

    python benchmarks/installed_startup.py ROUNDS BUNDLE_PROGRAM ARGS...
    e.g. python benchmarks/installed_startup.py 9 /opt/clinicrep/run/current/clinicrep --version

Each run gets a fresh empty home (offscreen, C.UTF-8). Prints the median and least wall time
and CPU time (user + system of the child: steadier than wall time on a shared machine) of
each, and bundle/venv ratios. The venv side is `python -m clinicrep` from this tree's src/.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def main() -> None:
    rounds, bundle, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    commands = {"venv": [sys.executable, "-m", "clinicrep"], "bundle": [bundle]}
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            with tempfile.TemporaryDirectory() as home:
                env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
                env.update({f"XDG_{k}_HOME": f"{home}/{k.lower()}" for k in ("DATA", "CONFIG",
                            "STATE", "CACHE")})  # fmt: skip
                env["PYTHONPATH"] = str(SRC)
                env.pop("CLINICREP_DATA_DIR", None)
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.monotonic()
                done = subprocess.run(command + args, env=env, capture_output=True, text=True)
                wall[name].append(time.monotonic() - started)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(
                    after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                )
                if done.returncode:
                    raise SystemExit(f"{name} failed: {done.stderr[-1500:]}")
    label = " ".join(args)
    for name in commands:
        print(
            f"{label} {name}: wall median {statistics.median(wall[name]):.3f} s, "
            f"least {min(wall[name]):.3f} s; CPU median {statistics.median(cpu[name]):.3f} s "
            f"(n={rounds})"
        )
    ratio_wall = statistics.median(wall["bundle"]) / statistics.median(wall["venv"])
    ratio_cpu = statistics.median(cpu["bundle"]) / statistics.median(cpu["venv"])
    print(f"bundle/venv: wall {ratio_wall:.2f}, CPU {ratio_cpu:.2f}")


if __name__ == "__main__":
    main()
