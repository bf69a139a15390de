#include "TestSupport.h"
#include "expiry/Clock.h"
#include "gui/common/DialogSeams.h"
#include "gui/export/ExportDialog.h"
#include "gui/import/ImportDialog.h"
#include "gui/main/DetailsPanel.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultAccess.h"
#include "gui/main/VaultTableModel.h"
#include "gui/renewal/ReminderDaysDialog.h"
#include "gui/renewal/RenewDialog.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kTimeoutMs = 120000;
const QString kVaultPassphrase = QStringLiteral("correct horse battery staple");
const QString kName = QStringLiteral("Alice laptop");

template <typename T> T* child(const QObject& parent, const QString& name)
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
    widget.window()->grab().save(QDir(directory).filePath(QStringLiteral("renew-%1.png").arg(name)));
}

/// The table as the user sees it (through the sort/filter proxy): one "name|status" string per row.
QStringList visibleRows(const MainWindow& window)
{
    const auto* table = window.findChild<QTableView*>(QStringLiteral("entryTable"));
    QStringList rows;
    for (int row = 0; table && row < table->model()->rowCount(); ++row) {
        rows << table->model()->index(row, VaultTableModel::NameColumn).data().toString() + QLatin1Char('|') +
                    table->model()->index(row, VaultTableModel::StatusColumn).data().toString();
    }
    return rows;
}

QModelIndex rowOf(const MainWindow& window, const QString& id)
{
    const auto* table = window.findChild<QTableView*>(QStringLiteral("entryTable"));
    const QModelIndexList found =
        table->model()->match(table->model()->index(0, 0), VaultTableModel::IdRole, id, 1, Qt::MatchExactly);
    return found.isEmpty() ? QModelIndex() : found.first();
}

bool select(MainWindow& window, const QString& id)
{
    const QModelIndex index = rowOf(window, id);
    if (!index.isValid())
        return false;
    window.findChild<QTableView*>(QStringLiteral("entryTable"))->setCurrentIndex(index);
    return window.selectedEntry() && window.selectedEntry()->id == id;
}

/// The lines of `openssl req -text` that say who and what a request is for.
QStringList requestFacts(const QString& csrPath)
{
    const ProcessResult text = openssl(
        {QStringLiteral("req"), QStringLiteral("-in"), csrPath, QStringLiteral("-noout"), QStringLiteral("-text")});
    if (text.exitCode != 0) {
        qWarning("%s", qPrintable(text.describe()));
        return {};
    }
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'));
    QStringList facts;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("Subject:")))
            facts << line;
        // The values of these extensions are on the line after their name.
        for (const char* extension :
             {"X509v3 Subject Alternative Name:", "X509v3 Extended Key Usage:", "X509v3 Key Usage:"}) {
            if (line.startsWith(QLatin1String(extension)) && i + 1 < lines.size())
                facts << line + QLatin1Char(' ') + lines.at(i + 1).trimmed();
        }
    }
    return facts;
}

} // namespace

/// Renewal in the desktop app, end to end over a vault the real certdesk-cli filled: the dialog stores a renewal
/// linked to the identity, the table shows it as the identity's state, the CA's answer is imported and replaces the
/// old identity in a real NSS database (checked with certutil), the old one is archived; calendar export and
/// per-identity reminders are stored in the vault.
class TestRenewDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void renewOnlyWhatCanBeRenewed();
    void renewsThroughTheDialog();
    void tableShowsTheRenewalAsTheIdentitysState();
    void importReplacesTheOldIdentityInTheStore();
    void replacedIdentityIsHiddenUntilAskedFor();
    void remindersCanBeChangedAndMuted();
    void calendarExportHasAnAlarmPerReminder();
    void renewalFinishedFromTheDetails();
    void storePasswordIsAskedAndFailuresAreShown();
    void identityInstalledNowhereIsArchivedOnImport();

private:
    bool cli(const QStringList& arguments);
    QList<VaultEntry> entries();
    VaultEntry entry(const QString& id);
    /// The only entry named `name` that is neither archived nor a renewal still waiting.
    VaultEntry current(const QString& name);
    bool waitLoaded(MainWindow& window, const std::function<bool()>& condition);
    ProcessResult certutil(const QStringList& arguments) const;
    QString path(const QString& name) const { return m_home.filePath(name); }
    QString nssDir() const { return path(QStringLiteral("nssdb")); }

    QTemporaryDir m_home;
    QString m_vault;
    QString m_passphraseFile;
    QProcessEnvironment m_environment;
    TestCa m_ca;
    QString m_aliceId;
    QString m_renewalId;
    QString m_csrPath;
    QString m_originalCsrPath;
};

void TestRenewDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_home.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
    // Store discovery and NSS look under $HOME; the test's own home keeps the developer's databases out of it.
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toLocal8Bit());
    // No keychain answers, so the vault passphrase is asked through the seam.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    qunsetenv("CERTDESK_VAULT");
    m_environment = QProcessEnvironment::systemEnvironment();

    m_passphraseFile = path(QStringLiteral("passphrase"));
    writeFile(m_passphraseFile, kVaultPassphrase.toUtf8() + '\n');
    m_vault = path(QStringLiteral("renew vault"));
    m_originalCsrPath = path(QStringLiteral("alice.csr"));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"),
                 QStringLiteral("CN=Alice Example,O=Example Corp,C=DE"), QStringLiteral("--san"),
                 QStringLiteral("email:alice@example.org"), QStringLiteral("--san"),
                 QStringLiteral("dns:alice.example.org"), QStringLiteral("--profile"), QStringLiteral("client"),
                 QStringLiteral("--name"), kName, QStringLiteral("--out"), m_originalCsrPath}));
    const QString leaf = m_ca.sign(m_originalCsrPath, 365, QStringLiteral("alice.crt"));
    QVERIFY2(!leaf.isEmpty(), qPrintable(m_ca.error()));
    QVERIFY(cli({QStringLiteral("import"), leaf, m_ca.intermediateCertPath()}));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Bob Example"),
                 QStringLiteral("--name"), QStringLiteral("Bob phone"), QStringLiteral("--out"),
                 path(QStringLiteral("bob.csr"))}));
    m_aliceId = current(kName).id;
    QVERIFY(!m_aliceId.isEmpty());

    // The old identity is installed in an NSS database, as a browser would hold it.
    QVERIFY(QDir().mkpath(nssDir()));
    const ProcessResult created = certutil({QStringLiteral("-N"), QStringLiteral("--empty-password")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    QVERIFY(cli({QStringLiteral("install"), m_aliceId, QStringLiteral("--store"), QStringLiteral("nss:") + nssDir()}));
    QCOMPARE(entry(m_aliceId).installations.size(), 1);
}

void TestRenewDialog::init()
{
    MessageBox::takeShownTexts();
}

bool TestRenewDialog::cli(const QStringList& arguments)
{
    return runCli(m_vault, m_passphraseFile, arguments, m_environment);
}

QList<VaultEntry> TestRenewDialog::entries()
{
    auto opened = Vault::open(m_vault, VaultCredentials{});
    if (!opened)
        return {};
    auto all = opened.value()->entries();
    return all ? all.value() : QList<VaultEntry>{};
}

VaultEntry TestRenewDialog::entry(const QString& id)
{
    for (const VaultEntry& candidate : entries()) {
        if (candidate.id == id)
            return candidate;
    }
    qWarning("no entry %s", qPrintable(id));
    return {};
}

VaultEntry TestRenewDialog::current(const QString& name)
{
    for (const VaultEntry& candidate : entries()) {
        if (candidate.name == name && !candidate.isArchived() &&
            !(candidate.isPending() && !candidate.renews.isEmpty()))
            return candidate;
    }
    qWarning("no current entry %s", qPrintable(name));
    return {};
}

bool TestRenewDialog::waitLoaded(MainWindow& window, const std::function<bool()>& condition)
{
    const auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    return QTest::qWaitFor(
        [&] { return pages->currentWidget()->objectName() == QLatin1String("entriesPage") && condition(); },
        kTimeoutMs);
}

ProcessResult TestRenewDialog::certutil(const QStringList& arguments) const
{
    return runProcess(QStringLiteral("certutil"),
                      arguments + QStringList{QStringLiteral("-d"), QStringLiteral("sql:") + nssDir()}, {},
                      m_environment, 60000);
}

void TestRenewDialog::renewOnlyWhatCanBeRenewed()
{
    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return window.model()->rowCount() == 2; }));
    auto* renew = child<QAction>(window, QStringLiteral("renewAction"));
    QVERIFY(renew);
    QVERIFY(!renew->shortcut().isEmpty());

    QVERIFY(select(window, m_aliceId));
    QVERIFY(renew->isEnabled());
    // Far from expiry, Renew… is in the toolbar and the menu only; the details stay quiet.
    QVERIFY(!child<QGroupBox>(window, QStringLiteral("renewalBox"))->isVisible());

    // A request still waiting for its certificate has nothing to renew.
    const QString bobId = current(QStringLiteral("Bob phone")).id;
    QVERIFY(select(window, bobId));
    QVERIFY(!renew->isEnabled());
    QVERIFY(!child<QGroupBox>(window, QStringLiteral("renewalBox"))->isVisible());

    // Asked anyway (a stale reminder, --renew with the wrong ID): a sentence, no dialog.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.renewEntry(bobId);
    QVERIFY(!window.renewDialog());
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("still waiting for its first certificate")),
             qPrintable(shown.first()));

    // 25 days before expiry the details offer it themselves.
    Clock::setOverride(entry(m_aliceId).certificate.notAfter().addDays(-25));
    window.reload();
    QVERIFY(waitLoaded(window, [&] {
        return rowOf(window, m_aliceId).data(VaultTableModel::StatusIdRole).toString() == QLatin1String("expiring");
    }));
    QVERIFY(select(window, m_aliceId));
    QVERIFY(child<QGroupBox>(window, QStringLiteral("renewalBox"))->isVisible());
    QVERIFY2(child<QLabel>(window, QStringLiteral("renewalLabel"))->text().contains(QStringLiteral("Renew it now")),
             qPrintable(child<QLabel>(window, QStringLiteral("renewalLabel"))->text()));
    auto* detailsRenew = child<QPushButton>(window, QStringLiteral("detailsRenewButton"));
    QVERIFY(detailsRenew->isVisible() && detailsRenew->isEnabled());
    screenshot(window, QStringLiteral("due"));
    detailsRenew->click();
    QVERIFY(window.renewDialog());
    window.renewDialog()->reject();
    Clock::setOverride({});
}

