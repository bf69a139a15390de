#include "TestSupport.h"

#include "gui/common/DialogSeams.h"
#include "gui/install/InstallDialog.h"
#include "gui/main/VaultAccess.h"
#include "vault/Vault.h"
#include <unistd.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kTimeoutMs = 120000;
const QString kVaultPassphrase = QStringLiteral("correct horse battery staple");
const QString kModule = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
const QString kToken = QStringLiteral("GUI Token");
const QString kTokenId = QStringLiteral("pkcs11:GUI Token");

template <typename T> T* child(const QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

/// With CERTDESK_SCREENSHOT_DIR set (run under xvfb with QT_QPA_PLATFORM=xcb), saves what the user would see.
void screenshot(QWidget& widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget.grab().save(QDir(directory).filePath(QStringLiteral("install-%1.png").arg(name)));
}

bool waitIdle(const InstallDialog& dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, kTimeoutMs);
}

} // namespace

/// Drives the real InstallDialog over a vault the real certdesk-cli filled, into a real NSS database and a SoftHSM
/// token, and checks each result with NSS certutil and OpenSC pkcs11-tool.
class TestInstallDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsStoresInUserWords();
    void installsIntoChromiumDatabase();
    void tokenAsksForItsPin();
    void removesFromChromiumDatabase();
    void systemStoreNeedsAdministrator();
    void systemStoreThroughPrivilegeHelper();

private:
    bool cli(const QStringList& arguments);
    VaultEntry entry(const QString& name);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString home() const { return path(QStringLiteral("home")); }
    QString nssId() const { return QStringLiteral("nss:") + QDir(home()).filePath(QStringLiteral(".pki/nssdb")); }
    QString nssDb() const { return QStringLiteral("sql:") + QDir(home()).filePath(QStringLiteral(".pki/nssdb")); }
    ProcessResult certutil(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_passphraseFile;
    QProcessEnvironment m_environment;
    TestCa m_ca;
};

void TestInstallDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
    QVERIFY2(QFile::exists(kModule), "softhsm2 is not installed");
    // Before anything reads them: the NSS store and discovery use $HOME, SoftHSM reads its configuration once, and
    // p11-kit's user module list ($XDG_CONFIG_HOME/pkcs11/modules) makes SoftHSM visible whether or not the package
    // registered it.
    QVERIFY(QDir().mkpath(path(QStringLiteral("home/.config/pkcs11/modules"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("tokens"))));
    qputenv("HOME", home().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("home/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("home/.local/share")).toLocal8Bit());
    writeFile(path(QStringLiteral("softhsm2.conf")),
              QStringLiteral("directories.tokendir = %1\nobjectstore.backend = file\nlog.level = ERROR\n")
                  .arg(path(QStringLiteral("tokens")))
                  .toUtf8());
    qputenv("SOFTHSM2_CONF", path(QStringLiteral("softhsm2.conf")).toLocal8Bit());
    writeFile(path(QStringLiteral("home/.config/pkcs11/modules/softhsm2.module")),
              QStringLiteral("module: %1\n").arg(kModule).toUtf8());
    // No keychain answers, so that the vault passphrase is always asked through the seam.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    qunsetenv("CERTDESK_VAULT");
    QStandardPaths::setTestModeEnabled(true);
    m_environment = QProcessEnvironment::systemEnvironment();

    const ProcessResult init = runProcess(QStringLiteral("softhsm2-util"),
                                          {QStringLiteral("--init-token"), QStringLiteral("--free"),
                                           QStringLiteral("--label"), kToken, QStringLiteral("--pin"),
                                           QStringLiteral("1234"), QStringLiteral("--so-pin"), QStringLiteral("5678")},
                                          {}, m_environment, 60000);
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));

    m_passphraseFile = path(QStringLiteral("passphrase"));
    writeFile(m_passphraseFile, kVaultPassphrase.toUtf8() + '\n');
    m_vault = path(QStringLiteral("install vault"));
    const QString csr = path(QStringLiteral("alice.csr"));
    QVERIFY(
        cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Alice Example,O=Example Corp"),
             QStringLiteral("--name"), QStringLiteral("Alice laptop"), QStringLiteral("--profile"),
             QStringLiteral("client"), QStringLiteral("--out"), csr}));
    const QString leaf = m_ca.sign(csr, 365, QStringLiteral("alice.crt"));
    QVERIFY2(!leaf.isEmpty(), qPrintable(m_ca.error()));
    QVERIFY(cli({QStringLiteral("import"), leaf, m_ca.intermediateCertPath()}));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("--keep-without-key"), QStringLiteral("--name"),
                 QStringLiteral("Demo Root"), m_ca.rootCertPath()}));
    QVERIFY(entry(QStringLiteral("Alice laptop")).hasKey);
    QVERIFY(entry(QStringLiteral("Demo Root")).certificate.isCa());
}

