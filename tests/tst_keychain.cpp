#include "TestSupport.h"

#include "vault/KeychainSecretStore.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// gnome-keyring-daemon (secrets only) on a bus, its keyrings in `dataHome`; `unlockPassword` empty: started locked,
/// the way a session without a login password starts it.
class KeyringDaemon
{
public:
    KeyringDaemon(const QProcessEnvironment& environment, const QByteArray& unlockPassword)
    {
        m_daemon.setProcessEnvironment(environment);
        QStringList arguments{QStringLiteral("--foreground"), QStringLiteral("--components=secrets")};
        if (!unlockPassword.isEmpty())
            arguments << QStringLiteral("--unlock");
        m_daemon.start(QStringLiteral("gnome-keyring-daemon"), arguments);
        if (!m_daemon.waitForStarted(10000))
            return;
        // Written and flushed here: nothing runs an event loop for this QProcess while the test waits below.
        if (!unlockPassword.isEmpty()) {
            m_daemon.write(unlockPassword + '\n');
            m_daemon.waitForBytesWritten(5000);
        }
        m_daemon.closeWriteChannel();
        for (int waited = 0; waited < 10000; waited += 100) {
            const ProcessResult owner = runProcess(
                QStringLiteral("dbus-send"),
                {QStringLiteral("--bus=") + environment.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")),
                 QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                 QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:org.freedesktop.secrets")},
                {}, environment, 5000);
            if (owner.out.contains("boolean true")) {
                m_ready = true;
                break;
            }
            if (m_daemon.state() != QProcess::Running)
                break;
            QThread::msleep(100);
        }
    }
    ~KeyringDaemon()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
    bool isReady() const { return m_ready; }

private:
    QProcess m_daemon;
    bool m_ready = false;
};

} // namespace

/// The real Secret Service: CTest runs this inside tests/run-with-keyring.sh (own D-Bus session, unlocked
/// gnome-keyring). Outside it, only the "no keychain" cases run.
class TestKeychain : public QObject
{
    Q_OBJECT

    bool m_haveKeyring = qEnvironmentVariableIsSet("GNOME_KEYRING_CONTROL");

