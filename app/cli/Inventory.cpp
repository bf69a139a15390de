#include "cli/Inventory.h"

#include "cli/CliOutput.h"
#include "expiry/Clock.h"
#include "workflows/ExpiryScan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

namespace {

const QStringList kCsvHeader = {QStringLiteral("vault_id"),
                                QStringLiteral("name"),
                                QStringLiteral("subject"),
                                QStringLiteral("status"),
                                QStringLiteral("not_after"),
                                QStringLiteral("days_left"),
                                QStringLiteral("fingerprint_sha256"),
                                QStringLiteral("stores"),
                                QStringLiteral("recorded_not_found")};
// days_left is the only column a spreadsheet should read as a number (it may be negative).
const QList<bool> kNumericColumns = {false, false, false, false, false, true, false, false, false};

QString statusOf(const ExpiryState& state)
{
    return state.expired            ? QStringLiteral("expired")
           : state.needsAttention() ? QStringLiteral("expiring")
                                    : QStringLiteral("valid");
}

/// Where the scan found it, and where the vault says it was installed but the scan did not find it.
std::pair<QStringList, QStringList> storesOf(const TrackedCertificate& item)
{
    QStringList found;
    QStringList missing;
    for (const TrackedCertificate::StorePlace& place : item.stores)
        (place.seen ? found : missing) << place.storeId;
    return {found, missing};
}

} // namespace

QByteArray csvRecord(const QStringList& fields, const QList<bool>& numeric)
{
    QStringList cells;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString cell = fields.at(i);
        // A certificate's name comes from whoever made it; a spreadsheet must not run it as a formula (OWASP's
        // advice for CSV injection). Numbers keep their minus sign.
        static const QString formulaStarts = QStringLiteral("=+-@\t\r");
        if (!numeric.value(i) && !cell.isEmpty() && formulaStarts.contains(cell.front()))
            cell.prepend(QLatin1Char('\''));
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
            cell.contains(QLatin1Char('\r'))) {
            cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        cells << cell;
    }
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray vaultListCsv(const QList<VaultEntry>& entries, const QDateTime& now)
{
    QByteArray csv = csvRecord(kCsvHeader);
    for (const VaultEntry& entry : entries) {
        QStringList stores;
        for (const VaultEntry::Installation& installation : entry.installations)
            stores << installation.storeId;
        const bool pending = entry.isPending();
        csv += csvRecord({entry.id, entry.name, entry.subject(), VaultEntry::statusId(entry.status(now)),
                          pending ? QString() : isoUtc(entry.certificate.notAfter()),
                          pending ? QString() : QString::number(entry.daysLeft(now)),
                          pending ? QString() : entry.certificate.fingerprintSha256(), stores.join(QLatin1Char(';')),
                          QString()},
                         kNumericColumns);
    }
    return csv;
}

Result<void> listAllStores(CommandContext& context, std::optional<int> expiringDays, bool csv)
{
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    const QDateTime now = Clock::now();
    ExpiryScanOptions options;
    options.includeStores = true;
    options.includeRecordedStores = true;
    options.homeDirectory = QDir::homePath();
    auto scanned = ExpiryScan::run(*opened.value(), options, now);
    if (!scanned)
        return scanned.error();
    const ExpiryScan& scan = scanned.value();
    QList<TrackedCertificate> shown;
    for (const TrackedCertificate& item : scan.items) {
        if (!expiringDays || item.state.daysLeft <= *expiringDays)
            shown << item;
    }

    if (context.args.json) {
        QJsonArray identities;
        for (const TrackedCertificate& item : std::as_const(shown)) {
            QJsonArray stores;
            for (const TrackedCertificate::StorePlace& place : item.stores) {
                stores.append(QJsonObject{{QStringLiteral("id"), place.storeId},
                                          {QStringLiteral("name"), place.storeName},
                                          {QStringLiteral("found"), place.seen},
                                          {QStringLiteral("recorded"), place.recorded}});
            }
            identities.append(QJsonObject{{QStringLiteral("id"), item.entryId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                        : QJsonValue(item.entryId)},
                                          {QStringLiteral("name"), item.name},
                                          {QStringLiteral("subject"), item.certificate.subject()},
                                          {QStringLiteral("issuer"), item.certificate.issuer()},
                                          {QStringLiteral("fingerprintSha256"), item.certificate.fingerprintSha256()},
                                          {QStringLiteral("notAfter"), isoUtc(item.certificate.notAfter())},
                                          {QStringLiteral("daysLeft"), item.state.daysLeft},
                                          {QStringLiteral("status"), statusOf(item.state)},
                                          {QStringLiteral("stores"), stores}});
        }
        printJson(QJsonObject{{QStringLiteral("identities"), identities},
                              {QStringLiteral("notes"), QJsonArray::fromStringList(scan.notes)}});
        return {};
    }

    for (const QString& note : scan.notes)
        tell(QObject::tr("Note: %1").arg(note));
    if (csv) {
        QByteArray out = csvRecord(kCsvHeader);
        for (const TrackedCertificate& item : std::as_const(shown)) {
            const auto [found, missing] = storesOf(item);
            out += csvRecord({item.entryId, item.name, item.certificate.subject(), statusOf(item.state),
                              isoUtc(item.certificate.notAfter()), QString::number(item.state.daysLeft),
                              item.certificate.fingerprintSha256(), found.join(QLatin1Char(';')),
                              missing.join(QLatin1Char(';'))},
                             kNumericColumns);
        }
        writeOut(out);
        return {};
    }

    if (shown.isEmpty()) {
        say(scan.items.isEmpty() ? QObject::tr("No identity was found, in the vault or in the stores.")
                                 : QObject::tr("No identity matches."));
        return {};
    }
    say(QStringLiteral("%1  %2  %3  %4  %5")
            .arg(QObject::tr("EXPIRES"), -10)
            .arg(QObject::tr("DAYS"), 5)
            .arg(QObject::tr("STATUS"), -8)
            .arg(QObject::tr("VAULT ID"), -8)
            .arg(QObject::tr("NAME")));
    for (const TrackedCertificate& item : std::as_const(shown)) {
        say(QStringLiteral("%1  %2  %3  %4  %5 — %6")
                .arg(item.certificate.notAfter().toUTC().date().toString(Qt::ISODate), -10)
                .arg(item.state.daysLeft, 5)
                .arg(statusOf(item.state), -8)
                .arg(item.entryId.isEmpty() ? QStringLiteral("-") : item.entryId, -8)
                .arg(item.name, item.certificate.subject()));
        const auto [found, missing] = storesOf(item);
        if (!found.isEmpty())
            say(QObject::tr("      in: %1").arg(found.join(QStringLiteral(", "))));
        if (!missing.isEmpty())
            say(QObject::tr("      installed by CertDesk, not found now: %1").arg(missing.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace certdesk::cli
