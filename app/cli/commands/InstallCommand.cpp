#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "cli/StoreSupport.h"
#include "crypto/BundleReader.h"
#include "workflows/StoreInstaller.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

namespace {

/// install / uninstall: each store in turn, each checked afterwards; the vault remembers what succeeded.
Result<void> changeStores(CommandContext& context, bool install)
{
    QStringList specs = context.storeSpecs(QStringLiteral("store"));
    if (specs.isEmpty() && install) {
        auto policy = organisationPolicy();
        if (!policy)
            return policy.error();
        if (policy.value() && !policy.value()->defaultStores().isEmpty()) {
            specs = policy.value()->defaultStores();
            if (!context.args.json)
                tell(QObject::tr("Installing into the stores your organisation chose: %1.")
                         .arg(specs.join(QStringLiteral(", "))));
        }
    }
    if (specs.isEmpty())
        return makeError(ErrorCode::Usage, QObject::tr("Name the stores with --store, for example --store nss."));
    auto givenCredentials = storeCredentials(context.args);
    if (!givenCredentials)
        return givenCredentials.error();
    const StoreCredentials& credentials = givenCredentials.value();
    const QString target = context.args.positional.first();
    Vault* vault = nullptr;
    VaultEntry entry;
    if (QFileInfo(target).isFile()) {
        // A CA certificate file rather than a vault entry: for scripts, and for the desktop app's pkexec step,
        // which runs as root and must not write to the user's vault.
        auto bundle = BundleReader::readFile(target);
        if (!bundle)
            return bundle.error();
        const QList<Certificate>& certificates = bundle.value().certificates;
        if (certificates.size() != 1 || !bundle.value().keys.isEmpty() || !certificates.first().isCa()) {
            return makeError(ErrorCode::BadInput,
                             QObject::tr("“%1” must hold exactly one CA certificate and no key to be installed "
                                         "from a file; install your own certificates by their vault ID.")
                                 .arg(target),
                             {}, QStringLiteral("not-a-ca"));
        }
        entry.certificate = certificates.first();
        entry.name =
            entry.certificate.commonName().isEmpty() ? entry.certificate.subject() : entry.certificate.commonName();
    } else {
        auto opened = context.vault();
        if (!opened)
            return opened.error();
        vault = opened.value();
        auto found = vault->find(target);
        if (!found)
            return found.error();
        entry = found.value();
        if (entry.isPending()) {
            return makeError(
                ErrorCode::NotFound,
                QObject::tr("“%1” is still waiting for its certificate; import it before installing.").arg(entry.name),
                {}, QStringLiteral("pending"));
        }
    }
    StoreInstaller installer(vault, entry);
    QJsonArray results;
    const std::optional<Error> firstFailure =
        applyToStores(context.args, installer, entry, specs, credentials, install, results);
    if (context.args.json)
        printJson(QJsonObject{{QStringLiteral("id"), vault ? entry.id : target}, {QStringLiteral("results"), results}});
    if (firstFailure) {
        // Already reported per store; the exit code is the first failure's.
        context.failureReported = true;
        return *firstFailure;
    }
    return {};
}

} // namespace

Result<void> installCommand(CommandContext& context)
{
    return changeStores(context, true);
}

Result<void> uninstallCommand(CommandContext& context)
{
    return changeStores(context, false);
}

} // namespace certdesk::cli
