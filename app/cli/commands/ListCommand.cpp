#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "cli/Inventory.h"
#include "expiry/Clock.h"

#include <QJsonArray>
#include <QObject>

#include <optional>

namespace certdesk::cli {

Result<void> listCommand(CommandContext& context)
{
    std::optional<int> expiringDays;
    if (context.args.flag(QStringLiteral("expiring"))) {
        bool ok = false;
        const int days = context.args.option(QStringLiteral("expiring")).toInt(&ok);
        if (!ok || days < 0)
            return makeError(ErrorCode::Usage, QObject::tr("--expiring needs a number of days, such as 30."));
        expiringDays = days;
    }
    const QString format = context.args.option(QStringLiteral("format"));
    if (context.args.flag(QStringLiteral("format")) && format != QLatin1String("text") &&
        format != QLatin1String("csv"))
        return makeError(ErrorCode::Usage, QObject::tr("--format is text or csv (--json gives JSON)."));
    const bool csv = format == QLatin1String("csv");
    if (csv && context.args.json)
        return makeError(ErrorCode::Usage, QObject::tr("Choose one of --json and --format csv."));
    if (context.args.flag(QStringLiteral("all-stores"))) {
        if (context.args.flag(QStringLiteral("pending")))
            return makeError(ErrorCode::Usage,
                             QObject::tr("--all-stores lists certificates, not requests; drop --pending."));
        return listAllStores(context, expiringDays, csv);
    }
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    auto entries = opened.value()->entries();
    if (!entries)
        return entries.error();
    const QDateTime now = Clock::now();
    QList<VaultEntry> shown;
    for (const VaultEntry& entry : entries.value()) {
        if (context.args.flag(QStringLiteral("pending")) && !entry.isPending())
            continue;
        if (expiringDays && (entry.isPending() || entry.daysLeft(now) > *expiringDays))
            continue;
        shown << entry;
    }
    if (context.args.json) {
        QJsonArray array;
        for (const VaultEntry& entry : shown)
            array.append(entry.toJson(now));
        printJson(array);
        return {};
    }
    if (csv) {
        writeOut(vaultListCsv(shown, now));
        return {};
    }
    if (shown.isEmpty()) {
        say(entries.value().isEmpty() ? QObject::tr("The vault is empty. Start with: certdesk-cli request --subject "
                                                    "\"CN=Your Name\" --out request.csr")
                                      : QObject::tr("No entry matches."));
        return {};
    }
    say(QStringLiteral("%1  %2  %3  %4")
            .arg(QObject::tr("ID"), -8)
            .arg(QObject::tr("STATUS"), -8)
            .arg(QObject::tr("EXPIRES"), -24)
            .arg(QObject::tr("NAME")));
    for (const VaultEntry& entry : shown) {
        const QString expires = entry.isPending() ? QStringLiteral("-")
                                                  : QObject::tr("%1 (%2 d)")
                                                        .arg(entry.certificate.notAfter().date().toString(Qt::ISODate))
                                                        .arg(entry.daysLeft(now));
        say(QStringLiteral("%1  %2  %3  %4 — %5")
                .arg(entry.id, -8)
                .arg(VaultEntry::statusId(entry.status(now)), -8)
                .arg(expires, -24)
                .arg(entry.name, entry.subject()));
        QStringList stores;
        for (const VaultEntry::Installation& installation : entry.installations)
            stores << installation.storeName;
        if (!stores.isEmpty())
            say(QObject::tr("          installed in: %1").arg(stores.join(QStringLiteral(", "))));
        if (entry.isPending() && !entry.renews.isEmpty())
            say(QObject::tr("          renews %1").arg(entry.renews));
        else if (entry.renewalPending())
            say(QObject::tr("          renewal %1 requested on %2")
                    .arg(entry.renewedBy, entry.renewalRequested.date().toString(Qt::ISODate)));
    }
    return {};
}

} // namespace certdesk::cli
