#pragma once

#include "Result.h"
#include "expiry/Expiry.h"
#include "vault/Vault.h"

#include <memory>
#include <optional>

namespace certdesk {

/// The reminder days that apply where the vault has none of its own: the organisation policy's, else the built-in
/// ReminderThresholds::defaults().
struct ReminderDefaults
{
    ReminderThresholds days;
    /// Set when the policy file exists but cannot be used: `days` are then the built-in ones, and the caller decides
    /// how to say so (the commands the policy governs refuse to run; listings go on with the built-in days).
    std::optional<Error> policyProblem;

    static ReminderDefaults current();
};

/// Opens the vault the way every front end does: Vault::open, then the organisation policy's reminder days as the
/// vault's defaults (the vault itself never reads the policy).
[[nodiscard]] Result<std::unique_ptr<Vault>> openVault(const QString& directory, VaultCredentials credentials);

} // namespace certdesk
