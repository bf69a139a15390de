#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "cli/RenewalFollowUp.h"
#include "cli/StoreSupport.h"

#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<void> replaceCommand(CommandContext& context)
{
    auto credentials = storeCredentials(context.args);
    if (!credentials)
        return credentials.error();
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    Vault& vault = *opened.value();
    auto found = vault.find(context.args.positional.first());
    if (!found)
        return found.error();
    VaultEntry renewal = found.value();
    // The old identity's ID works too: it leads to its renewal.
    if (renewal.renews.isEmpty() && !renewal.renewedBy.isEmpty()) {
        auto newer = vault.find(renewal.renewedBy);
        if (!newer)
            return newer.error();
        renewal = newer.value();
    }
    if (renewal.renews.isEmpty()) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("“%1” has no renewal to put in its place; start one with certdesk-cli renew %2.")
                             .arg(renewal.name, renewal.id),
                         {}, QStringLiteral("not-a-renewal"));
    }
    std::optional<Error> failure;
    const QJsonObject json = replaceRenewal(context, vault, renewal, credentials.value(), failure);
    if (context.args.json)
        printJson(json);
    if (failure) {
        context.failureReported = true;
        return *failure;
    }
    return {};
}

} // namespace certdesk::cli
