#include "cli/CliCommands.h"

#include "cli/CliOutput.h"
#include "cli/DoctorCommand.h"
#include "cli/ExpiryCommands.h"
#include "cli/InventoryCommands.h"
#include "cli/PolicyCommand.h"
#include "cli/Terminal.h"
#include "crypto/BundleReader.h"
#include "crypto/Pkcs12.h"
#include "expiry/Calendar.h"
#include "expiry/Clock.h"
#include "keystores/StoreCatalog.h"
#include "vault/KeychainSecretStore.h"
#include "vault/Vault.h"
#include "workflows/OpenVault.h"
#include "workflows/StoreInstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

#include <unistd.h>

namespace certdesk::cli {

namespace {

/// One command run: owns the keychain and the vault, opened on first use.
class Session
{
public:
    explicit Session(const CliArguments& arguments) : m_args(arguments) {}

    int run()
    {
        const QString& command = m_args.command;
        Result<void> result = command == QLatin1String("request")  ? request()
                              : command == QLatin1String("import") ? importFiles()
                              : command == QLatin1String("list")   ? list()
                              : command == QLatin1String("show")   ? show()
                              : command == QLatin1String("export") ? exportEntry()
                              : command == QLatin1String("delete") ? deleteEntry()
                              : command == QLatin1String("stores") ? stores()
                              : command == QLatin1String("install") ? changeStores(true)
                              : command == QLatin1String("uninstall") ? changeStores(false)
                              : command == QLatin1String("check") ? check()
                              : command == QLatin1String("remind") ? remind(context())
                              : command == QLatin1String("renew") ? renew(context())
                              : command == QLatin1String("replace") ? replace(context())
                              : command == QLatin1String("doctor") ? doctor(context())
                              : command == QLatin1String("policy") ? showPolicy(m_args)
                                                                   : Result<void>(makeError(ErrorCode::Usage, {}));
        if (result)
            return 0;
        return fail(result.error());
    }

    int fail(const Error& error)
    {
        if (m_silentFailure)
            return error.exitCode();
        if (m_args.json) {
            QJsonObject body{{QStringLiteral("code"), error.exitCode()},
                             {QStringLiteral("reason"), error.reason},
                             {QStringLiteral("message"), error.message}};
            if (!error.detail.isEmpty())
                body[QStringLiteral("detail")] = error.detail;
            printJson(QJsonObject{{QStringLiteral("error"), body}});
        }
        tell(QStringLiteral("certdesk-cli: ") + error.message);
        if (!error.detail.isEmpty())
            tell(QStringLiteral("  details: ") + error.detail);
        return error.exitCode();
    }

private:
    CommandContext context()
    {
        return CommandContext{m_args, [this] { return vault(); }, &m_silentFailure};
    }

    Result<Vault*> vault()
    {
        if (m_vault)
            return m_vault.get();
        VaultCredentials credentials;
        if (!m_args.passphraseFile.isEmpty()) {
            auto passphrase = readSecretFile(m_args.passphraseFile, QObject::tr("passphrase"));
            if (!passphrase)
                return passphrase.error();
            credentials.passphrase = std::move(passphrase).value();
        }
        m_keychain = std::make_unique<KeychainSecretStore>();
        credentials.keychain = m_keychain.get();
        const QString directory = m_args.vault.isEmpty() ? Vault::defaultDirectory() : m_args.vault;
        auto opened = openVault(directory, std::move(credentials));
        if (!opened)
            return opened.error();
        m_vault = std::move(opened).value();
        return m_vault.get();
    }

    /// A password from --password-file, else asked on the terminal, else an error that says how to give one.
    /// `forReading`: the password of a file to open, which may be empty (a PKCS#12 bundle exported without one).
    Result<std::optional<SecureBytes>> password(bool required, bool confirm, const QString& purpose,
                                                bool forReading = false)
    {
        const QString file = m_args.option(QStringLiteral("password-file"));
        if (!file.isEmpty()) {
            auto secret = readSecretFile(file, QObject::tr("password"), forReading);
            if (!secret)
                return secret.error();
            return std::optional<SecureBytes>(std::move(secret).value());
        }
        if (!required)
            return std::optional<SecureBytes>();
        if (!canPrompt()) {
            return makeError(ErrorCode::Usage,
                             QObject::tr("A password is needed %1; give it with --password-file FILE.").arg(purpose), {},
                             QStringLiteral("password-required"));
        }
        auto secret = promptSecret(QObject::tr("Password %1: ").arg(purpose), confirm);
        if (!secret)
            return secret.error();
        return std::optional<SecureBytes>(std::move(secret).value());
    }

