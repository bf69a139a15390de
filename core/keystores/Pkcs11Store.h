#pragma once

#include "keystores/KeyStore.h"

#include <QList>
#include <QString>

#include <memory>

namespace certdesk {

/// A PKCS#11 token (smart card, USB key, HSM) as a KeyStore.
///
/// The store holds one read-write session, logged in with the user PIN when the token needs one; the PIN itself is
/// used for C_Login and wiped, never kept. Not thread-safe: use one store from one thread at a time.
class Pkcs11Store : public KeyStore
{
public:
    /// Every token present in the modules p11-kit is configured to load (system, package and user config), except
    /// p11-kit's own trust-policy modules, which are the system trust store and not a place for identities.
    static Result<QList<StoreLocation>> discoverTokens();

    /// Opens the token labelled `tokenLabel` served by the module at `modulePath` and logs in with
    /// `credentials.password` as the user PIN. Errors with reason "pin-required" when the token needs a PIN and
    /// none was given, "wrong-pin", "pin-locked", "token-not-found".
    static Result<std::unique_ptr<Pkcs11Store>> open(const QString& modulePath, const QString& tokenLabel,
                                                     const StoreCredentials& credentials);
    /// The same for a location from discoverTokens().
    static Result<std::unique_ptr<Pkcs11Store>> open(const StoreLocation& location,
                                                     const StoreCredentials& credentials);

    ~Pkcs11Store() override;
    Pkcs11Store(const Pkcs11Store&) = delete;
    Pkcs11Store& operator=(const Pkcs11Store&) = delete;

    StoreLocation location() const override;
    Result<QList<StoredItem>> list() override;
    /// Writes the key (RSA or EC on a named curve) and certificate under one CKA_ID, plus chain certificates the
    /// token does not hold yet; then proves with a signature on the token that the key matches the certificate.
    Result<void> installIdentity(const InstallRequest& request) override;
    /// Writes the CA certificate object only: marking it CKA_TRUSTED needs the security officer's PIN, which
    /// CertDesk does not ask for.
    Result<void> addTrustedCa(const Certificate& certificate, const QString& nickname) override;
    /// Removes every copy of the certificate and, unless another certificate still uses it, its private and public
    /// key objects.
    Result<void> remove(const Certificate& certificate) override;
    Result<bool> verify(const Certificate& certificate, bool expectPrivateKey) override;

    /// The location for a token, as discoverTokens() reports it.
    static StoreLocation locationFor(const QString& modulePath, const QString& tokenLabel);

private:
    struct Private;
    explicit Pkcs11Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace certdesk
