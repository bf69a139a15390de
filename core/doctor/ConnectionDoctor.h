#pragma once

#include "Result.h"
#include "doctor/DoctorFinding.h"
#include "doctor/DoctorHttpAnswer.h"
#include "doctor/DoctorIdentity.h"
#include "doctor/DoctorReport.h"
#include "doctor/DoctorTarget.h"
#include "doctor/PeerName.h"
#include "vault/VaultEntry.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace certdesk {

/// What to test and how long to wait.
struct DoctorOptions
{
    DoctorTarget target;
    std::optional<DoctorIdentity> identity;
    /// The vault's entries, searched for an identity the server would accept when the chosen one does not fit.
    QList<VaultEntry> vaultEntries;
    /// PEM file of extra CA certificates trusted for the server's certificate (private CAs), besides the system's.
    QString caFile;
    /// Bound for each step: name resolution, TCP connect, handshake, HTTP answer.
    int timeoutMs = 10000;
    /// Set from another thread to stop at the next step or within 100 ms of waiting; the report comes back cancelled.
    const std::atomic<bool>* cancel = nullptr;
};

/// "Why did the handshake fail?": a real TLS handshake (TLS 1.2/1.3, SNI, the identity's certificate and chain),
/// observed step by step and explained. Blocking but bounded by the timeouts; safe to run on a worker thread.
/// TlsProbe does the network side and records HandshakeFacts; DoctorDiagnosis turns them into the report.
class ConnectionDoctor
{
public:
    /// Fails only when the test cannot be set up (unreadable CA file, key not matching the certificate); everything
    /// the connection shows, failures included, comes back as findings.
    static Result<DoctorReport> examine(const DoctorOptions& options);
};

} // namespace certdesk
