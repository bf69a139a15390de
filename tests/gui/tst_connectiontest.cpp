#include "TestSupport.h"
#include "TlsTestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/doctor/ConnectionTestDialog.h"
#include "gui/main/DetailsPanel.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultAccess.h"
#include "vault/Vault.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kTestTimeoutMs = 30000;
/// Cancelling is promised within 100 ms of waiting; this leaves room for a loaded machine, far below the 10 s timeout.
constexpr int kCancelBoundMs = 2000;
const QString kVaultPassphrase = QStringLiteral("connection test passphrase");
const QString kName = QStringLiteral("Alice laptop");

template <typename T> T* child(const QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

/// The finding codes the dialog shows, in order.
QStringList shownCodes(const ConnectionTestDialog& dialog)
{
    QStringList codes;
    for (const QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (widget->objectName().startsWith(QLatin1String("finding-")))
            codes << widget->property("code").toString();
    }
    return codes;
}

/// A loopback server that accepts TCP connections and never says a word: the handshake waits for the timeout.
class MuteServer : public QTcpServer
{
public:
    int accepted = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        ++accepted;
    }
};

} // namespace

/// "Test connection…" in the desktop app against real `openssl s_server -Verify` instances on 127.0.0.1: the dialog
/// runs the connection doctor off the GUI thread with the identity from a vault the real certdesk-cli filled, shows
/// each finding with its sentence, cancels promptly, and saves the same redacted report as `doctor --report`.
class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void acceptedByServerTrustingTheCa();
    void rejectedByServerTrustingAnotherCa();
    void nothingListening();
    void invalidAddressIsExplained();
    void cancelDuringHandshakeReturnsPromptly();
    void closingWhileRunningCancelsWithoutBlocking();
    void keyboard();
    void reportIsWrittenWithoutKeys();
    void openedFromTheMainWindow();

private:
    std::unique_ptr<ConnectionTestDialog> makeDialog();
    /// Types `address`, clicks Test and waits for the result; false when it never finished.
    bool runTest(ConnectionTestDialog& dialog, const QString& address);
    void screenshot(QWidget& widget, const QString& name);
    QString path(const QString& name) const { return m_home.filePath(name); }

    QTemporaryDir m_home;
    TestCa m_ca;
    QString m_vault;
    QString m_passphraseFile;
    QString m_aliceId;
    VaultEntry m_alice;
    QString m_serverKey;
    QString m_serverCert;
    QString m_otherRoot;
    std::unique_ptr<VaultAccess> m_access;
};

void TestConnectionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_home.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toLocal8Bit());
    // No keychain answers; the vault is opened with its passphrase.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    qunsetenv("CERTDESK_VAULT");

    m_passphraseFile = path(QStringLiteral("passphrase"));
    writeFile(m_passphraseFile, kVaultPassphrase.toUtf8() + '\n');
    m_vault = path(QStringLiteral("vault"));
    const QString csr = path(QStringLiteral("alice.csr"));
    const ProcessResult requested = runProcess(
        CERTDESK_CLI_PATH, {QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile,
                            QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("--subject"),
                            QStringLiteral("CN=Alice Example,O=Example Corp"), QStringLiteral("--profile"),
                            QStringLiteral("client"), QStringLiteral("--name"), kName, QStringLiteral("--out"), csr});
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.describe()));
    m_aliceId = QJsonDocument::fromJson(requested.out).object().value(QStringLiteral("id")).toString();
    QVERIFY(!m_aliceId.isEmpty());
    const QString leaf = m_ca.sign(csr, 30, QStringLiteral("alice.crt"));
    QVERIFY2(!leaf.isEmpty(), qPrintable(m_ca.error()));
    QVERIFY(runCli(m_vault, m_passphraseFile, {QStringLiteral("import"), leaf, m_ca.intermediateCertPath()}));
    auto opened = Vault::open(m_vault, VaultCredentials{});
    QVERIFY(opened.ok());
    auto alice = opened.value()->find(m_aliceId);
    QVERIFY(alice.ok());
    m_alice = alice.value();
    QVERIFY(DetailsPanel::canTestConnection(m_alice));

    // The server's own certificate, for 127.0.0.1 under the test CA (the dialog has no extra trust for it, so the
    // findings also say the server is not trusted; the client side is what these tests are about).
    m_serverKey = path(QStringLiteral("server.key"));
    QCOMPARE(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                      m_serverKey})
                 .exitCode,
             0);
    QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), m_serverKey,
                      QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-out"),
                      path(QStringLiteral("server.csr"))})
                 .exitCode,
             0);
    m_serverCert = m_ca.sign(path(QStringLiteral("server.csr")), 30, QStringLiteral("server.crt"));
    QVERIFY(!m_serverCert.isEmpty());
    m_otherRoot = path(QStringLiteral("other-root.crt"));
    QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), path(QStringLiteral("other-root.key")), QStringLiteral("-out"),
                      m_otherRoot, QStringLiteral("-subj"), QStringLiteral("/O=Other Corp/CN=Other Corp Root CA"),
                      QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-addext"),
                      QStringLiteral("basicConstraints=critical,CA:TRUE")})
                 .exitCode,
             0);

    m_access = std::make_unique<VaultAccess>(m_vault);
    QByteArray passphrase = kVaultPassphrase.toUtf8();
    m_access->setPassphrase(SecureBytes::takeFrom(passphrase));
}

