#include "notify/DesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusError>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QVariantMap>

#include <algorithm>

namespace certdesk {

namespace {

QString notificationsService()
{
    return QStringLiteral("org.freedesktop.Notifications");
}
QString notificationsPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}
QString notificationsInterface()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

/// Answers nobody collects (a tray app that only listens to the signals) must not pile up for ever.
constexpr qsizetype MaxUnclaimedOutcomes = 256;

QString describe(const QDBusError& error)
{
    return QStringLiteral("%1: %2").arg(error.name(), error.message());
}

Error noSessionBus(const QString& detail)
{
    return makeError(ErrorCode::Keystore,
                     DesktopNotifier::tr("There is no desktop session bus (D-Bus) here, so CertDesk cannot show "
                                         "desktop notifications. Run CertDesk inside a desktop session, or set "
                                         "DBUS_SESSION_BUS_ADDRESS to the session's bus."),
                     detail, QStringLiteral("no-session-bus"));
}

Error noNotificationServer(const QString& detail)
{
    return makeError(ErrorCode::Keystore,
                     DesktopNotifier::tr("No desktop notification service is running in this session, so CertDesk "
                                         "cannot show notifications. Start the desktop's notification service (GNOME "
                                         "and KDE have one built in; elsewhere, for example, dunst or mako)."),
                     detail, QStringLiteral("no-notification-server"));
}

Error notificationServerCannotStart(const QString& detail)
{
    return makeError(ErrorCode::Keystore,
                     DesktopNotifier::tr("A desktop notification service is installed but could not start in this "
                                         "session, so CertDesk cannot show notifications. It usually needs a "
                                         "graphical desktop: log in to one and try again, or ask your helpdesk to "
                                         "check the notification service."),
                     detail, QStringLiteral("notification-server-failed"));
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent) : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, QObject* parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return; // every call reports it
    // With the well-known name as sender, QtDBus only passes on signals from whoever owns the name now.
    m_bus.connect(notificationsService(), notificationsPath(), notificationsInterface(),
                  QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(notificationsService(), notificationsPath(), notificationsInterface(),
                  QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint, uint)));
}

Result<void> DesktopNotifier::probe(int timeoutMs)
{
    auto capabilities = call(QStringLiteral("GetCapabilities"), {}, timeoutMs);
    if (!capabilities)
        return capabilities.error();
    auto information = call(QStringLiteral("GetServerInformation"), {}, timeoutMs);
    if (!information)
        return information.error();
    m_capabilities = capabilities.value().arguments().value(0).toStringList();
    m_serverName = information.value().arguments().value(0).toString();
    m_probed = true;
    return {};
}

Result<quint32> DesktopNotifier::send(const Notification& notification, int timeoutMs)
{
    if (!m_probed) {
        auto probed = probe(timeoutMs);
        if (!probed)
            return probed.error();
    }
    // The spec's actions list is flat: key, label, key, label …
    QStringList actions;
    if (supportsActions()) {
        for (const Action& action : notification.actions)
            actions << action.key << action.label;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), applicationId());
    // The spec types urgency as a byte; an int hint is ignored by some servers (dunst, notify-osd).
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(static_cast<uchar>(std::clamp(notification.urgency, 0, 2))));
    // A server with body-markup parses the body, so a certificate named "R&D <lab>" would vanish or break it.
    const QString body =
        m_capabilities.contains(QStringLiteral("body-markup")) ? notification.body.toHtmlEscaped() : notification.body;
    const QList<QVariant> arguments{QStringLiteral("CertDesk"),
                                    static_cast<uint>(notification.replacesId),
                                    notification.iconName,
                                    notification.title,
                                    body,
                                    actions,
                                    hints,
                                    notification.timeoutMs};
    auto reply = call(QStringLiteral("Notify"), arguments, timeoutMs);
    if (!reply)
        return reply.error();
    const QList<QVariant> values = reply.value().arguments();
    if (values.isEmpty() || values.first().metaType().id() != QMetaType::UInt) {
        return makeError(ErrorCode::Keystore,
                         tr("The desktop notification service gave an answer CertDesk does not understand, so the "
                            "notification may not have been shown. Restart the notification service and try again."),
                         QStringLiteral("Notify returned signature \"%1\"").arg(reply.value().signature()),
                         QStringLiteral("notification-failed"));
    }
    const quint32 id = values.first().toUInt();
    m_open.insert(id);
    m_awaiting.insert(id);
    return id;
}

Result<void> DesktopNotifier::close(quint32 id, int timeoutMs)
{
    auto reply = call(QStringLiteral("CloseNotification"), {static_cast<uint>(id)}, timeoutMs);
    if (!reply)
        return reply.error();
    return {};
}

