#include "cli/CommandContext.h"

#include "cli/CliOutput.h"
#include "cli/Terminal.h"
#include "vault/KeychainSecretStore.h"
#include "workflows/OpenVault.h"

#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

CommandContext::CommandContext(const CliArguments& arguments) : args(arguments)
{}

CommandContext::~CommandContext() = default;

Result<Vault*> CommandContext::vault()
{
    if (m_vault)
        return m_vault.get();
    VaultCredentials credentials;
    if (!args.passphraseFile.isEmpty()) {
        auto passphrase = readSecretFile(args.passphraseFile, QObject::tr("passphrase"));
        if (!passphrase)
            return passphrase.error();
        credentials.passphrase = std::move(passphrase).value();
    }
    m_keychain = std::make_unique<KeychainSecretStore>();
    credentials.keychain = m_keychain.get();
    const QString directory = args.vault.isEmpty() ? Vault::defaultDirectory() : args.vault;
    auto opened = openVault(directory, std::move(credentials));
    if (!opened)
        return opened.error();
    m_vault = std::move(opened).value();
    return m_vault.get();
}

Result<std::optional<SecureBytes>> CommandContext::password(bool required, bool confirm, const QString& purpose,
                                                            bool forReading)
{
    const QString file = args.option(QStringLiteral("password-file"));
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

QStringList CommandContext::storeSpecs(const QString& option) const
{
    QStringList specs;
    for (const QString& value : args.all(option))
        specs << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return specs;
}

int CommandContext::fail(const Error& error) const
{
    if (failureReported)
        return error.exitCode();
    if (args.json) {
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

QJsonObject errorJson(const Error& error)
{
    QJsonObject json{{QStringLiteral("code"), error.exitCode()},
                     {QStringLiteral("reason"), error.reason},
                     {QStringLiteral("message"), error.message}};
    if (!error.detail.isEmpty())
        json[QStringLiteral("detail")] = error.detail;
    return json;
}

Error withPasswordHint(Error error, bool passwordGiven)
{
    if (error.reason == QLatin1String("password-required") && !passwordGiven)
        error.message += QLatin1Char(' ') + QObject::tr("Give it with --password-file FILE.");
    return error;
}

Result<const Policy*> organisationPolicy()
{
    const Result<std::optional<Policy>>& active = Policy::active();
    if (!active)
        return active.error();
    return active.value() ? &*active.value() : static_cast<const Policy*>(nullptr);
}

} // namespace certdesk::cli