void TestRenewDialog::renewsThroughTheDialog()
{
    MainWindow window(m_vault);
    window.show();
    // Asked before the vault is even read, as `certdesk --renew ID` does: the dialog opens once it is.
    window.renewEntry(m_aliceId.left(8));
    QVERIFY(QTest::qWaitFor([&] { return window.renewDialog() != nullptr; }, kTimeoutMs));
    RenewDialog& dialog = *window.renewDialog();
    QVERIFY(dialog.isVisible());
    QCOMPARE(window.selectedEntry()->id, m_aliceId);

    // What will be asked for again, in the user's words.
    QVERIFY2(
        child<QLabel>(dialog, QStringLiteral("renewSubjectLabel"))->text().contains(QStringLiteral("CN=Alice Example")),
        qPrintable(child<QLabel>(dialog, QStringLiteral("renewSubjectLabel"))->text()));
    const QString sans = child<QLabel>(dialog, QStringLiteral("renewSansLabel"))->text();
    QVERIFY2(sans.contains(QStringLiteral("alice@example.org")) && sans.contains(QStringLiteral("alice.example.org")),
             qPrintable(sans));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("renewPurposeLabel"))
                ->text()
                .contains(QStringLiteral("Sign in to services")));
    auto* keyType = child<QComboBox>(dialog, QStringLiteral("keyTypeCombo"));
    QCOMPARE(keyType->currentData().toString(), QStringLiteral("ec-p256"));
    QVERIFY(keyType->count() >= 6);
    const QString keeps = child<QLabel>(dialog, QStringLiteral("keepsWorkingLabel"))->text();
    QVERIFY2(keeps.contains(QStringLiteral("keeps working until the new certificate is installed")), qPrintable(keeps));
    screenshot(dialog, QStringLiteral("plan"));

    // A different key type this time; the vault asks for its passphrase (no keychain here).
    keyType->setCurrentIndex(keyType->findData(QStringLiteral("ec-p384")));
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    child<QPushButton>(dialog, QStringLiteral("createButton"))->click();
    QVERIFY(dialog.isBusy());
    QVERIFY(child<QProgressBar>(dialog, QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("cancelButton"))->isEnabled());
    dialog.reject(); // closing now would strand the stored key: ignored
    QVERIFY(dialog.isVisible());
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, kTimeoutMs));
    QVERIFY2(!child<QLabel>(dialog, QStringLiteral("renewErrorLabel"))->isVisible(),
             qPrintable(child<QLabel>(dialog, QStringLiteral("renewErrorLabel"))->text()));
    QVERIFY(child<QWidget>(dialog, QStringLiteral("resultPage"))->isVisible());
    QVERIFY(!child<QWidget>(dialog, QStringLiteral("planPage"))->isVisible());
    m_renewalId = dialog.renewalId();
    QVERIFY(!m_renewalId.isEmpty());

    // The vault links the renewal to the identity, both ways.
    const VaultEntry renewal = entry(m_renewalId);
    QVERIFY(renewal.isPending());
    QCOMPARE(renewal.renews, m_aliceId);
    QCOMPARE(renewal.keyType, QStringLiteral("ec-p384"));
    const VaultEntry alice = entry(m_aliceId);
    QCOMPARE(alice.renewedBy, m_renewalId);
    QVERIFY(alice.renewalPending());
    QVERIFY(alice.renewalRequested.isValid());
    QVERIFY(!alice.isArchived());

    // The request shown is the one stored, saved through the file dialog.
    const QString shownPem = child<QPlainTextEdit>(dialog, QStringLiteral("csrText"))->toPlainText();
    QCOMPARE(shownPem.toLatin1(), renewal.request.pem());
    m_csrPath = path(QStringLiteral("alice-renewal.csr"));
    FileDialog::setNextFileName(m_csrPath);
    child<QPushButton>(dialog, QStringLiteral("saveCsrButton"))->click();
    QVERIFY2(child<QLabel>(dialog, QStringLiteral("resultStatusLabel"))->text().startsWith(QStringLiteral("Saved to")),
             qPrintable(child<QLabel>(dialog, QStringLiteral("resultStatusLabel"))->text()));
    QCOMPARE(readFile(m_csrPath), renewal.request.pem());
    screenshot(dialog, QStringLiteral("result"));

    // openssl reads the same subject, alternative names and usages as in the first request.
    const ProcessResult verified = openssl(
        {QStringLiteral("req"), QStringLiteral("-in"), m_csrPath, QStringLiteral("-verify"), QStringLiteral("-noout")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    const QStringList facts = requestFacts(m_csrPath);
    QVERIFY2(facts.size() == 4, qPrintable(facts.join(QLatin1Char('\n'))));
    QCOMPARE(facts, requestFacts(m_originalCsrPath));
    const QString all = facts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("CN = Alice Example")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("email:alice@example.org")) &&
                 all.contains(QStringLiteral("DNS:alice.example.org")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("TLS Web Client Authentication")), qPrintable(all));

    child<QPushButton>(dialog, QStringLiteral("closeButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !window.renewDialog(); }, kTimeoutMs));
}

void TestRenewDialog::tableShowsTheRenewalAsTheIdentitysState()
{
    QVERIFY(!m_renewalId.isEmpty());
    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return window.model()->rowCount() == 2; }));

    // One row for the identity, none for its waiting renewal.
    const QString today = entry(m_aliceId).renewalRequested.toLocalTime().date().toString(Qt::ISODate);
    const QStringList rows = visibleRows(window);
    QVERIFY2(rows.contains(kName + QStringLiteral("|Renewal requested on ") + today),
             qPrintable(rows.join(QLatin1Char(','))));
    QVERIFY(!rowOf(window, m_renewalId).isValid());
    // The colour still says how long the old certificate has.
    QCOMPARE(rowOf(window, m_aliceId).data(VaultTableModel::StatusIdRole).toString(), QStringLiteral("valid"));
    {
        Clock::setOverride(entry(m_aliceId).certificate.notAfter().addDays(-3));
        MainWindow later(m_vault);
        later.show();
        QVERIFY(waitLoaded(later, [&] { return later.model()->rowCount() == 2; }));
        const QModelIndex row = rowOf(later, m_aliceId);
        QCOMPARE(row.data(VaultTableModel::StatusIdRole).toString(), QStringLiteral("expiring"));
        QCOMPARE(row.siblingAtColumn(VaultTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Renewal requested on ") + today);
        Clock::setOverride({});
    }

    QVERIFY(select(window, m_aliceId));
    QVERIFY(!child<QAction>(window, QStringLiteral("renewAction"))->isEnabled());
    auto* box = child<QGroupBox>(window, QStringLiteral("renewalBox"));
    QVERIFY(box->isVisible());
    QVERIFY2(
        child<QLabel>(window, QStringLiteral("renewalLabel"))->text().contains(QStringLiteral("Renewal requested on")),
        qPrintable(child<QLabel>(window, QStringLiteral("renewalLabel"))->text()));
    screenshot(window, QStringLiteral("details"));

    // "Save request…" saves the renewal's request, not the old one's.
    const QString saved = path(QStringLiteral("saved-again.csr"));
    FileDialog::setNextFileName(saved);
    child<QPushButton>(window, QStringLiteral("saveRenewalRequestButton"))->click();
    QCOMPARE(readFile(saved), entry(m_renewalId).request.pem());
    QVERIFY(child<QLabel>(window, QStringLiteral("renewalSaveStatus"))->text().startsWith(QStringLiteral("Saved to")));

    // "Import certificate…" is the import dialog.
    child<QPushButton>(window, QStringLiteral("importRenewalButton"))->click();
    auto* import = window.findChild<ImportDialog*>();
    QVERIFY(import && import->isVisible());
    import->reject();

    // Renewing again is refused with the date of the first request.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.renewEntry(m_aliceId);
    QVERIFY(!window.renewDialog());
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("already requested")), qPrintable(shown.first()));
}

