#pragma once

#include "Result.h"
#include "doctor/HandshakeFacts.h"

#include <QDateTime>

namespace certdesk {

struct DoctorOptions;

/// The network side of the doctor: sets TLS up with the identity, then resolves the name, connects, shakes hands
/// (watching every handshake message and alert), waits for a TLS 1.3 server's verdict and sends the HTTP request —
/// each step bounded by the timeout and cancellable. It records what happened and judges nothing: DoctorDiagnosis does.
class TlsProbe
{
public:
    /// Fails only when TLS cannot be set up (an unreadable CA file, a key that does not belong to its certificate);
    /// every failure on the network is a fact. `now` is the time certificates are judged against.
    static Result<HandshakeFacts> observe(const DoctorOptions& options, const QDateTime& now);
};

} // namespace certdesk
