#pragma once

#include "Result.h"
#include "crypto/CertificateRequest.h"
#include "crypto/KeyType.h"
#include "keystores/KeyStore.h"
#include "vault/Vault.h"

#include <functional>
#include <optional>

namespace certdesk {

class Policy;

/// What renewing an identity asks the CA for again: its subject, SANs and profile, and a key of the same type.
struct RenewalPlan
{
    RequestOptions options;
    KeyType keyType = KeyType::EcP256;
    /// Set when the old key's type cannot be generated again (say RSA 1024) and another was chosen.
    QString keyTypeNote;
};

/// The plan for renewing `entry`: the profile from the extended key usage of the original request (or of the
/// certificate when it came without one), the custom profile with the same usages when none fits. With a `policy`,
/// its fixed subject attributes are filled in, a subject or names it no longer allows are refused (ErrorCode::Policy,
/// naming the rule), and a key type it no longer allows is replaced by its first allowed one (with keyTypeNote).
Result<RenewalPlan> planRenewal(const VaultEntry& entry, const Policy* policy = nullptr);
/// Generates the new key and CSR and stores them in the vault as a request that renews `entry` (slow: key
/// generation; never on a GUI thread). A `keyType` the policy does not allow is refused.
Result<VaultEntry> requestRenewal(Vault& vault, const VaultEntry& entry, std::optional<KeyType> keyType = {},
                                  const Policy* policy = nullptr);

/// One store in which the renewed identity replaced the old one.
struct ReplacementStep
{
    QString storeId;
    QString storeName;
    /// Empty on success.
    std::optional<Error> error;
};

struct ReplacementReport
{
    QString oldId;
    QString newId;
    QList<ReplacementStep> steps;
    /// True when every store was done and the old identity is archived.
    bool archived = false;
};

/// Finishes a renewal: installs the renewed identity `newId` into every store where the identity it renews is
/// installed, verifies it there, then removes the old one from that store; when every store succeeded the old
/// identity is archived in the vault (kept, not deleted). A store that fails keeps the old identity installed.
/// `credentials` gives the password or PIN a store needs (core never asks).
Result<ReplacementReport>
replaceRenewed(Vault& vault, const QString& newId, const QString& homeDirectory,
               const std::function<const StoreCredentials&(const StoreLocation&)>& credentials);

} // namespace certdesk
