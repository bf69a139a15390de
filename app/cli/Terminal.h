#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace certdesk::cli {

/// Reads a password or passphrase from a file ("-": standard input). The first line counts; its line end does not.
/// An empty one is refused unless `emptyAllowed` (the password of a file to read, which may truly be empty).
Result<SecureBytes> readSecretFile(const QString& path, const QString& what, bool emptyAllowed = false);
/// From now on, canPrompt() is false and nothing asks (--non-interactive): for scripts run from a terminal.
void forbidPrompts();
/// True when prompts are allowed and standard input and standard error are a terminal, so asking is possible.
/// Every question the CLI asks goes through this; when it is false the question becomes an error naming the option
/// that answers it.
bool canPrompt();
/// Asks on the terminal with echo off; `confirm` asks a second time and compares.
Result<SecureBytes> promptSecret(const QString& prompt, bool confirm);
/// Asks a yes/no question on the terminal; false for anything but y/yes.
bool promptYesNo(const QString& question);

} // namespace certdesk::cli