bool TestInstallDialog::cli(const QStringList& arguments)
{
    return runCli(m_vault, m_passphraseFile, arguments, m_environment);
}

/// Read from the vault each time, so that installations recorded by the dialog are seen.
VaultEntry TestInstallDialog::entry(const QString& name)
{
    auto opened = Vault::open(m_vault, VaultCredentials{});
    if (!opened) {
        qWarning("vault: %s", qPrintable(opened.error().message));
        return {};
    }
    auto entries = opened.value()->entries();
    if (entries) {
        for (const VaultEntry& candidate : entries.value()) {
            if (candidate.name == name)
                return candidate;
        }
    }
    qWarning("no entry %s", qPrintable(name));
    return {};
}

ProcessResult TestInstallDialog::certutil(const QStringList& arguments) const
{
    return runProcess(QStringLiteral("certutil"), arguments + QStringList{QStringLiteral("-d"), nssDb()}, {},
                      m_environment, 60000);
}

void TestInstallDialog::listsStoresInUserWords()
{
    VaultAccess access(m_vault);
    InstallDialog dialog(&access, entry(QStringLiteral("Alice laptop")));
    dialog.show();
    QVERIFY(waitIdle(dialog));

    auto* nss = child<QCheckBox>(dialog, QStringLiteral("store:") + nssId());
    QVERIFY(nss);
    QCOMPARE(nss->text(), QStringLiteral("Chromium and other NSS applications"));
    QVERIFY(nss->isChecked()); // an identity goes to the browsers unless the user says otherwise
    QVERIFY(nss->isEnabled());
    QCOMPARE(nss->toolTip(), QDir(home()).filePath(QStringLiteral(".pki/nssdb")));
    QVERIFY(!nss->accessibleName().isEmpty());

    auto* token = child<QCheckBox>(dialog, QStringLiteral("store:") + kTokenId);
    QVERIFY(token);
    QVERIFY2(token->text().contains(kToken), qPrintable(token->text()));
    QVERIFY(!token->isChecked()); // tokens are chosen on purpose
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("installButton"))->isEnabled());
    screenshot(dialog, QStringLiteral("stores"));
}

