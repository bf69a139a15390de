#!/usr/bin/env bash
# Builds the Debian package with cpack from a configured and built build folder, and checks what a user would get:
#   package-test.sh BUILD_DIR VERSION
# - dpkg-deb -I: name, version, section, and the Depends that dpkg-shlibdeps and packaging/CPack.cmake produce;
# - dpkg-deb -c: every file where it belongs, nothing else, nothing naming the build tree;
# - dpkg -x into a temporary root: certdesk-cli --version runs from there, the desktop entry passes
#   desktop-file-validate, the metainfo appstreamcli validate, the MIME package update-mime-database, and files with
#   the extensions CertDesk opens are offered to its desktop entry; the man pages render without warnings and
#   mention every command and option certdesk-cli --help names, and every exit code;
# - with CERTDESK_TEST_DPKG_INSTALL=1, as root: dpkg -i for real, certdesk-cli --version from /usr/bin, dpkg -r.
# Each validator is also shown a broken copy, which it must refuse: a pass must be able to fail.
set -uo pipefail

build=$1
version=$2
app_id=org.certdesk.CertDesk

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
require() {
    local program=$1 package=$2
    if ! command -v "$program" >/dev/null; then
        echo "FAIL: $program is not installed (Debian package $package)" >&2
        exit 1
    fi
}
require cpack cmake
require dpkg-shlibdeps dpkg-dev
require desktop-file-validate desktop-file-utils
require update-desktop-database desktop-file-utils
require appstreamcli appstream
require update-mime-database shared-mime-info
require gio libglib2.0-bin
require man man-db
require groff groff-base
require col bsdextrautils
require readelf binutils

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Nothing of the caller's desktop may answer for the package: a private HOME and XDG folders.
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
export XDG_RUNTIME_DIR=$work/runtime LC_ALL=C.UTF-8
unset CERTDESK_VAULT XDG_DATA_DIRS XDG_CONFIG_DIRS
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"

# --- Build the package --------------------------------------------------------------------------------------------
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb=$work/cpack/certdesk_${version}-1_${arch}.deb
if [ ! -f "$deb" ]; then
    ls -l "$work/cpack" >&2
    echo "FAIL: cpack did not write $(basename "$deb")" >&2
    exit 1
fi
echo "package: built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# --- Control fields -----------------------------------------------------------------------------------------------
field() {
    dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = certdesk ] || fail "Package is \"$(field Package)\", not certdesk"
