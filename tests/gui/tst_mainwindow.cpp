#include "TestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/export/ExportDialog.h"
#include "gui/import/ImportDialog.h"
#include "gui/main/DetailsPanel.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultLoader.h"
#include "gui/main/VaultTableModel.h"
#include "gui/request/RequestWizard.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kLoadTimeoutMs = 20000;

QString currentPage(const MainWindow& window)
{
    const auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    return pages && pages->currentWidget() ? pages->currentWidget()->objectName() : QString();
}

/// Column texts of the table as the user sees it (through the sort/filter proxy), one string per row.
QStringList visibleRows(const MainWindow& window, int column)
{
    const auto* table = window.findChild<QTableView*>(QStringLiteral("entryTable"));
    QStringList rows;
    for (int row = 0; table && row < table->model()->rowCount(); ++row)
        rows << table->model()->index(row, column).data().toString();
    return rows;
}

} // namespace

/// Drives the real MainWindow over vaults that the real certdesk-cli filled, as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyVaultShowsWhatToDo();
    void listsPendingAndValidEntries();
    void searchFiltersRows();
    void reloadsWhenTheCliChangesTheVault();
    void unopenableVaultShowsTheError();
    void detailsPanelShowsTheSelection();
    void deleteAsksAndOffersExportFirst();
    void droppedFilesGoToTheImportFlow();
    void wholeJourneyThroughTheWindow();
    void modelTexts_data();
    void modelTexts();

private:
    /// Runs certdesk-cli on `vault`; fails the test when it does not exit 0.
    bool cli(const QString& vault, const QStringList& arguments);
    /// A pending request "Bob" and an identity "Alice" signed by the test CA.
    bool populate(const QString& vault);
    /// The vault's entries as core reads them, for the model-only checks.
    QList<VaultEntry> entriesOf(const QString& vault);

    QTemporaryDir m_home;
    /// Filled once by populate(); the tests that only read it share it.
    QString m_populatedVault;
    QString m_passphraseFile;
    QProcessEnvironment m_environment;
    TestCa m_ca;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
    m_passphraseFile = m_home.filePath(QStringLiteral("passphrase"));
    writeFile(m_passphraseFile, "correct horse battery staple\n");
    // The CLI must never see the developer's vault or keychain.
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.remove(QStringLiteral("CERTDESK_VAULT"));
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    qunsetenv("CERTDESK_VAULT");
    m_populatedVault = m_home.filePath(QStringLiteral("populated vault"));
    QVERIFY(populate(m_populatedVault));
}

bool TestMainWindow::cli(const QString& vault, const QStringList& arguments)
{
    return runCli(vault, m_passphraseFile, arguments, m_environment);
}

bool TestMainWindow::populate(const QString& vault)
{
    const QString aliceCsr = vault + QStringLiteral("-alice.csr");
    const QString bobCsr = vault + QStringLiteral("-bob.csr");
    if (!cli(vault,
             {QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Alice Example,O=Example Corp"),
              QStringLiteral("--name"), QStringLiteral("Alice laptop"), QStringLiteral("--out"), aliceCsr}))
        return false;
    if (!cli(vault, {QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Bob Example"),
                     QStringLiteral("--name"), QStringLiteral("Bob phone"), QStringLiteral("--out"), bobCsr}))
        return false;
    const QString leaf = m_ca.sign(aliceCsr, 365, QFileInfo(vault).fileName() + QStringLiteral("-alice.crt"));
    if (leaf.isEmpty()) {
        qWarning("signing failed: %s", qPrintable(m_ca.error()));
        return false;
    }
    return cli(vault, {QStringLiteral("import"), leaf, m_ca.intermediateCertPath()});
}

QList<VaultEntry> TestMainWindow::entriesOf(const QString& vault)
{
    auto opened = Vault::open(vault, VaultCredentials{});
    if (!opened)
        return {};
    auto entries = opened.value()->entries();
    return entries ? entries.value() : QList<VaultEntry>{};
}

