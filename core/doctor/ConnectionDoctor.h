#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "vault/VaultEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

typedef struct X509_name_st X509_NAME;

namespace certdesk {

class Vault;

/// Where to connect: "https://host[:port]/path" (an HTTP GET follows the handshake), another TLS URL
/// ("ldaps://host"), "host:port", "[v6-address]:port" or a bare host (port 443).
struct DoctorTarget
{
    QString text;   ///< as given
    QString scheme; ///< lower case; empty for host:port
    QString host;   ///< without brackets
    quint16 port = 0;
    QString path = QStringLiteral("/");

    bool isHttps() const { return scheme == QLatin1String("https"); }
    /// True when host is an IPv4 or IPv6 address (no SNI, the certificate must name the address).
    bool hostIsAddress() const;
    static Result<DoctorTarget> parse(const QString& text);
};

/// The identity a connection is tested with: certificate, chain (issuer first) and private key.
struct DoctorIdentity
{
    QString id;
    QString name;
    Certificate certificate;
    QList<Certificate> chain;
    PrivateKey key;

    /// Entry `id` (or a unique prefix) with its private key; unlocks the vault. Refuses pending requests and
    /// certificates without a key, saying why.
    static Result<DoctorIdentity> fromVault(Vault& vault, const QString& id);
};

/// One thing the doctor observed, in words for the person at the keyboard and in detail for the helpdesk.
struct DoctorFinding
{
    enum class Severity
    {
        Ok,
        Info,
        Warning,
        Error,
    };
    /// Which side a finding is about; the CLI derives its exit code from the areas of the errors.
    enum class Area
    {
        Identity,          ///< the chosen identity, checked before and during the handshake
        Connection,        ///< name resolution, TCP, TLS itself — not a certificate problem
        ServerCertificate, ///< the server's own certificate
        Application,       ///< what the service behind TLS answered (HTTP status)
    };

    QString code; ///< stable, for scripts and tests: "connect-refused", "rejected-unknown-ca", "accepted", …
    Severity severity = Severity::Info;
    Area area = Area::Connection;
    QString message;  ///< what happened, as a sentence a non-expert can act on
    QString nextStep; ///< what to do about it; may be empty
    QString detail;   ///< technical detail (OpenSSL's text, the alert, names and dates)

    static QString severityId(Severity severity); ///< "ok", "info", "warning", "error"
    static QString severityMarker(Severity severity); ///< "✓", "i", "!", "✗", as the CLI and the report print them
};

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

/// What the doctor reads from a server's answer to its HTTP request: bytes from the network, so parsed without
/// trusting them (tests/fuzz/fuzz_http_answer.cpp feeds it hostile input).
struct DoctorHttpAnswer
{
    std::optional<int> status; ///< empty when the bytes do not start with an HTTP status line
    QString reason;            ///< the status line's reason phrase ("Forbidden"), as sent
    QDateTime serverDate;      ///< the first readable Date header; invalid when there is none
    QByteArray body;           ///< everything after the blank line that ends the headers

    static DoctorHttpAnswer parse(const QByteArray& answer);
};

/// A name the peer sent (a certificate's subject, one of the server's acceptable CA names) as RFC 4514 text, the way
/// findings and reports show it.
QString peerNameText(const X509_NAME* name);

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
class ConnectionDoctor
{
public:
    /// Fails only when the test cannot be set up (unreadable CA file, key not matching the certificate); everything
    /// the connection shows, failures included, comes back as findings.
    static Result<DoctorReport> examine(const DoctorOptions& options);
};

} // namespace certdesk
