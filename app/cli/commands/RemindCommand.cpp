#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "expiry/Clock.h"
#include "workflows/ExpiryScan.h"
#include "workflows/Reminders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace certdesk::cli {

namespace {

constexpr int kDefaultWaitSeconds = 300;

/// A vault ID (or prefix), or a SHA-256 fingerprint prefix (at least 8 hex digits, colons allowed) for a
/// certificate found only in a store.
Result<const TrackedCertificate*> findTracked(const ExpiryScan& scan, Vault& vault, const QString& wanted)
{
    if (auto entry = vault.find(wanted)) {
        for (const TrackedCertificate& item : scan.items) {
            if (item.entryId == entry.value().id)
                return &item;
        }
        return makeError(ErrorCode::NotFound,
                         QObject::tr("“%1” is not tracked for reminders: it is waiting for its certificate, has no "
                                     "private key, or was replaced by its renewal.")
                             .arg(entry.value().name),
                         {}, QStringLiteral("not-tracked"));
    }
    const QString hex = QString(wanted).remove(QLatin1Char(':')).toUpper();
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9A-F]{8,64}$"));
    if (fingerprint.match(hex).hasMatch()) {
        const TrackedCertificate* found = nullptr;
        for (const TrackedCertificate& item : scan.items) {
            if (!QString::fromLatin1(item.fingerprint.toHex().toUpper()).startsWith(hex))
                continue;
            if (found) {
                return makeError(
                    ErrorCode::Usage,
                    QObject::tr("More than one certificate starts with %1; give more of the fingerprint.").arg(wanted),
                    {}, QStringLiteral("ambiguous-id"));
            }
            found = &item;
        }
        if (found)
            return found;
    }
    return makeError(
        ErrorCode::NotFound,
        QObject::tr("No tracked certificate has the ID or fingerprint “%1”; certdesk-cli remind lists them.")
            .arg(wanted),
        {}, QStringLiteral("no-such-id"));
}

/// The short handle a user types back: the vault ID, or the start of the fingerprint.
QString handleOf(const TrackedCertificate& item)
{
    return item.entryId.isEmpty() ? QString::fromLatin1(item.fingerprint.left(4).toHex().toUpper()) : item.entryId;
}

/// The desktop app, to finish a renewal the user asked for from a notification.
QString desktopAppPath()
{
    const QString configured = qEnvironmentVariable("CERTDESK_GUI");
    if (!configured.isEmpty())
        return configured;
    const QString sibling = QCoreApplication::applicationDirPath() + QStringLiteral("/certdesk");
    if (QFileInfo(sibling).isExecutable())
        return sibling;
    return QStandardPaths::findExecutable(QStringLiteral("certdesk"));
}

Result<void> changeSettings(const CommandContext& context, Vault& vault, const ExpiryScan& scan, const QDateTime& now)
{
    const CliArguments& args = context.args;
    if (args.flag(QStringLiteral("set-days"))) {
        const QString text = args.option(QStringLiteral("set-days"));
        const bool toDefault = text == QLatin1String("default");
        std::optional<ReminderThresholds> thresholds;
        if (!toDefault) {
            auto parsed = ReminderThresholds::parse(text);
            if (!parsed)
                return parsed.error();
            thresholds = parsed.value();
        }
        if (args.flag(QStringLiteral("entry"))) {
            auto entry = vault.find(args.option(QStringLiteral("entry")));
            if (!entry)
                return entry.error();
            if (auto stored = vault.setEntryReminderThresholds(entry.value().id, thresholds); !stored)
                return stored;
            const QString days = thresholds ? thresholds->toString() : QObject::tr("the vault's");
            if (args.json)
                printJson(
                    QJsonObject{{QStringLiteral("id"), entry.value().id},
                                {QStringLiteral("reminderDays"), thresholds ? thresholds->toString() : QString()}});
            else
                say(QObject::tr("Reminders for “%1”: %2 days before expiry.").arg(entry.value().name, days));
            return {};
        }
        // "default" stores no days of the vault's own (an empty list), so the organisation policy's days — or the
        // built-in ones — apply, also when the policy changes later.
        if (auto stored = vault.setReminderThresholds(thresholds.value_or(ReminderThresholds{})); !stored)
            return stored;
        auto effective = vault.reminderThresholds();
        if (!effective)
            return effective.error();
        const ReminderThresholds applied = effective.value();
        if (args.json)
            printJson(QJsonObject{{QStringLiteral("reminderDays"), applied.toString()}});
        else
            say(QObject::tr("Reminders: %1 days before expiry, and once expired.").arg(applied.toString()));
        return {};
    }

    const QString option = args.flag(QStringLiteral("snooze")) ? QStringLiteral("snooze")
                           : args.flag(QStringLiteral("mute")) ? QStringLiteral("mute")
                                                               : QStringLiteral("unmute");
    auto found = findTracked(scan, vault, args.option(option));
    if (!found)
        return found.error();
    const TrackedCertificate& item = *found.value();
    QString message;
    if (option == QLatin1String("snooze")) {
        int days = 1;
        if (args.flag(QStringLiteral("snooze-days"))) {
            bool ok = false;
            days = args.option(QStringLiteral("snooze-days")).toInt(&ok);
            if (!ok || days < 1 || days > 365)
                return makeError(ErrorCode::Usage, QObject::tr("--snooze-days needs a number of days from 1 to 365."));
        }
        const QDateTime until = now.addDays(days);
        if (auto stored = vault.snoozeReminder(item.fingerprint, until); !stored)
            return stored;
        message = QObject::tr("No reminder for “%1” until %2.").arg(item.name, isoUtc(until));
    } else {
        const bool mute = option == QLatin1String("mute");
        if (auto stored = vault.setReminderMuted(item.fingerprint, mute); !stored)
            return stored;
        message = mute
                      ? QObject::tr("No more reminders for “%1” (certdesk-cli remind --unmute %2 turns them on again).")
                            .arg(item.name, handleOf(item))
                      : QObject::tr("Reminders for “%1” are on again.").arg(item.name);
    }
    if (args.json) {
        printJson(QJsonObject{
            {QStringLiteral("fingerprintSha256"), item.certificate.fingerprintSha256()},
            {QStringLiteral("id"), item.entryId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.entryId)},
            {QStringLiteral("changed"), option}});
    } else {
        say(message);
    }
    return {};
}

