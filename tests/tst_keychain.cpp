#include "TestSupport.h"

#include "vault/KeychainSecretStore.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace certdesk;

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
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
