#!/usr/bin/env bash
# System Chromium for the FitSaaS browser tests (Playwright drives it through ExecutablePath; browser downloads are not
# possible on the CI machines, so the test suite uses Debian's 'chromium' package instead of Playwright's own builds).
#
#   etc/scripts/chromium.sh ensure   # installs the Debian 'chromium' package when missing; prints the executable path
#                                    # as the last stdout line
#   etc/scripts/chromium.sh path     # prints the executable path, or fails when Chromium is not installed
#
# Environment:
#   FITSAAS_CHROMIUM   an explicit Chromium executable to use instead of /usr/bin/chromium (optional)
#
# All progress messages go to stderr so that `$(chromium.sh ensure | tail -n1)` yields just the path. Never fails when
# there is nothing to do.
set -euo pipefail

CHROMIUM="${FITSAAS_CHROMIUM:-/usr/bin/chromium}"

log() { printf '[chromium.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    echo "usage: $0 ensure|path" >&2
    exit 2
}

is_usable() {
    [[ -x "$CHROMIUM" ]]
}

install_chromium() {
    log "Chromium not found at $CHROMIUM; installing the Debian 'chromium' package"
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install chromium"
        sudo=(sudo -n)
    fi
    local install=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium)
    # apt-get update only when the package lists are missing or stale (the first install attempt fails).
    if ! "${install[@]}" >&2; then
        log "installing from the current package lists failed; running apt-get update and retrying"
        "${sudo[@]}" apt-get update -qq >&2
        "${install[@]}" >&2
    fi
}

print_version() {
    # Chromium refuses to print its version as root without --no-sandbox on some builds; the version is informational.
    "$CHROMIUM" --headless --no-sandbox --version 2>/dev/null | head -n1 >&2 || true
}

case "${1:-}" in
    ensure)
        if ! is_usable; then
            [[ "$CHROMIUM" == /usr/bin/chromium ]] || die "FITSAAS_CHROMIUM=$CHROMIUM is not an executable"
            install_chromium || die "could not install the Debian 'chromium' package"
            is_usable || die "the 'chromium' package is installed but $CHROMIUM is missing"
        fi
        print_version
        echo "$CHROMIUM"
        ;;
    path)
        is_usable || die "Chromium is not installed at $CHROMIUM (run: $0 ensure)"
        echo "$CHROMIUM"
        ;;
    *) usage ;;
esac
