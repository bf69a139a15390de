#include "FakeNotificationServer.h"
#include "TestSupport.h"
#include "desktop/Autostart.h"
#include "expiry/Clock.h"
#include "gui/common/DialogSeams.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultLoader.h"
#include "gui/tray/TrayController.h"
#include "vault/Vault.h"
#include "workflows/ExpiryScan.h"
#include "workflows/Reminders.h"

#include <QAbstractEventDispatcher>
#include <QAction>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

/// A check scans the vault and every store under the (empty) test home: seconds on a loaded machine.
constexpr int kCheckTimeoutMs = 60000;

QString notificationsService()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

struct Balloon
{
    QString title;
    QString message;
};

} // namespace

/// The tray's reminders against a real vault (filled by certdesk-cli with certificates from an openssl CA), the
/// in-process FakeNotificationServer on the private session bus of tests/run-with-keyring.sh, and a simulated date.
class TestTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void notifiesEachCertificateOnce();
    void snoozeIsStoredInTheVault();
    void renewOpensTheMainWindow();
    void fallsBackToOneBalloon();
    void autostartToggleWritesAndRemovesTheEntry();
    void autostartFailureIsShown();
    void statusText_data();
    void statusText();
    void badgeShowsTheCount();
    void staysAsleepWhenIdle();

private:
    /// A copy of the vault made in initTestCase(), so every test starts with nothing announced.
    QString freshVault(const QString& name);
    std::unique_ptr<FakeNotificationServer> startServer();
    /// Starts `tray` and waits for its first check.
    bool startAndCheck(TrayController& tray);
    /// Runs another check and waits for it.
    bool checkAgain(TrayController& tray);
    /// The vault's view at `now`, without stores.
    ExpiryScan scan(const QString& vault, const QDateTime& now);

    QTemporaryDir m_home;
    QString m_templateVault;
    QString m_aliceId;
    QString m_bobId;
    QDateTime m_aliceNotAfter;
    QDateTime m_bobNotAfter;
    /// Alice's certificate has 5 days left, Bob's expired long ago, Carol's has years.
    QDateTime m_now;
    bool m_privateBus = qEnvironmentVariableIsSet("GNOME_KEYRING_CONTROL");
    int m_vaults = 0;
};

void TestTray::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything the tray and the window touch goes to the temporary home: the autostart entry
    // ($XDG_CONFIG_HOME/autostart), the window's settings, the NSS databases the scan looks for.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
    qunsetenv("CERTDESK_VAULT");
    qunsetenv("CERTDESK_NOW");

    TestCa ca;
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const QString passphraseFile = m_home.filePath(QStringLiteral("passphrase"));
    writeFile(passphraseFile, "correct horse battery staple\n");
    m_templateVault = m_home.filePath(QStringLiteral("template vault"));
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    struct Person
    {
        QString subject;
        QString name;
        int days;
    };
    const QList<Person> people{{QStringLiteral("CN=Alice Example"), QStringLiteral("Alice laptop"), 365},
                               {QStringLiteral("CN=Bob Example"), QStringLiteral("Bob phone"), 200},
                               {QStringLiteral("CN=Carol Example"), QStringLiteral("Carol desktop"), 3650}};
    QStringList certificates;
    for (const Person& person : people) {
        const QString csr = m_home.filePath(person.name + QStringLiteral(".csr"));
        QVERIFY(runCli(m_templateVault, passphraseFile,
                       {QStringLiteral("request"), QStringLiteral("--subject"), person.subject,
                        QStringLiteral("--name"), person.name, QStringLiteral("--out"), csr},
                       environment));
        const QString certificate = ca.sign(csr, person.days, person.name + QStringLiteral(".crt"));
        QVERIFY2(!certificate.isEmpty(), qPrintable(ca.error()));
        certificates << certificate;
    }
    QVERIFY(runCli(m_templateVault, passphraseFile,
                   QStringList{QStringLiteral("import")} << certificates << ca.intermediateCertPath(), environment));

    auto vault = Vault::open(m_templateVault, VaultCredentials{});
    QVERIFY(vault.ok());
    auto entries = vault.value()->entries();
    QVERIFY(entries.ok());
    for (const VaultEntry& entry : entries.value()) {
        if (entry.name == QLatin1String("Alice laptop")) {
            m_aliceId = entry.id;
            m_aliceNotAfter = entry.certificate.notAfter();
        } else if (entry.name == QLatin1String("Bob phone")) {
            m_bobId = entry.id;
            m_bobNotAfter = entry.certificate.notAfter();
        }
    }
    QVERIFY(!m_aliceId.isEmpty() && !m_bobId.isEmpty());
    m_now = m_aliceNotAfter.addDays(-5);
}

