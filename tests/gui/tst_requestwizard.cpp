#include "TestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/main/VaultAccess.h"
#include "gui/request/RequestKeyPage.h"
#include "gui/request/RequestWizard.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kCreateTimeoutMs = 120000;
const QString kPassphrase = QStringLiteral("correct horse battery staple");

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QAbstractButton* button(const QWidget& wizard, const char* name)
{
    return child<QAbstractButton>(wizard, name);
}

/// With CERTDESK_SCREENSHOT_DIR set (see the report in the wizard's review), saves what the user sees.
void screenshot(QWidget& wizard, const QString& name)
{
    const QString directory = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QTest::qWait(50);
    wizard.grab().save(QDir(directory).filePath(QStringLiteral("wizard-%1.png").arg(name)));
}

/// The vault as a second, independent reader sees it.
QList<VaultEntry> vaultEntries(const QString& directory)
{
    VaultCredentials credentials;
    QByteArray bytes = kPassphrase.toUtf8();
    credentials.passphrase = SecureBytes::takeFrom(bytes);
    auto vault = Vault::open(directory, std::move(credentials));
    if (!vault) {
        qWarning("vault: %s", qPrintable(vault.error().message));
        return {};
    }
    auto entries = vault.value()->entries();
    return entries ? entries.value() : QList<VaultEntry>();
}

} // namespace

/// Drives the request wizard by objectName as a user would, over a vault without a keychain.
class TestRequestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void subjectFieldValidation_data();
    void subjectFieldValidation();
    void serverNeedsDnsOrIpName();
    void emailProfileTakesTheAddress();
    void clientProfileNotesPersonalData();
    void customProfileChecksUsages();
    void createsRequest_data();
    void createsRequest();
    void cancelledPassphraseKeepsTheWizardOpen();
    void unopenableVaultShowsTheError();
    void stopDuringRsa4096StoresNothing();
    void staysResponsiveDuringRsa4096();

private:
    /// Picks the profile on step 1 and moves to step 2.
    bool goToSubject(RequestWizard& wizard, const char* profileRadio);
    /// Fills step 2 (objectName=value pairs) and adds alternative names ("dns:www.example.org").
    bool fillSubject(RequestWizard& wizard, const QStringList& fields, const QStringList& sans);
    bool addSan(RequestWizard& wizard, const QString& san);
    QString freshVault();

    QTemporaryDir m_home;
    TestCa m_ca;
    int m_vaults = 0;
};

void TestRequestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
    // As in CI: no Secret Service answers, so the first vault write fails with a keychain reason and the wizard
    // must ask for the passphrase. Set before QtKeychain first touches D-Bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(QStringLiteral("no-such-bus")).toUtf8());
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    qunsetenv("CERTDESK_VAULT");
}

QString TestRequestWizard::freshVault()
{
    return m_home.filePath(QStringLiteral("vault %1").arg(++m_vaults));
}

bool TestRequestWizard::goToSubject(RequestWizard& wizard, const char* profileRadio)
{
    auto* radio = button(wizard, profileRadio);
    auto* next = button(wizard, "nextButton");
    if (!radio || !next || wizard.currentId() != RequestWizard::ProfilePageId)
        return false;
    radio->click();
    if (!next->isEnabled())
        return false;
    next->click();
    return wizard.currentId() == RequestWizard::SubjectPageId;
}

bool TestRequestWizard::addSan(RequestWizard& wizard, const QString& san)
{
    auto* type = child<QComboBox>(wizard, "sanTypeCombo");
    auto* value = child<QLineEdit>(wizard, "sanValueEdit");
    auto* add = button(wizard, "addSanButton");
    if (!type || !value || !add)
        return false;
    const qsizetype colon = san.indexOf(QLatin1Char(':'));
    type->setCurrentIndex(type->findData(san.left(colon)));
    value->setText(san.mid(colon + 1));
    add->click();
    return value->text().isEmpty();
}

