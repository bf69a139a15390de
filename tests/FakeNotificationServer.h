#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace certdesk::test {

/// A freedesktop notification server for tests: owns org.freedesktop.Notifications on a given bus connection,
/// records every Notify call and lets the test invoke actions or close notifications with the real signals.
///
/// Put it on its own connection (QDBusConnection::connectToBus(SessionBus, "some name")) rather than the one the
/// code under test uses, so the calls go through the bus daemon as they would to a real server.
class FakeNotificationServer : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    /// One Notify call, as the server received it.
    struct Call
    {
        quint32 id = 0;
        QString appName;
        quint32 replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = -1;
    };

    static QStringList defaultCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

    explicit FakeNotificationServer(const QDBusConnection& bus, QObject* parent = nullptr);
    /// Releases the name and the object path.
    ~FakeNotificationServer() override;

    /// Exports the object and takes the name. False (see errorString()) when the name is taken or the bus is gone.
    bool start();
    QString errorString() const { return m_error; }

    void setCapabilities(const QStringList& capabilities) { m_capabilities = capabilities; }
    void setSupportsActions(bool supportsActions);
    /// When false, method calls are accepted but never answered, so callers run into their timeout.
    void setResponsive(bool responsive) { m_responsive = responsive; }

    const QList<Call>& calls() const { return m_calls; }
    QList<quint32> closeRequests() const { return m_closeRequests; }

    /// Emits ActionInvoked(id, key) on the bus, as when the user clicks an action.
    void invokeAction(quint32 id, const QString& key);
    /// Emits NotificationClosed(id, reason): 1 expired, 2 dismissed by the user, 3 CloseNotification, 4 other.
    void closeNotification(quint32 id, quint32 reason = 2);

    // The org.freedesktop.Notifications interface (spec 1.2); only Q_SCRIPTABLE members are exported.
public slots:
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE QString GetServerInformation(QString& vendor, QString& version, QString& specVersion);
    Q_SCRIPTABLE uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                             const QString& body, const QStringList& actions, const QVariantMap& hints,
                             int expireTimeout);
    Q_SCRIPTABLE void CloseNotification(uint id);

signals:
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString& actionKey);

    /// For the test (not on the bus): a Notify call was recorded as calls().last().
    void notified(quint32 id);

private:
    /// In unresponsive mode: take the call and never answer it.
    bool swallowCall();

    QDBusConnection m_bus;
    bool m_started = false;
    QString m_error;
    QStringList m_capabilities = defaultCapabilities();
    bool m_responsive = true;
    QList<Call> m_calls;
    QList<quint32> m_closeRequests;
    quint32 m_nextId = 1;
};

} // namespace certdesk::test