void TestInstallDialog::installsIntoChromiumDatabase()
{
    VaultAccess access(m_vault);
    InstallDialog dialog(&access, entry(QStringLiteral("Alice laptop")));
    dialog.show();
    QVERIFY(waitIdle(dialog));
    QSignalSpy installed(&dialog, &InstallDialog::installed);
    for (QCheckBox* check : dialog.findChildren<QCheckBox*>())
        check->setChecked(check->objectName() == QStringLiteral("store:") + nssId());

    // A new VaultAccess knows no passphrase and no keychain answers: the private key needs the passphrase once.
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    child<QPushButton>(dialog, QStringLiteral("installButton"))->click();
    QVERIFY(dialog.isBusy());
    QVERIFY(waitIdle(dialog));
    PassphraseDialog::setNextPassphrase(std::nullopt);

    auto* status = child<QLabel>(dialog, QStringLiteral("status:") + nssId());
    QVERIFY2(status->text().startsWith(QStringLiteral("✓")), qPrintable(status->text()));
    QCOMPARE(installed.count(), 1);
    QCOMPARE(installed.first().first().toStringList(), QStringList{nssId()});
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("remove:") + nssId())->isVisible());

    // NSS itself finds the key and the certificate under the entry's name.
    const ProcessResult keys = certutil({QStringLiteral("-K")});
    QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
    QVERIFY2(keys.out.contains("Alice laptop"), keys.out.constData());
    const ProcessResult certs = certutil({QStringLiteral("-L")});
    QVERIFY2(certs.out.contains("Alice laptop"), certs.out.constData());

    const VaultEntry recorded = entry(QStringLiteral("Alice laptop"));
    QCOMPARE(recorded.installations.size(), 1);
    QCOMPARE(recorded.installations.first().storeId, nssId());
    screenshot(dialog, QStringLiteral("installed"));
}

void TestInstallDialog::tokenAsksForItsPin()
{
    VaultAccess access(m_vault);
    access.setPassphrase(SecureBytes(reinterpret_cast<const unsigned char*>(kVaultPassphrase.toUtf8().constData()),
                                     std::size_t(kVaultPassphrase.toUtf8().size())));
    InstallDialog dialog(&access, entry(QStringLiteral("Alice laptop")));
    dialog.show();
    QVERIFY(waitIdle(dialog));
    QSignalSpy installed(&dialog, &InstallDialog::installed);

    // Already installed in the NSS DB: shown so, fixed, with removal offered instead.
    auto* nss = child<QCheckBox>(dialog, QStringLiteral("store:") + nssId());
    QVERIFY(nss->isChecked());
    QVERIFY(!nss->isEnabled());
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("remove:") + nssId())->isVisible());
    for (QCheckBox* check : dialog.findChildren<QCheckBox*>()) {
        if (check->isEnabled())
            check->setChecked(check->objectName() == QStringLiteral("store:") + kTokenId);
    }

    auto* install = child<QPushButton>(dialog, QStringLiteral("installButton"));
    auto* status = child<QLabel>(dialog, QStringLiteral("status:") + kTokenId);
    auto* pin = child<QLineEdit>(dialog, QStringLiteral("password:") + kTokenId);
    QVERIFY(pin);
    QVERIFY(!pin->isVisible());
    install->click();
    QVERIFY(waitIdle(dialog));
    QVERIFY2(status->text().startsWith(QStringLiteral("✗")), qPrintable(status->text()));
    QVERIFY(pin->isVisible());
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    QCOMPARE(installed.count(), 0);
    screenshot(dialog, QStringLiteral("pin"));
    const QString noPinMessage = status->text();
    QVERIFY2(noPinMessage.contains(QStringLiteral("needs its PIN")), qPrintable(noPinMessage));

    QTest::keyClicks(pin, QStringLiteral("0000"));
    install->click();
    QVERIFY(waitIdle(dialog));
    QVERIFY(pin->text().isEmpty()); // never kept in the field after an attempt
    QVERIFY2(status->text().startsWith(QStringLiteral("✗")), qPrintable(status->text()));
    QVERIFY2(status->text() != noPinMessage, qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("PIN")) && status->text().contains(QStringLiteral("not correct")),
             qPrintable(status->text()));
    QVERIFY(pin->isVisible());
    QCOMPARE(installed.count(), 0);

    QTest::keyClicks(pin, QStringLiteral("1234"));
    install->click();
    QVERIFY(waitIdle(dialog));
    QVERIFY2(status->text().startsWith(QStringLiteral("✓")), qPrintable(status->text()));
    QCOMPARE(installed.count(), 1);
    QCOMPARE(installed.first().first().toStringList(), QStringList{kTokenId});

    const ProcessResult objects = runProcess(QStringLiteral("pkcs11-tool"),
                                             {QStringLiteral("--module"), kModule, QStringLiteral("--token-label"),
                                              kToken, QStringLiteral("--login"), QStringLiteral("--pin"),
                                              QStringLiteral("1234"), QStringLiteral("--list-objects")},
                                             {}, m_environment, 60000);
    QVERIFY2(objects.exitCode == 0, qPrintable(objects.describe()));
    QVERIFY2(objects.out.contains("Private Key Object"), objects.out.constData());
    QVERIFY2(objects.out.contains("Certificate Object"), objects.out.constData());

    QStringList stores;
    for (const VaultEntry::Installation& installation : entry(QStringLiteral("Alice laptop")).installations)
        stores << installation.storeId;
    stores.sort();
    QCOMPARE(stores, (QStringList{nssId(), kTokenId}));
}