void TestRenewDialog::importReplacesTheOldIdentityInTheStore()
{
    QVERIFY(!m_csrPath.isEmpty());
    const QString oldPem = QString::fromLatin1(entry(m_aliceId).certificate.pem());
    const QString issued = m_ca.sign(m_csrPath, 365, QStringLiteral("alice-renewed.crt"));
    QVERIFY2(!issued.isEmpty(), qPrintable(m_ca.error()));

    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return window.model()->rowCount() == 2; }));
    QVERIFY(select(window, m_aliceId));
    child<QPushButton>(window, QStringLiteral("importRenewalButton"))->click();
    auto* dialog = window.findChild<ImportDialog*>();
    QVERIFY(dialog);
    dialog->addFiles({issued});
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, kTimeoutMs));
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    child<QPushButton>(*dialog, QStringLiteral("importButton"))->click();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog->isBusy() &&
                   child<QStackedWidget>(*dialog, QStringLiteral("importPages"))->currentWidget()->objectName() ==
                       QLatin1String("resultPage");
        },
        kTimeoutMs));

    // The import completed the renewal; the next step is the replacement, not a second install beside the old one.
    QVERIFY(entry(m_renewalId).certificate.fingerprintSha256().size() > 0);
    const QString offer = child<QLabel>(*dialog, QStringLiteral("renewalLabel"))->text();
    QVERIFY2(offer.contains(QStringLiteral("renews “Alice laptop”")), qPrintable(offer));
    auto* replace = child<QPushButton>(*dialog, QStringLiteral("replaceButton"));
    QVERIFY(replace->isVisible());
    QCOMPARE(replace->text(), QStringLiteral("Replace in 1 store"));
    QVERIFY(!child<QPushButton>(*dialog, QStringLiteral("installButton"))->isVisible());
    QVERIFY(!entry(m_aliceId).isArchived()); // nothing replaced before the user says so
    screenshot(*dialog, QStringLiteral("import"));

    // Before: the store holds the old certificate (so the checks below can tell the two apart).
    const auto body = [](const QString& pem) {
        return QString(pem).remove(QRegularExpression(QStringLiteral("-----[A-Z ]+-----|\\s")));
    };
    const ProcessResult before = certutil({QStringLiteral("-L"), QStringLiteral("-n"), kName, QStringLiteral("-a")});
    QVERIFY2(body(QString::fromLatin1(before.out)).contains(body(oldPem)), before.out.constData());

    replace->click();
    QVERIFY(dialog->isBusy());
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, kTimeoutMs));
    QStringList lines;
    const auto* list = child<QListWidget>(*dialog, QStringLiteral("resultList"));
    for (int row = 0; row < list->count(); ++row)
        lines << list->item(row)->text();
    QVERIFY2(lines.filter(QStringLiteral("✓")).size() == 1, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.filter(QStringLiteral("✗")).isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(
        child<QLabel>(*dialog, QStringLiteral("renewalLabel"))->text().startsWith(QStringLiteral("Renewal finished")),
        qPrintable(child<QLabel>(*dialog, QStringLiteral("renewalLabel"))->text()));
    QVERIFY(!replace->isVisible());
    screenshot(*dialog, QStringLiteral("replaced"));

    // The vault: old archived and installed nowhere, new installed where the old one was.
    const VaultEntry old = entry(m_aliceId);
    const VaultEntry renewed = entry(m_renewalId);
    QVERIFY(old.isArchived());
    QVERIFY(old.installations.isEmpty());
    QCOMPARE(renewed.installations.size(), 1);
    QCOMPARE(renewed.installations.first().storeId, QStringLiteral("nss:") + nssDir());

    // NSS itself: the new certificate with its key, the old certificate and key gone.
    const ProcessResult exported = certutil({QStringLiteral("-L"), QStringLiteral("-n"), kName, QStringLiteral("-a")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    const QString inStore = body(QString::fromLatin1(exported.out));
    QVERIFY2(inStore.contains(body(QString::fromLatin1(renewed.certificate.pem()))), exported.out.constData());
    QVERIFY2(!inStore.contains(body(oldPem)), exported.out.constData());
    // "u,u,u": NSS holds the private key of the one certificate under that name — the new one, as checked above.
    const ProcessResult listed = certutil({QStringLiteral("-L")});
    const QStringList named = QString::fromUtf8(listed.out).split(QLatin1Char('\n')).filter(kName);
    QVERIFY2(named.size() == 1 && named.first().contains(QStringLiteral("u,u,u")), listed.out.constData());
    const ProcessResult keys = certutil({QStringLiteral("-K")});
    QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
    const QStringList keyLines = QString::fromUtf8(keys.out).split(QLatin1Char('\n')).filter(QStringLiteral("> "));
    QVERIFY2(keyLines.size() == 1 && keyLines.first().contains(kName), keys.out.constData());
    QVERIFY2(!keys.out.contains("orphan"), keys.out.constData());
    dialog->accept();
}

void TestRenewDialog::replacedIdentityIsHiddenUntilAskedFor()
{
    QVERIFY(entry(m_aliceId).isArchived());
    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return window.model()->rowCount() == 2; }));
    QVERIFY(!rowOf(window, m_aliceId).isValid());
    QVERIFY(rowOf(window, m_renewalId).isValid());
    QCOMPARE(visibleRows(window).filter(kName).size(), 1);

    auto* show = child<QAction>(window, QStringLiteral("showArchivedAction"));
    QVERIFY(show->isCheckable());
    QVERIFY(!show->isChecked());
    show->trigger();
    QCOMPARE(window.model()->rowCount(), 3);
    const QModelIndex archived = rowOf(window, m_aliceId);
    QVERIFY(archived.isValid());
    const QModelIndex status = archived.siblingAtColumn(VaultTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Replaced (archived)"));
    QCOMPARE(archived.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QVERIFY(select(window, m_aliceId));
    QVERIFY(!child<QAction>(window, QStringLiteral("renewAction"))->isEnabled());
    QVERIFY(!child<QAction>(window, QStringLiteral("installAction"))->isEnabled());
    screenshot(window, QStringLiteral("archived"));

    show->trigger();
    QCOMPARE(window.model()->rowCount(), 2);
    QVERIFY(!rowOf(window, m_aliceId).isValid());
}

void TestRenewDialog::remindersCanBeChangedAndMuted()
{
    const VaultEntry renewed = entry(m_renewalId);
    QVERIFY(!renewed.ownThresholds);
    {
        MainWindow window(m_vault);
        window.show();
        QVERIFY(waitLoaded(window, [&] { return window.model()->rowCount() == 2; }));
        QVERIFY(select(window, m_renewalId));
        auto* label = child<QLabel>(window, QStringLiteral("remindersLabel"));
        QVERIFY(child<QGroupBox>(window, QStringLiteral("remindersBox"))->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Remind me 30, 14, 7, 3, 1 days before it expires (the default)."));

        child<QPushButton>(window, QStringLiteral("changeRemindersButton"))->click();
        auto* dialog = window.findChild<ReminderDaysDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* days = child<QLineEdit>(*dialog, QStringLiteral("reminderDaysEdit"));
        auto* ok = child<QPushButton>(*dialog, QStringLiteral("okButton"));
        auto* useDefault = child<QCheckBox>(*dialog, QStringLiteral("useDefaultCheck"));
        QVERIFY(useDefault->isChecked());
        useDefault->click();
        days->setText(QStringLiteral("7, 7"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(*dialog, QStringLiteral("reminderDaysError"))->isVisible());
        days->setText(QStringLiteral("0"));
        QVERIFY(!ok->isEnabled());
        days->setText(QStringLiteral("10, 2"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!child<QLabel>(*dialog, QStringLiteral("reminderDaysError"))->isVisible());
        ok->click();
        QVERIFY(waitLoaded(window, [&] { return label->text().startsWith(QStringLiteral("Remind me 10, 2 days")); }));
        QCOMPARE(entry(m_renewalId).ownThresholds->days, (QList<int>{10, 2}));

        // Muted by the certificate's fingerprint, as certdesk-cli remind --mute does.
        auto* mute = child<QCheckBox>(window, QStringLiteral("muteRemindersCheck"));
        QVERIFY(!mute->isChecked());
        mute->click();
        const QByteArray fingerprint =
            QByteArray::fromHex(renewed.certificate.fingerprintSha256().remove(QLatin1Char(':')).toLatin1());
        QCOMPARE(fingerprint.size(), 32);
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto vault = Vault::open(m_vault, VaultCredentials{});
                auto states =
                    vault ? vault.value()->reminderStates() : Result<QHash<QByteArray, ReminderState>>(Error{});
                return states && states.value().value(fingerprint).muted;
            },
            kTimeoutMs));
        QVERIFY(waitLoaded(window, [&] { return mute->isEnabled(); }));
    }
    // Another window, later: still muted.
    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return window.model()->rowCount() == 2; }));
    QVERIFY(select(window, m_renewalId));
    QVERIFY(child<QCheckBox>(window, QStringLiteral("muteRemindersCheck"))->isChecked());
    QVERIFY(child<QLabel>(window, QStringLiteral("remindersLabel"))
                ->text()
                .startsWith(QStringLiteral("Remind me 10, 2 days")));
}