bool TestRequestWizard::fillSubject(RequestWizard& wizard, const QStringList& fields, const QStringList& sans)
{
    for (const QString& field : fields) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        auto* edit = wizard.findChild<QLineEdit*>(field.left(equals));
        if (!edit)
            return false;
        edit->clear();
        QTest::keyClicks(edit, field.mid(equals + 1));
    }
    for (const QString& san : sans) {
        if (!addSan(wizard, san))
            return false;
    }
    return true;
}

void TestRequestWizard::subjectFieldValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("fixedValue");

    QTest::newRow("country of three letters") << "countryEdit"
                                              << "DEU"
                                              << "The country (C=DEU) must be a two-letter code such as DE, FR or US."
                                              << "DE";
    QTest::newRow("country in lower case") << "countryEdit"
                                           << "de"
                                           << ""
                                           << "DE";
    QTest::newRow("country with a digit") << "countryEdit"
                                          << "D1"
                                          << "The country (C=D1) must be a two-letter code such as DE, FR or US."
                                          << "DE";
    QTest::newRow("e-mail without @") << "emailEdit"
                                      << "alice.example.org"
                                      << "“alice.example.org” is not an e-mail address."
                                      << "alice@example.org";
    QTest::newRow("common name too long") << "commonNameEdit" << QString(65, QLatin1Char('a'))
                                          << "The common name is 65 characters long; certificates allow at most 64."
                                          << "Alice";
    QTest::newRow("organisation") << "organisationEdit"
                                  << "Example Corp"
                                  << ""
                                  << "Example Corp";
}

void TestRequestWizard::subjectFieldValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedError);
    QFETCH(QString, fixedValue);

    VaultAccess access(freshVault());
    RequestWizard wizard(&access);
    wizard.show();
    QVERIFY(goToSubject(wizard, "clientProfileRadio"));
    auto* next = button(wizard, "nextButton");
    QVERIFY(!next->isEnabled()); // names nobody yet
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=Alice Example")}, {}));
    QVERIFY(next->isEnabled());

    auto* edit = wizard.findChild<QLineEdit*>(field);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, value);
    auto* error = wizard.findChild<QLabel*>(QString(field).replace(QStringLiteral("Edit"), QStringLiteral("Error")));
    QVERIFY(error);
    QCOMPARE(error->text(), expectedError);
    QCOMPARE(error->isVisible(), !expectedError.isEmpty());
    if (QByteArray(QTest::currentDataTag()) == "country of three letters")
        screenshot(wizard, QStringLiteral("2-subject-invalid-country"));
    // Next is blocked exactly while a field is wrong (the common name row replaces the only name).
    QCOMPARE(next->isEnabled(), expectedError.isEmpty());
    // Fixing the field clears the message and unblocks Next.
    edit->setText(fixedValue);
    QVERIFY(error->text().isEmpty());
    QVERIFY(!error->isVisible());
    QVERIFY(next->isEnabled());
}

void TestRequestWizard::serverNeedsDnsOrIpName()
{
    VaultAccess access(freshVault());
    RequestWizard wizard(&access);
    wizard.show();
    QVERIFY(goToSubject(wizard, "serverProfileRadio"));
    auto* next = button(wizard, "nextButton");
    auto* requirement = child<QLabel>(wizard, "requirementLabel");
    QVERIFY(requirement);
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=www.example.org")}, {}));
    QVERIFY(!next->isEnabled());
    QVERIFY(requirement->isVisible());
    QVERIFY2(requirement->text().contains(QStringLiteral("DNS name or IP address")), qPrintable(requirement->text()));
    screenshot(wizard, QStringLiteral("2-subject-server-without-dns"));

    // An e-mail name does not identify a server; a malformed DNS name is refused where it is typed.
    QVERIFY(addSan(wizard, QStringLiteral("email:admin@example.org")));
    QVERIFY(!next->isEnabled());
    QVERIFY(!addSan(wizard, QStringLiteral("dns:not a host name")));
    auto* sanError = child<QLabel>(wizard, "sanError");
    QVERIFY(sanError->isVisible());
    QVERIFY(!sanError->text().isEmpty());
    QCOMPARE(child<QListWidget>(wizard, "sanList")->count(), 1);

    QVERIFY(addSan(wizard, QStringLiteral("dns:www.example.org")));
    QVERIFY(next->isEnabled());
    QVERIFY(!requirement->isVisible());
    QVERIFY(!sanError->isVisible());
    const QString preview = child<QPlainTextEdit>(wizard, "previewText")->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("CN=www.example.org")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("email:admin@example.org, dns:www.example.org")), qPrintable(preview));

    // Removing the DNS name blocks again.
    auto* list = child<QListWidget>(wizard, "sanList");
    list->setCurrentRow(1);
    button(wizard, "removeSanButton")->click();
    QCOMPARE(list->count(), 1);
    QVERIFY(!next->isEnabled());
    // An IP address is enough, too.
    QVERIFY(addSan(wizard, QStringLiteral("ip:192.0.2.10")));
    QVERIFY(next->isEnabled());
}

