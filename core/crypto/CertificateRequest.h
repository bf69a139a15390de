#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeyType.h"
#include "crypto/OpenSslFwd.h"
#include "crypto/PrivateKey.h"
#include "crypto/SubjectAltName.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>

typedef struct X509_req_st X509_REQ;

namespace certdesk {

/// What the certificate is for; decides key usage, extended key usage and which SANs are required.
enum class Profile
{
    Client, ///< sign in to services (TLS client authentication)
    Email,  ///< S/MIME: sign and encrypt e-mail
    Server, ///< a TLS server
    Custom, ///< experts: key usage and extended key usage as given in RequestOptions
};
QString profileId(Profile profile);
std::optional<Profile> profileFromId(const QString& id);

/// Everything a CSR says besides its key.
struct RequestOptions
{
    DistinguishedName subject;
    QList<SubjectAltName> sans;
    Profile profile = Profile::Client;
    /// Custom profile only: keyUsage names as Certificate::keyUsage() prints them ("digitalSignature", …).
    QStringList customKeyUsage;
    /// Custom profile only: short names ("clientAuth", "codeSigning") or dotted OIDs.
    QStringList customExtendedKeyUsage;
};

/// The keyUsage names CertDesk understands, in bit order.
QStringList keyUsageNames();

/// A PKCS#10 certificate signing request (cheap to copy: shared, immutable).
class CertificateRequest
{
public:
    CertificateRequest() = default;

    /// Builds and signs a CSR; refuses options the profile cannot work with (e.g. a server without a DNS name).
    static Result<CertificateRequest> create(const PrivateKey& key, const RequestOptions& options);
    /// Checks the options alone, so a form can say what is missing before a key is generated.
    static Result<void> validate(const RequestOptions& options);
    static Result<CertificateRequest> fromDer(const QByteArray& der);
    /// A request from CertDesk's own storage, parsed only when first asked about (once, thread-safe): listing a vault
    /// of identities does not pay for the requests behind them. One whose DER does not parse answers with nothing.
    static CertificateRequest deferred(const QByteArray& der);
    /// Takes ownership of a request OpenSSL handed out.
    static CertificateRequest adopt(ossl::UniquePtr<X509_REQ> request);

    bool isNull() const { return !m_data; }
    /// The parsed request (parsing a deferred one now); null for a null request.
    X509_REQ* handle() const;
    QByteArray der() const;
    QByteArray pem() const;

    QString subject() const;
    QStringList subjectAltNames() const;
    QStringList keyUsage() const;
    QStringList extendedKeyUsage() const;
    KeyDescription keyDescription() const;
    QByteArray publicKeySha256() const;
    /// True when the request's self-signature verifies with its own key.
    bool verifySignature() const;
    QJsonObject factsJson() const;

private:
    struct Data
    {
        std::shared_ptr<X509_REQ> request;
        QByteArray der; ///< kept when the request came from DER
        bool deferred = false;
        std::once_flag parsed;
    };
    std::shared_ptr<Data> m_data;
};

} // namespace certdesk
