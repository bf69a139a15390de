#include "gui/MainWindow.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("certdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage your personal certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QApplication::translate("main", "Use the vault in DIR (default: $CERTDESK_VAULT or the data folder)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(vaultOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Certificates or bundles to import (optional)."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    const QString directory =
        parser.isSet(vaultOption) ? parser.value(vaultOption) : certdesk::Vault::defaultDirectory();
    certdesk::gui::MainWindow window(directory);
    window.show();
    // Opened from a file manager (.p12, .crt, …): straight into the import flow.
    if (!parser.positionalArguments().isEmpty())
        window.startImport(parser.positionalArguments());
    return app.exec();
}
