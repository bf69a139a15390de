#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace certdesk::cli {

/// Reads a password or passphrase from a file ("-": standard input). The first line counts; its line end does not.
Result<SecureBytes> readSecretFile(const QString& path, const QString& what);
/// True when standard input and standard error are a terminal, so asking is possible.
bool canPrompt();
/// Asks on the terminal with echo off; `confirm` asks a second time and compares.
Result<SecureBytes> promptSecret(const QString& prompt, bool confirm);
/// Asks a yes/no question on the terminal; false for anything but y/yes.
bool promptYesNo(const QString& question);

} // namespace certdesk::cli