[ "$(field Version)" = "${version}-1" ] || fail "Version is \"$(field Version)\", not ${version}-1"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is \"$(field Architecture)\", not $arch"
[ "$(field Section)" = utils ] || fail "Section is \"$(field Section)\", not utils"
[ -n "$(field Maintainer)" ] || fail "the package has no Maintainer"
[ -n "$(field Description)" ] || fail "the package has no Description"
depends=$(field Depends)
echo "package: Depends: $depends"
# Package names only, one a line.
depends_names=$(echo "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/^ *//; s/ *$//' | sort -u)
# Linked libraries (dpkg-shlibdeps) and those loaded at run time (CPack.cmake).
for needed in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6dbus6 libqt6network6 \
    libqt6keychain1 libssl3 libnss3 libp11-kit0 libqt6sql6-sqlite libsecret-1-0 libqt6svg6; do
    grep -qx "$needed" <<<"$depends_names" || fail "Depends lacks $needed"
done
if grep -q -- '-dev$' <<<"$depends_names"; then
    fail "Depends names a development package: $(grep -- '-dev$' <<<"$depends_names" | tr '\n' ' ')"
fi
grep -q 'libqt6core6 (>= 6' <<<"$depends" || fail "Depends has no version for libqt6core6 (is dpkg-shlibdeps used?)"
grep -q 'gnome-keyring' <<<"$(field Recommends)" || fail "Recommends lacks a Secret Service (gnome-keyring)"

# --- Contents -----------------------------------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$work/contents"
files=$(awk '$1 !~ /^d/ {print $NF}' "$work/contents" | sed 's|^\./|/|' | sort)
expected_files=$(sort <<EOF
/usr/bin/certdesk
/usr/bin/certdesk-cli
/usr/lib/systemd/user/certdesk-remind.service
/usr/lib/systemd/user/certdesk-remind.timer
/usr/share/applications/$app_id.desktop
/usr/share/bash-completion/completions/certdesk-cli
/usr/share/icons/hicolor/128x128/apps/$app_id.png
/usr/share/icons/hicolor/16x16/apps/$app_id.png
/usr/share/icons/hicolor/22x22/apps/$app_id.png
/usr/share/icons/hicolor/24x24/apps/$app_id.png
/usr/share/icons/hicolor/256x256/apps/$app_id.png
/usr/share/icons/hicolor/32x32/apps/$app_id.png
/usr/share/icons/hicolor/48x48/apps/$app_id.png
/usr/share/icons/hicolor/64x64/apps/$app_id.png
/usr/share/icons/hicolor/scalable/apps/$app_id.svg
/usr/share/man/man1/certdesk-cli.1.gz
/usr/share/man/man1/certdesk.1.gz
/usr/share/metainfo/$app_id.metainfo.xml
/usr/share/mime/packages/$app_id.xml
EOF
)
if [ "$files" != "$expected_files" ]; then
    fail "the package's files differ from the expected ones:"
    diff <(echo "$expected_files") <(echo "$files") | sed -n 's/^[<>]/  &/p' >&2
fi
if awk '{print $2}' "$work/contents" | grep -vqx 'root/root'; then
    fail "files not owned by root/root in the package"
fi
while read -r mode _ _ _ _ path; do
    case $path in
        */) ;;
        ./usr/bin/*) [ "$mode" = "-rwxr-xr-x" ] || fail "$path has mode $mode, not -rwxr-xr-x" ;;
        *) [ "$mode" = "-rw-r--r--" ] || fail "$path has mode $mode, not -rw-r--r--" ;;
    esac
done <"$work/contents"

# --- Installed into a temporary root ------------------------------------------------------------------------------
root=$work/root
dpkg -x "$deb" "$root" || { echo "FAIL: dpkg -x could not unpack the package" >&2; exit 1; }
share=$root/usr/share

got=$("$root/usr/bin/certdesk-cli" --version 2>&1)
[ "$got" = "certdesk-cli $version" ] || fail "certdesk-cli --version from the package printed \"$got\""
got=$("$root/usr/bin/certdesk-cli" --vault "$work/vault" --json list 2>&1)
[ "$(echo "$got" | tr -d ' \n')" = "[]" ] || fail "certdesk-cli --json list on a new vault printed \"$got\""
got=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/certdesk" --version 2>&1)
[ "$got" = "certdesk $version" ] || fail "certdesk --version from the package printed \"$got\""

for program in "$root/usr/bin/certdesk" "$root/usr/bin/certdesk-cli"; do
    if readelf -d "$program" | grep -Eq 'RPATH|RUNPATH'; then
        fail "$(basename "$program") has an RPATH: $(readelf -d "$program" | grep -E 'RPATH|RUNPATH')"
    fi
    if readelf -S "$program" | grep -q '\.debug_info'; then
        fail "$(basename "$program") is not stripped"
    fi
done
build_real=$(cd "$build" && pwd -P)
if grep -rlaF "$build_real" "$root" >"$work/leaks"; then
    fail "files name the build folder $build_real: $(tr '\n' ' ' <"$work/leaks")"
fi
if grep -rlaF "/usr/local" "$root/usr/lib" "$share/applications" >"$work/leaks"; then
    fail "files name /usr/local: $(tr '\n' ' ' <"$work/leaks")"
fi
grep -qx 'ExecStart=/usr/bin/certdesk-cli remind --notify' "$root/usr/lib/systemd/user/certdesk-remind.service" ||
    fail "the packaged service does not start /usr/bin/certdesk-cli: $(grep ExecStart "$root/usr/lib/systemd/user/certdesk-remind.service")"

# The icons: PNGs of the size their folder names; the SVG CertDesk's own.
for png in "$share"/icons/hicolor/*x*/apps/$app_id.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    got=$(od -An -tu1 -j16 -N8 "$png" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$got" = "$size" ] || fail "$png is $got pixels, not $size"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
done

# The desktop entry.
desktop=$share/applications/$app_id.desktop
validate_desktop() {
    local output
    output=$(desktop-file-validate "$1" 2>&1) && ! grep -Eq '(error|warning):' <<<"$output" || {
        echo "$output"
        return 1
    }
}
if ! output=$(validate_desktop "$desktop"); then
    fail "desktop-file-validate refuses the desktop entry: $output"
fi
sed 's/^Type=Application/Type=Program/' "$desktop" >"$work/broken.desktop"
validate_desktop "$work/broken.desktop" >/dev/null && fail "desktop-file-validate accepted a broken desktop entry"
key() {
    sed -n "s/^$1=//p" "$desktop"
}
[ "$(key Exec)" = "certdesk %F" ] || fail "Exec is \"$(key Exec)\", not \"certdesk %F\""
[ -x "$root/usr/bin/$(key Exec | cut -d' ' -f1)" ] || fail "the package has no program for Exec=$(key Exec)"
[ "$(key Icon)" = "$app_id" ] || fail "Icon is \"$(key Icon)\", not $app_id"

# The AppStream metainfo, and that it agrees with the desktop entry, the programs and the version.
metainfo=$share/metainfo/$app_id.metainfo.xml
if ! output=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    fail "appstreamcli validate refuses the metainfo: $output"
fi
# validate-tree also checks the metainfo against the desktop entry and the icons it finds in the tree.
if ! output=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
    fail "appstreamcli validate-tree refuses the installed tree: $output"
fi
sed 's|<summary>.*</summary>||' "$metainfo" >"$work/broken.metainfo.xml"
appstreamcli validate --no-net "$work/broken.metainfo.xml" >/dev/null 2>&1 &&
    fail "appstreamcli validate accepted a metainfo without a summary"
element() {
    sed -n "s|.*<$1[^>]*>\([^<]*\)</$1>.*|\1|p" "$metainfo"
}
[ "$(element id)" = "$app_id" ] || fail "the metainfo's id is \"$(element id)\", not $app_id"
[ "$(element launchable)" = "$app_id.desktop" ] || fail "the metainfo launches \"$(element launchable)\""
for binary in $(element binary); do
    [ -x "$root/usr/bin/$binary" ] || fail "the metainfo provides $binary, which the package lacks"
done
for type in $(element mediatype); do
    grep -q "[=;]$type;" <<<"MimeType=$(key MimeType)" || fail "the metainfo provides $type, but the desktop entry does not open it"
done
newest=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n1)
[ "$newest" = "$version" ] || fail "the metainfo's newest release is \"$newest\", not $version (add a <release>)"

