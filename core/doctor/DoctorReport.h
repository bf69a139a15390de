#pragma once

#include "crypto/Certificate.h"
#include "doctor/DoctorFinding.h"
#include "doctor/DoctorTarget.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk {

/// Everything one run observed. Holds no key material: certificates, names and dates only.
struct DoctorReport
{
    DoctorTarget target;
    QString address; ///< the IP address connected to, when the TCP connection was made
    QString tlsVersion;
    QString cipher;
    bool clientCertificateRequested = false;
    /// The server's list of acceptable client certificate issuers, RFC 4514 text; empty when it named none.
    QStringList acceptableCas;
    QList<Certificate> serverChain; ///< as the server sent it, its own certificate first
    std::optional<int> httpStatus;
    QString identityId;
    QString identityName;
    Certificate identityCertificate;
    /// Other identities of the vault issued under one of acceptableCas, as "ID (name)".
    QStringList matchingIdentities;
    QList<DoctorFinding> findings;
    bool cancelled = false;

    bool has(const QString& code) const;
    bool hasError(DoctorFinding::Area area) const;
    /// What `certdesk-cli doctor` exits with: 0 when nothing is an error, 2 for a certificate problem (the
    /// identity's or the server's) or HTTP 401/403, 3 when the connection itself failed.
    int exitCode() const;
    /// The redacted report a user sends to a helpdesk (`doctor --report`, "Save report…"): what was tested, what
    /// was seen, every finding with its detail. `createdBy` names the program and version that made it.
    QByteArray toText(const QString& createdBy) const;
};

} // namespace certdesk
