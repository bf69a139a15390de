#include "TestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/doctor/ConnectionTestDialog.h"
#include "gui/export/ExportDialog.h"
#include "gui/import/ImportDialog.h"
#include "gui/install/InstallDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultAccess.h"
#include "gui/renewal/ReminderDaysDialog.h"
#include "gui/renewal/RenewDialog.h"
#include "gui/request/RequestWizard.h"
#include "gui/settings/SettingsDialog.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

#include <functional>
#include <memory>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr int kCreateTimeoutMs = 120000;
const QString kPassphrase = QStringLiteral("correct horse battery staple");

/// A control the user types into, chooses from or reads a list in — what a screen reader must be able to name.
bool isInput(const QWidget* widget)
{
    // The line edit inside a spin box or an editable combo box, and a combo box's pop-up list, are parts of one
    // control that carries the name.
    for (const QWidget* ancestor = widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(ancestor) || qobject_cast<const QComboBox*>(ancestor))
            return false;
    }
    // A table's header belongs to the table, which carries the name.
    if (qobject_cast<const QHeaderView*>(widget))
        return false;
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QCheckBox*>(widget) ||
           qobject_cast<const QRadioButton*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QAbstractItemView*>(widget);
}

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QObject* object = widget; object; object = object->parent())
        path.prepend(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                    : object->objectName());
    return path.join(QLatin1Char('/'));
}

/// Every input under `root`, shown or hidden, whose accessible name (its own, or its buddy label's) is empty.
QStringList unnamedInputs(const QWidget& root)
{
    QStringList unnamed;
    int inputs = 0;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        if (!isInput(widget))
            continue;
        ++inputs;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(widget));
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    if (inputs == 0)
        unnamed << QStringLiteral("(no inputs found under %1: the check would pass vacuously)").arg(describe(&root));
    return unnamed;
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

/// Presses Tab until the widget named `objectName` has the focus; false after a full round without it.
bool tabTo(const QString& objectName)
{
    for (int presses = 0; presses < 60; ++presses) {
        if (!focused())
            return false;
        if (focused()->objectName() == objectName)
            return true;
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    qWarning("Tab never reached %s; focus on %s", qPrintable(objectName), qPrintable(describe(focused())));
    return false;
}

} // namespace

/// Screen readers can name every input of the request wizard and the main dialogs, and the wizard can be completed
/// with the keyboard alone.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardInputsHaveNames();
    void dialogInputsHaveNames_data();
    void dialogInputsHaveNames();
    void wizardCompletesWithTheKeyboardAlone();

private:
    bool cli(const QStringList& arguments);
    VaultEntry entry(const QString& name) const;

    QTemporaryDir m_home;
    QString m_vault;
    QString m_passphraseFile;
    QProcessEnvironment m_environment;
    TestCa m_ca;
    QList<VaultEntry> m_entries;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
    // The install dialog looks for browsers' NSS databases under HOME: an empty one here, never the developer's.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    // No keychain answers, so the vault passphrase is asked through the seam.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    qunsetenv("CERTDESK_VAULT");
    m_passphraseFile = m_home.filePath(QStringLiteral("passphrase"));
    writeFile(m_passphraseFile, kPassphrase.toUtf8() + '\n');
    m_environment = QProcessEnvironment::systemEnvironment();

    // An identity with its chain, and a request still waiting for its certificate.
    m_vault = m_home.filePath(QStringLiteral("vault"));
    const QString csr = m_home.filePath(QStringLiteral("alice.csr"));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Alice Example"),
                 QStringLiteral("--name"), QStringLiteral("Alice laptop"), QStringLiteral("--out"), csr}));
    QVERIFY(cli({QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Bob Example"),
                 QStringLiteral("--name"), QStringLiteral("Bob phone"), QStringLiteral("--out"),
                 m_home.filePath(QStringLiteral("bob.csr"))}));
    const QString leaf = m_ca.sign(csr, 365, QStringLiteral("alice.crt"));
    QVERIFY2(!leaf.isEmpty(), qPrintable(m_ca.error()));
    QVERIFY(cli({QStringLiteral("import"), leaf, m_ca.intermediateCertPath()}));
    auto opened = Vault::open(m_vault, VaultCredentials{});
    QVERIFY(opened.ok());
    auto entries = opened.value()->entries();
    QVERIFY(entries.ok());
    m_entries = entries.value();
    QVERIFY(entry(QStringLiteral("Alice laptop")).hasKey);
}

bool TestAccessibility::cli(const QStringList& arguments)
{
    return runCli(m_vault, m_passphraseFile, arguments, m_environment);
}

VaultEntry TestAccessibility::entry(const QString& name) const
{
    for (const VaultEntry& candidate : m_entries) {
        if (candidate.name == name)
            return candidate;
    }
    qWarning("no entry %s", qPrintable(name));
    return {};
}

void TestAccessibility::wizardInputsHaveNames()
{
    VaultAccess access(m_home.filePath(QStringLiteral("wizard vault")));
    RequestWizard wizard(&access);
    wizard.show();
    // Every page, the hidden expert choices (custom usages, advanced key types) included.
    QCOMPARE(wizard.pageIds().size(), 4);
    const QStringList unnamed = unnamedInputs(wizard);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("Inputs without an accessible name:\n") + unnamed.join(u'\n')));
    // Buddy labels count, as a screen reader reads them: the common name field is named by its label.
    auto* commonName = wizard.findChild<QLineEdit*>(QStringLiteral("commonNameEdit"));
    QCOMPARE(QAccessible::queryAccessibleInterface(commonName)->text(QAccessible::Name), QStringLiteral("Common name"));
}

