#include "desktop/ApplicationId.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultLoader.h"
#include "gui/settings/Language.h"
#include "gui/tray/TrayController.h"
#include "platform/ProcessHardening.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

/// For bench/run-bench.sh (CERTDESK_BENCH_STARTUP set): prints the wall-clock moment at which the first load of the
/// vault is in the table and painted, so that "window shown" and "rows shown" can both be measured from outside.
void reportFirstLoad(QWidget& window)
{
    auto* loader = window.findChild<certdesk::gui::VaultLoader*>(QStringLiteral("vaultLoader"));
    if (!loader)
        return;
    QObject::connect(
        loader, &certdesk::gui::VaultLoader::loaded, &window,
        [&window] {
            // Queued behind the window's own handling of the load; repaint() draws the rows now.
            QTimer::singleShot(0, &window, [&window] {
                window.repaint();
                std::fprintf(stderr, "certdesk-bench: rows shown at %lld ms\n",
                             static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            });
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a key or a password: no core dumps, no other process reading this one's memory.
    if (auto hardened = certdesk::hardenProcess(); !hardened) {
        std::fprintf(stderr, "certdesk: %s (%s)\n", hardened.error().message.toUtf8().constData(),
                     hardened.error().detail.toUtf8().constData());
        return hardened.error().exitCode();
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QApplication::setDesktopFileName(certdesk::applicationId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));
    // Before any text is built: the language Settings chose, or the system's.
    certdesk::gui::Language::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage your personal certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QApplication::translate("main", "Use the vault in DIR (default: $CERTDESK_VAULT or the data folder)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(vaultOption);
    const QCommandLineOption trayOption(
        QStringLiteral("tray"),
        QApplication::translate("main", "Start without a window, in the system tray, and remind you before certificates "
                                        "expire."));
    parser.addOption(trayOption);
    const QCommandLineOption renewOption(
        QStringLiteral("renew"),
        QApplication::translate("main", "Open the renewal of the identity ID (as a reminder's “Renew…” does)."),
        QApplication::translate("main", "ID"));
    parser.addOption(renewOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Certificates or bundles to import (optional)."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    const QString directory =
        parser.isSet(vaultOption) ? parser.value(vaultOption) : certdesk::Vault::defaultDirectory();
    if (parser.isSet(trayOption)) {
        // Runs for the whole session: closing the window leaves CertDesk in the tray.
        QApplication::setQuitOnLastWindowClosed(false);
        certdesk::gui::TrayController tray(directory);
        tray.start();
        if (!parser.positionalArguments().isEmpty())
            tray.showMainWindow()->startImport(parser.positionalArguments());
        if (parser.isSet(renewOption))
            tray.showMainWindow()->renewEntry(parser.value(renewOption));
        return app.exec();
    }
    certdesk::gui::MainWindow window(directory);
    window.show();
    if (qEnvironmentVariableIsSet("CERTDESK_BENCH_STARTUP"))
        reportFirstLoad(window);
    // Opened from a file manager (.p12, .crt, …): straight into the import flow.
    if (!parser.positionalArguments().isEmpty())
        window.startImport(parser.positionalArguments());
    // From a reminder's "Renew…" (certdesk-cli remind --notify): straight into the renewal, once the vault is read.
    if (parser.isSet(renewOption))
        window.renewEntry(parser.value(renewOption));
    return app.exec();
}
