#!/usr/bin/env bash
# Checks the installer recipes that cannot be built on this machine, as far as Linux can:
# the NSIS script compiles (Debian's makensis, against a stand-in bundle), the shell
# scripts pass shellcheck, the .desktop file passes desktop-file-validate, the Python
# bits pass ruff. Installs nsis, shellcheck and desktop-file-utils with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/apt_missing.sh
source scripts/apt_missing.sh
install_missing "the linters" nsis shellcheck desktop-file-utils

echo "== shellcheck"
shellcheck packaging/build_linux.sh packaging/lint.sh packaging/macos/build_dmg.sh scripts/apt_missing.sh \
  packaging/linux/postinst packaging/linux/postrm packaging/linux/install.sh

echo "== desktop-file-validate"
desktop-file-validate packaging/linux/clinicrep.desktop

echo "== ruff"
PYFILES=(packaging/render_icons.py packaging/clinicrep_main.py packaging/licences.py
  packaging/rthooks/pyi_rth_qt_paths.py packaging/hatch_mypyc.py packaging/compiled_wheel.py
  tests/test_packaging.py tests/test_compiled_build.py)
.venv/bin/ruff check "${PYFILES[@]}"
.venv/bin/ruff format --check "${PYFILES[@]}"

echo "== macOS Info.plist (as the spec's BUNDLE writes it)"
# the spec's info_plist literal, with its version, must make a valid plist with the keys
# Finder and Gatekeeper read (PlistBuddy checks the built one on a Mac: macos/build_dmg.sh)
.venv/bin/python - <<'PY'
import ast
import plistlib
import re
from pathlib import Path

spec = Path("packaging/clinicrep.spec").read_text()
version = re.search(r'__version__\s*=\s*"([^"]+)"', Path("src/clinicrep/__init__.py").read_text())[1]
call = next(
    node for node in ast.walk(ast.parse(spec))
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BUNDLE"
)
keywords = {k.arg: k.value for k in call.keywords}
source = ast.unparse(keywords["info_plist"]).replace("VERSION", repr(version))
info = ast.literal_eval(source)
info["CFBundleIdentifier"] = ast.literal_eval(keywords["bundle_identifier"])
again = plistlib.loads(plistlib.dumps(info))
for key in ("CFBundleName", "CFBundleIdentifier", "CFBundleShortVersionString",
            "CFBundleVersion", "LSMinimumSystemVersion", "NSHighResolutionCapable"):
    assert key in again, key
assert again["CFBundleShortVersionString"] == version, again
assert re.fullmatch(r"\d+\.\d+(\.\d+)?", again["LSMinimumSystemVersion"])
print(f"Info.plist: {len(again)} keys, version {version}")
PY

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
