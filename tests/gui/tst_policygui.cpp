#include "TestSupport.h"
#include "crypto/BundleReader.h"
#include "gui/export/ExportDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultAccess.h"
#include "gui/request/RequestWizard.h"
#include "gui/settings/PolicyDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "policy/Policy.h"
#include "vault/VaultEntry.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

const QByteArray kPolicy = R"({
  "subject": {
    "fixed": { "OU": "Staff", "O": "Example Corp", "C": "DE" },
    "commonName": {
      "pattern": "[A-Z][a-z]+( [A-Z][a-z]+)+",
      "description": "your first and last name, as in the staff directory"
    },
    "emailDomains": ["example.org"]
  },
  "subjectAltNames": { "required": ["email"] },
  "keys": { "allowed": ["ec-p384", "ec-p256", "rsa-2048", "rsa-3072", "rsa-4096"], "minimumRsaBits": 3072 },
  "export": { "allowPrivateKey": false }
}
)";

template <typename T> T* child(const QObject& parent, const QString& name)
{
    return parent.findChild<T*>(name);
}

} // namespace

/// The organisation policy in the app, on the offscreen platform: the request wizard, the export dialog and the
/// policy window each with a real policy file (CERTDESK_POLICY).
class TestPolicyGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void usePolicy(const QString& name, const QByteArray& text)
    {
        writeFile(path(name), text);
        qputenv("CERTDESK_POLICY", path(name).toUtf8());
        Policy::resetActive();
    }

    /// Step 1 (client profile) → step 2.
    bool toSubjectPage(RequestWizard& wizard)
    {
        auto* client = child<QAbstractButton>(wizard, QStringLiteral("clientProfileRadio"));
        auto* next = child<QAbstractButton>(wizard, QStringLiteral("nextButton"));
        if (!client || !next)
            return false;
        client->click();
        next->click();
        return wizard.currentId() == RequestWizard::SubjectPageId;
    }

    bool addSan(RequestWizard& wizard, const QString& type, const QString& value)
    {
        auto* combo = child<QComboBox>(wizard, QStringLiteral("sanTypeCombo"));
        auto* edit = child<QLineEdit>(wizard, QStringLiteral("sanValueEdit"));
        auto* add = child<QAbstractButton>(wizard, QStringLiteral("addSanButton"));
        if (!combo || !edit || !add)
            return false;
        combo->setCurrentIndex(combo->findData(type));
        edit->setText(value);
        add->click();
        return edit->text().isEmpty();
    }

    /// A vault entry with a private key, for the export dialog (which only reads it until Export is pressed).
    VaultEntry identity()
    {
        const QString cert = path(QStringLiteral("identity.crt"));
        const ProcessResult made =
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), path(QStringLiteral("identity.key")), QStringLiteral("-out"), cert,
                     QStringLiteral("-subj"), QStringLiteral("/CN=Alice Example"), QStringLiteral("-days"),
                     QStringLiteral("30")});
        VaultEntry entry;
        if (made.exitCode != 0) {
            qWarning() << made.describe();
            return entry;
        }
        entry.id = QStringLiteral("a1b2c3d4");
        entry.name = QStringLiteral("Alice");
        entry.hasKey = true;
        entry.keyType = QStringLiteral("ec-p256");
        entry.certificate = BundleReader::readFile(cert).value().certificates.first();
        return entry;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        qunsetenv("CERTDESK_POLICY");
        Policy::resetActive();
    }

    void fixedFieldsAreReadOnlyAndMarked()
    {
        usePolicy(QStringLiteral("policy.json"), kPolicy);
        VaultAccess access(path(QStringLiteral("vault")));
        RequestWizard wizard(&access);
        wizard.show();
        QVERIFY(toSubjectPage(wizard));
        for (const auto& [edit, value] :
             {std::pair{"organisationEdit", "Example Corp"}, std::pair{"organisationalUnitEdit", "Staff"},
              std::pair{"countryEdit", "DE"}}) {
            auto* field = child<QLineEdit>(wizard, QLatin1String(edit));
            QVERIFY(field);
            QCOMPARE(field->text(), QLatin1String(value));
            QVERIFY2(field->isReadOnly(), edit);
            auto* label = child<QLabel>(
                wizard, QString::fromLatin1(edit).replace(QStringLiteral("Edit"), QStringLiteral("PolicyLabel")));
            QVERIFY2(label, edit);
            QCOMPARE(label->text(), QStringLiteral("Set by your organisation"));
            QVERIFY(label->isVisible());
        }
        // What the user chooses stays theirs.
        auto* locality = child<QLineEdit>(wizard, QStringLiteral("localityEdit"));
        QVERIFY(!locality->isReadOnly());
        QVERIFY(!child<QLabel>(wizard, QStringLiteral("localityPolicyLabel")));
        // The preview shows the organisation's attributes in the subject.
        child<QLineEdit>(wizard, QStringLiteral("commonNameEdit"))->setText(QStringLiteral("Alice Example"));
        QVERIFY(child<QPlainTextEdit>(wizard, QStringLiteral("previewText"))
                    ->toPlainText()
                    .contains(QStringLiteral("CN=Alice Example,OU=Staff,O=Example Corp,C=DE")));
    }

    void rulesAreCheckedAsTheUserTypes()
    {
        usePolicy(QStringLiteral("policy.json"), kPolicy);
        VaultAccess access(path(QStringLiteral("vault")));
        RequestWizard wizard(&access);
        wizard.show();
        QVERIFY(toSubjectPage(wizard));
        auto* next = child<QAbstractButton>(wizard, QStringLiteral("nextButton"));
        auto* commonName = child<QLineEdit>(wizard, QStringLiteral("commonNameEdit"));
        auto* commonNameError = child<QLabel>(wizard, QStringLiteral("commonNameError"));
        auto* requirement = child<QLabel>(wizard, QStringLiteral("requirementLabel"));
        QVERIFY(commonName && commonNameError && requirement);

        QTest::keyClicks(commonName, QStringLiteral("alice"));
        QCOMPARE(commonNameError->text(),
                 QStringLiteral("Your organisation's policy requires the common name to be your first and last name, "
                                "as in the staff directory; “alice” is not."));
        QVERIFY(commonNameError->isVisible());
        QVERIFY(!next->isEnabled());

        commonName->clear();
        QTest::keyClicks(commonName, QStringLiteral("Alice Example"));
        QVERIFY(commonNameError->text().isEmpty());
        // Still missing: the e-mail name the policy requires.
        QVERIFY2(requirement->text().contains(QStringLiteral("requires an alternative name of type email")),
                 qPrintable(requirement->text()));
        QVERIFY(!next->isEnabled());

        QVERIFY(addSan(wizard, QStringLiteral("email"), QStringLiteral("alice@gmail.com")));
        QVERIFY2(
            requirement->text().contains(QStringLiteral("only at example.org; “alice@gmail.com” is not one of them")),
            qPrintable(requirement->text()));
        QVERIFY(!next->isEnabled());

        auto* sans = child<QListWidget>(wizard, QStringLiteral("sanList"));
        sans->item(0)->setSelected(true);
        child<QAbstractButton>(wizard, QStringLiteral("removeSanButton"))->click();
        QVERIFY(addSan(wizard, QStringLiteral("email"), QStringLiteral("alice@example.org")));
        QVERIFY2(requirement->text().isEmpty(), qPrintable(requirement->text()));
        QVERIFY(next->isEnabled());

        // The e-mail field is checked against the domains as well, under the field.
        auto* email = child<QLineEdit>(wizard, QStringLiteral("emailEdit"));
        QTest::keyClicks(email, QStringLiteral("alice@example.com"));
        QVERIFY2(
            child<QLabel>(wizard, QStringLiteral("emailError"))->text().contains(QStringLiteral("“alice@example.com”")),
            qPrintable(child<QLabel>(wizard, QStringLiteral("emailError"))->text()));
        QVERIFY(!next->isEnabled());
        email->clear();
        QVERIFY(next->isEnabled());

        // Step 3 offers only the key types the policy allows.
        next->click();
        QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("ecP256Radio")));
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("ecP384Radio")));
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("rsa3072Radio")));
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("rsa4096Radio")));
        QVERIFY(!child<QRadioButton>(wizard, QStringLiteral("rsa2048Radio")));
        QVERIFY(!child<QRadioButton>(wizard, QStringLiteral("ed25519Radio")));
        // The organisation's first choice is the default, shown open.
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("ecP384Radio"))->isChecked());
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("ecP384Radio"))->isVisible());
        QVERIFY(child<QLabel>(wizard, QStringLiteral("keyPolicyLabel")));
    }

    void theOrganisationsFirstKeyTypeWhenP256IsNotAllowed()
    {
        usePolicy(QStringLiteral("rsa-only.json"), R"({"keys": {"allowed": ["rsa-4096", "rsa-3072"]}})");
        VaultAccess access(path(QStringLiteral("vault")));
        RequestWizard wizard(&access);
        wizard.show();
        QVERIFY(toSubjectPage(wizard));
        child<QLineEdit>(wizard, QStringLiteral("commonNameEdit"))->setText(QStringLiteral("Alice"));
        child<QAbstractButton>(wizard, QStringLiteral("nextButton"))->click();
        QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));
        QVERIFY(!child<QRadioButton>(wizard, QStringLiteral("ecP256Radio")));
        QVERIFY(!child<QRadioButton>(wizard, QStringLiteral("ecP384Radio")));
        auto* first = child<QRadioButton>(wizard, QStringLiteral("rsa4096Radio"));
        QVERIFY(first && first->isChecked() && first->isVisible());
    }

    void malformedPolicyIsShownNotIgnored()
    {
        usePolicy(QStringLiteral("broken.json"), "{\n  \"subject\": {\n    \"fixed\": {\"O\": 42}\n  }\n}\n");
        const QString where = path(QStringLiteral("broken.json")) + QStringLiteral(":3:15");
        VaultAccess access(path(QStringLiteral("vault")));
        RequestWizard wizard(&access);
        wizard.show();
        QVERIFY(toSubjectPage(wizard));
        child<QLineEdit>(wizard, QStringLiteral("commonNameEdit"))->setText(QStringLiteral("Alice Example"));
        auto* requirement = child<QLabel>(wizard, QStringLiteral("requirementLabel"));
        QVERIFY2(requirement->text().contains(where), qPrintable(requirement->text()));
        QVERIFY(requirement->isVisible());
        QVERIFY(!child<QAbstractButton>(wizard, QStringLiteral("nextButton"))->isEnabled());

        PolicyDialog dialog;
        auto* summary = child<QLabel>(dialog, QStringLiteral("policySummaryLabel"));
        QVERIFY2(summary->text().contains(where), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("must be a non-empty text")));

        // The main window says so from the start, and Help has the policy window.
        MainWindow window(path(QStringLiteral("main vault")));
        window.show();
        auto* problem = child<QLabel>(window, QStringLiteral("policyProblemLabel"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->toolTip().contains(where), qPrintable(problem->toolTip()));
        auto* action = child<QAction>(window, QStringLiteral("organisationPolicyAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Organisation &Policy…"));
    }

    void policyWindowListsTheRules()
    {
        usePolicy(QStringLiteral("policy.json"), kPolicy);
        PolicyDialog dialog;
        dialog.show();
        QVERIFY(child<QLabel>(dialog, QStringLiteral("policySummaryLabel"))
                    ->text()
                    .contains(path(QStringLiteral("policy.json"))));
        auto* rules = child<QListWidget>(dialog, QStringLiteral("policyRulesList"));
        QVERIFY(rules->isVisible());
        QStringList texts;
        for (int row = 0; row < rules->count(); ++row)
            texts << rules->item(row)->text();
        QCOMPARE(texts, Policy::active().value()->describe());
        QVERIFY(texts.contains(QStringLiteral("Private keys cannot be exported.")));
        MainWindow window(path(QStringLiteral("main vault")));
        QVERIFY(!child<QLabel>(window, QStringLiteral("policyProblemLabel")));

        qputenv("CERTDESK_POLICY", path(QStringLiteral("none.json")).toUtf8());
        Policy::resetActive();
        PolicyDialog none;
        QVERIFY(child<QLabel>(none, QStringLiteral("policySummaryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("No organisation policy")));
    }

    // Settings is where people look for what governs the app: it names the policy's state and opens the policy window.
    void settingsShowsThePolicy()
    {
        usePolicy(QStringLiteral("policy.json"), kPolicy);
        SettingsDialog settings;
        settings.show();
        auto* state = child<QLabel>(settings, QStringLiteral("policyStateLabel"));
        QVERIFY(state && state->isVisible());
        QCOMPARE(state->text(), QStringLiteral("Active, from %1").arg(path(QStringLiteral("policy.json"))));
        auto* show = child<QPushButton>(settings, QStringLiteral("showPolicyButton"));
        QVERIFY(show && show->isEnabled());
        QString shownRules;
        QTimer::singleShot(0, this, [&shownRules] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<PolicyDialog*>(widget); dialog && dialog->isVisible()) {
                    auto* rules = dialog->findChild<QListWidget*>(QStringLiteral("policyRulesList"));
                    for (int row = 0; rules && row < rules->count(); ++row)
                        shownRules += rules->item(row)->text() + QLatin1Char('\n');
                    dialog->reject();
                }
            }
        });
        QTest::keyClick(show, Qt::Key_Space);
        QVERIFY2(shownRules.contains(QStringLiteral("Private keys cannot be exported.")), qPrintable(shownRules));

        usePolicy(QStringLiteral("broken.json"), "{\n  \"subject\": 3\n}\n");
        SettingsDialog broken;
        QCOMPARE(child<QLabel>(broken, QStringLiteral("policyStateLabel"))->text(),
                 QStringLiteral("Cannot be used (damaged file)"));
        qputenv("CERTDESK_POLICY", path(QStringLiteral("none.json")).toUtf8());
        Policy::resetActive();
        SettingsDialog none;
        QCOMPARE(child<QLabel>(none, QStringLiteral("policyStateLabel"))->text(),
                 QStringLiteral("None: every choice is yours"));
    }

    void exportCannotIncludeTheKey()
    {
        const VaultEntry entry = identity();
        QVERIFY(entry.hasKey && !entry.certificate.isNull());
        usePolicy(QStringLiteral("policy.json"), kPolicy);
        VaultAccess access(path(QStringLiteral("vault")));
        ExportDialog dialog(&access, entry);
        dialog.show();
        auto* p12 = child<QRadioButton>(dialog, QStringLiteral("pkcs12Radio"));
        auto* includeKey = child<QCheckBox>(dialog, QStringLiteral("includeKeyCheck"));
        QVERIFY(p12 && includeKey);
        QVERIFY(!p12->isEnabled());
        QVERIFY(!p12->isChecked());
        child<QRadioButton>(dialog, QStringLiteral("pemRadio"))->click();
        QVERIFY(includeKey->isVisible());
        QVERIFY(!includeKey->isEnabled());
        includeKey->setChecked(true); // even if something ticks it, no key and no password are asked for
        QVERIFY(!child<QWidget>(dialog, QStringLiteral("passwordPanel"))->isVisible());
        auto* note = child<QLabel>(dialog, QStringLiteral("keyExportPolicyLabel"));
        QVERIFY(note);
        QCOMPARE(note->text(),
                 QStringLiteral("Your organisation's policy does not allow exporting private keys; export "
                                "the certificate without its key instead."));

        // Allowed, with the organisation's PKCS#12 profile preselected.
        usePolicy(QStringLiteral("compatible.json"), R"({"export": {"p12Profile": "compatible"}})");
        ExportDialog allowed(&access, entry);
        QVERIFY(child<QRadioButton>(allowed, QStringLiteral("pkcs12Radio"))->isEnabled());
        QVERIFY(child<QRadioButton>(allowed, QStringLiteral("pkcs12Radio"))->isChecked());
        QVERIFY(child<QRadioButton>(allowed, QStringLiteral("compatibleRadio"))->isChecked());
        QVERIFY(!child<QLabel>(allowed, QStringLiteral("keyExportPolicyLabel")));
    }
};

QTEST_MAIN(TestPolicyGui)
#include "tst_policygui.moc"
