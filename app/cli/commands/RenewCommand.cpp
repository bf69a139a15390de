#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "expiry/Clock.h"
#include "workflows/Renewal.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<void> renewCommand(CommandContext& context)
{
    const CliArguments& args = context.args;
    std::optional<KeyType> keyType;
    if (args.flag(QStringLiteral("key-type"))) {
        keyType = keyTypeFromId(args.option(QStringLiteral("key-type")));
        if (!keyType) {
            return makeError(ErrorCode::Usage, QObject::tr("“%1” is not a key type; use one of %2.")
                                                   .arg(args.option(QStringLiteral("key-type")),
                                                        keyTypeIds().join(QStringLiteral(", "))));
        }
    }
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    Vault& vault = *opened.value();
    auto found = vault.find(args.positional.first());
    if (!found)
        return found.error();
    const VaultEntry& entry = found.value();
    if (entry.renewalPending()) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("A renewal of “%1” was already requested on %2 (%3). Save its request again with "
                                     "certdesk-cli export %3 --format pem, or delete it to start over.")
                             .arg(entry.name, dateText(entry.renewalRequested), entry.renewedBy),
                         {}, QStringLiteral("renewal-pending"));
    }
    auto policy = organisationPolicy();
    if (!policy)
        return policy.error();
    auto plan = planRenewal(entry, policy.value());
    if (!plan)
        return plan.error();
    if (keyType && policy.value()) {
        if (auto violation = policy.value()->checkKeyType(*keyType))
            return violation->toError();
    }
    if (auto unlocked = vault.unlock(); !unlocked)
        return unlocked;
    auto renewal = requestRenewal(vault, entry, keyType, policy.value());
    if (!renewal)
        return renewal.error();
    const VaultEntry& created = renewal.value();
    const QString out = args.option(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (auto written = writeOutputFile(out, created.request.pem(), false); !written)
            return written;
    }
    if (!plan.value().keyTypeNote.isEmpty() && !keyType)
        tell(QObject::tr("Note: %1").arg(plan.value().keyTypeNote));
    if (args.json) {
        QJsonObject json = created.toJson(Clock::now());
        json[QStringLiteral("profile")] = profileId(plan.value().options.profile);
        json[QStringLiteral("csr")] = QString::fromLatin1(created.request.pem());
        if (!out.isEmpty())
            json[QStringLiteral("out")] = QFileInfo(out).absoluteFilePath();
        printJson(json);
        return {};
    }
    const QString next = QObject::tr("When your certificate authority sends the new certificate: certdesk-cli import "
                                     "FILE --replace (puts it wherever “%1” is installed now).")
                             .arg(entry.name);
    if (!out.isEmpty()) {
        say(QObject::tr("Created renewal request %1 for “%2” (%3 key). Send %4 to your certificate authority.")
                .arg(created.id, entry.name, created.keyType, out));
        say(next);
    } else {
        writeOut(created.request.pem());
        tell(QObject::tr("Created renewal request %1 for “%2” (%3 key). Send the request above to your certificate "
                         "authority.")
                 .arg(created.id, entry.name, created.keyType));
        tell(next);
    }
    return {};
}

} // namespace certdesk::cli
