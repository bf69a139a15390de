#pragma once

#include <QDateTime>

namespace certdesk {

/// The one place CertDesk asks for the time, so expiry and reminders can be tested at any simulated date.
/// CERTDESK_NOW (ISO 8601, e.g. "2027-03-01T09:00:00Z") fixes the time for a whole process (tests run certdesk-cli
/// this way); setOverride() does the same inside a test process. Otherwise: the system clock, in UTC.
class Clock
{
public:
    static QDateTime now();
    /// An invalid time removes the override.
    static void setOverride(const QDateTime& time);
};

} // namespace certdesk
