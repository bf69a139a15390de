#pragma once

#include "Result.h"
#include "crypto/KeyType.h"
#include "crypto/OpenSslFwd.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>

typedef struct x509_st X509;

namespace certdesk {

/// An X.509 certificate (cheap to copy: shared, immutable) and the facts a person needs about it.
class Certificate
{
public:
    /// What a list of certificates shows of each: kept beside the DER in the vault, so that listing thousands of
    /// identities need not parse them (OpenSSL 3.0 spends about 100 µs decoding each certificate's public key).
    struct Summary
    {
        QString subject;
        QString issuer;
        QString commonName;
        QString serialHex;
        QString fingerprintSha256;
        QDateTime notBefore;
        QDateTime notAfter;
        QStringList subjectAltNames;

        QJsonObject toJson() const;
        /// Empty when the object is not a complete summary (a damaged or older record): parse the DER instead.
        static std::optional<Summary> fromJson(const QJsonObject& json);
    };

    Certificate() = default;
    static Result<Certificate> fromDer(const QByteArray& der);
    /// A certificate from CertDesk's own storage with its summary: the summary's facts are answered at once, and the
    /// DER is parsed only when something else is asked (once, thread-safe). Storage that may be damaged must be read
    /// with fromDer; a deferred certificate whose DER does not parse answers like a null one from then on.
    static Certificate deferred(const QByteArray& der, const Summary& summary);
    /// Takes ownership of a certificate OpenSSL handed out.
    static Certificate adopt(ossl::UniquePtr<X509> cert);

    bool isNull() const { return !m_data; }
    /// The parsed certificate (parsing a deferred one now); null for a null certificate.
    X509* handle() const;
    Summary summary() const;

    QByteArray der() const;
    /// Empty only for a null certificate, or when OpenSSL runs out of memory.
    QByteArray pem() const;

    /// RFC 4514 text, UTF-8 as is ("CN=Alice Example,O=Example Corp,C=DE").
    QString subject() const;
    QString issuer() const;
    QString commonName() const;
    /// Uppercase hex, no separators.
    QString serialHex() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    /// "dns:example.org", "email:a@example.org", "ip:192.0.2.1", "uri:…", "upn:…".
    QStringList subjectAltNames() const;
    KeyDescription keyDescription() const;
    QStringList keyUsage() const;
    QStringList extendedKeyUsage() const;
    /// Uppercase hex with colons, as `openssl x509 -fingerprint -sha256` prints it.
    QString fingerprintSha256() const;
    bool isCa() const;
    bool isSelfSigned() const;
    /// SHA-256 of the SubjectPublicKeyInfo: equal for a certificate and its private key.
    QByteArray publicKeySha256() const;
    /// True when `issuer`'s key signed this certificate and its name matches.
    bool isIssuedBy(const Certificate& issuer) const;

    /// Facts for display and `--json` (camelCase fields).
    QJsonObject factsJson() const;

    bool operator==(const Certificate& other) const;

private:
    struct Data
    {
        std::shared_ptr<X509> cert;
        QByteArray der;                 ///< kept when the certificate came from DER
        std::optional<Summary> summary; ///< set for deferred certificates
        bool deferred = false;
        std::once_flag parsed;
    };
    std::shared_ptr<Data> m_data;
};

/// Orders `pool` into the chain above `leaf` (issuer first after the leaf), stopping at a self-signed root or a gap.
QList<Certificate> buildChain(const Certificate& leaf, const QList<Certificate>& pool);

/// Formats an ASN.1 time as a UTC QDateTime; invalid when the time cannot be read.
QDateTime asn1TimeToDateTime(const void* asn1Time);

/// ISO 8601 UTC with a trailing Z ("2026-11-23T13:18:04Z").
QString isoUtc(const QDateTime& time);

} // namespace certdesk
