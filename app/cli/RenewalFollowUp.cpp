#include "cli/RenewalFollowUp.h"

#include "cli/CliOutput.h"
#include "cli/StoreSupport.h"
#include "workflows/Renewal.h"

#include <QDir>
#include <QObject>

namespace certdesk::cli {

QJsonObject replaceRenewal(const CommandContext& context, Vault& vault, const VaultEntry& renewal,
                           const StoreCredentials& credentials, std::optional<Error>& failure)
{
    auto report = replaceRenewed(vault, renewal.id, QDir::homePath(),
                                 [&](const StoreLocation&) -> const StoreCredentials& { return credentials; });
    QJsonObject json{{QStringLiteral("newId"), renewal.id}, {QStringLiteral("oldId"), renewal.renews}};
    if (!report) {
        json[QStringLiteral("error")] = QJsonObject{{QStringLiteral("code"), report.error().exitCode()},
                                                    {QStringLiteral("reason"), report.error().reason},
                                                    {QStringLiteral("message"), report.error().message}};
        tell(QStringLiteral("certdesk-cli: ") + report.error().message);
        if (!failure)
            failure = report.error();
        return json;
    }
    QJsonArray steps;
    for (const ReplacementStep& step : report.value().steps) {
        QJsonObject stepJson{{QStringLiteral("store"), step.storeId},
                             {QStringLiteral("storeName"), step.storeName},
                             {QStringLiteral("ok"), !step.error.has_value()}};
        if (step.error) {
            const Error error = explainStoreError(*step.error, context.args);
            stepJson[QStringLiteral("error")] = QJsonObject{{QStringLiteral("code"), error.exitCode()},
                                                            {QStringLiteral("reason"), error.reason},
                                                            {QStringLiteral("message"), error.message}};
            tell(QObject::tr("certdesk-cli: %1: %2").arg(step.storeName, error.message));
            if (!error.detail.isEmpty())
                tell(QStringLiteral("  details: ") + error.detail);
            if (!failure)
                failure = error;
        } else if (!context.args.json) {
            say(QObject::tr("Replaced the old certificate with the renewed one in %1 and checked it.")
                    .arg(step.storeName));
        }
        steps.append(stepJson);
    }
    json[QStringLiteral("steps")] = steps;
    json[QStringLiteral("archived")] = report.value().archived;
    if (!context.args.json) {
        if (report.value().archived) {
            say(QObject::tr("The old identity %1 is archived in the vault (certdesk-cli delete %1 clears it).")
                    .arg(renewal.renews));
        } else {
            tell(
                QObject::tr("The old identity %1 stays where the new one could not be installed; fix the problem above "
                            "and run certdesk-cli replace %2 again.")
                    .arg(renewal.renews, renewal.id));
        }
    }
    return json;
}

RenewalFollowUp finishRenewals(const CommandContext& context, Vault& vault, const QList<VaultEntry>& imported,
                               bool replaceNow)
{
    RenewalFollowUp followUp;
    StoreCredentials credentials;
    if (replaceNow) {
        auto given = storeCredentials(context.args);
        if (!given) {
            followUp.failure = given.error();
            return followUp;
        }
        credentials = std::move(given).value();
    }
    for (const VaultEntry& entry : imported) {
        if (entry.renews.isEmpty() || entry.isPending())
            continue;
        auto old = vault.find(entry.renews);
        // The renewed identity may have been deleted since (nothing to replace then); any other failure to read it
        // is reported, not taken for "no old identity".
        if (!old && old.error().code != ErrorCode::NotFound) {
            if (!followUp.failure)
                followUp.failure = old.error();
            continue;
        }
        // Nothing installed anywhere: nothing to replace, and the old identity retires at once.
        if (replaceNow || (old && old.value().installations.isEmpty())) {
            followUp.json.append(replaceRenewal(context, vault, entry, credentials, followUp.failure));
            continue;
        }
        if (old && !context.args.json) {
            QStringList stores;
            for (const VaultEntry::Installation& installation : old.value().installations)
                stores << installation.storeName;
            say(QObject::tr("This renews “%1”, installed in %2. To put the new certificate there in its place: "
                            "certdesk-cli replace %3")
                    .arg(old.value().name, stores.join(QStringLiteral(", ")), entry.id));
        }
    }
    return followUp;
}

} // namespace certdesk::cli
