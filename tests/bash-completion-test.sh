#!/usr/bin/env bash
# The bash completion of certdesk-cli, loaded the way bash-completion loads it, asked what it offers for command lines
# typed up to the cursor:
#   bash-completion-test.sh COMPLETION_FILE BUILT_CERTDESK_CLI
set -uo pipefail

completion=$1
cli=$2

if [ ! -f /usr/share/bash-completion/bash_completion ]; then
    echo "FAIL: bash-completion is not installed (Debian package bash-completion)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share
unset CERTDESK_VAULT
mkdir -p "$HOME"

# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1090
source "$completion"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Splits LINE into COMP_WORDS as readline does: at blanks, and around the COMP_WORDBREAKS characters "=" and ":",
# which become words of their own. The cursor is at the end of the line.
complete_line() {
    local line=$1 word= c i
    COMP_WORDS=()
    for ((i = 0; i < ${#line}; i++)); do
        c=${line:i:1}
        case $c in
            ' ') [ -n "$word" ] && COMP_WORDS+=("$word"); word= ;;
            '=' | ':')
                [ -n "$word" ] && COMP_WORDS+=("$word")
                COMP_WORDS+=("$c")
                word= ;;
            *) word+=$c ;;
        esac
    done
    if [ -n "$word" ] || [ "${line: -1}" = ' ' ]; then
        COMP_WORDS+=("$word")
    fi
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _certdesk_cli "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
    local line=$1 expected=$2 got
    got=$(complete_line "$line")
    if [ "$got" != "$expected" ]; then
        fail "completing \"$line\": expected \"$expected\", got \"$got\""
    fi
}

cd "$work" || exit 1
mkdir -p certs/sub nssdb
touch certs/alice.crt certs/alice.p12 certs/ca.pem

expect "certdesk-cli " "check delete doctor export help import install list policy remind renew replace request show stores uninstall"
expect "certdesk-cli re" "remind renew replace request"
expect "certdesk-cli --" "--help --json --non-interactive --passphrase-file --vault --version"
expect "certdesk-cli --json ex" "export"
expect "certdesk-cli --passphrase-file pass.txt --json de" "delete"
expect "certdesk-cli export 1234 --format " "chain der ics p12 pem"
expect "certdesk-cli export 1234 --format=p" "p12 pem"
expect "certdesk-cli export 1234 --p12-profile " "compatible modern"
expect "certdesk-cli export 1234 --f" "--format"
expect "certdesk-cli list --" "--all-stores --expiring --format --help --json --non-interactive --passphrase-file --pending --vault --version"
expect "certdesk-cli list --all-stores --format " "csv text"
expect "certdesk-cli import certs/alice.p12 --install nss,sy" "nss,system"
expect "certdesk-cli --non-interactive import certs/alice.p12 --ins" "--install"
expect "certdesk-cli po" "policy"
expect "certdesk-cli request --key-type rsa-" "rsa-2048 rsa-3072 rsa-4096"
expect "certdesk-cli request --profile " "client custom email server"
expect "certdesk-cli request --subject CN=x --san e" "email:"
expect "certdesk-cli install 1234 --store sy" "system"
expect "certdesk-cli install 1234 --store fi" "firefox firefox:"
expect "certdesk-cli install 1234 --store nss,fi" "nss,firefox nss,firefox:"
# After "nss:" readline inserts only what follows the colon, so that is all the completion offers.
expect "certdesk-cli install 1234 --store nss:nss" "nssdb"
expect "certdesk-cli import certs/" "certs/alice.crt certs/alice.p12 certs/ca.pem certs/sub"
expect "certdesk-cli import certs/alice.crt --password-file certs/a" "certs/alice.crt certs/alice.p12"
expect "certdesk-cli --vault ce" "certs"
expect "certdesk-cli doctor https://example.org/ --identity " ""
expect "certdesk-cli help ex" "export"

# Entry IDs come from the vault named on the line (or the default one), and only from a vault that exists:
# completing must not create one.
expect "certdesk-cli delete " ""
if [ -e "$XDG_DATA_HOME/certdesk" ]; then
    fail "completing an ID created the default vault $XDG_DATA_HOME/certdesk"
fi
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout /dev/null -out ca.crt \
    -subj "/CN=Completion Test CA" -days 30 2>/dev/null || fail "openssl could not make a certificate"
"$cli" --vault "$work/vault" import ca.crt --keep-without-key >/dev/null 2>&1 || fail "certdesk-cli import failed"
id=$("$cli" --vault "$work/vault" --json list | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p')
if [ -z "$id" ]; then
    fail "certdesk-cli --json list gave no id"
else
    # The completion runs the certdesk-cli named on the line, here the built one.
    expect "$cli --vault $work/vault delete " "$id"
    expect "$cli --vault $work/vault delete ${id:0:2}" "$id"
    expect "$cli --vault $work/vault delete $id " ""
    expect "$cli --vault $work/vault remind --mute " "$id"
    expect "$cli --vault $work/vault show cert" "certs"
    CERTDESK_VAULT=$work/vault expect "$cli export " "$id"
    expect "$cli export " ""
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "bash completion: all checks passed"
