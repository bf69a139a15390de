#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "cli/RenewalFollowUp.h"
#include "cli/StoreSupport.h"
#include "cli/Terminal.h"
#include "crypto/BundleReader.h"
#include "expiry/Clock.h"
#include "keystores/StoreCatalog.h"
#include "workflows/StoreInstaller.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace certdesk::cli {

namespace {

/// Reads every file to import on worker threads, one per core (parsing is OpenSSL's slow part: about 100 µs per
/// certificate). Meanwhile this thread unlocks the vault as soon as a file turns out to hold a private key
/// (sealing it will need the vault key) and a passphrase was given: stretching it is about a third of a second of
/// scrypt by design, which then overlaps the reading instead of following it. Unlocking here only moves work
/// earlier; its result is not used, importBundle unlocks (or fails) as before.
std::vector<std::optional<Result<Bundle>>> readConcurrentlyWithUnlock(const CommandContext& context, Vault& vault,
                                                                      const std::optional<SecureBytes>& password)
{
    const QStringList& paths = context.args.positional;
    std::vector<std::optional<Result<Bundle>>> reads(static_cast<std::size_t>(paths.size()));
    std::mutex mutex;
    std::condition_variable changed;
    std::atomic<qsizetype> next = 0;
    bool keySeen = false;
    int running = 0;
    auto readSome = [&] {
        for (qsizetype index = next++; index < paths.size(); index = next++) {
            Result<Bundle> read = BundleReader::readFile(paths.at(index), password);
            const bool hasKey = read && !read.value().keys.isEmpty();
            {
                const std::lock_guard lock(mutex);
                reads[static_cast<std::size_t>(index)] = std::move(read);
                keySeen = keySeen || hasKey;
            }
            if (hasKey)
                changed.notify_one();
        }
        {
            const std::lock_guard lock(mutex);
            --running;
        }
        changed.notify_one();
    };
    std::vector<std::thread> readers;
    if (paths.size() >= 2) {
        const int wanted = std::clamp(QThread::idealThreadCount(), 1, 8);
        for (int reader = 0; reader < wanted; ++reader) {
            {
                const std::lock_guard lock(mutex);
                ++running;
            }
            try {
                readers.emplace_back(readSome);
            } catch (const std::system_error&) {
                const std::lock_guard lock(mutex);
                --running;
                break;
            }
        }
    }
    if (readers.empty()) {
        running = 1;
        readSome();
        return reads;
    }
    bool unlockNow = false;
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return keySeen || running == 0; });
        unlockNow = keySeen && running > 0 && !context.args.passphraseFile.isEmpty();
    }
    if (unlockNow)
        (void)vault.unlock();
    for (std::thread& reader : readers)
        reader.join();
    return reads;
}

/// Text a shell reads as one word (a smart card label has spaces), for commands the user may paste.
QString shellWord(QString text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text.replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

/// import --install: each imported identity into each store, as `install` does it (checked afterwards). The
/// import stands when a store fails: the identity stays in the vault, and the failure is ErrorCode::Keystore.
std::optional<Error> installImported(const CommandContext& context, Vault& vault, const QList<VaultEntry>& imported,
                                     const QStringList& specs, const StoreCredentials& credentials,
                                     QJsonArray& installs)
{
    QList<VaultEntry> identities;
    for (const VaultEntry& entry : imported) {
        if (!entry.isPending() && entry.hasKey && !entry.certificate.isNull())
            identities << entry;
    }
    if (identities.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         QObject::tr("Nothing was installed: the files hold no certificate together with its "
                                     "private key. Import the PKCS#12 file from your CA, or the certificate for "
                                     "a request made with certdesk-cli request."),
                         {}, QStringLiteral("nothing-to-install"));
    }
    std::optional<Error> failure;
    for (const VaultEntry& entry : identities) {
        StoreInstaller installer(&vault, entry);
        QJsonArray results;
        const std::optional<Error> failed =
            applyToStores(context.args, installer, entry, specs, credentials, true, results);
        installs.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("name"), entry.name},
                                    {QStringLiteral("ok"), !failed.has_value()},
                                    {QStringLiteral("results"), results}});
        if (!failed)
            continue;
        if (!failure)
            failure = failed;
        QStringList failedStores;
        for (const QJsonValue& result : std::as_const(results)) {
            if (!result.toObject().value(QStringLiteral("ok")).toBool())
                failedStores << result.toObject().value(QStringLiteral("store")).toString();
        }
        tell(QObject::tr("“%1” is imported and stays in the vault as %2; once the problem is fixed, install it "
                         "with: certdesk-cli install %2 --store %3")
                 .arg(entry.name, entry.id, shellWord(failedStores.join(QLatin1Char(',')))));
    }
    if (!failure)
        return std::nullopt;
    return makeError(ErrorCode::Keystore,
                     QObject::tr("The import succeeded, but the identity could not be installed in every store: %1")
                         .arg(failure->message),
                     failure->detail, QStringLiteral("install-failed"));
}

