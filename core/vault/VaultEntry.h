#pragma once

#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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

    bool isPending() const { return certificate.isNull(); }
    /// Expiring: fewer than 30 days left, or less than a third of the lifetime (so short-lived certificates count).
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
