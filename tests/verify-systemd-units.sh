#!/usr/bin/env bash
# `systemd-analyze verify` on the systemd user units, without a running systemd (CI containers, root, no login):
#   verify-systemd-units.sh CONFIGURED_SERVICE TIMER BUILT_CERTDESK_CLI
# verify refuses a unit whose program does not exist, so the copies checked name the built certdesk-cli instead of
# the installed one. Deliberately broken copies must be refused too, or a pass would prove nothing.
set -euo pipefail

service=$1
timer=$2
cli=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# --user needs a runtime directory; a private one (and HOME) so nothing of the caller's session is read.
export XDG_RUNTIME_DIR=$work/runtime HOME=$work/home
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CONFIG_DIRS XDG_DATA_DIRS
mkdir -m 0700 "$XDG_RUNTIME_DIR" "$HOME"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

if ! command -v systemd-analyze >/dev/null; then
    echo "FAIL: systemd-analyze is not installed (Debian package systemd)" >&2
    exit 1
fi

exec_line=$(grep '^ExecStart=' "$service" || true)
if [[ ! $exec_line =~ ^ExecStart=/[^\ ]*/certdesk-cli\ remind\ --notify$ ]]; then
    fail "$service: ExecStart should run the installed certdesk-cli remind --notify, not: $exec_line"
fi

# DIR → passes when verify exits 0 and prints nothing: bad values and unknown keys are only warnings to it.
# --man=no: there is no certdesk-cli(1) page in the build tree for Documentation= to find.
verify() {
    local out
    if ! out=$(systemd-analyze --user --man=no verify "$1/certdesk-remind.service" "$1/certdesk-remind.timer" 2>&1); then
        printf '%s\n' "$out"
        return 1
    fi
    if [ -n "$out" ]; then
        printf '%s\n' "$out"
        return 1
    fi
}

# NAME SED_ON_SERVICE SED_ON_TIMER → $work/NAME with the built CLI in ExecStart, then the edits.
copy() {
    mkdir "$work/$1"
    sed -e "s|^ExecStart=[^ ]*|ExecStart=$cli|" -e "$2" "$service" >"$work/$1/certdesk-remind.service"
    sed -e "$3" "$timer" >"$work/$1/certdesk-remind.timer"
}

copy good '' ''
if out=$(verify "$work/good"); then
    echo "ok: the units pass systemd-analyze verify"
else
    fail "systemd-analyze rejects the units:"$'\n'"$out"
fi

# Each broken copy must be refused; sed must really have changed something, or the case is void.
broken() {
    local name=$1
    copy "$@"
    if cmp -s "$work/good/certdesk-remind.service" "$work/$name/certdesk-remind.service" &&
        cmp -s "$work/good/certdesk-remind.timer" "$work/$name/certdesk-remind.timer"; then
        fail "$name: the edit did not apply"
    elif out=$(verify "$work/$name"); then
        fail "$name: systemd-analyze accepted a broken unit"
    else
        echo "ok: $name refused: $(printf '%s' "$out" | head -n 1)"
    fi
}
broken missing-program "s|^ExecStart=[^ ]*|ExecStart=$work/no-such-certdesk-cli|" ''
broken misspelt-type 's/^Type=oneshot/Type=oneshoot/' ''
broken no-trigger '' 's/^OnCalendar=/OnCalender=/'
broken bad-calendar '' 's/^OnCalendar=daily/OnCalendar=every day/'
broken unknown-key '' 's/^Persistent=/Persistant=/'

[ "$failures" -eq 0 ]