# MIME: the package's additions on top of freedesktop.org's database, in a private data folder, and files of each
# kind CertDesk opens offered to its desktop entry.
mime_database() {
    local data=$1
    shift
    mkdir -p "$data/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$@" "$data/mime/packages/"
    XDG_DATA_DIRS=$data update-mime-database "$data/mime" 2>&1
}
if ! output=$(mime_database "$work/data" "$share/mime/packages/$app_id.xml") || [ -n "$output" ]; then
    fail "update-mime-database complains about the MIME package: $output"
fi
mime_database "$work/plain" >/dev/null
mkdir -p "$work/data/applications" "$work/samples"
cp "$desktop" "$work/data/applications/"
update-desktop-database "$work/data/applications" || fail "update-desktop-database refuses the desktop entry"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/samples/key.pem" \
    -out "$work/samples/alice.pem" -subj "/CN=Alice" -days 30 2>/dev/null
openssl req -new -key "$work/samples/key.pem" -subj "/CN=Alice" -out "$work/samples/alice.csr"
cp "$work/samples/alice.csr" "$work/samples/request-without-extension"
cp "$work/samples/alice.pem" "$work/samples/alice.crt"
openssl x509 -in "$work/samples/alice.pem" -outform DER -out "$work/samples/alice.cer"
openssl crl2pkcs7 -nocrl -certfile "$work/samples/alice.pem" -outform DER -out "$work/samples/alice.p7b"
openssl pkcs12 -export -in "$work/samples/alice.pem" -inkey "$work/samples/key.pem" -passout pass:x \
    -out "$work/samples/alice.p12"
