#pragma once

#include "Result.h"

namespace certdesk::cli {

class CommandContext;

// One function per command, each in its own file here, each a thin shell over core: read the options, call, print.
// CommandRegistry.cpp maps the names of CliArguments' table to them.

/// request: a key in the vault and the certificate request (PEM) for the CA.
Result<void> requestCommand(CommandContext& context);
/// import FILE...: what the CA sent back, matched to its waiting key; --replace, --install follow up.
Result<void> importCommand(CommandContext& context);
/// list: the vault's requests and identities (text, CSV, JSON); --all-stores adds the stores of this machine.
Result<void> listCommand(CommandContext& context);
/// show ID|FILE: an entry of the vault, or what a file holds.
Result<void> showCommand(CommandContext& context);
/// export ID: a certificate, its chain, the key (PKCS#12 or encrypted PEM) or a calendar file.
Result<void> exportCommand(CommandContext& context);
/// delete ID: an entry and its private key, after confirmation.
Result<void> deleteCommand(CommandContext& context);
/// stores: every store found on this machine.
Result<void> storesCommand(CommandContext& context);
/// install ID|CA-FILE: into stores (or the policy's default stores), each checked afterwards.
Result<void> installCommand(CommandContext& context);
/// uninstall ID|CA-FILE: out of the stores named.
Result<void> uninstallCommand(CommandContext& context);
/// check: the vault's database, entries and keys.
Result<void> checkCommand(CommandContext& context);
/// remind: what needs attention, reminder settings, and (--notify) desktop notifications.
Result<void> remindCommand(CommandContext& context);
/// renew ID: a new key and a request with the same subject, names and profile, linked to the identity.
Result<void> renewCommand(CommandContext& context);
/// replace ID: puts a completed renewal where the identity it renews is installed and archives the old one.
Result<void> replaceCommand(CommandContext& context);
/// doctor URL|HOST:PORT: a real TLS handshake, with an identity when one is given, explained step by step.
/// Exit codes: 0 works, 2 a certificate problem (the identity's or the server's), 3 the server cannot be reached or
/// TLS fails for a reason that is not a certificate, 5 TLS works but the application refuses access (HTTP 401/403).
Result<void> doctorCommand(CommandContext& context);
/// policy: the active organisation policy, where it came from, or that there is none.
Result<void> policyCommand(CommandContext& context);

} // namespace certdesk::cli
