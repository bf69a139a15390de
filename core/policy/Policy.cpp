#include "policy/Policy.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace certdesk {

namespace {

constexpr char kSystemPolicyPath[] = "/etc/xdg/certdesk/policy.json";

/// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineColumn(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = static_cast<int>(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

Error malformedAt(const QString& origin, const QByteArray& text, qsizetype offset, const QString& problem)
{
    const auto [line, column] = lineColumn(text, offset);
    const QString where = QStringLiteral("%1:%2:%3").arg(origin).arg(line).arg(column);
    return makeError(ErrorCode::Policy,
                     QObject::tr("The organisation policy is not valid — %1: %2 Ask your IT administrator to correct "
                                 "it; CertDesk does nothing that the policy governs until then.")
                         .arg(where, problem),
                     where, QStringLiteral("policy-malformed"));
}

/// Where each member key and array element of a (valid) JSON text starts, by path ("subject.fixed.O",
/// "keys.allowed[1]"): QJsonDocument keeps no positions, and a semantic error must name its line. Also finds the
/// first key written twice, which QJsonDocument would silently resolve.
class KeyLocator
{
public:
    explicit KeyLocator(const QByteArray& text) : m_text(text) { value({}); }

    qsizetype position(const QString& path) const { return m_positions.value(path, 0); }
    std::optional<std::pair<QString, qsizetype>> duplicate() const { return m_duplicate; }

private:
    void skipSpace()
    {
        while (m_i < m_text.size() &&
               (m_text[m_i] == ' ' || m_text[m_i] == '\t' || m_text[m_i] == '\n' || m_text[m_i] == '\r'))
            ++m_i;
    }