void TestMainWindow::emptyVaultShowsWhatToDo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("new vault"));
    MainWindow window(vault);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("emptyState"), kLoadTimeoutMs);

    // The two ways in, as buttons.
    auto* request = window.findChild<QPushButton*>(QStringLiteral("emptyRequestButton"));
    auto* import = window.findChild<QPushButton*>(QStringLiteral("emptyImportButton"));
    QVERIFY(request && request->isVisible());
    QVERIFY(import && import->isVisible());
    QVERIFY(!request->accessibleName().isEmpty());
    // The command-line alternative names this vault (it is not the default one) so it works when pasted.
    const auto* steps = window.findChild<QLabel*>(QStringLiteral("emptySteps"));
    QVERIFY(steps);
    QVERIFY2(steps->text().contains(
                 QStringLiteral("certdesk-cli --vault '%1' \\\n    request --subject &quot;CN=Your Name&quot;")
                     .arg(QDir(vault).absolutePath())),
             qPrintable(steps->text()));
    QVERIFY(steps->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    // The buttons open the wizard and the import dialog.
    request->click();
    QTRY_VERIFY(window.findChild<RequestWizard*>());
    window.findChild<RequestWizard*>()->reject();
    import->click();
    QTRY_VERIFY(window.findChild<ImportDialog*>());
    window.findChild<ImportDialog*>()->reject();
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("entryCountLabel"))->text(), QStringLiteral("0 entries"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("vaultPathLabel"))->text().contains(QDir(vault).absolutePath()));
}

void TestMainWindow::listsPendingAndValidEntries()
{
    const QString vault = m_populatedVault;

    MainWindow window(vault);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("entriesPage"), kLoadTimeoutMs);

    // Sorted by expiry: the identity first, the request (no expiry yet) last.
    QCOMPARE(visibleRows(window, VaultTableModel::NameColumn),
             (QStringList{QStringLiteral("Alice laptop"), QStringLiteral("Bob phone")}));
    QCOMPARE(visibleRows(window, VaultTableModel::SubjectColumn),
             (QStringList{QStringLiteral("Alice Example"), QStringLiteral("Bob Example")}));
    QCOMPARE(visibleRows(window, VaultTableModel::IssuerColumn),
             (QStringList{QStringLiteral("CertDesk Test Issuing CA"), QStringLiteral("—")}));
    QCOMPARE(visibleRows(window, VaultTableModel::StatusColumn),
             (QStringList{QStringLiteral("Valid"), QStringLiteral("Waiting for certificate")}));
    const QStringList expires = visibleRows(window, VaultTableModel::ExpiresColumn);
    QVERIFY2(expires.at(0).endsWith(QStringLiteral("(in 364 days)")) ||
                 expires.at(0).endsWith(QStringLiteral("(in 365 days)")),
             qPrintable(expires.at(0)));
    QCOMPARE(expires.at(1), QStringLiteral("—"));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("entryCountLabel"))->text(), QStringLiteral("2 entries"));

    // Keyboard: the table has focus on a row, Down moves to the next one.
    auto* table = window.findChild<QTableView*>(QStringLiteral("entryTable"));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
}

void TestMainWindow::searchFiltersRows()
{
    const QString vault = m_populatedVault;
    MainWindow window(vault);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("entriesPage"), kLoadTimeoutMs);

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // Matches any column: "bob" is in the name, "issuing" only in Alice's issuer.
    QTest::keyClicks(search, QStringLiteral("bob"));
    QCOMPARE(visibleRows(window, VaultTableModel::NameColumn), QStringList{QStringLiteral("Bob phone")});
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("entryCountLabel"))->text(), QStringLiteral("Showing 1 of 2"));
    search->setText(QStringLiteral("issuing"));
    QCOMPARE(visibleRows(window, VaultTableModel::NameColumn), QStringList{QStringLiteral("Alice laptop")});
    search->setText(QStringLiteral("nobody"));
    QVERIFY(visibleRows(window, VaultTableModel::NameColumn).isEmpty());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("noMatchLabel"))->isVisible());

    // Escape clears the search and every row comes back.
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(visibleRows(window, VaultTableModel::NameColumn).size(), 2);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("entryCountLabel"))->text(), QStringLiteral("2 entries"));
}

