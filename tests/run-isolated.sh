#!/usr/bin/env bash
# Usage: tests/run-isolated.sh COMMAND [ARGS...]
#
# Runs a test with nothing of the machine's user session, so that it passes whatever else is installed or running:
# a HOME and XDG directories of its own (no real vault, no ~/.pki/nssdb of a Chromium, no Firefox profile), a
# session bus address that leads nowhere (no real keyring, no notification daemon), no display, no desktop variables,
# and no organisation policy from /etc/xdg. A test that needs one of these makes its own (tests/run-with-keyring.sh
# for a keyring, a private bus, an NSS database in a temporary directory). Exits with COMMAND's exit code.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-test.XXXXXX")  # mktemp -d => 0700
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
       XDG_STATE_HOME="$tmp/state" XDG_RUNTIME_DIR="$tmp/run"
mkdir -m 700 "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/run/no-session-bus"
export CERTDESK_POLICY="$tmp/no-policy.json"
unset DISPLAY WAYLAND_DISPLAY XAUTHORITY XDG_CURRENT_DESKTOP XDG_SESSION_TYPE DESKTOP_SESSION \
      KDE_SESSION_VERSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

rc=0
"$@" || rc=$?
exit "$rc"
