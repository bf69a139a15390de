#!/usr/bin/env python3
"""Prints run-bench.sh's results as one Markdown table: figure, CertDesk, peer, ratio (peer time / CertDesk time,
so above 1 means CertDesk is faster)."""
import json
import pathlib
import statistics
import sys

results = pathlib.Path(sys.argv[1])


def median_seconds(name):
    path = results / f"{name}.json"
    if path.exists():
        return statistics.median(json.loads(path.read_text())["results"][0]["times"])
    times = results / f"{name}.times"
    return statistics.median(float(line) for line in times.read_text().split())


def cpu_seconds(name):
    """Mean user + system time of a hyperfine figure (hyperfine keeps only the means), None for the GUI figures."""
    path = results / f"{name}.json"
    if not path.exists():
        return None
    result = json.loads(path.read_text())["results"][0]
    return result["user"] + result["system"]


def runs(name):
    path = results / f"{name}.json"
    if path.exists():
        return len(json.loads(path.read_text())["results"][0]["times"])
    return len((results / f"{name}.times").read_text().split())


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


rows = []


def cell(name):
    if not measured(name):
        return "not measured"
    wall, cpu = median_seconds(name), cpu_seconds(name)
    return seconds(wall) if cpu is None else f"{seconds(wall)} (CPU {seconds(cpu)})"


def measured(*names):
    def present(path):
        return path.exists() and path.stat().st_size > 0
    return all(present(results / f"{n}.json") or present(results / f"{n}.times") for n in names)


def compare(figure, ours, peer_label, peer):
    """ours and peer are figure names: the ratio is of the median wall-clock times."""
    if not measured(ours, peer):
        rows.append((figure, "not measured", peer_label, ""))
        return
    ratio = median_seconds(peer) / median_seconds(ours)
    note = f", {runs(peer)} runs" if runs(peer) != runs(ours) else ""
    rows.append((figure, cell(ours), f"{peer_label}: {cell(peer)}{note}", f"{ratio:.1f}×" if ratio >= 1 else f"{ratio:.2f}×"))


def alone(figure, ours, note="—"):
    rows.append((figure, ours, note, ""))


# Whole processes.
compare("Import 1 000 certificates (1 000 PEM files, one call)", "import_certs_certdesk", "xca --no-gui --import",
        "import_certs_xca")
compare("Import 1 000 certificates", "import_certs_certdesk", "NSS certutil -A, file by file", "import_certs_nss")
compare("Import 1 000 keys with certificates (PEM)", "import_pairs_certdesk", "xca --no-gui --import",
        "import_pairs_xca")
compare("Import 1 000 PKCS#12 files (key + certificate)", "import_p12_certdesk", "NSS pk12util, file by file",
        "import_p12_nss")
compare("New EC P-256 key + CSR (certdesk-cli request, --passphrase-file: scrypt once per run)", "request_certdesk",
        "openssl req -newkey -nodes", "request_openssl_nodes")
compare("New EC P-256 key + CSR", "request_certdesk", "openssl req -newkey, key encrypted", "request_openssl_encrypted")
compare("New EC P-256 key + CSR (vault key from the keychain, as on a desktop)", "request_certdesk_keychain",
        "openssl req -newkey, key encrypted", "request_openssl_encrypted")
alone("List 1 000 identities (certdesk-cli --json list)", cell("list_1000_certdesk"))
alone("Expiry check over 1 000 identities (certdesk-cli remind --no-stores)", cell("remind_1000_certdesk"))
alone("List 10 000 identities (certdesk-cli --json list)", cell("list_10000_certdesk"))
alone("Expiry check over 10 000 identities (certdesk-cli remind --no-stores)", cell("remind_10000_certdesk"))
compare("GUI start until the main window is shown, 2 000 identities", "gui_start_certdesk",
        "xca, 2 000 keys + certificates", "gui_start_xca")
compare("GUI start until the 2 000 rows are painted (XCA: its window appears with its lists loaded)",
        "gui_start_certdesk_rows", "xca, window shown", "gui_start_xca")
if (results / "tray.json").exists():
    tray = json.loads((results / "tray.json").read_text())
    alone("certdesk --tray idle: resident memory", f"{tray['rss_kib'] / 1024:.0f} MiB ({tray['threads']} threads)")
    alone("certdesk --tray idle: thread wake-ups (context switches) in 60 s", str(tray["wakeups_per_minute"]))

# In process (Google Benchmark): mean time per iteration, in the unit it reported.
micro_file = results / "micro.json"
micro = {b["name"]: b for b in json.loads(micro_file.read_text())["benchmarks"]
         if b.get("run_type", "iteration") == "iteration" and "cpu_time" in b} if micro_file.exists() and micro_file.stat().st_size else {}
to_seconds = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def micro_seconds(name):
    # Google Benchmark appends options to some names ("…/EcP256/min_time:1.000").
    b = micro.get(name) or next(v for k, v in micro.items() if k.startswith(name + "/"))
    return b["cpu_time"] * to_seconds[b["time_unit"]]


def micro_text(value):
    if value < 1e-3:
        return f"{value * 1e6:.1f} µs"
    return seconds(value)


for key_type, label in [] if not micro else [("EcP256", "EC P-256"), ("EcP384", "EC P-384"), ("Ed25519", "Ed25519"),
                        ("Rsa2048", "RSA 2048")]:
    ours = micro_seconds(f"BM_KeyGen_CertDesk/{key_type}")
    floor = micro_seconds(f"BM_KeyGen_OpenSslEvp/{key_type}")
    rows.append((f"Key generation {label} (in process)", micro_text(ours), f"raw OpenSSL EVP: {micro_text(floor)}",
                 f"{floor / ours:.2f}×"))
if micro:
    alone("Build and sign a CSR, EC P-256 (in process)", micro_text(micro_seconds("BM_CsrBuild")))
for name, label in [] if not micro else [("BM_ParsePemBundle", "Parse N certificates from one PEM bundle"),
                    ("BM_VaultImportCertificates", "Vault import of N certificates (one transaction)"),
                    ("BM_VaultImportIdentities", "Vault import of N keys with certificates (one transaction)"),
                    ("BM_VaultList", "List N identities of the vault"),
                    ("BM_ExpiryScan", "Expiry scan over N identities"),
                    ("BM_TableModelLoad", "Table model: load N rows, sort by expiry, first screenful")]:
    small = micro_seconds(f"{name}/1000")
    large = micro_seconds(f"{name}/10000")
    alone(f"{label}, N = 1 000 / 10 000 (in process)", f"{micro_text(small)} / {micro_text(large)}",
          f"10× the input: {large / small:.1f}× the time")
if micro:
    alone("Table model: filter 10 000 rows on every column (in process)",
          micro_text(micro_seconds("BM_TableModelFilter/10000")))

print("| Figure | CertDesk | Peer | Ratio (peer ÷ CertDesk) |")
print("|---|---|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
print()
print(f"Whole-process figures are medians of {runs('import_certs_certdesk')} runs, wall-clock, with the mean CPU time (user + system) "
      "beside; in-process figures are Google Benchmark means of CPU time (steadier than wall-clock on a shared machine).")
