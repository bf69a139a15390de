#include "crypto/PrivateKey.h"

#include "crypto/OpenSslUtil.h"

#include <QCryptographicHash>
#include <QObject>

#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace certdesk {

namespace {

ossl::UniquePtr<EVP_PKEY> generateRaw(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return ossl::UniquePtr<EVP_PKEY>(EVP_EC_gen("P-256"));
    case KeyType::EcP384:
        return ossl::UniquePtr<EVP_PKEY>(EVP_EC_gen("P-384"));
    case KeyType::Rsa2048:
        return ossl::UniquePtr<EVP_PKEY>(EVP_RSA_gen(2048));
    case KeyType::Rsa3072:
        return ossl::UniquePtr<EVP_PKEY>(EVP_RSA_gen(3072));
    case KeyType::Rsa4096:
        return ossl::UniquePtr<EVP_PKEY>(EVP_RSA_gen(4096));
    case KeyType::Ed25519:
        return ossl::UniquePtr<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    }
    return {};
}

} // namespace

Result<PrivateKey> PrivateKey::generate(KeyType type)
{
    ossl::UniquePtr<EVP_PKEY> key = generateRaw(type);
    if (!key) {
        return makeError(ErrorCode::BadInput, QObject::tr("CertDesk could not generate a %1 key.").arg(keyTypeId(type)),
                         ossl::drainErrors());
    }
    return adopt(key.release());
}

Result<PrivateKey> PrivateKey::fromPkcs8Der(const SecureBytes& der)
{
    const unsigned char* cursor = der.data();
    ossl::UniquePtr<PKCS8_PRIV_KEY_INFO> info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, der.intSize()));
    if (!info || cursor != der.data() + der.size()) {
        return makeError(ErrorCode::BadInput, QObject::tr("The stored private key is damaged."),
                         ossl::drainErrors());
    }
    EVP_PKEY* key = EVP_PKCS82PKEY(info.get());
    if (!key) {
        return makeError(ErrorCode::BadInput, QObject::tr("The private key uses an algorithm CertDesk cannot read."),
                         ossl::drainErrors());
    }
    return adopt(key);
}

PrivateKey PrivateKey::adopt(EVP_PKEY* key)
{
    PrivateKey result;
    result.m_key = std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
    return result;
}

KeyDescription PrivateKey::description() const
{
    return describeKey(m_key.get());
}

Result<SecureBytes> PrivateKey::toPkcs8Der() const
{
    ossl::UniquePtr<PKCS8_PRIV_KEY_INFO> info(EVP_PKEY2PKCS8(m_key.get()));
    if (!info)
        return makeError(ErrorCode::BadInput, QObject::tr("The private key could not be serialised."), ossl::drainErrors());
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr);
    if (length <= 0)
        return makeError(ErrorCode::BadInput, QObject::tr("The private key could not be serialised."), ossl::drainErrors());
    SecureBytes der(static_cast<std::size_t>(length));
    unsigned char* cursor = der.data();
    i2d_PKCS8_PRIV_KEY_INFO(info.get(), &cursor);
    return der;
}

Result<QByteArray> PrivateKey::toEncryptedPkcs8Pem(const SecureBytes& password) const
{
    if (password.isEmpty()) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("A password is needed to export a private key; an empty one is not accepted."));
    }
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(), password.chars(), password.intSize(),
                                      nullptr, nullptr) != 1) {
        return makeError(ErrorCode::BadInput, QObject::tr("The private key could not be encrypted for export."),
                         ossl::drainErrors());
    }
    return ossl::bioBytes(bio.get());
}

QByteArray PrivateKey::publicKeyDer() const
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

QByteArray PrivateKey::publicKeySha256() const
{
    return certdesk::publicKeySha256(m_key.get());
}

QByteArray publicKeySha256(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return {};
    QByteArray hash = QCryptographicHash::hash(QByteArrayView(der, length), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return hash;
}

} // namespace certdesk
