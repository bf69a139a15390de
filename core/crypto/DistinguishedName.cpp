#include "crypto/DistinguishedName.h"

#include "crypto/OpenSslUtil.h"

#include <QObject>
#include <QRegularExpression>

#include <openssl/objects.h>

#include <array>

namespace certdesk {

namespace {

struct AttributeSpec
{
    const char* canonical;
    const char* aliases; // comma separated, compared case-insensitively
    int nid;
    int maxLength;       // upper bounds from RFC 5280 appendix A
    const char* description;
};

// The descriptions go into error sentences through QObject::tr: marked here so that lupdate finds them.
const std::array<AttributeSpec, 12> kSpecs{{
    {"CN", "cn,commonName", NID_commonName, 64, QT_TRANSLATE_NOOP("QObject", "common name")},
    {"O", "o,organizationName", NID_organizationName, 64, QT_TRANSLATE_NOOP("QObject", "organisation")},
    {"OU", "ou,organizationalUnitName", NID_organizationalUnitName, 64,
     QT_TRANSLATE_NOOP("QObject", "organisational unit")},
    {"L", "l,localityName", NID_localityName, 128, QT_TRANSLATE_NOOP("QObject", "locality")},
    {"ST", "st,s,stateOrProvinceName", NID_stateOrProvinceName, 128, QT_TRANSLATE_NOOP("QObject", "state or province")},
    {"C", "c,countryName", NID_countryName, 2, QT_TRANSLATE_NOOP("QObject", "country")},
    // 128, not RFC 5280's 255: OpenSSL refuses longer ones (ub_email_address).
    {"emailAddress", "emailaddress,email,e", NID_pkcs9_emailAddress, 128,
     QT_TRANSLATE_NOOP("QObject", "e-mail address")},
    {"DC", "dc,domainComponent", NID_domainComponent, 63, QT_TRANSLATE_NOOP("QObject", "domain component")},
    {"UID", "uid,userId", NID_userId, 256, QT_TRANSLATE_NOOP("QObject", "user ID")},
    {"serialNumber", "serialnumber", NID_serialNumber, 64, QT_TRANSLATE_NOOP("QObject", "serial number")},
    {"GN", "gn,givenName", NID_givenName, 64, QT_TRANSLATE_NOOP("QObject", "given name")},
    {"SN", "sn,surname", NID_surname, 64, QT_TRANSLATE_NOOP("QObject", "surname")},
}};

const AttributeSpec* findSpec(const QString& type)
{
    for (const auto& spec : kSpecs) {
        const QStringList aliases = QString::fromLatin1(spec.aliases).split(QLatin1Char(','));
        for (const QString& alias : aliases) {
            if (type.compare(alias, Qt::CaseInsensitive) == 0)
                return &spec;
        }
    }
    return nullptr;
}

bool isValidEmail(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(value).hasMatch();
}

Error dnError(const QString& message)
{
    return makeError(ErrorCode::Usage, message);
}

/// True when OpenSSL can encode the value for this attribute. Some attributes are IA5String (emailAddress, DC: ASCII
/// only) or PrintableString (serialNumber: letters, digits, space and '()+,-./:=?) in a certificate; what it refuses
/// must be refused while the user types, not after the key was generated for the request.
bool encodable(const AttributeSpec& spec, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    ossl::UniquePtr<X509_NAME> name(X509_NAME_new());
    ossl::ErrorMark mark;
    return name && X509_NAME_add_entry_by_NID(name.get(), spec.nid, MBSTRING_UTF8,
                                              reinterpret_cast<const unsigned char*>(utf8.constData()),
                                              int(utf8.size()), -1, 0) == 1;
}

/// Splits RFC 4514 text into (type, value) pairs, resolving escapes; errors name the position.
Result<QList<DistinguishedName::Attribute>> tokenize(const QString& text)
{
    QList<DistinguishedName::Attribute> result;
    const QByteArray utf8 = text.toUtf8();
    QByteArray type;
    QByteArray value;
    bool inValue = false;
    qsizetype keptLength = 0; // value length up to the last significant (non-space or escaped) character
    auto finish = [&]() -> std::optional<Error> {
        const QString typeText = QString::fromUtf8(type).trimmed();
        const QByteArray rawValue = value.left(keptLength);
        if (!inValue) {
            return dnError(typeText.isEmpty()
                               ? QObject::tr("The subject name has an empty part; remove the extra comma.")
                               : QObject::tr("“%1” in the subject name has no “=”; write it as TYPE=value, "
                                             "for example CN=Alice Example.")
                                     .arg(typeText));
        }
        result.append({typeText, QString::fromUtf8(rawValue)});
        type.clear();
        value.clear();
        inValue = false;
        keptLength = 0;
        return std::nullopt;
    };

    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (!inValue) {
            if (c == '=') {
                inValue = true;
                // Leading spaces of the value are not significant.
                while (i + 1 < utf8.size() && utf8[i + 1] == ' ')
                    ++i;
            } else if (c == ',' || c == ';') {
                if (auto error = finish())
                    return *error;
            } else {
                type.append(c);
            }
            continue;
        }
        if (c == '\\') {
            if (i + 1 >= utf8.size())
                return dnError(QObject::tr("The subject name ends with a lone backslash; write \\\\ for a backslash."));
            const char next = utf8[i + 1];
            static const QByteArray kSpecial = QByteArrayLiteral(",+\"\\<>;= #");
            if (kSpecial.contains(next)) {
                value.append(next);
                keptLength = value.size();
                ++i;
                continue;
            }
            if (i + 2 < utf8.size() && std::isxdigit(static_cast<unsigned char>(next)) &&
                std::isxdigit(static_cast<unsigned char>(utf8[i + 2]))) {
                value.append(char(QByteArray::fromHex(utf8.mid(i + 1, 2)).at(0)));
                keptLength = value.size();
                i += 2;
                continue;
            }
            return dnError(QObject::tr("The subject name has an unknown escape “\\%1”; escape special characters "
                                       "as \\, \\+ \\\" \\\\ or two hex digits.")
                               .arg(QString::fromUtf8(QByteArray(1, next))));
        }
        if (c == '+') {
            return dnError(QObject::tr("The subject name has a “+” (several values in one part), which CertDesk "
                                       "does not request; write \\+ for a plus sign in a value."));
        }
        if (c == ',' || c == ';') {
            if (auto error = finish())
                return *error;
            continue;
        }
        value.append(c);
        if (c != ' ')
            keptLength = value.size();
    }
    if (!type.trimmed().isEmpty() || inValue) {
        if (auto error = finish())
            return *error;
    } else if (!result.isEmpty()) {
        return dnError(QObject::tr("The subject name ends with a comma; remove it."));
    }
    return result;
}

QString escapeValue(const QString& value)
{
    QString escaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        const bool edgeSpace = c == QLatin1Char(' ') && (i == 0 || i == value.size() - 1);
        const bool leadingHash = c == QLatin1Char('#') && i == 0;
        if (QStringLiteral(",+\"\\<>;=").contains(c) || edgeSpace || leadingHash)
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

Result<DistinguishedName> DistinguishedName::parse(const QString& text)
{
    if (text.trimmed().isEmpty())
        return DistinguishedName{};
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    return fromAttributes(tokens.value());
}

Result<DistinguishedName> DistinguishedName::fromAttributes(const QList<Attribute>& attributes)
{
    DistinguishedName name;
    for (const Attribute& attribute : attributes) {
        const AttributeSpec* spec = findSpec(attribute.type);
        if (!spec) {
            return dnError(QObject::tr("“%1” is not a subject attribute CertDesk knows; use CN, O, OU, L, ST, C, "
                                       "emailAddress, DC, UID, serialNumber, GN or SN.")
                               .arg(attribute.type));
        }
        QString value = attribute.value;
        const QString what = QObject::tr(spec->description);
        if (value.isEmpty())
            return dnError(QObject::tr("The %1 (%2=) is empty; fill it in or leave it out.").arg(what, QString::fromLatin1(spec->canonical)));
        if (spec->nid == NID_countryName) {
            value = value.toUpper();
            static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
            if (!twoLetters.match(value).hasMatch()) {
                return dnError(QObject::tr("The country (C=%1) must be a two-letter code such as DE, FR or US.")
                                   .arg(attribute.value));
            }
        }
        if (spec->nid == NID_pkcs9_emailAddress && !isValidEmail(value))
            return dnError(QObject::tr("“%1” is not an e-mail address.").arg(value));
        if (value.size() > spec->maxLength) {
            return dnError(QObject::tr("The %1 is %2 characters long; certificates allow at most %3.")
                               .arg(what)
                               .arg(value.size())
                               .arg(spec->maxLength));
        }
        if (!encodable(*spec, value)) {
            const bool ascii = spec->nid == NID_pkcs9_emailAddress || spec->nid == NID_domainComponent;
            return dnError(ascii ? QObject::tr("The %1 (%2=%3) may hold only ASCII letters, digits and punctuation; "
                                               "certificates cannot carry other characters there.")
                                       .arg(what, QString::fromLatin1(spec->canonical), value)
                                 : QObject::tr("The %1 (%2=%3) may hold only unaccented letters, digits, spaces and "
                                               "' ( ) + , - . / : = ? in a certificate.")
                                       .arg(what, QString::fromLatin1(spec->canonical), value));
        }
        name.m_attributes.append({QString::fromLatin1(spec->canonical), value});
    }
    return name;
}

QString DistinguishedName::value(const QString& type) const
{
    for (const Attribute& attribute : m_attributes) {
        if (attribute.type == type)
            return attribute.value;
    }
    return {};
}

QString DistinguishedName::toString() const
{
    QStringList parts;
    for (const Attribute& attribute : m_attributes)
        parts << attribute.type + QLatin1Char('=') + escapeValue(attribute.value);
    return parts.join(QLatin1Char(','));
}

X509_NAME* DistinguishedName::toX509Name() const
{
    ossl::UniquePtr<X509_NAME> name(X509_NAME_new());
    for (auto it = m_attributes.crbegin(); it != m_attributes.crend(); ++it) {
        const AttributeSpec* spec = findSpec(it->type);
        const QByteArray value = it->value.toUtf8();
        if (!spec || X509_NAME_add_entry_by_NID(name.get(), spec->nid, MBSTRING_UTF8,
                                                reinterpret_cast<const unsigned char*>(value.constData()),
                                                int(value.size()), -1, 0) != 1)
            return nullptr;
    }
    return name.release();
}

} // namespace certdesk
