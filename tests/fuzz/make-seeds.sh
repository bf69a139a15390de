#!/usr/bin/env bash
# Builds a seed corpus for every fuzz harness in OUT_DIR/<harness>/: files from Debian's python3-cryptography-vectors
# (when installed) and files made here with openssl the way the tests make them (a CA, a client certificate, its
# request and key; PKCS#7, PKCS#12 and encrypted PKCS#8 in the algorithms CertDesk meets).
#   tests/fuzz/make-seeds.sh OUT_DIR [--small]
# --small keeps a few dozen small files per harness: that is how tests/fuzz/seeds was made. Inputs that carry a
# password start with its length in one byte, then the password (see FuzzSupport.h, splitPassword).
set -euo pipefail

out=${1:?usage: make-seeds.sh OUT_DIR [--small]}
small=${2:-}
vectors=${CERTDESK_VECTORS:-/usr/lib/python3/dist-packages/cryptography_vectors}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# --- made with openssl: a CA, an intermediate, a client certificate with SANs, a request, keys -------------------
cd "$work"
ossl() { openssl "$@" 2>/dev/null; }
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 30 \
    -subj "/C=DE/O=Fuzz Org/CN=Fuzz Root CA" -addext basicConstraints=critical,CA:TRUE
ossl req -newkey rsa:2048 -nodes -keyout int.key -out int.csr -subj "/O=Fuzz Org/OU=Issuing/CN=Fuzz Issuing CA"
ossl x509 -req -in int.csr -CA ca.pem -CAkey ca.key -set_serial 2 -days 30 -out int.pem \
    -extfile <(printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n')
ossl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout leaf.key -out leaf.csr \
    -subj "/C=DE/O=Fuzz Org/CN=Alice Ünicode+UID=alice" \
    -addext "subjectAltName=DNS:www.example.org,DNS:*.example.org,email:alice@example.org,IP:192.0.2.1,IP:2001:db8::1,URI:https://example.org/alice,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:alice@corp.example" \
    -addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=clientAuth,emailProtection"
ossl x509 -req -in leaf.csr -CA int.pem -CAkey int.key -set_serial 0x0123456789abcdef -days 30 \
    -copy_extensions copyall -out leaf.pem
ossl req -newkey ed25519 -nodes -keyout ed.key -out ed.csr -subj "/CN=ed25519 request/emailAddress=e@example.org"
ossl x509 -req -in ed.csr -signkey ed.key -days 1 -out ed.pem
for name in ca int leaf ed; do ossl x509 -in $name.pem -outform DER -out $name.der; done
for name in int leaf ed; do ossl req -in $name.csr -outform DER -out $name.csr.der; done
cat leaf.pem int.pem ca.pem > chain.pem
ossl crl2pkcs7 -nocrl -certfile chain.pem -outform DER -out chain.p7b
ossl crl2pkcs7 -nocrl -certfile chain.pem -out chain.p7.pem
ossl crl2pkcs7 -nocrl -certfile leaf.pem -outform DER -out leaf.p7b
ossl pkcs8 -topk8 -in leaf.key -nocrypt -outform DER -out leaf.pk8.der
for p12 in "modern:-keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256" \
           "compat:-keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1" \
           "legacy:-legacy" "nomac:-nomac" "nocerts:-nocerts"; do
    ossl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile chain.pem -name "Alice's key" ${p12#*:} \
        -iter 1 -passout pass:fuzz -out "pw-${p12%%:*}.p12" || true
done
ossl pkcs12 -export -inkey leaf.key -in leaf.pem -passout pass: -iter 1 -out empty.p12
ossl pkcs12 -export -nokeys -in chain.pem -passout pass: -iter 1 -out empty-certs-only.p12
ossl pkcs8 -topk8 -in leaf.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 1 -passout pass:fuzz -outform DER -out enc-aes.pk8.der
ossl pkcs8 -topk8 -in leaf.key -v2 aes-128-cbc -iter 1 -passout pass:fuzz -out enc-aes.pk8.pem
ossl pkcs8 -topk8 -in ed.key -scrypt -scrypt_N 2 -scrypt_r 1 -scrypt_p 1 -passout pass:fuzz -outform DER -out enc-scrypt.pk8.der
ossl pkcs8 -topk8 -in leaf.key -v1 PBE-SHA1-3DES -iter 1 -passout pass:fuzz -outform DER -out enc-3des.pk8.der
ossl ec -in leaf.key -aes128 -passout pass:fuzz -out enc-traditional.pem
# The inputs of issue 22, made here: keys of kinds CertDesk does not generate (DSA, X9.42 DH, RSA-PSS), two
# cross-certificates (same subject and key, two issuers), PKCS#7 signed data without certificates (crl2pkcs7 with no
# certificate file; a CMS signed message without its signer's certificate). The python below patches a key
# algorithm OpenSSL does not know and an unreadable expiry into copies of these.
ossl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:1024 -out dsa.params
ossl genpkey -paramfile dsa.params -out dsa.key
ossl req -new -key dsa.key -subj "/CN=DSA leaf" -out dsa.csr
ossl x509 -req -in dsa.csr -CA ca.pem -CAkey ca.key -set_serial 3 -days 30 -outform DER -out dsa.der
ossl genpkey -genparam -algorithm DHX -pkeyopt dh_paramgen_prime_len:1024 -out dhx.params
ossl genpkey -paramfile dhx.params -out dhx.key
ossl pkey -in dhx.key -pubout -out dhx.pub
ossl x509 -new -force_pubkey dhx.pub -subj "/CN=DHX leaf" -CA ca.pem -CAkey ca.key -set_serial 4 -days 30 \
    -outform DER -out dhx.der
ossl req -x509 -newkey rsa-pss -pkeyopt rsa_keygen_bits:1024 -nodes -keyout pss.key -subj "/CN=RSA-PSS root" \
    -days 30 -outform DER -out pss.der
ossl req -new -key int.key -subj "/O=Fuzz Org/OU=Issuing/CN=Fuzz Issuing CA" -out cross.csr
ossl x509 -req -in cross.csr -CA ed.pem -CAkey ed.key -set_serial 5 -days 30 -out cross.pem \
    -extfile <(printf 'basicConstraints=critical,CA:TRUE\n')
cat int.pem cross.pem > cross-pair.pem
ossl crl2pkcs7 -nocrl -outform DER -out nocerts.p7b
echo "signed text" > message.txt
ossl cms -sign -nocerts -in message.txt -signer leaf.pem -inkey leaf.key -outform DER -out nocerts-cms.p7s

python3 - "$out" "$vectors" "$small" <<'PY'
import glob, os, subprocess, sys

out, vectors, small = sys.argv[1], sys.argv[2], sys.argv[3] == "--small"
limit = 8192 if small else 65536
count = {}

def put(harness, name, data, password=None):
    if password is not None:
        data = bytes([len(password)]) + password + data
    if len(data) > limit:
        return
    if small and count.get(harness, 0) >= 40:
        return
    os.makedirs(os.path.join(out, harness), exist_ok=True)
    with open(os.path.join(out, harness, name.replace("/", "_")), "wb") as f:
        f.write(data)
    count[harness] = count.get(harness, 0) + 1

def read(path):
    with open(path, "rb") as f:
        return f.read()

def der_of_pem(path, kind="x509"):
    result = subprocess.run(["openssl", kind, "-in", path, "-outform", "DER"], capture_output=True)
    return result.stdout if result.returncode == 0 else None

def tlv(data, at):
    """(start of content, end of element) of the DER element at `at`."""
    length = data[at + 1]
    at += 2
    if length & 0x80:
        n = length & 0x7f
        length = int.from_bytes(data[at:at + n], "big")
        at += n
    return at, at + length

def names_of(der):
    """Issuer and subject Name of a DER certificate: the acceptable-CA names a server sends are such names."""
    tbs, _ = tlv(der, 0)
    at, _ = tlv(der, tbs)
    fields = []
    while len(fields) < 6:
        start, end = tlv(der, at)
        fields.append(der[at:end])
        at = end
    if fields[0][0] != 0xA0:          # no explicit version: shift
        fields.insert(0, b"")
    return fields[3], fields[5]

def record(kind, data):
    return bytes([kind]) + len(data).to_bytes(2, "big") + data

work = os.getcwd()
gen = lambda name: read(os.path.join(work, name))
fuzz_pw = b"fuzz"

# Certificates (DER), CSRs (DER).
certs = {n: gen(n + ".der") for n in ("ca", "int", "leaf", "ed")}
for n, d in certs.items():
    put("fuzz_certificate", "gen-" + n + ".der", d)
for n in ("int", "leaf", "ed"):
    put("fuzz_csr", "gen-" + n + ".csr.der", gen(n + ".csr.der"))
vector_certs = []
if os.path.isdir(vectors):
    x509 = os.path.join(vectors, "x509")
    for p in sorted(glob.glob(x509 + "/*.der")) + sorted(glob.glob(x509 + "/custom/*.der")):
        put("fuzz_certificate", "vec-" + os.path.relpath(p, x509), read(p))
    for p in sorted(glob.glob(x509 + "/*.pem")) + sorted(glob.glob(x509 + "/custom/*.pem")):
        d = der_of_pem(p)
        if d:
            put("fuzz_certificate", "vec-" + os.path.relpath(p, x509) + ".der", d)
            vector_certs.append(d)
    for p in sorted(glob.glob(x509 + "/PKITS_data/certs/*.crt"))[:: (8 if small else 1)]:
        put("fuzz_certificate", "pkits-" + os.path.basename(p), read(p))
    for p in sorted(glob.glob(x509 + "/requests/*.der")):
        put("fuzz_csr", "vec-" + os.path.basename(p), read(p))
    for p in sorted(glob.glob(x509 + "/requests/*.pem")):
        d = der_of_pem(p, "req")
        if d:
            put("fuzz_csr", "vec-" + os.path.basename(p) + ".der", d)

# PEM bundles (no password: a zero length byte first), encrypted PEM keys with theirs.
for n in ("chain.pem", "leaf.csr", "leaf.key", "ed.key", "chain.p7.pem", "ca.pem"):
    put("fuzz_pem", "gen-" + n, gen(n), b"")
put("fuzz_pem", "gen-text-around.pem", b"Here is your certificate:\r\n" + gen("leaf.pem").replace(b"\n", b"\r\n") + b"\r\nRegards\r\n", b"")
put("fuzz_pem", "gen-cert-and-key.pem", gen("leaf.pem") + gen("leaf.key"), b"")
put("fuzz_pem", "gen-enc-aes.pk8.pem", gen("enc-aes.pk8.pem"), fuzz_pw)
put("fuzz_pem", "gen-enc-traditional.pem", gen("enc-traditional.pem"), fuzz_pw)
if os.path.isdir(vectors):
    for p in ["x509/cryptography.io.chain.pem", "x509/cryptography.io.with_garbage.pem", "x509/cryptography.io.old_header.pem",
              "x509/requests/ec_sha256_old_header.pem", "x509/requests/challenge.pem", "pkcs7/isrg.pem",
              "x509/v1_cert.pem", "x509/utf8-dnsname.pem", "x509/wildcard_san.pem", "x509/bigoid.pem",
              "asymmetric/PKCS8/unenc-rsa-pkcs8.pem", "asymmetric/PKCS8/ec_private_key.pem",
              "asymmetric/PKCS8/rsa_pss_2048.pem", "asymmetric/PKCS8/bad-oid-dsa-key.pem"]:
        full = os.path.join(vectors, p)
        if os.path.exists(full):
            put("fuzz_pem", "vec-" + p, read(full), b"")
    for p, pw in [("asymmetric/PKCS8/enc-rsa-pkcs8.pem", b"foobar"), ("asymmetric/PKCS8/ec_private_key_encrypted.pem", b"123456"),
                  ("asymmetric/PKCS8/pkcs12_s2k_pem-X_9607.pem", b"123456"), ("asymmetric/PKCS8/bad-encryption-oid.pem", b"password")]:
        full = os.path.join(vectors, p)
        if os.path.exists(full):
            put("fuzz_pem", "vec-" + p, read(full), pw)

# PKCS#7.
for n in ("chain.p7b", "leaf.p7b", "chain.p7.pem"):
    put("fuzz_pkcs7", "gen-" + n, gen(n))
if os.path.isdir(vectors):
    for p in sorted(glob.glob(vectors + "/pkcs7/*")):
        put("fuzz_pkcs7", "vec-" + os.path.basename(p), read(p))

# PKCS#12: without a password (empty one), and with one.
for n in ("empty.p12", "empty-certs-only.p12"):
    put("fuzz_pkcs12", "gen-" + n, gen(n))
for n in sorted(os.listdir(work)):
    if n.startswith("pw-") and n.endswith(".p12"):
        put("fuzz_pkcs12_password", "gen-" + n, gen(n), fuzz_pw)
        put("fuzz_pkcs12", "gen-" + n, gen(n))
if os.path.isdir(vectors):
    for p in sorted(glob.glob(vectors + "/pkcs12/*.p12")):
        name = os.path.basename(p)
        if "no-pwd" in name or name == "no-password.p12":
            put("fuzz_pkcs12", "vec-" + name, read(p))
        else:  # the vectors' passwords, as tests/tst_vectors.cpp knows them
            put("fuzz_pkcs12_password", "vec-" + name, read(p),
                b"password" if name.endswith("-pwd.p12") else b"cryptography")

# Encrypted PKCS#8 (and the legacy encrypted PEM key), with their passwords.
for n in ("enc-aes.pk8.der", "enc-aes.pk8.pem", "enc-scrypt.pk8.der", "enc-3des.pk8.der", "enc-traditional.pem"):
    put("fuzz_encrypted_pkcs8", "gen-" + n, gen(n), fuzz_pw)
put("fuzz_encrypted_pkcs8", "gen-leaf.pk8.der", gen("leaf.pk8.der"), b"")
if os.path.isdir(vectors):
    for p, pw in [("asymmetric/PKCS8/enc-rsa-pkcs8.pem", b"foobar"), ("asymmetric/PKCS8/enc2-rsa-pkcs8.pem", b"baz"),
                  ("asymmetric/PKCS8/ec_private_key_encrypted.pem", b"123456")] + \
                 [(os.path.relpath(p, vectors), b"123456") for p in sorted(glob.glob(vectors + "/asymmetric/PKCS8/pkcs12_s2k_pem-*.pem"))]:
        full = os.path.join(vectors, p)
        if os.path.exists(full):
            put("fuzz_encrypted_pkcs8", "vec-" + os.path.basename(p), read(full), pw)

# Import with auto-detection: one of every kind.
for n in ("leaf.der", "leaf.pem", "chain.pem", "leaf.csr", "leaf.csr.der", "chain.p7b", "empty.p12", "leaf.pk8.der",
          "enc-aes.pk8.der", "leaf.key", "ed.key"):
    put("fuzz_import", "gen-" + n, gen(n))
put("fuzz_import", "gen-cut-short.der", gen("leaf.der")[:200])

# Issue 22's classes: what OpenSSL cannot classify, cross-certificates, no certificates, an unreadable expiry.
def spliced(der, start, stop, new):
    """`der` with the bytes [start, stop) of one element replaced by `new`, every enclosing length fixed."""
    path = []  # header offsets of the constructed elements that enclose the splice
    def walk(begin, end):
        pos = begin
        while pos < end:
            content, element_end = tlv(der, pos)
            if pos <= start and stop <= element_end and (pos, element_end) != (start, stop):
                if der[pos] & 0x20:
                    path.append(pos)
                    walk(content, element_end)
                return
            pos = element_end
    walk(0, len(der))
    grow = len(new) - (stop - start)
    out = bytearray(der[:start] + new + der[stop:])
    for header in reversed(path):  # innermost first: fixing a header never moves those before it
        content, end = tlv(bytes(out), header)
        length = end - content + grow
        head = bytes([out[header]]) + (bytes([length]) if length < 0x80 else
                                        bytes([0x81, length]) if length < 0x100 else bytes([0x82]) + length.to_bytes(2, "big"))
        grow += len(head) - (content - header)  # a shorter or longer header changes the enclosing lengths too
        out[header:content] = head
    return bytes(out)

def patched_oid(der, old, new):
    """`der` with the first OBJECT IDENTIFIER `old` (content bytes) replaced by `new`."""
    at = der.find(b"\x06" + bytes([len(old)]) + old)
    if at < 0:
        return None
    return spliced(der, at, at + 2 + len(old), b"\x06" + bytes([len(new)]) + new)

def without_key_parameters(der, oid):
    """`der` with the parameters after the key algorithm `oid` left out (DSA keys that inherit their issuer's)."""
    at = der.find(b"\x06" + bytes([len(oid)]) + oid)
    if at < 0:
        return None
    start = at + 2 + len(oid)
    _, stop = tlv(der, start)
    return spliced(der, start, stop, b"")

def unreadable_expiry(der):
    first = der.find(b"\x17\x0d")
    second = der.find(b"\x17\x0d", first + 2)
    if second < 0:
        return None
    return der[:second + 4] + b"13" + der[second + 6:]

ec_public_key = bytes.fromhex("2a8648ce3d0201")        # 1.2.840.10045.2.1
gost2012_256 = bytes.fromhex("2a85030701010101")       # 1.2.643.7.1.1.1.1
unknown_oid = bytes.fromhex("2b0601040182ca7f0101")    # 1.3.6.1.4.1.42367.1.1, nobody's algorithm
ed25519_oid = bytes.fromhex("2b6570")                  # 1.3.101.112
for name, data in [("dsa.der", gen("dsa.der")), ("dhx.der", gen("dhx.der")), ("rsa-pss.der", gen("pss.der")),
                   ("cross-pair.pem", gen("cross-pair.pem")), ("nocerts.p7b", gen("nocerts.p7b")),
                   ("nocerts-cms.p7s", gen("nocerts-cms.p7s")),
                   ("gost-key.der", patched_oid(certs["leaf"], ec_public_key, gost2012_256)),
                   ("unknown-key.der", patched_oid(certs["leaf"], ec_public_key, unknown_oid)),
                   ("unknown-key.pk8.der", patched_oid(gen("leaf.pk8.der"), ec_public_key, unknown_oid)),
                   ("unknown-key-ed.pk8.der", patched_oid(gen("leaf.pk8.der"), ec_public_key, ed25519_oid)),
                   ("dsa-inherited-parameters.der", without_key_parameters(gen("dsa.der"), bytes.fromhex("2a8648ce380401"))),
                   ("unreadable-expiry.der", unreadable_expiry(certs["leaf"]))]:
    if data:
        put("fuzz_import", "gen-" + name, data)
        if name.endswith(".der") and not name.endswith(".pk8.der"):
            put("fuzz_certificate", "gen-" + name, data)
for name in ("nocerts.p7b", "nocerts-cms.p7s"):
    put("fuzz_pkcs7", "gen-" + name, gen(name))

# The server's side of a handshake: chains as sent, acceptable CA names.
chain = [certs["leaf"], certs["int"], certs["ca"]]
issuer, subject = names_of(certs["leaf"])
put("fuzz_peer_certificates", "gen-chain", b"".join(record(0, c) for c in chain))
put("fuzz_peer_certificates", "gen-chain-and-cas",
    b"".join(record(0, c) for c in chain) + record(1, names_of(certs["int"])[1]) + record(1, names_of(certs["ca"])[1]))
put("fuzz_peer_certificates", "gen-self-signed", record(0, certs["ed"]) + record(1, issuer))
for i, d in enumerate(vector_certs[:12]):
    try:
        put("fuzz_peer_certificates", "vec-%02d" % i, record(0, d) + record(1, names_of(d)[0]))
    except (IndexError, ValueError):
        pass

# Text typed by users and answers from servers.
texts = {
    "fuzz_distinguished_name": [
        "CN=Alice Example,O=Example Corp,C=DE", "CN=Bob\\, Jr.,OU=R\\+D,O=Example", "CN=#04024869,O=Test",
        "CN=Ünïcödé Ñame,L=München,ST=Bayern,C=DE", "emailAddress=alice@example.org,CN=Alice",
        "DC=example,DC=org,UID=alice", "CN=\\\"quoted\\\" \\<x\\>\\;\\=\\ lead", "CN=Alice+SN=Example,O=X",
        "2.5.4.3=OID form,O=X", "CN= spaces ,O=  x  ", "CN=a\\41b\\c3\\bc", "serialNumber=1234,title=Dr",
        "givenName=Alice,surname=Example,initials=AE,pseudonym=ae", "CN=", "C=DEU", "O=x,,CN=y",
    ],
    "fuzz_subject_alt_name": [
        "dns:www.example.org", "dns:*.example.org", "dns:bücher.example", "dns:xn--bcher-kva.example",
        "email:alice@example.org", "email:älice@exämple.org", "uri:https://example.org/a?b=c#d", "uri:urn:uuid:1234",
        "ip:192.0.2.1", "ip:2001:db8::1", "ip:::ffff:192.0.2.1", "upn:alice@corp.example", "DNS:UPPER.EXAMPLE",
        "dns:", "ip:999.1.1.1", "dns:-bad-.example", "email:@", "dns:a..b",
    ],
    "fuzz_doctor_target": [
        "https://example.org/path?q=1", "example.org:8443", "[2001:db8::1]:443", "192.0.2.1", "ldaps://dir.example",
        "imaps://mail.example:993", "https://bücher.example/", "host", "https://[::1]:99999/", "gopher://x",
        "https://user:pw@example.org/", "[::1", "example.org:", " example.org:443 ",
    ],
    "fuzz_http_answer": [
        "HTTP/1.1 200 OK\r\nDate: Mon, 23 Nov 2026 18:00:00 GMT\r\nContent-Length: 2\r\n\r\nok",
        "HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n<html><center>No required SSL certificate was sent</center></html>",
        "HTTP/1.1 400 Bad Request\r\n\r\n<center>The SSL certificate error</center>",
        "HTTP/1.1 403 Forbidden\r\ndate: Thu, 01 Jan 1970 00:00:00 +0000\r\n\r\n",
        "HTTP/1.0 302 Found\nLocation: /x\n\n", "HTTP/2 503\r\n\r\n", "SSH-2.0-OpenSSH_9.2\r\n", "",
        "HTTP/1.1 200\r\nDate: Sun, 31 Dec 9999 23:59:59 GMT\r\nDate: bad\r\n\r\n",
    ],
}
for harness, lines in texts.items():
    for i, line in enumerate(lines):
        put(harness, "seed-%02d" % i, line.encode("utf-8"))
PY
echo "make-seeds: $(find "$out" -type f | wc -l) files in $out"
