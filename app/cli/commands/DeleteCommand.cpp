#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "cli/Terminal.h"

#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<void> deleteCommand(CommandContext& context)
{
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    auto found = opened.value()->find(context.args.positional.first());
    if (!found)
        return found.error();
    const VaultEntry& entry = found.value();
    if (!context.args.flag(QStringLiteral("yes"))) {
        if (!canPrompt()) {
            return makeError(
                ErrorCode::Usage,
                QObject::tr("Deleting “%1” removes its private key for good; add --yes to confirm.").arg(entry.name),
                {}, QStringLiteral("confirmation-required"));
        }
        if (!promptYesNo(QObject::tr("Delete %1 “%2” (%3) and its private key? This cannot be undone. [y/N] ")
                             .arg(entry.id, entry.name, entry.subject()))) {
            return makeError(ErrorCode::Usage, QObject::tr("Nothing was deleted."), {}, QStringLiteral("cancelled"));
        }
    }
    if (auto removed = opened.value()->remove(entry.id); !removed)
        return removed;
    if (context.args.json)
        printJson(QJsonObject{{QStringLiteral("deleted"), entry.id}, {QStringLiteral("name"), entry.name}});
    else
        say(QObject::tr("Deleted %1 “%2”.").arg(entry.id, entry.name));
    return {};
}

} // namespace certdesk::cli
