#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace certdesk {

/// The vault's 256-bit data-encryption key; seals private keys with AES-256-GCM.
class VaultKey
{
public:
    static constexpr std::size_t kKeySize = 32;

    VaultKey() = default;
    explicit VaultKey(SecureBytes key) : m_key(std::move(key)) {}
    static VaultKey generate();

    bool isNull() const { return m_key.size() != kKeySize; }
    const SecureBytes& bytes() const { return m_key; }

    /// version(1) | nonce(12) | ciphertext | tag(16). `context` is authenticated, binding the blob to its row.
    Result<QByteArray> seal(const SecureBytes& plaintext, const QByteArray& context) const;
    Result<SecureBytes> open(const QByteArray& sealed, const QByteArray& context) const;

    /// Derives a wrapping key from a passphrase with scrypt; the parameters travel with the salt.
    struct ScryptParameters
    {
        quint64 n = 1u << 17; // 128 MiB with r = 8: about a third of a second, once per run
        quint32 r = 8;
        quint32 p = 1;
    };
    static Result<VaultKey> deriveFromPassphrase(const SecureBytes& passphrase, const QByteArray& salt,
                                                 const ScryptParameters& parameters);

private:
    SecureBytes m_key;
};

} // namespace certdesk
