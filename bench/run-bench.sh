#!/usr/bin/env bash
# CertDesk next to XCA, NSS and OpenSSL: whole-process figures (median of several runs, the same generated inputs
# for each side, in one run) and the in-process Google Benchmark figures, printed as one table.
#   bash bench/run-bench.sh [BUILD_DIR]      (built with -DCERTDESK_BUILD_BENCH=ON; `bash packaging/setup.sh bench`)
# RUNS (default 5) sets the runs per whole-process figure; NSS_RUNS (default 3) those of the file-by-file NSS loops.
# BENCH_KEEP=1 keeps the working directory; BENCH_WORK=DIR reuses one (kept inputs, databases and figures already
# measured there are not made again: a run that stopped half-way goes on). Needs: xca, hyperfine, libnss3-tools, openssl, xvfb, xdotool, python3.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-${BUILD_DIR:-$here/build}}" && pwd)
runs=${RUNS:-5}
nss_runs=${NSS_RUNS:-3}
cli=$build/app/cli/certdesk-cli
gui=$build/app/gui/certdesk
make_inputs=$build/bench/certdesk_bench_make_inputs
micro=$build/bench/certdesk_bench
for tool in "$cli" "$gui" "$make_inputs" "$micro"; do
    [ -x "$tool" ] || { echo "run-bench: $tool is missing; build with -DCERTDESK_BUILD_BENCH=ON" >&2; exit 1; }
done
for tool in xca hyperfine pk12util certutil openssl Xvfb xdotool python3; do
    command -v "$tool" >/dev/null || { echo "run-bench: $tool is missing (bash packaging/setup.sh bench installs it)" >&2; exit 1; }
done

work=${BENCH_WORK:-$(mktemp -d /tmp/certdesk-bench.XXXXXX)}
[ -z "${BENCH_WORK:-}" ] || BENCH_KEEP=1
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "run-bench: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
results=$work/results
mkdir -p "$results"
log() { echo "run-bench: $*" >&2; }

# Both sides get a fresh, empty, password-protected database per run, copied from one made before the timing.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
unset CERTDESK_VAULT
echo "bench vault passphrase" > "$work/vault-pass.txt"
xca_pass=pass:bench-database-password

log "generating inputs (a CA, 1000 and 2000 leaves, EC P-256; 10 000 later, for the listing)"
[ -f "$work/in1000/bundle.pem" ] || "$make_inputs" "$work/in1000" 1000
[ -f "$work/in2000/bundle.pem" ] || "$make_inputs" "$work/in2000" 2000

if [ ! -f "$work/empty-nss/cert9.db" ]; then
    rm -rf "$work/empty-vault" "$work/empty.xdb" "$work/empty-nss"
    "$cli" --vault "$work/empty-vault" --passphrase-file "$work/vault-pass.txt" list >/dev/null
    python3 "$here/bench/xca-new-database.py" "$work/empty.xdb" "${xca_pass#pass:}" >/dev/null
    [ -f "$work/empty.xdb" ] || { log "xca did not create its database"; exit 1; }
    mkdir -p "$work/empty-nss"
    certutil -N -d "sql:$work/empty-nss" --empty-password
fi

measured_now=
# hyperfine NAME PREPARE COMMAND [RUNS]: median seconds into $results/NAME.json
time_it() {
    local name=$1 prepare=$2 command=$3 count=${4:-$runs}
    if [ -s "$results/$name.json" ]; then log "kept $name from an earlier run"; return; fi
    log "timing $name ($count runs)"
    measured_now+=" $name"
    hyperfine --style none --runs "$count" --prepare "$prepare" --export-json "$results/$name.json" "$command" \
        >"$results/$name.log" 2>&1 || { cat "$results/$name.log" >&2; exit 1; }
}
reset_vault="rm -rf $work/vault && cp -a $work/empty-vault $work/vault"
reset_xca="rm -f $work/db.xdb && cp $work/empty.xdb $work/db.xdb"
reset_nss="rm -rf $work/nss && cp -a $work/empty-nss $work/nss"
cdcli="$cli --vault $work/vault --passphrase-file $work/vault-pass.txt"
in=$work/in1000

