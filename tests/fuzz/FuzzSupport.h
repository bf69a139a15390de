#pragma once

// Shared by the fuzz harnesses: exercise what CertDesk does with a parsed bundle, and split an input into a password
// and the file it opens. Each harness defines LLVMFuzzerTestOneInput; libFuzzer (CERTDESK_FUZZ=ON) or ReplayMain.cpp
// (every other build) supplies main().

#include "crypto/Bundle.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace certdesk::fuzz {

/// Stops the run with a message when a property the code promises does not hold; libFuzzer keeps the input.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// Everything the import, `show FILE` and the details panel read from what a file held.
inline void consume(const Bundle& bundle)
{
    for (const Certificate& certificate : bundle.certificates) {
        require(!certificate.isNull(), "bundle holds a null certificate");
        (void)QJsonDocument(certificate.factsJson()).toJson();
        (void)certificate.pem();
        (void)certificate.commonName();
        (void)certificate.isCa();
        (void)certificate.publicKeySha256();
        const Result<Certificate> again = Certificate::fromDer(certificate.der());
        require(again.ok() && again.value() == certificate, "certificate does not survive a DER round trip");
        (void)buildChain(certificate, bundle.certificates);
    }
    for (const CertificateRequest& request : bundle.requests) {
        require(!request.isNull(), "bundle holds a null request");
        (void)QJsonDocument(request.factsJson()).toJson();
        (void)request.verifySignature();
        (void)request.pem();
        (void)request.publicKeySha256();
    }
    for (const PrivateKey& key : bundle.keys) {
        require(!key.isNull(), "bundle holds a null key");
        (void)key.description();
        const QByteArray publicKeyHash = key.publicKeySha256();
        for (const Certificate& certificate : bundle.certificates)
            (void)(certificate.publicKeySha256() == publicKeyHash);
        (void)key.toPkcs8Der();
    }
    (void)Bundle::formatName(bundle.format);
}

/// First byte: password length (0-31); then the password; the rest is the file. Keeps the password short so the
/// fuzzer spends its time on the file, and lets it find the right password of a seed (prefixed accordingly).
inline std::pair<SecureBytes, QByteArray> splitPassword(const uint8_t* data, size_t size)
{
    if (size == 0)
        return {SecureBytes(), QByteArray()};
    const size_t length = std::min<size_t>(data[0] & 0x1f, size - 1);
    return {SecureBytes(data + 1, length), bytes(data + 1 + length, size - 1 - length)};
}

} // namespace certdesk::fuzz