QList<DesktopNotifier::Outcome> DesktopNotifier::waitForResponses(const QList<quint32>& ids, int timeoutMs)
{
    QSet<quint32> waiting(ids.cbegin(), ids.cend());
    QList<Outcome> outcomes;
    auto collect = [&]() {
        for (auto it = m_unclaimed.begin(); it != m_unclaimed.end();) {
            if (waiting.remove(it->id)) {
                m_awaiting.remove(it->id);
                outcomes << *it;
                it = m_unclaimed.erase(it);
            } else {
                ++it;
            }
        }
    };
    collect();
    // Nothing will ever come for ids this notifier did not send, or whose answer it has returned already.
    waiting.intersect(m_awaiting);
    if (waiting.isEmpty() || timeoutMs <= 0 || !QCoreApplication::instance())
        return outcomes;

    QEventLoop loop;
    auto answered = [&]() {
        collect();
        if (waiting.isEmpty())
            loop.quit();
    };
    connect(this, &DesktopNotifier::actionInvoked, &loop, answered);
    connect(this, &DesktopNotifier::closed, &loop, answered);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcomes;
}

void DesktopNotifier::onActionInvoked(uint id, const QString& actionKey)
{
    if (!m_open.contains(id))
        return; // another application's notification
    if (m_awaiting.contains(id))
        remember(Outcome{id, actionKey, false, 0});
    emit actionInvoked(id, actionKey);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    if (!m_open.remove(id))
        return;
    if (m_awaiting.contains(id))
        remember(Outcome{id, QString(), true, reason});
    emit closed(id, reason);
}

void DesktopNotifier::remember(const Outcome& outcome)
{
    for (Outcome& known : m_unclaimed) {
        if (known.id == outcome.id) {
            // Servers close a notification right after its action was invoked: keep the action, note the close.
            if (outcome.closed) {
                known.closed = true;
                known.closeReason = outcome.closeReason;
            }
            return;
        }
    }
    m_unclaimed.append(outcome);
    if (m_unclaimed.size() > MaxUnclaimedOutcomes)
        m_awaiting.remove(m_unclaimed.takeFirst().id);
}

Result<QDBusMessage> DesktopNotifier::call(const QString& method, const QList<QVariant>& arguments, int timeoutMs)
{
    timeoutMs = std::max(timeoutMs, 1);
    if (!m_bus.isConnected()) {
        const QDBusError why = m_bus.lastError();
        return noSessionBus(why.isValid() ? describe(why) : QStringLiteral("not connected to a D-Bus session bus"));
    }
    QDBusMessage message =
        QDBusMessage::createMethodCall(notificationsService(), notificationsPath(), notificationsInterface(), method);
    message.setArguments(arguments);
    // libdbus ends the call with NoReply after timeoutMs. Waiting in an event loop rather than blocking lets a
    // server in this very thread answer; the guard timer covers a connection that dies without a word.
    QDBusPendingCall pending = m_bus.asyncCall(message, timeoutMs);
    if (!pending.isFinished()) {
        if (QCoreApplication::instance()) {
            QEventLoop loop;
            QDBusPendingCallWatcher watcher(pending);
            connect(&watcher, &QDBusPendingCallWatcher::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        } else {
            pending.waitForFinished();
        }
    }
    if (!pending.isFinished()) {
        return busError(
            QDBusError(QDBusError::NoReply, QStringLiteral("no reply to %1 within %2 ms").arg(method).arg(timeoutMs)),
            timeoutMs);
    }
    QDBusMessage reply = pending.reply();
    if (reply.type() != QDBusMessage::ReplyMessage)
        return busError(QDBusError(reply), timeoutMs);
    return reply;
}

Error DesktopNotifier::busError(const QDBusError& error, int timeoutMs) const
{
    const QString detail = describe(error);
    switch (error.type()) {
    case QDBusError::Disconnected:
    case QDBusError::NoServer:
    case QDBusError::BadAddress:
    case QDBusError::NoNetwork:
        return noSessionBus(detail);
    case QDBusError::ServiceUnknown:
        return noNotificationServer(detail);
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
        return makeError(ErrorCode::Keystore,
                         tr("The desktop notification service did not answer within %1 seconds. It may be busy or "
                            "stuck: try again, or restart it (logging out and back in does).")
                             .arg(timeoutMs / 1000.0),
                         detail, QStringLiteral("notification-timeout"));
    default:
        break;
    }
    const QString name = error.name();
    if (name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return noNotificationServer(detail);
    // A failed D-Bus activation (Spawn.ChildExited, ChildSignaled, ExecFailed…): a service is installed, but it died
    // or could not run — typically a daemon such as dunst started where there is no display.
    if (name.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn.")))
        return notificationServerCannotStart(detail);
    return makeError(ErrorCode::Keystore,
                     tr("The desktop notification service refused the request, so the notification was not shown. "
                        "Restart the notification service and try again."),
                     detail, QStringLiteral("notification-failed"));
}

} // namespace certdesk
