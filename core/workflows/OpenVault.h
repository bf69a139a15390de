#pragma once

#include "Result.h"
#include "expiry/Expiry.h"
#include "vault/Vault.h"

#include <memory>

namespace certdesk {

/// The reminder days that apply where the vault has none of its own: the organisation policy's, else the built-in
/// ReminderThresholds::defaults(). A policy file that cannot be used gives the built-in days here; the commands it
/// governs refuse to run and the window shows its problem, so it is not reported a second time.
[[nodiscard]] ReminderThresholds reminderDefaults();

/// Opens the vault the way every front end does: Vault::open, then the organisation policy's reminder days as the
/// vault's defaults (the vault itself never reads the policy).
[[nodiscard]] Result<std::unique_ptr<Vault>> openVault(const QString& directory, VaultCredentials credentials);

} // namespace certdesk
