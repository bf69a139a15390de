#include "doctor/DoctorReport.h"

#include "Result.h"

#include <QDateTime>
#include <QObject>

namespace certdesk {

bool DoctorReport::has(const QString& code) const
{
    for (const DoctorFinding& finding : findings) {
        if (finding.code == code)
            return true;
    }
    return false;
}

bool DoctorReport::hasError(DoctorFinding::Area area) const
{
    for (const DoctorFinding& finding : findings) {
        if (finding.area == area && finding.severity == DoctorFinding::Severity::Error)
            return true;
    }
    return false;
}

int DoctorReport::exitCode() const
{
    // Exit code 5 stays what it is for every command: refused by the organisation's policy.
    using Area = DoctorFinding::Area;
    if (hasError(Area::Identity) || hasError(Area::ServerCertificate))
        return static_cast<int>(ErrorCode::BadInput);
    if (hasError(Area::Connection))
        return static_cast<int>(ErrorCode::NotFound);
    if (hasError(Area::Application))
        return static_cast<int>(ErrorCode::BadInput);
    return 0;
}

namespace {

QString certificateText(const Certificate& certificate, const QString& indent)
{
    return QObject::tr("%1Subject: %2\n%1Issuer:  %3\n%1Serial:  %4\n%1Valid:   %5 to %6\n%1SHA-256: %7\n")
        .arg(indent, certificate.subject(), certificate.issuer(), certificate.serialHex(),
             isoUtc(certificate.notBefore()), isoUtc(certificate.notAfter()), certificate.fingerprintSha256());
}

} // namespace

QByteArray DoctorReport::toText(const QString& createdBy) const
{
    // Names, serials and dates only: nothing secret is ever in a DoctorReport.
    QString text = QObject::tr("CertDesk connection report\n"
                               "Created %1 by %2. It contains no private keys and no passwords.\n\n")
                       .arg(isoUtc(QDateTime::currentDateTimeUtc()), createdBy);
    text += QObject::tr("Target:  %1 (host %2, port %3, address %4)\n")
                .arg(target.text, target.host, QString::number(target.port),
                     address.isEmpty() ? QObject::tr("none reached") : address);
    text +=
        QObject::tr("TLS:     %1\n")
            .arg(tlsVersion.isEmpty() ? QObject::tr("not established") : tlsVersion + QStringLiteral(", ") + cipher);
    if (identityId.isEmpty()) {
        text += QObject::tr("Identity: none (no client certificate offered)\n");
    } else {
        text += QObject::tr("Identity: %1 (ID %2)\n").arg(identityName, identityId);
        text += certificateText(identityCertificate, QStringLiteral("  "));
    }
    text += QObject::tr("Client certificate requested by the server: %1\n")
                .arg(clientCertificateRequested ? QObject::tr("yes") : QObject::tr("no"));
    for (const QString& name : acceptableCas)
        text += QObject::tr("  Acceptable CA: %1\n").arg(name);
    for (const QString& match : matchingIdentities)
        text += QObject::tr("  Identity that fits: %1\n").arg(match);
    for (qsizetype i = 0; i < serverChain.size(); ++i) {
        text += QObject::tr("Server certificate %1:\n").arg(i);
        text += certificateText(serverChain[i], QStringLiteral("  "));
    }
    if (httpStatus)
        text += QObject::tr("HTTP status: %1\n").arg(*httpStatus);
    if (cancelled)
        text += QObject::tr("The test was cancelled before it finished.\n");
    text += QObject::tr("\nFindings:\n");
    for (const DoctorFinding& finding : findings) {
        text += QStringLiteral("%1 [%2] %3: %4\n")
                    .arg(DoctorFinding::severityMarker(finding.severity), DoctorFinding::severityId(finding.severity),
                         finding.code, finding.message);
        if (!finding.nextStep.isEmpty())
            text += QObject::tr("    Next step: %1\n").arg(finding.nextStep);
        if (!finding.detail.isEmpty())
            text += QObject::tr("    Detail: %1\n").arg(finding.detail);
    }
    text += QObject::tr("\nExit code: %1\n").arg(exitCode());
    return text.toUtf8();
}

} // namespace certdesk
