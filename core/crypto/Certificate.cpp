#include "crypto/Certificate.h"

#include "crypto/OpenSslUtil.h"
#include "crypto/PrivateKey.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

namespace certdesk {

namespace {

constexpr const char* kUpnOid = "1.3.6.1.4.1.311.20.2.3";

QString nameToRfc4514(const X509_NAME* name)
{
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    // RFC 2253 and RFC 4514 agree on order and escaping; keep UTF-8 bytes instead of \XX escapes.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(ossl::bioBytes(bio.get()));
}

QString asn1StringToQString(const ASN1_STRING* string)
{
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    const ossl::UniquePtr<unsigned char> owner(utf8);
    if (length < 0)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
}

/// dNSName, rfc822Name and URI are IA5String (ASCII), yet real certificates carry UTF-8 bytes in them; decode the
/// bytes as UTF-8, as `openssl x509 -text` shows them, instead of as Latin-1 (which turns "á" into "Ã¡").
QString ia5StringToQString(const ASN1_STRING* string)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)), ASN1_STRING_length(string));
}

QString objectText(const ASN1_OBJECT* object, bool preferNumeric = false)
{
    char buffer[128] = {};
    OBJ_obj2txt(buffer, sizeof buffer, object, preferNumeric ? 1 : 0);
    return QString::fromLatin1(buffer);
}

QString generalNameText(const GENERAL_NAME* name)
{
    switch (name->type) {
    case GEN_DNS:
        return QStringLiteral("dns:") + ia5StringToQString(name->d.dNSName);
    case GEN_EMAIL:
        return QStringLiteral("email:") + ia5StringToQString(name->d.rfc822Name);
    case GEN_URI:
        return QStringLiteral("uri:") + ia5StringToQString(name->d.uniformResourceIdentifier);
    case GEN_IPADD: {
        const ASN1_OCTET_STRING* ip = name->d.iPAddress;
        const int length = ASN1_STRING_length(ip);
        const unsigned char* data = ASN1_STRING_get0_data(ip);
        if (length == 4) {
            return QStringLiteral("ip:") + QHostAddress(quint32((data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3])).toString();
        }
        if (length == 16) {
            Q_IPV6ADDR address;
            std::copy(data, data + 16, address.c);
            return QStringLiteral("ip:") + QHostAddress(address).toString();
        }
        return QStringLiteral("ip:") + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(data), length).toHex());
    }
    case GEN_OTHERNAME: {
        const QString oid = objectText(name->d.otherName->type_id, true);
        const ASN1_TYPE* value = name->d.otherName->value;
        if (oid == QLatin1String(kUpnOid) && value && value->type == V_ASN1_UTF8STRING)
            return QStringLiteral("upn:") + asn1StringToQString(value->value.utf8string);
        return QStringLiteral("otherName:") + oid;
    }
    case GEN_DIRNAME:
        return QStringLiteral("dirName:") + nameToRfc4514(name->d.directoryName);
    case GEN_RID:
        return QStringLiteral("registeredID:") + objectText(name->d.registeredID, true);
    default:
        return QStringLiteral("other");
    }
}

} // namespace

