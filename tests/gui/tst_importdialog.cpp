#include "TestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/import/ImportDialog.h"
#include "gui/main/VaultAccess.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kVaultPassphrase = QStringLiteral("correct horse battery staple");
const QString kBundlePassword = QStringLiteral("bundle secret 42");

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString currentPage(const ImportDialog& dialog)
{
    return child<QStackedWidget>(dialog, "importPages")->currentWidget()->objectName();
}

QStringList column(const ImportDialog& dialog, int column)
{
    QStringList texts;
    const auto* list = child<QTreeWidget>(dialog, "fileList");
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts << list->topLevelItem(row)->text(column);
    return texts;
}

QStringList resultLines(const ImportDialog& dialog)
{
    QStringList lines;
    const auto* list = child<QListWidget>(dialog, "resultList");
    for (int row = 0; row < list->count(); ++row)
        lines << list->item(row)->text();
    return lines;
}

QString problem(const ImportDialog& dialog)
{
    return child<QLabel>(dialog, "problemLabel")->text();
}

QString nextStep(const ImportDialog& dialog)
{
    return child<QLabel>(dialog, "nextStepLabel")->text();
}

/// With CERTDESK_SCREENSHOT_DIR set (run under xvfb with QT_QPA_PLATFORM=xcb), saves what the user would see.
void screenshot(QWidget& widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget.grab().save(QDir(directory).filePath(QStringLiteral("import-%1.png").arg(name)));
}

} // namespace

/// Drives the real ImportDialog over vaults that the real certdesk-cli made, with files a real openssl CA made.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void signedCertificateCompletesTheRequest();
    void certificateNotKeptIsNamed();
    void pkcs12AsksForItsPassword();
    void legacyBundleShowsTheOldAlgorithmNote();
    void bundleWithoutMacSaysSo();
    void unreadableFilesSayWhatToDo_data();
    void unreadableFilesSayWhatToDo();
    void certificateWithoutKeyCanBeKept();
    void pastedTextCompletesTheRequest();
    void dropAndFilePickerAddFiles();

private:
    bool cli(const QString& vault, const QStringList& arguments);
    /// A pending request made by the CLI; returns the CSR's path (empty on failure).
    QString request(const QString& vault, const QString& commonName, const QString& name);
    /// A key and self-signed certificate made by openssl, bundled with `extra` pkcs12 options; empty on failure.
    QString makePkcs12(const QString& commonName, const QStringList& extra);
    QList<VaultEntry> entriesOf(const QString& vault);

    QTemporaryDir m_home;
    QString m_passphraseFile;
    QProcessEnvironment m_environment;
    TestCa m_ca;
    int m_counter = 0;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Lists read "1 certificate and 1 private key" in English, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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
}

void TestImportDialog::init()
{
    MessageBox::takeShownTexts();
}

bool TestImportDialog::cli(const QString& vault, const QStringList& arguments)
{
    return runCli(vault, m_passphraseFile, arguments, m_environment);
}

QString TestImportDialog::request(const QString& vault, const QString& commonName, const QString& name)
{
    const QString csr = m_home.filePath(QStringLiteral("request-%1.csr").arg(++m_counter));
    if (!cli(vault, {QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=") + commonName,
                     QStringLiteral("--name"), name, QStringLiteral("--out"), csr}))
        return {};
    return csr;
}

QString TestImportDialog::makePkcs12(const QString& commonName, const QStringList& extra)
{
    const QString base = m_home.filePath(QStringLiteral("bundle-%1").arg(++m_counter));
    const ProcessResult made =
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                 base + QStringLiteral(".crt"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                 QStringLiteral("-days"), QStringLiteral("30")});
    if (made.exitCode != 0) {
        qWarning("%s", qPrintable(made.describe()));
        return {};
    }
    const ProcessResult bundled = openssl(
        QStringList{QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                    base + QStringLiteral(".key"), QStringLiteral("-in"), base + QStringLiteral(".crt"),
                    QStringLiteral("-name"), commonName, QStringLiteral("-passout"),
                    QStringLiteral("pass:") + kBundlePassword, QStringLiteral("-out"), base + QStringLiteral(".p12")} +
        extra);
    if (bundled.exitCode != 0) {
        qWarning("%s", qPrintable(bundled.describe()));
        return {};
    }
    return base + QStringLiteral(".p12");
}