# Import 1000 certificates (no keys): 1000 files in one call.
time_it import_certs_certdesk "$reset_vault" "$cdcli import --keep-without-key $in/certs/*.pem"
time_it import_certs_xca "$reset_xca" "xca --no-gui --database=$work/db.xdb --password=$xca_pass --import $in/certs/*.pem"
time_it import_certs_nss "$reset_nss" \
    "for f in $in/certs/*.pem; do certutil -A -d sql:$work/nss -n \$(basename \$f) -t ,, -i \$f; done" "$nss_runs"
# Import 1000 private keys with their certificates.
time_it import_pairs_certdesk "$reset_vault" "$cdcli import $in/pairs/*.pem"
time_it import_pairs_xca "$reset_xca" "xca --no-gui --database=$work/db.xdb --password=$xca_pass --import $in/pairs/*.pem"
time_it import_p12_certdesk "$reset_vault" "$cdcli import --password-file $in/p12-password.txt $in/p12/*.p12"
time_it import_p12_nss "$reset_nss" \
    "for f in $in/p12/*.p12; do pk12util -i \$f -d sql:$work/nss -w $in/p12-password.txt >/dev/null; done" "$nss_runs"

# Check that each side really imported everything (a fast failure is no figure). The databases hold what the last
# timed runs left, so a resumed run (BENCH_WORK) that kept those figures has nothing to check.
if [ -n "$measured_now" ]; then
count_certdesk=$($cdcli --json list | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count_certdesk" = 1000 ] || { log "certdesk vault holds $count_certdesk entries, not 1000"; exit 1; }
count_xca=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from certs').fetchone()[0])" "$work/db.xdb")
[ "$count_xca" = 1000 ] || { log "xca database holds $count_xca certificates, not 1000"; exit 1; }
count_nss=$(certutil -L -d "sql:$work/nss" | tail -n +5 | grep -c . || true)
[ "$count_nss" = 1000 ] || { log "NSS database holds $count_nss certificates, not 1000"; exit 1; }
fi

# A new EC P-256 key and its CSR. certdesk-cli seals the key in the vault (scrypt on the passphrase once per run);
# openssl writes it to a file, once unencrypted and once under a password (AES-256-CBC, PBKDF2).
time_it request_certdesk "$reset_vault" "$cdcli request --subject CN=bench --key-type ec-p256 --out $work/r.csr"
# The desktop case: the vault key comes from the keychain (a private D-Bus session with an unlocked gnome-keyring).
log "timing request_certdesk_keychain ($runs runs)"
"$here/tests/run-with-keyring.sh" hyperfine --style none --runs "$runs" --prepare "$reset_vault" \
    --export-json "$results/request_certdesk_keychain.json" \
    "$cli --vault $work/vault request --subject CN=bench --key-type ec-p256 --out $work/r.csr" \
    >"$results/request_certdesk_keychain.log" 2>&1 || { cat "$results/request_certdesk_keychain.log" >&2; exit 1; }
time_it request_openssl_nodes "rm -f $work/r.key" \
    "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout $work/r.key -subj /CN=bench -out $work/r.csr"
time_it request_openssl_encrypted "rm -f $work/r.key" \
    "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -passout pass:bench -keyout $work/r.key -subj /CN=bench -out $work/r.csr"

# 1000 identities listed through the CLI, and the expiry check over them.
rm -rf "$work/vault" "$work/vault1000"; cp -a "$work/empty-vault" "$work/vault"
$cdcli import "$in/pairs/"*.pem >/dev/null
cp -a "$work/vault" "$work/vault1000"
time_it list_1000_certdesk true "$cli --vault $work/vault1000 --json list"
time_it remind_1000_certdesk true "$cli --vault $work/vault1000 remind --no-stores"

# The same at 10 000 identities: the target is a CLI listing well under a second.
[ -f "$work/in10000/bundle.pem" ] || "$make_inputs" "$work/in10000" 10000
if [ ! -f "$work/vault10000/vault.sqlite" ]; then
    rm -rf "$work/vault10000"; cp -a "$work/empty-vault" "$work/vault10000"
    "$cli" --vault "$work/vault10000" --passphrase-file "$work/vault-pass.txt" import "$work/in10000/pairs/"*.pem >/dev/null
fi
time_it list_10000_certdesk true "$cli --vault $work/vault10000 --json list"
time_it remind_10000_certdesk true "$cli --vault $work/vault10000 remind --no-stores"

# The GUI with 2000 identities (CertDesk) and 2000 keys with their certificates (XCA), under Xvfb: time from the
# start of the process until its main window is mapped (xdotool, the same poll for both).
log "seeding 2000 identities for the GUI start"
rm -rf "$work/gui-vault"; cp -a "$work/empty-vault" "$work/gui-vault"
"$cli" --vault "$work/gui-vault" --passphrase-file "$work/vault-pass.txt" import "$work/in2000/pairs/"*.pem >/dev/null
cp "$work/empty.xdb" "$work/gui.xdb"
xca --no-gui --database="$work/gui.xdb" --password="$xca_pass" --import "$work/in2000/pairs/"*.pem >/dev/null 2>&1

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# window_time NAME COMMAND...: seconds until a visible top-level window of the process exists, $gui_runs times.
# CertDesk maps its window first and fills the table from a worker thread; with CERTDESK_BENCH_STARTUP it prints
# when the rows are painted, which goes to NAME_rows.times (XCA maps its window only once its lists are loaded).
gui_runs=${GUI_RUNS:-3}
window_time() {
    local name=$1; shift
    log "timing $name (window shown, $gui_runs runs)"
    : >"$results/$name.times"
    for _ in $(seq "$gui_runs"); do
        local start end pid rows
        start=$(date +%s%N)
        CERTDESK_BENCH_STARTUP=1 "$@" >/dev/null 2>"$work/gui-stderr" &
        pid=$!
        until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
            kill -0 "$pid" 2>/dev/null || { log "$name exited before showing a window"; exit 1; }
            sleep 0.01
        done
        end=$(date +%s%N)
        echo "scale=4; ($end - $start) / 1000000000" | bc >>"$results/$name.times"
        if [ "$name" = gui_start_certdesk ]; then
            for _ in $(seq 3000); do grep -q 'rows shown at' "$work/gui-stderr" && break; sleep 0.05; done
            rows=$(sed -n 's/.*rows shown at \([0-9]*\) ms.*/\1/p' "$work/gui-stderr")
            [ -n "$rows" ] || { log "certdesk never showed its rows"; exit 1; }
            echo "scale=4; ($rows * 1000000 - $start) / 1000000000" | bc >>"$results/${name}_rows.times"
        fi
        kill "$pid"; wait "$pid" 2>/dev/null || true
        sleep 0.5
    done
}
: >"$results/gui_start_certdesk_rows.times"
window_time gui_start_certdesk "$gui" --vault "$work/gui-vault"
window_time gui_start_xca xca --database="$work/gui.xdb" --password="$xca_pass"
xwd -root -display "$display" -out "$results/last.xwd" 2>/dev/null || true

# certdesk --tray, idle: resident memory and how often its threads wake up, over one minute once settled.
log "certdesk --tray idle for 70 s"
"$gui" --tray --vault "$work/gui-vault" >/dev/null 2>&1 &
tray_pid=$!
sleep 10
# "TID SWITCHES" per thread; the minute's wake-ups are summed over the threads alive at both ends (a thread that
# ends takes its count with it: totals over all threads went negative when a pool thread expired).
switches() {
    local status tid
    for status in /proc/"$tray_pid"/task/*/status; do
        tid=${status#/proc/"$tray_pid"/task/}
        tid=${tid%/status}
        awk -v tid="$tid" '/ctxt_switches/ {n += $2} END {print tid, n}' "$status" 2>/dev/null || true
    done | sort
}
before=$(switches)
sleep 60
after=$(switches)
rss_kib=$(awk '/VmRSS/ {print $2}' /proc/"$tray_pid"/status)
threads=$(ls /proc/"$tray_pid"/task | wc -l)
kill "$tray_pid"; wait "$tray_pid" 2>/dev/null || true
wakeups=$(join <(echo "$before") <(echo "$after") | awk '{n += $3 - $2} END {print n + 0}')
echo "{\"wakeups_per_minute\": $wakeups, \"rss_kib\": $rss_kib, \"threads\": $threads}" >"$results/tray.json"

log "in-process benchmarks (Google Benchmark)"
"$micro" --benchmark_format=json --benchmark_out="$results/micro.json" --benchmark_out_format=json \
    --benchmark_format=console >"$results/micro.txt" 2>&1 || { cat "$results/micro.txt" >&2; exit 1; }

python3 "$here/bench/report.py" "$results"