void TestTray::init()
{
    // Never a developer's real notification daemon: only a bus where the name is free will do.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    const bool nameTaken = bus.isConnected() && bus.interface()->isServiceRegistered(notificationsService()).value();
    if (!m_privateBus && (!bus.isConnected() || nameTaken))
        QSKIP("needs a session bus without a notification server: run under tests/run-with-keyring.sh");
    QVERIFY2(bus.isConnected(), "no session bus inside run-with-keyring.sh");
    QVERIFY2(!nameTaken, "org.freedesktop.Notifications is already owned on the private bus");
    Clock::setOverride(m_now);
    MessageBox::takeShownTexts();
}

void TestTray::cleanup()
{
    Clock::setOverride({});
}

QString TestTray::freshVault(const QString& name)
{
    const QString directory = m_home.filePath(QStringLiteral("vault %1 %2").arg(++m_vaults).arg(name));
    if (!QDir().mkpath(directory))
        return {};
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The CLI has exited, so the database is checkpointed: its files are the whole vault.
    for (const QFileInfo& file : QDir(m_templateVault).entryInfoList(QDir::Files)) {
        if (!QFile::copy(file.filePath(), QDir(directory).filePath(file.fileName())))
            return {};
    }
    return directory;
}

std::unique_ptr<FakeNotificationServer> TestTray::startServer()
{
    // On a connection of its own, so that the tray's calls cross the bus daemon as they would to a real server.
    auto server = std::make_unique<FakeNotificationServer>(
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("certdesk-tray-test-server")));
    if (!server->start()) {
        qWarning("fake notification server: %s", qPrintable(server->errorString()));
        return {};
    }
    return server;
}

bool TestTray::startAndCheck(TrayController& tray)
{
    QSignalSpy finished(&tray, &TrayController::checkFinished);
    tray.start();
    return finished.wait(kCheckTimeoutMs) && finished.size() == 1 && !tray.isChecking();
}

bool TestTray::checkAgain(TrayController& tray)
{
    QSignalSpy finished(&tray, &TrayController::checkFinished);
    tray.checkNow();
    return finished.wait(kCheckTimeoutMs) && finished.size() == 1 && !tray.isChecking();
}

ExpiryScan TestTray::scan(const QString& vault, const QDateTime& now)
{
    auto opened = Vault::open(vault, VaultCredentials{});
    if (!opened)
        return {};
    ExpiryScanOptions options;
    options.includeStores = false;
    auto result = ExpiryScan::run(*opened.value(), options, now);
    return result ? result.value() : ExpiryScan{};
}

void TestTray::notifiesEachCertificateOnce()
{
    auto server = startServer();
    QVERIFY(server);
    const QString vault = freshVault(QStringLiteral("once"));
    TrayController tray(vault);
    QList<Balloon> balloons;
    tray.setBalloonHandler([&](const QString& title, const QString& message) { balloons << Balloon{title, message}; });
    QVERIFY(startAndCheck(tray));

    // Most urgent first: Bob's has expired, Alice's has 5 days left; Carol's is fine and says nothing.
    QCOMPARE(server->calls().size(), 2);
    const FakeNotificationServer::Call bob = server->calls().at(0);
    const FakeNotificationServer::Call alice = server->calls().at(1);
    QCOMPARE(bob.summary, QStringLiteral("Certificate “Bob phone” has expired"));
    QVERIFY2(bob.body.startsWith(QStringLiteral("It expired on ")), qPrintable(bob.body));
    QCOMPARE(alice.summary, QStringLiteral("Certificate “Alice laptop” expires in 5 days"));
    QVERIFY2(alice.body.contains(QStringLiteral("Found in: CertDesk vault")), qPrintable(alice.body));
    const QStringList actions{QStringLiteral("renew"), QStringLiteral("Renew…"), QStringLiteral("snooze"),
                              QStringLiteral("Remind me tomorrow")};
    QCOMPARE(bob.actions, actions);
    QCOMPARE(alice.actions, actions);
    QCOMPARE(bob.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));
    QVERIFY(balloons.isEmpty());
    QCOMPARE(tray.attentionCount(), 2);

    // Each stage is announced once, however often the tray looks.
    QVERIFY(checkAgain(tray));
    QCOMPARE(server->calls().size(), 2);
    QCOMPARE(tray.attentionCount(), 2);

    // The claims are in the vault, so another CertDesk process (the tray after the next login) stays quiet too.
    for (const TrackedCertificate& item : scan(vault, m_now).items) {
        if (item.entryId == m_aliceId || item.entryId == m_bobId)
            QVERIFY2(!item.isDue(m_now), qPrintable(item.name));
    }
}

