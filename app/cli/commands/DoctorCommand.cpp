#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "doctor/ConnectionDoctor.h"
#include "expiry/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

namespace {

constexpr int kDefaultTimeoutSeconds = 10;
constexpr int kMaxTimeoutSeconds = 600;

QJsonValue certificateJson(const Certificate& certificate)
{
    if (certificate.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("subject"), certificate.subject()},
                       {QStringLiteral("issuer"), certificate.issuer()},
                       {QStringLiteral("serial"), certificate.serialHex()},
                       {QStringLiteral("notBefore"), isoUtc(certificate.notBefore())},
                       {QStringLiteral("notAfter"), isoUtc(certificate.notAfter())},
                       {QStringLiteral("fingerprintSha256"), certificate.fingerprintSha256()}};
}

QJsonObject reportJson(const DoctorReport& report)
{
    QJsonArray findings;
    for (const DoctorFinding& finding : report.findings) {
        findings.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                    {QStringLiteral("severity"), DoctorFinding::severityId(finding.severity)},
                                    {QStringLiteral("message"), finding.message},
                                    {QStringLiteral("nextStep"), finding.nextStep},
                                    {QStringLiteral("detail"), finding.detail}});
    }
    QJsonArray serverChain;
    for (const Certificate& certificate : report.serverChain)
        serverChain.append(certificateJson(certificate));
    QJsonValue identity(QJsonValue::Null);
    if (!report.identityId.isEmpty()) {
        QJsonObject object = certificateJson(report.identityCertificate).toObject();
        object[QStringLiteral("id")] = report.identityId;
        object[QStringLiteral("name")] = report.identityName;
        identity = object;
    }
    auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
    return QJsonObject{
        {QStringLiteral("target"), report.target.text},
        {QStringLiteral("host"), report.target.host},
        {QStringLiteral("port"), report.target.port},
        {QStringLiteral("address"), orNull(report.address)},
        {QStringLiteral("tlsVersion"), orNull(report.tlsVersion)},
        {QStringLiteral("cipher"), orNull(report.cipher)},
        {QStringLiteral("identity"), identity},
        {QStringLiteral("clientCertificateRequested"), report.clientCertificateRequested},
        {QStringLiteral("acceptableCas"), QJsonArray::fromStringList(report.acceptableCas)},
        {QStringLiteral("matchingIdentities"), QJsonArray::fromStringList(report.matchingIdentities)},
        {QStringLiteral("serverChain"), serverChain},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("httpStatus"),
         report.httpStatus ? QJsonValue(*report.httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("exitCode"), report.exitCode()},
    };
}

void printFindings(const DoctorReport& report)
{
    for (const DoctorFinding& finding : report.findings) {
        say(QStringLiteral("%1 %2").arg(DoctorFinding::severityMarker(finding.severity), finding.message));
        if (!finding.nextStep.isEmpty())
            say(QObject::tr("    Next step: %1").arg(finding.nextStep));
        const bool problem =
            finding.severity == DoctorFinding::Severity::Warning || finding.severity == DoctorFinding::Severity::Error;
        if (problem && !finding.detail.isEmpty())
            say(QObject::tr("    Detail: %1").arg(finding.detail));
    }
}

Result<int> timeoutSeconds(const CliArguments& args)
{
    if (!args.flag(QStringLiteral("timeout")))
        return kDefaultTimeoutSeconds;
    bool numeric = false;
    const int seconds = args.option(QStringLiteral("timeout")).toInt(&numeric);
    if (!numeric || seconds < 1 || seconds > kMaxTimeoutSeconds) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("--timeout takes a number of seconds from 1 to %1.").arg(kMaxTimeoutSeconds), {},
                         QStringLiteral("usage"));
    }
    return seconds;
}

} // namespace

Result<void> doctorCommand(CommandContext& context)
{
    const CliArguments& args = context.args;
    auto target = DoctorTarget::parse(args.positional.first());
    if (!target)
        return target.error();
    auto timeout = timeoutSeconds(args);
    if (!timeout)
        return timeout.error();
    DoctorOptions options;
    options.target = target.value();
    options.timeoutMs = timeout.value() * 1000;
    options.caFile = args.option(QStringLiteral("ca-file"));
    if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isFile()) {
        return makeError(ErrorCode::NotFound, QObject::tr("The CA file “%1” does not exist.").arg(options.caFile), {},
                         QStringLiteral("no-such-file"));
    }

    // The vault gives the identity, and the identities that might fit the server; without --identity it is only
    // read when there is one, so testing a connection never creates a vault.
    const QString identityId = args.option(QStringLiteral("identity"));
    const QString vaultDirectory = args.vault.isEmpty() ? Vault::defaultDirectory() : args.vault;
    if (!identityId.isEmpty() || QFileInfo::exists(QDir(vaultDirectory).filePath(QStringLiteral("vault.sqlite")))) {
        auto opened = context.vault();
        if (!opened)
            return opened.error();
        Vault& vault = *opened.value();
        if (auto entries = vault.entries())
            options.vaultEntries = std::move(entries).value();
        if (!identityId.isEmpty()) {
            auto identity = DoctorIdentity::fromVault(vault, identityId);
            if (!identity)
                return identity.error();
            options.identity = std::move(identity).value();
        }
    }

    if (!args.json) {
        tell(options.identity ? QObject::tr("Testing %1 with “%2”…").arg(options.target.text, options.identity->name)
                              : QObject::tr("Testing %1 without a client certificate…").arg(options.target.text));
    }
    auto examined = ConnectionDoctor::examine(options);
    if (!examined)
        return examined.error();
    const DoctorReport& report = examined.value();

    const QString reportFile = args.option(QStringLiteral("report"));
    if (!reportFile.isEmpty()) {
        const QByteArray text =
            report.toText(QStringLiteral("certdesk-cli %1").arg(QCoreApplication::applicationVersion()));
        if (auto written = writeOutputFile(reportFile, text, true); !written)
            return written;
    }
    if (args.json) {
        QJsonObject json = reportJson(report);
        if (!reportFile.isEmpty())
            json[QStringLiteral("report")] = QFileInfo(reportFile).absoluteFilePath();
        printJson(json);
    } else {
        printFindings(report);
        if (!reportFile.isEmpty())
            say(QObject::tr("Wrote a report for your helpdesk to %1 (it holds no keys and no passwords).")
                    .arg(reportFile));
    }

    const int exitCode = report.exitCode();
    if (exitCode == 0)
        return {};
    // The findings above are the explanation; only the exit code is left to give.
    context.failureReported = true;
    return makeError(static_cast<ErrorCode>(exitCode), QObject::tr("The connection test found a problem."), {},
                     QStringLiteral("doctor-findings"));
}

} // namespace certdesk::cli