    QString string()
    {
        const qsizetype start = m_i++;
        while (m_i < m_text.size() && m_text[m_i] != '"')
            m_i += m_text[m_i] == '\\' ? 2 : 1;
        ++m_i;
        const QByteArray wrapped = '[' + m_text.mid(start, m_i - start) + ']';
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    void value(const QString& path)
    {
        skipSpace();
        if (m_i >= m_text.size())
            return;
        const char c = m_text[m_i];
        if (c == '{') {
            ++m_i;
            for (;;) {
                skipSpace();
                if (m_i >= m_text.size() || m_text[m_i] == '}')
                    break;
                const qsizetype keyStart = m_i;
                const QString key = string();
                const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
                if (m_positions.contains(child) && !m_duplicate)
                    m_duplicate = std::make_pair(child, keyStart);
                m_positions.insert(child, keyStart);
                skipSpace();
                ++m_i; // ':'
                value(child);
                skipSpace();
                if (m_i < m_text.size() && m_text[m_i] == ',')
                    ++m_i;
            }
            ++m_i;
        } else if (c == '[') {
            ++m_i;
            for (int index = 0;; ++index) {
                skipSpace();
                if (m_i >= m_text.size() || m_text[m_i] == ']')
                    break;
                const QString child = QStringLiteral("%1[%2]").arg(path).arg(index);
                m_positions.insert(child, m_i);
                value(child);
                skipSpace();
                if (m_i < m_text.size() && m_text[m_i] == ',')
                    ++m_i;
            }
            ++m_i;
        } else if (c == '"') {
            string();
        } else {
            while (m_i < m_text.size() && !std::strchr(",]} \t\r\n", m_text[m_i]))
                ++m_i;
        }
    }

    const QByteArray& m_text;
    qsizetype m_i = 0;
    QHash<QString, qsizetype> m_positions;
    std::optional<std::pair<QString, qsizetype>> m_duplicate;
};

QString sanTypeName(SubjectAltName::Type type)
{
    switch (type) {
    case SubjectAltName::Type::Dns:
        return QObject::tr("DNS name");
    case SubjectAltName::Type::Email:
        return QObject::tr("e-mail address");
    case SubjectAltName::Type::Uri:
        return QObject::tr("URI");
    case SubjectAltName::Type::Ip:
        return QObject::tr("IP address");
    case SubjectAltName::Type::Upn:
        return QObject::tr("Windows sign-in name (UPN)");
    }
    return {};
}

std::optional<SubjectAltName::Type> sanTypeFromId(const QString& id)
{
    for (auto type : {SubjectAltName::Type::Dns, SubjectAltName::Type::Email, SubjectAltName::Type::Uri,
                      SubjectAltName::Type::Ip, SubjectAltName::Type::Upn}) {
        if (SubjectAltName::typeId(type) == id)
            return type;
    }
    return std::nullopt;
}

/// RSA modulus bits, or the curve size for EC and Ed25519 keys.
int keyBits(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
    case KeyType::Ed25519:
        return 256;
    case KeyType::EcP384:
        return 384;
    case KeyType::Rsa2048:
        return 2048;
    case KeyType::Rsa3072:
        return 3072;
    case KeyType::Rsa4096:
        return 4096;
    }
    return 0;
}

bool isRsa(KeyType type)
{
    return type == KeyType::Rsa2048 || type == KeyType::Rsa3072 || type == KeyType::Rsa4096;
}

bool isKnownStoreSpec(const QString& spec)
{
    if (spec == QLatin1String("nss") || spec == QLatin1String("firefox") || spec == QLatin1String("system"))
        return true;
    for (const char* prefix : {"nss:", "firefox:", "pkcs11:"}) {
        if (spec.startsWith(QLatin1String(prefix)) && spec.size() > qsizetype(qstrlen(prefix)))
            return true;
    }
    return false;
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

/// Reads the JSON object of a policy, one section at a time; every error names the line of its key.
class PolicyReader
{
public:
    PolicyReader(const QByteArray& text, const QString& origin, const KeyLocator& locator)
        : m_text(text), m_origin(origin), m_locator(locator)
    {}

    Error error(const QString& path, const QString& problem) const
    {
        return malformedAt(m_origin, m_text, m_locator.position(path), problem);
    }

    /// Refuses keys the format does not have (a typo must not silently turn a rule off).
    std::optional<Error> onlyKeys(const QJsonObject& object, const QString& path, const QStringList& known) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                const QString where = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                return error(where,
                             QObject::tr("“%1” is not a setting of %2; known settings are %3.")
                                 .arg(it.key(),
                                      path.isEmpty() ? QObject::tr("the policy") : QStringLiteral("“%1”").arg(path),
                                      known.join(QStringLiteral(", "))));
            }
        }
        return std::nullopt;
    }

    Result<QJsonObject> object(const QJsonObject& parent, const QString& key, const QString& path) const
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return QJsonObject();
        if (!value.isObject())
            return error(path, QObject::tr("“%1” must be an object ({ … }).").arg(path));
        return value.toObject();
    }

    Result<QStringList> strings(const QJsonObject& parent, const QString& key, const QString& path) const
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return QStringList();
        if (!value.isArray())
            return error(path, QObject::tr("“%1” must be a list of texts ([\"…\", …]).").arg(path));
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString() || array[i].toString().trimmed().isEmpty())
                return error(QStringLiteral("%1[%2]").arg(path).arg(i),
                             QObject::tr("every entry of “%1” must be a non-empty text.").arg(path));
            result << array[i].toString().trimmed();
        }
        return result;
    }

    Result<std::optional<QString>> string(const QJsonObject& parent, const QString& key, const QString& path) const
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return std::optional<QString>();
        if (!value.isString())
            return error(path, QObject::tr("“%1” must be a text in quotes.").arg(path));
        return std::optional<QString>(value.toString());
    }

    Result<std::optional<int>> integer(const QJsonObject& parent, const QString& key, const QString& path, int low,
                                       int high) const
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return std::optional<int>();
        // Range first: converting a huge double to int is undefined (the parser will be fuzzed).
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < low || number > high || number != std::floor(number))
            return error(path, QObject::tr("“%1” must be a whole number from %2 to %3.").arg(path).arg(low).arg(high));
        return std::optional<int>(int(number));
    }

private:
    const QByteArray& m_text;
    const QString& m_origin;
    const KeyLocator& m_locator;
};

QString describeKeyTypes(const QList<KeyType>& types)
{
    QStringList ids;
    for (KeyType type : types)
        ids << keyTypeId(type);
    return ids.join(QStringLiteral(", "));
}

} // namespace

Error PolicyViolation::toError() const
{
    return makeError(ErrorCode::Policy, message, QObject::tr("policy rule: %1").arg(rule),
                     QStringLiteral("policy:") + rule);
}