void TestRequestWizard::emailProfileTakesTheAddress()
{
    VaultAccess access(freshVault());
    RequestWizard wizard(&access);
    wizard.show();
    QVERIFY(goToSubject(wizard, "emailProfileRadio"));
    auto* next = button(wizard, "nextButton");
    auto* list = child<QListWidget>(wizard, "sanList");
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=Bob Example")}, {}));
    QVERIFY(!next->isEnabled());
    QVERIFY(child<QLabel>(wizard, "requirementLabel")->isVisible());

    QVERIFY(fillSubject(wizard, {QStringLiteral("emailEdit=bob@example.org")}, {}));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("email:bob@example.org"));
    QVERIFY(next->isEnabled());
    // The alternative name follows the field while it comes from there.
    QVERIFY(fillSubject(wizard, {QStringLiteral("emailEdit=robert@example.org")}, {}));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("email:robert@example.org"));
    const QString preview = child<QPlainTextEdit>(wizard, "previewText")->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("emailAddress=robert@example.org,CN=Bob Example")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Alternative names: email:robert@example.org")), qPrintable(preview));

    // Removed by the user, it stays removed, and the page says what is missing.
    list->setCurrentRow(0);
    button(wizard, "removeSanButton")->click();
    QCOMPARE(list->count(), 0);
    QVERIFY(fillSubject(wizard, {QStringLiteral("emailEdit=bob@example.org")}, {}));
    QCOMPARE(list->count(), 0);
    QVERIFY(!next->isEnabled());

    // Back to the client profile: no automatic e-mail name there.
    button(wizard, "backButton")->click();
    QVERIFY(goToSubject(wizard, "clientProfileRadio"));
    QCOMPARE(list->count(), 0);
    QVERIFY(next->isEnabled());
}

void TestRequestWizard::clientProfileNotesPersonalData()
{
    VaultAccess access(freshVault());
    RequestWizard wizard(&access);
    wizard.show();
    QVERIFY(goToSubject(wizard, "clientProfileRadio"));
    auto* note = child<QLabel>(wizard, "privacyNote");
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    QVERIFY(fillSubject(wizard, {QStringLiteral("organisationEdit=Example Corp")}, {}));
    QVERIFY(!note->isVisible());
    QVERIFY(fillSubject(wizard, {QStringLiteral("emailEdit=alice@example.org")}, {}));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("TLS 1.2")));
    QVERIFY(fillSubject(wizard, {QStringLiteral("emailEdit=")}, {}));
    QVERIFY(!note->isVisible());
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=Alice")}, {}));
    QVERIFY(note->isVisible());
    screenshot(wizard, QStringLiteral("2-subject-client-note"));

    // A server certificate names a machine, not a person.
    button(wizard, "backButton")->click();
    QVERIFY(goToSubject(wizard, "serverProfileRadio"));
    QVERIFY(!note->isVisible());
}

