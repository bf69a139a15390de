// What a TLS server sends the doctor: its certificate chain and, when it asks for a client certificate, the names of
// the CAs it accepts. The input is a list of records, each one byte of kind (even: a DER certificate, odd: a DER
// X509_NAME), two bytes of length (big-endian) and the bytes, as the handshake hands them to CertDesk once OpenSSL
// decoded the messages. Exercises what the doctor reads from them and the report it writes.
#include "FuzzSupport.h"

#include "crypto/OpenSslPtr.h"
#include "doctor/ConnectionDoctor.h"

#include <openssl/x509v3.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    DoctorReport report;
    std::vector<ossl::UniquePtr<X509_NAME>> acceptableCas;
    size_t at = 0;
    while (at + 3 <= size) {
        const uint8_t kind = data[at];
        const size_t length = std::min<size_t>((size_t(data[at + 1]) << 8) | data[at + 2], size - at - 3);
        const uint8_t* record = data + at + 3;
        at += 3 + length;
        if (kind % 2 == 0) {
            const Result<Certificate> certificate = Certificate::fromDer(fuzz::bytes(record, length));
            if (certificate.ok())
                report.serverChain << certificate.value();
        } else {
            const unsigned char* cursor = record;
            ossl::UniquePtr<X509_NAME> name(d2i_X509_NAME(nullptr, &cursor, static_cast<long>(length)));
            if (!name)
                continue;
            report.acceptableCas << peerNameText(name.get());
            acceptableCas.push_back(std::move(name));
        }
    }
    report.clientCertificateRequested = !acceptableCas.empty();
    if (!report.serverChain.isEmpty()) {
        // The server-certificate findings: facts, name checks, the chain as the server sent it.
        const Certificate& leaf = report.serverChain.first();
        (void)leaf.subjectAltNames();
        (void)leaf.commonName();
        (void)leaf.isSelfSigned();
        (void)X509_check_host(leaf.handle(), "www.example.org", 15, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr);
        (void)X509_check_ip_asc(leaf.handle(), "192.0.2.1", 0);
        (void)buildChain(leaf, report.serverChain);
        // Which CA the server accepts does the chain lead to (the matching of identities).
        for (const Certificate& certificate : report.serverChain) {
            (void)peerNameText(X509_get_subject_name(certificate.handle()));
            for (const auto& acceptable : acceptableCas)
                (void)X509_NAME_cmp(X509_get_issuer_name(certificate.handle()), acceptable.get());
        }
    }
    const QByteArray text = report.toText(QStringLiteral("fuzz_peer_certificates"));
    fuzz::require(!text.isEmpty(), "an empty report");
    return 0;
}