Result<Policy> Policy::parse(const QByteArray& text, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformedAt(origin, text, parseError.offset,
                           QObject::tr("this is not valid JSON (%1).").arg(parseError.errorString()));
    }
    if (!document.isObject())
        return malformedAt(origin, text, 0, QObject::tr("the policy must be one JSON object ({ … })."));
    const KeyLocator locator(text);
    if (const auto duplicate = locator.duplicate()) {
        return malformedAt(origin, text, duplicate->second,
                           QObject::tr("“%1” is set twice; keep one.").arg(duplicate->first));
    }
    const PolicyReader reader(text, origin, locator);
    const QJsonObject root = document.object();
    Policy policy;
    policy.m_origin = origin;
    if (auto error = reader.onlyKeys(
            root, {},
            {QStringLiteral("version"), QStringLiteral("subject"), QStringLiteral("subjectAltNames"),
             QStringLiteral("keys"), QStringLiteral("reminders"), QStringLiteral("install"), QStringLiteral("export")}))
        return *error;
    if (root.contains(QStringLiteral("version")) && root.value(QStringLiteral("version")) != QJsonValue(1)) {
        return reader.error(QStringLiteral("version"), QObject::tr("this CertDesk understands policy version 1 only."));
    }

    // subject
    auto subject = reader.object(root, QStringLiteral("subject"), QStringLiteral("subject"));
    if (!subject)
        return subject.error();
    if (auto error =
            reader.onlyKeys(subject.value(), QStringLiteral("subject"),
                            {QStringLiteral("fixed"), QStringLiteral("commonName"), QStringLiteral("emailDomains")}))
        return *error;
    auto fixed = reader.object(subject.value(), QStringLiteral("fixed"), QStringLiteral("subject.fixed"));
    if (!fixed)
        return fixed.error();
    // Keep the file's order (QJsonObject sorts its keys): the order of the subject the app builds.
    QList<std::pair<qsizetype, FixedAttribute>> fixedInFileOrder;
    for (auto it = fixed.value().begin(); it != fixed.value().end(); ++it) {
        const QString path = QStringLiteral("subject.fixed.") + it.key();
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return reader.error(path, QObject::tr("the value of “%1” must be a non-empty text.").arg(path));
        auto checked = DistinguishedName::fromAttributes({{it.key(), it.value().toString().trimmed()}});
        if (!checked)
            return reader.error(path, checked.error().message);
        const FixedAttribute attribute = checked.value().attributes().first();
        if (attribute.type == QLatin1String("CN")) {
            return reader.error(path, QObject::tr("the common name (CN) is the person's or machine's own name and "
                                                  "cannot be fixed; constrain it with subject.commonName.pattern."));
        }
        for (const auto& [position, other] : fixedInFileOrder) {
            if (other.type == attribute.type)
                return reader.error(path,
                                    QObject::tr("“%1” is fixed twice (under two spellings).").arg(attribute.type));
        }
        fixedInFileOrder.append({locator.position(path), attribute});
    }
    std::sort(fixedInFileOrder.begin(), fixedInFileOrder.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [position, attribute] : fixedInFileOrder)
        policy.m_fixed << attribute;

    auto commonName =
        reader.object(subject.value(), QStringLiteral("commonName"), QStringLiteral("subject.commonName"));
    if (!commonName)
        return commonName.error();
    if (auto error = reader.onlyKeys(commonName.value(), QStringLiteral("subject.commonName"),
                                     {QStringLiteral("pattern"), QStringLiteral("description")}))
        return *error;
    auto pattern =
        reader.string(commonName.value(), QStringLiteral("pattern"), QStringLiteral("subject.commonName.pattern"));
    if (!pattern)
        return pattern.error();
    if (pattern.value()) {
        QRegularExpression expression(QRegularExpression::anchoredPattern(*pattern.value()),
                                      QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid() || pattern.value()->isEmpty()) {
            return reader.error(
                QStringLiteral("subject.commonName.pattern"),
                QObject::tr("the pattern “%1” is not a valid regular expression (%2 at character %3).")
                    .arg(*pattern.value(), pattern.value()->isEmpty() ? QObject::tr("empty") : expression.errorString(),
                         QString::number(expression.patternErrorOffset() + 1)));
        }
        policy.m_commonNamePattern = expression;
        policy.m_commonNamePatternText = *pattern.value();
    }
    auto description = reader.string(commonName.value(), QStringLiteral("description"),
                                     QStringLiteral("subject.commonName.description"));
    if (!description)
        return description.error();
    policy.m_commonNameDescription = description.value().value_or(QString()).trimmed();

    auto domains =
        reader.strings(subject.value(), QStringLiteral("emailDomains"), QStringLiteral("subject.emailDomains"));
    if (!domains)
        return domains.error();
    for (qsizetype i = 0; i < domains.value().size(); ++i) {
        const QString domain = domains.value()[i].toLower();
        auto probe = SubjectAltName::create(SubjectAltName::Type::Dns, domain);
        if (!probe || domain.contains(QLatin1Char('@'))) {
            return reader.error(QStringLiteral("subject.emailDomains[%1]").arg(i),
                                QObject::tr("“%1” is not a domain name such as example.org.").arg(domains.value()[i]));
        }
        policy.m_emailDomains << probe.value().value();
    }

    // subjectAltNames
    auto sans = reader.object(root, QStringLiteral("subjectAltNames"), QStringLiteral("subjectAltNames"));
    if (!sans)
        return sans.error();
    if (auto error = reader.onlyKeys(sans.value(), QStringLiteral("subjectAltNames"), {QStringLiteral("required")}))
        return *error;
    auto required =
        reader.strings(sans.value(), QStringLiteral("required"), QStringLiteral("subjectAltNames.required"));
    if (!required)
        return required.error();
    for (qsizetype i = 0; i < required.value().size(); ++i) {
        const auto type = sanTypeFromId(required.value()[i]);
        if (!type) {
            return reader.error(QStringLiteral("subjectAltNames.required[%1]").arg(i),
                                QObject::tr("“%1” is not an alternative name type; use dns, email, uri, ip or upn.")
                                    .arg(required.value()[i]));
        }
        if (!policy.m_requiredSanTypes.contains(*type))
            policy.m_requiredSanTypes << *type;
    }

    // keys
    auto keys = reader.object(root, QStringLiteral("keys"), QStringLiteral("keys"));
    if (!keys)
        return keys.error();
    if (auto error = reader.onlyKeys(
            keys.value(), QStringLiteral("keys"),
            {QStringLiteral("allowed"), QStringLiteral("minimumRsaBits"), QStringLiteral("minimumEcBits")}))
        return *error;
    auto allowed = reader.strings(keys.value(), QStringLiteral("allowed"), QStringLiteral("keys.allowed"));
    if (!allowed)
        return allowed.error();
    for (qsizetype i = 0; i < allowed.value().size(); ++i) {
        const auto type = keyTypeFromId(allowed.value()[i]);
        if (!type) {
            return reader.error(QStringLiteral("keys.allowed[%1]").arg(i),
                                QObject::tr("“%1” is not a key type CertDesk generates; use %2.")
                                    .arg(allowed.value()[i], keyTypeIds().join(QStringLiteral(", "))));
        }
        if (!policy.m_allowedKeyTypes.contains(*type))
            policy.m_allowedKeyTypes << *type;
    }
    auto minimumRsa = reader.integer(keys.value(), QStringLiteral("minimumRsaBits"),
                                     QStringLiteral("keys.minimumRsaBits"), 1024, 16384);
    if (!minimumRsa)
        return minimumRsa.error();
    policy.m_minimumRsaBits = minimumRsa.value().value_or(0);
    auto minimumEc =
        reader.integer(keys.value(), QStringLiteral("minimumEcBits"), QStringLiteral("keys.minimumEcBits"), 160, 521);
    if (!minimumEc)
        return minimumEc.error();
    policy.m_minimumEcBits = minimumEc.value().value_or(0);
    if (policy.allowedKeyTypes().isEmpty()) {
        return reader.error(QStringLiteral("keys"), QObject::tr("these key rules leave no key type CertDesk can "
                                                                "generate; allow at least one."));
    }

    // reminders
    auto reminders = reader.object(root, QStringLiteral("reminders"), QStringLiteral("reminders"));
    if (!reminders)
        return reminders.error();
    if (auto error = reader.onlyKeys(reminders.value(), QStringLiteral("reminders"), {QStringLiteral("days")}))
        return *error;
    const QJsonValue days = reminders.value().value(QStringLiteral("days"));
    if (!days.isUndefined()) {
        QStringList dayTexts;
        const QJsonArray array = days.toArray();
        bool wellFormed = days.isArray() && !array.isEmpty();
        for (const QJsonValue& day : array) {
            const double number = day.toDouble(-1);
            wellFormed = wellFormed && day.isDouble() && number >= 1 && number <= 3650 && number == std::floor(number);
            dayTexts << (wellFormed ? QString::number(int(number)) : QString());
        }
        auto thresholds = wellFormed ? ReminderThresholds::parse(dayTexts.join(QLatin1Char(',')))
                                     : Result<ReminderThresholds>(makeError(ErrorCode::Usage, {}));
        if (!thresholds) {
            return reader.error(QStringLiteral("reminders.days"),
                                QObject::tr("“reminders.days” must be a list of different whole numbers of days from 1 "
                                            "to 3650, such as [60, 30, 14, 7].%1")
                                    .arg(thresholds.error().message.isEmpty()
                                             ? QString()
                                             : QLatin1Char(' ') + thresholds.error().message));
        }
        policy.m_reminderDays = thresholds.value();
    }

    // install
    auto install = reader.object(root, QStringLiteral("install"), QStringLiteral("install"));
    if (!install)
        return install.error();
    if (auto error = reader.onlyKeys(install.value(), QStringLiteral("install"), {QStringLiteral("defaultStores")}))
        return *error;
    auto stores =
        reader.strings(install.value(), QStringLiteral("defaultStores"), QStringLiteral("install.defaultStores"));
    if (!stores)
        return stores.error();
    for (qsizetype i = 0; i < stores.value().size(); ++i) {
        if (!isKnownStoreSpec(stores.value()[i])) {
            return reader.error(
                QStringLiteral("install.defaultStores[%1]").arg(i),
                QObject::tr("“%1” is not a store; use nss, nss:DIR, firefox, firefox:PROFILE, system or "
                            "pkcs11:TOKEN-LABEL.")
                    .arg(stores.value()[i]));
        }
    }
    policy.m_defaultStores = stores.value();

    // export
    auto exporting = reader.object(root, QStringLiteral("export"), QStringLiteral("export"));
    if (!exporting)
        return exporting.error();
    if (auto error = reader.onlyKeys(exporting.value(), QStringLiteral("export"),
                                     {QStringLiteral("p12Profile"), QStringLiteral("allowPrivateKey")}))
        return *error;
    auto profile = reader.string(exporting.value(), QStringLiteral("p12Profile"), QStringLiteral("export.p12Profile"));
    if (!profile)
        return profile.error();
    if (profile.value()) {
        policy.m_p12Profile = Pkcs12::writeProfileFromId(*profile.value());
        if (!policy.m_p12Profile) {
            return reader.error(
                QStringLiteral("export.p12Profile"),
                QObject::tr("“%1” is not a PKCS#12 profile; use modern or compatible.").arg(*profile.value()));
        }
    }
    const QJsonValue allowKey = exporting.value().value(QStringLiteral("allowPrivateKey"));
    if (!allowKey.isUndefined() && !allowKey.isBool())
        return reader.error(QStringLiteral("export.allowPrivateKey"),
                            QObject::tr("“export.allowPrivateKey” must be true or false."));
    policy.m_allowPrivateKeyExport = allowKey.toBool(true);
    return policy;
}