void TestInstallDialog::removesFromChromiumDatabase()
{
    VaultAccess access(m_vault);
    InstallDialog dialog(&access, entry(QStringLiteral("Alice laptop")));
    dialog.show();
    QVERIFY(waitIdle(dialog));
    QSignalSpy removed(&dialog, &InstallDialog::removed);
    auto* remove = child<QPushButton>(dialog, QStringLiteral("remove:") + nssId());
    QVERIFY(remove && remove->isVisible() && remove->isEnabled());
    remove->click();
    QVERIFY(waitIdle(dialog));
    auto* status = child<QLabel>(dialog, QStringLiteral("status:") + nssId());
    QVERIFY2(status->text().startsWith(QStringLiteral("✓")), qPrintable(status->text()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList{nssId()});
    QVERIFY(!remove->isVisible());
    auto* nss = child<QCheckBox>(dialog, QStringLiteral("store:") + nssId());
    QVERIFY(nss->isEnabled());
    QVERIFY(!nss->isChecked());

    const ProcessResult certs = certutil({QStringLiteral("-L")});
    QVERIFY2(!certs.out.contains("Alice laptop"), certs.out.constData());
    const ProcessResult keys = certutil({QStringLiteral("-K")});
    QVERIFY2(!keys.out.contains("Alice laptop"), keys.out.constData());

    const VaultEntry recorded = entry(QStringLiteral("Alice laptop"));
    QCOMPARE(recorded.installations.size(), 1);
    QCOMPARE(recorded.installations.first().storeId, kTokenId);
}

void TestInstallDialog::systemStoreNeedsAdministrator()
{
    // The tests may run as root; pretend not to, as a desktop user would be, on a system without pkexec.
    InstallDialog::setRunningAsRootForTesting(false);
    qputenv("CERTDESK_PKEXEC", "certdesk-test-no-such-pkexec");
    VaultAccess access(m_vault);
    InstallDialog dialog(&access, entry(QStringLiteral("Demo Root")));
    dialog.show();
    QVERIFY(waitIdle(dialog));
    InstallDialog::setRunningAsRootForTesting(std::nullopt);
    qunsetenv("CERTDESK_PKEXEC");
    auto* system = dialog.findChild<QCheckBox*>(QStringLiteral("store:system"));
    if (!system)
        QSKIP("this system has no trust store CertDesk knows");
    QVERIFY(!system->isEnabled());
    QVERIFY(!system->isChecked());
    auto* hint = child<QLabel>(dialog, QStringLiteral("hint:system"));
    QVERIFY(hint->isVisible());
    const VaultEntry root = entry(QStringLiteral("Demo Root"));
    QVERIFY2(hint->text().contains(QStringLiteral("sudo certdesk-cli install %1 --store system").arg(root.id)),
             qPrintable(hint->text()));
    // A CA certificate is still offered to the browsers.
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("store:") + nssId())->isChecked());
    screenshot(dialog, QStringLiteral("ca"));
}

