#!/bin/sh
# Puts this unpacked clinicrep in your applications menu, for you alone (no root needed):
#   ./install.sh --user       copy it to ~/.local/opt/clinicrep/<version>/, point
#                             ~/.local/opt/clinicrep/current at it, write the menu entry (with
#                             the demo action) and ~/.local/bin/clinicrep, both with full paths
#   ./install.sh --uninstall  take the program, its menu entry and command away again
# Versions sit side by side: a newer one installed while clinicrep is open leaves the open
# window's files alone (the window offers a restart), and older copies go once nothing runs
# them. Your reviews and settings are in ~/.local/share/clinicrep and are never touched.
set -eu

usage() {
  echo "usage: $0 --user | --uninstall" >&2
  echo "  --user       install this clinicrep for the current user (menu entry, command)" >&2
  echo "  --uninstall  remove it again (your reviews and settings stay)" >&2
}

HERE=$(cd "$(dirname "$0")" && pwd -P)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${CLINICREP_PREFIX:-$HOME/.local/opt/clinicrep}
BIN=$HOME/.local/bin
DESKTOP=$DATA/applications/clinicrep.desktop

# true when a running program's file is under $1
in_use() {
  for exe in /proc/[0-9]*/exe; do
    target=$(readlink "$exe" 2>/dev/null) || continue
    case "$target" in "$1"/*) return 0 ;; esac
  done
  return 1
}

# a path as one argument of a desktop file's Exec= (quoted when it needs to be)
exec_arg() {
  case "$1" in
    *[!A-Za-z0-9/._+-]*)
      printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')" ;;
    *) printf '%s' "$1" ;;
  esac
}

# text as the replacement of a sed s||| command
sed_text() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }

install_user() {
  if [ ! -x "$HERE/clinicrep" ] || [ ! -f "$HERE/_internal/VERSION" ]; then
    echo "install.sh: run it from the unpacked clinicrep folder (clinicrep and _internal/ beside it)" >&2
    exit 1
  fi
  version=$(cat "$HERE/_internal/VERSION")
  mkdir -p "$PREFIX"
  PREFIX=$(cd "$PREFIX" && pwd -P)
  target=$PREFIX/$version
  if [ "$HERE" != "$target" ]; then
    if [ -e "$target" ]; then
      if in_use "$target"; then
        target=$PREFIX/$version+$(date +%s)  # that copy is open: leave it alone
      else
        rm -rf "$target"
      fi
    fi
    rm -rf "$target.new"
    cp -a "$HERE" "$target.new"
    mv "$target.new" "$target"
  fi
  ln -sfn "$(basename "$target")" "$PREFIX/current.new"
  mv -T "$PREFIX/current.new" "$PREFIX/current"

  program=$PREFIX/current/clinicrep
  exec_program=$(sed_text "$(exec_arg "$program")")
  icon=$(sed_text "$PREFIX/current/clinicrep.png")
  try_exec=$(sed_text "$program")
  mkdir -p "$DATA/applications" "$BIN"
  sed -e "s|^Exec=clinicrep\$|Exec=$exec_program|" \
      -e "s|^Exec=clinicrep --demo\$|Exec=$exec_program --demo|" \
      -e "s|^Icon=clinicrep\$|Icon=$icon|" \
      -e "s|^Type=Application\$|Type=Application\nTryExec=$try_exec|" \
      "$PREFIX/current/clinicrep.desktop" > "$DESKTOP.new"
  mv "$DESKTOP.new" "$DESKTOP"
  chmod 644 "$DESKTOP"
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" || true
  fi
  ln -sfn "$program" "$BIN/clinicrep"

  for old in "$PREFIX"/*; do
    if [ -d "$old" ] && [ ! -L "$old" ] && [ "$old" != "$target" ] && ! in_use "$old"; then
      rm -rf "$old"
    fi
  done
  echo "clinicrep $version is installed in $target"
  echo "  menu entry: $DESKTOP"
  echo "  command:    $BIN/clinicrep"
  case ":$PATH:" in *":$BIN:"*) ;; *) echo "  ($BIN is not on your PATH: start it from the menu)" ;; esac
}

uninstall_user() {
  rm -f "$DESKTOP"
  if [ -L "$BIN/clinicrep" ]; then
    case "$(readlink "$BIN/clinicrep")" in "$PREFIX"/*) rm -f "$BIN/clinicrep" ;; esac
  fi
  rm -rf "$PREFIX"
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA/applications" ]; then
    update-desktop-database -q "$DATA/applications" || true
  fi
  echo "clinicrep is removed. Your reviews and settings are still in $DATA/clinicrep."
}

case "${1:-}" in
  --user) install_user ;;
  --uninstall) uninstall_user ;;
  -h|--help) usage ;;
  *) usage; exit 2 ;;
esac
