#include "doctor/TlsAlert.h"

#include "doctor/FindingText.h"

#include <QObject>

namespace certdesk {

using findingtext::dateText;
using findingtext::quoted;

QString TlsAlert::name(int description)
{
    switch (description) {
    case CloseNotify:
        return QStringLiteral("close_notify");
    case 10:
        return QStringLiteral("unexpected_message");
    case 20:
        return QStringLiteral("bad_record_mac");
    case HandshakeFailure:
        return QStringLiteral("handshake_failure");
    case BadCertificate:
        return QStringLiteral("bad_certificate");
    case UnsupportedCertificate:
        return QStringLiteral("unsupported_certificate");
    case CertificateRevoked:
        return QStringLiteral("certificate_revoked");
    case CertificateExpired:
        return QStringLiteral("certificate_expired");
    case CertificateUnknown:
        return QStringLiteral("certificate_unknown");
    case 47:
        return QStringLiteral("illegal_parameter");
    case UnknownCa:
        return QStringLiteral("unknown_ca");
    case AccessDenied:
        return QStringLiteral("access_denied");
    case 50:
        return QStringLiteral("decode_error");
    case DecryptError:
        return QStringLiteral("decrypt_error");
    case ProtocolVersion:
        return QStringLiteral("protocol_version");
    case InsufficientSecurity:
        return QStringLiteral("insufficient_security");
    case InternalError:
        return QStringLiteral("internal_error");
    case 90:
        return QStringLiteral("user_canceled");
    case 109:
        return QStringLiteral("missing_extension");
    case 110:
        return QStringLiteral("unsupported_extension");
    case UnrecognizedName:
        return QStringLiteral("unrecognized_name");
    case 115:
        return QStringLiteral("unknown_psk_identity");
    case CertificateRequired:
        return QStringLiteral("certificate_required");
    case 120:
        return QStringLiteral("no_application_protocol");
    default:
        return QStringLiteral("alert %1").arg(description);
    }
}

DoctorFinding TlsAlert::explain(const Circumstances& seen)
{
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    const int alert = seen.description;
    QString detail =
        QObject::tr("The server sent the TLS alert %1 (%2) %3.").arg(name(alert)).arg(alert).arg(seen.when);
    if (!seen.opensslDetail.isEmpty())
        detail += QObject::tr(" OpenSSL: %1.").arg(seen.opensslDetail);
    if (!seen.acceptableCas.isEmpty())
        detail += QObject::tr(" Acceptable CA names: %1.").arg(seen.acceptableCas.join(QStringLiteral(" | ")));
    const bool sent = seen.certificateSent;
    const QString label = seen.identity ? quoted(seen.identity->name) : QString();
    const QString issuer = seen.identity ? quoted(seen.identity->certificate.issuer()) : QString();
    const QString others = seen.matchingIdentities.join(QStringLiteral(", "));
    const QString fittingIdentities =
        others.isEmpty() ? QString() : QObject::tr(" Your identities that fit the server's list: %1.").arg(others);

    if (alert == CertificateRequired || (alert == HandshakeFailure && seen.certificateRequested && !sent)) {
        return DoctorFinding{
            QStringLiteral("client-cert-required"),
            Severity::Error,
            Area::Identity,
            seen.identity
                ? QObject::tr("The server requires a client certificate and CertDesk could not send %1 (the server's "
                              "signature algorithms do not fit its key).")
                      .arg(label)
                : QObject::tr("The server requires a client certificate, and none was sent."),
            (seen.identity
                 ? QObject::tr("Use an identity with an RSA or EC P-256 key.")
                 : QObject::tr("Test again with --identity ID, choosing the certificate this service expects.")) +
                fittingIdentities,
            detail};
    }
    if (!sent) {
        // The server refused before or without seeing a certificate: ciphers, protocol or its own configuration.
        const bool protocol = alert == ProtocolVersion || alert == InsufficientSecurity;
        return DoctorFinding{
            protocol ? QStringLiteral("protocol-version") : QStringLiteral("handshake-failure"),
            Severity::Error,
            Area::Connection,
            protocol ? QObject::tr("The server and CertDesk have no TLS version in common (the server sent %1): it "
                                   "probably allows only TLS 1.1 or older, which CertDesk refuses as unsafe.")
                           .arg(name(alert))
                     : QObject::tr("The server ended the handshake with %1 before any client certificate was involved: "
                                   "it could not agree on how to encrypt, or it is misconfigured. This is not a "
                                   "problem of your certificate.")
                           .arg(name(alert)),
            QObject::tr("Tell the service's administrators, with a report of this test (--report FILE)."),
            detail};
    }
    const QString chainNote =
        seen.chainIncomplete
            ? QObject::tr(
                  " CertDesk could not send the certificate of %1, which issued yours; the server probably needs "
                  "it to connect your certificate to an authority it trusts.")
                  .arg(issuer)
            : QString();
    const QString chainStep = seen.chainIncomplete
                                  ? QObject::tr("Import the CA certificates your certificate authority sent with your "
                                                "certificate (certdesk-cli import FILE), then test again.")
                                  : QString();
    switch (alert) {
    case UnknownCa:
        return DoctorFinding{
            QStringLiteral("rejected-unknown-ca"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server does not trust the authority that issued %1 (%2).%3").arg(label, issuer, chainNote),
            !chainStep.isEmpty() ? chainStep
            : !others.isEmpty()
                ? QObject::tr("Use an identity issued by an authority the server accepts: %1.").arg(others)
                : QObject::tr("Ask the service's administrators which certificate authority they accept, and request a "
                              "certificate there."),
            detail};
    case CertificateExpired:
        return DoctorFinding{
            QStringLiteral("rejected-expired"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server refused %1 because it, or a CA certificate in its chain, has expired (valid until "
                        "%2).")
                .arg(label, dateText(seen.identity->certificate.notAfter())),
            QObject::tr("Renew it: certdesk-cli renew %1. If it is not expired, check this computer's and the "
                        "server's clock.")
                .arg(seen.identity->id),
            detail};
    case CertificateRevoked:
        return DoctorFinding{
            QStringLiteral("rejected-revoked"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server refused %1 because its certificate authority has revoked it: it is no longer valid "
                        "anywhere.")
                .arg(label),
            QObject::tr(
                "Ask your certificate authority why it was revoked and request a new certificate; do not keep using "
                "this one."),
            detail};
    case AccessDenied:
        return DoctorFinding{
            QStringLiteral("rejected-access-denied"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server accepted %1 as genuine but does not let its owner in: the certificate is fine, the "
                        "permission is missing.")
                .arg(label),
            QObject::tr("Ask the service's administrators to grant access to %1.")
                .arg(quoted(seen.identity->certificate.subject())),
            detail};
    case BadCertificate:
    case DecryptError:
        return DoctorFinding{
            QStringLiteral("rejected-bad-certificate"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server could not accept %1: it found the certificate or its signature faulty.%2")
                .arg(label, chainNote),
            chainStep.isEmpty() ? QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk; "
                                              "if the certificate was recently "
                                              "renewed, make sure the new one is the one in use.")
                                : chainStep,
            detail};
    case UnsupportedCertificate:
    case CertificateUnknown:
        return DoctorFinding{
            alert == UnsupportedCertificate ? QStringLiteral("rejected-unsupported-certificate")
                                            : QStringLiteral("rejected-certificate-unknown"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server refused %1 (%2): it does not accept this kind of certificate for signing in, or "
                        "does not trust its issuer %3.%4")
                .arg(label, name(alert), issuer, chainNote),
            !chainStep.isEmpty() ? chainStep
            : !others.isEmpty()  ? QObject::tr("Try one of your identities that fit the server's list: %1.").arg(others)
                                 : QObject::tr("Ask the service's administrators which certificate they expect."),
            detail};
    case HandshakeFailure:
        return DoctorFinding{
            QStringLiteral("handshake-failure"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server ended the handshake after receiving %1, without saying why (handshake_failure). "
                        "Since it had asked for a client certificate, that certificate is the most likely cause: its "
                        "issuer is not accepted, it is expired or revoked, or it is not allowed in.%2")
                .arg(label, chainNote),
            !chainStep.isEmpty() ? chainStep
                                 : QObject::tr("Check the other findings above; if none explains it, send a report of "
                                               "this test (--report FILE) to the service's helpdesk — their server log "
                                               "names the reason."),
            detail};
    default:
        return DoctorFinding{
            QStringLiteral("handshake-failure"),
            Severity::Error,
            Area::Identity,
            QObject::tr("The server ended the connection with the TLS alert %1 after receiving %2.%3")
                .arg(name(alert), label, chainNote),
            QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk; their server log names "
                        "the reason."),
            detail};
    }
}

} // namespace certdesk
