#pragma once

#include "Result.h"
#include "cli/CliArguments.h"
#include "keystores/KeyStore.h"
#include "vault/VaultEntry.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace certdesk {
class StoreInstaller;
}

namespace certdesk::cli {

/// --store-password-file, for every store of one command (and, with --non-interactive, no PIN pad either).
Result<StoreCredentials> storeCredentials(const CliArguments& arguments);
/// A store's error as the CLI reports it: when the store needs a password or PIN the command line did not give, the
/// sentence names --store-password-file.
Error explainStoreError(Error error, const CliArguments& arguments);

/// Each store in turn, through StoreInstaller (which reads every change back before the vault records it): says
/// how each went, adds {store, ok, error} per store to `results`, and returns the first failure.
std::optional<Error> applyToStores(const CliArguments& arguments, StoreInstaller& installer, const VaultEntry& entry,
                                   const QStringList& specs, const StoreCredentials& credentials, bool install,
                                   QJsonArray& results);

} // namespace certdesk::cli
