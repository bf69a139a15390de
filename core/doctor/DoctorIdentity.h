#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"

#include <QList>
#include <QString>

namespace certdesk {

class Vault;

/// The identity a connection is tested with: certificate, chain (issuer first) and private key.
struct DoctorIdentity
{
    QString id;
    QString name;
    Certificate certificate;
    QList<Certificate> chain;
    PrivateKey key;

    /// Entry `id` (or a unique prefix) with its private key; unlocks the vault. Refuses pending requests and
    /// certificates without a key, saying why.
    static Result<DoctorIdentity> fromVault(Vault& vault, const QString& id);
};

} // namespace certdesk
