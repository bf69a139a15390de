#include "TestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/export/ExportDialog.h"
#include "gui/main/VaultAccess.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kVaultPassphrase = QStringLiteral("correct horse battery staple");
const QString kExportPassword = QStringLiteral("Export pass 2024!");

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

int fileMode(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

void typePasswords(ExportDialog& dialog, const QString& password, const QString& confirmation)
{
    auto* edit = child<QLineEdit>(dialog, "passwordEdit");
    auto* confirm = child<QLineEdit>(dialog, "confirmPasswordEdit");
    edit->clear();
    confirm->clear();
    QTest::keyClicks(edit, password);
    QTest::keyClicks(confirm, confirmation);
}

/// With CERTDESK_SCREENSHOT_DIR set (run under xvfb with QT_QPA_PLATFORM=xcb), saves what the user would see.
void screenshot(QWidget& widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget.grab().save(QDir(directory).filePath(QStringLiteral("export-%1.png").arg(name)));
}

/// The public key of a PEM file's key or certificate, as openssl prints it.
QByteArray publicKeyOf(const QStringList& arguments)
{
    const ProcessResult result = openssl(arguments);
    return result.exitCode == 0 ? result.out : QByteArray("(openssl failed) ") + result.err;
}

} // namespace

/// Drives the real ExportDialog over a vault that the real certdesk-cli filled, and checks every file it writes
/// with the openssl command.
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pkcs12_data();
    void pkcs12();
    void certificateFormats_data();
    void certificateFormats();
    void pemWithEncryptedKey();
    void passwordMismatchBlocksExport();
    void pendingRequestExportsItsCsr();
    void certificateOnlyEntryHasNoKeyFormats();

private:
    bool cli(const QStringList& arguments);
    VaultEntry entry(const QString& name) const;
    /// Clicks Export with the file name queued and waits for the outcome; returns the result title.
    QString exportTo(ExportDialog& dialog, const QString& path, bool needsVaultKey);

    QTemporaryDir m_home;
    QString m_vault;
    QString m_passphraseFile;
    QProcessEnvironment m_environment;
    TestCa m_ca;
    QList<VaultEntry> m_entries;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
    m_passphraseFile = m_home.filePath(QStringLiteral("passphrase"));
    writeFile(m_passphraseFile, kVaultPassphrase.toUtf8() + '\n');
    // No keychain answers, here or in CI, so that the vault passphrase is always asked through the seam.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    qunsetenv("CERTDESK_VAULT");
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));

    // An identity with its chain, a waiting request and a certificate kept without key.
    m_vault = m_home.filePath(QStringLiteral("export vault"));
    const QString aliceCsr = m_home.filePath(QStringLiteral("alice.csr"));
    QVERIFY(
        cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Alice Example,O=Example Corp"),
             QStringLiteral("--name"), QStringLiteral("Alice laptop"), QStringLiteral("--out"), aliceCsr}));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Bob Example"),
                 QStringLiteral("--name"), QStringLiteral("Bob phone"), QStringLiteral("--out"),
                 m_home.filePath(QStringLiteral("bob.csr"))}));
    const QString leaf = m_ca.sign(aliceCsr, 365, QStringLiteral("alice.crt"));
    QVERIFY2(!leaf.isEmpty(), qPrintable(m_ca.error()));
    QVERIFY(cli({QStringLiteral("import"), leaf, m_ca.intermediateCertPath()}));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("--keep-without-key"), QStringLiteral("--name"),
                 QStringLiteral("Root"), m_ca.rootCertPath()}));
    auto opened = Vault::open(m_vault, VaultCredentials{});
    QVERIFY(opened.ok());
    auto entries = opened.value()->entries();
    QVERIFY(entries.ok());
    m_entries = entries.value();
    QCOMPARE(m_entries.size(), 3);
    QVERIFY(entry(QStringLiteral("Alice laptop")).hasKey);
    QCOMPARE(entry(QStringLiteral("Alice laptop")).chain.size(), 1);
}

bool TestExportDialog::cli(const QStringList& arguments)
{
    return runCli(m_vault, m_passphraseFile, arguments, m_environment);
}

VaultEntry TestExportDialog::entry(const QString& name) const
{
    for (const VaultEntry& candidate : m_entries) {
        if (candidate.name == name)
            return candidate;
    }
    qWarning("no entry %s", qPrintable(name));
    return {};
}

QString TestExportDialog::exportTo(ExportDialog& dialog, const QString& path, bool needsVaultKey)
{
    FileDialog::setNextFileName(path);
    // A new VaultAccess knows no passphrase yet, so every key operation asks once.
    if (needsVaultKey)
        PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    child<QPushButton>(dialog, "exportButton")->click();
    auto* title = child<QLabel>(dialog, "resultTitle");
    if (!QTest::qWaitFor([&] { return !dialog.isBusy() && title->isVisible(); }, kTimeoutMs))
        return QStringLiteral("(timed out)");
    return title->text();
}

