#pragma once

#include "keystores/KeyStore.h"

namespace certdesk {

/// An NSS certificate database (`sql:` format: cert9.db + key4.db) — Chromium's shared DB, a Firefox profile or any
/// DB folder — used through the NSS C API. Each call opens its own NSS context and shuts it down before returning,
/// so no NSS state outlives a call and two stores never see each other's databases. Calls are serialised
/// process-wide. Core never prompts: a DB with a password needs StoreCredentials::password.
class NssStore : public KeyStore
{
public:
    enum class Creation
    {
        Automatic,       ///< create the DB only for Chromium's shared DB (`…/.pki/nssdb`), as Chromium would
        CreateIfMissing, ///< create a missing DB (folder mode 0700, empty password)
        ExistingOnly,    ///< fail with reason "store-not-found" when there is no DB
    };

    /// Keeps its own copy of the password (StoreCredentials is move-only; callers keep theirs).
    explicit NssStore(StoreLocation location, const StoreCredentials& credentials = {},
                      Creation creation = Creation::Automatic);
    ~NssStore() override;

    StoreLocation location() const override;
    Result<QList<StoredItem>> list() override;
    /// Imports the PKCS#8 key, the certificate under `nickname` and the chain, and trusts the chain's CA
    /// certificates with `CT,C,` (client-auth verification in NSS needs the T). Undoes its own changes on failure.
    Result<void> installIdentity(const InstallRequest& request) override;
    Result<void> addTrustedCa(const Certificate& certificate, const QString& nickname) override;
    Result<void> remove(const Certificate& certificate) override;
    Result<bool> verify(const Certificate& certificate, bool expectPrivateKey) override;

    /// False when the last NSS shutdown found objects still referenced (a leak); for tests and diagnostics.
    static bool lastShutdownWasClean();

private:
    /// No database yet where one would be created on the first change (Chromium's shared DB): nothing in it.
    bool holdsNothingYet() const;

    StoreLocation m_location;
    StoreCredentials m_credentials;
    Creation m_creation;
};

} // namespace certdesk