QString describeOutcome(const ImportOutcome& outcome)
{
    const VaultEntry& entry = outcome.entry;
    const QString who = entry.certificate.isNull() ? entry.subject() : entry.certificate.subject();
    switch (outcome.action) {
    case ImportOutcome::Action::IdentityCreated:
        return QObject::tr("Imported identity %1 “%2” (%3).").arg(entry.id, entry.name, who);
    case ImportOutcome::Action::RequestCompleted:
        return QObject::tr("Request %1 “%2” now has its certificate (%3).").arg(entry.id, entry.name, who);
    case ImportOutcome::Action::CertificateUpdated:
        return QObject::tr("Identity %1 “%2” now has a newer certificate (%3).").arg(entry.id, entry.name, who);
    case ImportOutcome::Action::AlreadyPresent:
        return QObject::tr("Already in the vault, nothing changed: %1 “%2” (%3).").arg(entry.id, entry.name, who);
    case ImportOutcome::Action::RequestCreated:
        return QObject::tr("Imported request %1 “%2” (%3), waiting for its certificate.")
            .arg(entry.id, entry.name, who);
    case ImportOutcome::Action::CertificateKept:
        return QObject::tr("Kept certificate %1 “%2” (%3) without a private key.").arg(entry.id, entry.name, who);
    case ImportOutcome::Action::KeyAttached:
        return QObject::tr("Added the private key to %1 “%2” (%3).").arg(entry.id, entry.name, who);
    }
    return {};
}

} // namespace