QList<VaultEntry> TestImportDialog::entriesOf(const QString& vault)
{
    auto opened = Vault::open(vault, VaultCredentials{});
    if (!opened)
        return {};
    auto entries = opened.value()->entries();
    return entries ? entries.value() : QList<VaultEntry>{};
}

void TestImportDialog::signedCertificateCompletesTheRequest()
{
    const QString vault = m_home.filePath(QStringLiteral("complete vault"));
    const QString csr = request(vault, QStringLiteral("Alice Example"), QStringLiteral("Alice laptop"));
    QVERIFY(!csr.isEmpty());
    const QString leaf = m_ca.sign(csr, 365, QStringLiteral("alice.crt"));
    QVERIFY2(!leaf.isEmpty(), qPrintable(m_ca.error()));

    VaultAccess access(vault);
    ImportDialog dialog(&access);
    dialog.show();
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.addFiles({leaf, m_ca.intermediateCertPath()});
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);

    // Before importing: each file with its format and what it holds.
    QCOMPARE(column(dialog, 0), (QStringList{QStringLiteral("alice.crt"), QStringLiteral("intermediate.crt")}));
    QCOMPARE(column(dialog, 1), (QStringList{QStringLiteral("PEM text"), QStringLiteral("PEM text")}));
    QCOMPARE(column(dialog, 2), (QStringList{QStringLiteral("1 certificate"), QStringLiteral("1 certificate")}));
    QVERIFY(!child<QWidget>(dialog, "problemPanel")->isVisible());
    auto* importButton = child<QPushButton>(dialog, "importButton");
    QVERIFY(importButton->isEnabled());
    QVERIFY(!importButton->accessibleName().isEmpty());
    screenshot(dialog, QStringLiteral("files"));

    importButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(dialog), QStringLiteral("resultPage"), kTimeoutMs);
    screenshot(dialog, QStringLiteral("result"));
    const QStringList lines = resultLines(dialog);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Completed request “Alice laptop”")), qPrintable(lines.first()));
    QCOMPARE(child<QLabel>(dialog, "resultHeading")->text(), QStringLiteral("Import finished"));
    QVERIFY(child<QPushButton>(dialog, "closeButton")->isVisible());
    QVERIFY(!importButton->isVisible());

    // The vault now holds the certificate, with the intermediate as its chain.
    QCOMPARE(imported.size(), 1);
    const QStringList ids = imported.first().first().toStringList();
    QCOMPARE(ids.size(), 1);
    const QList<VaultEntry> entries = entriesOf(vault);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, ids.first());
    QVERIFY(!entries.first().isPending());
    QCOMPARE(entries.first().certificate.commonName(), QStringLiteral("Alice Example"));
    QCOMPARE(entries.first().chain.size(), 1);

    // The same files again change nothing, and the dialog says so.
    ImportDialog again(&access);
    again.addFiles({leaf});
    QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), kTimeoutMs);
    child<QPushButton>(again, "importButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(again), QStringLiteral("resultPage"), kTimeoutMs);
    QCOMPARE(resultLines(again), QStringList{QStringLiteral("Already in the vault, nothing changed: “Alice laptop”.")});
    QCOMPARE(child<QLabel>(again, "resultHeading")->text(), QStringLiteral("Nothing new to import"));
}

