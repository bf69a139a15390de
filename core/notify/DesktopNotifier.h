#pragma once

#include "Result.h"
#include "desktop/ApplicationId.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QDBusError;

namespace certdesk {

/// Desktop notifications through the freedesktop Notifications service (org.freedesktop.Notifications on the
/// session bus). Every call is bounded by a timeout and none of them prompts. Failures are ErrorCode::Keystore with
/// reason "no-session-bus", "no-notification-server", "notification-server-failed" (installed, but its D-Bus
/// activation failed), "notification-timeout" or, for any other D-Bus error, "notification-failed".
///
/// Calls wait in a local event loop (user input excluded), so a notification server living in the same thread —
/// as the test server does — can still answer.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        QString key;
        QString label;
    };

    struct Notification
    {
        QString title;
        /// Plain text; escaped for servers that advertise "body-markup".
        QString body;
        QString iconName = applicationId();
        /// Sent only when the server advertises the "actions" capability.
        QList<Action> actions;
        /// 0 low, 1 normal, 2 critical (hint "urgency", a byte).
        int urgency = 1;
        /// -1: the server decides; 0: never expires.
        int timeoutMs = -1;
        quint32 replacesId = 0;
    };

    /// What became of one notification: an action, or closed without one.
    struct Outcome
    {
        quint32 id = 0;
        /// Empty when closed without an action.
        QString actionKey;
        bool closed = false;
        /// The NotificationClosed reason when closed: 1 expired, 2 dismissed, 3 closed by close(), 4 other.
        quint32 closeReason = 0;
    };

    static constexpr int DefaultTimeoutMs = 5000;

    /// On the session bus.
    explicit DesktopNotifier(QObject* parent = nullptr);
    explicit DesktopNotifier(const QDBusConnection& bus, QObject* parent = nullptr);

    /// Is a notification server there? Asks GetCapabilities and GetServerInformation, each bounded by `timeoutMs`.
    Result<void> probe(int timeoutMs = DefaultTimeoutMs);
    /// Valid after a successful probe() (send() probes on first use).
    bool supportsActions() const { return m_capabilities.contains(QStringLiteral("actions")); }
    QStringList capabilities() const { return m_capabilities; }
    /// The server's name from GetServerInformation ("gnome-shell", "Plasma", "dunst" …).
    QString serverName() const { return m_serverName; }

    /// Shows a notification; returns the server's id for it. Probes first when probe() has not succeeded yet.
    Result<quint32> send(const Notification& notification, int timeoutMs = DefaultTimeoutMs);
    Result<void> close(quint32 id, int timeoutMs = DefaultTimeoutMs);

    /// Runs a local event loop until every id in `ids` was closed or acted on, or `timeoutMs` passed. Returns one
    /// Outcome per id that got an answer, in the order the answers came; ids without an answer are left out.
    /// Answers that arrived since send() are kept for this, so none is lost between send() and the wait. Each
    /// answer is returned once; ids that were not sent by this notifier, or whose answer was returned already, are
    /// not waited for.
    QList<Outcome> waitForResponses(const QList<quint32>& ids, int timeoutMs);

signals:
    /// Only for notifications this notifier sent.
    void actionInvoked(quint32 id, const QString& actionKey);
    void closed(quint32 id, quint32 reason);

private slots:
    void onActionInvoked(uint id, const QString& actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    Result<QDBusMessage> call(const QString& method, const QList<QVariant>& arguments, int timeoutMs);
    Error busError(const QDBusError& error, int timeoutMs) const;
    void remember(const Outcome& outcome);

    QDBusConnection m_bus;
    bool m_probed = false;
    QStringList m_capabilities;
    QString m_serverName;
    /// Sent and not closed yet: signals are emitted for these.
    QSet<quint32> m_open;
    /// Sent and not yet returned by waitForResponses().
    QSet<quint32> m_awaiting;
    /// Answers waitForResponses() has not returned yet, oldest first.
    QList<Outcome> m_unclaimed;
};

} // namespace certdesk
