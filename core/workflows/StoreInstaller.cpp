#include "workflows/StoreInstaller.h"

#include "keystores/StoreCatalog.h"
#include "vault/Vault.h"

#include <QObject>

namespace certdesk {

StoreInstaller::StoreInstaller(Vault* vault, VaultEntry entry) : m_vault(vault), m_entry(std::move(entry))
{}

bool StoreInstaller::isIdentityFor(const StoreLocation& location) const
{
    return m_entry.hasKey && location.kind != StoreLocation::Kind::System;
}

Result<void> StoreInstaller::install(const StoreLocation& location, const StoreCredentials& credentials)
{
    if (m_entry.isPending()) {
        return makeError(
            ErrorCode::NotFound,
            QObject::tr("“%1” is still waiting for its certificate; import it before installing.").arg(m_entry.name),
            {}, QStringLiteral("pending"));
    }
    auto store = StoreCatalog::open(location, credentials);
    if (!store)
        return store.error();
    if (isIdentityFor(location)) {
        if (!m_key) {
            if (!m_vault)
                return makeError(ErrorCode::NotFound, QObject::tr("There is no vault to take the private key from."));
            auto key = m_vault->privateKey(m_entry.id);
            if (!key)
                return key.error();
            m_key = key.value();
        }
        InstallRequest request{*m_key, m_entry.certificate, m_entry.chain, m_entry.name};
        if (auto installed = store.value()->installIdentity(request); !installed)
            return installed;
    } else if (m_entry.certificate.isCa()) {
        if (auto added = store.value()->addTrustedCa(m_entry.certificate, m_entry.name); !added)
            return added;
    } else {
        return makeError(ErrorCode::NotFound,
                         location.kind == StoreLocation::Kind::System
                             ? QObject::tr("The system trust store holds CA certificates only; install “%1” into a "
                                           "browser store or a smart card.")
                                   .arg(m_entry.name)
                             : QObject::tr("The vault holds no private key for “%1”, so there is no identity to "
                                           "install.")
                                   .arg(m_entry.name),
                         {}, QStringLiteral("no-key"));
    }
    return confirm(*store.value(), true);
}

Result<void> StoreInstaller::uninstall(const StoreLocation& location, const StoreCredentials& credentials)
{
    auto store = StoreCatalog::open(location, credentials);
    if (!store)
        return store.error();
    if (auto removed = store.value()->remove(m_entry.certificate); !removed)
        return removed;
    return confirm(*store.value(), false);
}

Result<void> StoreInstaller::confirm(KeyStore& store, bool installed)
{
    const StoreLocation location = store.location();
    auto present = store.verify(m_entry.certificate, installed && isIdentityFor(location));
    if (!present)
        return present.error();
    if (present.value() != installed) {
        return makeError(
            ErrorCode::Keystore,
            installed ? QObject::tr("%1 accepted “%2”, but reading it back did not find it complete.")
                            .arg(location.displayName, m_entry.name)
                      : QObject::tr("%1 still holds “%2” after removing it.").arg(location.displayName, m_entry.name),
            {}, QStringLiteral("verify-failed"));
    }
    if (!m_vault)
        return {};
    return installed ? m_vault->recordInstallation(m_entry.id, location.id, location.displayName, m_entry.name)
                     : m_vault->forgetInstallation(m_entry.id, location.id);
}

} // namespace certdesk
