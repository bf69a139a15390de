#include "doctor/DoctorIdentity.h"

#include "vault/Vault.h"

#include <QObject>

#include <utility>

namespace certdesk {

Result<DoctorIdentity> DoctorIdentity::fromVault(Vault& vault, const QString& id)
{
    auto found = vault.find(id);
    if (!found)
        return found.error();
    const VaultEntry& entry = found.value();
    if (entry.isPending()) {
        return makeError(ErrorCode::NotFound,
                         QObject::tr("“%1” is still waiting for its certificate; import what your certificate "
                                     "authority sends first (certdesk-cli import FILE).")
                             .arg(entry.name),
                         {}, QStringLiteral("no-certificate"));
    }
    if (!entry.hasKey) {
        return makeError(ErrorCode::NotFound,
                         QObject::tr("“%1” has no private key in the vault (a CA certificate, or someone else's), so "
                                     "it cannot sign in anywhere; choose one of your own identities.")
                             .arg(entry.name),
                         {}, QStringLiteral("no-key"));
    }
    auto key = vault.privateKey(entry.id);
    if (!key)
        return key.error();
    return DoctorIdentity{entry.id, entry.name, entry.certificate, entry.chain, std::move(key).value()};
}

} // namespace certdesk