    Result<void> request()
    {
        auto policy = organisationPolicy();
        if (!policy)
            return policy.error();
        auto subject = DistinguishedName::parse(m_args.option(QStringLiteral("subject")));
        if (!subject)
            return subject.error();
        if (policy.value()) {
            // The attributes the organisation fixes are filled in when left out; a different value is refused.
            subject = policy.value()->completeSubject(subject.value());
            if (!subject)
                return subject.error();
        }
        RequestOptions options;
        options.subject = subject.value();
        for (const QString& text : m_args.all(QStringLiteral("san"))) {
            auto san = SubjectAltName::parse(text);
            if (!san)
                return san.error();
            options.sans << san.value();
        }
        if (m_args.flag(QStringLiteral("profile"))) {
            auto profile = profileFromId(m_args.option(QStringLiteral("profile")));
            if (!profile) {
                return makeError(ErrorCode::Usage, QObject::tr("“%1” is not a profile; use client, email, server or custom.")
                                                       .arg(m_args.option(QStringLiteral("profile"))));
            }
            options.profile = *profile;
        }
        const bool customUsage = m_args.flag(QStringLiteral("key-usage")) || m_args.flag(QStringLiteral("eku"));
        if (customUsage && options.profile != Profile::Custom)
            return makeError(ErrorCode::Usage, QObject::tr("--key-usage and --eku go with --profile custom."));
        auto splitList = [](const QString& text) {
            QStringList items;
            for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                items << item.trimmed();
            return items;
        };
        options.customKeyUsage = splitList(m_args.option(QStringLiteral("key-usage")));
        options.customExtendedKeyUsage = splitList(m_args.option(QStringLiteral("eku")));
        KeyType keyType = KeyType::EcP256;
        if (policy.value())
            keyType = policy.value()->defaultKeyType();
        if (m_args.flag(QStringLiteral("key-type"))) {
            auto parsedType = keyTypeFromId(m_args.option(QStringLiteral("key-type")));
            if (!parsedType) {
                return makeError(ErrorCode::Usage, QObject::tr("“%1” is not a key type; use one of %2.")
                                                       .arg(m_args.option(QStringLiteral("key-type")),
                                                            keyTypeIds().join(QStringLiteral(", "))));
            }
            keyType = *parsedType;
        }
        // Check everything the user typed before spending time on a key.
        if (auto valid = CertificateRequest::validate(options); !valid)
            return valid.error();
        if (policy.value()) {
            if (auto violation = policy.value()->checkRequest(options, keyType))
                return violation->toError();
        }
        auto opened = vault();
        if (!opened)
            return opened.error();
        if (auto unlocked = opened.value()->unlock(); !unlocked)
            return unlocked;
        auto key = PrivateKey::generate(keyType);
        if (!key)
            return key.error();
        auto csr = CertificateRequest::create(key.value(), options);
        if (!csr)
            return csr.error();
        auto entry = opened.value()->addRequest(key.value(), csr.value(), m_args.option(QStringLiteral("name")));
        if (!entry)
            return entry.error();
        const QString out = m_args.option(QStringLiteral("out"));
        if (!out.isEmpty()) {
            if (auto written = writeOutputFile(out, csr.value().pem(), false); !written)
                return written;
        }
        if (m_args.json) {
            QJsonObject json = entry.value().toJson(Clock::now());
            json[QStringLiteral("profile")] = profileId(options.profile);
            json[QStringLiteral("csr")] = QString::fromLatin1(csr.value().pem());
            if (!out.isEmpty())
                json[QStringLiteral("out")] = QFileInfo(out).absoluteFilePath();
            printJson(json);
        } else if (!out.isEmpty()) {
            say(QObject::tr("Created request %1 (%2 key). Send %3 to your certificate authority, then import the "
                            "certificate it returns with: certdesk-cli import FILE")
                    .arg(entry.value().id, key.value().description().displayName, out));
        } else {
            writeOut(csr.value().pem());
            tell(QObject::tr("Created request %1 (%2 key). Send the request above to your certificate authority.")
                     .arg(entry.value().id, key.value().description().displayName));
        }
        return {};
    }

    /// Reads every file to import on worker threads, one per core (parsing is OpenSSL's slow part: about 100 µs per
    /// certificate). Meanwhile this thread unlocks the vault as soon as a file turns out to hold a private key
    /// (sealing it will need the vault key) and a passphrase was given: stretching it is about a third of a second of
    /// scrypt by design, which then overlaps the reading instead of following it. Unlocking here only moves work
    /// earlier; its result is not used, importBundle unlocks (or fails) as before.
    std::vector<std::optional<Result<Bundle>>> readConcurrentlyWithUnlock(Vault& vault,
                                                                          const std::optional<SecureBytes>& password)
    {
        const QStringList& paths = m_args.positional;
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
            unlockNow = keySeen && running > 0 && !m_args.passphraseFile.isEmpty();
        }
        if (unlockNow)
            (void)vault.unlock();
        for (std::thread& reader : readers)
            reader.join();
        return reads;
    }