/// A CA certificate that issued nothing in the import used to vanish without a word; the result names it.
void TestImportDialog::certificateNotKeptIsNamed()
{
    const QString vault = m_home.filePath(QStringLiteral("not kept vault"));
    const QString csr = request(vault, QStringLiteral("Carol Example"), QStringLiteral("Carol laptop"));
    QVERIFY(!csr.isEmpty());
    const QString leaf = m_ca.sign(csr, 365, QStringLiteral("carol.crt"));
    QVERIFY2(!leaf.isEmpty(), qPrintable(m_ca.error()));
    const QString unrelated = m_home.filePath(QStringLiteral("unrelated-root.crt"));
    const ProcessResult made =
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), m_home.filePath(QStringLiteral("unrelated-root.key")),
                 QStringLiteral("-out"), unrelated, QStringLiteral("-subj"), QStringLiteral("/CN=Unrelated Root CA"),
                 QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));

    VaultAccess access(vault);
    ImportDialog dialog(&access);
    dialog.show();
    dialog.addFiles({leaf, m_ca.intermediateCertPath(), unrelated});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    child<QPushButton>(dialog, "importButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(dialog), QStringLiteral("resultPage"), kTimeoutMs);
    const QStringList lines = resultLines(dialog);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Completed request “Carol laptop”")), qPrintable(lines.first()));
    QVERIFY2(lines.last().startsWith(QStringLiteral("Not imported: “CN=Unrelated Root CA” is a CA certificate")),
             qPrintable(lines.last()));
}