void TestAccessibility::dialogInputsHaveNames_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* name : {"main window", "import", "export", "export pending", "install", "renew", "connection test",
                             "reminder days", "settings"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::dialogInputsHaveNames()
{
    QFETCH(QString, dialog);
    VaultAccess access(m_vault);
    const VaultEntry alice = entry(QStringLiteral("Alice laptop"));
    std::unique_ptr<QWidget> widget;
    if (dialog == QLatin1String("main window")) {
        auto* window = new MainWindow(m_vault);
        widget.reset(window);
        window->show();
        // The list and the selected identity's details, once the vault is read.
        QTRY_VERIFY(window->findChild<QWidget*>(QStringLiteral("entryTable"))->isVisible());
    } else if (dialog == QLatin1String("import")) {
        widget = std::make_unique<ImportDialog>(&access);
    } else if (dialog == QLatin1String("export")) {
        widget = std::make_unique<ExportDialog>(&access, alice);
    } else if (dialog == QLatin1String("export pending")) {
        widget = std::make_unique<ExportDialog>(&access, entry(QStringLiteral("Bob phone")));
    } else if (dialog == QLatin1String("install")) {
        widget = std::make_unique<InstallDialog>(&access, alice);
    } else if (dialog == QLatin1String("renew")) {
        widget = std::make_unique<RenewDialog>(&access, alice);
    } else if (dialog == QLatin1String("connection test")) {
        widget = std::make_unique<ConnectionTestDialog>(&access, alice);
    } else if (dialog == QLatin1String("reminder days")) {
        widget = std::make_unique<ReminderDaysDialog>(alice.name, ReminderThresholds::defaults(), false,
                                                      ReminderThresholds::defaults());
    } else if (dialog == QLatin1String("settings")) {
        widget = std::make_unique<SettingsDialog>();
    }
    QVERIFY(widget);
    widget->show();
    QTest::qWait(100);
    const QStringList unnamed = unnamedInputs(*widget);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("Inputs without an accessible name:\n") + unnamed.join(u'\n')));
}

void TestAccessibility::wizardCompletesWithTheKeyboardAlone()
{
    VaultAccess access(m_home.filePath(QStringLiteral("keyboard vault")));
    RequestWizard wizard(&access);
    QSignalSpy created(&wizard, &RequestWizard::requestCreated);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));

    // Step 1: the purpose. The first choice has the focus; the arrow key moves to e-mail and chooses it.
    QVERIFY(tabTo(QStringLiteral("clientProfileRadio")));
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(focused()->objectName(), QStringLiteral("emailProfileRadio"));
    QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("emailProfileRadio"))->isChecked());
    // Return is Next: the wizard's default button.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(RequestWizard::SubjectPageId));

    // Step 2: the page starts in its first field; Tab reaches the others; Return in the alternative name adds it.
    QCOMPARE(focused()->objectName(), QStringLiteral("requestNameEdit"));
    QTest::keyClicks(focused(), QStringLiteral("Keyboard laptop"));
    QVERIFY(tabTo(QStringLiteral("commonNameEdit")));
    QTest::keyClicks(focused(), QStringLiteral("Erika Keyboard"));
    QVERIFY(tabTo(QStringLiteral("emailEdit")));
    QTest::keyClicks(focused(), QStringLiteral("erika@example.org"));
    QVERIFY(tabTo(QStringLiteral("sanValueEdit")));
    QTest::keyClicks(focused(), QStringLiteral("erika.keyboard@example.org"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(RequestWizard::SubjectPageId));
    auto* sans = wizard.findChild<QListWidget*>(QStringLiteral("sanList"));
    QCOMPARE(sans->count(), 2); // the subject's e-mail, added by itself, and the one typed
    QVERIFY(tabTo(QStringLiteral("commonNameEdit")));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));

    // Step 3: Space opens the advanced key types; Tab reaches the chosen key type (Tab visits only the checked
    // button of a group), the arrow key moves to EC P-384 below and chooses it; Return creates.
    QVERIFY(tabTo(QStringLiteral("advancedKeyButton")));
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(wizard.findChild<QWidget*>(QStringLiteral("ecP384Radio"))->isVisible());
    QVERIFY(tabTo(QStringLiteral("ecP256Radio")));
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(focused()->objectName(), QStringLiteral("ecP384Radio"));
    QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("ecP384Radio"))->isChecked());
    // No keychain answers: the wizard asks for the vault passphrase, which this seam answers.
    PassphraseDialog::setNextPassphrase(kPassphrase);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RequestWizard::ResultPageId), kCreateTimeoutMs);
    QCOMPARE(created.count(), 1);

    // Step 4: Tab to "Save as…", Space saves the CSR (the file name through the seam), Tab to Finish, Space.
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QVERIFY(tabTo(QStringLiteral("saveCsrButton")));
    const QString csrPath = m_home.filePath(QStringLiteral("keyboard.csr"));
    FileDialog::setNextFileName(csrPath);
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(QFile::exists(csrPath));
    const ProcessResult verified =
        openssl({QStringLiteral("req"), QStringLiteral("-in"), csrPath, QStringLiteral("-verify"),
                 QStringLiteral("-noout"), QStringLiteral("-subject"), QStringLiteral("-text")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    QVERIFY2(verified.out.contains("CN = Erika Keyboard"), qPrintable(verified.describe()));
    QVERIFY2(verified.out.contains("email:erika.keyboard@example.org"), qPrintable(verified.describe()));
    QVERIFY2(verified.out.contains("NIST CURVE: P-384"), qPrintable(verified.describe()));
    QVERIFY(tabTo(QStringLiteral("finishButton")));
    QTest::keyClick(focused(), Qt::Key_Space);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
