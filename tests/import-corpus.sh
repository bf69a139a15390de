#!/usr/bin/env bash
# Gives a shelf of other projects' test files to certdesk-cli as a new user would — `show` for each, then one `import`
# of all of them with --keep-without-key, twice, into a fresh vault — and counts what became of every certificate
# (docs/RELIABILITY.md, "Odd files from other projects"):
#   tests/import-corpus.sh CERTDESK_CLI [DIR...]
# Without DIRs: python3-cryptography-vectors' x509 and pkcs7 folders, tests/data/import-oddities and the import fuzz
# seeds. PKCS#12 files and files that need a password are left out (each needs its own password).
# CORPUS_SHOWABLE_ONLY=1 imports only the files `show` read whole (exit 0, every key type named, no private key): what
# an older certdesk-cli could import at all, since it stopped the whole import at the first bad file.
# The certificates counted are those `show` found; "an entry or in a chain" is read back with `list` and `show ID`, so
# the count does not rely on the import's own report.
set -euo pipefail
cli=${1:?usage: import-corpus.sh CERTDESK_CLI [DIR...]}
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
vectors=${CERTDESK_VECTORS:-/usr/lib/python3/dist-packages/cryptography_vectors}
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$vectors/x509" "$vectors/pkcs7" "$here/data/import-oddities" "$here/fuzz/seeds/fuzz_import")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "${dirs[@]}" -type f \( -name '*.pem' -o -name '*.crt' -o -name '*.der' -o -name '*.cer' -o -name '*.p7b' \
    -o -name '*.p7c' -o -name '*.p7s' -o -name '*.p7m' -o -name 'gen-*' \) ! -name '*.p12' | sort > "$work/files"

python3 - "$cli" "$work" "${CORPUS_SHOWABLE_ONLY:-}" <<'PY'
import collections, json, subprocess, sys, time

cli, work, showable_only = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
files = [line.rstrip("\n") for line in open(work + "/files")]
with open(work + "/pass", "w") as f:
    f.write("corpus passphrase\n")
vault = ["--vault", work + "/vault", "--passphrase-file", work + "/pass"]

def run(arguments, timeout=600):
    return subprocess.run([cli] + arguments, capture_output=True, timeout=timeout)

def document(result):
    try:
        return json.loads(result.stdout)
    except ValueError:
        return {}

codes = collections.Counter()
importable, given, need_password = [], set(), 0
for path in files:
    shown = run(["--json", "show", path], timeout=20)
    codes[shown.returncode] += 1
    facts = document(shown)
    if facts.get("error", {}).get("reason") == "password-required":
        need_password += 1
        continue
    certificates = facts.get("certificates", [])
    if showable_only and (shown.returncode != 0 or facts.get("keys") or any(not c.get("keyType") for c in certificates)):
        continue
    importable.append(path)
    given.update(c["fingerprintSha256"] for c in certificates)
print(f"show: {len(files)} files; " + ", ".join(f"exit {k}: {v}" for k, v in sorted(codes.items()))
      + f"; {need_password} need a password")

for round_ in ("first", "second"):
    start = time.monotonic()
    imported = run(vault + ["--json", "import"] + importable + ["--keep-without-key"])
    seconds = time.monotonic() - start
    report = document(imported)
    refused = sum(1 for f in report.get("files", []) if "error" in f)
    outcomes = collections.Counter(c["outcome"] + ("/" + c["reason"] if "reason" in c else "")
                                   for c in report.get("certificates", []))
    actions = collections.Counter(o["action"] for o in report.get("outcomes", []))
    error = report.get("error", {}).get("reason")
    print(f"import ({round_}): {len(importable)} files, exit {imported.returncode}{' ' + error if error else ''}, "
          f"{seconds:.2f} s; {refused} files refused on their own; outcomes: "
          + (", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "none reported")
          + "; entries: " + (", ".join(f"{k} {v}" for k, v in sorted(actions.items())) or "none"))
    if round_ == "first":
        kept = set()
        entries = json.loads(run(vault + ["--json", "list"]).stdout or b"[]")
        for entry in entries:
            kept.add(entry["fingerprintSha256"])
            chain = document(run(vault + ["--json", "show", entry["id"]])).get("chain", [])
            kept.update(c["fingerprintSha256"] for c in chain)
        print(f"vault: {len(entries)} entries; of {len(given)} certificates shown, {len(given & kept)} are an entry or "
              f"in a chain, {len(given - kept)} neither")
PY
