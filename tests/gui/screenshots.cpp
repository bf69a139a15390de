// Renders the windows a user sees, over a prepared vault, into PNG files for the README:
//   certdesk-screenshots OUTPUT_DIR        (run under Xvfb by packaging/screenshots.sh)
// Not a test: it asserts nothing; a person looks at the pictures.

#include "TestSupport.h"
#include "gui/common/DialogSeams.h"
#include "gui/import/ImportDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultAccess.h"
#include "gui/main/VaultTableModel.h"
#include "gui/renewal/RenewDialog.h"
#include "gui/request/RequestWizard.h"
#include "gui/settings/Language.h"
#include "gui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace certdesk;
using namespace certdesk::gui;
using namespace certdesk::test;

namespace {

constexpr const char* kPassphrase = "screenshot vault passphrase";

void settle(int milliseconds = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool waitFor(const std::function<bool()>& condition, int milliseconds = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return condition();
}

void save(QWidget* widget, const QString& directory, const QString& name)
{
    settle();
    const QString path = QDir(directory).filePath(name);
    const bool saved = widget->window()->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
}


template<typename T>
T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdesk-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    // In the language of LANG, as the app starts: LANG=de_DE.UTF-8 renders the German pictures.
    certdesk::gui::Language::install(app);
    if (argc < 2) {
        std::fprintf(stderr, "usage: certdesk-screenshots OUTPUT_DIR\n");
        return 1;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(output);

    QTemporaryDir work;
    TestCa ca;
    if (!ca.isValid()) {
        std::fprintf(stderr, "test CA failed: %s\n", qPrintable(ca.error()));
        return 1;
    }
    const QString vault = work.filePath(QStringLiteral("vault"));
    const QString passphrase = work.filePath(QStringLiteral("passphrase"));
    writeFile(passphrase, kPassphrase);
    // No keychain in this run: the GUI asks for the vault passphrase, answered here.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "2000");

    const struct
    {
        const char* name;
        QStringList arguments;
        int days;
    } requests[] = {
        {"Alice – laptop VPN", {"--subject", "CN=Alice Example,O=Example Corp,C=DE", "--san", "upn:alice@corp.example"}, 300},
        {"Alice mail signing",
         {"--subject", "CN=Alice Example,emailAddress=alice@example.org", "--profile", "email", "--san",
          "email:alice@example.org"},
         19},
        {"Office Wi-Fi", {"--subject", "CN=alice-laptop,OU=Devices,O=Example Corp"}, 700},
        {"New laptop", {"--subject", "CN=Alice Example (new laptop),O=Example Corp"}, 0},
    };
    int index = 0;
    for (const auto& request : requests) {
        const QString csr = work.filePath(QStringLiteral("r%1.csr").arg(index++));
        if (!runCli(vault, passphrase, QStringList{"request", "--name", QString::fromUtf8(request.name), "--out", csr} +
                                        request.arguments))
            return 1;
        if (request.days > 0) {
            const QString certificate = ca.sign(csr, request.days, QStringLiteral("c%1.crt").arg(index));
            if (certificate.isEmpty() || !runCli(vault, passphrase, {"import", certificate, ca.intermediateCertPath(),
                                                                   ca.rootCertPath()}))
                return 1;
        }
    }

    MainWindow window(vault);
    window.resize(1100, 640);
    window.show();
    auto* table = child<QTableView>(&window, "entryTable");
    if (!waitFor([&] { return table->isVisible() && table->model()->rowCount() == 4; }))
        return 1;
    table->setCurrentIndex(table->model()->index(0, 0));
    save(&window, output, QStringLiteral("main-window.png"));

    PassphraseDialog::setNextPassphrase(QString::fromLatin1(kPassphrase));
    auto* wizard = new RequestWizard(window.vaultAccess(), &window);
    wizard->show();
    save(wizard, output, QStringLiteral("wizard-1-purpose.png"));
    child<QAbstractButton>(wizard, "clientProfileRadio")->click();
    child<QAbstractButton>(wizard, "nextButton")->click();
    child<QLineEdit>(wizard, "requestNameEdit")->setText(QStringLiteral("VPN on the new laptop"));
    child<QLineEdit>(wizard, "commonNameEdit")->setText(QStringLiteral("Alice Example"));
    child<QLineEdit>(wizard, "emailEdit")->setText(QStringLiteral("alice@example.org"));
    child<QLineEdit>(wizard, "organisationEdit")->setText(QStringLiteral("Example Corp"));
    child<QLineEdit>(wizard, "countryEdit")->setText(QStringLiteral("DE"));
    save(wizard, output, QStringLiteral("wizard-2-who.png"));
    child<QAbstractButton>(wizard, "nextButton")->click();
    save(wizard, output, QStringLiteral("wizard-3-key.png"));
    child<QAbstractButton>(wizard, "createButton")->click();
    if (!waitFor([&] { return wizard->currentId() == RequestWizard::ResultPageId; }))
        return 1;
    save(wizard, output, QStringLiteral("wizard-4-result.png"));
    wizard->close();

    const QString bundle = work.filePath(QStringLiteral("from-the-ca.p12"));
    const ProcessResult made = openssl({"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", work.filePath("k.pem"),
                                        "-out", work.filePath("k.csr"), "-subj", "/CN=Alice Example/O=Example Corp"});
    const QString issued = ca.sign(work.filePath("k.csr"), 365, QStringLiteral("bundle.crt"));
    openssl({"pkcs12", "-export", "-inkey", work.filePath("k.pem"), "-in", issued, "-certfile", ca.intermediateCertPath(),
             "-passout", "pass:from the ca", "-out", bundle});
    if (made.exitCode != 0 || !QFileInfo::exists(bundle))
        return 1;
    auto* import = new ImportDialog(window.vaultAccess(), &window);
    import->show();
    import->addFiles({bundle});
    auto* password = child<QLineEdit>(import, "passwordEdit");
    if (!waitFor([&] { return password && password->isVisible(); }))
        return 1;
    save(import, output, QStringLiteral("import-password.png"));
    import->close();

    // Renewal: the certificate that expires soonest, as a reminder's "Renew…" would open it.
    QString expiringId;
    for (const VaultEntry& entry : window.model()->allEntries()) {
        if (entry.name == QLatin1String("Alice mail signing"))
            expiringId = entry.id;
    }
    if (!window.vaultAccess()->hasPassphrase())
        PassphraseDialog::setNextPassphrase(QString::fromLatin1(kPassphrase));
    window.renewEntry(expiringId);
    RenewDialog* renew = window.renewDialog();
    if (!renew)
        return 1;
    save(renew, output, QStringLiteral("renew-dialog.png"));
    child<QAbstractButton>(renew, "createButton")->click();
    if (!waitFor([&] { return !renew->isBusy() && !renew->renewalId().isEmpty(); }))
        return 1;
    save(renew, output, QStringLiteral("renew-request.png"));
    renew->close();
    // The table and details once the renewal is requested: a state of the identity, not a second row.
    if (!waitFor([&] {
            return window.selectedEntry() && window.selectedEntry()->id == expiringId &&
                   window.selectedEntry()->renewalPending();
        }))
        return 1;
    // Room for the whole details panel: status, renewal and reminders.
    window.resize(1280, 860);
    save(&window, output, QStringLiteral("details-renewal.png"));

    // Settings: the language, and the organisation policy in force (the one CERTDESK_POLICY names, if any).
    SettingsDialog settings(&window);
    settings.show();
    save(&settings, output, QStringLiteral("settings.png"));
    return 0;
}
