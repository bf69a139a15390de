#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "crypto/SecureBytes.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk {

/// Where a store is, in machine terms and in the user's words.
struct StoreLocation
{
    enum class Kind
    {
        Nss,     ///< an NSS database (Chromium's shared DB, a Firefox profile, or a DB directory given explicitly)
        System,  ///< the operating system's trust store for CA certificates
        Pkcs11,  ///< a PKCS#11 token (smart card, HSM)
    };
    Kind kind = Kind::Nss;
    /// Stable, typed on the command line: "nss:/home/a/.pki/nssdb", "firefox:default-release", "system",
    /// "pkcs11:PIV Card".
    QString id;
    /// "Chromium and other NSS applications", "Firefox — profile default-release", "System trust store",
    /// "Smart card “PIV Card”".
    QString displayName;
    /// The directory, anchors folder or module path behind it.
    QString path;
    /// PKCS#11 only: the token label and the module that serves it.
    QString tokenLabel;
    QString modulePath;
};

/// A certificate a store holds, and whether its private key is there with it.
struct StoredItem
{
    QString nickname;
    Certificate certificate;
    bool hasPrivateKey = false;
    bool trustedAsCa = false;
};

/// What to put into a store. `key` is null for a CA certificate installed as trusted.
struct InstallRequest
{
    PrivateKey key;
    Certificate certificate;
    QList<Certificate> chain;
    /// The name shown in the store (NSS nickname, PKCS#11 CKA_LABEL); defaults to the certificate's CN.
    QString nickname;
};

/// Credentials a store may need; the CLI reads them from files, the GUI asks. Core never prompts.
struct StoreCredentials
{
    std::optional<SecureBytes> password; ///< NSS database password or token PIN
    /// Without a password, a reader with its own PIN pad may ask the person at it (and wait for them). False for
    /// scripts and scans, where nobody is there: such a token then needs the PIN like any other.
    bool allowPinPad = true;
    /// Only to list what the store holds: a token that needs a PIN nobody gave is opened without logging in, which
    /// shows its certificates (public objects) but not its private keys. Changes then fail with "pin-required".
    bool listWithoutLogin = false;
};

/// A place applications look for certificates. Every mutating call verifies its own result before it reports
/// success: "installed" means the store was read back and the identity is there with its key.
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    virtual StoreLocation location() const = 0;
    virtual Result<QList<StoredItem>> list() = 0;
    /// Key + certificate (+ chain). Afterwards the key is found from the certificate, or this returns an error
    /// and leaves nothing half-installed.
    virtual Result<void> installIdentity(const InstallRequest& request) = 0;
    /// A CA certificate, trusted for client and server authentication where the store has trust settings.
    virtual Result<void> addTrustedCa(const Certificate& certificate, const QString& nickname) = 0;
    /// Removes the certificate (and its private key, when the store holds one for it).
    virtual Result<void> remove(const Certificate& certificate) = 0;
    /// True when the certificate is in the store and, for an identity, its private key is linked to it.
    virtual Result<bool> verify(const Certificate& certificate, bool expectPrivateKey) = 0;
};

} // namespace certdesk