Result<Certificate> Certificate::fromDer(const QByteArray& der)
{
    const unsigned char* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::UniquePtr<X509> cert(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!cert) {
        return makeError(ErrorCode::BadInput, QObject::tr("This is not a readable certificate."),
                         ossl::drainErrors());
    }
    Certificate result = adopt(std::move(cert));
    // The DER as given when it was all of the input: der() then needs no re-encoding.
    if (cursor == reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        result.m_data->der = der;
    return result;
}

Certificate Certificate::deferred(const QByteArray& der, const Summary& summary)
{
    Certificate result;
    result.m_data = std::make_shared<Data>();
    result.m_data->der = der;
    result.m_data->summary = summary;
    result.m_data->deferred = true;
    return result;
}

Certificate Certificate::adopt(ossl::UniquePtr<X509> cert)
{
    Certificate result;
    result.m_data = std::make_shared<Data>();
    result.m_data->cert = std::move(cert);
    return result;
}

X509* Certificate::handle() const
{
    if (!m_data)
        return nullptr;
    if (m_data->deferred) {
        std::call_once(m_data->parsed, [data = m_data.get()] {
            ossl::ErrorMark mark;
            const unsigned char* cursor = reinterpret_cast<const unsigned char*>(data->der.constData());
            data->cert =
                std::shared_ptr<X509>(d2i_X509(nullptr, &cursor, static_cast<long>(data->der.size())), X509_free);
        });
    }
    return m_data->cert.get();
}

Certificate::Summary Certificate::summary() const
{
    if (m_data && m_data->summary)
        return *m_data->summary;
    Summary summary;
    if (!handle())
        return summary;
    summary.subject = subject();
    summary.issuer = issuer();
    summary.commonName = commonName();
    summary.serialHex = serialHex();
    summary.fingerprintSha256 = fingerprintSha256();
    summary.notBefore = notBefore();
    summary.notAfter = notAfter();
    summary.subjectAltNames = subjectAltNames();
    return summary;
}

QJsonObject Certificate::Summary::toJson() const
{
    return QJsonObject{{QStringLiteral("subject"), subject},
                       {QStringLiteral("issuer"), issuer},
                       {QStringLiteral("commonName"), commonName},
                       {QStringLiteral("serial"), serialHex},
                       {QStringLiteral("fingerprintSha256"), fingerprintSha256},
                       {QStringLiteral("notBefore"), isoUtc(notBefore)},
                       {QStringLiteral("notAfter"), isoUtc(notAfter)},
                       {QStringLiteral("sans"), QJsonArray::fromStringList(subjectAltNames)}};
}

std::optional<Certificate::Summary> Certificate::Summary::fromJson(const QJsonObject& json)
{
    for (const char* key :
         {"subject", "issuer", "commonName", "serial", "fingerprintSha256", "notBefore", "notAfter"}) {
        if (!json.value(QLatin1String(key)).isString())
            return std::nullopt;
    }
    if (!json.value(QStringLiteral("sans")).isArray())
        return std::nullopt;
    Summary summary;
    summary.subject = json.value(QStringLiteral("subject")).toString();
    summary.issuer = json.value(QStringLiteral("issuer")).toString();
    summary.commonName = json.value(QStringLiteral("commonName")).toString();
    summary.serialHex = json.value(QStringLiteral("serial")).toString();
    summary.fingerprintSha256 = json.value(QStringLiteral("fingerprintSha256")).toString();
    summary.notBefore = QDateTime::fromString(json.value(QStringLiteral("notBefore")).toString(), Qt::ISODate);
    summary.notAfter = QDateTime::fromString(json.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    const QJsonArray sans = json.value(QStringLiteral("sans")).toArray();
    for (const QJsonValue& san : sans) {
        if (!san.isString())
            return std::nullopt;
        summary.subjectAltNames << san.toString();
    }
    if (!summary.notBefore.isValid() || !summary.notAfter.isValid() || summary.fingerprintSha256.isEmpty())
        return std::nullopt;
    return summary;
}

QByteArray Certificate::der() const
{
    if (m_data && !m_data->der.isEmpty())
        return m_data->der;
    X509* cert = handle();
    if (!cert)
        return {};
    return ossl::i2dBytes(i2d_X509, cert);
}

QByteArray Certificate::pem() const
{
    X509* cert = handle();
    if (!cert)
        return {};
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {}; // out of memory: a parsed certificate always encodes
    return ossl::bioBytes(bio.get());
}

QString Certificate::subject() const
{
    if (m_data && m_data->summary)
        return m_data->summary->subject;
    X509* cert = handle();
    return cert ? nameToRfc4514(X509_get_subject_name(cert)) : QString();
}

QString Certificate::issuer() const
{
    if (m_data && m_data->summary)
        return m_data->summary->issuer;
    X509* cert = handle();
    return cert ? nameToRfc4514(X509_get_issuer_name(cert)) : QString();
}

QString Certificate::commonName() const
{
    if (m_data && m_data->summary)
        return m_data->summary->commonName;
    X509* cert = handle();
    if (!cert)
        return {};
    const X509_NAME* name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    return asn1StringToQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

QString Certificate::serialHex() const
{
    if (m_data && m_data->summary)
        return m_data->summary->serialHex;
    X509* cert = handle();
    if (!cert)
        return {};
    const ASN1_INTEGER* serial = X509_get0_serialNumber(cert);
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    // i2a_ASN1_INTEGER prints uppercase hex with no separators (negative serials keep their '-').
    i2a_ASN1_INTEGER(bio.get(), serial);
    return QString::fromLatin1(ossl::bioBytes(bio.get())).toUpper();
}

QDateTime asn1TimeToDateTime(const void* asn1Time)
{
    struct tm parts = {};
    if (!asn1Time || ASN1_TIME_to_tm(static_cast<const ASN1_TIME*>(asn1Time), &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime Certificate::notBefore() const
{
    if (m_data && m_data->summary)
        return m_data->summary->notBefore;
    X509* cert = handle();
    return cert ? asn1TimeToDateTime(X509_get0_notBefore(cert)) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    if (m_data && m_data->summary)
        return m_data->summary->notAfter;
    X509* cert = handle();
    return cert ? asn1TimeToDateTime(X509_get0_notAfter(cert)) : QDateTime();
}

QStringList Certificate::subjectAltNames() const
{
    if (m_data && m_data->summary)
        return m_data->summary->subjectAltNames;
    QStringList result;
    X509* cert = handle();
    if (!cert)
        return result;
    ossl::UniquePtr<GENERAL_NAMES> names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i)
        result << generalNameText(sk_GENERAL_NAME_value(names.get(), i));
    return result;
}

KeyDescription Certificate::keyDescription() const
{
    X509* cert = handle();
    if (!cert)
        return {};
    EVP_PKEY* key = nullptr;
    {
        ossl::ErrorMark mark;
        key = X509_get0_pubkey(cert);
    }
    KeyDescription description = describeKey(key);
    if (!description.id.isEmpty())
        return description;
    // A key OpenSSL cannot decode (GOST, DSA without its parameters, an unknown algorithm) is still named, by the
    // algorithm its certificate gives: the vault keeps such certificates, and a person should see what they are.
    const ASN1_OBJECT* algorithm = nullptr;
    X509_PUBKEY_get0_param(const_cast<ASN1_OBJECT**>(&algorithm), nullptr, nullptr, nullptr,
                           X509_get_X509_PUBKEY(cert));
    return describeKeyAlgorithm(algorithm);
}

QStringList Certificate::keyUsage() const
{
    static const char* const kNames[] = {"digitalSignature", "nonRepudiation", "keyEncipherment",
                                         "dataEncipherment", "keyAgreement",   "keyCertSign",
                                         "cRLSign",          "encipherOnly",   "decipherOnly"};
    QStringList result;
    X509* cert = handle();
    if (!cert)
        return result;
    // Decoded from the extension itself rather than X509_get_key_usage(), which needs a complete, cacheable
    // certificate (CertificateRequest reads its extensions through a bare carrier).
    ossl::UniquePtr<ASN1_BIT_STRING> usage(
        static_cast<ASN1_BIT_STRING*>(X509_get_ext_d2i(cert, NID_key_usage, nullptr, nullptr)));
    if (!usage)
        return result;
    for (int bit = 0; bit < 9; ++bit) {
        if (ASN1_BIT_STRING_get_bit(usage.get(), bit))
            result << QString::fromLatin1(kNames[bit]);
    }
    return result;
}

QStringList Certificate::extendedKeyUsage() const
{
    QStringList result;
    X509* cert = handle();
    if (!cert)
        return result;
    ossl::UniquePtr<EXTENDED_KEY_USAGE> eku(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr)));
    if (!eku)
        return result;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        // Short names ("clientAuth") where OpenSSL knows the purpose, the dotted OID otherwise.
        const ASN1_OBJECT* purpose = sk_ASN1_OBJECT_value(eku.get(), i);
        const int nid = OBJ_obj2nid(purpose);
        result << (nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : objectText(purpose, true));
    }
    return result;
}

QString Certificate::fingerprintSha256() const
{
    if (m_data && m_data->summary)
        return m_data->summary->fingerprintSha256;
    X509* cert = handle();
    if (!cert)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), length).toHex(':').toUpper());
}