cp "$work/samples/alice.p12" "$work/samples/alice.pfx"
content_type() {
    XDG_DATA_DIRS=$1 gio info -a standard::content-type "$2" | sed -n 's/^ *standard::content-type: //p'
}
# GIO lists a desktop entry only when its program is in PATH.
offered_to_certdesk() {
    local data=$1 sample=$2 type handlers
    type=$(content_type "$data" "$work/samples/$sample")
    handlers=$(PATH=$root/usr/bin:$PATH XDG_DATA_DIRS=$data gio mime "$type" 2>&1)
    grep -q "$app_id.desktop" <<<"$handlers" || fail "$sample ($type) is not offered to CertDesk: $handlers"
}
samples="alice.csr request-without-extension alice.p12 alice.pfx alice.p7b alice.crt alice.cer alice.pem"
for sample in $samples; do
    offered_to_certdesk "$work/data" "$sample"
done
handlers=$(PATH=$root/usr/bin:$PATH XDG_DATA_DIRS=$work/data gio mime text/plain 2>&1)
! grep -q "$app_id.desktop" <<<"$handlers" || fail "CertDesk is offered for text/plain: $handlers"
# GNOME's gcr adds PEM types of its own (application/pkcs10+pem, a kind of application/x-pem-file): where it is
# installed, the same files must still be offered to CertDesk.
if [ -f /usr/share/mime/packages/gcr-crypto-types.xml ]; then
    mime_database "$work/gcr" "$share/mime/packages/$app_id.xml" /usr/share/mime/packages/gcr-crypto-types.xml >/dev/null
    cp -r "$work/data/applications" "$work/gcr/"
    for sample in $samples; do
        offered_to_certdesk "$work/gcr" "$sample"
    done
fi
# Without the package a .csr is plain text: what it adds is needed.
[ "$(content_type "$work/plain" "$work/samples/alice.csr")" != application/pkcs10 ] ||
    fail "freedesktop.org's database knows .csr already; the MIME package is not needed any more"

