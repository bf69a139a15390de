#include "vault/VaultEntry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace certdesk {

VaultEntry::Status VaultEntry::status(const QDateTime& now) const
{
    if (isPending())
        return Status::Pending;
    if (isArchived())
        return Status::Archived;
    const ExpiryState state = ExpiryState::of(certificate, thresholds, now);
    if (state.expired)
        return Status::Expired;
    return state.needsAttention() ? Status::Expiring : Status::Valid;
}

qint64 VaultEntry::daysLeft(const QDateTime& now) const
{
    return isPending() ? 0 : ExpiryState::daysUntil(certificate.notAfter(), now);
}

QString VaultEntry::subject() const
{
    return isPending() ? request.subject() : certificate.subject();
}

QString VaultEntry::statusId(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::Expiring:
        return QStringLiteral("expiring");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

QString VaultEntry::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QObject::tr("Waiting for certificate");
    case Status::Valid:
        return QObject::tr("Valid");
    case Status::Expiring:
        return QObject::tr("Expiring soon");
    case Status::Expired:
        return QObject::tr("Expired");
    case Status::Archived:
        return QObject::tr("Replaced (archived)");
    }
    return {};
}

QJsonObject VaultEntry::toJson(const QDateTime& now) const
{
    QJsonObject json;
    json[QStringLiteral("id")] = id;
    json[QStringLiteral("name")] = name;
    json[QStringLiteral("status")] = statusId(status(now));
    json[QStringLiteral("subject")] = subject();
    json[QStringLiteral("keyType")] = keyType;
    json[QStringLiteral("hasKey")] = hasKey;
    json[QStringLiteral("created")] = isoUtc(created);
    QJsonArray installed;
    for (const Installation& installation : installations) {
        installed.append(QJsonObject{{QStringLiteral("store"), installation.storeId},
                                     {QStringLiteral("storeName"), installation.storeName},
                                     {QStringLiteral("nickname"), installation.nickname},
                                     {QStringLiteral("installed"), isoUtc(installation.installed)}});
    }
    json[QStringLiteral("installedIn")] = installed;
    json[QStringLiteral("renews")] = renews.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(renews);
    json[QStringLiteral("renewedBy")] = renewedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(renewedBy);
    json[QStringLiteral("archived")] = isArchived() ? QJsonValue(isoUtc(archived)) : QJsonValue(QJsonValue::Null);
    json[QStringLiteral("reminderDays")] = thresholds.toString();
    if (isPending()) {
        json[QStringLiteral("sans")] = QJsonArray::fromStringList(request.subjectAltNames());
        json[QStringLiteral("issuer")] = QJsonValue::Null;
        json[QStringLiteral("serial")] = QJsonValue::Null;
        json[QStringLiteral("notBefore")] = QJsonValue::Null;
        json[QStringLiteral("notAfter")] = QJsonValue::Null;
        json[QStringLiteral("daysLeft")] = QJsonValue::Null;
        json[QStringLiteral("fingerprintSha256")] = QJsonValue::Null;
        return json;
    }
    json[QStringLiteral("sans")] = QJsonArray::fromStringList(certificate.subjectAltNames());
    json[QStringLiteral("issuer")] = certificate.issuer();
    json[QStringLiteral("serial")] = certificate.serialHex();
    json[QStringLiteral("notBefore")] = isoUtc(certificate.notBefore());
    json[QStringLiteral("notAfter")] = isoUtc(certificate.notAfter());
    json[QStringLiteral("daysLeft")] = daysLeft(now);
    json[QStringLiteral("fingerprintSha256")] = certificate.fingerprintSha256();
    return json;
}

} // namespace certdesk
