#!/usr/bin/env bash
# Checks the installer recipes that cannot be built on this machine, as far as Linux can:
# the NSIS script compiles (Debian's makensis, against a stand-in bundle), the shell
# scripts pass shellcheck, the .desktop file passes desktop-file-validate, the Python
# bits pass ruff. Installs nsis, shellcheck and desktop-file-utils with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pkg in nsis shellcheck desktop-file-utils; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== shellcheck"
shellcheck packaging/build_linux.sh packaging/lint.sh packaging/macos/build_dmg.sh \
  packaging/linux/postinst packaging/linux/postrm

echo "== desktop-file-validate"
desktop-file-validate packaging/linux/clinicrep.desktop

echo "== ruff"
.venv/bin/ruff check packaging/render_icons.py packaging/clinicrep_main.py tests/test_packaging.py
.venv/bin/ruff format --check packaging/render_icons.py packaging/clinicrep_main.py tests/test_packaging.py

echo "== makensis"
VERSION=$(sed -n 's/^__version__ *= *"\(.*\)"/\1/p' src/clinicrep/__init__.py)
stage=build/nsis-lint
rm -rf "$stage"
mkdir -p "$stage/dist/clinicrep/_internal/resources"
# a stand-in for the Windows bundle: same layout, empty files
: > "$stage/dist/clinicrep/clinicrep.exe"
: > "$stage/dist/clinicrep/clinicrep-cli.exe"
: > "$stage/dist/clinicrep/_internal/resources/placeholder"
if [ ! -f build/icons/clinicrep.ico ]; then
  QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py build/icons >/dev/null
fi
# -WX: a warning fails the check, like an error
# (absolute paths: makensis resolves relative ones from the script's folder)
makensis -V2 -WX -DDIST="$PWD/$stage/dist/clinicrep" -DVERSION="$VERSION" \
  -DICON="$PWD/build/icons/clinicrep.ico" -DOUTFILE="$PWD/$stage/clinicrep-$VERSION-setup.exe" \
  packaging/windows/clinicrep.nsi
test -s "$stage/clinicrep-$VERSION-setup.exe"
echo "lint: all installer recipes check out"
