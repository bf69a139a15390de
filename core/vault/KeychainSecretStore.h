#pragma once

#include "vault/SecretStore.h"

#include <chrono>

namespace certdesk {

/// SecretStore over QtKeychain (Secret Service, KWallet, Windows Credential Manager, macOS Keychain).
/// Every call has a timeout: a locked keyring can wait for a prompt forever. Safe from any thread: the jobs
/// themselves all run on one dedicated keychain thread, because QtKeychain is not safe across threads.
class KeychainSecretStore : public SecretStore
{
public:
    /// The timeout defaults to 15 s; CERTDESK_KEYCHAIN_TIMEOUT_MS overrides it (tests).
    explicit KeychainSecretStore(QString service = QStringLiteral("CertDesk"));

    Result<SecureBytes> read(const QString& key) override;
    Result<void> write(const QString& key, const SecureBytes& secret) override;
    Result<void> remove(const QString& key) override;

    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace certdesk
