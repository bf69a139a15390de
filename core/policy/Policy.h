#pragma once

#include "Result.h"
#include "crypto/CertificateRequest.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeyType.h"
#include "crypto/Pkcs12.h"
#include "crypto/SubjectAltName.h"
#include "expiry/Expiry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk {

/// A rule of the organisation policy that a request (or an export) breaks: which rule, and a sentence that names it.
struct PolicyViolation
{
    /// Stable identifier of the rule, the policy file's key path: "subject.fixed.O", "subject.commonName.pattern",
    /// "subject.emailDomains", "subjectAltNames.required", "keys.allowed", "keys.minimumRsaBits", ….
    QString rule;
    QString message;
    /// An Error with ErrorCode::Policy, the sentence as message and the rule as reason ("policy:RULE").
    Error toError() const;
};

/// The organisation policy an administrator (or MDM) drops in as /etc/xdg/certdesk/policy.json: fixed and
/// constrained subject attributes, required alternative names, allowed keys, reminder days, default stores and
/// export rules. The format is described in docs/POLICY.md. Cheap to copy.
class Policy
{
public:
    /// A subject attribute the organisation sets; the user cannot change it.
    using FixedAttribute = DistinguishedName::Attribute;

    /// Parses policy JSON. Never reads a file: `origin` only names the source in error messages ("FILE:LINE:COLUMN:
    /// …"). Every error is ErrorCode::Policy with reason "policy-malformed" and names the line of the offending key.
    static Result<Policy> parse(const QByteArray& text, const QString& origin);
    /// $CERTDESK_POLICY when set, else /etc/xdg/certdesk/policy.json.
    static QString defaultPath();
    /// Reads and parses `path`. A missing file is no policy (nullopt); an unreadable or malformed one is an error.
    static Result<std::optional<Policy>> load(const QString& path);
    /// load(defaultPath()), read once per process (the file is small and changes only with an administrator).
    static const Result<std::optional<Policy>>& active();
    /// Forgets what active() read, for tests that change $CERTDESK_POLICY.
    static void resetActive();

    /// Where the policy came from (the file path given to load/parse).
    QString origin() const { return m_origin; }

    const QList<FixedAttribute>& fixedAttributes() const { return m_fixed; }
    /// The value the policy fixes for `type` ("O", "OU", …), or empty when the user chooses it.
    QString fixedValue(const QString& type) const;
    /// The common name pattern as written in the file (the whole name must match it); empty when there is none.
    QString commonNamePattern() const { return m_commonNamePatternText; }
    /// The pattern in words, for the sentence ("your full name as in the staff directory"); may be empty.
    QString commonNameDescription() const { return m_commonNameDescription; }
    const QStringList& emailDomains() const { return m_emailDomains; }
    const QList<SubjectAltName::Type>& requiredSanTypes() const { return m_requiredSanTypes; }
    /// The key types the policy allows, in the administrator's order of preference (all types CertDesk generates
    /// when the policy lists none), minus those below the minimum sizes.
    QList<KeyType> allowedKeyTypes() const;
    bool allowsKeyType(KeyType type) const;
    /// The key type a new request gets unless the user chooses: the first allowed one (EC P-256 when the policy
    /// lists no key types and its minimum sizes allow it).
    KeyType defaultKeyType() const { return allowedKeyTypes().first(); }
    int minimumRsaBits() const { return m_minimumRsaBits; }
    int minimumEcBits() const { return m_minimumEcBits; }
    const std::optional<ReminderThresholds>& reminderDays() const { return m_reminderDays; }
    const QStringList& defaultStores() const { return m_defaultStores; }
    /// True when the store with StoreLocation::id `locationId` is one of defaultStores() ("nss" is the shared
    /// database in `homeDirectory`, "firefox" any Firefox profile).
    bool isDefaultStore(const QString& locationId, const QString& homeDirectory) const;
    const std::optional<Pkcs12::WriteProfile>& p12Profile() const { return m_p12Profile; }
    bool allowsPrivateKeyExport() const { return m_allowPrivateKeyExport; }

    /// Fills in the fixed subject attributes the user left out; refuses a conflicting value.
    Result<DistinguishedName> completeSubject(const DistinguishedName& subject) const;
    /// The first rule the subject, names and key type break (subject as given: fixed attributes must already be
    /// there — use completeSubject first), or nullopt. The one check shared by the CLI, the app and renewal.
    std::optional<PolicyViolation> checkRequest(const RequestOptions& options, std::optional<KeyType> keyType) const;
    /// Only the common name rule (for a form that checks one field as it is typed).
    std::optional<PolicyViolation> checkCommonName(const QString& commonName) const;
    /// Only the e-mail domain rule, for one address.
    std::optional<PolicyViolation> checkEmail(const QString& address) const;
    std::optional<PolicyViolation> checkKeyType(KeyType type) const;
    /// Refused when the policy forbids exporting private keys.
    std::optional<PolicyViolation> checkPrivateKeyExport() const;

    /// The policy as JSON in the file's own format, plus "origin".
    QJsonObject toJson() const;
    /// One plain sentence per rule, for `certdesk-cli policy` and the app's policy window.
    QStringList describe() const;

private:
    QString m_origin;
    QList<FixedAttribute> m_fixed;
    std::optional<QRegularExpression> m_commonNamePattern; // anchored: the whole name must match
    QString m_commonNamePatternText;                       // as the administrator wrote it
    QString m_commonNameDescription;
    QStringList m_emailDomains;
    QList<SubjectAltName::Type> m_requiredSanTypes;
    QList<KeyType> m_allowedKeyTypes; // empty: every type
    int m_minimumRsaBits = 0;
    int m_minimumEcBits = 0;
    std::optional<ReminderThresholds> m_reminderDays;
    QStringList m_defaultStores;
    std::optional<Pkcs12::WriteProfile> m_p12Profile;
    bool m_allowPrivateKeyExport = true;
};

} // namespace certdesk
