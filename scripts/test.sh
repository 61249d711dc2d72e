#!/usr/bin/env bash
# Runs everything CI runs: lint (with RUF100: no noqa that silences nothing), types over the
# whole package (ui/ included), the layer check (../shared/tools/check-layers with the
# services listed in pyproject.toml), and the whole test suite, headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
.venv/bin/mypy
.venv/bin/python scripts/check_layers.py
.venv/bin/python -m pytest -q -m "not packaging" "$@"