void TestRenewDialog::calendarExportHasAnAlarmPerReminder()
{
    const VaultEntry renewed = entry(m_renewalId);
    QVERIFY(renewed.ownThresholds);
    VaultAccess access(m_vault);
    for (const bool own : {true, false}) {
        VaultEntry exported = renewed;
        if (!own) {
            exported.ownThresholds.reset();
            exported.thresholds = ReminderThresholds::defaults();
        }
        ExportDialog dialog(&access, exported);
        dialog.show();
        QVERIFY(dialog.availableFormats().contains(ExportDialog::Format::Calendar));
        auto* calendar = child<QRadioButton>(dialog, QStringLiteral("calendarRadio"));
        QCOMPARE(calendar->text(), QStringLiteral("Calendar reminder (.ics)"));
        calendar->click();
        QVERIFY(!child<QWidget>(dialog, QStringLiteral("passwordPanel"))->isVisible());
        const QString out = path(own ? QStringLiteral("own.ics") : QStringLiteral("default.ics"));
        FileDialog::setNextFileName(out);
        child<QPushButton>(dialog, QStringLiteral("exportButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, kTimeoutMs));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("resultTitle"))->text(), QStringLiteral("Exported"));
        const QByteArray ics = readFile(out);
        QVERIFY2(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics.constData());
        QVERIFY(ics.contains("END:VCALENDAR"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QVERIFY(ics.contains(("UID:" + renewed.id + QStringLiteral("@certdesk")).toUtf8()));
        // One alarm per reminder day (all within the 365-day lifetime), and one at expiry.
        QCOMPARE(ics.count("BEGIN:VALARM"), own ? 3 : 6);
        if (own)
            screenshot(dialog, QStringLiteral("calendar"));
    }
}

void TestRenewDialog::renewalFinishedFromTheDetails()
{
    // Renewed and imported with the CLI, without --replace: the old identity stays installed until the user says so.
    const QString csr = path(QStringLiteral("carol.csr"));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Carol Example"),
                 QStringLiteral("--name"), QStringLiteral("Carol"), QStringLiteral("--out"), csr}));
    QVERIFY(cli({QStringLiteral("import"), m_ca.sign(csr, 90, QStringLiteral("carol.crt"))}));
    const QString carolId = current(QStringLiteral("Carol")).id;
    QVERIFY(!carolId.isEmpty());
    QVERIFY(cli({QStringLiteral("install"), carolId, QStringLiteral("--store"), QStringLiteral("nss:") + nssDir()}));
    const QString renewalCsr = path(QStringLiteral("carol-renewal.csr"));
    QVERIFY(cli({QStringLiteral("renew"), carolId, QStringLiteral("--out"), renewalCsr}));
    QVERIFY(cli({QStringLiteral("import"), m_ca.sign(renewalCsr, 90, QStringLiteral("carol-renewed.crt"))}));
    const QString renewalId = entry(carolId).renewedBy;
    QVERIFY(!renewalId.isEmpty());
    QVERIFY(!entry(renewalId).isPending());
    QVERIFY(!entry(carolId).isArchived());
    const QString oldPem = QString::fromLatin1(entry(carolId).certificate.pem());
    const QString newPem = QString::fromLatin1(entry(renewalId).certificate.pem());

    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return rowOf(window, carolId).isValid() && rowOf(window, renewalId).isValid(); }));
    QCOMPARE(rowOf(window, carolId).siblingAtColumn(VaultTableModel::StatusColumn).data().toString(),
             QStringLiteral("Renewed, not yet replaced"));
    QVERIFY(select(window, carolId));
    QVERIFY(child<QLabel>(window, QStringLiteral("renewalLabel"))->text().contains(QStringLiteral("has arrived")));
    auto* replace = child<QPushButton>(window, QStringLiteral("replaceRenewalButton"));
    QVERIFY(replace->isVisible());
    QCOMPARE(replace->text(), QStringLiteral("Replace in 1 store"));
    QVERIFY(!child<QPushButton>(window, QStringLiteral("discardRenewalButton"))->isVisible());
    screenshot(window, QStringLiteral("arrived"));

    // This window's vault access knows no passphrase yet: installing the new key asks for it once.
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    replace->click();
    QVERIFY(QTest::qWaitFor([&] { return entry(carolId).isArchived(); }, kTimeoutMs));
    QStringList shown;
    QVERIFY(QTest::qWaitFor([&] { return !(shown += MessageBox::takeShownTexts()).isEmpty(); }, kTimeoutMs));
    QVERIFY2(shown.first().contains(QStringLiteral("✓")) && !shown.first().contains(QStringLiteral("✗")),
             qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY2(shown.first().contains(QStringLiteral("archived")), qPrintable(shown.join(QLatin1Char('\n'))));

    const auto body = [](const QString& pem) {
        return QString(pem).remove(QRegularExpression(QStringLiteral("-----[A-Z ]+-----|\\s")));
    };
    const ProcessResult inStore =
        certutil({QStringLiteral("-L"), QStringLiteral("-n"), QStringLiteral("Carol"), QStringLiteral("-a")});
    QVERIFY2(body(QString::fromLatin1(inStore.out)).contains(body(newPem)), inStore.out.constData());
    QVERIFY2(!body(QString::fromLatin1(inStore.out)).contains(body(oldPem)), inStore.out.constData());
    QVERIFY(waitLoaded(window, [&] { return !rowOf(window, carolId).isValid(); }));
}

