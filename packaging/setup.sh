#!/usr/bin/env bash
# Fresh Debian 12 machine → built CertDesk, in one command.
#   bash packaging/setup.sh run    install missing packages, build, start the desktop app
#   bash packaging/setup.sh test   install missing packages, build, run the whole test suite, then build the core
#                                  and CLI again with ASan+UBSan and run their tests (CERTDESK_SKIP_SANITIZERS=1 skips),
#                                  then builds the fuzz harnesses with clang and runs each for CERTDESK_FUZZ_SECONDS
#                                  (default 45; CERTDESK_SKIP_FUZZ=1 skips)
#   bash packaging/setup.sh build  install missing packages and build only
#   bash packaging/setup.sh bench  also install the peers (XCA, NSS tools, OpenSSL) and the benchmark tools, build with
#                                  the benchmarks (BENCH_BUILD_DIR, default build-bench) and print bench/run-bench.sh's table
# BUILD_DIR (default: build) and CERTDESK_SANITIZE=ON (ASan+UBSan build) may be set in the environment.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
build_dir=${BUILD_DIR:-$here/build}
sanitize=${CERTDESK_SANITIZE:-OFF}

# Everything the build, the app and the tests use. libsecret-1-0 is listed explicitly: QtKeychain loads it at run
# time without depending on it, and without it there is no keychain backend at all.
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev libqt6svg6
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0
    libssl-dev openssl
    libnss3-dev libnss3-tools
    p11-kit libp11-kit-dev softhsm2 opensc e2fsprogs
    dbus-daemon gnome-keyring libsecret-tools
    xvfb xauth
    python3-cryptography-vectors ca-certificates
    python3-icalendar desktop-file-utils systemd
    dpkg-dev appstream shared-mime-info libglib2.0-bin man-db bash-completion  # the .deb and its checks (tests/package-test.sh)
    nginx  # tst_doctor runs its own, on a loopback port, as the current user
    clang-14 libclang-rt-14-dev  # libFuzzer and the sanitizer runtimes for the fuzz harnesses
)

# Only for `bench`: the peers CertDesk is measured against and the tools that measure; the test mode needs none of them.
bench_packages=(
    xca hyperfine libbenchmark-dev xdotool x11-utils bc python3
    valgrind linux-perf  # profiling, when a target is missed
)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "setup: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCERTDESK_DEVELOPER_BUILD=ON -DCERTDESK_SANITIZE="$sanitize"
    cmake --build "$build_dir"
}

# Core, CLI and their tests once more under AddressSanitizer + UndefinedBehaviorSanitizer: the parsers read files
# from strangers, so memory errors there must fail CI. (The GUI is left out: it adds build time, not parser code.)
sanitizer_tests() {
    local asan_dir=${ASAN_BUILD_DIR:-$here/build-asan}
    cmake -S "$here" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCERTDESK_DEVELOPER_BUILD=ON \
        -DCERTDESK_SANITIZE=ON -DCERTDESK_BUILD_GUI=OFF
    cmake --build "$asan_dir"
    (cd "$asan_dir" && ctest --output-on-failure --parallel 2 --timeout 900 -L 'unit|cli|vectors')
}

# The fuzz harnesses (tests/fuzz) built with clang's libFuzzer, ASan and UBSan, each run for a bounded time from the
# committed seeds: a crash, leak or hang fails CI and leaves its input under build-fuzz/fuzz-artifacts.
fuzz_tests() {
    local fuzz_dir=${FUZZ_BUILD_DIR:-$here/build-fuzz}
    CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCERTDESK_DEVELOPER_BUILD=ON -DCERTDESK_BUILD_GUI=OFF -DCERTDESK_FUZZ=ON
    cmake --build "$fuzz_dir" --target fuzzers
    CERTDESK_FUZZ_JOBS=${CERTDESK_FUZZ_JOBS:-2} "$here/tests/fuzz/run-fuzzers.sh" "$fuzz_dir" "${CERTDESK_FUZZ_SECONDS:-45}"
}

case "$mode" in
run)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: built $build_dir/app/gui/certdesk, but there is no display to show it on (DISPLAY is not set)." >&2
        echo "setup: start it from a desktop session, or under Xvfb: xvfb-run -a $build_dir/app/gui/certdesk" >&2
        exit 1
    fi
    exec "$build_dir/app/gui/certdesk"
    ;;
test)
    install_missing
    build
    # As root, tests/package-test.sh also installs the .deb with dpkg -i, checks it, and removes it again.
    if [ "$(id -u)" -eq 0 ]; then
        export CERTDESK_TEST_DPKG_INSTALL=${CERTDESK_TEST_DPKG_INSTALL:-1}
    fi
    # Two cores: two tests at a time. Keychain tests start their own D-Bus session and keyring.
    (cd "$build_dir" && ctest --output-on-failure --parallel 2 --timeout 900)
    if [ "${CERTDESK_SKIP_SANITIZERS:-0}" != 1 ] && [ "$sanitize" != ON ]; then
        sanitizer_tests
    fi
    if [ "${CERTDESK_SKIP_FUZZ:-0}" != 1 ]; then
        fuzz_tests
    fi
    ;;
build)
    install_missing
    build
    ;;
bench)
    packages+=("${bench_packages[@]}")
    install_missing
    bench_dir=${BENCH_BUILD_DIR:-$here/build-bench}
    cmake -S "$here" -B "$bench_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCERTDESK_DEVELOPER_BUILD=ON \
        -DCERTDESK_BUILD_BENCH=ON -DBUILD_TESTING=OFF
    cmake --build "$bench_dir" --target certdesk certdesk-cli certdesk_bench certdesk_bench_make_inputs
    bash "$here/bench/run-bench.sh" "$bench_dir"
    ;;
*)
    echo "usage: bash packaging/setup.sh run|test|build|bench" >&2
    exit 1
    ;;
esac