void TestRequestWizard::customProfileChecksUsages()
{
    VaultAccess access(freshVault());
    RequestWizard wizard(&access);
    wizard.show();
    auto* next = button(wizard, "nextButton");
    auto* group = child<QWidget>(wizard, "customUsageGroup");
    QVERIFY(!group->isVisible());
    button(wizard, "customProfileRadio")->click();
    QVERIFY(group->isVisible());
    QVERIFY(next->isEnabled()); // digitalSignature is preselected
    button(wizard, "digitalSignatureCheck")->click();
    QVERIFY(!next->isEnabled());
    auto* error = child<QLabel>(wizard, "customUsageError");
    QVERIFY(error->isVisible());
    auto* eku = child<QLineEdit>(wizard, "extendedKeyUsageEdit");
    QTest::keyClicks(eku, QStringLiteral("codeSigning, notAPurpose"));
    QVERIFY(!next->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("“notAPurpose” is not an extended key usage")),
             qPrintable(error->text()));
    screenshot(wizard, QStringLiteral("1-profile-custom-invalid"));
    eku->setText(QStringLiteral("codeSigning, 1.3.6.1.4.1.311.10.3.13"));
    QVERIFY(next->isEnabled());
    QVERIFY(!error->isVisible());
}

void TestRequestWizard::createsRequest_data()
{
    QTest::addColumn<QString>("profileRadio");
    QTest::addColumn<QStringList>("profileSettings"); ///< objectName=text typed into a step-1 field
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("sans");
    QTest::addColumn<QString>("keyRadio");
    QTest::addColumn<QString>("expectedSubject");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QStringList>("expectedText");

    QTest::newRow("client, EC P-256") << "clientProfileRadio" << QStringList()
                                      << QStringList{"requestNameEdit=Alice's laptop", "commonNameEdit=Alice Example",
                                                     "emailEdit=alice@example.org", "organisationEdit=Example Corp",
                                                     "countryEdit=de"}
                                      << QStringList{"email:alice@example.org"} << "ecP256Radio"
                                      << "emailAddress=alice@example.org,CN=Alice Example,O=Example Corp,C=DE"
                                      << "Alice's laptop"
                                      << QStringList{"email:alice@example.org", "TLS Web Client Authentication",
                                                     "NIST CURVE: P-256"};
    QTest::newRow("e-mail, Ed25519") << "emailProfileRadio" << QStringList()
                                     << QStringList{"commonNameEdit=Bob Example", "emailEdit=bob@example.org"}
                                     << QStringList() << "ed25519Radio"
                                     << "emailAddress=bob@example.org,CN=Bob Example"
                                     << "Bob Example"
                                     << QStringList{"email:bob@example.org", "E-mail Protection", "ED25519"};
    QTest::newRow("server, RSA 2048") << "serverProfileRadio" << QStringList()
                                      << QStringList{"requestNameEdit=Web server",
                                                     "commonNameEdit=www.example.org",
                                                     "organisationEdit=Example Corp",
                                                     "organisationalUnitEdit=IT",
                                                     "localityEdit=Berlin",
                                                     "stateEdit=Berlin",
                                                     "countryEdit=DE"}
                                      << QStringList{"dns:www.example.org", "dns:example.org", "ip:192.0.2.10"}
                                      << "rsa2048Radio"
                                      << "CN=www.example.org,OU=IT,O=Example Corp,L=Berlin,ST=Berlin,C=DE"
                                      << "Web server"
                                      << QStringList{"DNS:www.example.org, DNS:example.org, IP Address:192.0.2.10",
                                                     "TLS Web Server Authentication", "Public-Key: (2048 bit)"};
    QTest::newRow("custom, EC P-384") << "customProfileRadio"
                                      << QStringList{"extendedKeyUsageEdit=codeSigning, 1.3.6.1.4.1.311.10.3.13"}
                                      << QStringList{"commonNameEdit=Release Signer"} << QStringList() << "ecP384Radio"
                                      << "CN=Release Signer"
                                      << "Release Signer"
                                      << QStringList{"Code Signing, 1.3.6.1.4.1.311.10.3.13", "Digital Signature",
                                                     "NIST CURVE: P-384"};
}