void TestTray::snoozeIsStoredInTheVault()
{
    auto server = startServer();
    QVERIFY(server);
    const QString vault = freshVault(QStringLiteral("snooze"));
    TrayController tray(vault);
    QVERIFY(startAndCheck(tray));
    QCOMPARE(server->calls().size(), 2);
    const quint32 aliceNotification = server->calls().at(1).id;

    QSignalSpy snoozed(&tray, &TrayController::snoozed);
    server->invokeAction(aliceNotification, QStringLiteral("snooze"));
    // As real servers do: the notification goes once its action was invoked.
    server->closeNotification(aliceNotification, 3);
    QTRY_COMPARE_WITH_TIMEOUT(snoozed.size(), 1, kCheckTimeoutMs);
    QCOMPARE(snoozed.first().at(0).toString(), QStringLiteral("Alice laptop"));
    QCOMPARE(snoozed.first().at(1).toBool(), true);

    bool sawAlice = false;
    for (const TrackedCertificate& item : scan(vault, m_now).items) {
        if (item.entryId == m_aliceId) {
            sawAlice = true;
            QVERIFY(item.isSnoozed(m_now));
            QCOMPARE(item.reminder.snoozedUntil, m_now.addDays(1));
            QVERIFY(!item.isSnoozed(m_now.addDays(1).addSecs(60)));
        } else if (item.entryId == m_bobId) {
            QVERIFY(!item.isSnoozed(m_now));
        }
    }
    QVERIFY(sawAlice);

    // The same action again (a second click that raced the close) is not acted on twice.
    server->invokeAction(aliceNotification, QStringLiteral("snooze"));
    QVERIFY(checkAgain(tray));
    QCOMPARE(snoozed.size(), 1);
    QCOMPARE(server->calls().size(), 2);
}

void TestTray::renewOpensTheMainWindow()
{
    auto server = startServer();
    QVERIFY(server);
    TrayController tray(freshVault(QStringLiteral("renew")));
    QVERIFY(startAndCheck(tray));
    QCOMPARE(server->calls().size(), 2);
    QVERIFY(!tray.mainWindow());

    QSignalSpy renew(&tray, &TrayController::renewRequested);
    // Another application's notification with the same action key is none of the tray's business.
    server->invokeAction(9999, QStringLiteral("renew"));
    server->invokeAction(server->calls().at(1).id, QStringLiteral("renew"));
    QTRY_COMPARE_WITH_TIMEOUT(renew.size(), 1, kCheckTimeoutMs);
    QCOMPARE(renew.first().at(0).toString(), m_aliceId);
    QVERIFY(tray.mainWindow());
    QVERIFY(tray.mainWindow()->isVisible());
    // Once the window has loaded the vault: Alice's identity selected, its renewal dialog open.
    QTRY_VERIFY_WITH_TIMEOUT(tray.mainWindow()->renewDialog(), kCheckTimeoutMs);
    QVERIFY(tray.mainWindow()->selectedEntry().has_value());
    QCOMPARE(tray.mainWindow()->selectedEntry()->id, m_aliceId);

    // "Open CertDesk" raises the same window rather than making another.
    MainWindow* window = tray.mainWindow();
    tray.menu()->findChild<QAction*>(QStringLiteral("openAction"))->trigger();
    QCOMPARE(tray.mainWindow(), window);
    // Closed, the window goes (and with it its vault watcher); the tray stays.
    window->close();
    QTRY_VERIFY(!tray.mainWindow());
}

