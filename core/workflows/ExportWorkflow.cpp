#include "workflows/ExportWorkflow.h"

#include "expiry/Calendar.h"
#include "policy/Policy.h"
#include "vault/Vault.h"

#include <QObject>
#include <QSaveFile>

namespace certdesk {

namespace {

QByteArray certificatesPem(const VaultEntry& entry, bool withChain)
{
    QByteArray pem = entry.certificate.pem();
    if (withChain) {
        for (const Certificate& issuer : entry.chain)
            pem += issuer.pem();
    }
    return pem;
}

bool holdsKey(const ExportOptions& options)
{
    return options.format == ExportFormat::Pkcs12 ||
           (options.withKey && (options.format == ExportFormat::Pem || options.format == ExportFormat::Chain));
}

} // namespace

ExportRules ExportRules::current()
{
    ExportRules rules;
    const Result<std::optional<Policy>>& policy = Policy::active();
    if (!policy) {
        rules.keyRefusal = policy.error();
        rules.policyUnusable = true;
        return rules;
    }
    if (policy.value()) {
        rules.profile = policy.value()->p12Profile().value_or(Pkcs12::WriteProfile::Modern);
        if (auto violation = policy.value()->checkPrivateKeyExport())
            rules.keyRefusal = violation->toError();
    }
    return rules;
}

Result<ExportResult> exportIdentity(const VaultEntry& entry, const ExportOptions& options, Vault* vault)
{
    ExportResult result;
    result.holdsKey = holdsKey(options);
    const ExportRules rules = ExportRules::current();
    result.profile = options.profile.value_or(rules.profile);
    if (result.holdsKey && rules.keyRefusal)
        return *rules.keyRefusal;

    // A request still waiting for its certificate has only itself to give.
    if (entry.isPending()) {
        if (options.format == ExportFormat::Der && !result.holdsKey) {
            result.bytes = entry.request.der();
            return result;
        }
        if (options.format == ExportFormat::Request || (options.format == ExportFormat::Pem && !result.holdsKey)) {
            result.bytes = entry.request.pem();
            return result;
        }
        return makeError(ErrorCode::NotFound,
                         QObject::tr("“%1” is still waiting for its certificate; import the certificate from your CA "
                                     "first. Only the request can be exported now.")
                             .arg(entry.name),
                         {}, QStringLiteral("pending"));
    }
    switch (options.format) {
    case ExportFormat::Request:
        result.bytes = entry.request.pem();
        return result;
    case ExportFormat::Calendar:
        // The same file as certdesk-cli export ID --format ics: one event, stable UID, the entry's reminder days.
        result.bytes =
            expiryCalendar({CalendarEvent{entry.id + QStringLiteral("@certdesk"), entry.name, entry.certificate,
                                          QStringLiteral("certdesk-cli renew %1").arg(entry.id)}},
                           entry.thresholds, options.now);
        return result;
    case ExportFormat::Der:
        result.bytes = entry.certificate.der();
        return result;
    case ExportFormat::Pem:
    case ExportFormat::Chain:
    case ExportFormat::Pkcs12:
        break;
    }
    if (!result.holdsKey) {
        result.bytes = certificatesPem(entry, options.format == ExportFormat::Chain);
        return result;
    }
    if (!vault || !options.password) {
        return makeError(ErrorCode::Usage, QObject::tr("Exporting the private key needs the vault and a password."), {},
                         QStringLiteral("usage"));
    }
    auto key = vault->privateKey(entry.id);
    if (!key)
        return key.error();
    if (options.format == ExportFormat::Pkcs12) {
        auto p12 =
            Pkcs12::write(key.value(), entry.certificate, entry.chain, entry.name, *options.password, result.profile);
        if (!p12)
            return p12.error();
        result.bytes = p12.value();
        return result;
    }
    auto encrypted = key.value().toEncryptedPkcs8Pem(*options.password);
    if (!encrypted)
        return encrypted.error();
    result.bytes = certificatesPem(entry, options.format == ExportFormat::Chain) + encrypted.value();
    return result;
}

Result<QString> writeExport(const ExportResult& result, const QString& path)
{
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return makeError(ErrorCode::BadInput,
                         QObject::tr("CertDesk cannot write “%1”: %2. Choose another folder or file name.")
                             .arg(path, file.errorString()),
                         file.errorString(), QStringLiteral("unwritable"));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    if (result.holdsKey && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return cannotWrite();
    if (file.write(result.bytes) != result.bytes.size() || !file.commit())
        return cannotWrite();
    return path;
}

} // namespace certdesk
