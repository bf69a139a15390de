#include "expiry/Clock.h"

#include <QMutex>
#include <QTimeZone>

namespace certdesk {

namespace {

QMutex s_mutex;
QDateTime s_override;

} // namespace

QDateTime Clock::now()
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_override.isValid())
            return s_override;
    }
    static const QDateTime fromEnvironment = [] {
        const QString text = qEnvironmentVariable("CERTDESK_NOW");
        return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate).toUTC();
    }();
    if (fromEnvironment.isValid())
        return fromEnvironment;
    return QDateTime::currentDateTimeUtc();
}

void Clock::setOverride(const QDateTime& time)
{
    QMutexLocker lock(&s_mutex);
    s_override = time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace certdesk
