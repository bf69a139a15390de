#pragma once

#include "Result.h"
#include "crypto/Bundle.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>

#include <optional>

typedef struct PKCS12_st PKCS12;

namespace certdesk {

/// Reading and writing PKCS#12 (.p12/.pfx) bundles, with errors that say which of the many things went wrong.
class Pkcs12
{
public:
    enum class WriteProfile
    {
        Modern,     ///< AES-256-CBC, PBKDF2-SHA256, HMAC-SHA256 MAC
        Compatible, ///< 3DES, SHA-1 MAC: Windows Server 2016 and older macOS/iOS importers
    };
    static QString writeProfileId(WriteProfile profile);
    static std::optional<WriteProfile> writeProfileFromId(const QString& id);

    /// True when the bytes are a DER PKCS#12 PFX (structure only; nothing decrypted).
    static bool looksLike(const QByteArray& der);
    /// Verifies the MAC and decrypts everything. No password given: tries the empty password, then asks for one.
    static Result<Bundle> read(const QByteArray& der, const std::optional<SecureBytes>& password);
    /// Writes key + certificate + chain; the chain's CA certificates follow the leaf.
    static Result<QByteArray> write(const PrivateKey& key, const Certificate& certificate,
                                    const QList<Certificate>& chain, const QString& friendlyName,
                                    const SecureBytes& password, WriteProfile profile);
};

} // namespace certdesk
