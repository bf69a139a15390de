#pragma once

#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"
#include "expiry/Expiry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk {

/// One row of the vault: a request waiting for its certificate, or an identity (key + certificate + chain).
struct VaultEntry
{
    enum class Status
    {
        Pending,
        Valid,
        Expiring,
        Expired,
        Archived, ///< replaced by its renewal and taken out of the stores; kept until the user clears it
    };

    QString id;
    QString name;
    QDateTime created;
    QString keyType;
    QByteArray publicKeySha256;
    bool hasKey = false;
    CertificateRequest request;
    Certificate certificate;
    QList<Certificate> chain;

    /// A store the entry was installed into and verified in.
    struct Installation
    {
        QString storeId;   ///< "nss:/home/a/.pki/nssdb", "system", "pkcs11:PIV Card"
        QString storeName; ///< in the user's words
        QString nickname;
        QDateTime installed;
    };
    QList<Installation> installations;

    /// Renewal: the entry this request renews (set on the new entry) …
    QString renews;
    /// … and, on the old entry, the request that renews it and when it was made.
    QString renewedBy;
    QDateTime renewalRequested;
    /// Set once a renewal replaced this entry everywhere.
    QDateTime archived;
    /// Reminder days for this entry alone; unset: the vault's.
    std::optional<ReminderThresholds> ownThresholds;
    /// What applies: ownThresholds, else the vault's (filled in by the vault).
    ReminderThresholds thresholds = ReminderThresholds::defaults();

    bool isArchived() const { return archived.isValid(); }
    /// An identity whose renewal was requested and not yet completed.
    bool renewalPending() const { return !renewedBy.isEmpty() && !isArchived(); }

    bool isPending() const { return certificate.isNull(); }
    /// Expiring: fewer days left than the first reminder threshold (30 by default), or less than a third of the
    /// lifetime (so short-lived certificates count); see ExpiryState.
    Status status(const QDateTime& now) const;
    /// Whole days until notAfter (negative once expired); 0 for a pending request.
    qint64 daysLeft(const QDateTime& now) const;
    QString subject() const;
    static QString statusId(Status status);
    static QString statusName(Status status);

    /// The CLI's JSON contract: id, name, status, subject, issuer, serial, notBefore, notAfter, daysLeft, keyType,
    /// sans, fingerprintSha256.
    QJsonObject toJson(const QDateTime& now) const;
};

} // namespace certdesk
