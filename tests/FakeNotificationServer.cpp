#include "FakeNotificationServer.h"

#include <QDBusConnectionInterface>
#include <QDBusError>

namespace certdesk::test {

namespace {

QString serviceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}
QString objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

} // namespace

FakeNotificationServer::FakeNotificationServer(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus)
{
}

FakeNotificationServer::~FakeNotificationServer()
{
    if (m_started) {
        m_bus.unregisterService(serviceName());
        m_bus.unregisterObject(objectPath());
    }
}

bool FakeNotificationServer::start()
{
    if (!m_bus.isConnected()) {
        m_error = QStringLiteral("not connected to D-Bus: %1").arg(m_bus.lastError().message());
        return false;
    }
    if (!m_bus.registerObject(objectPath(), this,
                              QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals)) {
        m_error = QStringLiteral("cannot export %1: %2").arg(objectPath(), m_bus.lastError().message());
        return false;
    }
    // Not queued, no replacement: a real server already on this bus must make the test fail, not be displaced.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply = m_bus.interface()->registerService(
        serviceName(), QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        m_error = reply.isValid() ? QStringLiteral("%1 is already owned by %2")
                                        .arg(serviceName(), m_bus.interface()->serviceOwner(serviceName()).value())
                                  : QStringLiteral("cannot own %1: %2").arg(serviceName(), reply.error().message());
        m_bus.unregisterObject(objectPath());
        return false;
    }
    m_started = true;
    return true;
}

void FakeNotificationServer::setSupportsActions(bool supportsActions)
{
    m_capabilities.removeAll(QStringLiteral("actions"));
    if (supportsActions)
        m_capabilities.prepend(QStringLiteral("actions"));
}

void FakeNotificationServer::invokeAction(quint32 id, const QString& key)
{
    emit ActionInvoked(id, key);
}

void FakeNotificationServer::closeNotification(quint32 id, quint32 reason)
{
    emit NotificationClosed(id, reason);
}

bool FakeNotificationServer::swallowCall()
{
    if (m_responsive || !calledFromDBus())
        return false;
    setDelayedReply(true); // and never send it
    return true;
}

QStringList FakeNotificationServer::GetCapabilities()
{
    if (swallowCall())
        return {};
    return m_capabilities;
}

QString FakeNotificationServer::GetServerInformation(QString& vendor, QString& version, QString& specVersion)
{
    if (swallowCall())
        return {};
    vendor = QStringLiteral("CertDesk tests");
    version = QStringLiteral("1.0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("certdesk-fake-notifications");
}

uint FakeNotificationServer::Notify(const QString& appName, uint replacesId, const QString& appIcon,
                                    const QString& summary, const QString& body, const QStringList& actions,
                                    const QVariantMap& hints, int expireTimeout)
{
    if (swallowCall())
        return 0;
    // As the spec says: replacing an id keeps it; otherwise a new one, never 0.
    const quint32 id = replacesId != 0 ? replacesId : m_nextId++;
    m_calls.append(Call{id, appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    emit notified(id);
    return id;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    if (swallowCall())
        return;
    m_closeRequests.append(id);
    emit NotificationClosed(id, 3);
}

} // namespace certdesk::test
