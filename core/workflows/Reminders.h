#pragma once

#include "Result.h"
#include "notify/DesktopNotifier.h"
#include "vault/Vault.h"
#include "workflows/ExpiryScan.h"

#include <functional>

namespace certdesk {

/// The keys of the two reminder actions.
inline constexpr char kRenewAction[] = "renew";
inline constexpr char kSnoozeAction[] = "snooze";

/// The notification for one certificate that needs attention: title, body in plain words, urgency, and — when
/// `withActions` — "Renew…" (vault identities only) and "Remind me tomorrow".
DesktopNotifier::Notification reminderNotification(const TrackedCertificate& item, bool withActions);

/// One reminder that went out.
struct Announcement
{
    TrackedCertificate item;
    quint32 notificationId = 0;
};

/// Announces every item of `scan` that is due at `now`, most urgent first, one notification per certificate: the
/// stage is claimed in the vault first (so another CertDesk process checking at the same moment stays quiet), then
/// `send` shows it; when sending fails the claim is given back and the error returned, so the reminder comes again
/// on the next check.
Result<QList<Announcement>> announceDue(Vault& vault, const ExpiryScan& scan, const QDateTime& now,
                                        const std::function<Result<quint32>(const TrackedCertificate&)>& send);

/// "Remind me tomorrow": quiet for a day, then the current stage is announced again.
Result<void> snoozeUntilTomorrow(Vault& vault, const TrackedCertificate& item, const QDateTime& now);

} // namespace certdesk
