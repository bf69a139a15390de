#include "cli/CliArguments.h"
#include "cli/CliCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    auto parsed = certdesk::cli::CliArguments::parse(arguments);
    if (!parsed) {
        const certdesk::Error& error = parsed.error();
        if (arguments.contains(QStringLiteral("--json"))) {
            QJsonObject body{{QStringLiteral("code"), error.exitCode()},
                             {QStringLiteral("reason"), error.reason},
                             {QStringLiteral("message"), error.message}};
            std::fputs(QJsonDocument(QJsonObject{{QStringLiteral("error"), body}}).toJson(QJsonDocument::Compact).constData(), stdout);
            std::fputs("\n", stdout);
        }
        std::fprintf(stderr, "certdesk-cli: %s\n", error.message.toUtf8().constData());
        return error.exitCode();
    }
    return certdesk::cli::runCommand(parsed.value());
}
