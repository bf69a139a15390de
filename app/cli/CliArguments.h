#pragma once

#include "Result.h"

#include <QHash>
#include <QStringList>

namespace certdesk::cli {

/// The parsed command line: global options, the command, its options and positional arguments.
struct CliArguments
{
    QString vault;
    QString passphraseFile;
    bool json = false;
    /// --non-interactive: never ask on the terminal or wait for a person; what would be asked becomes an error.
    bool nonInteractive = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList positional;
    QHash<QString, QStringList> options; ///< command options by name (without dashes); flags map to {"1"}

    QString option(const QString& name) const { return options.value(name).value(0); }
    QStringList all(const QString& name) const { return options.value(name); }
    bool flag(const QString& name) const { return options.contains(name); }

    /// Parses argv (without the program name); usage errors name the offending argument.
    static Result<CliArguments> parse(const QStringList& arguments);
};

/// Every command of the argument table, in its order ("request", …, "help"); CommandRegistry runs them.
QStringList commandNames();

/// Every option the parser accepts, with its dashes: the global ones, then each command's ("--password-file", …).
QStringList knownOptions();

/// The usage text for `--help` (all commands, or one).
QString usageText(const QString& command = {});

} // namespace certdesk::cli