void TestTray::fallsBackToOneBalloon()
{
    const QString vault = freshVault(QStringLiteral("balloon"));
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(notificationsService()).value());
    {
        // No notification server and no tray to show a balloon in: nothing is claimed, and the tray tries again
        // in a minute rather than every second.
        TrayController tray(vault);
        QVERIFY(startAndCheck(tray));
        QCOMPARE(tray.attentionCount(), 2);
        auto* retry = tray.findChild<QTimer*>(QStringLiteral("retryTimer"));
        QVERIFY(retry);
        QVERIFY(retry->isActive());
        QCOMPARE(retry->interval(), 60 * 1000);
    }
    for (const TrackedCertificate& item : scan(vault, m_now).items) {
        if (item.entryId == m_aliceId || item.entryId == m_bobId)
            QVERIFY2(item.isDue(m_now), qPrintable(item.name));
    }

    TrayController tray(vault);
    QList<Balloon> balloons;
    tray.setBalloonHandler([&](const QString& title, const QString& message) { balloons << Balloon{title, message}; });
    QVERIFY(startAndCheck(tray));
    QCOMPARE(balloons.size(), 1);
    QCOMPARE(balloons.first().title, QStringLiteral("2 certificates need attention"));
    QCOMPARE(balloons.first().message.split(QLatin1Char('\n')),
             (QStringList{
                 QStringLiteral("“Bob phone” expired %1 days ago").arg(-ExpiryState::daysUntil(m_bobNotAfter, m_now)),
                 QStringLiteral("“Alice laptop” expires in 5 days")}));
    QVERIFY(!tray.findChild<QTimer*>(QStringLiteral("retryTimer"))->isActive());

    // Claimed like notifications: once per stage.
    QVERIFY(checkAgain(tray));
    QCOMPARE(balloons.size(), 1);

    // The next stage comes again, in a balloon of its own: Alice's certificate with 2 days left.
    Clock::setOverride(m_aliceNotAfter.addDays(-2));
    QVERIFY(checkAgain(tray));
    QCOMPARE(balloons.size(), 2);
    QCOMPARE(balloons.last().title, QStringLiteral("Certificate “Alice laptop” expires in 2 days"));
}

void TestTray::autostartToggleWritesAndRemovesTheEntry()
{
    const QString entry = m_home.filePath(QStringLiteral("config/autostart/certdesk-tray.desktop"));
    QCOMPARE(Autostart::entryPath(), entry);
    TrayController tray(freshVault(QStringLiteral("autostart")));
    auto* action = tray.menu()->findChild<QAction*>(QStringLiteral("autostartAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Start with my session"));
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked());
    QVERIFY(!QFile::exists(entry));

    action->trigger();
    QVERIFY(action->isChecked());
    QVERIFY(QFile::exists(entry));
    const QStringList lines = QString::fromUtf8(readFile(entry)).split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("Exec=") +
                            Autostart::quoteExecArgument(QCoreApplication::applicationFilePath())
                                .replace(QLatin1Char('\\'), QStringLiteral("\\\\")) +
                            QStringLiteral(" --tray")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(Autostart::isEnabled());

    // Switched off elsewhere (the session's settings): the menu shows it when it opens.
    QVERIFY(Autostart::disable().ok());
    emit tray.menu()->aboutToShow();
    QVERIFY(!action->isChecked());
    action->trigger();
    QVERIFY(QFile::exists(entry));

    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!QFile::exists(entry));
    QVERIFY(MessageBox::takeShownTexts().isEmpty());

    // The main window offers the same switch, in the same state.
    MainWindow window(freshVault(QStringLiteral("autostart window")));
    auto* windowAction = window.findChild<QAction*>(QStringLiteral("autostartAction"));
    QVERIFY(windowAction);
    QVERIFY(windowAction->isCheckable());
    QVERIFY(!windowAction->isChecked());
    windowAction->trigger();
    QVERIFY(QFile::exists(entry));
    QVERIFY(Autostart::disable().ok());
}

void TestTray::autostartFailureIsShown()
{
    // A file where the autostart folder should be: the entry cannot be written.
    const QString config = m_home.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config));
    QFile::remove(config + QStringLiteral("/autostart"));
    QDir(config + QStringLiteral("/autostart")).removeRecursively();
    writeFile(config + QStringLiteral("/autostart"), "not a folder");
    TrayController tray(freshVault(QStringLiteral("autostart failure")));
    auto* action = tray.menu()->findChild<QAction*>(QStringLiteral("autostartAction"));
    QVERIFY(action);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("CertDesk cannot save the entry that starts it at login")),
             qPrintable(shown.first()));
    QVERIFY(!action->isChecked());
    QVERIFY(QFile::remove(config + QStringLiteral("/autostart")));
}

