#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"

#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<void> policyCommand(CommandContext& context)
{
    const CliArguments& arguments = context.args;
    auto policy = organisationPolicy();
    if (!policy)
        return policy.error();
    if (!policy.value()) {
        if (arguments.json) {
            printJson(QJsonObject{{QStringLiteral("policy"), QJsonValue::Null},
                                  {QStringLiteral("searched"), Policy::defaultPath()}});
        } else {
            say(QObject::tr("No organisation policy: %1 does not exist, so every choice is yours.")
                    .arg(Policy::defaultPath()));
        }
        return {};
    }
    if (arguments.json) {
        printJson(QJsonObject{{QStringLiteral("policy"), policy.value()->toJson()}});
        return {};
    }
    say(QObject::tr("Organisation policy from %1:").arg(policy.value()->origin()));
    for (const QString& line : policy.value()->describe())
        say(QStringLiteral("  - ") + line);
    return {};
}

} // namespace certdesk::cli
