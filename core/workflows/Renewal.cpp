#include "workflows/Renewal.h"

#include "crypto/PrivateKey.h"
#include "keystores/StoreCatalog.h"
#include "policy/Policy.h"
#include "workflows/StoreInstaller.h"

#include <QObject>

namespace certdesk {

namespace {

std::optional<Profile> profileForUsage(const QStringList& extendedKeyUsage)
{
    if (extendedKeyUsage == QStringList{QStringLiteral("clientAuth")})
        return Profile::Client;
    if (extendedKeyUsage == QStringList{QStringLiteral("emailProtection")})
        return Profile::Email;
    if (extendedKeyUsage == QStringList{QStringLiteral("serverAuth")})
        return Profile::Server;
    return std::nullopt;
}

} // namespace

Result<RenewalPlan> planRenewal(const VaultEntry& entry, const Policy* policy)
{
    if (entry.isPending() || !entry.hasKey) {
        return makeError(
            ErrorCode::Usage,
            entry.isPending()
                ? QObject::tr("“%1” is still waiting for its first certificate; there is nothing to renew yet.")
                      .arg(entry.name)
                : QObject::tr("“%1” has no private key in the vault, so it is not an identity CertDesk can "
                              "renew.")
                      .arg(entry.name),
            {}, QStringLiteral("not-renewable"));
    }
    RenewalPlan plan;
    auto subject = DistinguishedName::parse(entry.certificate.subject());
    if (!subject) {
        return makeError(ErrorCode::BadInput,
                         QObject::tr("The subject of “%1” uses attributes CertDesk cannot put into a request; request "
                                     "a new certificate instead.")
                             .arg(entry.name),
                         subject.error().message, QStringLiteral("subject-not-reusable"));
    }
    plan.options.subject = subject.value();
    for (const QString& text : entry.certificate.subjectAltNames()) {
        auto san = SubjectAltName::parse(text);
        if (!san) {
            return makeError(
                ErrorCode::BadInput,
                QObject::tr("The alternative name “%1” of “%2” cannot be put into a request.").arg(text, entry.name),
                san.error().message, QStringLiteral("san-not-reusable"));
        }
        plan.options.sans << san.value();
    }
    const bool fromRequest = !entry.request.isNull();
    const QStringList extendedKeyUsage =
        fromRequest ? entry.request.extendedKeyUsage() : entry.certificate.extendedKeyUsage();
    if (const auto profile = profileForUsage(extendedKeyUsage)) {
        plan.options.profile = *profile;
    } else {
        plan.options.profile = Profile::Custom;
        plan.options.customKeyUsage = fromRequest ? entry.request.keyUsage() : entry.certificate.keyUsage();
        plan.options.customExtendedKeyUsage = extendedKeyUsage;
    }
    if (const auto type = keyTypeFromId(entry.keyType)) {
        plan.keyType = *type;
    } else {
        const bool rsa = entry.keyType.startsWith(QLatin1String("rsa"));
        plan.keyType = rsa ? KeyType::Rsa3072 : KeyType::EcP256;
        plan.keyTypeNote = QObject::tr("The old key (%1) is not one CertDesk generates; the new key is %2.")
                               .arg(entry.keyType, keyTypeId(plan.keyType));
    }
    if (policy) {
        auto subject = policy->completeSubject(plan.options.subject);
        if (!subject)
            return subject.error();
        plan.options.subject = subject.value();
        if (auto violation = policy->checkRequest(plan.options, std::nullopt))
            return violation->toError();
        if (!policy->allowsKeyType(plan.keyType)) {
            const KeyType old = plan.keyType;
            plan.keyType = policy->allowedKeyTypes().first();
            plan.keyTypeNote = QObject::tr("Your organisation's policy no longer allows %1 keys; the new key is %2.")
                                   .arg(keyTypeId(old), keyTypeId(plan.keyType));
        }
    }
    if (auto valid = CertificateRequest::validate(plan.options); !valid)
        return valid.error();
    return plan;
}

Result<VaultEntry> requestRenewal(Vault& vault, const VaultEntry& entry, std::optional<KeyType> keyType,
                                  const Policy* policy)
{
    if (entry.isArchived()) {
        return makeError(ErrorCode::Usage, QObject::tr("“%1” was already replaced by its renewal.").arg(entry.name), {},
                         QStringLiteral("archived"));
    }
    auto plan = planRenewal(entry, policy);
    if (!plan)
        return plan.error();
    if (policy && keyType) {
        if (auto violation = policy->checkKeyType(*keyType))
            return violation->toError();
    }
    auto key = PrivateKey::generate(keyType.value_or(plan.value().keyType));
    if (!key)
        return key.error();
    auto request = CertificateRequest::create(key.value(), plan.value().options);
    if (!request)
        return request.error();
    return vault.addRequest(key.value(), request.value(), entry.name, entry.id);
}

Result<ReplacementReport>
replaceRenewed(Vault& vault, const QString& newId, const QString& homeDirectory,
               const std::function<const StoreCredentials&(const StoreLocation&)>& credentials)
{
    auto renewed = vault.find(newId);
    if (!renewed)
        return renewed.error();
    const VaultEntry& entry = renewed.value();
    if (entry.renews.isEmpty()) {
        return makeError(
            ErrorCode::Usage,
            QObject::tr("“%1” is not the renewal of another identity, so there is nothing to replace.").arg(entry.name),
            {}, QStringLiteral("not-a-renewal"));
    }
    if (entry.isPending()) {
        return makeError(
            ErrorCode::NotFound,
            QObject::tr("The renewal of “%1” is still waiting for its certificate; import it first.").arg(entry.name),
            {}, QStringLiteral("pending"));
    }
    auto previous = vault.find(entry.renews);
    if (!previous)
        return previous.error();
    const VaultEntry& old = previous.value();

    ReplacementReport report{old.id, entry.id, {}, false};
    StoreInstaller installNew(&vault, entry);
    StoreInstaller removeOld(&vault, old);
    for (const VaultEntry::Installation& installation : old.installations) {
        ReplacementStep step{installation.storeId, installation.storeName, std::nullopt};
        auto location = StoreCatalog::resolve(installation.storeId, homeDirectory);
        if (!location) {
            step.error = location.error();
            report.steps << step;
            continue;
        }
        static const StoreCredentials none;
        const StoreCredentials& given = credentials ? credentials(location.value()) : none;
        if (auto installed = installNew.install(location.value(), given); !installed) {
            step.error = installed.error();
        } else if (auto removed = removeOld.uninstall(location.value(), given); !removed) {
            // Someone took the old one out already: the store is as it should be.
            if (removed.error().reason == QLatin1String("not-in-store")) {
                if (auto forgotten = vault.forgetInstallation(old.id, installation.storeId); !forgotten)
                    step.error = forgotten.error();
            } else {
                step.error = removed.error();
            }
        }
        report.steps << step;
    }
    for (const ReplacementStep& step : report.steps) {
        if (step.error)
            return report;
    }
    if (auto archived = vault.archive(old.id); !archived)
        return archived.error();
    report.archived = true;
    return report;
}

} // namespace certdesk
