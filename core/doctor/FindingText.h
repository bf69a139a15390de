#pragma once

#include "doctor/DoctorTarget.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace certdesk::findingtext {

// How findings write dates, names and places, the same in every sentence.

inline QString dateText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

inline QString quoted(const QString& text)
{
    return QObject::tr("“%1”").arg(text);
}

/// "host:port", or "[v6-address]:port".
inline QString hostPort(const DoctorTarget& target)
{
    return target.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
                                                  : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

} // namespace certdesk::findingtext
