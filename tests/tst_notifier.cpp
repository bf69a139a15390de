#include "FakeNotificationServer.h"
#include "TestSupport.h"

#include "notify/DesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace certdesk;
using certdesk::test::FakeNotificationServer;

namespace {

/// Set in the environment of a child run of this executable: it only probes with the default (session bus)
/// notifier and prints the error reason, so a test can give it a broken DBUS_SESSION_BUS_ADDRESS.
constexpr char ProbeOnlyVariable[] = "CERTDESK_TST_NOTIFIER_PROBE_ONLY";

QString notificationsService()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

DesktopNotifier::Notification renewalReminder()
{
    DesktopNotifier::Notification notification;
    notification.title = QStringLiteral("Certificate expires in 7 days");
    notification.body = QStringLiteral("alice@example.org (issued by Example CA) expires on 2031-05-04.");
    notification.actions = {{QStringLiteral("renew"), QStringLiteral("Renew now")},
                            {QStringLiteral("later"), QStringLiteral("Remind me tomorrow")}};
    notification.urgency = 2;
    notification.timeoutMs = 8000;
    return notification;
}

/// For QVERIFY2 messages, which are evaluated whether the check passes or not.
template<typename T>
QString describe(const Result<T>& result)
{
    if (result.ok())
        return {};
    return QStringLiteral("[%1] %2 (%3)").arg(result.error().reason, result.error().message, result.error().detail);
}

} // namespace

/// DesktopNotifier against FakeNotificationServer on a private session bus: CTest runs this inside
/// tests/run-with-keyring.sh. The server sits on its own connection, so every call crosses the bus daemon.
class TestNotifier : public QObject
{
    Q_OBJECT

    bool m_privateBus = qEnvironmentVariableIsSet("GNOME_KEYRING_CONTROL");

    static QDBusConnection serverBus()
    {
        return QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                             QStringLiteral("certdesk-test-notification-server"));
    }

    static std::unique_ptr<FakeNotificationServer> startServer(bool withActions = true)
    {
        auto server = std::make_unique<FakeNotificationServer>(serverBus());
        server->setSupportsActions(withActions);
        if (!server->start()) {
            qWarning("fake notification server: %s", qPrintable(server->errorString()));
            return {};
        }
        return server;
    }