void TestInstallDialog::systemStoreThroughPrivilegeHelper()
{
    // A desktop user's path: not root, so the dialog asks polkit (pkexec) to run certdesk-cli on the CA file. Here
    // `env` stands in for pkexec; it can only work as root, which CI is.
    if (::geteuid() != 0)
        QSKIP("stands in for pkexec with env, which needs root; CI runs as root");
    const VaultEntry root = entry(QStringLiteral("Demo Root"));
    const QString pem = path(QStringLiteral("demo-root-for-cleanup.pem"));
    writeFile(pem, root.certificate.pem());
    struct Restore
    {
        QString pem;
        ~Restore()
        {
            // Whatever the checks found, the machine's trust store ends as it began.
            runProcess(QStringLiteral(CERTDESK_CLI_PATH),
                       {QStringLiteral("uninstall"), pem, QStringLiteral("--store"), QStringLiteral("system")});
            InstallDialog::setRunningAsRootForTesting(std::nullopt);
            qunsetenv("CERTDESK_PKEXEC");
            qunsetenv("CERTDESK_CLI");
        }
    } restore{pem};
    InstallDialog::setRunningAsRootForTesting(false);
    qputenv("CERTDESK_CLI", CERTDESK_CLI_PATH);

    // The user dismisses the permission dialog: pkexec exits 126, and nothing is claimed.
    writeFile(path(QStringLiteral("dismiss.sh")), "#!/bin/sh\nexit 126\n");
    QFile::setPermissions(path(QStringLiteral("dismiss.sh")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    qputenv("CERTDESK_PKEXEC", path(QStringLiteral("dismiss.sh")).toLocal8Bit());
    {
        VaultAccess access(m_vault);
        InstallDialog dialog(&access, root);
        dialog.show();
        QVERIFY(waitIdle(dialog));
        auto* system = dialog.findChild<QCheckBox*>(QStringLiteral("store:system"));
        if (!system)
            QSKIP("this system has no trust store CertDesk knows");
        QVERIFY(system->isEnabled());
        for (QCheckBox* check : dialog.findChildren<QCheckBox*>())
            check->setChecked(check == system);
        child<QPushButton>(dialog, QStringLiteral("installButton"))->click();
        QVERIFY(waitIdle(dialog));
        const QString status = child<QLabel>(dialog, QStringLiteral("status:system"))->text();
        QVERIFY2(status.contains(QStringLiteral("Administrator rights were not given")), qPrintable(status));
    }
    QVERIFY(entry(QStringLiteral("Demo Root")).installations.isEmpty());

    // Permission given: certdesk-cli runs as root on the file, the dialog reads the bundle back and records it.
    qputenv("CERTDESK_PKEXEC", "env");
    VaultAccess access(m_vault);
    InstallDialog dialog(&access, root);
    dialog.show();
    QVERIFY(waitIdle(dialog));
    auto* system = child<QCheckBox>(dialog, QStringLiteral("store:system"));
    for (QCheckBox* check : dialog.findChildren<QCheckBox*>())
        check->setChecked(check == system);
    child<QPushButton>(dialog, QStringLiteral("installButton"))->click();
    QVERIFY(waitIdle(dialog));
    const QString status = child<QLabel>(dialog, QStringLiteral("status:system"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("✓")), qPrintable(status));
    bool inBundle = false;
    const QString bundle = readFile(QStringLiteral("/etc/ssl/certs/ca-certificates.crt")).isEmpty()
                               ? QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt")
                               : QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    inBundle = readFile(bundle).contains(root.certificate.pem().mid(28, 64));
    QVERIFY(inBundle);
    QCOMPARE(entry(QStringLiteral("Demo Root")).installations.size(), 1);

    // And out again through the same path.
    child<QPushButton>(dialog, QStringLiteral("remove:system"))->click();
    QVERIFY(waitIdle(dialog));
    QVERIFY(!readFile(bundle).contains(root.certificate.pem().mid(28, 64)));
    QVERIFY(entry(QStringLiteral("Demo Root")).installations.isEmpty());
}

QTEST_MAIN(TestInstallDialog)
#include "tst_installdialog.moc"