void TestRenewDialog::storePasswordIsAskedAndFailuresAreShown()
{
    // An NSS database with a password, as Firefox has once a primary password is set.
    const QString lockedDir = path(QStringLiteral("locked-nssdb"));
    QVERIFY(QDir().mkpath(lockedDir));
    const QString dbPassword = path(QStringLiteral("db-password"));
    writeFile(dbPassword, "db secret\n");
    const ProcessResult created = runProcess(QStringLiteral("certutil"),
                                             {QStringLiteral("-N"), QStringLiteral("-d"),
                                              QStringLiteral("sql:") + lockedDir, QStringLiteral("-f"), dbPassword},
                                             {}, m_environment, 60000);
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));

    const QString csr = path(QStringLiteral("erin.csr"));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Erin Example"),
                 QStringLiteral("--name"), QStringLiteral("Erin"), QStringLiteral("--out"), csr}));
    QVERIFY(cli({QStringLiteral("import"), m_ca.sign(csr, 90, QStringLiteral("erin.crt"))}));
    const QString erinId = current(QStringLiteral("Erin")).id;
    QVERIFY(cli({QStringLiteral("install"), erinId, QStringLiteral("--store"), QStringLiteral("nss:") + lockedDir,
                 QStringLiteral("--store-password-file"), dbPassword}));
    const QString renewalCsr = path(QStringLiteral("erin-renewal.csr"));
    QVERIFY(cli({QStringLiteral("renew"), erinId, QStringLiteral("--out"), renewalCsr}));
    QVERIFY(cli({QStringLiteral("import"), m_ca.sign(renewalCsr, 90, QStringLiteral("erin-renewed.crt"))}));

    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return rowOf(window, erinId).isValid(); }));
    QVERIFY(select(window, erinId));
    auto* replace = child<QPushButton>(window, QStringLiteral("replaceRenewalButton"));
    QVERIFY(replace->isVisible());

    // The vault's passphrase, then the database's: a wrong one, then none (the user cancels).
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    PassphraseDialog::setNextPassphrase(QStringLiteral("not the password"));
    PassphraseDialog::setNextPassphrase(std::nullopt);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    replace->click();
    QStringList shown;
    QVERIFY(QTest::qWaitFor([&] { return !(shown += MessageBox::takeShownTexts()).isEmpty(); }, kTimeoutMs));
    QVERIFY2(shown.first().contains(QStringLiteral("✗")) && !shown.first().contains(QStringLiteral("✓")),
             qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY2(!shown.first().contains(QStringLiteral("is archived")), qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY(!entry(erinId).isArchived());
    QCOMPARE(entry(erinId).installations.size(), 1);

    // Again, with the right password: done.
    QVERIFY(waitLoaded(window, [&] { return select(window, erinId) && replace->isVisible(); }));
    PassphraseDialog::setNextPassphrase(QStringLiteral("db secret"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    replace->click();
    QVERIFY(QTest::qWaitFor([&] { return entry(erinId).isArchived(); }, kTimeoutMs));
    shown.clear();
    QVERIFY(QTest::qWaitFor([&] { return !(shown += MessageBox::takeShownTexts()).isEmpty(); }, kTimeoutMs));
    QVERIFY2(shown.first().contains(QStringLiteral("✓")) && !shown.first().contains(QStringLiteral("✗")),
             qPrintable(shown.join(QLatin1Char('\n'))));
    const ProcessResult keys = runProcess(QStringLiteral("certutil"),
                                          {QStringLiteral("-K"), QStringLiteral("-d"),
                                           QStringLiteral("sql:") + lockedDir, QStringLiteral("-f"), dbPassword},
                                          {}, m_environment, 60000);
    const QStringList keyLines = QString::fromUtf8(keys.out).split(QLatin1Char('\n')).filter(QStringLiteral("> "));
    QVERIFY2(keyLines.size() == 1 && keyLines.first().contains(QStringLiteral("Erin")), keys.out.constData());
}

void TestRenewDialog::identityInstalledNowhereIsArchivedOnImport()
{
    // A second identity, installed nowhere, renewed through the CLI's twin of the dialog (core's requestRenewal).
    const QString csr = path(QStringLiteral("dave.csr"));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Dave Example"),
                 QStringLiteral("--name"), QStringLiteral("Dave"), QStringLiteral("--out"), csr}));
    QVERIFY(cli({QStringLiteral("import"), m_ca.sign(csr, 90, QStringLiteral("dave.crt"))}));
    const QString daveId = current(QStringLiteral("Dave")).id;
    QVERIFY(!daveId.isEmpty());

    MainWindow window(m_vault);
    window.show();
    QVERIFY(waitLoaded(window, [&] { return rowOf(window, daveId).isValid(); }));
    PassphraseDialog::setNextPassphrase(kVaultPassphrase);
    window.renewEntry(daveId);
    QVERIFY(window.renewDialog());
    RenewDialog& dialog = *window.renewDialog();
    child<QPushButton>(dialog, QStringLiteral("createButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, kTimeoutMs));
    const QString renewalId = dialog.renewalId();
    QVERIFY(!renewalId.isEmpty());
    const QString renewalCsr = path(QStringLiteral("dave-renewal.csr"));
    writeFile(renewalCsr, entry(renewalId).request.pem());
    dialog.accept();

    window.startImport({m_ca.sign(renewalCsr, 90, QStringLiteral("dave-renewed.crt"))});
    auto* import = window.findChild<ImportDialog*>();
    QVERIFY(import);
    QVERIFY(QTest::qWaitFor([&] { return !import->isBusy(); }, kTimeoutMs));
    child<QPushButton>(*import, QStringLiteral("importButton"))->click();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !import->isBusy() &&
                   child<QStackedWidget>(*import, QStringLiteral("importPages"))->currentWidget()->objectName() ==
                       QLatin1String("resultPage");
        },
        kTimeoutMs));
    const QString said = child<QLabel>(*import, QStringLiteral("renewalLabel"))->text();
    QVERIFY2(said.contains(QStringLiteral("installed nowhere")) && said.contains(QStringLiteral("archived")),
             qPrintable(said));
    QVERIFY(!child<QPushButton>(*import, QStringLiteral("replaceButton"))->isVisible());
    QVERIFY(entry(daveId).isArchived());
    QVERIFY(!entry(renewalId).isPending());
    import->accept();
    QVERIFY(waitLoaded(window, [&] { return !rowOf(window, daveId).isValid() && rowOf(window, renewalId).isValid(); }));
}

QTEST_MAIN(TestRenewDialog)
#include "tst_renewdialog.moc"
