#include "workflows/Reminders.h"

#include <QLocale>
#include <QObject>

namespace certdesk {

DesktopNotifier::Notification reminderNotification(const TrackedCertificate& item, bool withActions)
{
    DesktopNotifier::Notification notification;
    const QString date = QLocale().toString(item.certificate.notAfter().toLocalTime().date(), QLocale::LongFormat);
    if (item.state.expired) {
        notification.title = QObject::tr("Certificate “%1” has expired").arg(item.name);
        notification.body = QObject::tr("It expired on %1. Whatever uses it (signing in, e-mail, a server) no longer "
                                        "accepts it; renew it now.")
                                .arg(date);
    } else {
        notification.title = QObject::tr("Certificate “%1” %2").arg(item.name, item.whenText());
        notification.body = QObject::tr("It is valid until %1. Renew it before then so that everything using it keeps "
                                        "working.")
                                .arg(date);
    }
    if (item.renewalReady) {
        notification.body += QLatin1Char(' ') + QObject::tr("Its renewed certificate has arrived: open CertDesk and "
                                                            "replace the old one with it.");
    } else if (item.renewalRequested.isValid()) {
        notification.body += QLatin1Char(' ') + QObject::tr("A renewal was requested on %1: import the certificate as "
                                                            "soon as your certificate authority sends it.")
                                                    .arg(QLocale().toString(item.renewalRequested.toLocalTime().date(),
                                                                            QLocale::ShortFormat));
    }
    notification.body += QLatin1Char('\n') + QObject::tr("Found in: %1").arg(item.locations.join(QStringLiteral(", ")));
    notification.urgency = item.state.expired || item.state.daysLeft < 3 ? 2 : 1;
    if (withActions) {
        if (!item.entryId.isEmpty() && item.renewalId.isEmpty())
            notification.actions << DesktopNotifier::Action{QLatin1String(kRenewAction), QObject::tr("Renew…")};
        notification.actions << DesktopNotifier::Action{QLatin1String(kSnoozeAction),
                                                        QObject::tr("Remind me tomorrow")};
    }
    return notification;
}

Result<QList<Announcement>> announceDue(Vault& vault, const ExpiryScan& scan, const QDateTime& now,
                                        const std::function<Result<quint32>(const TrackedCertificate&)>& send)
{
    QList<const TrackedCertificate*> due;
    for (const TrackedCertificate& item : scan.items) {
        if (item.isDue(now))
            due << &item;
    }
    // Most urgent first: the highest stage, then the earliest expiry.
    std::stable_sort(due.begin(), due.end(), [](const TrackedCertificate* a, const TrackedCertificate* b) {
        return a->state.stage > b->state.stage;
    });
    QList<Announcement> sent;
    for (const TrackedCertificate* item : due) {
        auto claimed = vault.claimReminder(item->fingerprint, item->state.stage, now);
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            continue;
        auto id = send(*item);
        if (!id) {
            if (auto released = vault.releaseReminder(item->fingerprint, item->reminder.announcedStage); !released)
                return released.error();
            return id.error();
        }
        sent << Announcement{*item, id.value()};
    }
    return sent;
}

Result<void> snoozeUntilTomorrow(Vault& vault, const TrackedCertificate& item, const QDateTime& now)
{
    return vault.snoozeReminder(item.fingerprint, now.addDays(1));
}

} // namespace certdesk