void printScan(const ExpiryScan& scan, const QDateTime& now)
{
    QList<const TrackedCertificate*> attention;
    for (const TrackedCertificate& item : scan.items) {
        if (item.state.needsAttention())
            attention << &item;
    }
    if (attention.isEmpty()) {
        if (scan.items.isEmpty()) {
            say(QObject::tr("No certificate to keep an eye on yet."));
            return;
        }
        const TrackedCertificate& next = scan.items.first();
        say(QObject::tr("Nothing needs attention: %n certificate(s) tracked; the next to expire is “%1” on %2.",
                        nullptr, static_cast<int>(scan.items.size()))
                .arg(next.name, dateText(next.certificate.notAfter())));
        return;
    }
    say(QObject::tr("Needs attention (%1 of %2 tracked):").arg(attention.size()).arg(scan.items.size()));
    for (const TrackedCertificate* item : attention) {
        QString flags;
        if (item->reminder.muted)
            flags = QObject::tr(" [reminders off]");
        else if (item->isSnoozed(now))
            flags = QObject::tr(" [snoozed until %1]").arg(isoUtc(item->reminder.snoozedUntil));
        say(QStringLiteral("  %1  %2 (%3)  %4 — %5%6")
                .arg(handleOf(*item), -8)
                .arg(item->whenText(), dateText(item->certificate.notAfter()), item->name,
                     item->locations.join(QStringLiteral(", ")), flags));
        if (item->renewalReady) {
            say(QObject::tr("            renewal %1 has its certificate: put it in place with certdesk-cli replace %1")
                    .arg(item->renewalId));
        } else if (!item->renewalId.isEmpty()) {
            say(QObject::tr("            renewal %1 requested on %2: import its certificate with "
                            "certdesk-cli import FILE --replace")
                    .arg(item->renewalId, dateText(item->renewalRequested)));
        } else if (!item->entryId.isEmpty()) {
            say(QObject::tr("            renew it with: certdesk-cli renew %1").arg(item->entryId));
        }
    }
}

/// Acts on what the user clicked: "Remind me tomorrow", or "Renew…" (opens the desktop app on the renewal).
QJsonArray handleResponses(Vault& vault, const QList<Announcement>& sent,
                           const QList<DesktopNotifier::Outcome>& outcomes, const QDateTime& now, bool quiet)
{
    QJsonArray json;
    for (const DesktopNotifier::Outcome& outcome : outcomes) {
        const Announcement* announcement = nullptr;
        for (const Announcement& candidate : sent) {
            if (candidate.notificationId == outcome.id)
                announcement = &candidate;
        }
        if (!announcement)
            continue;
        const TrackedCertificate& item = announcement->item;
        QJsonObject response{
            {QStringLiteral("fingerprintSha256"), item.certificate.fingerprintSha256()},
            {QStringLiteral("action"), outcome.actionKey.isEmpty() ? QStringLiteral("closed") : outcome.actionKey}};
        if (outcome.actionKey == QLatin1String(kSnoozeAction)) {
            auto snoozed = snoozeUntilTomorrow(vault, item, now);
            response[QStringLiteral("ok")] = snoozed.ok();
            if (!quiet)
                say(snoozed ? QObject::tr("“%1”: reminding you again tomorrow.").arg(item.name)
                            : snoozed.error().message);
        } else if (outcome.actionKey == QLatin1String(kRenewAction)) {
            const QString app = desktopAppPath();
            const bool started =
                !app.isEmpty() && QProcess::startDetached(app, {QStringLiteral("--renew"), item.entryId});
            response[QStringLiteral("ok")] = started;
            if (!quiet) {
                say(started ? QObject::tr("“%1”: opened CertDesk to renew it.").arg(item.name)
                            : QObject::tr("“%1”: CertDesk's window could not be opened; renew it with: certdesk-cli "
                                          "renew %2")
                                  .arg(item.name, item.entryId));
            }
        }
        json.append(response);
    }
    return json;
}

} // namespace

