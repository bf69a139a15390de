#include "TestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultLoader.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kTimeoutMs = 60000;
/// The check opens the vault with its passphrase (scrypt) and decrypts every key: about 750 ms here, all of it on a
/// worker thread, while the heartbeat is never late by more than ~20 ms. A GUI thread doing that work itself would
/// miss the heartbeat for the whole time.
constexpr qint64 kLongestEventLoopGapMs = 400;

QString currentPage(const MainWindow& window)
{
    const auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    return pages && pages->currentWidget() ? pages->currentWidget()->objectName() : QString();
}

} // namespace

/// Tools › Check Vault… in the real MainWindow, over vaults filled by the real certdesk-cli: a healthy vault is called
/// healthy, a damaged one has each problem named, and the window stays responsive while the check runs.
class TestVaultCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    TestCa m_ca;
    QString m_passphraseFile;
    QProcessEnvironment m_environment;

    /// A vault with two identities (key + certificate), made by certdesk-cli with a passphrase.
    bool populate(const QString& vault, QStringList* ids)
    {
        for (const QString& name : {QStringLiteral("Laptop"), QStringLiteral("Phone")}) {
            const QString csr = vault + "-" + name + ".csr";
            const ProcessResult made =
                runProcess(CERTDESK_CLI_PATH,
                           {"--vault", vault, "--passphrase-file", m_passphraseFile, "--json", "request", "--subject",
                            "CN=" + name + ",O=Check Test", "--name", name, "--out", csr},
                           {}, m_environment);
            if (made.exitCode != 0) {
                qWarning("%s", qPrintable(made.describe()));
                return false;
            }
            *ids << jsonId(made.out);
            const QString certificate = m_ca.sign(csr, 365, name + ".crt");
            if (certificate.isEmpty() ||
                !runCli(vault, m_passphraseFile, {"import", certificate, m_ca.intermediateCertPath()}, m_environment))
                return false;
        }
        return true;
    }

    /// Runs the check through the menu action, answering the passphrase question, and returns what it showed.
    QString checkThroughTheWindow(const QString& vault)
    {
        MainWindow window(vault);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return QStringLiteral("window not exposed");
        if (!QTest::qWaitFor([&] { return currentPage(window) == QStringLiteral("entriesPage"); }, kTimeoutMs))
            return QStringLiteral("the vault did not load: page ") + currentPage(window);
        auto* action = window.findChild<QAction*>(QStringLiteral("checkVaultAction"));
        if (!action)
            return QStringLiteral("no checkVaultAction");
        // No keychain in this session: the window asks for the passphrase (answered here) and then shows the result.
        PassphraseDialog::setNextPassphrase(QStringLiteral("check test passphrase"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::takeShownTexts();
        // The check runs off the GUI thread: the action is disabled from the moment it starts until the answer is
        // shown, and the event loop keeps turning meanwhile (a 10 ms heartbeat timer is never held up for long).
        QElapsedTimer heartbeat;
        qint64 longestGap = 0;
        int beats = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            if (heartbeat.isValid())
                longestGap = std::max(longestGap, heartbeat.elapsed());
            heartbeat.start();
            ++beats;
        });
        ticker.start();
        action->trigger();
        QStringList shown;
        int pollsWhileRunning = 0;
        bool enabledWhileRunning = false;
        QElapsedTimer timer;
        timer.start();
        while (shown.isEmpty() && timer.elapsed() < kTimeoutMs) {
            if (action->isEnabled())
                enabledWhileRunning = true;
            ++pollsWhileRunning;
            QTest::qWait(20);
            shown = MessageBox::takeShownTexts();
        }
        ticker.stop();
        qInfo("check took %lld ms: %d polls, %d heartbeats, longest gap %lld ms", timer.elapsed(), pollsWhileRunning,
              beats, longestGap);
        if (enabledWhileRunning)
            return QStringLiteral("the action was enabled while the check ran");
        if (pollsWhileRunning < 2)
            return QStringLiteral("the check was over before the window could be watched");
        if (beats < 2 || longestGap > kLongestEventLoopGapMs)
            return QStringLiteral("the window did not stay responsive: %1 heartbeats, longest gap %2 ms")
                .arg(beats)
                .arg(longestGap);
        if (!action->isEnabled())
            return QStringLiteral("the action stayed disabled");
        return shown.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        m_passphraseFile = m_home.filePath("passphrase");
        writeFile(m_passphraseFile, "check test passphrase\n");
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.remove("CERTDESK_VAULT");
        m_environment.insert("HOME", m_home.path());
        m_environment.insert("XDG_DATA_HOME", m_home.filePath("data"));
        m_environment.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        // No keychain for the window either: it must fall back to asking for the passphrase, quickly.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
        qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    }

    void healthyVaultIsCalledHealthy()
    {
        const QString vault = m_home.filePath("healthy");
        QStringList ids;
        QVERIFY(populate(vault, &ids));
        const QString shown = checkThroughTheWindow(vault);
        QVERIFY2(shown.contains("The vault is healthy") && shown.contains("2 entries and 2 private keys checked"),
                 qPrintable(shown));
    }

    void damagedVaultHasEachProblemNamed()
    {
        const QString vault = m_home.filePath("damaged");
        QStringList ids;
        QVERIFY(populate(vault, &ids));
        QCOMPARE(ids.size(), 2);
        {
            // As tst_vault's checkFindsDamage: one flipped byte in Laptop's sealed key; Phone gets Laptop's
            // certificate.
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "damage");
            database.setDatabaseName(vault + "/vault.sqlite");
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.exec("UPDATE entries SET sealed_key = CAST(substr(sealed_key, 1, 20) AS BLOB) || x'00' || "
                               "substr(sealed_key, 22) WHERE id = '" +
                               ids[0] + "'"));
            QVERIFY(query.exec("UPDATE entries SET cert_der = (SELECT cert_der FROM entries WHERE id = '" + ids[0] +
                               "'), cert_sha256 = NULL WHERE id = '" + ids[1] + "'"));
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase("damage");
        const QString shown = checkThroughTheWindow(vault);
        QVERIFY2(shown.contains("found these problems (2)"), qPrintable(shown));
        QVERIFY2(shown.contains("The private key of “Laptop” cannot be decrypted"), qPrintable(shown));
        QVERIFY2(shown.contains("The certificate of “Phone” does not belong to its key"), qPrintable(shown));
    }
};

QTEST_MAIN(TestVaultCheck)
#include "tst_vaultcheck.moc"
