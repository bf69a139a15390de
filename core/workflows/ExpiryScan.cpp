#include "workflows/ExpiryScan.h"

#include "keystores/StoreCatalog.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>

#include <algorithm>

namespace certdesk {

namespace {

QByteArray fingerprintOf(const Certificate& certificate)
{
    return QByteArray::fromHex(certificate.fingerprintSha256().remove(QLatin1Char(':')).toLatin1());
}

QString vaultLocation()
{
    return QObject::tr("CertDesk vault");
}

} // namespace

bool TrackedCertificate::isDue(const QDateTime& now) const
{
    return state.needsAttention() && !reminder.muted && !isSnoozed(now) && state.stage > reminder.announcedStage;
}

QString TrackedCertificate::whenText() const
{
    if (state.expired) {
        const qint64 ago = -state.daysLeft;
        return ago <= 1 ? QObject::tr("has expired") : QObject::tr("expired %1 days ago").arg(ago);
    }
    if (state.daysLeft == 0)
        return QObject::tr("expires today");
    if (state.daysLeft == 1)
        return QObject::tr("expires tomorrow");
    return QObject::tr("expires in %1 days").arg(state.daysLeft);
}

QJsonObject TrackedCertificate::toJson(const QDateTime& now) const
{
    QJsonObject json;
    json[QStringLiteral("id")] = entryId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entryId);
    json[QStringLiteral("name")] = name;
    json[QStringLiteral("subject")] = certificate.subject();
    json[QStringLiteral("issuer")] = certificate.issuer();
    json[QStringLiteral("notAfter")] = isoUtc(certificate.notAfter());
    json[QStringLiteral("daysLeft")] = state.daysLeft;
    json[QStringLiteral("status")] = state.expired            ? QStringLiteral("expired")
                                     : state.needsAttention() ? QStringLiteral("expiring")
                                                              : QStringLiteral("valid");
    json[QStringLiteral("threshold")] =
        state.thresholdDays >= 0 ? QJsonValue(state.thresholdDays) : QJsonValue(QJsonValue::Null);
    json[QStringLiteral("reminderDays")] = thresholds.toString();
    json[QStringLiteral("locations")] = QJsonArray::fromStringList(locations);
    json[QStringLiteral("fingerprintSha256")] = certificate.fingerprintSha256();
    json[QStringLiteral("muted")] = reminder.muted;
    json[QStringLiteral("snoozedUntil")] =
        isSnoozed(now) ? QJsonValue(isoUtc(reminder.snoozedUntil)) : QJsonValue(QJsonValue::Null);
    json[QStringLiteral("due")] = isDue(now);
    json[QStringLiteral("renewalId")] = renewalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(renewalId);
    json[QStringLiteral("renewalReady")] = renewalReady;
    return json;
}

