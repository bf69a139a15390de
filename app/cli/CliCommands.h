#pragma once

#include "cli/CliArguments.h"

namespace certdesk::cli {

/// Runs one parsed command line; returns the process exit code. Output and errors go to stdout/stderr.
int runCommand(const CliArguments& arguments);

} // namespace certdesk::cli
