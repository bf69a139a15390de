#pragma once

#include "Result.h"

namespace certdesk {

/// Keeps key material out of core dumps and away from other processes: no core files (RLIMIT_CORE 0) and not
/// dumpable (PR_SET_DUMPABLE 0, which also stops other non-root processes of the same user from attaching with
/// ptrace or reading /proc/PID/mem). Called first thing by certdesk and certdesk-cli.
Result<void> hardenProcess();

} // namespace certdesk