private slots:
    void init()
    {
        // Never talk to a developer's real notification daemon: only a bus where the name is free will do.
        const bool haveBus = QDBusConnection::sessionBus().isConnected();
        const bool nameTaken =
            haveBus && QDBusConnection::sessionBus().interface()->isServiceRegistered(notificationsService()).value();
        if (!m_privateBus && (!haveBus || nameTaken))
            QSKIP("needs a session bus without a notification server: run under tests/run-with-keyring.sh");
        QVERIFY2(haveBus, "no session bus inside run-with-keyring.sh");
        QVERIFY2(!nameTaken, "org.freedesktop.Notifications is already owned on the private bus");
    }

    void probeFindsTheServer()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        auto probed = notifier.probe();
        QVERIFY2(probed.ok(), qPrintable(describe(probed)));
        QVERIFY(notifier.supportsActions());
        QCOMPARE(notifier.serverName(), QStringLiteral("certdesk-fake-notifications"));
        QCOMPARE(notifier.capabilities(), FakeNotificationServer::defaultCapabilities());
    }

    void sendDeliversEverything()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        // No probe() first: send() asks for the capabilities itself.
        auto sent = notifier.send(renewalReminder());
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QCOMPARE(server->calls().size(), 1);
        const FakeNotificationServer::Call& call = server->calls().first();
        QCOMPARE(call.id, sent.value());
        QCOMPARE(call.appName, QStringLiteral("CertDesk"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.icon, QStringLiteral("org.certdesk.CertDesk"));
        QCOMPARE(call.summary, QStringLiteral("Certificate expires in 7 days"));
        QCOMPARE(call.body, QStringLiteral("alice@example.org (issued by Example CA) expires on 2031-05-04."));
        QCOMPARE(call.actions, (QStringList{QStringLiteral("renew"), QStringLiteral("Renew now"),
                                            QStringLiteral("later"), QStringLiteral("Remind me tomorrow")}));
        QCOMPARE(call.timeout, 8000);
        QCOMPARE(call.hints.keys(), (QStringList{QStringLiteral("desktop-entry"), QStringLiteral("urgency")}));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")), QVariant(QStringLiteral("org.certdesk.CertDesk")));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));

        // The same notification again, replacing the first: same id, replaces_id passed on.
        DesktopNotifier::Notification update = renewalReminder();
        update.title = QStringLiteral("Certificate expires in 6 days");
        update.replacesId = sent.value();
        auto replaced = notifier.send(update);
        QVERIFY2(replaced.ok(), qPrintable(describe(replaced)));
        QCOMPARE(replaced.value(), sent.value());
        QCOMPARE(server->calls().size(), 2);
        QCOMPARE(server->calls().last().replacesId, sent.value());
        QCOMPARE(server->calls().last().summary, QStringLiteral("Certificate expires in 6 days"));
    }

    void urgencyIsAByte_data()
    {
        QTest::addColumn<int>("urgency");
        QTest::addColumn<int>("sent");
        QTest::newRow("low") << 0 << 0;
        QTest::newRow("normal") << 1 << 1;
        QTest::newRow("critical") << 2 << 2;
        QTest::newRow("above critical") << 7 << 2;
        QTest::newRow("below low") << -1 << 0;
    }

    void urgencyIsAByte()
    {
        QFETCH(int, urgency);
        QFETCH(int, sent);
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        DesktopNotifier::Notification notification = renewalReminder();
        notification.urgency = urgency;
        auto result = notifier.send(notification);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const QVariant hint = server->calls().value(0).hints.value(QStringLiteral("urgency"));
        QCOMPARE(hint.metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(int(hint.value<uchar>()), sent);
    }

    void noActionsWithoutTheCapability()
    {
        auto server = startServer(false);
        QVERIFY(server);
        DesktopNotifier notifier;
        QVERIFY(notifier.probe().ok());
        QVERIFY(!notifier.supportsActions());
        auto sent = notifier.send(renewalReminder());
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QCOMPARE(server->calls().size(), 1);
        QCOMPARE(server->calls().first().actions, QStringList());
        QCOMPARE(server->calls().first().summary, QStringLiteral("Certificate expires in 7 days"));
    }

    void bodyIsEscapedForMarkupServers()
    {
        auto server = startServer();
        QVERIFY(server);
        server->setCapabilities({QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")});
        DesktopNotifier notifier;
        DesktopNotifier::Notification notification;
        notification.title = QStringLiteral("R&D <lab> expires");
        notification.body = QStringLiteral("CN=R&D <lab>, O=\"Example\"");
        auto sent = notifier.send(notification);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        // The summary is never markup (spec); the body is, on this server.
        QCOMPARE(server->calls().first().summary, QStringLiteral("R&D <lab> expires"));
        QCOMPARE(server->calls().first().body, QStringLiteral("CN=R&amp;D &lt;lab&gt;, O=&quot;Example&quot;"));
    }

    void signalsArriveForTheRightId()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);
        QSignalSpy closings(&notifier, &DesktopNotifier::closed);
        auto first = notifier.send(renewalReminder());
        auto second = notifier.send(renewalReminder());
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value() != second.value());

        // Someone else's notifications on the same server: not ours to report.
        server->invokeAction(999, QStringLiteral("renew"));
        server->closeNotification(998, 2);
        server->invokeAction(second.value(), QStringLiteral("later"));
        server->closeNotification(first.value(), 1);
        QTRY_COMPARE(closings.size(), 1);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().value(0).value<quint32>(), second.value());
        QCOMPARE(actions.first().value(1).toString(), QStringLiteral("later"));
        QCOMPARE(closings.first().value(0).value<quint32>(), first.value());
        QCOMPARE(closings.first().value(1).value<quint32>(), 1u);

        // A closed notification is over: a late signal for it is ignored.
        server->closeNotification(first.value(), 2);
        QTest::qWait(200);
        QCOMPARE(closings.size(), 1);
    }

    void notifierStartedBeforeTheServerHearsIt()
    {
        // The tray app may start before the desktop's notification daemon.
        DesktopNotifier notifier;
        QVERIFY(!notifier.probe().ok());
        auto server = startServer();
        QVERIFY(server);
        QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);
        auto sent = notifier.send(renewalReminder());
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        server->invokeAction(sent.value(), QStringLiteral("renew"));
        QTRY_COMPARE(actions.size(), 1);
        QCOMPARE(actions.first().value(0).value<quint32>(), sent.value());
    }

    void closeClosesOnTheServer()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        QSignalSpy closings(&notifier, &DesktopNotifier::closed);
        auto sent = notifier.send(renewalReminder());
        QVERIFY(sent.ok());
        auto closed = notifier.close(sent.value());
        QVERIFY2(closed.ok(), qPrintable(describe(closed)));
        QCOMPARE(server->closeRequests(), QList<quint32>{sent.value()});
        QTRY_COMPARE(closings.size(), 1);
        QCOMPARE(closings.first().value(0).value<quint32>(), sent.value());
        QCOMPARE(closings.first().value(1).value<quint32>(), 3u);
    }

    void waitReturnsOnAction()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        auto sent = notifier.send(renewalReminder());
        QVERIFY(sent.ok());
        const quint32 id = sent.value();
        QTimer::singleShot(50, server.get(), [&server, id]() { server->invokeAction(id, QStringLiteral("renew")); });
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = notifier.waitForResponses({id}, 10000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().id, id);
        QCOMPARE(outcomes.first().actionKey, QStringLiteral("renew"));
        QVERIFY(!outcomes.first().closed);
        // Each answer is returned once, and no time is spent waiting for ids that cannot answer any more.
        timer.restart();
        QCOMPARE(notifier.waitForResponses({id, 4711}, 5000).size(), 0);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void waitReturnsOnClose()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        auto sent = notifier.send(renewalReminder());
        QVERIFY(sent.ok());
        const quint32 id = sent.value();
        QTimer::singleShot(50, server.get(), [&server, id]() { server->closeNotification(id, 2); });
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = notifier.waitForResponses({id}, 10000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().id, id);
        QCOMPARE(outcomes.first().actionKey, QString());
        QVERIFY(outcomes.first().closed);
        QCOMPARE(outcomes.first().closeReason, 2u);
    }

    void waitEndsAtItsTimeout()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        auto sent = notifier.send(renewalReminder());
        QVERIFY(sent.ok());
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = notifier.waitForResponses({sent.value()}, 300);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(outcomes.isEmpty());
        QVERIFY2(elapsed >= 290 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    }

    void waitCollectsSeveralAndKeepsEarlyAnswers()
    {
        auto server = startServer();
        QVERIFY(server);
        DesktopNotifier notifier;
        QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);
        QSignalSpy closings(&notifier, &DesktopNotifier::closed);
        QList<quint32> ids;
        for (int i = 0; i < 3; ++i) {
            auto sent = notifier.send(renewalReminder());
            QVERIFY(sent.ok());
            ids << sent.value();
        }
        // Answered before anyone waits: must not be lost.
        server->invokeAction(ids[1], QStringLiteral("renew"));
        QTRY_COMPARE(actions.size(), 1);
        // The server closes after the action, as real ones do: still one answer, now marked closed.
        server->closeNotification(ids[1], 2);
        QTRY_COMPARE(closings.size(), 1);
        QTimer::singleShot(50, server.get(), [&server, &ids]() { server->closeNotification(ids[0], 1); });
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = notifier.waitForResponses(ids, 500);
        const qint64 elapsed = timer.elapsed();
        // ids[2] never answers: the wait runs to its end and leaves it out.
        QVERIFY2(elapsed >= 490 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0].id, ids[1]);
        QCOMPARE(outcomes[0].actionKey, QStringLiteral("renew"));
        QVERIFY(outcomes[0].closed);
        QCOMPARE(outcomes[1].id, ids[0]);
        QCOMPARE(outcomes[1].actionKey, QString());
        QVERIFY(outcomes[1].closed);
        QCOMPARE(outcomes[1].closeReason, 1u);
    }

    void probeWithoutServerFailsFast()
    {
        DesktopNotifier notifier;
        QElapsedTimer timer;
        timer.start();
        auto probed = notifier.probe();
        QVERIFY(timer.elapsed() < 6000);
        QVERIFY(!probed.ok());
        QCOMPARE(probed.error().code, ErrorCode::Keystore);
        QCOMPARE(probed.error().reason, QStringLiteral("no-notification-server"));
        QVERIFY2(probed.error().message.startsWith(QStringLiteral("No desktop notification service is running")),
                 qPrintable(probed.error().message));
        QVERIFY2(probed.error().detail.contains(QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown")),
                 qPrintable(probed.error().detail));
        auto sent = notifier.send(renewalReminder());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().reason, QStringLiteral("no-notification-server"));
    }

    void silentServerTimesOut()
    {
        auto server = startServer();
        QVERIFY(server);
        server->setResponsive(false);
        DesktopNotifier notifier;
        QElapsedTimer timer;
        timer.start();
        auto probed = notifier.probe(300);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!probed.ok());
        QCOMPARE(probed.error().code, ErrorCode::Keystore);
        QCOMPARE(probed.error().reason, QStringLiteral("notification-timeout"));
        QVERIFY2(probed.error().message.contains(QStringLiteral("did not answer within 0.3 seconds")),
                 qPrintable(probed.error().message));
        QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        auto sent = notifier.send(renewalReminder(), 300);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().reason, QStringLiteral("notification-timeout"));
        QVERIFY(server->calls().isEmpty());
    }

    void installedServiceThatCannotStart_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("spawnError");
        // What dunst or notification-daemon do when D-Bus activates them where there is no display.
        QTest::newRow("dies of a signal") << QByteArray("#!/bin/sh\nkill -SEGV $$\n")
                                          << QStringLiteral("org.freedesktop.DBus.Error.Spawn.ChildSignaled");
        QTest::newRow("exits with an error") << QByteArray("#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n")
                                             << QStringLiteral("org.freedesktop.DBus.Error.Spawn.ChildExited");
    }

    void installedServiceThatCannotStart()
    {
        // A bus of this test's own, whose only activatable service is a notification daemon that cannot start.
        QFETCH(QByteArray, script);
        QFETCH(QString, spawnError);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString services = dir.filePath(QStringLiteral("services"));
        QVERIFY(QDir().mkpath(services));
        const QString daemon = dir.filePath(QStringLiteral("broken-notification-daemon"));
        certdesk::test::writeFile(daemon, script);
        QVERIFY(QFile::setPermissions(daemon, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        certdesk::test::writeFile(
            services + QStringLiteral("/org.freedesktop.Notifications.service"),
            "[D-BUS Service]\nName=org.freedesktop.Notifications\nExec=" + QFile::encodeName(daemon) + "\n");
        certdesk::test::PrivateBus bus(dir.filePath(QStringLiteral("bus")), services);
        QVERIFY(bus.isValid());
        const QString name = QStringLiteral("certdesk-test-broken-service-bus");
        {
            QDBusConnection connection = QDBusConnection::connectToBus(bus.address(), name);
            QVERIFY(connection.isConnected());
            DesktopNotifier notifier(connection);
            QElapsedTimer timer;
            timer.start();
            auto probed = notifier.probe();
            QVERIFY(timer.elapsed() < 6000);
            QVERIFY(!probed.ok());
            QCOMPARE(probed.error().code, ErrorCode::Keystore);
            QCOMPARE(probed.error().reason, QStringLiteral("notification-server-failed"));
            QVERIFY2(probed.error().message.startsWith(
                         QStringLiteral("A desktop notification service is installed but could not start")),
                     qPrintable(probed.error().message));
            QVERIFY2(probed.error().detail.contains(spawnError), qPrintable(probed.error().detail));
            auto sent = notifier.send(renewalReminder());
            QVERIFY(!sent.ok());
            QCOMPARE(sent.error().reason, QStringLiteral("notification-server-failed"));
        }
        QDBusConnection::disconnectFromBus(name);
    }

    void unreachableBusFails()
    {
        const QString name = QStringLiteral("certdesk-test-bogus-bus");
        {
            QDBusConnection bogus =
                QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/certdesk-test-bus"), name);
            QVERIFY(!bogus.isConnected());
            DesktopNotifier notifier(bogus);
            QElapsedTimer timer;
            timer.start();
            auto probed = notifier.probe();
            QVERIFY(!probed.ok());
            QCOMPARE(probed.error().code, ErrorCode::Keystore);
            QCOMPARE(probed.error().reason, QStringLiteral("no-session-bus"));
            QVERIFY(!probed.error().detail.isEmpty());
            auto sent = notifier.send(renewalReminder());
            QVERIFY(!sent.ok());
            QCOMPARE(sent.error().reason, QStringLiteral("no-session-bus"));
            QVERIFY(!notifier.close(1).ok());
            QVERIFY(notifier.waitForResponses({1}, 50).isEmpty());
            QVERIFY(timer.elapsed() < 2000);
        }
        QDBusConnection::disconnectFromBus(name);
    }

    void noSessionBusInTheEnvironment_data()
    {
        QTest::addColumn<bool>("unset");
        QTest::newRow("bogus address") << false;
        QTest::newRow("no address") << true;
    }

    void noSessionBusInTheEnvironment()
    {
        // The default constructor reads the environment once per process: check it in a child.
        QFETCH(bool, unset);
        QTemporaryDir runtimeDir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ProbeOnlyVariable), QStringLiteral("1"));
        // Without an address libdbus looks for $XDG_RUNTIME_DIR/bus, then X11 autolaunch: give it neither.
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path());
        environment.remove(QStringLiteral("DISPLAY"));
        if (unset)
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QStringLiteral("unix:path=/nonexistent/certdesk-test-bus"));
        QElapsedTimer timer;
        timer.start();
        const auto result =
            certdesk::test::runProcess(QCoreApplication::applicationFilePath(), {}, {}, environment, 20000);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(result.exitCode, int(ErrorCode::Keystore));
        QVERIFY2(result.out.startsWith("no-session-bus\n"), qPrintable(result.describe()));
    }

    void fakeServerExecutable_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withActions");
        QTest::addColumn<QString>("actionKey");
        QTest::newRow("respond with an action")
            << QStringList{QStringLiteral("--respond"), QStringLiteral("renew")} << true << QStringLiteral("renew");
        QTest::newRow("no actions, close")
            << QStringList{QStringLiteral("--no-actions"), QStringLiteral("--respond"), QStringLiteral("close")}
            << false << QString();
    }

    void fakeServerExecutable()
    {
        // What the CLI tests do: start certdesk-fake-notifications on the session bus, send to it, read its log.
        QFETCH(QStringList, arguments);
        QFETCH(bool, withActions);
        QFETCH(QString, actionKey);
        QTemporaryDir dir;
        const QString logPath = dir.filePath(QStringLiteral("notifications.jsonl"));
        QProcess server;
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.start(QStringLiteral(CERTDESK_FAKE_NOTIFICATIONS_PATH),
                     QStringList{QStringLiteral("--log"), logPath} + arguments);
        QVERIFY2(server.waitForStarted(10000), qPrintable(server.errorString()));
        QElapsedTimer startup;
        startup.start();
        while (!server.canReadLine() && server.state() == QProcess::Running && startup.elapsed() < 10000)
            server.waitForReadyRead(200);
        const QByteArray firstLine = server.readLine();
        QVERIFY2(firstLine == "ready\n", qPrintable(QString::fromUtf8(firstLine + server.readAllStandardError())));

        DesktopNotifier notifier;
        QSignalSpy closings(&notifier, &DesktopNotifier::closed);
        auto probed = notifier.probe();
        QVERIFY2(probed.ok(), qPrintable(describe(probed)));
        QCOMPARE(notifier.supportsActions(), withActions);
        auto sent = notifier.send(renewalReminder());
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        const auto outcomes = notifier.waitForResponses({sent.value()}, 10000);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().id, sent.value());
        QCOMPARE(outcomes.first().actionKey, actionKey);
        if (actionKey.isEmpty())
            QVERIFY(outcomes.first().closed);
        QTRY_COMPARE(closings.size(), 1); // after an action, the server closes the notification too

        const QList<QByteArray> lines = certdesk::test::readFile(logPath).split('\n');
        QCOMPARE(lines.size(), 2); // one line, newline-terminated
        QJsonParseError parseError;
        const QJsonObject logged = QJsonDocument::fromJson(lines.first(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(logged.value(QStringLiteral("id")).toInteger(), qint64(sent.value()));
        QCOMPARE(logged.value(QStringLiteral("appName")).toString(), QStringLiteral("CertDesk"));
        QCOMPARE(logged.value(QStringLiteral("summary")).toString(), renewalReminder().title);
        QCOMPARE(logged.value(QStringLiteral("body")).toString(), renewalReminder().body);
        const QJsonArray expectedActions =
            withActions ? QJsonArray{QStringLiteral("renew"), QStringLiteral("Renew now"), QStringLiteral("later"),
                                     QStringLiteral("Remind me tomorrow")}
                        : QJsonArray{};
        QCOMPARE(logged.value(QStringLiteral("actions")).toArray(), expectedActions);
        const QJsonObject hints = logged.value(QStringLiteral("hints")).toObject();
        QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("org.certdesk.CertDesk"));
        QCOMPARE(hints.value(QStringLiteral("urgency")).toInteger(), 2);

        server.terminate(); // SIGTERM: exits cleanly and gives the name back
        QVERIFY(server.waitForFinished(5000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(notificationsService()).value());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ProbeOnlyVariable)) {
        DesktopNotifier notifier;
        auto probed = notifier.probe(3000);
        if (probed.ok()) {
            std::puts("ok");
            return 0;
        }
        std::printf("%s\n%s\n%s\n", qPrintable(probed.error().reason), qPrintable(probed.error().message),
                    qPrintable(probed.error().detail));
        return probed.error().exitCode();
    }
    TestNotifier test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notifier.moc"
