#include "crypto/SubjectAltName.h"

#include "crypto/OpenSslUtil.h"

#include <QHostAddress>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

namespace certdesk {

namespace {

constexpr const char* kUpnOid = "1.3.6.1.4.1.311.20.2.3";

Error sanError(const QString& message)
{
    return makeError(ErrorCode::Usage, message);
}

/// Lower-cases and converts an international name to its ASCII (punycode) form; empty when invalid.
QString normaliseDomain(const QString& domain, bool allowWildcard)
{
    QString name = domain.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    QString prefix;
    if (allowWildcard && name.startsWith(QLatin1String("*."))) {
        prefix = QStringLiteral("*.");
        name = name.mid(2);
    }
    const QString ascii = QString::fromLatin1(QUrl::toAce(name, QUrl::IgnoreIDNWhitelist));
    if (ascii.isEmpty() || ascii.size() > 253)
        return {};
    static const QRegularExpression label(QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
    for (const QString& part : ascii.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return {};
    }
    return prefix + ascii;
}

} // namespace

QString SubjectAltName::typeId(Type type)
{
    switch (type) {
    case Type::Dns:
        return QStringLiteral("dns");
    case Type::Email:
        return QStringLiteral("email");
    case Type::Uri:
        return QStringLiteral("uri");
    case Type::Ip:
        return QStringLiteral("ip");
    case Type::Upn:
        return QStringLiteral("upn");
    }
    return {};
}

Result<SubjectAltName> SubjectAltName::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return sanError(QObject::tr("“%1” needs a type: write dns:NAME, email:ADDRESS, uri:URI, ip:ADDRESS or "
                                    "upn:USER@DOMAIN.")
                            .arg(text));
    }
    const QString typeText = text.left(colon).trimmed().toLower();
    const QString value = text.mid(colon + 1).trimmed();
    for (Type type : {Type::Dns, Type::Email, Type::Uri, Type::Ip, Type::Upn}) {
        if (typeText == typeId(type))
            return create(type, value);
    }
    return sanError(QObject::tr("“%1” is not a SAN type; use dns, email, uri, ip or upn.").arg(typeText));
}

Result<SubjectAltName> SubjectAltName::create(Type type, const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return sanError(QObject::tr("The %1 alternative name is empty.").arg(typeId(type)));
    SubjectAltName san;
    san.m_type = type;
    switch (type) {
    case Type::Dns:
        san.m_value = normaliseDomain(value, true);
        if (san.m_value.isEmpty())
            return sanError(QObject::tr("“%1” is not a valid DNS name (letters, digits and hyphens, separated by dots).").arg(value));
        break;
    case Type::Email: {
        const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
        static const QRegularExpression localPart(QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$)"));
        const QString domain = at > 0 ? normaliseDomain(value.mid(at + 1), false) : QString();
        if (at <= 0 || !localPart.match(value.left(at)).hasMatch() || domain.isEmpty() || !domain.contains(QLatin1Char('.')))
            return sanError(QObject::tr("“%1” is not an e-mail address CertDesk can put in a certificate.").arg(value));
        san.m_value = value.left(at) + QLatin1Char('@') + domain;
        break;
    }
    case Type::Uri: {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.isRelative())
            return sanError(QObject::tr("“%1” is not an absolute URI such as https://example.org/alice.").arg(value));
        san.m_value = QString::fromLatin1(url.toEncoded());
        break;
    }
    case Type::Ip: {
        QHostAddress address;
        if (!address.setAddress(value) || !address.scopeId().isEmpty())
            return sanError(QObject::tr("“%1” is not an IPv4 or IPv6 address.").arg(value));
        san.m_value = address.toString();
        break;
    }
    case Type::Upn: {
        static const QRegularExpression upn(QStringLiteral(R"(^[^@\s]+@[^@\s]+$)"));
        if (!upn.match(value).hasMatch())
            return sanError(QObject::tr("“%1” is not a user principal name such as alice@corp.example.org.").arg(value));
        san.m_value = value;
        break;
    }
    }
    return san;
}

QString SubjectAltName::toString() const
{
    return typeId(m_type) + QLatin1Char(':') + m_value;
}

GENERAL_NAME* SubjectAltName::toGeneralName() const
{
    ossl::UniquePtr<GENERAL_NAME> name(GENERAL_NAME_new());
    if (!name)
        return nullptr;
    const QByteArray utf8 = m_value.toUtf8();
    auto ia5 = [&]() {
        ASN1_IA5STRING* string = ASN1_IA5STRING_new();
        ASN1_STRING_set(string, utf8.constData(), int(utf8.size()));
        return string;
    };
    switch (m_type) {
    case Type::Dns:
        GENERAL_NAME_set0_value(name.get(), GEN_DNS, ia5());
        break;
    case Type::Email:
        GENERAL_NAME_set0_value(name.get(), GEN_EMAIL, ia5());
        break;
    case Type::Uri:
        GENERAL_NAME_set0_value(name.get(), GEN_URI, ia5());
        break;
    case Type::Ip: {
        QHostAddress address(m_value);
        ASN1_OCTET_STRING* octets = ASN1_OCTET_STRING_new();
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = address.toIPv4Address();
            const unsigned char bytes[4] = {static_cast<unsigned char>(v4 >> 24), static_cast<unsigned char>(v4 >> 16),
                                            static_cast<unsigned char>(v4 >> 8), static_cast<unsigned char>(v4)};
            ASN1_OCTET_STRING_set(octets, bytes, 4);
        } else {
            const Q_IPV6ADDR v6 = address.toIPv6Address();
            ASN1_OCTET_STRING_set(octets, v6.c, 16);
        }
        GENERAL_NAME_set0_value(name.get(), GEN_IPADD, octets);
        break;
    }
    case Type::Upn: {
        ASN1_TYPE* value = ASN1_TYPE_new();
        ASN1_UTF8STRING* string = ASN1_UTF8STRING_new();
        ASN1_STRING_set(string, utf8.constData(), int(utf8.size()));
        ASN1_TYPE_set(value, V_ASN1_UTF8STRING, string);
        GENERAL_NAME_set0_othername(name.get(), OBJ_txt2obj(kUpnOid, 1), value);
        break;
    }
    }
    return name.release();
}

} // namespace certdesk