QString Policy::defaultPath()
{
    const QString configured = qEnvironmentVariable("CERTDESK_POLICY");
    return configured.isEmpty() ? QString::fromLatin1(kSystemPolicyPath) : configured;
}

Result<std::optional<Policy>> Policy::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<Policy>();
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Policy,
                         QObject::tr("The organisation policy %1 cannot be read; ask your IT administrator to check "
                                     "its permissions. CertDesk does nothing that the policy governs until then.")
                             .arg(path),
                         file.errorString(), QStringLiteral("policy-unreadable"));
    }
    // A policy is a few hundred bytes; anything huge is not one.
    const QByteArray text = file.read(1 << 20);
    auto parsed = parse(text, path);
    if (!parsed)
        return parsed.error();
    return std::optional<Policy>(std::move(parsed).value());
}

namespace {
QMutex g_activeMutex;
std::optional<Result<std::optional<Policy>>> g_active;
} // namespace

const Result<std::optional<Policy>>& Policy::active()
{
    QMutexLocker locker(&g_activeMutex);
    if (!g_active)
        g_active.emplace(load(defaultPath()));
    return *g_active;
}

void Policy::resetActive()
{
    QMutexLocker locker(&g_activeMutex);
    g_active.reset();
}

QString Policy::fixedValue(const QString& type) const
{
    for (const FixedAttribute& attribute : m_fixed) {
        if (attribute.type == type)
            return attribute.value;
    }
    return {};
}

