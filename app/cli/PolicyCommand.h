#pragma once

#include "Result.h"
#include "cli/CliArguments.h"
#include "policy/Policy.h"

namespace certdesk::cli {

/// The organisation policy of this machine: null when there is none; an error (exit 5, naming FILE:LINE:COLUMN)
/// when the file is there but unreadable or malformed — every command that the policy governs then refuses to run.
Result<const Policy*> organisationPolicy();

/// policy: the active organisation policy, where it came from, or that there is none.
Result<void> showPolicy(const CliArguments& arguments);

} // namespace certdesk::cli