void TestConnectionTest::init()
{
    MessageBox::takeShownTexts();
}

std::unique_ptr<ConnectionTestDialog> TestConnectionTest::makeDialog()
{
    auto dialog = std::make_unique<ConnectionTestDialog>(m_access.get(), m_alice);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("dialog not exposed");
    return dialog;
}

bool TestConnectionTest::runTest(ConnectionTestDialog& dialog, const QString& address)
{
    auto* edit = child<QLineEdit>(dialog, QStringLiteral("addressEdit"));
    auto* test = child<QPushButton>(dialog, QStringLiteral("testButton"));
    if (!edit || !test)
        return false;
    edit->setText(address);
    QTest::mouseClick(test, Qt::LeftButton);
    if (!dialog.isBusy()) {
        qWarning("the test did not start");
        return false;
    }
    return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, kTestTimeoutMs);
}

void TestConnectionTest::screenshot(QWidget& widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget.window()->grab().save(QDir(directory).filePath(QStringLiteral("connectiontest-%1.png").arg(name)));
}

void TestConnectionTest::acceptedByServerTrustingTheCa()
{
    TlsServer server(m_serverCert, m_serverKey, m_ca.rootCertPath());
    QVERIFY2(server.isReady(), server.output().constData());
    auto dialog = makeDialog();
    QVERIFY(runTest(*dialog, QStringLiteral("127.0.0.1:%1").arg(server.port())));
    QVERIFY(dialog->report().has_value());
    const QStringList codes = shownCodes(*dialog);
    QVERIFY2(codes.contains(QStringLiteral("accepted")), qPrintable(codes.join(QStringLiteral(", "))));
    QVERIFY2(!codes.contains(QStringLiteral("ca-not-accepted")), qPrintable(codes.join(QStringLiteral(", "))));
    QCOMPARE(dialog->report()->identityId, m_aliceId);

    // The finding's own sentence, next to a ✓.
    auto* accepted = child<QWidget>(*dialog, QStringLiteral("finding-accepted"));
    QVERIFY(accepted);
    auto* message = child<QLabel>(*accepted, QStringLiteral("findingMessage"));
    QVERIFY(message);
    QCOMPARE(message->text(), dialog->report()->findings.at(codes.indexOf(QStringLiteral("accepted"))).message);
    QVERIFY(message->isVisible());
    QCOMPARE(child<QLabel>(*accepted, QStringLiteral("findingIcon"))->accessibleName(), QStringLiteral("Works"));
    QVERIFY(child<QPushButton>(*dialog, QStringLiteral("saveReportButton"))->isEnabled());
    // The server's own certificate is not trusted here (no extra CA in the dialog), but this identity got in.
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("summaryLabel"))->isVisible());
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("summaryLabel"))
                ->text()
                .contains(QStringLiteral("accepted “%1”").arg(kName)));

    // The technical detail is there, behind its toggle.
    for (QToolButton* toggle : dialog->findChildren<QToolButton*>(QStringLiteral("findingDetailToggle"))) {
        auto* detail = toggle->parentWidget()->findChild<QLabel*>(QStringLiteral("findingDetail"));
        QVERIFY(detail && !detail->isVisible() && !detail->text().isEmpty());
    }
    auto* firstToggle = dialog->findChild<QToolButton*>(QStringLiteral("findingDetailToggle"));
    QVERIFY(firstToggle);
    firstToggle->click();
    QVERIFY(firstToggle->parentWidget()->findChild<QLabel*>(QStringLiteral("findingDetail"))->isVisible());
    screenshot(*dialog, QStringLiteral("accepted"));

    // The address is remembered for this identity.
    auto again = makeDialog();
    QCOMPARE(child<QLineEdit>(*again, QStringLiteral("addressEdit"))->text(),
             QStringLiteral("127.0.0.1:%1").arg(server.port()));
}

