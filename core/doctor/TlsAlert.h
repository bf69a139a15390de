#pragma once

#include "doctor/DoctorFinding.h"
#include "doctor/HandshakeFacts.h"

#include <QString>
#include <QStringList>

namespace certdesk {

/// A TLS alert the server sent (RFC 8446 §6), and what it says about the attempt to sign in.
class TlsAlert
{
public:
    /// The descriptions the doctor tells apart, by number.
    enum Description : int
    {
        CloseNotify = 0,
        HandshakeFailure = 40,
        BadCertificate = 42,
        UnsupportedCertificate = 43,
        CertificateRevoked = 44,
        CertificateExpired = 45,
        CertificateUnknown = 46,
        UnknownCa = 48,
        AccessDenied = 49,
        DecryptError = 51,
        ProtocolVersion = 70,
        InsufficientSecurity = 71,
        InternalError = 80,
        UnrecognizedName = 112,
        CertificateRequired = 116,
    };

    /// What the attempt looked like when the alert came.
    struct Circumstances
    {
        int description = -1;
        QString when;          ///< "during the handshake", "after the handshake"
        QString opensslDetail; ///< OpenSSL's text for the failed step; may be empty
        bool certificateRequested = false;
        bool certificateSent = false;                       ///< never true without an identity
        const HandshakeFacts::Identity* identity = nullptr; ///< null when none was offered
        QStringList acceptableCas;                          ///< RFC 4514 text, as the report shows them
        QStringList matchingIdentities;                     ///< "ID (name)" of identities that fit acceptableCas
        bool chainIncomplete = false;                       ///< the identity's issuer could not be sent along
    };

    /// "unknown_ca"; "alert N" for a number without a name.
    static QString name(int description);
    /// The one finding an alert gets: who refused what, and what to do about it.
    static DoctorFinding explain(const Circumstances& seen);
};

} // namespace certdesk
