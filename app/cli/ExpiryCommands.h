#pragma once

#include "Result.h"
#include "cli/CliArguments.h"
#include "keystores/KeyStore.h"
#include "vault/Vault.h"

#include <QJsonArray>

#include <functional>

namespace certdesk::cli {

/// What the expiry and renewal commands need from the command run that hosts them.
struct CommandContext
{
    const CliArguments& args;
    std::function<Result<Vault*>()> vault;
    /// Set when a command already printed its failure (per store), so only the exit code is left to give.
    bool* failureReported = nullptr;
};

/// remind: what needs attention, reminder settings, and (--notify) desktop notifications.
Result<void> remind(const CommandContext& context);
/// renew ID: a new key and a request with the same subject, names and profile, linked to the identity.
Result<void> renew(const CommandContext& context);
/// replace ID: puts a completed renewal where the identity it renews is installed and archives the old one.
Result<void> replace(const CommandContext& context);

/// After an import: for every imported certificate that completes a renewal, replaces the old identity in its
/// stores when `replaceNow`, else says how to. The JSON describes what was done; `failure` is the first store that
/// failed.
struct RenewalFollowUp
{
    QJsonArray json;
    std::optional<Error> failure;
};
RenewalFollowUp finishRenewals(const CommandContext& context, Vault& vault, const QList<VaultEntry>& imported,
                               bool replaceNow);

/// --store-password-file, for every store of one command (and, with --non-interactive, no PIN pad either).
Result<StoreCredentials> storeCredentials(const CliArguments& arguments);
/// A store's error as the CLI reports it: when the store needs a password or PIN the command line did not give, the
/// sentence names --store-password-file.
Error explainStoreError(Error error, const CliArguments& arguments);

} // namespace certdesk::cli