void TestImportDialog::pkcs12AsksForItsPassword()
{
    const QString vault = m_home.filePath(QStringLiteral("pkcs12 vault"));
    QVERIFY(!request(vault, QStringLiteral("Someone Else"), QStringLiteral("Other")).isEmpty());
    const QString bundle = makePkcs12(QStringLiteral("Carol Bundle"), {});
    QVERIFY(!bundle.isEmpty());

    VaultAccess access(vault);
    ImportDialog dialog(&access);
    dialog.show();
    dialog.addFiles({bundle});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);

    // No password yet: the format is known, the password is asked inline, Import waits.
    QCOMPARE(column(dialog, 1), QStringList{QStringLiteral("PKCS#12 bundle")});
    QCOMPARE(column(dialog, 2), QStringList{QStringLiteral("Needs its password")});
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(password->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!password->accessibleName().isEmpty());
    QVERIFY2(problem(dialog).contains(QStringLiteral("protected by a password")), qPrintable(problem(dialog)));
    QVERIFY2(nextStep(dialog).contains(QStringLiteral("Unlock")), qPrintable(nextStep(dialog)));
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "unlockButton")->isEnabled());
    screenshot(dialog, QStringLiteral("password"));

    // The show toggle unmasks and masks again.
    auto* show = child<QCheckBox>(dialog, "showPasswordCheck");
    show->setChecked(true);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    show->setChecked(false);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // A wrong password gets its own message and next step.
    QTest::keyClicks(password, QStringLiteral("not the password"));
    QVERIFY(child<QPushButton>(dialog, "unlockButton")->isEnabled());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QVERIFY2(problem(dialog).contains(QStringLiteral("password is wrong")), qPrintable(problem(dialog)));
    QVERIFY2(nextStep(dialog).contains(QStringLiteral("again")), qPrintable(nextStep(dialog)));
    QVERIFY(password->text().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    screenshot(dialog, QStringLiteral("wrong-password"));

    // The right one shows what the bundle holds.
    QTest::keyClicks(password, kBundlePassword);
    child<QPushButton>(dialog, "unlockButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QCOMPARE(column(dialog, 2), QStringList{QStringLiteral("1 certificate and 1 private key")});
    QVERIFY(!child<QWidget>(dialog, "problemPanel")->isVisible());

    // Sealing the key needs the vault passphrase; no keychain answers, so the dialog asks for it.
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    child<QPushButton>(dialog, "importButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(dialog), QStringLiteral("resultPage"), kTimeoutMs);
    const QStringList lines = resultLines(dialog);
    QVERIFY2(lines.size() == 1 && lines.first().startsWith(QStringLiteral("Imported identity “Carol Bundle”")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(access.hasPassphrase());

    // The key went into the vault and belongs to the certificate.
    SecureBytes passphrase(reinterpret_cast<const unsigned char*>(kVaultPassphrase.toUtf8().constData()),
                           static_cast<std::size_t>(kVaultPassphrase.toUtf8().size()));
    auto opened = Vault::open(vault, VaultCredentials{std::move(passphrase), nullptr});
    QVERIFY(opened.ok());
    auto entries = opened.value()->entries();
    QVERIFY(entries.ok());
    const auto carol = std::find_if(entries.value().cbegin(), entries.value().cend(), [](const VaultEntry& entry) {
        return entry.name == QStringLiteral("Carol Bundle");
    });
    QVERIFY(carol != entries.value().cend());
    auto key = opened.value()->privateKey(carol->id);
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE(key.value().publicKeySha256(), carol->certificate.publicKeySha256());
}

void TestImportDialog::legacyBundleShowsTheOldAlgorithmNote()
{
    const QString bundle = makePkcs12(QStringLiteral("Lea Legacy"), {QStringLiteral("-legacy")});
    if (bundle.isEmpty())
        QSKIP("this openssl cannot write legacy PKCS#12 bundles");
    const QString vault = m_home.filePath(QStringLiteral("legacy vault"));
    QVERIFY(!request(vault, QStringLiteral("Someone Else"), QStringLiteral("Other")).isEmpty());

    VaultAccess access(vault);
    ImportDialog dialog(&access);
    dialog.addFiles({bundle});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), kBundlePassword);
    child<QPushButton>(dialog, "unlockButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    if (problem(dialog).contains(QStringLiteral("no legacy support"))) {
        // Without OpenSSL's legacy provider the dialog must say so and point to a modern copy.
        QVERIFY2(nextStep(dialog).contains(QStringLiteral("modern format")), qPrintable(nextStep(dialog)));
        QSKIP("this system's OpenSSL has no legacy provider");
    }
    QCOMPARE(column(dialog, 2), QStringList{QStringLiteral("1 certificate and 1 private key")});

    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    child<QPushButton>(dialog, "importButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(dialog), QStringLiteral("resultPage"), kTimeoutMs);
    const QStringList lines = resultLines(dialog);
    QVERIFY2(lines.size() == 2, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Imported identity “Lea Legacy”")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Note: This bundle was made with")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("an old algorithm")), qPrintable(lines.at(1)));
    dialog.show();
    screenshot(dialog, QStringLiteral("legacy-result"));
}

void TestImportDialog::bundleWithoutMacSaysSo()
{
    const QString bundle = makePkcs12(QStringLiteral("Nomac Bundle"), {QStringLiteral("-nomac")});
    QVERIFY(!bundle.isEmpty());
    VaultAccess access(m_home.filePath(QStringLiteral("nomac vault")));
    ImportDialog dialog(&access);
    dialog.addFiles({bundle});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QCOMPARE(column(dialog, 1), QStringList{QStringLiteral("PKCS#12 bundle")});
    auto* password = child<QLineEdit>(dialog, "passwordEdit");

    // Nothing tells a wrong password from damage here; the dialog says both and what to try.
    QTest::keyClicks(password, QStringLiteral("not it"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QVERIFY2(problem(dialog).contains(QStringLiteral("no integrity check")), qPrintable(problem(dialog)));
    QVERIFY2(nextStep(dialog).contains(QStringLiteral("new copy")), qPrintable(nextStep(dialog)));
    QCOMPARE(column(dialog, 2), QStringList{QStringLiteral("Needs its password")});

    QTest::keyClicks(password, kBundlePassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QCOMPARE(column(dialog, 2), QStringList{QStringLiteral("1 certificate and 1 private key")});
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    child<QPushButton>(dialog, "importButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(dialog), QStringLiteral("resultPage"), kTimeoutMs);
    const QStringList lines = resultLines(dialog);
    QVERIFY2(lines.size() == 2 && lines.at(1).startsWith(QStringLiteral("Note: This bundle has no integrity check")),
             qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestImportDialog::unreadableFilesSayWhatToDo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("next");

    QTest::newRow("truncated PKCS#12") << QStringLiteral("truncated-p12") << QStringLiteral("Unknown")
                                       << QStringLiteral("cut short") << QStringLiteral("new copy");
    QTest::newRow("damaged PEM") << QStringLiteral("damaged-pem") << QStringLiteral("PEM text")
                                 << QStringLiteral("damaged or cut short") << QStringLiteral("new copy");
    QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("Unknown")
                             << QStringLiteral("does not recognise this file") << QStringLiteral("BEGIN and END");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("Unknown") << QStringLiteral("is empty")
                           << QStringLiteral("Remove this file");
}

void TestImportDialog::unreadableFilesSayWhatToDo()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(QString, message);
    QFETCH(QString, next);

    const QString path = m_home.filePath(kind + QStringLiteral(".bin"));
    if (kind == QLatin1String("truncated-p12")) {
        const QString bundle = makePkcs12(QStringLiteral("Cut Short"), {});
        QVERIFY(!bundle.isEmpty());
        const QByteArray whole = readFile(bundle);
        writeFile(path, whole.left(whole.size() / 2));
    } else if (kind == QLatin1String("damaged-pem")) {
        QByteArray pem = readFile(m_ca.rootCertPath());
        pem.truncate(pem.size() / 2);
        pem += "-----END CERTIFICATE-----\n";
        writeFile(path, pem);
    } else if (kind == QLatin1String("garbage")) {
        QByteArray noise;
        for (int i = 0; i < 700; ++i)
            noise += char((i * 7919 + 13) % 251);
        writeFile(path, noise);
    } else {
        writeFile(path, {});
    }

    const QString vault = m_home.filePath(QStringLiteral("unreadable vault"));
    VaultAccess access(vault);
    ImportDialog dialog(&access);
    dialog.show();
    dialog.addFiles({m_ca.rootCertPath(), path});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QCOMPARE(column(dialog, 1), (QStringList{QStringLiteral("PEM text"), format}));
    QCOMPARE(column(dialog, 2).last(), QStringLiteral("Cannot be imported"));
    QVERIFY2(problem(dialog).contains(message), qPrintable(problem(dialog)));
    QVERIFY2(problem(dialog).startsWith(QFileInfo(path).fileName()), qPrintable(problem(dialog)));
    QVERIFY2(nextStep(dialog).contains(next), qPrintable(nextStep(dialog)));
    QVERIFY(!child<QWidget>(dialog, "passwordPanel")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    if (kind == QLatin1String("truncated-p12"))
        screenshot(dialog, QStringLiteral("damaged"));

    // The file the message is about is selected, so Remove takes it out and the rest can be imported.
    child<QPushButton>(dialog, "removeFileButton")->click();
    QCOMPARE(column(dialog, 0), QStringList{QFileInfo(m_ca.rootCertPath()).fileName()});
    QVERIFY(!child<QWidget>(dialog, "problemPanel")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
}

void TestImportDialog::certificateWithoutKeyCanBeKept()
{
    const QString vault = m_home.filePath(QStringLiteral("keep vault"));
    QVERIFY(!request(vault, QStringLiteral("Someone Else"), QStringLiteral("Other")).isEmpty());
    // A colleague's certificate: key and CSR made elsewhere, signed by the CA.
    const QString key = m_home.filePath(QStringLiteral("dave.key"));
    const QString csr = m_home.filePath(QStringLiteral("dave.csr"));
    const ProcessResult made =
        openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                 QStringLiteral("/CN=Dave Colleague/O=Elsewhere")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    const QString certificate = m_ca.sign(csr, 100, QStringLiteral("dave.crt"));
    QVERIFY(!certificate.isEmpty());

    VaultAccess access(vault);
    ImportDialog dialog(&access);
    dialog.show();
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.addFiles({certificate});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    auto* keep = child<QPushButton>(dialog, "keepWithoutKeyButton");
    QVERIFY(!keep->isVisible());
    child<QPushButton>(dialog, "importButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);

    // Refused with a sentence that names the subject, and the offer to keep it anyway.
    QCOMPARE(currentPage(dialog), QStringLiteral("inputPage"));
    QVERIFY2(problem(dialog).contains(QStringLiteral("No waiting key")), qPrintable(problem(dialog)));
    QVERIFY2(problem(dialog).contains(QStringLiteral("Dave Colleague")), qPrintable(problem(dialog)));
    QVERIFY2(nextStep(dialog).contains(QStringLiteral("Keep without key")), qPrintable(nextStep(dialog)));
    QVERIFY(keep->isVisible() && keep->isEnabled());
    QVERIFY(!keep->accessibleName().isEmpty());
    QCOMPARE(imported.size(), 0);
    QCOMPARE(entriesOf(vault).size(), 1);
    screenshot(dialog, QStringLiteral("no-matching-key"));

    keep->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(dialog), QStringLiteral("resultPage"), kTimeoutMs);
    const QStringList lines = resultLines(dialog);
    QVERIFY2(lines.size() == 1 && lines.first().startsWith(QStringLiteral("Kept certificate “Dave Colleague”")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(imported.size(), 1);
    const QList<VaultEntry> entries = entriesOf(vault);
    QCOMPARE(entries.size(), 2);
    const auto dave = std::find_if(entries.cbegin(), entries.cend(), [](const VaultEntry& entry) {
        return entry.name == QStringLiteral("Dave Colleague");
    });
    QVERIFY(dave != entries.cend());
    QVERIFY(!dave->hasKey);
    QCOMPARE(dave->id, imported.first().first().toStringList().first());
}

void TestImportDialog::pastedTextCompletesTheRequest()
{
    const QString vault = m_home.filePath(QStringLiteral("paste vault"));
    const QString csr = request(vault, QStringLiteral("Erin Paste"), QStringLiteral("Erin"));
    QVERIFY(!csr.isEmpty());
    const QString leaf = m_ca.sign(csr, 365, QStringLiteral("erin.crt"));
    QVERIFY(!leaf.isEmpty());
    // As copied out of a CA's web page or e-mail: text around the block.
    const QByteArray text = "Your certificate is below.\r\n\r\n" + readFile(leaf) + "\r\nRegards, the CA\r\n";

    VaultAccess access(vault);
    ImportDialog dialog(&access);
    dialog.setPastedText(text);
    dialog.setPastedText(text);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QCOMPARE(column(dialog, 0), QStringList{QStringLiteral("Pasted text")});
    QCOMPARE(column(dialog, 1), QStringList{QStringLiteral("PEM text")});
    QCOMPARE(column(dialog, 2), QStringList{QStringLiteral("1 certificate")});
    child<QPushButton>(dialog, "importButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(dialog), QStringLiteral("resultPage"), kTimeoutMs);
    QVERIFY2(resultLines(dialog).first().startsWith(QStringLiteral("Completed request “Erin”")),
             qPrintable(resultLines(dialog).first()));
    const QList<VaultEntry> entries = entriesOf(vault);
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries.first().isPending());
}

void TestImportDialog::dropAndFilePickerAddFiles()
{
    QTemporaryDir dir;
    VaultAccess access(dir.filePath(QStringLiteral("drop vault")));
    ImportDialog dialog(&access);
    dialog.show();
    QVERIFY(dialog.acceptDrops());

    // Files dropped onto the dialog.
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(m_ca.rootCertPath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    QCOMPARE(column(dialog, 0), QStringList{QStringLiteral("root.crt")});

    // The same file again is not listed twice; the file picker adds another.
    FileDialog::setNextFileName(m_ca.rootCertPath() + QLatin1Char('\n') + m_ca.intermediateCertPath());
    child<QPushButton>(dialog, "chooseFilesButton")->click();
    QCOMPARE(column(dialog, 0), (QStringList{QStringLiteral("root.crt"), QStringLiteral("intermediate.crt")}));

    // Dropped PEM text.
    QMimeData text;
    text.setText(QString::fromUtf8(readFile(m_ca.rootCertPath())));
    QDragEnterEvent enterText(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enterText);
    QVERIFY(enterText.isAccepted());
    QDropEvent dropText(QPointF(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &dropText);
    QCOMPARE(column(dialog, 0).last(), QStringLiteral("Pasted text"));

    // Plain text without PEM is not taken.
    QMimeData prose;
    prose.setText(QStringLiteral("hello"));
    QDragEnterEvent enterProse(QPoint(10, 10), Qt::CopyAction, &prose, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enterProse);
    QVERIFY(!enterProse.isAccepted());

    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QCOMPARE(column(dialog, 2), (QStringList(3, QStringLiteral("1 certificate"))));
    // A cancelled picker adds nothing.
    FileDialog::setNextFileName(QString());
    child<QPushButton>(dialog, "chooseFilesButton")->click();
    QCOMPARE(column(dialog, 0).size(), 3);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
