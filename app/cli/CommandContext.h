#pragma once

#include "Result.h"
#include "cli/CliArguments.h"
#include "crypto/SecureBytes.h"
#include "policy/Policy.h"
#include "vault/Vault.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace certdesk {
class KeychainSecretStore;
}

namespace certdesk::cli {

/// One command run: the parsed command line, the vault (opened on first use, with the keychain) and how a failure is
/// reported. Every command is a function over it (CommandRegistry).
class CommandContext
{
public:
    explicit CommandContext(const CliArguments& arguments);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    const CliArguments& args;
    /// Set when a command already printed its failure (per store), so only the exit code is left to give.
    bool failureReported = false;

    /// The vault of --vault (or the default one) with the policy's reminder days, opened once per run.
    Result<Vault*> vault();
    /// A password from --password-file, else asked on the terminal, else an error that says how to give one.
    /// `forReading`: the password of a file to open, which may be empty (a PKCS#12 bundle exported without one).
    Result<std::optional<SecureBytes>> password(bool required, bool confirm, const QString& purpose,
                                                bool forReading = false);
    /// The stores named by a repeatable option, each value a comma-separated list.
    QStringList storeSpecs(const QString& option) const;
    /// Reports a command's failure (standard error, and the JSON document with --json) unless the command already
    /// did; returns the exit code.
    int fail(const Error& error) const;

private:
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Vault> m_vault;
};

/// An error as JSON: {code, reason, message, detail (when there is one)}.
QJsonObject errorJson(const Error& error);

/// A file that needs a password nobody gave: the sentence names the option that gives it. It stays bad input
/// (exit 2): the file cannot be read without it, whether or not someone could have been asked.
Error withPasswordHint(Error error, bool passwordGiven);

/// The organisation policy of this machine: null when there is none; an error (exit 5, naming FILE:LINE:COLUMN)
/// when the file is there but unreadable or malformed — every command that the policy governs then refuses to run.
Result<const Policy*> organisationPolicy();

} // namespace certdesk::cli