bool Policy::isDefaultStore(const QString& locationId, const QString& homeDirectory) const
{
    for (const QString& spec : m_defaultStores) {
        if (spec == locationId)
            return true;
        if (spec == QLatin1String("nss") &&
            locationId == QStringLiteral("nss:") + QDir(homeDirectory).filePath(QStringLiteral(".pki/nssdb")))
            return true;
        if (spec == QLatin1String("firefox") && locationId.startsWith(QLatin1String("firefox:")))
            return true;
        if (spec.startsWith(QLatin1String("nss:")) && locationId.startsWith(QLatin1String("nss:")) &&
            QDir::cleanPath(spec.mid(4)) == QDir::cleanPath(locationId.mid(4)))
            return true;
    }
    return false;
}

QList<KeyType> Policy::allowedKeyTypes() const
{
    QList<KeyType> candidates = m_allowedKeyTypes;
    if (candidates.isEmpty()) {
        for (const QString& id : keyTypeIds())
            candidates << *keyTypeFromId(id);
    }
    QList<KeyType> result;
    for (KeyType type : candidates) {
        const int minimum = isRsa(type) ? m_minimumRsaBits : m_minimumEcBits;
        if (keyBits(type) >= minimum)
            result << type;
    }
    return result;
}

bool Policy::allowsKeyType(KeyType type) const
{
    return allowedKeyTypes().contains(type);
}

