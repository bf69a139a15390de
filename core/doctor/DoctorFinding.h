#pragma once

#include <QString>

namespace certdesk {

/// One thing the doctor observed, in words for the person at the keyboard and in detail for the helpdesk.
struct DoctorFinding
{
    enum class Severity
    {
        Ok,
        Info,
        Warning,
        Error,
    };
    /// Which side a finding is about; the CLI derives its exit code from the areas of the errors.
    enum class Area
    {
        Identity,          ///< the chosen identity, checked before and during the handshake
        Connection,        ///< name resolution, TCP, TLS itself — not a certificate problem
        ServerCertificate, ///< the server's own certificate
        Application,       ///< what the service behind TLS answered (HTTP status)
    };

    QString code; ///< stable, for scripts and tests: "connect-refused", "rejected-unknown-ca", "accepted", …
    Severity severity = Severity::Info;
    Area area = Area::Connection;
    QString message;  ///< what happened, as a sentence a non-expert can act on
    QString nextStep; ///< what to do about it; may be empty
    QString detail;   ///< technical detail (OpenSSL's text, the alert, names and dates)

    static QString severityId(Severity severity);     ///< "ok", "info", "warning", "error"
    static QString severityMarker(Severity severity); ///< "✓", "i", "!", "✗", as the CLI and the report print them
};

} // namespace certdesk
