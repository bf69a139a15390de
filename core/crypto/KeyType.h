#pragma once

#include <QString>
#include <QStringList>

#include <optional>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct asn1_object_st ASN1_OBJECT;

namespace certdesk {

/// The key types CertDesk generates.
enum class KeyType
{
    EcP256,
    EcP384,
    Rsa2048,
    Rsa3072,
    Rsa4096,
    Ed25519,
};

/// Stable identifiers ("ec-p256", "rsa-3072", …) used on the command line and in JSON.
QString keyTypeId(KeyType type);
std::optional<KeyType> keyTypeFromId(const QString& id);
QStringList keyTypeIds();

/// What any public or private key is, as an identifier ("rsa-1024", "ec-p521", "ed448") and in words ("RSA 1024").
struct KeyDescription
{
    QString id;
    QString displayName;
    bool isRsa = false;
    bool isEc = false;
    int bits = 0;
};
KeyDescription describeKey(const EVP_PKEY* key);
/// A key OpenSSL cannot decode, named by its algorithm identifier: "gost2012_512" / "GOST R 34.10-2012 with 512 bit
/// modulus" where OpenSSL knows the OID, else "unknown-1.2.3.4" / "unknown (1.2.3.4)". Never empty.
KeyDescription describeKeyAlgorithm(const ASN1_OBJECT* algorithm);

} // namespace certdesk
