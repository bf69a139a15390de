#include "gui/MainWindow.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("certdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage your personal certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QApplication::translate("main", "Use the vault in DIR (default: $CERTDESK_VAULT or the data folder)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(vaultOption);
    parser.process(app);

    const QString directory =
        parser.isSet(vaultOption) ? parser.value(vaultOption) : certdesk::Vault::defaultDirectory();
    certdesk::gui::MainWindow window(directory);
    window.show();
    return app.exec();
}
