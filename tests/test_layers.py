"""The layer check CI runs covers the services added since the first architecture."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_layers.py"), str(root)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_code_as_it_is_crosses_no_layer():
    done = _check(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "service",
    [
        "publishing.py",
        "importing.py",
        "monitoring/unattended.py",
        "demo/populate.py",
        "settings.py",
    ],
)
def test_a_service_that_reaches_into_the_window_is_reported(tmp_path, service):
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    module = tmp_path / "src" / "clinicrep" / service
    module.parent.mkdir(parents=True, exist_ok=True)
    module.write_text("from clinicrep.ui.workers import Op\n", encoding="utf-8")
    done = _check(tmp_path)
    assert done.returncode == 1
    assert f"{service}:1: imports clinicrep.ui" in done.stdout


def test_ci_checks_layers_types_of_the_whole_package_and_unused_noqa():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["mypy"]["packages"] == ["clinicrep"]  # ui/ too
    assert "RUF100" in config["tool"]["ruff"]["lint"]["select"]
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert "scripts/check_layers.py" in script and ".venv/bin/mypy" in script