void TestRequestWizard::createsRequest()
{
    QFETCH(QString, profileRadio);
    QFETCH(QStringList, profileSettings);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, sans);
    QFETCH(QString, keyRadio);
    QFETCH(QString, expectedSubject);
    QFETCH(QString, expectedName);
    QFETCH(QStringList, expectedText);
    const bool screenshots = QByteArray(QTest::currentDataTag()).startsWith("server");

    const QString vault = freshVault();
    VaultAccess access(vault);
    RequestWizard wizard(&access);
    QSignalSpy created(&wizard, &RequestWizard::requestCreated);
    wizard.show();
    button(wizard, qPrintable(profileRadio))->click();
    for (const QString& setting : profileSettings) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(setting.left(equals)), setting.mid(equals + 1));
    }
    if (screenshots)
        screenshot(wizard, QStringLiteral("1-profile"));
    QVERIFY(goToSubject(wizard, qPrintable(profileRadio)));
    QVERIFY(fillSubject(wizard, fields, sans));
    if (screenshots)
        screenshot(wizard, QStringLiteral("2-subject"));
    auto* next = button(wizard, "nextButton");
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));

    if (keyRadio != QStringLiteral("ecP256Radio")) {
        auto* advanced = button(wizard, "advancedKeyButton");
        QVERIFY(!button(wizard, qPrintable(keyRadio))->isVisible());
        advanced->click();
    }
    auto* keyRadioButton = button(wizard, qPrintable(keyRadio));
    QVERIFY(keyRadioButton->isVisible());
    keyRadioButton->click();
    QVERIFY(keyRadioButton->isChecked());
    if (screenshots)
        screenshot(wizard, QStringLiteral("3-key"));

    // No keychain: the vault write fails with a keychain reason, the wizard asks (this seam answers) and retries.
    PassphraseDialog::setNextPassphrase(kPassphrase);
    QVERIFY(!access.hasPassphrase());
    auto* create = button(wizard, "createButton");
    QVERIFY(create->isVisible());
    QVERIFY(create->isEnabled());
    create->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RequestWizard::ResultPageId), kCreateTimeoutMs);
    QVERIFY(access.hasPassphrase());
    if (screenshots)
        screenshot(wizard, QStringLiteral("4-result"));

    // The signal names the stored request, and an independent reader of the vault finds it pending.
    QCOMPARE(created.count(), 1);
    const QString id = created.first().first().toString();
    QCOMPARE(id, wizard.requestId());
    const QList<VaultEntry> entries = vaultEntries(vault);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, id);
    QCOMPARE(entries.first().name, expectedName);
    QVERIFY(entries.first().isPending());
    QVERIFY(entries.first().hasKey);

    // The CSR as shown is the one in the vault, and openssl verifies it.
    const QString pem = child<QPlainTextEdit>(wizard, "csrText")->toPlainText();
    QVERIFY(child<QPlainTextEdit>(wizard, "csrText")->isReadOnly());
    QCOMPARE(pem.toLatin1(), entries.first().request.pem());
    const QString csrPath = m_home.filePath(QStringLiteral("%1.csr").arg(id));
    writeFile(csrPath, pem.toLatin1());
    const ProcessResult verified = openssl(
        {QStringLiteral("req"), QStringLiteral("-in"), csrPath, QStringLiteral("-verify"), QStringLiteral("-noout"),
         QStringLiteral("-text"), QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("RFC2253")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    QVERIFY2(verified.err.contains("verify OK") || verified.out.contains("verify OK"), qPrintable(verified.describe()));
    const QString text = QString::fromUtf8(verified.out);
    QVERIFY2(text.contains(QStringLiteral("subject=") + expectedSubject), qPrintable(text));
    for (const QString& expected : expectedText)
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 not in:\n%2").arg(expected, text)));

    // A real CA signs it, keeping the requested extensions.
    const QString certificate = m_ca.sign(csrPath, 365, id + QStringLiteral(".crt"));
    QVERIFY2(!certificate.isEmpty(), qPrintable(m_ca.error()));
    const ProcessResult chain = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), m_ca.rootCertPath(),
                                         QStringLiteral("-untrusted"), m_ca.intermediateCertPath(), certificate});
    QVERIFY2(chain.exitCode == 0, qPrintable(chain.describe()));
    const ProcessResult issued = openssl({QStringLiteral("x509"), QStringLiteral("-in"), certificate,
                                          QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(issued.out.contains(expectedText.first().toUtf8()), qPrintable(issued.describe()));

    // Copy and Save as… hand over exactly the PEM.
    button(wizard, "copyCsrButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), pem);
    const QString savedPath = m_home.filePath(QStringLiteral("saved-%1").arg(id)); // no suffix: .csr is added
    FileDialog::setNextFileName(savedPath);
    button(wizard, "saveCsrButton")->click();
    QCOMPARE(readFile(savedPath + QStringLiteral(".csr")), pem.toLatin1());
    QVERIFY(child<QLabel>(wizard, "resultStatusLabel")->text().contains(QStringLiteral("Saved to")));

    // Finish closes; there is no way back to create a second request by accident.
    QVERIFY(!button(wizard, "backButton")->isVisible());
    button(wizard, "finishButton")->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestRequestWizard::cancelledPassphraseKeepsTheWizardOpen()
{
    const QString vault = freshVault();
    VaultAccess access(vault);
    RequestWizard wizard(&access);
    QSignalSpy created(&wizard, &RequestWizard::requestCreated);
    wizard.show();
    QVERIFY(goToSubject(wizard, "clientProfileRadio"));
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=Carol")}, {}));
    button(wizard, "nextButton")->click();

    PassphraseDialog::setNextPassphrase(std::nullopt);
    auto* create = button(wizard, "createButton");
    create->click();
    auto* error = child<QLabel>(wizard, "keyErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kCreateTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("passphrase")), qPrintable(error->text()));
    screenshot(wizard, QStringLiteral("3-key-passphrase-cancelled"));
    QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));
    QVERIFY(wizard.isVisible());
    QVERIFY(create->isEnabled());
    QVERIFY(button(wizard, "backButton")->isEnabled());
    QCOMPARE(created.count(), 0);
    QVERIFY(vaultEntries(vault).isEmpty());

    // The user tries again and gives the passphrase this time.
    PassphraseDialog::setNextPassphrase(kPassphrase);
    create->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RequestWizard::ResultPageId), kCreateTimeoutMs);
    QCOMPARE(created.count(), 1);
    const QList<VaultEntry> entries = vaultEntries(vault);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().name, QStringLiteral("Carol"));
}

