#pragma once

#include "keystores/KeyStore.h"
#include "vault/VaultEntry.h"

#include <optional>

namespace certdesk {

class Vault;

/// Puts one entry into stores and takes it out again, the same way for certdesk-cli and the desktop app: an
/// identity goes in with its private key (opened from the vault once), a CA certificate as trusted; every install
/// is read back from the store before the vault records it. Never reports a success the store does not confirm.
class StoreInstaller
{
public:
    /// `vault` may be null for a CA certificate given as a file: then nothing is read from or recorded in a vault.
    StoreInstaller(Vault* vault, VaultEntry entry);

    Result<void> install(const StoreLocation& location, const StoreCredentials& credentials);
    Result<void> uninstall(const StoreLocation& location, const StoreCredentials& credentials);
    /// For changes made by someone else (the system store through pkexec): checks `store` now holds the entry, or
    /// no longer does, and records that in the vault.
    Result<void> confirm(KeyStore& store, bool installed);

private:
    /// An identity (key + certificate) rather than a trusted CA certificate, for this store.
    bool isIdentityFor(const StoreLocation& location) const;

    Vault* m_vault = nullptr;
    VaultEntry m_entry;
    std::optional<PrivateKey> m_key;
};

} // namespace certdesk
