#include "cli/CliArguments.h"
#include "cli/CommandRegistry.h"
#include "platform/ProcessHardening.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Before anything can hold a key or a password.
    if (auto hardened = certdesk::hardenProcess(); !hardened) {
        std::fprintf(stderr, "certdesk-cli: %s (%s)\n", hardened.error().message.toUtf8().constData(),
                     hardened.error().detail.toUtf8().constData());
        return hardened.error().exitCode();
    }
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
