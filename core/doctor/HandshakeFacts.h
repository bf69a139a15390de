#pragma once

#include "crypto/Certificate.h"
#include "doctor/DoctorTarget.h"
#include "vault/VaultEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk {

/// What one doctor run saw, step by step, before anything is judged: TlsProbe records it from the network,
/// DoctorDiagnosis turns it into findings, and tests build it by hand. A step that did not happen is empty; `cancelled`
/// says whether the user stopped the run after the last step recorded.
struct HandshakeFacts
{
    /// The identity offered, as it was sent. Holds no key: the findings never need it.
    struct Identity
    {
        QString id;
        QString name;
        Certificate certificate;
        /// The chain sent with it: the vault's chain, completed from the CA certificates the vault keeps.
        QList<Certificate> chain;
        /// The issuer's certificate was found neither in the vault nor in the trust store.
        bool chainIncomplete = false;
    };

    struct Lookup
    {
        enum class Outcome
        {
            Resolved,
            TimedOut,         ///< getaddrinfo did not return within the timeout
            NotFound,         ///< the name does not exist (or another permanent failure)
            TemporaryFailure, ///< EAI_AGAIN: the name servers did not answer
        };
        Outcome outcome = Outcome::Resolved;
        QString detail; ///< getaddrinfo's text
    };

    struct Connect
    {
        enum class Outcome
        {
            Connected,
            Refused,  ///< at least one address refused the connection
            TimedOut, ///< no address answered in time
            Failed,
        };
        Outcome outcome = Outcome::Connected;
        QString address; ///< the IP address connected to
        QString detail;  ///< one entry per address tried
    };

    /// How one TLS step (the handshake, the wait for a TLS 1.3 verdict, the HTTP exchange) ended, and what the
    /// connection had shown by then.
    struct TlsStep
    {
        enum class End
        {
            Done,   ///< the step did what it was for
            Closed, ///< the peer closed (close_notify or plain EOF)
            Failed, ///< OpenSSL or the socket reported an error
            TimedOut,
            Cancelled,
            Stopped,    ///< a session ticket ended the wait for a TLS 1.3 verdict: the server accepted
            NotStarted, ///< OpenSSL could not set the connection up
        };
        End end = End::Done;
        QString detail; ///< OpenSSL's and the system's error text, when it did not end well
        /// By the end of this step: the server had asked for a client certificate (TLS 1.2 renegotiation may ask late).
        bool certificateRequested = false;
        /// By the end of this step: CertDesk had sent a Certificate message that was not empty.
        bool certificateSent = false;
        /// The first TLS alert the server had sent by the end of this step (RFC 8446 §6 number, not close_notify);
        /// -1 when none. The first step that shows it is when it came.
        int alert = -1;
    };

    /// Where a failed handshake's OpenSSL error points when no alert explains it.
    enum class TlsFailure
    {
        Unexplained,
        NotTls,      ///< the port answered with something else (plain HTTP, for example)
        OldProtocol, ///< the server offers only TLS versions older than 1.2
    };
    enum class TlsVersion
    {
        Other, ///< not (yet) negotiated, or another version
        Tls12,
        Tls13,
    };

    struct VerifyProblem
    {
        int error = 0; ///< X509_V_ERR_*
        int depth = 0; ///< 0 for the server's own certificate
        QString subject;
    };

    struct Handshake : TlsStep
    {
        TlsFailure failure = TlsFailure::Unexplained;
        TlsVersion version = TlsVersion::Other;
        QString protocol;               ///< "TLS 1.3", when established
        QString cipher;                 ///< when established
        QList<Certificate> serverChain; ///< as the server sent it, its own certificate first
        /// Each failed check of the server's chain; the handshake goes on regardless, so the client side is seen too.
        QList<VerifyProblem> verifyProblems;
        /// The server's acceptable client certificate issuers, DER, as they came in its CertificateRequest.
        QList<QByteArray> acceptableCaNames;
        QDateTime systemTime; ///< this computer's clock when the handshake ended
    };

    struct HttpExchange : TlsStep
    {
        QByteArray answer;    ///< what came back, up to a limit
        QDateTime receivedAt; ///< this computer's clock when the answer was read
    };

    // What was tested, with what, and when.
    DoctorTarget target;
    int timeoutMs = 10000;
    QDateTime now; ///< Clock::now() when the run began: validity is judged against it
    std::optional<Identity> identity;
    /// The vault's entries, searched for an identity the server would accept when the chosen one does not fit.
    QList<VaultEntry> vaultEntries;

    // What happened, in order.
    std::optional<Lookup> lookup;
    std::optional<Connect> connect;
    std::optional<Handshake> handshake; ///< present once the TCP connection was made and TLS was tried
    std::optional<TlsStep> verdict;     ///< TLS 1.3 with a CertificateRequest: the wait for the server's judgement
    std::optional<HttpExchange> http;   ///< https:// targets, once the handshake succeeded
    bool cancelled = false;
};

} // namespace certdesk