void TestMainWindow::reloadsWhenTheCliChangesTheVault()
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("vault"));
    MainWindow window(vault);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("emptyState"), kLoadTimeoutMs);

    auto* loader = window.findChild<VaultLoader*>(QStringLiteral("vaultLoader"));
    QVERIFY(loader);
    // Our own reads open and close the database; they must not trigger reloads of their own.
    QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), kLoadTimeoutMs);
    QSignalSpy idleLoads(loader, &VaultLoader::loadingStarted);
    QTest::qWait(1500);
    QCOMPARE(idleLoads.size(), 0);

    QVERIFY(cli(vault, {QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Carol"),
                        QStringLiteral("--name"), QStringLiteral("Carol"), QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("carol.csr"))}));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("entriesPage"), kLoadTimeoutMs);
    QCOMPARE(visibleRows(window, VaultTableModel::NameColumn), QStringList{QStringLiteral("Carol")});

    QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), kLoadTimeoutMs);
    QTest::qWait(1000);
    QSignalSpy settledLoads(loader, &VaultLoader::loadingStarted);
    QTest::qWait(1500);
    QCOMPARE(settledLoads.size(), 0);
}

void TestMainWindow::unopenableVaultShowsTheError()
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("vault"));
    writeFile(notAFolder, "this is a file, not a vault folder\n");

    MainWindow window(notAFolder);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("errorState"), kLoadTimeoutMs);

    // The window shows core's own sentence, not a generic failure.
    auto opened = Vault::open(notAFolder, VaultCredentials{});
    QVERIFY(!opened.ok());
    const auto* message = window.findChild<QLabel*>(QStringLiteral("errorMessageLabel"));
    QVERIFY(message);
    QVERIFY(!opened.error().message.isEmpty());
    QCOMPARE(message->text(), opened.error().message);
    QVERIFY(message->isVisible());
}

void TestMainWindow::detailsPanelShowsTheSelection()
{
    MainWindow window(m_populatedVault);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("entriesPage"), kLoadTimeoutMs);
    auto* table = window.findChild<QTableView*>(QStringLiteral("entryTable"));
    table->setCurrentIndex(table->model()->index(0, 0)); // Alice, the identity
    auto* panel = window.findChild<DetailsPanel*>(QStringLiteral("detailsPanel"));
    QVERIFY(panel && panel->entry());
    QCOMPARE(panel->entry()->name, QStringLiteral("Alice laptop"));
    const auto label = [&](const char* name) { return window.findChild<QLabel*>(QLatin1String(name))->text(); };
    QCOMPARE(label("detailsSubject"), QStringLiteral("CN=Alice Example,O=Example Corp"));
    QCOMPARE(label("detailsIssuer"), QStringLiteral("CN=CertDesk Test Issuing CA,O=CertDesk Test"));
    QVERIFY(label("detailsPurposes").contains(QStringLiteral("Sign in to services")));
    QVERIFY(label("detailsKey").startsWith(QStringLiteral("EC P-256, private key kept encrypted")));
    // The fingerprint is the one openssl computes, and the copy button puts it on the clipboard.
    const Certificate& certificate = panel->entry()->certificate;
    const QString pemFile = m_home.filePath(QStringLiteral("alice-shown.pem"));
    writeFile(pemFile, certificate.pem());
    const ProcessResult fingerprint = openssl({"x509", "-in", pemFile, "-noout", "-fingerprint", "-sha256"});
    QCOMPARE(label("detailsFingerprint"), QString::fromLatin1(fingerprint.out.trimmed().split('=').last()));
    window.findChild<QPushButton*>(QStringLiteral("copyFingerprintButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), label("detailsFingerprint"));
    window.findChild<QPushButton*>(QStringLiteral("copyPemButton"))->click();
    QCOMPARE(QApplication::clipboard()->text().toLatin1(), certificate.pem());
    // Chain from the issuing CA down to Alice.
    auto* chain = window.findChild<QTreeWidget*>(QStringLiteral("chainTree"));
    QCOMPARE(chain->topLevelItemCount(), 1);
    QCOMPARE(chain->topLevelItem(0)->text(0), QStringLiteral("CertDesk Test Issuing CA"));
    QCOMPARE(chain->topLevelItem(0)->child(0)->text(0), QStringLiteral("Alice Example"));
    // The pending request shows what is missing.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(panel->entry()->name, QStringLiteral("Bob phone"));
    QVERIFY(label("detailsIssuer").startsWith(QStringLiteral("Not yet issued")));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("copyFingerprintButton"))->isEnabled());
}