    Result<void> importFiles()
    {
        // --install: every store is checked to exist before anything is imported, so a typo changes nothing.
        const QStringList installSpecs = storeSpecs(QStringLiteral("install"));
        StoreCredentials installCredentials;
        if (m_args.flag(QStringLiteral("install"))) {
            if (installSpecs.isEmpty())
                return makeError(ErrorCode::Usage,
                                 QObject::tr("Name the stores after --install, for example --install nss."));
            auto given = storeCredentials(m_args);
            if (!given)
                return given.error();
            installCredentials = std::move(given).value();
            for (const QString& spec : installSpecs) {
                if (auto location = StoreCatalog::resolve(spec, QDir::homePath()); !location)
                    return location.error();
            }
        }
        auto opened = vault();
        if (!opened)
            return opened.error();
        auto givenPassword = password(false, false, {}, true);
        if (!givenPassword)
            return givenPassword.error();
        std::optional<SecureBytes> filePassword = std::move(givenPassword).value();
        // The files are one answer from the CA (certificate, chain, maybe key): import them as one bundle, atomically.
        // A file that cannot be imported at all is set aside and named (below); the others are still one bundle.
        Bundle merged;
        QJsonArray files;
        QHash<QString, QStringList> filesOf; // certificate fingerprint → the files that held it
        QList<Error> refusedFiles;
        std::vector<std::optional<Result<Bundle>>> reads = readConcurrentlyWithUnlock(*opened.value(), filePassword);
        for (qsizetype index = 0; index < m_args.positional.size(); ++index) {
            const QString& path = m_args.positional.at(index);
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
                static const QStringList kPasswordReasons = {
                    QStringLiteral("password-required"), QStringLiteral("wrong-password"), QStringLiteral("no-mac")};
                if (m_args.positional.size() == 1 || kPasswordReasons.contains(error.reason))
                    return error;
                refusedFiles << error;
                files.append(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("error"), errorJson(error)}});
                continue;
            }
            const Bundle& read = bundle.value();
            files.append(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("format"), Bundle::formatId(read.format)}});
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
        importOptions.keepCertificatesWithoutKey = m_args.flag(QStringLiteral("keep-without-key"));
        auto report = opened.value()->importBundle(merged, m_args.option(QStringLiteral("name")), importOptions);
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
            partFailure = makeError(ErrorCode::BadInput,
                                    QObject::tr("The rest was imported, but not everything could be: %1")
                                        .arg(sentences.join(QLatin1Char(' '))),
                                    {}, QStringLiteral("partly-refused"));
        }
        const QDateTime now = Clock::now();
        QJsonArray outcomes;
        for (const ImportOutcome& outcome : report.value().outcomes) {
            outcomes.append(QJsonObject{{QStringLiteral("action"), ImportOutcome::actionId(outcome.action)},
                                        {QStringLiteral("entry"), outcome.entry.toJson(now)}});
            if (!m_args.json)
                say(describeOutcome(outcome));
        }
        if (!m_args.json) {
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
            finishRenewals(context(), *opened.value(), imported, m_args.flag(QStringLiteral("replace")));
        QJsonArray installs;
        std::optional<Error> installFailure;
        if (!installSpecs.isEmpty())
            installFailure = installImported(*opened.value(), imported, installSpecs, installCredentials, installs);
        if (m_args.json) {
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
            m_silentFailure = !followUp.json.isEmpty();
            return *followUp.failure;
        }
        if (installFailure) {
            // Each store's error was told as it happened (and the JSON above holds them): only the exit code is left.
            m_silentFailure = m_args.json || !installs.isEmpty();
            return *installFailure;
        }
        if (partFailure) {
            m_silentFailure = m_args.json; // the JSON above holds it; people read it on standard error
            return *partFailure;
        }
        return {};
    }

    static QJsonObject errorJson(const Error& error)
    {
        QJsonObject json{{QStringLiteral("code"), error.exitCode()},
                         {QStringLiteral("reason"), error.reason},
                         {QStringLiteral("message"), error.message}};
        if (!error.detail.isEmpty())
            json[QStringLiteral("detail")] = error.detail;
        return json;
    }

    /// import --install: each imported identity into each store, as `install` does it (checked afterwards). The
    /// import stands when a store fails: the identity stays in the vault, and the failure is ErrorCode::Keystore.
    std::optional<Error> installImported(Vault& vault, const QList<VaultEntry>& imported, const QStringList& specs,
                                         const StoreCredentials& credentials, QJsonArray& installs)
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
            const std::optional<Error> failed = applyToStores(installer, entry, specs, credentials, true, results);
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

    /// Text a shell reads as one word (a smart card label has spaces), for commands the user may paste.
    static QString shellWord(QString text)
    {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
        if (plain.match(text).hasMatch())
            return text;
        return QLatin1Char('\'') + text.replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QLatin1Char('\'');
    }

    /// A file that needs a password nobody gave: the sentence names the option that gives it. It stays bad input
    /// (exit 2): the file cannot be read without it, whether or not someone could have been asked.
    static Error withPasswordHint(Error error, bool passwordGiven)
    {
        if (error.reason == QLatin1String("password-required") && !passwordGiven)
            error.message += QLatin1Char(' ') + QObject::tr("Give it with --password-file FILE.");
        return error;
    }

    /// The stores named by a repeatable option, each value a comma-separated list.
    QStringList storeSpecs(const QString& option) const
    {
        QStringList specs;
        for (const QString& value : m_args.all(option))
            specs << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        return specs;
    }

    static QString describeOutcome(const ImportOutcome& outcome)
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
            return QObject::tr("Imported request %1 “%2” (%3), waiting for its certificate.").arg(entry.id, entry.name, who);
        case ImportOutcome::Action::CertificateKept:
            return QObject::tr("Kept certificate %1 “%2” (%3) without a private key.").arg(entry.id, entry.name, who);
        case ImportOutcome::Action::KeyAttached:
            return QObject::tr("Added the private key to %1 “%2” (%3).").arg(entry.id, entry.name, who);
        }
        return {};
    }

    Result<void> list()
    {
        std::optional<int> expiringDays;
        if (m_args.flag(QStringLiteral("expiring"))) {
            bool ok = false;
            const int days = m_args.option(QStringLiteral("expiring")).toInt(&ok);
            if (!ok || days < 0)
                return makeError(ErrorCode::Usage, QObject::tr("--expiring needs a number of days, such as 30."));
            expiringDays = days;
        }
        const QString format = m_args.option(QStringLiteral("format"));
        if (m_args.flag(QStringLiteral("format")) && format != QLatin1String("text") && format != QLatin1String("csv"))
            return makeError(ErrorCode::Usage, QObject::tr("--format is text or csv (--json gives JSON)."));
        const bool csv = format == QLatin1String("csv");
        if (csv && m_args.json)
            return makeError(ErrorCode::Usage, QObject::tr("Choose one of --json and --format csv."));
        if (m_args.flag(QStringLiteral("all-stores"))) {
            if (m_args.flag(QStringLiteral("pending")))
                return makeError(ErrorCode::Usage,
                                 QObject::tr("--all-stores lists certificates, not requests; drop --pending."));
            return listAllStores(context(), expiringDays, csv);
        }
        auto opened = vault();
        if (!opened)
            return opened.error();
        auto entries = opened.value()->entries();
        if (!entries)
            return entries.error();
        const QDateTime now = Clock::now();
        QList<VaultEntry> shown;
        for (const VaultEntry& entry : entries.value()) {
            if (m_args.flag(QStringLiteral("pending")) && !entry.isPending())
                continue;
            if (expiringDays && (entry.isPending() || entry.daysLeft(now) > *expiringDays))
                continue;
            shown << entry;
        }
        if (m_args.json) {
            QJsonArray array;
            for (const VaultEntry& entry : shown)
                array.append(entry.toJson(now));
            printJson(array);
            return {};
        }
        if (csv) {
            writeOut(vaultListCsv(shown, now));
            return {};
        }
        if (shown.isEmpty()) {
            say(entries.value().isEmpty() ? QObject::tr("The vault is empty. Start with: certdesk-cli request --subject "
                                                         "\"CN=Your Name\" --out request.csr")
                                           : QObject::tr("No entry matches."));
            return {};
        }
        say(QStringLiteral("%1  %2  %3  %4").arg(QObject::tr("ID"), -8).arg(QObject::tr("STATUS"), -8).arg(QObject::tr("EXPIRES"), -24).arg(QObject::tr("NAME")));
        for (const VaultEntry& entry : shown) {
            const QString expires = entry.isPending()
                                        ? QStringLiteral("-")
                                        : QObject::tr("%1 (%2 d)")
                                              .arg(entry.certificate.notAfter().date().toString(Qt::ISODate))
                                              .arg(entry.daysLeft(now));
            say(QStringLiteral("%1  %2  %3  %4 — %5")
                    .arg(entry.id, -8)
                    .arg(VaultEntry::statusId(entry.status(now)), -8)
                    .arg(expires, -24)
                    .arg(entry.name, entry.subject()));
            QStringList stores;
            for (const VaultEntry::Installation& installation : entry.installations)
                stores << installation.storeName;
            if (!stores.isEmpty())
                say(QObject::tr("          installed in: %1").arg(stores.join(QStringLiteral(", "))));
            if (entry.isPending() && !entry.renews.isEmpty())
                say(QObject::tr("          renews %1").arg(entry.renews));
            else if (entry.renewalPending())
                say(QObject::tr("          renewal %1 requested on %2")
                        .arg(entry.renewedBy, entry.renewalRequested.date().toString(Qt::ISODate)));
        }
        return {};
    }

    Result<void> show()
    {
        const QString target = m_args.positional.first();
        // Anything that exists on disk is a file to show (a folder or a device gets its own sentence from the
        // reader, never "not an entry ID"); so is a missing path, which no entry ID looks like.
        const bool pathLike = target.contains(QLatin1Char('/')) || target.contains(QLatin1Char('.'));
        if (QFileInfo(target).exists() || QFileInfo(target).isSymLink() || pathLike)
            return showFile(target);
        auto opened = vault();
        if (!opened)
            return opened.error();
        auto entry = opened.value()->find(target);
        if (!entry)
            return entry.error();
        const VaultEntry& found = entry.value();
        const QDateTime now = Clock::now();
        QJsonObject json = found.toJson(now);
        QJsonObject details = found.isPending() ? found.request.factsJson() : found.certificate.factsJson();
        json[QStringLiteral("keyUsage")] = details.value(QStringLiteral("keyUsage"));
        json[QStringLiteral("extendedKeyUsage")] = details.value(QStringLiteral("extendedKeyUsage"));
        QJsonArray chain;
        for (const Certificate& certificate : found.chain)
            chain.append(certificate.factsJson());
        json[QStringLiteral("chain")] = chain;
        if (m_args.json) {
            printJson(json);
            return {};
        }
        printFacts(json);
        for (const Certificate& certificate : found.chain)
            say(QObject::tr("  issued by     %1").arg(certificate.subject()));
        return {};
    }

    void printFacts(const QJsonObject& json)
    {
        const std::pair<const char*, const char*> rows[] = {
            {"id", "ID"},           {"name", "Name"},           {"status", "Status"},
            {"subject", "Subject"}, {"issuer", "Issuer"},       {"serial", "Serial"},
            {"notBefore", "Valid from"}, {"notAfter", "Valid until"}, {"daysLeft", "Days left"},
            {"keyType", "Key"},     {"sans", "Alt. names"},     {"keyUsage", "Key usage"},
            {"extendedKeyUsage", "Ext. key usage"}, {"fingerprintSha256", "SHA-256"},
        };
        for (const auto& [field, label] : rows) {
            const QJsonValue value = json.value(QLatin1String(field));
            if (value.isUndefined() || value.isNull())
                continue;
            QString text;
            if (value.isArray()) {
                QStringList parts;
                for (const QJsonValue& part : value.toArray())
                    parts << part.toString();
                text = parts.join(QStringLiteral(", "));
            } else if (value.isDouble()) {
                text = QString::number(value.toInteger());
            } else if (value.isBool()) {
                text = value.toBool() ? QObject::tr("yes") : QObject::tr("no");
            } else {
                text = value.toString();
            }
            if (!text.isEmpty())
                say(QStringLiteral("%1 %2").arg(QObject::tr(label) + QLatin1Char(':'), -15).arg(text));
        }
    }

    Result<void> showFile(const QString& path)
    {
        auto givenPassword = password(false, false, {}, true);
        if (!givenPassword)
            return givenPassword.error();
        auto bundle = BundleReader::readFile(path, givenPassword.value());
        if (!bundle)
            return withPasswordHint(bundle.error(), givenPassword.value().has_value());
        QJsonArray certificates;
        for (const Certificate& certificate : bundle.value().certificates)
            certificates.append(certificate.factsJson());
        QJsonArray requests;
        for (const CertificateRequest& request : bundle.value().requests)
            requests.append(request.factsJson());
        QJsonArray keys;
        for (const PrivateKey& key : bundle.value().keys)
            keys.append(QJsonObject{{QStringLiteral("keyType"), key.description().id}});
        QJsonObject json{{QStringLiteral("file"), path},
                         {QStringLiteral("format"), Bundle::formatId(bundle.value().format)},
                         {QStringLiteral("certificates"), certificates},
                         {QStringLiteral("requests"), requests},
                         {QStringLiteral("keys"), keys},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(bundle.value().notes)}};
        if (m_args.json) {
            printJson(json);
            return {};
        }
        say(QObject::tr("%1: %2").arg(path, Bundle::formatName(bundle.value().format)));
        for (const QJsonValue& certificate : certificates) {
            say(QObject::tr("Certificate"));
            printFacts(certificate.toObject());
        }
        for (const QJsonValue& request : requests) {
            say(QObject::tr("Certificate request"));
            printFacts(request.toObject());
        }
        for (const QJsonValue& key : keys)
            say(QObject::tr("Private key: %1").arg(key.toObject().value(QStringLiteral("keyType")).toString()));
        for (const QString& note : bundle.value().notes)
            tell(QObject::tr("Note: %1").arg(note));
        return {};
    }

    Result<void> exportEntry()
    {
        const QString format = m_args.option(QStringLiteral("format"));
        const QStringList formats = {QStringLiteral("pem"), QStringLiteral("der"), QStringLiteral("chain"),
                                     QStringLiteral("p12"), QStringLiteral("ics")};
        if (!formats.contains(format))
            return makeError(ErrorCode::Usage, QObject::tr("Choose what to export with --format pem, der, chain, p12 or ics."));
        if (format == QLatin1String("ics"))
            return exportCalendar();
        auto policy = organisationPolicy();
        if (!policy)
            return policy.error();
        Pkcs12::WriteProfile p12Profile =
            policy.value() ? policy.value()->p12Profile().value_or(Pkcs12::WriteProfile::Modern) : Pkcs12::WriteProfile::Modern;
        if (m_args.flag(QStringLiteral("p12-profile"))) {
            auto parsedProfile = Pkcs12::writeProfileFromId(m_args.option(QStringLiteral("p12-profile")));
            if (!parsedProfile)
                return makeError(ErrorCode::Usage, QObject::tr("--p12-profile is modern or compatible."));
            p12Profile = *parsedProfile;
        }
        const bool withKey = format == QLatin1String("p12") || m_args.flag(QStringLiteral("with-key"));
        if (withKey && format == QLatin1String("der"))
            return makeError(ErrorCode::Usage, QObject::tr("DER holds one certificate; use --format p12 or pem to export the key."));
        if (withKey && policy.value()) {
            if (auto violation = policy.value()->checkPrivateKeyExport())
                return violation->toError();
        }
        const QString out = m_args.option(QStringLiteral("out"));
        const bool binary = format == QLatin1String("der") || format == QLatin1String("p12");
        if (binary && out.isEmpty() && !m_args.json && ::isatty(STDOUT_FILENO))
            return makeError(ErrorCode::Usage, QObject::tr("%1 is binary; write it to a file with --out FILE.").arg(format.toUpper()));

        auto opened = vault();
        if (!opened)
            return opened.error();
        auto found = opened.value()->find(m_args.positional.first());
        if (!found)
            return found.error();
        const VaultEntry& entry = found.value();
        if (entry.isPending() && (format == QLatin1String("chain") || withKey)) {
            return makeError(ErrorCode::NotFound,
                             QObject::tr("“%1” is still waiting for its certificate; import the certificate from your "
                                         "CA first (only the request can be exported now, with --format pem).")
                                 .arg(entry.name),
                             {}, QStringLiteral("pending"));
        }
        QByteArray data;
        if (withKey) {
            auto secret = password(true, true, QObject::tr("to protect the exported key"));
            if (!secret)
                return secret.error();
            auto key = opened.value()->privateKey(entry.id);
            if (!key)
                return key.error();
            if (format == QLatin1String("p12")) {
                auto p12 = Pkcs12::write(key.value(), entry.certificate, entry.chain, entry.name, *secret.value(), p12Profile);
                if (!p12)
                    return p12.error();
                data = p12.value();
            } else {
                auto pem = key.value().toEncryptedPkcs8Pem(*secret.value());
                if (!pem)
                    return pem.error();
                data = entry.certificate.pem();
                if (format == QLatin1String("chain")) {
                    for (const Certificate& certificate : entry.chain)
                        data += certificate.pem();
                }
                data += pem.value();
            }
        } else if (entry.isPending()) {
            data = format == QLatin1String("der") ? entry.request.der() : entry.request.pem();
        } else if (format == QLatin1String("der")) {
            data = entry.certificate.der();
        } else {
            data = entry.certificate.pem();
            if (format == QLatin1String("chain")) {
                for (const Certificate& certificate : entry.chain)
                    data += certificate.pem();
            }
        }
        if (!out.isEmpty()) {
            if (auto written = writeOutputFile(out, data, withKey); !written)
                return written;
        }
        if (m_args.json) {
            QJsonObject json{{QStringLiteral("id"), entry.id},
                             {QStringLiteral("format"), format},
                             {QStringLiteral("withKey"), withKey}};
            if (format == QLatin1String("p12"))
                json[QStringLiteral("p12Profile")] = Pkcs12::writeProfileId(p12Profile);
            if (!out.isEmpty())
                json[QStringLiteral("out")] = QFileInfo(out).absoluteFilePath();
            else if (binary)
                json[QStringLiteral("base64")] = QString::fromLatin1(data.toBase64());
            else
                json[QStringLiteral("pem")] = QString::fromLatin1(data);
            printJson(json);
        } else if (!out.isEmpty()) {
            say(QObject::tr("Exported %1 “%2” as %3 to %4.").arg(entry.id, entry.name, format, out));
        } else {
            writeOut(data);
        }
        return {};
    }

    /// An iCalendar file with the expiry as an event and an alarm at every reminder threshold.
    Result<void> exportCalendar()
    {
        if (m_args.flag(QStringLiteral("with-key")) || m_args.flag(QStringLiteral("p12-profile")))
            return makeError(ErrorCode::Usage, QObject::tr("A calendar file holds no key; drop --with-key and --p12-profile."));
        auto opened = vault();
        if (!opened)
            return opened.error();
        auto found = opened.value()->find(m_args.positional.first());
        if (!found)
            return found.error();
        const VaultEntry& entry = found.value();
        if (entry.isPending()) {
            return makeError(ErrorCode::NotFound,
                             QObject::tr("“%1” is still waiting for its certificate, so it has no expiry date yet.")
                                 .arg(entry.name),
                             {}, QStringLiteral("pending"));
        }
        const QByteArray data = expiryCalendar(
            {CalendarEvent{entry.id + QStringLiteral("@certdesk"), entry.name, entry.certificate,
                           QStringLiteral("certdesk-cli renew %1").arg(entry.id)}},
            entry.thresholds, Clock::now());
        const QString out = m_args.option(QStringLiteral("out"));
        if (!out.isEmpty()) {
            if (auto written = writeOutputFile(out, data, false); !written)
                return written;
        }
        if (m_args.json) {
            QJsonObject json{{QStringLiteral("id"), entry.id}, {QStringLiteral("format"), QStringLiteral("ics")},
                             {QStringLiteral("reminderDays"), entry.thresholds.toString()}};
            if (!out.isEmpty())
                json[QStringLiteral("out")] = QFileInfo(out).absoluteFilePath();
            else
                json[QStringLiteral("ics")] = QString::fromUtf8(data);
            printJson(json);
        } else if (!out.isEmpty()) {
            say(QObject::tr("Wrote the expiry of “%1” with reminders %2 days before to %3; open it with your calendar.")
                    .arg(entry.name, entry.thresholds.toString(), out));
        } else {
            writeOut(data);
        }
        return {};
    }

    Result<void> check()
    {
        auto opened = vault();
        if (!opened)
            return opened.error();
        auto checked = opened.value()->check();
        if (!checked)
            return checked.error();
        const VaultCheckReport& report = checked.value();
        if (m_args.json) {
            QJsonArray problems;
            for (const VaultProblem& problem : report.problems) {
                problems.append(QJsonObject{
                    {QStringLiteral("id"), problem.entryId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem.entryId)},
                    {QStringLiteral("name"), problem.name},
                    {QStringLiteral("message"), problem.message},
                    {QStringLiteral("detail"), problem.detail}});
            }
            printJson(QJsonObject{{QStringLiteral("vault"), opened.value()->directory()},
                                  {QStringLiteral("entries"), report.entries},
                                  {QStringLiteral("keysChecked"), report.keysChecked},
                                  {QStringLiteral("healthy"), report.healthy()},
                                  {QStringLiteral("problems"), problems}});
        } else {
            for (const VaultProblem& problem : report.problems) {
                tell(QStringLiteral("certdesk-cli: ") + problem.message);
                if (!problem.detail.isEmpty())
                    tell(QStringLiteral("  details: ") + problem.detail);
            }
            if (report.healthy()) {
                say(QObject::tr("The vault is healthy: %1 entries and %2 private keys checked.")
                        .arg(report.entries)
                        .arg(report.keysChecked));
            }
        }
        if (report.healthy())
            return {};
        m_silentFailure = true;
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The vault check found %n problem(s).", nullptr, static_cast<int>(report.problems.size())),
                         {}, QStringLiteral("vault-damaged"));
    }

    Result<void> deleteEntry()
    {
        auto opened = vault();
        if (!opened)
            return opened.error();
        auto found = opened.value()->find(m_args.positional.first());
        if (!found)
            return found.error();
        const VaultEntry& entry = found.value();
        if (!m_args.flag(QStringLiteral("yes"))) {
            if (!canPrompt()) {
                return makeError(ErrorCode::Usage,
                                 QObject::tr("Deleting “%1” removes its private key for good; add --yes to confirm.").arg(entry.name),
                                 {}, QStringLiteral("confirmation-required"));
            }
            if (!promptYesNo(QObject::tr("Delete %1 “%2” (%3) and its private key? This cannot be undone. [y/N] ")
                                 .arg(entry.id, entry.name, entry.subject()))) {
                return makeError(ErrorCode::Usage, QObject::tr("Nothing was deleted."), {}, QStringLiteral("cancelled"));
            }
        }
        if (auto removed = opened.value()->remove(entry.id); !removed)
            return removed;
        if (m_args.json)
            printJson(QJsonObject{{QStringLiteral("deleted"), entry.id}, {QStringLiteral("name"), entry.name}});
        else
            say(QObject::tr("Deleted %1 “%2”.").arg(entry.id, entry.name));
        return {};
    }

    Result<void> stores()
    {
        QStringList notes;
        const QList<StoreLocation> locations = StoreCatalog::discover(QDir::homePath(), &notes);
        if (m_args.json) {
            QJsonArray array;
            for (const StoreLocation& location : locations) {
                array.append(QJsonObject{{QStringLiteral("id"), location.id},
                                         {QStringLiteral("kind"), StoreCatalog::kindId(location.kind)},
                                         {QStringLiteral("name"), location.displayName},
                                         {QStringLiteral("location"), location.path}});
            }
            printJson(array);
        } else {
            for (const StoreLocation& location : locations)
                say(QStringLiteral("%1  %2\n    %3").arg(location.id, -32).arg(location.displayName, location.path));
        }
        for (const QString& note : notes)
            tell(QObject::tr("Note: %1").arg(note));
        return {};
    }

    /// install / uninstall: each store in turn, each checked afterwards; the vault remembers what succeeded.
    Result<void> changeStores(bool install)
    {
        QStringList specs = storeSpecs(QStringLiteral("store"));
        if (specs.isEmpty() && install) {
            auto policy = organisationPolicy();
            if (!policy)
                return policy.error();
            if (policy.value() && !policy.value()->defaultStores().isEmpty()) {
                specs = policy.value()->defaultStores();
                if (!m_args.json)
                    tell(QObject::tr("Installing into the stores your organisation chose: %1.").arg(specs.join(QStringLiteral(", "))));
            }
        }
        if (specs.isEmpty())
            return makeError(ErrorCode::Usage, QObject::tr("Name the stores with --store, for example --store nss."));
        auto givenCredentials = storeCredentials(m_args);
        if (!givenCredentials)
            return givenCredentials.error();
        const StoreCredentials& credentials = givenCredentials.value();
        const QString target = m_args.positional.first();
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
            entry.name = entry.certificate.commonName().isEmpty() ? entry.certificate.subject()
                                                                  : entry.certificate.commonName();
        } else {
            auto opened = this->vault();
            if (!opened)
                return opened.error();
            vault = opened.value();
            auto found = vault->find(target);
            if (!found)
                return found.error();
            entry = found.value();
            if (entry.isPending()) {
                return makeError(ErrorCode::NotFound,
                                 QObject::tr("“%1” is still waiting for its certificate; import it before installing.")
                                     .arg(entry.name),
                                 {}, QStringLiteral("pending"));
            }
        }
        StoreInstaller installer(vault, entry);
        QJsonArray results;
        const std::optional<Error> firstFailure = applyToStores(installer, entry, specs, credentials, install, results);
        if (m_args.json)
            printJson(QJsonObject{{QStringLiteral("id"), vault ? entry.id : target}, {QStringLiteral("results"), results}});
        if (firstFailure) {
            // Already reported per store; the exit code is the first failure's.
            m_silentFailure = true;
            return *firstFailure;
        }
        return {};
    }

    /// Each store in turn, through StoreInstaller (which reads every change back before the vault records it): says
    /// how each went, adds {store, ok, error} per store to `results`, and returns the first failure.
    std::optional<Error> applyToStores(StoreInstaller& installer, const VaultEntry& entry, const QStringList& specs,
                                       const StoreCredentials& credentials, bool install, QJsonArray& results)
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
                if (!m_args.json)
                    say(install ? QObject::tr("Installed “%1” in %2 and checked it.").arg(entry.name, spec)
                                : QObject::tr("Removed “%1” from %2.").arg(entry.name, spec));
            } else {
                const Error error = explainStoreError(outcome.error(), m_args);
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

    bool m_silentFailure = false;
    const CliArguments& m_args;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Vault> m_vault;
};

} // namespace

int runCommand(const CliArguments& arguments)
{
    if (arguments.version) {
        say(QStringLiteral("certdesk-cli %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (arguments.help || arguments.command == QLatin1String("help")) {
        say(usageText(arguments.command));
        return 0;
    }
    if (arguments.nonInteractive)
        forbidPrompts();
    Session session(arguments);
    return session.run();
}

} // namespace certdesk::cli
