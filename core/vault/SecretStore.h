#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace certdesk {

/// Where the vault keeps its data-encryption key: the OS keychain in real use, anything else in tests.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// Error reason "not-found" when no secret is stored under `key`.
    virtual Result<SecureBytes> read(const QString& key) = 0;
    virtual Result<void> write(const QString& key, const SecureBytes& secret) = 0;
    virtual Result<void> remove(const QString& key) = 0;
};

} // namespace certdesk