Result<void> remindCommand(CommandContext& context)
{
    const CliArguments& args = context.args;
    const bool changing = args.flag(QStringLiteral("set-days")) || args.flag(QStringLiteral("snooze")) ||
                          args.flag(QStringLiteral("mute")) || args.flag(QStringLiteral("unmute"));
    int settings = 0;
    for (const char* name : {"set-days", "snooze", "mute", "unmute", "notify"})
        settings += args.flag(QLatin1String(name)) ? 1 : 0;
    if (settings > 1)
        return makeError(ErrorCode::Usage,
                         QObject::tr("Give one of --notify, --snooze, --mute, --unmute and --set-days at a time."));
    if (args.flag(QStringLiteral("entry")) && !args.flag(QStringLiteral("set-days")))
        return makeError(ErrorCode::Usage, QObject::tr("--entry goes with --set-days."));
    // The policy may set the default reminder days: a malformed one is reported, not silently replaced.
    if (auto policy = organisationPolicy(); !policy)
        return policy.error();
    // Nobody is there to click "Renew…" in a script: --non-interactive sends and does not wait, unless told to.
    int waitSeconds = args.nonInteractive ? 0 : kDefaultWaitSeconds;
    if (args.flag(QStringLiteral("wait"))) {
        bool ok = false;
        waitSeconds = args.option(QStringLiteral("wait")).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 86400)
            return makeError(ErrorCode::Usage,
                             QObject::tr("--wait needs a number of seconds (0 to send and not wait)."));
        if (!args.flag(QStringLiteral("notify")))
            return makeError(ErrorCode::Usage, QObject::tr("--wait goes with --notify."));
    }

    auto opened = context.vault();
    if (!opened)
        return opened.error();
    Vault& vault = *opened.value();
    const QDateTime now = Clock::now();
    ExpiryScanOptions options;
    options.includeStores = !args.flag(QStringLiteral("no-stores"));
    options.homeDirectory = QDir::homePath();
    if (args.flag(QStringLiteral("set-days")))
        options.includeStores = false; // settings need no store
    auto scan = ExpiryScan::run(vault, options, now);
    if (!scan)
        return scan.error();
    if (changing)
        return changeSettings(context, vault, scan.value(), now);

    QList<Announcement> sent;
    QJsonArray responses;
    std::unique_ptr<DesktopNotifier> notifier;
    if (args.flag(QStringLiteral("notify"))) {
        notifier = std::make_unique<DesktopNotifier>();
        if (auto probed = notifier->probe(); !probed)
            return probed.error();
        // Buttons only when this process stays to act on them.
        const bool withActions = waitSeconds > 0 && notifier->supportsActions();
        auto announced = announceDue(vault, scan.value(), now, [&](const TrackedCertificate& item) {
            return notifier->send(reminderNotification(item, withActions));
        });
        if (!announced)
            return announced.error();
        sent = announced.value();
    }

    if (!args.json) {
        printScan(scan.value(), now);
        for (const QString& note : scan.value().notes)
            tell(QObject::tr("Note: %1").arg(note));
        if (notifier) {
            say(sent.isEmpty()
                    ? QObject::tr("No new reminder to send (each is sent once per threshold).")
                    : QObject::tr("Sent %n reminder(s) to the desktop.", nullptr, static_cast<int>(sent.size())));
        }
    }
    if (notifier && !sent.isEmpty() && waitSeconds > 0 && notifier->supportsActions()) {
        QList<quint32> ids;
        for (const Announcement& announcement : sent)
            ids << announcement.notificationId;
        if (!args.json)
            tell(QObject::tr("Waiting up to %1 s for an answer to the reminders (Ctrl+C stops waiting).")
                     .arg(waitSeconds));
        responses = handleResponses(vault, sent, notifier->waitForResponses(ids, waitSeconds * 1000), now, args.json);
    }
    if (args.json) {
        QJsonArray items;
        int attention = 0;
        for (const TrackedCertificate& item : scan.value().items) {
            items.append(item.toJson(now));
            attention += item.state.needsAttention() ? 1 : 0;
        }
        QJsonArray notified;
        for (const Announcement& announcement : sent) {
            notified.append(QJsonObject{
                {QStringLiteral("id"), announcement.item.entryId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(announcement.item.entryId)},
                {QStringLiteral("fingerprintSha256"), announcement.item.certificate.fingerprintSha256()},
                {QStringLiteral("stage"), announcement.item.state.stage},
                {QStringLiteral("notification"), static_cast<qint64>(announcement.notificationId)}});
        }
        QJsonObject document{{QStringLiteral("checked"), isoUtc(now)},
                             {QStringLiteral("tracked"), items.size()},
                             {QStringLiteral("needsAttention"), attention},
                             {QStringLiteral("items"), items},
                             {QStringLiteral("notes"), QJsonArray::fromStringList(scan.value().notes)}};
        if (notifier) {
            document[QStringLiteral("notified")] = notified;
            document[QStringLiteral("responses")] = responses;
        }
        printJson(document);
    }
    return {};
}

} // namespace certdesk::cli
