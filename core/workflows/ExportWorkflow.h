#pragma once

#include "Result.h"
#include "crypto/Pkcs12.h"
#include "crypto/SecureBytes.h"
#include "vault/VaultEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk {

class Vault;

/// What an identity is exported as.
enum class ExportFormat
{
    Pem,      ///< the certificate, PEM (with `withKey`: its private key after it, encrypted)
    Der,      ///< the certificate, DER
    Chain,    ///< the certificate and its issuers, PEM (with `withKey`: the encrypted key after them)
    Pkcs12,   ///< certificate, private key and chain
    Request,  ///< a waiting request's CSR, PEM
    Calendar, ///< the expiry as an iCalendar event with a reminder alarm per threshold (.ics)
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Pem;
    /// Pem and Chain: the encrypted private key after the certificates. Pkcs12 always holds the key.
    bool withKey = false;
    /// Pkcs12 only; nullopt: the organisation's profile (docs/POLICY.md), else Modern.
    std::optional<Pkcs12::WriteProfile> profile;
    /// Protects whatever holds the key.
    std::shared_ptr<const SecureBytes> password;
    /// For the calendar's alarms.
    QDateTime now;
};

/// What the organisation allows an export to do, for a front end to offer only that.
struct ExportRules
{
    Pkcs12::WriteProfile profile = Pkcs12::WriteProfile::Modern;
    /// Set when the key may not go out: the policy forbids it, or the policy file cannot be read (which must not
    /// quietly allow what it may forbid). `message` is the sentence to show.
    std::optional<Error> keyRefusal;
    /// The policy file exists but cannot be used (then `keyRefusal` is its error).
    bool policyUnusable = false;

    static ExportRules current();
};

struct ExportResult
{
    QByteArray bytes;
    /// The bytes hold the (encrypted) private key: a file for them is made private to its owner.
    bool holdsKey = false;
    Pkcs12::WriteProfile profile = Pkcs12::WriteProfile::Modern;
};

/// The export use case, for the desktop app and certdesk-cli alike: the organisation's rules are applied here, the
/// key read from `vault` (unlocked by the caller) only when it goes out, so `vault` may be null otherwise. A request
/// still waiting for its certificate exports as itself (Request, Pem or Der) and nothing else (reason "pending").
[[nodiscard]] Result<ExportResult> exportIdentity(const VaultEntry& entry, const ExportOptions& options, Vault* vault);

/// Writes `result` to `path` atomically; a file holding the key is made 0600 before its first byte (an older file
/// there may have had wider permissions, which would otherwise be copied). The error names the file.
[[nodiscard]] Result<QString> writeExport(const ExportResult& result, const QString& path);

} // namespace certdesk
