#include "cli/StoreSupport.h"

#include "cli/CliOutput.h"
#include "cli/Terminal.h"
#include "keystores/StoreCatalog.h"
#include "workflows/StoreInstaller.h"

#include <QDir>
#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<StoreCredentials> storeCredentials(const CliArguments& arguments)
{
    StoreCredentials credentials;
    if (arguments.flag(QStringLiteral("store-password-file"))) {
        auto password =
            readSecretFile(arguments.option(QStringLiteral("store-password-file")), QObject::tr("store password"));
        if (!password)
            return password.error();
        credentials.password = std::move(password).value();
    }
    credentials.allowPinPad = !arguments.nonInteractive;
    return credentials;
}

Error explainStoreError(Error error, const CliArguments& arguments)
{
    const bool needsSecret =
        error.reason == QLatin1String("store-password-required") || error.reason == QLatin1String("pin-required");
    if (needsSecret && !arguments.flag(QStringLiteral("store-password-file"))) {
        error.message += QLatin1Char(' ') + QObject::tr("Give it with --store-password-file FILE (the database "
                                                        "password or the PIN on its first line).");
    }
    return error;
}

std::optional<Error> applyToStores(const CliArguments& arguments, StoreInstaller& installer, const VaultEntry& entry,
                                   const QStringList& specs, const StoreCredentials& credentials, bool install,
                                   QJsonArray& results)
{
    std::optional<Error> firstFailure;
    for (const QString& spec : specs) {
        Result<void> outcome = [&]() -> Result<void> {
            auto location = StoreCatalog::resolve(spec, QDir::homePath());
            if (!location)
                return location.error();
            return install ? installer.install(location.value(), credentials)
                           : installer.uninstall(location.value(), credentials);
        }();
        QJsonObject result{{QStringLiteral("store"), spec}, {QStringLiteral("ok"), outcome.ok()}};
        if (outcome.ok()) {
            if (!arguments.json)
                say(install ? QObject::tr("Installed “%1” in %2 and checked it.").arg(entry.name, spec)
                            : QObject::tr("Removed “%1” from %2.").arg(entry.name, spec));
        } else {
            const Error error = explainStoreError(outcome.error(), arguments);
            result[QStringLiteral("error")] = QJsonObject{{QStringLiteral("code"), error.exitCode()},
                                                          {QStringLiteral("reason"), error.reason},
                                                          {QStringLiteral("message"), error.message}};
            tell(QObject::tr("certdesk-cli: %1: %2").arg(spec, error.message));
            if (!error.detail.isEmpty())
                tell(QStringLiteral("  details: ") + error.detail);
            if (!firstFailure)
                firstFailure = error;
        }
        results.append(result);
    }
    return firstFailure;
}

} // namespace certdesk::cli