Result<DistinguishedName> Policy::completeSubject(const DistinguishedName& subject) const
{
    QList<DistinguishedName::Attribute> attributes = subject.attributes();
    for (const FixedAttribute& fixed : m_fixed) {
        bool present = false;
        for (const auto& attribute : attributes) {
            if (attribute.type != fixed.type)
                continue;
            if (attribute.value != fixed.value) {
                return PolicyViolation{QStringLiteral("subject.fixed.") + fixed.type,
                                       QObject::tr("Your organisation's policy sets %1 to “%2” in every request, not "
                                                   "“%3”; leave %1 out and CertDesk fills it in.")
                                           .arg(fixed.type, fixed.value, attribute.value)}
                    .toError();
            }
            present = true;
        }
        if (!present)
            attributes << fixed;
    }
    return DistinguishedName::fromAttributes(attributes);
}

std::optional<PolicyViolation> Policy::checkCommonName(const QString& commonName) const
{
    if (!m_commonNamePattern || m_commonNamePattern->match(commonName).hasMatch())
        return std::nullopt;
    const QString rule = QStringLiteral("subject.commonName.pattern");
    if (!m_commonNameDescription.isEmpty()) {
        return PolicyViolation{rule, QObject::tr("Your organisation's policy requires the common name to be %1; “%2” "
                                                 "is not.")
                                         .arg(m_commonNameDescription, commonName)};
    }
    return PolicyViolation{rule, QObject::tr("Your organisation's policy requires the common name to match the "
                                             "pattern %1; “%2” does not.")
                                     .arg(m_commonNamePatternText, commonName)};
}

std::optional<PolicyViolation> Policy::checkEmail(const QString& address) const
{
    if (m_emailDomains.isEmpty() || m_emailDomains.contains(domainOf(address).toLower()))
        return std::nullopt;
    return PolicyViolation{QStringLiteral("subject.emailDomains"),
                           QObject::tr("Your organisation's policy allows e-mail addresses only at %1; “%2” is not "
                                       "one of them.")
                               .arg(m_emailDomains.join(QStringLiteral(", ")), address)};
}

