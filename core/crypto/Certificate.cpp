#include "crypto/Certificate.h"

#include "crypto/OpenSslUtil.h"
#include "crypto/PrivateKey.h"

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
    if (length < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return result;
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
    return adopt(cert.release());
}

Certificate Certificate::adopt(X509* cert)
{
    Certificate result;
    result.m_cert = std::shared_ptr<X509>(cert, X509_free);
    return result;
}

QByteArray Certificate::der() const
{
    unsigned char* der = nullptr;
    const int length = i2d_X509(m_cert.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

QByteArray Certificate::pem() const
{
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    PEM_write_bio_X509(bio.get(), m_cert.get());
    return ossl::bioBytes(bio.get());
}

QString Certificate::subject() const
{
    return nameToRfc4514(X509_get_subject_name(m_cert.get()));
}

QString Certificate::issuer() const
{
    return nameToRfc4514(X509_get_issuer_name(m_cert.get()));
}

QString Certificate::commonName() const
{
    const X509_NAME* name = X509_get_subject_name(m_cert.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    return asn1StringToQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

QString Certificate::serialHex() const
{
    const ASN1_INTEGER* serial = X509_get0_serialNumber(m_cert.get());
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
    return asn1TimeToDateTime(X509_get0_notBefore(m_cert.get()));
}

QDateTime Certificate::notAfter() const
{
    return asn1TimeToDateTime(X509_get0_notAfter(m_cert.get()));
}

QStringList Certificate::subjectAltNames() const
{
    QStringList result;
    ossl::UniquePtr<GENERAL_NAMES> names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i)
        result << generalNameText(sk_GENERAL_NAME_value(names.get(), i));
    return result;
}

KeyDescription Certificate::keyDescription() const
{
    return describeKey(X509_get0_pubkey(m_cert.get()));
}

QStringList Certificate::keyUsage() const
{
    static const char* const kNames[] = {"digitalSignature", "nonRepudiation", "keyEncipherment",
                                         "dataEncipherment", "keyAgreement",   "keyCertSign",
                                         "cRLSign",          "encipherOnly",   "decipherOnly"};
    QStringList result;
    // Decoded from the extension itself rather than X509_get_key_usage(), which needs a complete, cacheable
    // certificate (CertificateRequest reads its extensions through a bare carrier).
    ossl::UniquePtr<ASN1_BIT_STRING> usage(
        static_cast<ASN1_BIT_STRING*>(X509_get_ext_d2i(m_cert.get(), NID_key_usage, nullptr, nullptr)));
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
    ossl::UniquePtr<EXTENDED_KEY_USAGE> eku(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(m_cert.get(), NID_ext_key_usage, nullptr, nullptr)));
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
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(m_cert.get(), EVP_sha256(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), length).toHex(':').toUpper());
}

bool Certificate::isCa() const
{
    return X509_check_ca(m_cert.get()) > 0;
}

bool Certificate::isSelfSigned() const
{
    return X509_self_signed(m_cert.get(), 0) == 1;
}

QByteArray Certificate::publicKeySha256() const
{
    return certdesk::publicKeySha256(X509_get0_pubkey(m_cert.get()));
}

bool Certificate::isIssuedBy(const Certificate& issuer) const
{
    if (isNull() || issuer.isNull())
        return false;
    ossl::ErrorMark mark;
    if (X509_check_issued(issuer.handle(), m_cert.get()) != X509_V_OK)
        return false;
    EVP_PKEY* issuerKey = X509_get0_pubkey(issuer.handle());
    return issuerKey && X509_verify(m_cert.get(), issuerKey) == 1;
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
    return X509_cmp(m_cert.get(), other.m_cert.get()) == 0;
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
