#include "crypto/KeyType.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <QObject>

#include <array>

namespace certdesk {

namespace {
struct KeyTypeName
{
    KeyType type;
    const char* id;
};
constexpr std::array<KeyTypeName, 6> kKeyTypeNames{{
    {KeyType::EcP256, "ec-p256"},
    {KeyType::EcP384, "ec-p384"},
    {KeyType::Rsa2048, "rsa-2048"},
    {KeyType::Rsa3072, "rsa-3072"},
    {KeyType::Rsa4096, "rsa-4096"},
    {KeyType::Ed25519, "ed25519"},
}};

QString curveShortName(const QString& groupName)
{
    if (groupName == QLatin1String("prime256v1") || groupName == QLatin1String("P-256"))
        return QStringLiteral("P-256");
    if (groupName == QLatin1String("secp384r1") || groupName == QLatin1String("P-384"))
        return QStringLiteral("P-384");
    if (groupName == QLatin1String("secp521r1") || groupName == QLatin1String("P-521"))
        return QStringLiteral("P-521");
    return groupName;
}
} // namespace

QString keyTypeId(KeyType type)
{
    for (const auto& entry : kKeyTypeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.id);
    }
    return {};
}

std::optional<KeyType> keyTypeFromId(const QString& id)
{
    for (const auto& entry : kKeyTypeNames) {
        if (id.compare(QLatin1String(entry.id), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return std::nullopt;
}

QStringList keyTypeIds()
{
    QStringList ids;
    for (const auto& entry : kKeyTypeNames)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

KeyDescription describeKey(const EVP_PKEY* key)
{
    KeyDescription description;
    if (!key)
        return description;
    description.bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS")) {
        description.isRsa = true;
        description.id = QStringLiteral("rsa-%1").arg(description.bits);
        description.displayName = QStringLiteral("RSA %1").arg(description.bits);
    } else if (EVP_PKEY_is_a(key, "EC")) {
        description.isEc = true;
        char group[80] = {};
        size_t length = 0;
        QString curve = QStringLiteral("unknown curve");
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1)
            curve = curveShortName(QString::fromUtf8(group, static_cast<qsizetype>(length)));
        description.id = QStringLiteral("ec-") + curve.toLower().remove(QLatin1Char('-'));
        description.displayName = QStringLiteral("EC ") + curve;
    } else if (EVP_PKEY_is_a(key, "ED25519")) {
        description.id = QStringLiteral("ed25519");
        description.displayName = QStringLiteral("Ed25519");
    } else if (EVP_PKEY_is_a(key, "ED448")) {
        description.id = QStringLiteral("ed448");
        description.displayName = QStringLiteral("Ed448");
    } else if (EVP_PKEY_is_a(key, "DSA")) {
        description.id = QStringLiteral("dsa-%1").arg(description.bits);
        description.displayName = QStringLiteral("DSA %1").arg(description.bits);
    } else {
        const char* name = EVP_PKEY_get0_type_name(key);
        const QString typeName = name ? QString::fromLatin1(name) : QStringLiteral("unknown");
        description.id = typeName.toLower();
        description.displayName = typeName;
    }
    return description;
}

KeyDescription describeKeyAlgorithm(const ASN1_OBJECT* algorithm)
{
    KeyDescription description;
    char oid[128] = {};
    if (algorithm)
        OBJ_obj2txt(oid, sizeof oid, algorithm, 1);
    const int nid = algorithm ? OBJ_obj2nid(algorithm) : NID_undef;
    if (nid != NID_undef) {
        description.id = QString::fromLatin1(OBJ_nid2sn(nid)).toLower();
        description.displayName = QString::fromLatin1(OBJ_nid2ln(nid));
    } else {
        const QString dotted = oid[0] ? QString::fromLatin1(oid) : QStringLiteral("?");
        description.id = QStringLiteral("unknown-") + dotted;
        description.displayName = QObject::tr("unknown (%1)").arg(dotted);
    }
    return description;
}

} // namespace certdesk
