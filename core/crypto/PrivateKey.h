#pragma once

#include "Result.h"
#include "crypto/KeyType.h"
#include "crypto/OpenSslFwd.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <memory>

namespace certdesk {

/// A private key (cheap to copy: shared, immutable). Serialised forms are either encrypted or SecureBytes.
class PrivateKey
{
public:
    PrivateKey() = default;

    /// Generates a new key; slow for RSA-4096, so callers in the GUI run it off the GUI thread.
    static Result<PrivateKey> generate(KeyType type);
    /// Reads an unencrypted PKCS#8 PrivateKeyInfo (DER).
    static Result<PrivateKey> fromPkcs8Der(const SecureBytes& der);
    /// Takes ownership of a key OpenSSL handed out.
    static PrivateKey adopt(ossl::UniquePtr<EVP_PKEY> key);

    bool isNull() const { return !m_key; }
    EVP_PKEY* handle() const { return m_key.get(); }
    KeyDescription description() const;

    /// Unencrypted PKCS#8 DER, for encryption into the vault only.
    Result<SecureBytes> toPkcs8Der() const;
    /// PKCS#8 "ENCRYPTED PRIVATE KEY" PEM (AES-256-CBC, PBKDF2-SHA256).
    Result<QByteArray> toEncryptedPkcs8Pem(const SecureBytes& password) const;

    /// SubjectPublicKeyInfo DER, and its SHA-256 (the key's identity for matching certificates).
    QByteArray publicKeyDer() const;
    QByteArray publicKeySha256() const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

/// SHA-256 over a DER SubjectPublicKeyInfo of any key, private or public.
/// The DER SubjectPublicKeyInfo of a key, as i2d_PUBKEY writes it.
QByteArray subjectPublicKeyInfo(EVP_PKEY* key);
QByteArray publicKeySha256(EVP_PKEY* key);

} // namespace certdesk
