#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "crypto/BundleReader.h"
#include "expiry/Clock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <utility>

namespace certdesk::cli {

namespace {

void printFacts(const QJsonObject& json)
{
    const std::pair<const char*, const char*> rows[] = {
        {"id", "ID"},
        {"name", "Name"},
        {"status", "Status"},
        {"subject", "Subject"},
        {"issuer", "Issuer"},
        {"serial", "Serial"},
        {"notBefore", "Valid from"},
        {"notAfter", "Valid until"},
        {"daysLeft", "Days left"},
        {"keyType", "Key"},
        {"sans", "Alt. names"},
        {"keyUsage", "Key usage"},
        {"extendedKeyUsage", "Ext. key usage"},
        {"fingerprintSha256", "SHA-256"},
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

Result<void> showFile(CommandContext& context, const QString& path)
{
    auto givenPassword = context.password(false, false, {}, true);
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
    if (context.args.json) {
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

} // namespace

Result<void> showCommand(CommandContext& context)
{
    const QString target = context.args.positional.first();
    // Anything that exists on disk is a file to show (a folder or a device gets its own sentence from the
    // reader, never "not an entry ID"); so is a missing path, which no entry ID looks like.
    const bool pathLike = target.contains(QLatin1Char('/')) || target.contains(QLatin1Char('.'));
    if (QFileInfo(target).exists() || QFileInfo(target).isSymLink() || pathLike)
        return showFile(context, target);
    auto opened = context.vault();
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
    if (context.args.json) {
        printJson(json);
        return {};
    }
    printFacts(json);
    for (const Certificate& certificate : found.chain)
        say(QObject::tr("  issued by     %1").arg(certificate.subject()));
    return {};
}

} // namespace certdesk::cli
