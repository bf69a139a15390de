#!/usr/bin/env bash
# How often an idle `certdesk --tray` wakes up: after SETTLE seconds, WINDOWS windows of 60 s each; per window, the
# context switches of the threads alive at both its ends (a thread that ends takes its count with it, so per-thread
# differences, not totals), the threads that came or went, and resident memory.
#   bench/tray-idle.sh CERTDESK VAULT_DIR [SETTLE_SECONDS] [WINDOWS]
# Runs the tray in its own D-Bus session (no notification service: the reminders' retry path is part of the idle
# behaviour) and, without a display, under xvfb-run.
set -euo pipefail
gui=$1 vault=$2 settle=${3:-60} windows=${4:-5}
if [ -z "${DISPLAY:-}" ] && [ -z "${TRAY_IDLE_UNDER_XVFB:-}" ]; then
    exec env TRAY_IDLE_UNDER_XVFB=1 xvfb-run -a "$0" "$@"
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ -z "${TRAY_IDLE_OWN_BUS:-}" ]; then
    exec env TRAY_IDLE_OWN_BUS=1 dbus-run-session -- "$0" "$@"
fi

"$gui" --tray --vault "$vault" 2>/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# "TID SWITCHES" for every thread of the tray.
sample() {
    local status tid
    for status in /proc/"$pid"/task/*/status; do
        tid=${status#/proc/"$pid"/task/}
        tid=${tid%/status}
        awk -v tid="$tid" '/ctxt_switches/ {n += $2} END {print tid, n}' "$status" 2>/dev/null || true
    done | sort
}

sleep "$settle"
echo "tray-idle: pid $pid, settled for $settle s"
for window in $(seq "$windows"); do
    before=$(sample)
    sleep 60
    after=$(sample)
    switches=$(join <(echo "$before") <(echo "$after") | awk '{n += $3 - $2} END {print n + 0}')
    came=$(join -v 2 <(echo "$before") <(echo "$after") | wc -l)
    went=$(join -v 1 <(echo "$before") <(echo "$after") | wc -l)
    rss=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)
    echo "window $window: $switches switches in threads alive throughout, threads started $came, ended $went, rss ${rss} KiB"
done