void TestTray::statusText_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("two") << m_now << 2 << QStringLiteral("2 certificates need attention");
    QTest::newRow("one") << m_bobNotAfter.addDays(-5) << 1 << QStringLiteral("1 certificate needs attention");
    QTest::newRow("none") << m_bobNotAfter.addDays(-120) << 0 << QStringLiteral("All certificates are fine");
}

void TestTray::statusText()
{
    QFETCH(QDateTime, now);
    QFETCH(int, count);
    QFETCH(QString, text);
    Clock::setOverride(now);
    TrayController tray(freshVault(QStringLiteral("status")));
    tray.setBalloonHandler([](const QString&, const QString&) {});
    QCOMPARE(tray.attentionCount(), -1);
    QCOMPARE(tray.statusText(), QStringLiteral("Checking your certificates…"));
    QVERIFY(startAndCheck(tray));
    QCOMPARE(tray.attentionCount(), count);
    QCOMPARE(tray.statusText(), text);
    // The first line of the tray's menu says the same, for panels that show no tooltips.
    QCOMPARE(tray.menu()->findChild<QAction*>(QStringLiteral("statusAction"))->text(), text);
}

void TestTray::badgeShowsTheCount()
{
    QPixmap blue(64, 64);
    blue.fill(Qt::blue);
    const QIcon base(blue);
    QCOMPARE(TrayController::badgedIcon(base, 0).cacheKey(), base.cacheKey());

    const QImage badged = TrayController::badgedIcon(base, 2).pixmap(64, 64).toImage();
    // Inside the badge's round left end, clear of the digit: the badge's red.
    const QColor badge = badged.pixelColor(30, 19);
    QVERIFY2(badge.red() > 180 && badge.green() < 100 && badge.blue() < 120, qPrintable(badge.name()));
    // Below the badge: the icon itself.
    QCOMPARE(badged.pixelColor(10, 54), QColor(Qt::blue));

    // The tray's own icon carries the count of its last check.
    TrayController tray(freshVault(QStringLiteral("badge")));
    tray.setBalloonHandler([](const QString&, const QString&) {});
    QVERIFY(startAndCheck(tray));
    const QColor trayBadge = tray.icon().pixmap(64, 64).toImage().pixelColor(30, 19);
    QVERIFY2(trayBadge.red() > 180 && trayBadge.green() < 100 && trayBadge.blue() < 120, qPrintable(trayBadge.name()));
}

void TestTray::staysAsleepWhenIdle()
{
    auto server = startServer();
    QVERIFY(server);
    TrayController tray(freshVault(QStringLiteral("idle")));
    QVERIFY(startAndCheck(tray));
    QCOMPARE(server->calls().size(), 2);

    // Let the vault watcher see the claims the check wrote, then look at what is left running.
    auto* loader = tray.findChild<VaultLoader*>();
    QVERIFY(loader);
    QSignalSpy loaded(loader, &VaultLoader::loaded);
    QSignalSpy finished(&tray, &TrayController::checkFinished);
    QTest::qWait(1500);
    const qsizetype loadsAfterSettling = loaded.size();
    QTest::qWait(1500);
    QCOMPARE(loaded.size(), loadsAfterSettling);
    // Claims change the vault's files, not its entries: no check follows its own writes.
    QCOMPARE(finished.size(), 0);

    QList<QObject*> objects = tray.findChildren<QObject*>();
    objects << &tray;
    int timers = 0;
    for (QObject* object : objects) {
        for (const QAbstractEventDispatcher::TimerInfo& timer :
             QAbstractEventDispatcher::instance()->registeredTimers(object)) {
            ++timers;
            QVERIFY2(timer.interval >= 60 * 1000,
                     qPrintable(QStringLiteral("%1 wakes every %2 ms")
                                    .arg(QString::fromLatin1(object->metaObject()->className()))
                                    .arg(timer.interval)));
        }
    }
    // The hourly check, and nothing else.
    QCOMPARE(timers, 1);
    QCOMPARE(tray.findChild<QTimer*>(QStringLiteral("hourlyCheckTimer"))->interval(), 60 * 60 * 1000);
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
