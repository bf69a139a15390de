#!/usr/bin/env bash
# Usage: tests/run-with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND in a private D-Bus session with its own unlocked gnome-keyring
# Secret Service, so QtKeychain jobs (libsecret backend) never wait for a
# prompt. Works headless, without stdin/TTY, as root. Exits with COMMAND's
# exit code, or 1 with a one-line reason if the keyring cannot be brought up.
set -euo pipefail

die() { echo "run-with-keyring: $*" >&2; exit 1; }
[ $# -ge 1 ] || die "usage: $0 COMMAND [ARGS...]"

# Always re-run under a fresh session bus of our own (even if one exists): never touch the developer's real keyring,
# and parallel CTest runs never share a daemon. Trap: `dbus-run-session` alone uses the system's session.conf, whose
# <standard_session_servicedirs/> let the test bus *activate* whatever the machine has installed (dunst,
# notification-daemon, a second gnome-keyring, gcr-prompter): the results would then depend on the machine. Our bus
# configuration has one service directory, empty and our own, so nothing is activated that a test did not start.
if [ -z "${_CERTDESK_KEYRING_TMP:-}" ]; then
  for t in dbus-run-session dbus-daemon dbus-send gnome-keyring-daemon secret-tool timeout; do
    command -v "$t" >/dev/null || die "required tool not found: $t"
  done
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-keyring.XXXXXX")  # mktemp -d => 0700
  mkdir -m 700 "$tmp/services" "$tmp/bus"
  cat >"$tmp/bus.conf" <<EOF_CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$tmp/bus</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$tmp/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF_CONF
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  rc=0
  _CERTDESK_KEYRING_TMP="$tmp" \
    dbus-run-session --config-file="$tmp/bus.conf" -- bash "${BASH_SOURCE[0]}" "$@" || rc=$?
  exit "$rc"
fi
tmp=$_CERTDESK_KEYRING_TMP
unset _CERTDESK_KEYRING_TMP

gkd_pid=
# shellcheck disable=SC2317  # invoked via trap
cleanup() {
  if [ -n "$gkd_pid" ]; then kill "$gkd_pid" 2>/dev/null || true; wait "$gkd_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Keyring files (XDG_DATA_HOME/keyrings) and the control socket
# (XDG_RUNTIME_DIR/keyring) go to the temp dir.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -m 700 "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
export XDG_STATE_HOME="$tmp/state"
mkdir -m 700 "$XDG_STATE_HOME"
# Make QtKeychain choose libsecret deterministically (KDE vars select KWallet); no display, no organisation policy
# from /etc/xdg: what tests/run-isolated.sh does for the other tests.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_SESSION_VERSION KDE_FULL_SESSION DISPLAY WAYLAND_DISPLAY XAUTHORITY \
      XDG_SESSION_TYPE SSH_AUTH_SOCK
export CERTDESK_POLICY="$tmp/no-policy.json"

# Trap: without --unlock the login collection stays locked and every keychain
# job waits forever for a password prompt. Trap: a 0-byte stdin does NOT create
# the "login" keyring (the first write then tries to prompt to create one); a
# password line does create and unlock it. --foreground + & gives us the PID:
# with --components=secrets the daemon prints nothing (no GNOME_KEYRING_PID).
gnome-keyring-daemon --foreground --unlock --components=secrets \
  <<<"certdesk-test" >"$tmp/gkd.env" 2>"$tmp/gkd.log" &
gkd_pid=$!

# Trap: do not talk to org.freedesktop.secrets before our daemon owns the name,
# or dbus-daemon auto-starts a second, locked daemon. Poll NameHasOwner (does
# not activate) for up to 10s.
dbus_call() { timeout 5 dbus-send --session --print-reply "$@" 2>&1; }
deadline=$((SECONDS + 10))
while ((SECONDS < deadline)); do
  out=$(dbus_call --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets) || true
  [[ $out == *"boolean true"* ]] && break
  kill -0 "$gkd_pid" 2>/dev/null \
    || die "gnome-keyring-daemon exited early: $(tail -n1 "$tmp/gkd.log" 2>/dev/null)"
  sleep 0.1
done
[[ $out == *"boolean true"* ]] || die "gnome-keyring-daemon did not claim org.freedesktop.secrets within 10s"

# Export whatever the daemon printed (KEY=VALUE lines; normally nothing here).
export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"
# shellcheck disable=SC2163  # exporting the KEY=VALUE text is intended
while IFS= read -r line; do
  if [[ $line =~ ^[A-Z_][A-Z0-9_]*= ]]; then export "$line"; fi
done <"$tmp/gkd.env"

# QtKeychain writes to the "default" alias. gnome-keyring falls back to "login"
# when no alias file exists, but make it explicit (SetAlias does not prompt).
out=$(dbus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets \
      org.freedesktop.Secret.Service.SetAlias string:default \
      objpath:/org/freedesktop/secrets/collection/login) \
  || die "cannot set default alias to the login collection: ${out//$'\n'/ }"

# Probe: a write to the default collection and a read-back must not prompt.
timeout 5 secret-tool store --label=x service certdesk-probe key k <<<value >/dev/null 2>&1 \
  || die "probe write to the default collection failed or timed out (keyring locked / prompting?)"
[ "$(timeout 5 secret-tool lookup service certdesk-probe key k 2>/dev/null)" = value ] \
  || die "probe lookup failed or timed out"
timeout 5 secret-tool clear service certdesk-probe key k >/dev/null 2>&1 || true

rc=0
"$@" || rc=$?
exit "$rc"
