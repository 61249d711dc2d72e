# shellcheck shell=bash
# Sourced by scripts/setup.sh, scripts/compiled_check.sh, packaging/lint.sh and
# packaging/build_linux.sh: install_missing <what they are for> <Debian package>... installs with
# apt-get (through sudo when not root) those of the packages dpkg does not list as installed.
install_missing() {
  local why=$1 pkg
  shift
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing $why: ${missing[*]}"
    local sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}
