#pragma once

#include "crypto/Certificate.h"
#include "expiry/Expiry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk {

/// One certificate to put in the expiry calendar.
struct CalendarEvent
{
    /// Stable across exports (e.g. vault entry id + "@certdesk"), so a calendar that imports again updates the event
    /// instead of adding a second one.
    QString uid;
    QString name;
    Certificate certificate;
    /// A command that renews the certificate ("certdesk-cli renew 1a2b3c4d"); may be empty.
    QString renewHint;
};

/// An RFC 5545 iCalendar (UTF-8, CRLF, folded lines) with one event at each certificate's expiry, a reminder alarm
/// for every threshold and one at the moment of expiry. `stamp` becomes every event's DTSTAMP.
///
/// Alarms that would fire before the certificate became valid are left out: "expires in 30 days" is false for a
/// 7-day certificate, and calendar clients show missed alarms when a file is imported. Certificates without a
/// readable expiry date are skipped.
QByteArray expiryCalendar(const QList<CalendarEvent>& events, const ReminderThresholds& thresholds,
                          const QDateTime& stamp);

} // namespace certdesk
