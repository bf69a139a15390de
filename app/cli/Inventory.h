#pragma once

#include "Result.h"
#include "cli/CommandContext.h"
#include "vault/VaultEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace certdesk::cli {

/// One CSV record (RFC 4180): fields quoted where they hold a comma, a quote or a line break, CRLF at the end. Text
/// that a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.
QByteArray csvRecord(const QStringList& fields, const QList<bool>& numeric = {});

/// list --format csv: the vault's entries, a header row first.
QByteArray vaultListCsv(const QList<VaultEntry>& entries, const QDateTime& now);

/// list --all-stores: every identity of the vault and every certificate with its private key in a store on this
/// machine, one row each with every store it is in, as text, CSV (`csv`) or one JSON document (--json). Stores that
/// cannot be read become notes and do not fail the listing. `expiringDays` keeps only those expiring within it.
Result<void> listAllStores(CommandContext& context, std::optional<int> expiringDays, bool csv);

} // namespace certdesk::cli
