#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "crypto/Pkcs12.h"
#include "expiry/Calendar.h"
#include "expiry/Clock.h"
#include "workflows/ExportWorkflow.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QObject>

#include <unistd.h>

namespace certdesk::cli {

namespace {

/// An iCalendar file with the expiry as an event and an alarm at every reminder threshold.
Result<void> exportCalendar(CommandContext& context)
{
    if (context.args.flag(QStringLiteral("with-key")) || context.args.flag(QStringLiteral("p12-profile")))
        return makeError(ErrorCode::Usage,
                         QObject::tr("A calendar file holds no key; drop --with-key and --p12-profile."));
    auto opened = context.vault();
    if (!opened)
        return opened.error();
    auto found = opened.value()->find(context.args.positional.first());
    if (!found)
        return found.error();
    const VaultEntry& entry = found.value();
    if (entry.isPending()) {
        return makeError(
            ErrorCode::NotFound,
            QObject::tr("“%1” is still waiting for its certificate, so it has no expiry date yet.").arg(entry.name), {},
            QStringLiteral("pending"));
    }
    const QByteArray data =
        expiryCalendar({CalendarEvent{entry.id + QStringLiteral("@certdesk"), entry.name, entry.certificate,
                                      QStringLiteral("certdesk-cli renew %1").arg(entry.id)}},
                       entry.thresholds, Clock::now());
    const QString out = context.args.option(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (auto written = writeOutputFile(out, data, false); !written)
            return written;
    }
    if (context.args.json) {
        QJsonObject json{{QStringLiteral("id"), entry.id},
                         {QStringLiteral("format"), QStringLiteral("ics")},
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

} // namespace

Result<void> exportCommand(CommandContext& context)
{
    const QString format = context.args.option(QStringLiteral("format"));
    const QStringList formats = {QStringLiteral("pem"), QStringLiteral("der"), QStringLiteral("chain"),
                                 QStringLiteral("p12"), QStringLiteral("ics")};
    if (!formats.contains(format))
        return makeError(ErrorCode::Usage,
                         QObject::tr("Choose what to export with --format pem, der, chain, p12 or ics."));
    if (format == QLatin1String("ics"))
        return exportCalendar(context);
    // A governed command: a policy file that cannot be used stops it (exit 5), as it stops every such command.
    if (auto policy = organisationPolicy(); !policy)
        return policy.error();
    // The rules are the workflow's; asked here too, so that a refusal comes before any password question.
    const ExportRules rules = ExportRules::current();
    Pkcs12::WriteProfile p12Profile = rules.profile;
    if (context.args.flag(QStringLiteral("p12-profile"))) {
        auto parsedProfile = Pkcs12::writeProfileFromId(context.args.option(QStringLiteral("p12-profile")));
        if (!parsedProfile)
            return makeError(ErrorCode::Usage, QObject::tr("--p12-profile is modern or compatible."));
        p12Profile = *parsedProfile;
    }
    const bool withKey = format == QLatin1String("p12") || context.args.flag(QStringLiteral("with-key"));
    if (withKey && format == QLatin1String("der"))
        return makeError(ErrorCode::Usage,
                         QObject::tr("DER holds one certificate; use --format p12 or pem to export the key."));
    if (withKey && rules.keyRefusal)
        return *rules.keyRefusal;
    const QString out = context.args.option(QStringLiteral("out"));
    const bool binary = format == QLatin1String("der") || format == QLatin1String("p12");
    if (binary && out.isEmpty() && !context.args.json && ::isatty(STDOUT_FILENO))
        return makeError(ErrorCode::Usage,
                         QObject::tr("%1 is binary; write it to a file with --out FILE.").arg(format.toUpper()));

    auto opened = context.vault();
    if (!opened)
        return opened.error();
    auto found = opened.value()->find(context.args.positional.first());
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
    ExportOptions options;
    options.format = format == QLatin1String("p12")     ? ExportFormat::Pkcs12
                     : format == QLatin1String("der")   ? ExportFormat::Der
                     : format == QLatin1String("chain") ? ExportFormat::Chain
                                                        : ExportFormat::Pem;
    options.withKey = withKey;
    options.profile = p12Profile;
    options.now = Clock::now();
    if (withKey) {
        auto secret = context.password(true, true, QObject::tr("to protect the exported key"));
        if (!secret)
            return secret.error();
        options.password = std::make_shared<const SecureBytes>(std::move(*secret.value()));
    }
    auto exported = exportIdentity(entry, options, opened.value());
    if (!exported)
        return exported.error();
    const QByteArray data = exported.value().bytes;
    if (!out.isEmpty()) {
        if (auto written = writeOutputFile(out, data, withKey); !written)
            return written;
    }
    if (context.args.json) {
        QJsonObject json{
            {QStringLiteral("id"), entry.id}, {QStringLiteral("format"), format}, {QStringLiteral("withKey"), withKey}};
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

} // namespace certdesk::cli