void TestExportDialog::pkcs12_data()
{
    QTest::addColumn<bool>("compatible");
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("modern") << false << QStringLiteral("AES-256-CBC");
    QTest::newRow("compatible") << true << QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC");
}

void TestExportDialog::pkcs12()
{
    QFETCH(bool, compatible);
    QFETCH(QString, algorithm);

    const VaultEntry alice = entry(QStringLiteral("Alice laptop"));
    VaultAccess access(m_vault);
    ExportDialog dialog(&access, alice);
    dialog.show();
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    // PKCS#12 is the first choice for an identity with a key, Modern its default.
    QVERIFY(child<QRadioButton>(dialog, "pkcs12Radio")->isChecked());
    QVERIFY(child<QRadioButton>(dialog, "modernRadio")->isChecked());
    QCOMPARE(child<QRadioButton>(dialog, "compatibleRadio")->text(),
             QStringLiteral("Compatible with older Windows and macOS (3DES)"));
    if (compatible)
        child<QRadioButton>(dialog, "compatibleRadio")->click();
    QVERIFY(child<QWidget>(dialog, "passwordPanel")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "exportButton")->isEnabled());
    typePasswords(dialog, kExportPassword, kExportPassword);
    QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "strengthLabel")->text(), QStringLiteral("Strong password."));
    if (!compatible)
        screenshot(dialog, QStringLiteral("pkcs12"));

    const QString path =
        m_home.filePath(compatible ? QStringLiteral("alice-compatible.p12") : QStringLiteral("alice.p12"));
    QCOMPARE(exportTo(dialog, path, true), QStringLiteral("Exported"));
    QVERIFY2(child<QLabel>(dialog, "resultLabel")->text().contains(path),
             qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    if (!compatible)
        screenshot(dialog, QStringLiteral("pkcs12-saved"));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(dialog.savedPath(), path);
    QCOMPARE(fileMode(path), 0600);

    // openssl opens it with the password, with the profile's algorithm, and the key belongs to the certificate.
    const QString passin = QStringLiteral("pass:") + kExportPassword;
    const ProcessResult info =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-passin"), passin,
                 QStringLiteral("-info"), QStringLiteral("-noout")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    QVERIFY2(info.err.contains(algorithm.toLatin1()) || info.out.contains(algorithm.toLatin1()),
             qPrintable(info.describe()));
    const QString keyPem = m_home.filePath(QStringLiteral("p12-key.pem"));
    const QString certPem = m_home.filePath(QStringLiteral("p12-cert.pem"));
    const QString caPem = m_home.filePath(QStringLiteral("p12-ca.pem"));
    QCOMPARE(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-passin"), passin,
                      QStringLiteral("-nocerts"), QStringLiteral("-nodes"), QStringLiteral("-out"), keyPem})
                 .exitCode,
             0);
    QCOMPARE(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-passin"), passin,
                      QStringLiteral("-nokeys"), QStringLiteral("-clcerts"), QStringLiteral("-out"), certPem})
                 .exitCode,
             0);
    QCOMPARE(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-passin"), passin,
                      QStringLiteral("-nokeys"), QStringLiteral("-cacerts"), QStringLiteral("-out"), caPem})
                 .exitCode,
             0);
    const QByteArray keyPublic =
        publicKeyOf({QStringLiteral("pkey"), QStringLiteral("-in"), keyPem, QStringLiteral("-pubout")});
    QVERIFY(keyPublic.startsWith("-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(keyPublic, publicKeyOf({QStringLiteral("x509"), QStringLiteral("-in"), certPem, QStringLiteral("-pubkey"),
                                     QStringLiteral("-noout")}));
    const ProcessResult leafDer = openssl(
        {QStringLiteral("x509"), QStringLiteral("-in"), certPem, QStringLiteral("-outform"), QStringLiteral("DER")});
    QCOMPARE(leafDer.out, alice.certificate.der());
    const ProcessResult caDer = openssl(
        {QStringLiteral("x509"), QStringLiteral("-in"), caPem, QStringLiteral("-outform"), QStringLiteral("DER")});
    QCOMPARE(caDer.out, alice.chain.first().der());
    // The wrong password does not open it.
    QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                     QStringLiteral("pass:wrong"), QStringLiteral("-noout")})
                .exitCode != 0);
}

void TestExportDialog::certificateFormats_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("PEM") << QStringLiteral("pemRadio") << QStringLiteral("alice.pem");
    QTest::newRow("DER") << QStringLiteral("derRadio") << QStringLiteral("alice.cer");
    QTest::newRow("chain") << QStringLiteral("chainRadio") << QStringLiteral("alice-chain.pem");
}

