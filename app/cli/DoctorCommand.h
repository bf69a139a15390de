#pragma once

#include "Result.h"
#include "cli/ExpiryCommands.h"

namespace certdesk::cli {

/// doctor URL|HOST:PORT: a real TLS handshake, with an identity when one is given, explained step by step.
/// Exit codes: 0 works, 2 a certificate problem (the identity's or the server's), 3 the server cannot be reached or
/// TLS fails for a reason that is not a certificate, 5 TLS works but the application refuses access (HTTP 401/403).
Result<void> doctor(const CommandContext& context);

} // namespace certdesk::cli