void TestRequestWizard::unopenableVaultShowsTheError()
{
    // A vault "directory" below a regular file cannot be created.
    const QString blocker = m_home.filePath(QStringLiteral("a file"));
    writeFile(blocker, "not a directory");
    const QString vault = blocker + QStringLiteral("/vault");
    auto direct = Vault::open(vault, {});
    QVERIFY(!direct);
    const QString expected = direct.error().message;

    VaultAccess access(vault);
    RequestWizard wizard(&access);
    QSignalSpy created(&wizard, &RequestWizard::requestCreated);
    wizard.show();
    QVERIFY(goToSubject(wizard, "clientProfileRadio"));
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=Dave")}, {}));
    button(wizard, "nextButton")->click();
    button(wizard, "createButton")->click();
    auto* error = child<QLabel>(wizard, "keyErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kCreateTimeoutMs);
    QCOMPARE(error->text(), expected);
    QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));
    QVERIFY(wizard.isVisible());
    QVERIFY(button(wizard, "createButton")->isEnabled());
    QVERIFY(button(wizard, "cancelButton")->isEnabled());
    QCOMPARE(created.count(), 0);
}

void TestRequestWizard::stopDuringRsa4096StoresNothing()
{
    const QString vault = freshVault();
    VaultAccess access(vault);
    RequestWizard wizard(&access);
    QSignalSpy created(&wizard, &RequestWizard::requestCreated);
    wizard.show();
    QVERIFY(goToSubject(wizard, "clientProfileRadio"));
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=Erin")}, {}));
    button(wizard, "nextButton")->click();
    button(wizard, "advancedKeyButton")->click();
    button(wizard, "rsa4096Radio")->click();

    PassphraseDialog::setNextPassphrase(kPassphrase);
    auto* create = button(wizard, "createButton");
    auto* stop = button(wizard, "stopButton");
    auto* busy = child<QProgressBar>(wizard, "busyIndicator");
    create->click();
    QVERIFY(busy->isVisible());
    QCOMPARE(busy->maximum(), 0); // a busy indicator, not a fake percentage
    QVERIFY(stop->isVisible());
    QVERIFY(stop->isEnabled());
    QVERIFY(!create->isEnabled());
    QVERIFY(!button(wizard, "backButton")->isEnabled());
    QVERIFY(!button(wizard, "rsa4096Radio")->isEnabled());
    QTest::qWait(50);
    screenshot(wizard, QStringLiteral("3-key-busy"));
    stop->click();

    // The page is usable again at once, without waiting for OpenSSL.
    QVERIFY(!busy->isVisible());
    QVERIFY(create->isEnabled());
    QVERIFY(button(wizard, "backButton")->isEnabled());
    QVERIFY(button(wizard, "rsa4096Radio")->isEnabled());
    QCOMPARE(child<QLabel>(wizard, "keyStatusLabel")->text(), QStringLiteral("Stopped. Nothing was stored."));
    // Even once the abandoned generation has finished, nothing reaches the vault.
    QVERIFY(RequestWizard::generationPool()->waitForDone(kCreateTimeoutMs));
    QTest::qWait(200);
    QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));
    QCOMPARE(created.count(), 0);
    QVERIFY(!access.hasPassphrase()); // the vault was never even asked
    QVERIFY(vaultEntries(vault).isEmpty());

    // Closing during generation discards it the same way.
    create->click();
    QVERIFY(busy->isVisible());
    wizard.reject();
    QVERIFY(!wizard.isVisible());
    QVERIFY(RequestWizard::generationPool()->waitForDone(kCreateTimeoutMs));
    QTest::qWait(200);
    QCOMPARE(created.count(), 0);
    QVERIFY(vaultEntries(vault).isEmpty());
    // Nothing asked for the passphrase queued above: it is still first in line (the sentinel keeps ask() from
    // opening a real dialog if it was taken after all).
    PassphraseDialog::setNextPassphrase(std::nullopt);
    QVERIFY(PassphraseDialog::ask(nullptr, {}).has_value());
    QVERIFY(!PassphraseDialog::ask(nullptr, {}).has_value());
}

