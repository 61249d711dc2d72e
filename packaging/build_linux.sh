#!/usr/bin/env bash
# Builds the Linux installers from this source tree:
#   dist/clinicrep/                               the PyInstaller bundle (no Python needed)
#   dist/clinicrep_<version>_<arch>.deb           installs to /opt/clinicrep, /usr/bin/clinicrep
#                                                 (versions side by side: see linux/postinst)
#   dist/clinicrep-<version>-linux-<arch>.tar.xz  the same bundle to unpack anywhere, with
#                                                 install.sh --user (menu entry, side by side)
# Installs what it needs when missing (apt-get: binutils, patchelf, lintian, desktop-file-utils, the Qt
# libraries; pip: the project with its "package" and "postgres" extras). Safe to run again.
# CLINICREP_SKIP_SMOKE=1 skips starting the bundle after the build; CLINICREP_REUSE_BUNDLE=1
# keeps an existing dist/clinicrep and only repackages it; CLINICREP_PURE=1 bundles the analysis
# as pure Python (no mypyc build; the same results, slower); CLINICREP_MYPYC=required stops
# when no C compiler works instead of falling back to pure Python.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

log() { printf '== %s\n' "$*"; }

# --- tools -------------------------------------------------------------------------------
need_apt=(binutils desktop-file-utils xz-utils patchelf lintian)
# a C compiler and Python's headers: the analysis is compiled with mypyc (compiled_wheel.py)
need_apt+=(gcc libc6-dev python3-dev)
# the licence texts of the libraries inside psycopg-binary's wheel (libpq, OpenSSL, Kerberos,
# OpenLDAP, Cyrus SASL, keyutils, com_err): licences.py copies them from these packages'
# copyright files (WHEEL_LIBRARIES there names which; Debian 12's package names)
need_apt+=(libpq5 libssl3 libkrb5-3 libldap-2.5-0 libsasl2-2 libkeyutils1 libcom-err2)
# the libraries the bundle takes from the system (first word of each line in depends.txt)
while read -r pkg _; do
  need_apt+=("$pkg")
done < <(grep -v '^\s*#' packaging/linux/depends.txt | grep -v '^\s*$' | sed 's/ *(.*)//')
# shellcheck source=scripts/apt_missing.sh
source scripts/apt_missing.sh
install_missing "system packages" "${need_apt[@]}"

if [ ! -x .venv/bin/python ]; then
  log "no .venv yet: running scripts/setup.sh"
  bash scripts/setup.sh
fi
PY=$ROOT/.venv/bin/python
# PyInstaller, and psycopg with its binary implementation (libpq inside): the shared store
# on a PostgreSQL server (issue 20) is in every installer
if ! "$PY" -c "import PyInstaller, psycopg, psycopg.pq; assert psycopg.pq.__impl__ == 'binary'" \
  2>/dev/null; then
  log "installing PyInstaller and psycopg (pip install -e '.[package,postgres]')"
  "$PY" -m pip install -q -e '.[package,postgres]'
fi

VERSION=$(sed -n 's/^__version__ *= *"\(.*\)"/\1/p' src/clinicrep/__init__.py)
[ -n "$VERSION" ] || { echo "no __version__ in src/clinicrep/__init__.py" >&2; exit 1; }
ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
log "clinicrep $VERSION ($ARCH)"
start=$(date +%s)

# --- bundle ------------------------------------------------------------------------------
log "translations"
"$PY" -m clinicrep.i18n_build
log "icons"
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py build/icons
if [ "${CLINICREP_REUSE_BUNDLE:-0}" = 1 ] && [ -x dist/clinicrep/clinicrep ]; then
  log "reusing the bundle in dist/clinicrep (CLINICREP_REUSE_BUNDLE=1)"
else
  # the analysis's hot modules compiled with mypyc, from a wheel built outside src/
  # (packaging/compiled_wheel.py; CLINICREP_PURE=1 bundles the pure-Python analysis)
  log "compiled analysis (mypyc)"
  if [ "${CLINICREP_PURE:-0}" = 1 ]; then
    "$PY" packaging/compiled_wheel.py --pure
  else
    "$PY" packaging/compiled_wheel.py
  fi
  log "PyInstaller bundle"
  rm -rf dist/clinicrep
  "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/clinicrep.spec