void TestConnectionTest::rejectedByServerTrustingAnotherCa()
{
    TlsServer server(m_serverCert, m_serverKey, m_otherRoot);
    QVERIFY2(server.isReady(), server.output().constData());
    auto dialog = makeDialog();
    QVERIFY(runTest(*dialog, QStringLiteral("127.0.0.1:%1").arg(server.port())));
    const QStringList codes = shownCodes(*dialog);
    QVERIFY2(codes.contains(QStringLiteral("ca-not-accepted")), qPrintable(codes.join(QStringLiteral(", "))));
    QVERIFY2(!codes.contains(QStringLiteral("accepted")), qPrintable(codes.join(QStringLiteral(", "))));

    auto* finding = child<QWidget>(*dialog, QStringLiteral("finding-ca-not-accepted"));
    QVERIFY(finding);
    const DoctorFinding& expected = dialog->report()->findings.at(codes.indexOf(QStringLiteral("ca-not-accepted")));
    QCOMPARE(child<QLabel>(*finding, QStringLiteral("findingMessage"))->text(), expected.message);
    QVERIFY(expected.message.size() > 20);
    QVERIFY(!expected.nextStep.isEmpty());
    QCOMPARE(child<QLabel>(*finding, QStringLiteral("findingNextStep"))->text(),
             QStringLiteral("Next step: %1").arg(expected.nextStep));
    QCOMPARE(child<QLabel>(*finding, QStringLiteral("findingIcon"))->accessibleName(), QStringLiteral("Problem"));
    // The CA the server does accept is named for the user.
    QVERIFY2(expected.message.contains(QStringLiteral("Other Corp")) ||
                 expected.detail.contains(QStringLiteral("Other Corp")),
             qPrintable(expected.message + QLatin1Char('|') + expected.detail));
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("does not work")));
    screenshot(*dialog, QStringLiteral("rejected"));
}

void TestConnectionTest::nothingListening()
{
    auto dialog = makeDialog();
    QVERIFY(runTest(*dialog, QStringLiteral("127.0.0.1:%1").arg(freePort())));
    const QStringList codes = shownCodes(*dialog);
    QVERIFY2(codes.contains(QStringLiteral("connect-refused")), qPrintable(codes.join(QStringLiteral(", "))));
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("could not")));
}

void TestConnectionTest::invalidAddressIsExplained()
{
    auto dialog = makeDialog();
    child<QLineEdit>(*dialog, QStringLiteral("addressEdit"))->setText(QStringLiteral("example.org:70000"));
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("testButton")), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    auto* error = child<QLabel>(*dialog, QStringLiteral("connectionTestErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!dialog->report().has_value());
}

void TestConnectionTest::cancelDuringHandshakeReturnsPromptly()
{
    MuteServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    auto dialog = makeDialog();
    child<QLineEdit>(*dialog, QStringLiteral("addressEdit"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(mute.serverPort()));
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("testButton")), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QWidget>(*dialog, QStringLiteral("busyPanel"))->isVisible());
    // Connected: the doctor now waits for a ServerHello that never comes.
    QTRY_VERIFY_WITH_TIMEOUT(mute.accepted > 0, kTestTimeoutMs);
    QTest::qWait(200);
    QVERIFY(dialog->isBusy());

    // The window stays responsive meanwhile: a timer on the GUI thread fires on time.
    QElapsedTimer latency;
    latency.start();
    QTest::qWait(50);
    QVERIFY2(latency.elapsed() < 500, qPrintable(QString::number(latency.elapsed())));

    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kCancelBoundMs);
    QVERIFY2(timer.elapsed() < kCancelBoundMs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->report().has_value());
    QVERIFY(dialog->report()->cancelled);
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("cancelled")));
}