void TestExportDialog::certificateFormats()
{
    QFETCH(QString, radio);
    QFETCH(QString, fileName);

    const VaultEntry alice = entry(QStringLiteral("Alice laptop"));
    VaultAccess access(m_vault);
    ExportDialog dialog(&access, alice);
    dialog.show();
    child<QRadioButton>(dialog, radio.toLatin1().constData())->click();
    // No key, no password: Export is ready at once.
    QVERIFY(!child<QWidget>(dialog, "passwordPanel")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
    const QString path = m_home.filePath(fileName);
    QCOMPARE(exportTo(dialog, path, false), QStringLiteral("Exported"));
    const QByteArray written = readFile(path);

    if (radio == QLatin1String("derRadio")) {
        QCOMPARE(written, alice.certificate.der());
        const ProcessResult read =
            openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                     path, QStringLiteral("-outform"), QStringLiteral("DER")});
        QCOMPARE(read.out, alice.certificate.der());
        return;
    }
    const ProcessResult leaf = openssl(
        {QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-outform"), QStringLiteral("DER")});
    QCOMPARE(leaf.out, alice.certificate.der());
    if (radio == QLatin1String("pemRadio")) {
        QCOMPARE(written, alice.certificate.pem());
        return;
    }
    // The chain: the leaf, then its issuer, both as openssl reads them.
    QCOMPARE(written, alice.certificate.pem() + alice.chain.first().pem());
    const QString p7 = m_home.filePath(QStringLiteral("chain.p7b"));
    QCOMPARE(openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-certfile"), path,
                      QStringLiteral("-out"), p7})
                 .exitCode,
             0);
    const ProcessResult certs = openssl(
        {QStringLiteral("pkcs7"), QStringLiteral("-in"), p7, QStringLiteral("-print_certs"), QStringLiteral("-noout")});
    QCOMPARE(certs.out.count("subject="), 2);
    QVERIFY2(certs.out.contains("Alice Example") && certs.out.contains("CertDesk Test Issuing CA"),
             certs.out.constData());
    const ProcessResult issuer = openssl({QStringLiteral("x509"), QStringLiteral("-in"), m_ca.intermediateCertPath(),
                                          QStringLiteral("-outform"), QStringLiteral("DER")});
    QCOMPARE(alice.chain.first().der(), issuer.out);
}

void TestExportDialog::pemWithEncryptedKey()
{
    const VaultEntry alice = entry(QStringLiteral("Alice laptop"));
    VaultAccess access(m_vault);
    ExportDialog dialog(&access, alice);
    dialog.show();
    child<QRadioButton>(dialog, "chainRadio")->click();
    auto* includeKey = child<QCheckBox>(dialog, "includeKeyCheck");
    QVERIFY(includeKey->isVisible());
    QCOMPARE(includeKey->text(), QStringLiteral("Include the private key (encrypted with this password)"));
    includeKey->click();
    QVERIFY(child<QWidget>(dialog, "passwordPanel")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "exportButton")->isEnabled());
    typePasswords(dialog, kExportPassword, kExportPassword);
    screenshot(dialog, QStringLiteral("chain-with-key"));

    const QString path = m_home.filePath(QStringLiteral("alice-with-key.pem"));
    QCOMPARE(exportTo(dialog, path, true), QStringLiteral("Exported"));
    QCOMPARE(fileMode(path), 0600);
    const QByteArray written = readFile(path);
    QVERIFY(written.startsWith(alice.certificate.pem() + alice.chain.first().pem()));
    QVERIFY(written.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!written.contains("-----BEGIN PRIVATE KEY-----"));
    const QByteArray keyPublic =
        publicKeyOf({QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                     QStringLiteral("pass:") + kExportPassword, QStringLiteral("-pubout")});
    QVERIFY2(keyPublic.startsWith("-----BEGIN PUBLIC KEY-----"), keyPublic.constData());
    QCOMPARE(keyPublic, publicKeyOf({QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-pubkey"),
                                     QStringLiteral("-noout")}));

    // DER cannot carry a key: the choice goes away and no password is asked.
    child<QRadioButton>(dialog, "derRadio")->click();
    QVERIFY(!includeKey->isVisible());
    QVERIFY(!child<QWidget>(dialog, "passwordPanel")->isVisible());
}