# Manual pages: render without warnings, and cover every command, option and exit code of certdesk-cli --help.
for page in "$share"/man/man1/*.1.gz; do
    output=$(man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [ -z "$output" ] || fail "man warns about $(basename "$page"): $output"
    output=$(zcat "$page" | groff -ww -z -man 2>&1)
    [ -z "$output" ] || fail "groff warns about $(basename "$page"): $output"
    [ "$(man -E UTF-8 -l "$page" 2>/dev/null | wc -l)" -gt 10 ] || fail "$(basename "$page") renders almost nothing"
done
printf '.TH BROKEN 1\n.SH NAME\nbroken \\- a page with a typo\n.XYZ macro\n' | gzip -n >"$work/broken.1.gz"
[ -n "$(man --warnings -E UTF-8 -l "$work/broken.1.gz" 2>&1 >/dev/null)" ] || fail "man did not warn about a broken page"
manual=$(MANWIDTH=200 man -E UTF-8 -l "$share/man/man1/certdesk-cli.1.gz" 2>/dev/null | col -b)
help=$("$root/usr/bin/certdesk-cli" --help)
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\?$/\1/p' | sort -u)
[ "$(wc -l <<<"$commands")" -ge 10 ] || fail "could not read the commands from certdesk-cli --help: $commands"
for command in $commands; do
    grep -Eq "^ {7}$command( |$)" <<<"$manual" || fail "the man page does not describe the command $command"
done
for option in $(grep -o -- '--[a-z0-9][a-z0-9-]*' <<<"$help" | sort -u); do
    grep -Eq -- "$option([^a-z0-9-]|$)" <<<"$manual" || fail "the man page does not mention $option"
done
options=$(grep -o -- '--[a-z0-9][a-z0-9-]*' <<<"$help" | sort -u)
echo "package: the man page and the completion checked for $(wc -w <<<"$commands") commands and $(wc -w <<<"$options") options"
exit_status=$(sed -n '/^EXIT STATUS/,/^[A-Z]/p' <<<"$manual")
for code in 0 1 2 3 4 5; do
    grep -Eq "^ {7}$code " <<<"$exit_status" || fail "the man page's EXIT STATUS lacks $code"
done
# And the completion knows the same commands and options.
completion=$share/bash-completion/completions/certdesk-cli
for word in $commands $options; do
    grep -Eq -- "(^|[^a-z0-9-])$word([^a-z0-9-]|$)" "$completion" || fail "the bash completion does not know $word"
done

# --- dpkg -i for real (CI, as root) -------------------------------------------------------------------------------
if [ "${CERTDESK_TEST_DPKG_INSTALL:-0}" = 1 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        fail "CERTDESK_TEST_DPKG_INSTALL=1 needs root, to run dpkg -i"
    else
        was_installed=$(dpkg-query -W -f='${db:Status-Status}' certdesk 2>/dev/null)
        # dpkg refuses while apt or another dpkg holds its lock: wait for it.
        for attempt in $(seq 1 60); do
            if dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
                break
            fi
            if ! grep -q 'lock' "$work/dpkg.log" || [ "$attempt" = 60 ]; then
                cat "$work/dpkg.log" >&2
                fail "dpkg -i could not install the package"
                break
            fi
            sleep 5
        done
        if [ "$(dpkg-query -W -f='${db:Status-Status} ${Version}' certdesk 2>/dev/null)" = "installed ${version}-1" ]; then
            got=$(/usr/bin/certdesk-cli --version 2>&1)
            [ "$got" = "certdesk-cli $version" ] || fail "the installed /usr/bin/certdesk-cli --version printed \"$got\""
            if ! output=$(validate_desktop "/usr/share/applications/$app_id.desktop"); then
                fail "desktop-file-validate refuses the installed desktop entry: $output"
            fi
            # dpkg's triggers ran update-mime-database and mandb.
            grep -q '^[0-9]*:application/pkcs10:\*\.csr$' /usr/share/mime/globs2 ||
                fail "the installed MIME package is not in /usr/share/mime/globs2"
            # Slim Debian images tell dpkg to leave manual pages out.
            if ! grep -qs 'path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/*; then
                [ "$(man -w certdesk-cli 2>/dev/null)" = /usr/share/man/man1/certdesk-cli.1.gz ] ||
                    fail "man -w certdesk-cli does not find the installed page"
            fi
            if [ "$was_installed" = installed ]; then
                echo "package: certdesk was installed before this test; it stays installed, now as ${version}-1"
            elif dpkg -r certdesk >"$work/dpkg.log" 2>&1; then
                [ ! -e /usr/bin/certdesk-cli ] || fail "dpkg -r left /usr/bin/certdesk-cli behind"
                echo "package: installed with dpkg -i, checked in /usr, removed with dpkg -r"
            else
                cat "$work/dpkg.log" >&2
                fail "dpkg -r could not remove the package"
            fi
        else
            fail "after dpkg -i, certdesk ${version}-1 is not installed"
        fi
    fi
else
    echo "package: dpkg -i not tried (CERTDESK_TEST_DPKG_INSTALL=1 as root does it)"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package: all checks passed"