void TestConnectionTest::closingWhileRunningCancelsWithoutBlocking()
{
    MuteServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    auto dialog = makeDialog();
    child<QLineEdit>(*dialog, QStringLiteral("addressEdit"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(mute.serverPort()));
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(mute.accepted > 0, kTestTimeoutMs);

    QElapsedTimer timer;
    timer.start();
    dialog->close();
    // close() came back at once, the dialog waits for the worker to notice, then goes away.
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kCancelBoundMs);
    QVERIFY(!dialog->isBusy());
}

void TestConnectionTest::keyboard()
{
    MuteServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    auto dialog = makeDialog();
    auto* edit = child<QLineEdit>(*dialog, QStringLiteral("addressEdit"));
    edit->setText(QStringLiteral("127.0.0.1:%1").arg(mute.serverPort()));
    edit->setFocus();
    // Enter runs the test.
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(mute.accepted > 0, kTestTimeoutMs);
    // Esc while running cancels, and the dialog stays.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kCancelBoundMs);
    QVERIFY(dialog->isVisible());
    // Esc when idle closes.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestConnectionTest::reportIsWrittenWithoutKeys()
{
    TlsServer server(m_serverCert, m_serverKey, m_otherRoot);
    QVERIFY2(server.isReady(), server.output().constData());
    auto dialog = makeDialog();
    QVERIFY(runTest(*dialog, QStringLiteral("127.0.0.1:%1").arg(server.port())));
    const QString reportPath = path(QStringLiteral("helpdesk-report.txt"));
    FileDialog::setNextFileName(reportPath);
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("saveReportButton")), Qt::LeftButton);
    const QByteArray report = readFile(reportPath);
    QVERIFY2(report.startsWith("CertDesk connection report\n"), report.constData());
    QVERIFY(!report.contains("PRIVATE KEY"));
    QVERIFY(!report.contains(kVaultPassphrase.toUtf8()));
    QVERIFY(report.contains(m_aliceId.toUtf8()));
    QVERIFY(report.contains("ca-not-accepted"));
    QVERIFY(report.contains("Acceptable CA: CN=Other Corp Root CA,O=Other Corp"));
    QVERIFY(report.contains("\nExit code: 2\n"));
    // The same function writes `doctor --report`: the CLI's report of the same server has the same lines.
    const QString cliReport = path(QStringLiteral("cli-report.txt"));
    const ProcessResult cli = runProcess(
        CERTDESK_CLI_PATH, {QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile,
                            QStringLiteral("doctor"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                            QStringLiteral("--identity"), m_aliceId, QStringLiteral("--report"), cliReport});
    QCOMPARE(cli.exitCode, 2);
    auto findingLines = [](const QByteArray& text) {
        QList<QByteArray> lines;
        for (const QByteArray& line : text.split('\n')) {
            if (line.startsWith("✗ [") || line.startsWith("✓ [") || line.startsWith("Identity:"))
                lines << line;
        }
        return lines;
    };
    QCOMPARE(findingLines(report), findingLines(readFile(cliReport)));
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("saveStatusLabel"))->text().contains(QStringLiteral("Saved to")));
}

void TestConnectionTest::openedFromTheMainWindow()
{
    MainWindow window(m_vault);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = child<QTableView>(window, QStringLiteral("entryTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kTestTimeoutMs);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(window.selectedEntry() && window.selectedEntry()->id == m_aliceId);
    auto* action = child<QAction>(window, QStringLiteral("testConnectionAction"));
    QVERIFY(action && action->isEnabled());
    auto* button = child<QPushButton>(window, QStringLiteral("detailsTestConnectionButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    QVERIFY(window.connectionTestDialog());
    QVERIFY(window.connectionTestDialog()->isVisible());
    QCOMPARE(window.connectionTestDialog()->windowTitle(), QStringLiteral("Test a connection with “%1”").arg(kName));
    action->trigger(); // the same dialog, raised
    QCOMPARE(window.findChildren<ConnectionTestDialog*>().size(), 1);
    window.connectionTestDialog()->close();
    QTRY_VERIFY(!window.connectionTestDialog());
}

QTEST_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
