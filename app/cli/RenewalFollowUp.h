#pragma once

#include "Result.h"
#include "cli/CommandContext.h"
#include "keystores/KeyStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace certdesk::cli {

/// Runs the replacement for one completed renewal (replace, and import --replace) and reports it per store; the
/// first store that failed goes into `failure` when it is still empty.
QJsonObject replaceRenewal(const CommandContext& context, Vault& vault, const VaultEntry& renewal,
                           const StoreCredentials& credentials, std::optional<Error>& failure);

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

} // namespace certdesk::cli