Result<void> importCommand(CommandContext& context)
{
    // --install: every store is checked to exist before anything is imported, so a typo changes nothing.
    const QStringList installSpecs = context.storeSpecs(QStringLiteral("install"));
    StoreCredentials installCredentials;
    if (context.args.flag(QStringLiteral("install"))) {
        if (installSpecs.isEmpty())
            return makeError(ErrorCode::Usage,
                             QObject::tr("Name the stores after --install, for example --install nss."));
        auto given = storeCredentials(context.args);
        if (!given)
            return given.error();
        installCredentials = std::move(given).value();
        for (const QString& spec : installSpecs) {
            if (auto location = StoreCatalog::resolve(spec, QDir::homePath()); !location)
                return location.error();
        }
    }
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    auto givenPassword = context.password(false, false, {}, true);
    if (!givenPassword)
        return givenPassword.error();
    std::optional<SecureBytes> filePassword = std::move(givenPassword).value();
    // The files are one answer from the CA (certificate, chain, maybe key): import them as one bundle, atomically.
    // A file that cannot be imported at all is set aside and named (below); the others are still one bundle.
    Bundle merged;
    QJsonArray files;
    QHash<QString, QStringList> filesOf; // certificate fingerprint → the files that held it
    QList<Error> refusedFiles;
    std::vector<std::optional<Result<Bundle>>> reads =
        readConcurrentlyWithUnlock(context, *opened.value(), filePassword);
    for (qsizetype index = 0; index < context.args.positional.size(); ++index) {
        const QString& path = context.args.positional.at(index);
        Result<Bundle> bundle = std::move(*reads[static_cast<std::size_t>(index)]);
        if (!bundle && bundle.error().reason == QLatin1String("password-required") && !filePassword && canPrompt()) {
            auto asked = promptSecret(QObject::tr("Password for %1: ").arg(QFileInfo(path).fileName()), false);
            if (!asked)
                return asked.error();
            bundle = BundleReader::readFile(path, std::optional<SecureBytes>(std::move(asked).value()));
        }
        if (!bundle) {
            const Error error = withPasswordHint(bundle.error(), filePassword.has_value());
            // A password is the user's to give, and the files are one answer: then nothing is imported. A file
            // that cannot be imported by its nature (damaged, of no use, not a file) is refused on its own, and
            // the other files are imported all the same.
            static const QStringList kPasswordReasons = {QStringLiteral("password-required"),
                                                         QStringLiteral("wrong-password"), QStringLiteral("no-mac")};
            if (context.args.positional.size() == 1 || kPasswordReasons.contains(error.reason))
                return error;
            refusedFiles << error;
            files.append(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("error"), errorJson(error)}});
            continue;
        }
        const Bundle& read = bundle.value();
        files.append(
            QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("format"), Bundle::formatId(read.format)}});
        for (const Certificate& certificate : read.certificates) {
            QStringList& from = filesOf[certificate.fingerprintSha256()];
            if (!from.contains(path))
                from << path;
        }
        merged.format = read.format;
        merged.certificates << read.certificates;
        merged.keys << read.keys;
        merged.requests << read.requests;
        merged.notes << read.notes;
        if (merged.label.isEmpty())
            merged.label = read.label;
    }
    if (merged.isEmpty() && !refusedFiles.isEmpty())
        return refusedFiles.first();
    ImportOptions importOptions;
    importOptions.keepCertificatesWithoutKey = context.args.flag(QStringLiteral("keep-without-key"));
    auto report = opened.value()->importBundle(merged, context.args.option(QStringLiteral("name")), importOptions);
    if (!report) {
        Error error = report.error();
        if (error.reason == QLatin1String("no-matching-key") && !importOptions.keepCertificatesWithoutKey)
            error.message += QLatin1Char(' ') + QObject::tr("To keep it without a key, add --keep-without-key.");
        for (const Error& refused : std::as_const(refusedFiles))
            error.message += QLatin1Char(' ') + QObject::tr("Not imported either: %1").arg(refused.message);
        return error;
    }
    // Every certificate given, with what became of it and the files it came from.
    QJsonArray certificateOutcomes;
    bool notKeptForLackOfKey = false;
    QStringList refusedCertificates;
    for (const CertificateOutcome& outcome : report.value().certificates) {
        const QString fingerprint = outcome.certificate.fingerprintSha256();
        QJsonObject json{{QStringLiteral("subject"), outcome.certificate.subject()},
                         {QStringLiteral("fingerprintSha256"), fingerprint},
                         {QStringLiteral("files"), QJsonArray::fromStringList(filesOf.value(fingerprint))},
                         {QStringLiteral("outcome"), CertificateOutcome::dispositionId(outcome.disposition)}};
        if (!outcome.entryId.isEmpty())
            json[QStringLiteral("entry")] = outcome.entryId;
        if (!outcome.reason.isEmpty())
            json[QStringLiteral("reason")] = outcome.reason;
        if (!outcome.message.isEmpty())
            json[QStringLiteral("message")] = outcome.message;
        certificateOutcomes.append(json);
        notKeptForLackOfKey = notKeptForLackOfKey || outcome.reason == QLatin1String("no-matching-key");
        if (outcome.reason == QLatin1String("damaged"))
            refusedCertificates << outcome.message;
    }
    // The import stands; that a file or a certificate was refused is still a failure to report (exit 2).
    std::optional<Error> partFailure;
    if (!refusedFiles.isEmpty() || !refusedCertificates.isEmpty()) {
        QStringList sentences = refusedCertificates;
        for (const Error& error : std::as_const(refusedFiles))
            sentences.prepend(error.message);
        partFailure = makeError(
            ErrorCode::BadInput,
            QObject::tr("The rest was imported, but not everything could be: %1").arg(sentences.join(QLatin1Char(' '))),
            {}, QStringLiteral("partly-refused"));
    }
    const QDateTime now = Clock::now();
    QJsonArray outcomes;
    for (const ImportOutcome& outcome : report.value().outcomes) {
        outcomes.append(QJsonObject{{QStringLiteral("action"), ImportOutcome::actionId(outcome.action)},
                                    {QStringLiteral("entry"), outcome.entry.toJson(now)}});
        if (!context.args.json)
            say(describeOutcome(outcome));
    }
    if (!context.args.json) {
        for (const CertificateOutcome& outcome : report.value().certificates) {
            if (outcome.disposition == CertificateOutcome::Disposition::InChain)
                say(QObject::tr("In the chain of %1: %2.").arg(outcome.entryId, outcome.certificate.subject()));
            else if (outcome.disposition == CertificateOutcome::Disposition::NotKept &&
                     outcome.reason != QLatin1String("damaged")) // those are in the error below
                tell(QObject::tr("Not imported: %1").arg(outcome.message));
        }
        if (notKeptForLackOfKey && !importOptions.keepCertificatesWithoutKey)
            tell(QObject::tr("To keep certificates without a key, add --keep-without-key."));
    }
    QList<VaultEntry> imported;
    for (const ImportOutcome& outcome : report.value().outcomes)
        imported << outcome.entry;
    const RenewalFollowUp followUp =
        finishRenewals(context, *opened.value(), imported, context.args.flag(QStringLiteral("replace")));
    QJsonArray installs;
    std::optional<Error> installFailure;
    if (!installSpecs.isEmpty())
        installFailure =
            installImported(context, *opened.value(), imported, installSpecs, installCredentials, installs);
    if (context.args.json) {
        QJsonObject json{{QStringLiteral("files"), files},
                         {QStringLiteral("outcomes"), outcomes},
                         {QStringLiteral("certificates"), certificateOutcomes},
                         {QStringLiteral("replaced"), followUp.json},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(report.value().notes)}};
        if (!installSpecs.isEmpty())
            json[QStringLiteral("installs")] = installs;
        // The import stands, so the report is printed in full; "error" says that not everything was done.
        if (installFailure && !followUp.failure) {
            json[QStringLiteral("error")] = QJsonObject{{QStringLiteral("code"), installFailure->exitCode()},
                                                        {QStringLiteral("reason"), installFailure->reason},
                                                        {QStringLiteral("message"), installFailure->message}};
        } else if (partFailure && !followUp.failure) {
            json[QStringLiteral("error")] = errorJson(*partFailure);
        }
        printJson(json);
    } else {
        for (const QString& note : report.value().notes)
            tell(QObject::tr("Note: %1").arg(note));
    }
    if (followUp.failure) {
        context.failureReported = !followUp.json.isEmpty();
        return *followUp.failure;
    }
    if (installFailure) {
        // Each store's error was told as it happened (and the JSON above holds them): only the exit code is left.
        context.failureReported = context.args.json || !installs.isEmpty();
        return *installFailure;
    }
    if (partFailure) {
        context.failureReported = context.args.json; // the JSON above holds it; people read it on standard error
        return *partFailure;
    }
    return {};
}

} // namespace certdesk::cli
