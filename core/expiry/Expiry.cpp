#include "expiry/Expiry.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace certdesk {

ReminderThresholds ReminderThresholds::defaults()
{
    return ReminderThresholds{{30, 14, 7, 3, 1}};
}

Result<ReminderThresholds> ReminderThresholds::parse(const QString& text)
{
    ReminderThresholds thresholds;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const int days = part.trimmed().toInt(&ok);
        if (!ok || days < 1 || days > 3650) {
            return makeError(ErrorCode::Usage,
                             QObject::tr("“%1” is not a number of days between 1 and 3650; write the reminder days "
                                         "like 30,14,7,3,1.")
                                 .arg(part.trimmed()),
                             {}, QStringLiteral("bad-thresholds"));
        }
        if (thresholds.days.contains(days)) {
            return makeError(ErrorCode::Usage, QObject::tr("The reminder day %1 is given twice.").arg(days), {},
                             QStringLiteral("bad-thresholds"));
        }
        thresholds.days << days;
    }
    if (thresholds.days.isEmpty()) {
        return makeError(ErrorCode::Usage, QObject::tr("Give at least one reminder day, like 30,14,7,3,1."), {},
                         QStringLiteral("bad-thresholds"));
    }
    std::sort(thresholds.days.begin(), thresholds.days.end(), std::greater<int>());
    return thresholds;
}

QString ReminderThresholds::toString() const
{
    QStringList parts;
    for (int day : days)
        parts << QString::number(day);
    return parts.join(QLatin1Char(','));
}

qint64 ExpiryState::daysUntil(const QDateTime& notAfter, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(notAfter);
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

ExpiryState ExpiryState::of(const Certificate& certificate, const ReminderThresholds& thresholds, const QDateTime& now)
{
    ExpiryState state;
    if (certificate.isNull())
        return state;
    const QDateTime notAfter = certificate.notAfter();
    const qint64 remaining = notAfter.isValid() ? now.secsTo(notAfter) : 0;
    state.daysLeft = daysUntil(notAfter, now);
    if (!notAfter.isValid() || remaining <= 0) {
        state.expired = true;
        state.stage = static_cast<int>(thresholds.days.size());
        return state;
    }
    for (qsizetype k = 0; k < thresholds.days.size(); ++k) {
        if (remaining < qint64(thresholds.days[k]) * 86400) {
            state.stage = static_cast<int>(k);
            state.thresholdDays = thresholds.days[k];
        }
    }
    const qint64 lifetime = certificate.notBefore().secsTo(notAfter);
    if (state.stage < 0 && lifetime > 0 && remaining * 3 < lifetime && !thresholds.days.isEmpty()) {
        state.stage = 0;
        state.thresholdDays = thresholds.days.first();
        state.byLifetime = true;
    }
    return state;
}

} // namespace certdesk