    static SecureBytes secret(const QByteArray& text)
    {
        QByteArray copy = text;
        return SecureBytes::takeFrom(copy);
    }

private slots:
    void roundTripsBinarySecrets()
    {
        if (!m_haveKeyring)
            QSKIP("needs tests/run-with-keyring.sh (CTest runs it so)");
        KeychainSecretStore store(QStringLiteral("CertDesk test"));
        QByteArray binary(32, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 37);
        QVERIFY(store.write(QStringLiteral("binary"), secret(binary)).ok());
        auto read = store.read(QStringLiteral("binary"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(QByteArray(read.value().chars(), read.value().intSize()), binary);
        QVERIFY(store.remove(QStringLiteral("binary")).ok());
        auto gone = store.read(QStringLiteral("binary"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().reason, QStringLiteral("not-found"));
    }

    void manyThreadsShareOneKeychain()
    {
        if (!m_haveKeyring)
            QSKIP("needs tests/run-with-keyring.sh (CTest runs it so)");
        // QtKeychain is not safe across threads; the store funnels every job through one thread. Hammer it from
        // several pool threads at once, many times, as the GUI's vault operations do.
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        pool.setExpiryTimeout(10); // threads come and go, as in the global pool
        QList<QFuture<bool>> futures;
        for (int round = 0; round < 40; ++round) {
            futures << QtConcurrent::run(&pool, [round]() {
                KeychainSecretStore store(QStringLiteral("CertDesk test"));
                const QString key = QStringLiteral("thread-%1").arg(round % 5);
                const QByteArray value = QByteArray::number(round).rightJustified(32, 'x');
                if (!store.write(key, secret(value)).ok())
                    return false;
                auto read = store.read(key);
                return read.ok() && read.value().size() == 32;
            });
            if (round % 10 == 9)
                QThread::msleep(30); // let pool threads expire between bursts
        }
        int succeeded = 0;
        for (QFuture<bool>& future : futures)
            succeeded += future.result() ? 1 : 0;
        QCOMPARE(succeeded, 40);
    }

    void vaultKeyLivesInTheKeychain()
    {
        if (!m_haveKeyring)
            QSKIP("needs tests/run-with-keyring.sh (CTest runs it so)");
        QTemporaryDir dir;
        KeychainSecretStore keychain;
        auto key = PrivateKey::generate(KeyType::EcP256);
        RequestOptions options;
        options.subject = DistinguishedName::parse(QStringLiteral("CN=Keychain")).value();
        auto csr = CertificateRequest::create(key.value(), options);
        QString id;
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            auto entry = vault.value()->addRequest(key.value(), csr.value(), {});
            QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().message));
            id = entry.value().id;
        }
        // Another process would find it the same way: a new Vault, a new store.
        KeychainSecretStore again;
        auto vault = Vault::open(dir.path(), {std::nullopt, &again});
        auto opened = vault.value()->privateKey(id);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value().publicKeySha256(), key.value().publicKeySha256());
    }

    void noKeychainFailsFastWithAClearReason()
    {
        // A session bus that does not exist: QtKeychain must fail, not hang, and say what to do instead.
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
        QElapsedTimer timer;
        timer.start();
        KeychainSecretStore store(QStringLiteral("CertDesk test nobus"));
        auto read = store.read(QStringLiteral("anything"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        if (m_haveKeyring && read.ok())
            QSKIP("QtKeychain kept its earlier connection to the test keyring");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::Keystore);
        QVERIFY(!read.error().reason.isEmpty());
        QVERIFY2(read.error().message.contains(QStringLiteral("--passphrase-file")) ||
                     read.error().reason == QStringLiteral("not-found"),
                 qPrintable(read.error().message));
        QVERIFY(timer.elapsed() < 20000);
    }

    /// certdesk-cli where the keychain cannot help: it must end within a few seconds (the keychain timeout at most)
    /// with exit 4 and a sentence that names --passphrase-file, for each way a Linux session can lack a keychain.
    void cliKeychainFailures_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::newRow("no session bus") << QStringLiteral("no-bus");
        QTest::newRow("a bus without Secret Service") << QStringLiteral("no-secret-service");
        QTest::newRow("locked keyring, no prompter") << QStringLiteral("locked");
        QTest::newRow("locked keyring, the prompt fails") << QStringLiteral("prompt-fails");
    }

    void cliKeychainFailures()
    {
        QFETCH(QString, situation);
        for (const char* tool : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("needs %1").arg(QString::fromLatin1(tool))));
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char* sub : {"home", "data", "config", "cache", "run", "bus", "services"})
            QVERIFY(QDir().mkpath(dir.filePath(QString::fromLatin1(sub))));
        QFile::setPermissions(dir.filePath("run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", dir.filePath("home"));
        environment.insert("XDG_DATA_HOME", dir.filePath("data"));
        environment.insert("XDG_CONFIG_HOME", dir.filePath("config"));
        environment.insert("XDG_CACHE_HOME", dir.filePath("cache"));
        environment.insert("XDG_RUNTIME_DIR", dir.filePath("run"));
        for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL",
                                 "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION", "KDE_FULL_SESSION",
                                 "CERTDESK_KEYCHAIN_TIMEOUT_MS"})
            environment.remove(QString::fromLatin1(name));
        const QString vault = dir.filePath("vault");
        const QString passphrase = dir.filePath("passphrase");
        writeFile(passphrase, "keychain failure test\n");

        std::unique_ptr<PrivateBus> bus;
        std::unique_ptr<KeyringDaemon> keyring;
        QString id;
        if (situation != "no-bus") {
            if (situation == "prompt-fails") {
                // gcr-prompter can be started, but there is no display to show it on: the prompt fails for real.
                for (const char* service : {"org.gnome.keyring.SystemPrompter.service", "org.gnome.keyring.PrivatePrompter.service"})
                    QFile::copy(QStringLiteral("/usr/share/dbus-1/services/") + QString::fromLatin1(service),
                                dir.filePath("services/") + QString::fromLatin1(service));
            }
            bus = std::make_unique<PrivateBus>(dir.filePath("bus"), dir.filePath("services"));
            QVERIFY(bus->isValid());
            environment.insert("DBUS_SESSION_BUS_ADDRESS", bus->address());
        }
        if (situation == "locked" || situation == "prompt-fails") {
            // First an unlocked login keyring holding this vault's key, as after a normal session ...
            {
                KeyringDaemon unlocked(environment, "keyring password");
                QVERIFY(unlocked.isReady());
                const ProcessResult alias = runProcess(
                    "dbus-send", {"--bus=" + bus->address(), "--print-reply", "--dest=org.freedesktop.secrets",
                                  "/org/freedesktop/secrets", "org.freedesktop.Secret.Service.SetAlias", "string:default",
                                  "objpath:/org/freedesktop/secrets/collection/login"},
                    {}, environment, 10000);
                QVERIFY2(alias.exitCode == 0, qPrintable(alias.describe()));
                const ProcessResult made = runProcess(CERTDESK_CLI_PATH,
                                                      {"--vault", vault, "--json", "request", "--subject", "CN=Locked"},
                                                      {}, environment, 60000);
                QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
                id = jsonId(made.out);
            }
            // ... then the next session's daemon, started without the password: the keyring is locked.
            keyring = std::make_unique<KeyringDaemon>(environment, QByteArray());
            QVERIFY(keyring->isReady());
        }

        // A new vault needs the keychain to keep its key; an existing one needs it to open a key.
        const QStringList arguments = id.isEmpty()
                                          ? QStringList{"--vault", vault, "request", "--subject", "CN=No Keychain"}
                                          : QStringList{"--vault", vault, "check"};
        QElapsedTimer timer;
        timer.start();
        const ProcessResult result = runProcess(CERTDESK_CLI_PATH, arguments, {}, environment, 120000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!result.crashed, qPrintable(result.describe()));
        // check reports the keys it could not open as a problem of the vault (exit 4 as well).
        QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
        QVERIFY2(result.err.contains("--passphrase-file"), qPrintable(result.describe()));
        if (!id.isEmpty())
            QVERIFY2(result.err.contains("locked"), qPrintable(result.describe()));
        QVERIFY2(elapsed < 30000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        qInfo("%s: exit %d after %.1f s: %s", qPrintable(situation), result.exitCode, elapsed / 1000.0,
              result.err.trimmed().split('\n').first().constData());
        if (!id.isEmpty()) {
            // Storing a new vault's key in the locked keyring makes gnome-keyring really prompt to unlock it (reading
            // does not): the prompt cannot be shown, and that too must end quickly and clearly.
            timer.restart();
            const ProcessResult store = runProcess(
                CERTDESK_CLI_PATH, {"--vault", dir.filePath("new-vault"), "request", "--subject", "CN=New In Locked"}, {},
                environment, 120000);
            const qint64 storeElapsed = timer.elapsed();
            QVERIFY2(!store.crashed && store.exitCode == 4, qPrintable(store.describe()));
            QVERIFY2(store.err.contains("--passphrase-file"), qPrintable(store.describe()));
            QVERIFY2(storeElapsed < 30000, qPrintable(QStringLiteral("took %1 ms").arg(storeElapsed)));
            qInfo("%s, new vault: exit %d after %.1f s: %s", qPrintable(situation), store.exitCode,
                  storeElapsed / 1000.0, store.err.trimmed().split('\n').first().constData());
        }
        // The way out that the message names works.
        const ProcessResult withPassphrase = runProcess(
            CERTDESK_CLI_PATH,
            QStringList{"--vault", dir.filePath("other-vault"), "--passphrase-file", passphrase, "request", "--subject",
                        "CN=With Passphrase"},
            {}, environment, 120000);
        QVERIFY2(withPassphrase.exitCode == 0, qPrintable(withPassphrase.describe()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