Result<ExpiryScan> ExpiryScan::run(const Vault& vault, const ExpiryScanOptions& options, const QDateTime& now)
{
    auto entries = vault.entries();
    if (!entries)
        return entries.error();
    auto states = vault.reminderStates();
    if (!states)
        return states.error();
    auto vaultThresholds = vault.reminderThresholds();
    if (!vaultThresholds)
        return vaultThresholds.error();

    ExpiryScan scan;
    QHash<QByteArray, qsizetype> byFingerprint;
    QSet<QString> completed;
    for (const VaultEntry& entry : entries.value()) {
        if (!entry.isPending())
            completed.insert(entry.id);
    }
    for (const VaultEntry& entry : entries.value()) {
        if (entry.isPending() || entry.isArchived() || !entry.hasKey)
            continue;
        TrackedCertificate item;
        item.fingerprint = fingerprintOf(entry.certificate);
        item.entryId = entry.id;
        item.name = entry.name;
        item.certificate = entry.certificate;
        item.locations << vaultLocation();
        for (const VaultEntry::Installation& installation : entry.installations) {
            item.locations << installation.storeName;
            item.stores << TrackedCertificate::StorePlace{installation.storeId, installation.storeName, true, false};
        }
        item.thresholds = entry.thresholds;
        item.renewalId = entry.renewedBy;
        item.renewalRequested = entry.renewalRequested;
        item.renewalReady = !entry.renewedBy.isEmpty() && completed.contains(entry.renewedBy);
        byFingerprint.insert(item.fingerprint, scan.items.size());
        scan.items << item;
    }

    if (options.includeStores) {
        QList<StoreLocation> locations = StoreCatalog::discover(options.homeDirectory, &scan.notes);
        if (options.includeRecordedStores) {
            QStringList known;
            for (const StoreLocation& location : std::as_const(locations))
                known << location.id;
            for (const VaultEntry& entry : entries.value()) {
                if (entry.isPending() || entry.isArchived() || !entry.hasKey)
                    continue;
                for (const VaultEntry::Installation& installation : entry.installations) {
                    if (known.contains(installation.storeId) || installation.storeId == QLatin1String("system"))
                        continue;
                    known << installation.storeId;
                    auto location = StoreCatalog::resolve(installation.storeId, options.homeDirectory);
                    if (location)
                        locations << location.value();
                    else
                        scan.notes << QObject::tr("%1 could not be checked: %2")
                                          .arg(installation.storeName, location.error().message);
                }
            }
        }
        // Nobody may be there to answer a PIN pad: a scan never waits for a person. A token that needs a PIN still
        // shows its certificates without one (its keys stay hidden; see the identity rule below).
        StoreCredentials noOneAsked;
        noOneAsked.allowPinPad = false;
        noOneAsked.listWithoutLogin = true;
        for (const StoreLocation& location : std::as_const(locations)) {
            if (location.kind == StoreLocation::Kind::System)
                continue; // CA certificates only: nobody's identity
            auto store = StoreCatalog::open(location, noOneAsked);
            auto items = store ? store.value()->list() : Result<QList<StoredItem>>(store.error());
            if (!items) {
                scan.notes
                    << QObject::tr("%1 could not be checked: %2").arg(location.displayName, items.error().message);
                continue;
            }
            for (const StoredItem& stored : items.value()) {
                const bool identity = stored.hasPrivateKey || (location.kind == StoreLocation::Kind::Pkcs11 &&
                                                               !stored.certificate.isCa() && !stored.trustedAsCa);
                if (!identity)
                    continue;
                const QByteArray fingerprint = fingerprintOf(stored.certificate);
                if (const auto known = byFingerprint.constFind(fingerprint); known != byFingerprint.cend()) {
                    TrackedCertificate& item = scan.items[*known];
                    if (!item.locations.contains(location.displayName))
                        item.locations << location.displayName;
                    const auto place = std::find_if(item.stores.begin(), item.stores.end(),
                                                    [&](const auto& p) { return p.storeId == location.id; });
                    if (place != item.stores.end())
                        place->seen = true;
                    else
                        item.stores << TrackedCertificate::StorePlace{location.id, location.displayName, false, true};
                    continue;
                }
                TrackedCertificate item;
                item.fingerprint = fingerprint;
                item.name = stored.nickname.isEmpty() ? stored.certificate.commonName() : stored.nickname;
                if (item.name.isEmpty())
                    item.name = stored.certificate.subject();
                item.certificate = stored.certificate;
                item.locations << location.displayName;
                item.stores << TrackedCertificate::StorePlace{location.id, location.displayName, false, true};
                item.thresholds = vaultThresholds.value();
                byFingerprint.insert(fingerprint, scan.items.size());
                scan.items << item;
            }
        }
    }

    for (TrackedCertificate& item : scan.items) {
        item.state = ExpiryState::of(item.certificate, item.thresholds, now);
        item.reminder = states.value().value(item.fingerprint);
    }
    std::stable_sort(scan.items.begin(), scan.items.end(),
                     [](const TrackedCertificate& a, const TrackedCertificate& b) {
                         return a.certificate.notAfter() < b.certificate.notAfter();
                     });
    return scan;
}

} // namespace certdesk
