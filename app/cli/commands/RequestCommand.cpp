#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "crypto/CertificateRequest.h"
#include "expiry/Clock.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<void> requestCommand(CommandContext& context)
{
    auto policy = organisationPolicy();
    if (!policy)
        return policy.error();
    auto subject = DistinguishedName::parse(context.args.option(QStringLiteral("subject")));
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
    for (const QString& text : context.args.all(QStringLiteral("san"))) {
        auto san = SubjectAltName::parse(text);
        if (!san)
            return san.error();
        options.sans << san.value();
    }
    if (context.args.flag(QStringLiteral("profile"))) {
        auto profile = profileFromId(context.args.option(QStringLiteral("profile")));
        if (!profile) {
            return makeError(ErrorCode::Usage,
                             QObject::tr("“%1” is not a profile; use client, email, server or custom.")
                                 .arg(context.args.option(QStringLiteral("profile"))));
        }
        options.profile = *profile;
    }
    const bool customUsage = context.args.flag(QStringLiteral("key-usage")) || context.args.flag(QStringLiteral("eku"));
    if (customUsage && options.profile != Profile::Custom)
        return makeError(ErrorCode::Usage, QObject::tr("--key-usage and --eku go with --profile custom."));
    auto splitList = [](const QString& text) {
        QStringList items;
        for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.trimmed();
        return items;
    };
    options.customKeyUsage = splitList(context.args.option(QStringLiteral("key-usage")));
    options.customExtendedKeyUsage = splitList(context.args.option(QStringLiteral("eku")));
    KeyType keyType = KeyType::EcP256;
    if (policy.value())
        keyType = policy.value()->defaultKeyType();
    if (context.args.flag(QStringLiteral("key-type"))) {
        auto parsedType = keyTypeFromId(context.args.option(QStringLiteral("key-type")));
        if (!parsedType) {
            return makeError(ErrorCode::Usage, QObject::tr("“%1” is not a key type; use one of %2.")
                                                   .arg(context.args.option(QStringLiteral("key-type")),
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
    auto opened = context.vault();
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
    auto entry = opened.value()->addRequest(key.value(), csr.value(), context.args.option(QStringLiteral("name")));
    if (!entry)
        return entry.error();
    const QString out = context.args.option(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (auto written = writeOutputFile(out, csr.value().pem(), false); !written)
            return written;
    }
    if (context.args.json) {
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

} // namespace certdesk::cli