fi
chmod -R u+rwX,go+rX,go-w dist/clinicrep
# Tidy what the spec's filter leaves behind: symlinks to left-out Qt libraries, and
# top-level libraries nothing in the bundle links to any more (libpython is loaded by the
# bootloader). Debian's libpython carries debug symbols: strip them (23 MB -> ~5 MB).
find dist/clinicrep -xtype l -delete
while :; do
  needed=$(find dist/clinicrep -type f -name '*.so*' -exec readelf -d {} + 2>/dev/null \
    | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
  orphans=()
  for lib in dist/clinicrep/_internal/lib*.so*; do
    name=$(basename "$lib")
    case $name in libpython*|*.cpython-*|*.abi3.*) continue ;; esac
    grep -qxF "$name" <<<"$needed" || orphans+=("$lib")
  done
  [ ${#orphans[@]} -gt 0 ] || break
  rm -f "${orphans[@]}"
done
find dist/clinicrep -xtype l -delete
# Shared libraries: Python's without debug symbols (libpython: 23 MB -> ~5 MB), not
# executable, and no search path into the build host's Python prefix (a pyenv folder in the
# builder's home, baked into libpython and the extension modules as RUNPATH): the bundle
# finds its libraries itself, so keep only $ORIGIN-relative entries. The program file is left
# alone: PyInstaller's archive is appended to it.
PREFIX=$("$PY" -c 'import sys; print(sys.base_prefix)')
while IFS= read -r -d '' lib; do
  [ -L "$lib" ] && continue
  head -c 4 "$lib" | grep -q 'ELF' || continue
  chmod 0644 "$lib"
  # only Python's own (built on the host); a wheel's libraries stay as shipped: auditwheel
  # edited them with patchelf, and strip breaks those ("ELF load command ... not page-aligned")
  case $lib in */libpython3*|*/python3*/lib-dynload/*) strip --strip-unneeded "$lib" ;; esac
  rpath=$(patchelf --print-rpath "$lib" 2>/dev/null) || continue
  [ -n "$rpath" ] || continue
  kept=$(printf '%s' "$rpath" | tr ':' '\n' | grep '^[$]ORIGIN' | paste -sd: || true)
  if [ "$kept" != "$rpath" ]; then
    if [ -n "$kept" ]; then patchelf --set-rpath "$kept" "$lib"; else patchelf --remove-rpath "$lib"; fi
  fi
done < <(find dist/clinicrep/_internal -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
if find dist/clinicrep -type f -name '*.so*' -exec readelf -d {} + 2>/dev/null | grep -F "$PREFIX"; then
  echo "a library still searches the build host's $PREFIX" >&2
  exit 1
fi

if [ "${CLINICREP_SKIP_SMOKE:-0}" != 1 ]; then
  log "smoke test of the bundle"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  HOME=$tmp XDG_DATA_HOME=$tmp/share XDG_CONFIG_HOME=$tmp/config XDG_STATE_HOME=$tmp/state \
    XDG_CACHE_HOME=$tmp/cache CLINICREP_DATA_DIR=$tmp/data QT_QPA_PLATFORM=offscreen \
    dist/clinicrep/clinicrep --demo --smoke
fi

# --- .deb --------------------------------------------------------------------------------
# Layout (packaging/linux/postinst says why): the package's files in
# /opt/clinicrep/package/<version>/, run from a hard-linked copy /opt/clinicrep/run/<version>/
# that upgrades never touch; /opt/clinicrep/run/current -> the newest; /usr/bin/clinicrep -> it.
log ".deb"
DEB_ROOT=build/deb/clinicrep_${VERSION}_${ARCH}
INSTALLED_AT=opt/clinicrep/package/$VERSION
DOC=$DEB_ROOT/usr/share/doc/clinicrep
rm -rf build/deb
mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt/clinicrep/package" "$DEB_ROOT/usr/bin" \
  "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/icons" "$DOC" \
  "$DEB_ROOT/usr/share/man/man1" "$DEB_ROOT/usr/share/lintian/overrides"
cp -a dist/clinicrep "$DEB_ROOT/$INSTALLED_AT"
ln -s /opt/clinicrep/run/current/clinicrep "$DEB_ROOT/usr/bin/clinicrep"
desktop-file-validate packaging/linux/clinicrep.desktop
install -m 644 packaging/linux/clinicrep.desktop "$DEB_ROOT/usr/share/applications/clinicrep.desktop"
cp -r build/icons/hicolor "$DEB_ROOT/usr/share/icons/hicolor"
# every bundled component with its licence, from the installed distributions' metadata
"$PY" packaging/licences.py dist/clinicrep "$INSTALLED_AT" "$DOC"
CHANGELOG_VERSION=$(sed -n '1s/^clinicrep (\([^)]*\)).*/\1/p' packaging/linux/changelog)
if [ "$CHANGELOG_VERSION" != "$VERSION" ]; then
  echo "packaging/linux/changelog starts at $CHANGELOG_VERSION, the program is $VERSION: add an entry" >&2
  exit 1
fi
gzip -9n < packaging/linux/changelog > "$DOC/changelog.gz"
gzip -9n < packaging/linux/clinicrep.1 > "$DEB_ROOT/usr/share/man/man1/clinicrep.1.gz"
sed "s|@INSTALLED_AT@|$INSTALLED_AT|g" packaging/linux/lintian-overrides \
  | grep -v '^#' > "$DEB_ROOT/usr/share/lintian/overrides/clinicrep"
chmod 644 "$DEB_ROOT/usr/share/lintian/overrides/clinicrep" "$DOC/changelog.gz" \
  "$DEB_ROOT/usr/share/man/man1/clinicrep.1.gz"
sed "s/@VERSION@/$VERSION/g" packaging/linux/postinst > "$DEB_ROOT/DEBIAN/postinst"
install -m 755 packaging/linux/postrm "$DEB_ROOT/DEBIAN/postrm"
chmod 755 "$DEB_ROOT/DEBIAN/postinst"
DEPENDS=$(grep -v '^\s*#' packaging/linux/depends.txt | grep -v '^\s*$' \
  | sed -E 's/^([^ (]+)( *\([^)]*\))?.*/\1\2/; s/ +\(/ (/' | paste -sd, | sed 's/,/, /g')
# the oldest glibc the bundle runs on: the newest symbol version any of its binaries needs
# (the host's own glibc would shut out systems the bundle runs on, e.g. Ubuntu 22.04's 2.35)
GLIBC=$(find dist/clinicrep -type f \( -name '*.so*' -o -name clinicrep \) -exec objdump -T {} + \
  2>/dev/null | grep -o 'GLIBC_2\.[0-9]*' | sed 's/GLIBC_//' | sort -t. -k2 -n -u | tail -1)
DEPENDS=$(printf '%s' "$DEPENDS" | sed -E "s/libc6 \(>= [^)]*\)/libc6 (>= $GLIBC)/")
SIZE_KB=$(du -sk --apparent-size "$DEB_ROOT" | cut -f1)
cat > "$DEB_ROOT/DEBIAN/control" <<CONTROL
Package: clinicrep
Version: $VERSION
Architecture: $ARCH
Maintainer: ${CLINICREP_MAINTAINER:-clinicrep <packaging@clinicrep.invalid>}
Section: misc
Priority: optional
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Recommends: fonts-wqy-microhei | fonts-noto-cjk, gnome-keyring | keepassxc
Description: online reviews desk for a small medical practice
 clinicrep brings the practice's reviews from Google, Facebook and other
 platforms into one inbox, helps write replies that keep patient
 confidentiality, and makes a monthly PDF report. Everything stays on this
 computer; sign-ins are kept in the desktop keyring.
CONTROL
DEB=dist/clinicrep_${VERSION}_${ARCH}.deb
rm -f dist/clinicrep_*.deb
dpkg-deb --root-owner-group -Zxz --threads-max="$(nproc)" --build "$DEB_ROOT" "$DEB" >/dev/null

# --- tar.xz ------------------------------------------------------------------------------
log "tar.xz"
TAR_NAME=clinicrep-${VERSION}-linux-${MACHINE}
TAR_ROOT=build/tar/$TAR_NAME
rm -rf build/tar
mkdir -p "$TAR_ROOT"
cp -a dist/clinicrep/. "$TAR_ROOT/"
cp packaging/linux/clinicrep.desktop "$TAR_ROOT/clinicrep.desktop"
cp build/icons/hicolor/256x256/apps/clinicrep.png "$TAR_ROOT/clinicrep.png"
install -m 755 packaging/linux/install.sh "$TAR_ROOT/install.sh"
mkdir -p "$TAR_ROOT/licences"
cp "$DOC/copyright" "$TAR_ROOT/licences/COPYRIGHT"
cp -r "$DOC/licences/." "$TAR_ROOT/licences/"
PKGS=$(grep -v '^\s*#' packaging/linux/depends.txt | grep -v '^\s*$' | awk '{print $1}' | paste -sd' ')
sed -e "s/@VERSION@/$VERSION/g" -e "s/@MACHINE@/$MACHINE/g" -e "s/@PACKAGES@/$PKGS/g" \
  -e "s/@GLIBC@/$GLIBC/g" packaging/linux/README-tar.txt > "$TAR_ROOT/README.txt"
rm -f dist/clinicrep-*-linux-*.tar.gz dist/clinicrep-*-linux-*.tar.xz
tar -C build/tar --owner=0 --group=0 --numeric-owner -cf - "$TAR_NAME" \
  | xz -T"$(nproc)" -6 > "dist/$TAR_NAME.tar.xz"

end=$(date +%s)
log "done in $((end - start)) s"
du -sh dist/clinicrep "$DEB" "dist/$TAR_NAME.tar.xz"
