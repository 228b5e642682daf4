# Sourced by scripts/run and scripts/test: ensure_packages PURPOSE... installs the missing packages of
# scripts/packages.txt for those purposes (apt-get as root, or through sudo), printing each one; where it
# cannot install, it names them in one line and fails.
ensure_packages() {
  local list
  list="$(dirname "${BASH_SOURCE[0]}")/../packages.txt"
  local missing=() purpose package probe wanted
  while read -r purpose package probe; do
    [[ -z "$purpose" || "$purpose" == \#* ]] && continue
    wanted=0
    for p in "$@"; do [[ "$p" == "$purpose" ]] && wanted=1; done
    ((wanted)) || continue
    if [[ "$probe" == /* ]]; then [[ -e "$probe" ]] && continue
    else command -v "$probe" >/dev/null 2>&1 && continue
    fi
    missing+=("$package")
  done <"$list"
  ((${#missing[@]} == 0)) && return 0
  local run=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then run=(sudo); else
      echo "sdcoach needs these system packages: ${missing[*]} (install them, then run this again)" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "sdcoach needs these system packages: ${missing[*]} (no apt-get here: install them with your package manager)" >&2
    return 1
  fi
  for package in "${missing[@]}"; do echo "installing $package"; done
  export DEBIAN_FRONTEND=noninteractive
  "${run[@]}" apt-get update -qq
  "${run[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}