std::optional<PolicyViolation> Policy::checkKeyType(KeyType type) const
{
    if (allowsKeyType(type))
        return std::nullopt;
    const QString allowed = describeKeyTypes(allowedKeyTypes());
    if (!m_allowedKeyTypes.isEmpty() && !m_allowedKeyTypes.contains(type)) {
        return PolicyViolation{QStringLiteral("keys.allowed"),
                               QObject::tr("Your organisation's policy does not allow %1 keys; choose one of %2.")
                                   .arg(keyTypeId(type), allowed)};
    }
    if (isRsa(type)) {
        return PolicyViolation{QStringLiteral("keys.minimumRsaBits"),
                               QObject::tr("Your organisation's policy requires RSA keys of at least %1 bits; choose "
                                           "one of %2.")
                                   .arg(m_minimumRsaBits)
                                   .arg(allowed)};
    }
    return PolicyViolation{QStringLiteral("keys.minimumEcBits"),
                           QObject::tr("Your organisation's policy requires elliptic-curve keys of at least %1 bits; "
                                       "choose one of %2.")
                               .arg(m_minimumEcBits)
                               .arg(allowed)};
}

std::optional<PolicyViolation> Policy::checkRequest(const RequestOptions& options, std::optional<KeyType> keyType) const
{
    for (const FixedAttribute& fixed : m_fixed) {
        bool present = false;
        for (const auto& attribute : options.subject.attributes()) {
            if (attribute.type != fixed.type)
                continue;
            if (attribute.value != fixed.value) {
                return PolicyViolation{QStringLiteral("subject.fixed.") + fixed.type,
                                       QObject::tr("Your organisation's policy sets %1 to “%2” in every request, not "
                                                   "“%3”.")
                                           .arg(fixed.type, fixed.value, attribute.value)};
            }
            present = true;
        }
        if (!present) {
            return PolicyViolation{
                QStringLiteral("subject.fixed.") + fixed.type,
                QObject::tr("Your organisation's policy requires %1=%2 in the subject.").arg(fixed.type, fixed.value)};
        }
    }
    if (auto violation = checkCommonName(options.subject.value(QStringLiteral("CN"))))
        return violation;
    for (const auto& attribute : options.subject.attributes()) {
        if (attribute.type != QLatin1String("emailAddress"))
            continue;
        if (auto violation = checkEmail(attribute.value))
            return violation;
    }
    for (const SubjectAltName& san : options.sans) {
        if (san.type() != SubjectAltName::Type::Email)
            continue;
        if (auto violation = checkEmail(san.value()))
            return violation;
    }
    for (SubjectAltName::Type type : m_requiredSanTypes) {
        const bool present = std::any_of(options.sans.begin(), options.sans.end(),
                                         [type](const SubjectAltName& san) { return san.type() == type; });
        if (!present) {
            return PolicyViolation{QStringLiteral("subjectAltNames.required"),
                                   QObject::tr("Your organisation's policy requires an alternative name of type %1 "
                                               "(%2) in every request; add one.")
                                       .arg(SubjectAltName::typeId(type), sanTypeName(type))};
        }
    }
    if (keyType)
        return checkKeyType(*keyType);
    return std::nullopt;
}

std::optional<PolicyViolation> Policy::checkPrivateKeyExport() const
{
    if (m_allowPrivateKeyExport)
        return std::nullopt;
    return PolicyViolation{QStringLiteral("export.allowPrivateKey"),
                           QObject::tr("Your organisation's policy does not allow exporting private keys; export the "
                                       "certificate without its key instead.")};
}