void TestMainWindow::deleteAsksAndOffersExportFirst()
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("delete vault"));
    QVERIFY(populate(vault));
    MainWindow window(vault);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("entriesPage"), kLoadTimeoutMs);
    auto* table = window.findChild<QTableView*>(QStringLiteral("entryTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(window.selectedEntry()->name, QStringLiteral("Alice laptop"));

    // Cancel keeps it; the question says that the key goes too and that this cannot be undone.
    MessageBox::takeShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.deleteSelected();
    const QStringList asked = MessageBox::takeShownTexts();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("cannot be undone")), qPrintable(asked.first()));
    QVERIFY(asked.first().contains(QStringLiteral("private key")));
    QCOMPARE(entriesOf(vault).size(), 2);

    // "Export first" opens the export dialog for it and deletes nothing.
    MessageBox::setNextAnswer(QMessageBox::Save);
    window.deleteSelected();
    QTRY_VERIFY(window.findChild<ExportDialog*>());
    window.findChild<ExportDialog*>()->reject();
    QCOMPARE(entriesOf(vault).size(), 2);

    // The Delete key in the search field edits the text; in the table it asks to delete.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    search->setText(QStringLiteral("x"));
    search->setCursorPosition(0);
    MessageBox::takeShownTexts();
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QString());
    const QStringList afterSearchDelete = MessageBox::takeShownTexts();
    QVERIFY2(afterSearchDelete.isEmpty(), qPrintable(afterSearchDelete.join(QLatin1Char('|'))));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(entriesOf(vault).size(), 1, kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(visibleRows(window, VaultTableModel::NameColumn), QStringList{QStringLiteral("Bob phone")},
                              kLoadTimeoutMs);
}

void TestMainWindow::droppedFilesGoToTheImportFlow()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("drop vault")));
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("emptyState"), kLoadTimeoutMs);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_ca.rootCertPath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_VERIFY(window.findChild<ImportDialog*>());
    window.findChild<ImportDialog*>()->reject();
}