void TestExportDialog::passwordMismatchBlocksExport()
{
    VaultAccess access(m_vault);
    ExportDialog dialog(&access, entry(QStringLiteral("Alice laptop")));
    dialog.show();
    auto* exportButton = child<QPushButton>(dialog, "exportButton");
    auto* mismatch = child<QLabel>(dialog, "mismatchLabel");
    auto* strength = child<QLabel>(dialog, "strengthLabel");
    QVERIFY(!exportButton->accessibleName().isEmpty());

    // Both fields masked; the toggle shows both.
    auto* edit = child<QLineEdit>(dialog, "passwordEdit");
    auto* confirm = child<QLineEdit>(dialog, "confirmPasswordEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    QVERIFY(!edit->accessibleName().isEmpty() && !confirm->accessibleName().isEmpty());
    child<QCheckBox>(dialog, "showPasswordCheck")->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(confirm->echoMode(), QLineEdit::Normal);
    child<QCheckBox>(dialog, "showPasswordCheck")->click();
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);

    typePasswords(dialog, QStringLiteral("abcdefgh12"), QStringLiteral("abcdefgh13"));
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(mismatch->isVisible());
    QVERIFY2(mismatch->text().contains(QStringLiteral("differ")), qPrintable(mismatch->text()));
    QVERIFY2(strength->text().startsWith(QStringLiteral("Fair")), qPrintable(strength->text()));
    screenshot(dialog, QStringLiteral("mismatch"));

    // Only the confirmation missing: still blocked, and it says why.
    typePasswords(dialog, QStringLiteral("abc"), QString());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY2(mismatch->text().contains(QStringLiteral("again")), qPrintable(mismatch->text()));
    QVERIFY2(strength->text().startsWith(QStringLiteral("Too short.")), qPrintable(strength->text()));

    // A short password warns but does not block; matching unblocks.
    typePasswords(dialog, QStringLiteral("abc"), QStringLiteral("abc"));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!mismatch->isVisible());
    screenshot(dialog, QStringLiteral("short"));

    // A cancelled save dialog writes nothing and says nothing.
    FileDialog::setNextFileName(QString());
    exportButton->click();
    QVERIFY(!dialog.isBusy());
    QVERIFY(!child<QLabel>(dialog, "resultTitle")->isVisible());
    QVERIFY(dialog.savedPath().isEmpty());

    // Formats without a key need no password at all.
    typePasswords(dialog, QStringLiteral("x"), QStringLiteral("y"));
    QVERIFY(!exportButton->isEnabled());
    child<QRadioButton>(dialog, "pemRadio")->click();
    QVERIFY(exportButton->isEnabled());
}

void TestExportDialog::pendingRequestExportsItsCsr()
{
    const VaultEntry bob = entry(QStringLiteral("Bob phone"));
    QVERIFY(bob.isPending());
    VaultAccess access(m_vault);
    ExportDialog dialog(&access, bob);
    dialog.show();
    QCOMPARE(dialog.availableFormats(), QList<ExportDialog::Format>{ExportDialog::Format::Request});
    QVERIFY(child<QRadioButton>(dialog, "requestRadio")->isChecked());
    QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("pkcs12Radio")));
    QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("pemRadio")));
    QVERIFY(!child<QCheckBox>(dialog, "includeKeyCheck")->isVisible());
    QVERIFY(child<QLabel>(dialog, "situationLabel")->isVisible());
    screenshot(dialog, QStringLiteral("request"));

    const QString path = m_home.filePath(QStringLiteral("bob.csr"));
    QCOMPARE(exportTo(dialog, path, false), QStringLiteral("Exported"));
    QCOMPARE(readFile(path), bob.request.pem());
    const ProcessResult verified = openssl(
        {QStringLiteral("req"), QStringLiteral("-in"), path, QStringLiteral("-verify"), QStringLiteral("-noout")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
}

void TestExportDialog::certificateOnlyEntryHasNoKeyFormats()
{
    const VaultEntry root = entry(QStringLiteral("Root"));
    QVERIFY(!root.hasKey);
    VaultAccess access(m_vault);
    ExportDialog dialog(&access, root);
    dialog.show();
    QCOMPARE(dialog.availableFormats(),
             (QList<ExportDialog::Format>{ExportDialog::Format::Pem, ExportDialog::Format::Der,
                                          ExportDialog::Format::Chain, ExportDialog::Format::Calendar}));
    QVERIFY(child<QRadioButton>(dialog, "pemRadio")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "includeKeyCheck")->isVisible());
    QVERIFY(!child<QWidget>(dialog, "passwordPanel")->isVisible());
    QVERIFY(child<QLabel>(dialog, "situationLabel")->text().contains(QStringLiteral("no private key")));

    // A folder that cannot be written gives a clear failure.
    const QString path = m_home.filePath(QStringLiteral("no such folder/root.pem"));
    QCOMPARE(exportTo(dialog, path, false), QStringLiteral("Not exported"));
    QVERIFY2(child<QLabel>(dialog, "resultLabel")->text().contains(QStringLiteral("cannot write")),
             qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    screenshot(dialog, QStringLiteral("failure"));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
