#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<void> checkCommand(CommandContext& context)
{
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    auto checked = opened.value()->check();
    if (!checked)
        return checked.error();
    const VaultCheckReport& report = checked.value();
    if (context.args.json) {
        QJsonArray problems;
        for (const VaultProblem& problem : report.problems) {
            problems.append(QJsonObject{{QStringLiteral("id"), problem.entryId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                         : QJsonValue(problem.entryId)},
                                        {QStringLiteral("name"), problem.name},
                                        {QStringLiteral("message"), problem.message},
                                        {QStringLiteral("detail"), problem.detail}});
        }
        printJson(QJsonObject{{QStringLiteral("vault"), opened.value()->directory()},
                              {QStringLiteral("entries"), report.entries},
                              {QStringLiteral("keysChecked"), report.keysChecked},
                              {QStringLiteral("healthy"), report.healthy()},
                              {QStringLiteral("problems"), problems}});
    } else {
        for (const VaultProblem& problem : report.problems) {
            tell(QStringLiteral("certdesk-cli: ") + problem.message);
            if (!problem.detail.isEmpty())
                tell(QStringLiteral("  details: ") + problem.detail);
        }
        if (report.healthy()) {
            say(QObject::tr("The vault is healthy: %1 entries and %2 private keys checked.")
                    .arg(report.entries)
                    .arg(report.keysChecked));
        }
    }
    if (report.healthy())
        return {};
    context.failureReported = true;
    return makeError(
        ErrorCode::Keystore,
        QObject::tr("The vault check found %n problem(s).", nullptr, static_cast<int>(report.problems.size())), {},
        QStringLiteral("vault-damaged"));
}

} // namespace certdesk::cli
