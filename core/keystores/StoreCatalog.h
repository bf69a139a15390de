#pragma once

#include "keystores/KeyStore.h"

#include <QStringList>

#include <memory>

namespace certdesk {

/// Every store CertDesk can install into, found on this machine, and the one place that turns a store name typed
/// on the command line ("nss", "nss:DIR", "firefox", "firefox:PROFILE", "system", "pkcs11:LABEL") into a KeyStore.
class StoreCatalog
{
public:
    /// Chromium's shared NSS DB, every Firefox profile, the system trust store (when this system has one) and every
    /// PKCS#11 token p11-kit knows. Problems finding some of them become `notes`, not failures.
    static QList<StoreLocation> discover(const QString& homeDirectory, QStringList* notes = nullptr);
    static Result<StoreLocation> resolve(const QString& spec, const QString& homeDirectory);
    static Result<std::unique_ptr<KeyStore>> open(const StoreLocation& location, const StoreCredentials& credentials);
    static QString kindId(StoreLocation::Kind kind);
};

} // namespace certdesk
