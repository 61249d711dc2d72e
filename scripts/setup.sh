#!/usr/bin/env bash
# Sets up clinicrep from this source tree on Debian/Ubuntu: the system libraries Qt needs,
# fonts for Cyrillic, Polish and Chinese, poppler (PDF checks), then a virtualenv in .venv.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji poppler-utils
)
# shellcheck source=scripts/apt_missing.sh
source scripts/apt_missing.sh
install_missing "system packages" "${packages[@]}"

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,postgres]'
.venv/bin/python -m clinicrep.i18n_build  # compile translations (.ts -> .qm)
