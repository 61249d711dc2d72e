#!/usr/bin/env bash
# macOS: builds dist/clinicrep.app (PyInstaller BUNDLE, Info.plist carries the version) and
# wraps it in dist/clinicrep-<version>-macos-<arch>.dmg with an Applications link, so the
# user drags the app across. Reviews and settings live in ~/Library/Application Support/
# clinicrep, outside the app: replacing or deleting the app keeps them.
# Needs: macOS (hdiutil), Python 3.11 with the project installed:
# pip install -e '.[package,postgres]' (the shared store's driver: psycopg with its libpq).
# Not signed or notarised: first start needs right-click > Open (see the issue).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] && PY=.venv/bin/python
VERSION=$(sed -n 's/^__version__ *= *"\(.*\)"/\1/p' src/clinicrep/__init__.py)
ARCH=$(uname -m)

"$PY" -m clinicrep.i18n_build
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py build/icons
# the analysis compiled with mypyc (clang from the Xcode command-line tools; without them the
# bundle is pure Python, and compiled_wheel.py says so)
"$PY" packaging/compiled_wheel.py
rm -rf dist/clinicrep dist/clinicrep.app
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/clinicrep.spec

plist=dist/clinicrep.app/Contents/Info.plist
shown=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$plist")
[ "$shown" = "$VERSION" ] || { echo "Info.plist says $shown, expected $VERSION" >&2; exit 1; }

stage=build/dmg
rm -rf "$stage"
mkdir -p "$stage"
cp -R dist/clinicrep.app "$stage/"
ln -s /Applications "$stage/Applications"
dmg=dist/clinicrep-$VERSION-macos-$ARCH.dmg
rm -f "$dmg"
hdiutil create -volname "clinicrep $VERSION" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
echo "$dmg"