void TestRequestWizard::staysResponsiveDuringRsa4096()
{
    const QString vault = freshVault();
    VaultAccess access(vault);
    RequestWizard wizard(&access);
    wizard.show();
    QVERIFY(goToSubject(wizard, "serverProfileRadio"));
    QVERIFY(fillSubject(wizard, {QStringLiteral("commonNameEdit=big.example.org")},
                        {QStringLiteral("dns:big.example.org")}));
    button(wizard, "nextButton")->click();
    button(wizard, "advancedKeyButton")->click();
    button(wizard, "rsa4096Radio")->click();
    QTest::qWait(100); // let the first paint of the page happen before measuring
    PassphraseDialog::setNextPassphrase(kPassphrase);

    auto* keyPage = wizard.findChild<RequestKeyPage*>();
    QVERIFY(keyPage);
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 largestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (keyPage->state() != RequestKeyPage::State::Creating)
            return;
        const qint64 now = clock.elapsed();
        largestGap = std::max(largestGap, now - lastTick);
        lastTick = now;
        ++ticks;
    });
    button(wizard, "createButton")->click();
    QCOMPARE(keyPage->state(), RequestKeyPage::State::Creating);
    clock.start();
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(keyPage->state() != RequestKeyPage::State::Creating, kCreateTimeoutMs);
    timer.stop();
    const qint64 generation = clock.elapsed();
    qInfo("RSA-4096 took %lld ms; %d timer ticks; largest gap %lld ms", generation, ticks, largestGap);
    QVERIFY2(ticks >= 3, "the generation was too quick to measure anything");
    QVERIFY2(largestGap <= 100, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(largestGap)));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RequestWizard::ResultPageId), kCreateTimeoutMs);
    QVERIFY(child<QPlainTextEdit>(wizard, "csrText")
                ->toPlainText()
                .startsWith(QStringLiteral("-----BEGIN CERTIFICATE REQUEST-----")));
}

QTEST_MAIN(TestRequestWizard)
#include "tst_requestwizard.moc"
