#include "crypto/PrivateKey.h"

#include "crypto/OpenSslUtil.h"

#include <QCryptographicHash>
#include <QObject>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

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
    return adopt(std::move(key));
}

Result<PrivateKey> PrivateKey::fromPkcs8Der(const SecureBytes& der)
{
    const unsigned char* cursor = der.data();
    ossl::UniquePtr<PKCS8_PRIV_KEY_INFO> info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, der.intSize()));
    if (!info || cursor != der.data() + der.size()) {
        return makeError(ErrorCode::BadInput, QObject::tr("The stored private key is damaged."),
                         ossl::drainErrors());
    }
    ossl::UniquePtr<EVP_PKEY> key = ossl::privateKeyFromPkcs8(info.get());
    if (!key) {
        return makeError(ErrorCode::BadInput, QObject::tr("The private key uses an algorithm CertDesk cannot read."),
                         ossl::drainErrors());
    }
    return adopt(std::move(key));
}

PrivateKey PrivateKey::adopt(ossl::UniquePtr<EVP_PKEY> key)
{
    PrivateKey result;
    result.m_key = std::move(key);
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
    return subjectPublicKeyInfo(m_key.get());
}

QByteArray PrivateKey::publicKeySha256() const
{
    return certdesk::publicKeySha256(m_key.get());
}

namespace {

/// The SubjectPublicKeyInfo of an EC key on a named curve with an uncompressed point, or of an EdDSA key, put
/// together from the key's parameters: the bytes i2d_PUBKEY writes for such keys (tst_certificaterequest compares
/// them), without the encoder context OpenSSL 3.0 sets up for every i2d_PUBKEY call (0.75 M instructions; an import
/// of 1 000 keys with certificates needs 2 000 of these hashes). Empty for every other key: those take i2d_PUBKEY.
QByteArray assembledSubjectPublicKeyInfo(const EVP_PKEY* key)
{
    ossl::ErrorMark mark;
    int algorithm = NID_undef;
    int curve = NID_undef;
    if (EVP_PKEY_is_a(key, "ED25519")) {
        algorithm = NID_ED25519;
    } else if (EVP_PKEY_is_a(key, "ED448")) {
        algorithm = NID_ED448;
    } else if (EVP_PKEY_is_a(key, "EC")) {
        char text[64] = {};
        std::size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING, text, sizeof text, &length) != 1 ||
            qstrcmp(text, OSSL_PKEY_EC_ENCODING_GROUP) != 0)
            return {};
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, text, sizeof text,
                                           &length) != 1 ||
            qstrcmp(text, OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_UNCOMPRESSED) != 0)
            return {};
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, text, sizeof text, &length) != 1)
            return {};
        curve = OBJ_sn2nid(text);
        if (curve == NID_undef)
            curve = OBJ_txt2nid(text);
        if (curve == NID_undef)
            return {};
        algorithm = NID_X9_62_id_ecPublicKey;
    } else {
        return {};
    }
    unsigned char point[256];
    std::size_t pointLength = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &pointLength) != 1 ||
        pointLength == 0 || (curve != NID_undef && point[0] != 0x04))
        return {};
    ossl::UniquePtr<X509_PUBKEY> spki(X509_PUBKEY_new());
    if (!spki)
        return {};
    // X509_PUBKEY_set0_param takes the copy only when it succeeds: until then it is ours to free.
    ossl::UniquePtr<unsigned char> pointCopy(static_cast<unsigned char*>(OPENSSL_memdup(point, pointLength)));
    if (!pointCopy)
        return {};
    if (X509_PUBKEY_set0_param(spki.get(), OBJ_nid2obj(algorithm), curve != NID_undef ? V_ASN1_OBJECT : V_ASN1_UNDEF,
                               curve != NID_undef ? OBJ_nid2obj(curve) : nullptr, pointCopy.get(),
                               static_cast<int>(pointLength)) != 1)
        return {};
    pointCopy.release(); // now the SubjectPublicKeyInfo's
    return ossl::i2dBytes(i2d_X509_PUBKEY, spki.get());
}

} // namespace

QByteArray subjectPublicKeyInfo(EVP_PKEY* key)
{
    if (!key)
        return {};
    if (QByteArray assembled = assembledSubjectPublicKeyInfo(key); !assembled.isEmpty())
        return assembled;
    return ossl::i2dBytes(i2d_PUBKEY, key);
}

QByteArray publicKeySha256(EVP_PKEY* key)
{
    const QByteArray spki = subjectPublicKeyInfo(key);
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

} // namespace certdesk
