#include "cli/CommandRegistry.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "cli/Terminal.h"
#include "cli/commands/Commands.h"

#include <QCoreApplication>

namespace certdesk::cli {

namespace {

// In the order of CliArguments' table (commandNames()); tst_cli_commands checks that the two agree.
// clang-format off
constexpr RegisteredCommand kRegistry[] = {
    {"request", requestCommand},
    {"import", importCommand},
    {"list", listCommand},
    {"show", showCommand},
    {"export", exportCommand},
    {"delete", deleteCommand},
    {"stores", storesCommand},
    {"install", installCommand},
    {"uninstall", uninstallCommand},
    {"remind", remindCommand},
    {"renew", renewCommand},
    {"replace", replaceCommand},
    {"doctor", doctorCommand},
    {"check", checkCommand},
    {"policy", policyCommand},
};
// clang-format on

} // namespace

std::span<const RegisteredCommand> registeredCommands()
{
    return kRegistry;
}

const RegisteredCommand* findRegisteredCommand(const QString& name)
{
    for (const RegisteredCommand& command : kRegistry) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

int runCommand(const CliArguments& arguments)
{
    if (arguments.version) {
        say(QStringLiteral("certdesk-cli %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (arguments.help || arguments.command == QLatin1String("help")) {
        say(usageText(arguments.command));
        return 0;
    }
    if (arguments.nonInteractive)
        forbidPrompts();
    CommandContext context(arguments);
    const RegisteredCommand* command = findRegisteredCommand(arguments.command);
    // CliArguments::parse refuses a name that is not in its table; one missing here is a usage error all the same.
    const Result<void> result = command ? command->run(context) : Result<void>(makeError(ErrorCode::Usage, {}));
    if (result)
        return 0;
    return context.fail(result.error());
}

} // namespace certdesk::cli
