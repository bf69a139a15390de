#pragma once

#include "Result.h"
#include "crypto/Certificate.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk {

/// When to remind: days before expiry, most distant first ({30, 14, 7, 3, 1} by default), plus "expired".
struct ReminderThresholds
{
    QList<int> days;

    static ReminderThresholds defaults();
    /// "30,14,7,3,1" (any order, spaces allowed; each 1–3650 days, no duplicates).
    static Result<ReminderThresholds> parse(const QString& text);
    QString toString() const;
    bool operator==(const ReminderThresholds& other) const { return days == other.days; }
};

/// Where a certificate stands against its reminder thresholds.
///
/// A certificate is *expiring* once fewer days remain than the first (largest) threshold, or less than a third of
/// its lifetime remains, whichever comes first — so a 7-day certificate is flagged as well as a 3-year one.
/// Stages count upward with urgency: -1 nothing to say; 0 expiring (first threshold or a third of the lifetime);
/// k the k-th threshold has passed (days[k]); days.size() expired.
struct ExpiryState
{
    int stage = -1;
    /// The threshold that stage stands for, in days (-1 for "expired" and for "nothing to say").
    int thresholdDays = -1;
    qint64 daysLeft = 0;
    bool expired = false;
    /// Stage 0 reached because less than a third of the lifetime is left, before the first threshold.
    bool byLifetime = false;

    bool needsAttention() const { return stage >= 0; }

    static ExpiryState of(const Certificate& certificate, const ReminderThresholds& thresholds, const QDateTime& now);
    /// Whole days until `notAfter`, rounded toward minus infinity (one second past expiry is day -1).
    static qint64 daysUntil(const QDateTime& notAfter, const QDateTime& now);
};

} // namespace certdesk