void TestMainWindow::wholeJourneyThroughTheWindow()
{
    // What a new user does on the first day, through the window only: request, have it signed, import, export.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(QStringLiteral("no-bus")).toUtf8());
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("journey vault"));
    MainWindow window(vault);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("emptyState"), kLoadTimeoutMs);
    const auto button = [](QWidget* parent, const char* name) {
        return parent->findChild<QAbstractButton*>(QLatin1String(name));
    };
    const auto edit = [](QWidget* parent, const char* name) { return parent->findChild<QLineEdit*>(QLatin1String(name)); };

    // 1. The wizard: sign in to services, who, default key, create. No keychain here: the vault passphrase is asked.
    button(&window, "emptyRequestButton")->click();
    RequestWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<RequestWizard*>()));
    button(wizard, "clientProfileRadio")->click();
    button(wizard, "nextButton")->click();
    edit(wizard, "requestNameEdit")->setText(QStringLiteral("Journey VPN"));
    edit(wizard, "commonNameEdit")->setText(QStringLiteral("Jo Journey"));
    edit(wizard, "organisationEdit")->setText(QStringLiteral("Example Corp"));
    edit(wizard, "countryEdit")->setText(QStringLiteral("FR"));
    QVERIFY(button(wizard, "nextButton")->isEnabled());
    button(wizard, "nextButton")->click();
    PassphraseDialog::setNextPassphrase(QStringLiteral("journey passphrase"));
    button(wizard, "createButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RequestWizard::ResultPageId), kLoadTimeoutMs);
    const QString csrPem = wizard->findChild<QPlainTextEdit*>(QStringLiteral("csrText"))->toPlainText();
    button(wizard, "finishButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(visibleRows(window, VaultTableModel::StatusColumn),
                              QStringList{QStringLiteral("Waiting for certificate")}, kLoadTimeoutMs);

    // 2. The CA signs the CSR the wizard showed.
    const QString csr = dir.filePath(QStringLiteral("journey.csr"));
    writeFile(csr, csrPem.toLatin1());
    QCOMPARE(openssl({"req", "-in", csr, "-verify", "-noout"}).exitCode, 0);
    const QString certificate = m_ca.sign(csr, 200, QStringLiteral("journey.crt"));
    QVERIFY2(!certificate.isEmpty(), qPrintable(m_ca.error()));

    // 3. Import what came back, through the window's import flow.
    window.startImport({certificate, m_ca.intermediateCertPath()});
    ImportDialog* import = nullptr;
    QTRY_VERIFY((import = window.findChild<ImportDialog*>()));
    QTRY_VERIFY_WITH_TIMEOUT(!import->isBusy() && button(import, "importButton")->isEnabled(), kLoadTimeoutMs);
    button(import, "importButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!button(import, "importButton")->isVisible(), kLoadTimeoutMs);
    import->accept();
    QTRY_COMPARE_WITH_TIMEOUT(visibleRows(window, VaultTableModel::StatusColumn), QStringList{QStringLiteral("Valid")},
                              kLoadTimeoutMs);
    QCOMPARE(window.selectedEntry()->name, QStringLiteral("Journey VPN"));

    // 4. Export a PKCS#12 and open it with openssl; the window remembers the vault passphrase for this session.
    window.exportSelected();
    ExportDialog* exporter = nullptr;
    QTRY_VERIFY((exporter = window.findChild<ExportDialog*>()));
    QVERIFY(exporter->findChild<QRadioButton*>(QStringLiteral("pkcs12Radio"))->isChecked());
    edit(exporter, "passwordEdit")->setText(QStringLiteral("journey export"));
    edit(exporter, "confirmPasswordEdit")->setText(QStringLiteral("journey export"));
    const QString p12 = dir.filePath(QStringLiteral("journey.p12"));
    FileDialog::setNextFileName(p12);
    button(exporter, "exportButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(p12) && !exporter->isBusy(), kLoadTimeoutMs);
    const ProcessResult opened = openssl({"pkcs12", "-in", p12, "-passin", "pass:journey export", "-nokeys"});
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.describe()));
    QVERIFY(opened.out.contains("subject=C = FR, O = Example Corp, CN = Jo Journey"));
    exporter->reject();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestMainWindow::modelTexts_data()
{
    QTest::addColumn<int>("daysBeforeExpiry");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("statusId");
    QTest::addColumn<QString>("relative");

    QTest::newRow("valid") << 200 << QStringLiteral("Valid") << QStringLiteral("valid")
                           << QStringLiteral("(in 200 days)");
    QTest::newRow("expiring") << 10 << QStringLiteral("Expiring soon") << QStringLiteral("expiring")
                              << QStringLiteral("(in 10 days)");
    QTest::newRow("one day") << 1 << QStringLiteral("Expiring soon") << QStringLiteral("expiring")
                             << QStringLiteral("(in 1 day)");
    QTest::newRow("expired") << -3 << QStringLiteral("Expired") << QStringLiteral("expired")
                             << QStringLiteral("(expired 3 days ago)");
}

void TestMainWindow::modelTexts()
{
    QFETCH(int, daysBeforeExpiry);
    QFETCH(QString, status);
    QFETCH(QString, statusId);
    QFETCH(QString, relative);

    const QList<VaultEntry> entries = entriesOf(m_populatedVault);
    QCOMPARE(entries.size(), 2);
    const int identityRow = entries.at(0).isPending() ? 1 : 0;
    const int pendingRow = 1 - identityRow;

    VaultTableModel model;
    model.setEntries(entries);
    const QDateTime notAfter = entries.at(identityRow).certificate.notAfter();
    // Half an hour off the day boundary, so whole-day arithmetic is not at its edge.
    model.setNow(notAfter.addDays(-daysBeforeExpiry).addSecs(daysBeforeExpiry >= 0 ? -1800 : 1800));

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(identityRow, VaultTableModel::StatusColumn).toString(), status);
    QCOMPARE(cell(identityRow, VaultTableModel::StatusColumn, VaultTableModel::StatusIdRole).toString(), statusId);
    QVERIFY(!cell(identityRow, VaultTableModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(identityRow, VaultTableModel::ExpiresColumn).toString(),
             QStringLiteral("%1 %2").arg(notAfter.toLocalTime().date().toString(Qt::ISODate), relative));

    // A request is the same whatever the clock says.
    QCOMPARE(cell(pendingRow, VaultTableModel::StatusColumn).toString(), QStringLiteral("Waiting for certificate"));
    QCOMPARE(cell(pendingRow, VaultTableModel::ExpiresColumn).toString(), QStringLiteral("—"));
    QCOMPARE(cell(pendingRow, VaultTableModel::SubjectColumn).toString(), QStringLiteral("Bob Example"));
    QCOMPARE(cell(pendingRow, VaultTableModel::SubjectColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("CN=Bob Example"));
    // Expires sorts by date, with requests after every certificate.
    QVERIFY(cell(identityRow, VaultTableModel::ExpiresColumn, VaultTableModel::SortRole).toLongLong() <
            cell(pendingRow, VaultTableModel::ExpiresColumn, VaultTableModel::SortRole).toLongLong());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