QJsonObject Policy::toJson() const
{
    QJsonObject json{{QStringLiteral("origin"), m_origin}, {QStringLiteral("version"), 1}};
    QJsonObject subject;
    QJsonObject fixed;
    for (const FixedAttribute& attribute : m_fixed)
        fixed[attribute.type] = attribute.value;
    if (!fixed.isEmpty())
        subject[QStringLiteral("fixed")] = fixed;
    if (m_commonNamePattern) {
        QJsonObject commonName{{QStringLiteral("pattern"), m_commonNamePatternText}};
        if (!m_commonNameDescription.isEmpty())
            commonName[QStringLiteral("description")] = m_commonNameDescription;
        subject[QStringLiteral("commonName")] = commonName;
    }
    if (!m_emailDomains.isEmpty())
        subject[QStringLiteral("emailDomains")] = QJsonArray::fromStringList(m_emailDomains);
    if (!subject.isEmpty())
        json[QStringLiteral("subject")] = subject;
    if (!m_requiredSanTypes.isEmpty()) {
        QStringList ids;
        for (SubjectAltName::Type type : m_requiredSanTypes)
            ids << SubjectAltName::typeId(type);
        json[QStringLiteral("subjectAltNames")] =
            QJsonObject{{QStringLiteral("required"), QJsonArray::fromStringList(ids)}};
    }
    // The key rules as the file gave them (not the resulting list of allowed types): a policy without a list of
    // key types must print as one, or the printed policy would read back as a different rule.
    QJsonObject keys;
    if (!m_allowedKeyTypes.isEmpty()) {
        QStringList allowed;
        for (KeyType type : m_allowedKeyTypes)
            allowed << keyTypeId(type);
        keys[QStringLiteral("allowed")] = QJsonArray::fromStringList(allowed);
    }
    if (m_minimumRsaBits)
        keys[QStringLiteral("minimumRsaBits")] = m_minimumRsaBits;
    if (m_minimumEcBits)
        keys[QStringLiteral("minimumEcBits")] = m_minimumEcBits;
    if (!keys.isEmpty())
        json[QStringLiteral("keys")] = keys;
    if (m_reminderDays) {
        QJsonArray days;
        for (int day : m_reminderDays->days)
            days.append(day);
        json[QStringLiteral("reminders")] = QJsonObject{{QStringLiteral("days"), days}};
    }
    if (!m_defaultStores.isEmpty())
        json[QStringLiteral("install")] =
            QJsonObject{{QStringLiteral("defaultStores"), QJsonArray::fromStringList(m_defaultStores)}};
    QJsonObject exporting{{QStringLiteral("allowPrivateKey"), m_allowPrivateKeyExport}};
    if (m_p12Profile)
        exporting[QStringLiteral("p12Profile")] = Pkcs12::writeProfileId(*m_p12Profile);
    json[QStringLiteral("export")] = exporting;
    return json;
}

QStringList Policy::describe() const
{
    QStringList lines;
    for (const FixedAttribute& attribute : m_fixed)
        lines
            << QObject::tr("Every request has %1=%2 (set by your organisation).").arg(attribute.type, attribute.value);
    if (m_commonNamePattern) {
        const QString& pattern = m_commonNamePatternText;
        lines << (m_commonNameDescription.isEmpty()
                      ? QObject::tr("The common name must match the pattern %1.").arg(pattern)
                      : QObject::tr("The common name must be %1 (pattern %2).").arg(m_commonNameDescription, pattern));
    }
    if (!m_emailDomains.isEmpty())
        lines << QObject::tr("E-mail addresses only at %1.").arg(m_emailDomains.join(QStringLiteral(", ")));
    for (SubjectAltName::Type type : m_requiredSanTypes)
        lines << QObject::tr("Every request needs an alternative name of type %1 (%2).")
                     .arg(SubjectAltName::typeId(type), sanTypeName(type));
    if (!m_allowedKeyTypes.isEmpty() || m_minimumRsaBits || m_minimumEcBits)
        lines << QObject::tr("Key types allowed: %1.").arg(describeKeyTypes(allowedKeyTypes()));
    if (m_reminderDays)
        lines << QObject::tr("Reminders %1 days before expiry (you may choose other days).")
                     .arg(m_reminderDays->toString());
    if (!m_defaultStores.isEmpty())
        lines << QObject::tr("Install into %1 unless you choose other stores.")
                     .arg(m_defaultStores.join(QStringLiteral(", ")));
    if (m_p12Profile)
        lines << QObject::tr("PKCS#12 exports use the %1 profile unless you choose the other.")
                     .arg(Pkcs12::writeProfileId(*m_p12Profile));
    if (!m_allowPrivateKeyExport)
        lines << QObject::tr("Private keys cannot be exported.");
    if (lines.isEmpty())
        lines << QObject::tr("The policy sets no rules.");
    return lines;
}

} // namespace certdesk
