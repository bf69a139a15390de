#pragma once

#include "Result.h"
#include "cli/CliArguments.h"

#include <span>

namespace certdesk::cli {

class CommandContext;

/// A command of certdesk-cli: its name (as in CliArguments' table) and the function that runs it.
struct RegisteredCommand
{
    const char* name;
    Result<void> (*run)(CommandContext& context);
};

/// Every command that runs over a CommandContext; `help` is answered by runCommand itself.
std::span<const RegisteredCommand> registeredCommands();

/// The registered command of this name, or null.
const RegisteredCommand* findRegisteredCommand(const QString& name);

/// Runs one parsed command line; returns the process exit code. Output and errors go to stdout/stderr.
int runCommand(const CliArguments& arguments);

} // namespace certdesk::cli
