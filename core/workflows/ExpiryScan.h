#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "expiry/Expiry.h"
#include "vault/Vault.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

/// One certificate CertDesk keeps an eye on: an identity of the vault, a certificate with its private key in a
/// store CertDesk can read (installed by someone else, perhaps), or both — one item per certificate, with every
/// place it was found.
struct TrackedCertificate
{
    /// SHA-256 of the certificate (32 raw bytes): the key of its reminder state.
    QByteArray fingerprint;
    /// The vault entry, empty when the certificate was found only in a store.
    QString entryId;
    QString name;
    Certificate certificate;
    /// In the user's words: "CertDesk vault", "Firefox — profile default-release", "Smart card “PIV”".
    QStringList locations;
    /// A store it is in: `recorded` when the vault remembers installing it there, `seen` when this scan found it
    /// there with its key (false for a store that could not be read, or that no longer holds it).
    struct StorePlace
    {
        QString storeId; ///< "nss:/home/a/.pki/nssdb", "firefox:default-release", "pkcs11:PIV"
        QString storeName;
        bool recorded = false;
        bool seen = false;
    };
    QList<StorePlace> stores;
    ReminderThresholds thresholds;
    ExpiryState state;
    ReminderState reminder;
    /// The pending renewal of this identity, if one was requested.
    QString renewalId;
    QDateTime renewalRequested;
    /// The renewal's certificate has arrived; it only waits to be put in place of this one (replace).
    bool renewalReady = false;

    /// Snoozed, and not yet due again.
    bool isSnoozed(const QDateTime& now) const
    {
        return reminder.snoozedUntil.isValid() && reminder.snoozedUntil > now;
    }
    /// Needs a notification now: needs attention, not muted or snoozed, and this stage was not announced yet.
    bool isDue(const QDateTime& now) const;
    /// "expires in 7 days", "expires tomorrow", "expired 3 days ago".
    QString whenText() const;
    QJsonObject toJson(const QDateTime& now) const;
};

struct ExpiryScanOptions
{
    /// Also look into the NSS databases and PKCS#11 tokens found on this machine.
    bool includeStores = true;
    QString homeDirectory;
    /// With includeStores: also read the stores the vault recorded installations in that discovery does not find
    /// (an NSS database in a folder of its own, a token that was removed: a note then).
    bool includeRecordedStores = false;
};

struct ExpiryScan
{
    /// Most urgent first.
    QList<TrackedCertificate> items;
    /// Stores that could not be read (a password-protected database, a token that would not open).
    QStringList notes;

    /// Everything tracked at `now`: vault identities (not pending, not archived, with their key) and store
    /// certificates that have a private key with them (on a token that is not logged in, the user certificates —
    /// the ones that are not CA certificates — since its keys are hidden until the PIN is given).
    static Result<ExpiryScan> run(const Vault& vault, const ExpiryScanOptions& options, const QDateTime& now);
};

} // namespace certdesk