bool Certificate::isCa() const
{
    X509* cert = handle();
    return cert && X509_check_ca(cert) > 0;
}

bool Certificate::isSelfSigned() const
{
    X509* cert = handle();
    return cert && X509_self_signed(cert, 0) == 1;
}

QByteArray Certificate::publicKeySha256() const
{
    X509* cert = handle();
    if (!cert)
        return {};
    EVP_PKEY* key = nullptr;
    {
        ossl::ErrorMark mark;
        key = X509_get0_pubkey(cert);
    }
    if (QByteArray hash = certdesk::publicKeySha256(key); !hash.isEmpty())
        return hash;
    // OpenSSL cannot decode or re-encode this key (GOST, odd RSA-PSS parameters): the SubjectPublicKeyInfo as the
    // certificate holds it identifies the key just as well. No private key CertDesk can read will ever match it.
    ossl::ErrorMark mark;
    const QByteArray spki = ossl::i2dBytes(i2d_X509_PUBKEY, X509_get_X509_PUBKEY(cert));
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

bool Certificate::isIssuedBy(const Certificate& issuer) const
{
    X509* cert = handle();
    X509* issuerCert = issuer.handle();
    if (!cert || !issuerCert)
        return false;
    ossl::ErrorMark mark;
    if (X509_check_issued(issuerCert, cert) != X509_V_OK)
        return false;
    EVP_PKEY* issuerKey = X509_get0_pubkey(issuerCert);
    return issuerKey && X509_verify(cert, issuerKey) == 1;
}

QJsonObject Certificate::factsJson() const
{
    const KeyDescription key = keyDescription();
    QJsonObject facts;
    facts[QStringLiteral("subject")] = subject();
    facts[QStringLiteral("issuer")] = issuer();
    facts[QStringLiteral("serial")] = serialHex();
    facts[QStringLiteral("notBefore")] = isoUtc(notBefore());
    facts[QStringLiteral("notAfter")] = isoUtc(notAfter());
    facts[QStringLiteral("sans")] = QJsonArray::fromStringList(subjectAltNames());
    facts[QStringLiteral("keyType")] = key.id;
    facts[QStringLiteral("keyUsage")] = QJsonArray::fromStringList(keyUsage());
    facts[QStringLiteral("extendedKeyUsage")] = QJsonArray::fromStringList(extendedKeyUsage());
    facts[QStringLiteral("fingerprintSha256")] = fingerprintSha256();
    facts[QStringLiteral("isCa")] = isCa();
    facts[QStringLiteral("selfSigned")] = isSelfSigned();
    return facts;
}

bool Certificate::operator==(const Certificate& other) const
{
    if (isNull() || other.isNull())
        return isNull() == other.isNull();
    if (m_data == other.m_data)
        return true;
    // Deferred certificates compare by DER, without parsing; parsed ones as OpenSSL compares them.
    if (m_data->deferred || other.m_data->deferred)
        return der() == other.der();
    return X509_cmp(m_data->cert.get(), other.m_data->cert.get()) == 0;
}

QList<Certificate> buildChain(const Certificate& leaf, const QList<Certificate>& pool)
{
    QList<Certificate> chain;
    Certificate current = leaf;
    // Each step consumes one pool entry, so the loop ends even on a cyclic pool.
    QList<Certificate> remaining = pool;
    while (!current.isSelfSigned()) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            if (!(remaining[i] == current) && current.isIssuedBy(remaining[i])) {
                found = i;
                break;
            }
        }
        if (found < 0)
            break;
        current = remaining.takeAt(found);
        chain << current;
    }
    return chain;
}

} // namespace certdesk
