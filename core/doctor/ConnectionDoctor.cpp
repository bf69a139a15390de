#include "doctor/ConnectionDoctor.h"

#include "crypto/OpenSslUtil.h"
#include "expiry/Clock.h"

#include <QFile>
#include <QObject>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace certdesk::ossl {

// The TLS types are used by the doctor alone (the rest of core needs libcrypto only), so their deleters live here.
template <> struct Deleter<SSL>
{
    void operator()(SSL* p) const { SSL_free(p); }
};
template <> struct Deleter<SSL_CTX>
{
    void operator()(SSL_CTX* p) const { SSL_CTX_free(p); }
};
template <> struct Deleter<X509_STORE_CTX>
{
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
};

} // namespace certdesk::ossl

namespace certdesk {

namespace {

using SteadyClock = std::chrono::steady_clock;

// TLS alert descriptions (RFC 8446 §6), by number.
constexpr int kAlertCloseNotify = 0;
constexpr int kAlertHandshakeFailure = 40;
constexpr int kAlertBadCertificate = 42;
constexpr int kAlertUnsupportedCertificate = 43;
constexpr int kAlertCertificateRevoked = 44;
constexpr int kAlertCertificateExpired = 45;
constexpr int kAlertCertificateUnknown = 46;
constexpr int kAlertUnknownCa = 48;
constexpr int kAlertAccessDenied = 49;
constexpr int kAlertDecryptError = 51;
constexpr int kAlertProtocolVersion = 70;
constexpr int kAlertInsufficientSecurity = 71;
constexpr int kAlertInternalError = 80;
constexpr int kAlertUnrecognizedName = 112;
constexpr int kAlertCertificateRequired = 116;

/// TLS 1.3 can only be rejected after SSL_connect returned: this long at most is spent waiting for the verdict.
constexpr int kVerdictWaitMs = 3000;
/// Enough of an HTTP answer for its status line, headers and an error page.
constexpr qsizetype kHttpAnswerLimit = 64 * 1024;
/// More apart than this, the local clock and the server's Date header disagree.
constexpr qint64 kClockToleranceSeconds = 300;

QString nameText(const X509_NAME* name)
{
    return peerNameText(name);
}

QString dateText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString quoted(const QString& text)
{
    return QObject::tr("“%1”").arg(text);
}

QString alertName(int description)
{
    switch (description) {
    case kAlertCloseNotify:
        return QStringLiteral("close_notify");
    case 10:
        return QStringLiteral("unexpected_message");
    case 20:
        return QStringLiteral("bad_record_mac");
    case kAlertHandshakeFailure:
        return QStringLiteral("handshake_failure");
    case kAlertBadCertificate:
        return QStringLiteral("bad_certificate");
    case kAlertUnsupportedCertificate:
        return QStringLiteral("unsupported_certificate");
    case kAlertCertificateRevoked:
        return QStringLiteral("certificate_revoked");
    case kAlertCertificateExpired:
        return QStringLiteral("certificate_expired");
    case kAlertCertificateUnknown:
        return QStringLiteral("certificate_unknown");
    case 47:
        return QStringLiteral("illegal_parameter");
    case kAlertUnknownCa:
        return QStringLiteral("unknown_ca");
    case kAlertAccessDenied:
        return QStringLiteral("access_denied");
    case 50:
        return QStringLiteral("decode_error");
    case kAlertDecryptError:
        return QStringLiteral("decrypt_error");
    case kAlertProtocolVersion:
        return QStringLiteral("protocol_version");
    case kAlertInsufficientSecurity:
        return QStringLiteral("insufficient_security");
    case kAlertInternalError:
        return QStringLiteral("internal_error");
    case 90:
        return QStringLiteral("user_canceled");
    case 109:
        return QStringLiteral("missing_extension");
    case 110:
        return QStringLiteral("unsupported_extension");
    case kAlertUnrecognizedName:
        return QStringLiteral("unrecognized_name");
    case 115:
        return QStringLiteral("unknown_psk_identity");
    case kAlertCertificateRequired:
        return QStringLiteral("certificate_required");
    case 120:
        return QStringLiteral("no_application_protocol");
    default:
        return QStringLiteral("alert %1").arg(description);
    }
}

/// A point in time every wait of one step is bounded by.
class Deadline
{
public:
    explicit Deadline(int milliseconds) : m_end(SteadyClock::now() + std::chrono::milliseconds(milliseconds)) {}
    int remainingMs() const
    {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_end - SteadyClock::now()).count();
        return left > 0 ? static_cast<int>(left) : 0;
    }
    bool passed() const { return remainingMs() == 0; }

private:
    SteadyClock::time_point m_end;
};

enum class Wait
{
    Ready,
    TimedOut,
    Cancelled,
};

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

/// Polls in slices of 100 ms so a cancel request is noticed quickly.
Wait waitForSocket(int fd, short events, const Deadline& deadline, const std::atomic<bool>* cancel)
{
    for (;;) {
        if (isCancelled(cancel))
            return Wait::Cancelled;
        const int slice = std::min(deadline.remainingMs(), 100);
        if (slice == 0)
            return Wait::TimedOut;
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, slice);
        if (ready > 0)
            return Wait::Ready;
        if (ready < 0 && errno != EINTR)
            return Wait::Ready; // let the next read or write report the error
    }
}

/// A socket descriptor closed when it goes out of scope.
class Socket
{
public:
    Socket() = default;
    explicit Socket(int fd) : m_fd(fd) {}
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(Socket&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Socket& operator=(Socket&& other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

// A socket BIO that writes with MSG_NOSIGNAL: a server that hangs up after its alert must not kill the process (or
// the GUI) with SIGPIPE, and changing the process's signal handling is not core's business.
struct SocketBioData
{
    int fd = -1;
    bool eof = false;
    int lastErrno = 0;
};

bool isRetryable(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
}

int socketBioWrite(BIO* bio, const char* data, int length)
{
    auto* socket = static_cast<SocketBioData*>(BIO_get_data(bio));
    BIO_clear_retry_flags(bio);
    const ssize_t sent = ::send(socket->fd, data, static_cast<size_t>(length), MSG_NOSIGNAL);
    if (sent < 0) {
        socket->lastErrno = errno;
        if (isRetryable(errno))
            BIO_set_retry_write(bio);
    }
    return static_cast<int>(sent);
}

int socketBioRead(BIO* bio, char* data, int length)
{
    auto* socket = static_cast<SocketBioData*>(BIO_get_data(bio));
    BIO_clear_retry_flags(bio);
    const ssize_t received = ::recv(socket->fd, data, static_cast<size_t>(length), 0);
    if (received == 0)
        socket->eof = true;
    if (received < 0) {
        socket->lastErrno = errno;
        if (isRetryable(errno))
            BIO_set_retry_read(bio);
    }
    return static_cast<int>(received);
}

long socketBioControl(BIO* bio, int command, long, void*)
{
    switch (command) {
    case BIO_CTRL_FLUSH:
        return 1;
    case BIO_CTRL_EOF:
        return static_cast<SocketBioData*>(BIO_get_data(bio))->eof ? 1 : 0;
    default:
        return 0;
    }
}

const BIO_METHOD* socketBioMethod()
{
    static BIO_METHOD* const method = [] {
        BIO_METHOD* created = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "certdesk doctor socket");
        BIO_meth_set_write(created, socketBioWrite);
        BIO_meth_set_read(created, socketBioRead);
        BIO_meth_set_ctrl(created, socketBioControl);
        return created;
    }();
    return method;
}

/// What the callbacks see of one handshake (reached through SSL_get_app_data).
struct HandshakeState
{
    struct VerifyProblem
    {
        int error = 0;
        int depth = 0;
        QString subject;
    };
    std::vector<VerifyProblem> verifyProblems;
    bool certificateRequested = false;
    std::vector<ossl::UniquePtr<X509_NAME>> acceptableCas;
    bool certificateSent = false;
    int receivedAlert = -1; ///< the first alert from the server other than close_notify
    bool closeNotify = false;
    bool ticketReceived = false;
};

HandshakeState* stateOf(const SSL* ssl)
{
    return static_cast<HandshakeState*>(SSL_get_app_data(ssl));
}

// Observe, do not refuse: the handshake goes on with an unverified server so the client side is examined too; the
// findings say what was wrong with the server.
int verifyCallback(int preverified, X509_STORE_CTX* store)
{
    if (!preverified) {
        auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        X509* current = X509_STORE_CTX_get_current_cert(store);
        stateOf(ssl)->verifyProblems.push_back({X509_STORE_CTX_get_error(store), X509_STORE_CTX_get_error_depth(store),
                                                current ? nameText(X509_get_subject_name(current)) : QString()});
    }
    return 1;
}

/// Called when the server asks for a client certificate (TLS 1.2 and 1.3): remember the CA names it accepts.
int certificateRequestCallback(SSL* ssl, void*)
{
    HandshakeState* state = stateOf(ssl);
    state->certificateRequested = true;
    state->acceptableCas.clear();
    if (const STACK_OF(X509_NAME)* names = SSL_get0_peer_CA_list(ssl)) {
        for (int i = 0; i < sk_X509_NAME_num(names); ++i)
            state->acceptableCas.emplace_back(X509_NAME_dup(sk_X509_NAME_value(names, i)));
    }
    return 1;
}

/// Handshake messages and alerts as they pass: was our Certificate message empty, which alert came, did a session
/// ticket arrive (TLS 1.3 servers send tickets once they accepted the client's Finished, certificate included).
void messageCallback(int written, int version, int contentType, const void* buffer, size_t length, SSL* ssl, void*)
{
    HandshakeState* state = stateOf(ssl);
    const auto* bytes = static_cast<const unsigned char*>(buffer);
    if (contentType == SSL3_RT_ALERT && length >= 2 && !written) {
        if (bytes[1] == kAlertCloseNotify)
            state->closeNotify = true;
        else if (state->receivedAlert < 0)
            state->receivedAlert = bytes[1];
        return;
    }
    if (contentType != SSL3_RT_HANDSHAKE || length < 4)
        return;
    if (written && bytes[0] == SSL3_MT_CERTIFICATE) {
        // TLS 1.3: type, length(3), context length(1), context, list length(3); TLS 1.2: type, length(3), list(3).
        std::size_t listAt = 4;
        if (version == TLS1_3_VERSION)
            listAt = 5 + bytes[4];
        if (length >= listAt + 3)
            state->certificateSent = (bytes[listAt] | bytes[listAt + 1] | bytes[listAt + 2]) != 0;
    } else if (!written && bytes[0] == SSL3_MT_CERTIFICATE_REQUEST) {
        state->certificateRequested = true;
    } else if (!written && bytes[0] == SSL3_MT_NEWSESSION_TICKET) {
        state->ticketReceived = true;
    }
}

/// How one SSL_connect / SSL_read / SSL_write ended after waiting through WANT_READ and WANT_WRITE.
struct SslIo
{
    enum class Outcome
    {
        Done,
        Closed, ///< the peer closed (close_notify or plain EOF)
        Failed,
        TimedOut,
        Cancelled,
        Stopped, ///< the caller's stop condition held while waiting
    };
    Outcome outcome = Outcome::Failed;
    int bytes = 0;
    int sslError = 0;
    unsigned long errorCode = 0; ///< OpenSSL's first error, for its reason
    int socketError = 0;
    QString detail;
};

template <typename Operation, typename Stop>
SslIo driveSsl(SSL* ssl, SocketBioData& socket, const Deadline& deadline, const std::atomic<bool>* cancel,
               Operation operation, Stop stop)
{
    SslIo io;
    for (;;) {
        if (isCancelled(cancel)) {
            io.outcome = SslIo::Outcome::Cancelled;
            return io;
        }
        ERR_clear_error();
        socket.lastErrno = 0;
        const int result = operation();
        if (result > 0) {
            io.outcome = SslIo::Outcome::Done;
            io.bytes = result;
            return io;
        }
        io.sslError = SSL_get_error(ssl, result);
        if (io.sslError == SSL_ERROR_WANT_READ || io.sslError == SSL_ERROR_WANT_WRITE) {
            if (stop()) {
                io.outcome = SslIo::Outcome::Stopped;
                return io;
            }
            const Wait wait =
                waitForSocket(socket.fd, io.sslError == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline, cancel);
            if (wait == Wait::TimedOut) {
                io.outcome = SslIo::Outcome::TimedOut;
                return io;
            }
            if (wait == Wait::Cancelled) {
                io.outcome = SslIo::Outcome::Cancelled;
                return io;
            }
            continue;
        }
        io.errorCode = ERR_peek_error();
        io.socketError = socket.lastErrno;
        io.detail = ossl::drainErrors();
        if (io.socketError != 0) {
            const QString text = QString::fromLocal8Bit(std::strerror(io.socketError));
            io.detail = io.detail.isEmpty() ? text : io.detail + QStringLiteral("; ") + text;
        }
        const bool unexpectedEof = ERR_GET_LIB(io.errorCode) == ERR_LIB_SSL &&
                                   ERR_GET_REASON(io.errorCode) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
        io.outcome = io.sslError == SSL_ERROR_ZERO_RETURN || unexpectedEof ||
                             (io.sslError == SSL_ERROR_SYSCALL && io.socketError == 0)
                         ? SslIo::Outcome::Closed
                         : SslIo::Outcome::Failed;
        return io;
    }
}

template <typename Operation>
SslIo driveSsl(SSL* ssl, SocketBioData& socket, const Deadline& deadline, const std::atomic<bool>* cancel,
               Operation operation)
{
    return driveSsl(ssl, socket, deadline, cancel, operation, [] { return false; });
}

/// One resolved address to try.
struct Endpoint
{
    sockaddr_storage address{};
    socklen_t length = 0;
    QString text;
};

QString addressText(const sockaddr* address, socklen_t length)
{
    char host[NI_MAXHOST] = {};
    if (::getnameinfo(address, length, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return QString::fromLatin1(host);
}

/// getaddrinfo on its own thread: it cannot be cancelled or bounded, a waiting user can. An abandoned lookup frees
/// its own result when it finally returns.
struct Lookup
{
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    bool abandoned = false;
    int status = 0;
    addrinfo* result = nullptr;
};

/// The names a client certificate's path can be recognised by in a server's list of acceptable CAs.
std::vector<const X509_NAME*> pathNames(const Certificate& leaf, const QList<Certificate>& chain)
{
    std::vector<const X509_NAME*> names{X509_get_issuer_name(leaf.handle())};
    for (const Certificate& certificate : chain) {
        names.push_back(X509_get_subject_name(certificate.handle()));
        names.push_back(X509_get_issuer_name(certificate.handle()));
    }
    return names;
}

bool usableForClientAuth(const Certificate& certificate)
{
    const QStringList eku = certificate.extendedKeyUsage();
    if (!eku.isEmpty() && !eku.contains(QLatin1String("clientAuth")) &&
        !eku.contains(QLatin1String("anyExtendedKeyUsage")))
        return false;
    const QStringList usage = certificate.keyUsage();
    return usage.isEmpty() || usage.contains(QLatin1String("digitalSignature"));
}

/// One run of the doctor: owns the findings and walks the steps in order.
class DoctorRun
{
public:
    explicit DoctorRun(const DoctorOptions& options) : m_options(options), m_now(Clock::now()) {}

    Result<DoctorReport> execute();

private:
    qsizetype add(const QString& code, DoctorFinding::Severity severity, DoctorFinding::Area area,
                  const QString& message, const QString& nextStep = {}, const QString& detail = {})
    {
        m_report.findings.append(DoctorFinding{code, severity, area, message, nextStep, detail});
        return m_report.findings.size() - 1;
    }
    bool cancelled()
    {
        if (isCancelled(m_options.cancel))
            m_report.cancelled = true;
        return m_report.cancelled;
    }
    QString identityLabel() const { return quoted(m_options.identity->name); }
    QString hostPort() const
    {
        const DoctorTarget& target = m_options.target;
        return target.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
                                                      : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    }

    Result<ossl::UniquePtr<SSL_CTX>> createContext();
    void completeChain(X509_STORE* trusted);
    void checkIdentity();
    std::optional<std::vector<Endpoint>> resolve();
    std::optional<Socket> connectTo(const std::vector<Endpoint>& endpoints);
    void handshake(SSL_CTX* context, Socket& socket);
    void examineServerCertificate(const HandshakeState& state);
    void examineCertificateRequest(const HandshakeState& state);
    QStringList matchingIdentities(const HandshakeState& state) const;
    void explainAlert(const HandshakeState& state, const QString& when, const QString& opensslDetail);
    void explainFailure(const HandshakeState& state, const SslIo& io);
    void explainSilentClose(const HandshakeState& state, const QString& detail);
    void requestHttp(SSL* ssl, SocketBioData& socket, HandshakeState& state);
    void noteClock(const QString& reason);

    const DoctorOptions& m_options;
    DoctorReport m_report;
    QDateTime m_now;
    /// The identity's chain as it will be sent: the vault's chain, completed from CA certificates the vault keeps.
    QList<Certificate> m_chain;
    bool m_chainIncomplete = false;
    qsizetype m_chainFinding = -1;
    bool m_identityNotYetValid = false;
    bool m_clockNoted = false;
};

Result<DoctorReport> DoctorRun::execute()
{
    m_report.target = m_options.target;
    if (m_options.identity) {
        m_report.identityId = m_options.identity->id;
        m_report.identityName = m_options.identity->name;
        m_report.identityCertificate = m_options.identity->certificate;
    }
    auto context = createContext();
    if (!context)
        return context.error();
    if (m_options.identity)
        checkIdentity();
    if (cancelled())
        return m_report;
    const auto endpoints = resolve();
    if (!endpoints || cancelled())
        return m_report;
    auto socket = connectTo(*endpoints);
    if (!socket || cancelled())
        return m_report;
    add(QStringLiteral("connected"), DoctorFinding::Severity::Ok, DoctorFinding::Area::Connection,
        m_report.address == m_options.target.host
            ? QObject::tr("Reached %1 on port %2.").arg(m_report.address).arg(m_options.target.port)
            : QObject::tr("Reached %1 (%2) on port %3.")
                  .arg(m_options.target.host, m_report.address)
                  .arg(m_options.target.port));
    handshake(context.value().get(), *socket);
    return m_report;
}

Result<ossl::UniquePtr<SSL_CTX>> DoctorRun::createContext()
{
    ossl::UniquePtr<SSL_CTX> context(SSL_CTX_new(TLS_client_method()));
    if (!context) {
        return makeError(ErrorCode::BadInput, QObject::tr("CertDesk cannot start a TLS connection (OpenSSL failed)."),
                         ossl::drainErrors(), QStringLiteral("tls-setup-failed"));
    }
    SSL_CTX_set_min_proto_version(context.get(), TLS1_2_VERSION);
    SSL_CTX_set_default_verify_paths(context.get());
    ERR_clear_error(); // a missing default directory is not an error worth reporting
    if (!m_options.caFile.isEmpty()) {
        const QByteArray path = QFile::encodeName(m_options.caFile);
        if (X509_STORE_load_file(SSL_CTX_get_cert_store(context.get()), path.constData()) != 1) {
            return makeError(ErrorCode::BadInput,
                             QObject::tr("CertDesk cannot read CA certificates from “%1”; give a PEM file of CA "
                                         "certificates.")
                                 .arg(m_options.caFile),
                             ossl::drainErrors(), QStringLiteral("bad-ca-file"));
        }
    }
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, verifyCallback);
    SSL_CTX_set_cert_cb(context.get(), certificateRequestCallback, nullptr);
    SSL_CTX_set_msg_callback(context.get(), messageCallback);
    if (m_options.identity) {
        const DoctorIdentity& identity = *m_options.identity;
        completeChain(SSL_CTX_get_cert_store(context.get()));
        if (SSL_CTX_use_certificate(context.get(), identity.certificate.handle()) != 1 ||
            SSL_CTX_use_PrivateKey(context.get(), identity.key.handle()) != 1 ||
            SSL_CTX_check_private_key(context.get()) != 1) {
            return makeError(ErrorCode::BadInput,
                             QObject::tr("The private key of %1 does not belong to its certificate, so it cannot be "
                                         "used to sign in.")
                                 .arg(quoted(identity.name)),
                             ossl::drainErrors(), QStringLiteral("key-mismatch"));
        }
        for (const Certificate& certificate : m_chain) {
            // The root stays home: the server must have it already, sending it proves nothing.
            if (!certificate.isSelfSigned())
                SSL_CTX_add1_chain_cert(context.get(), certificate.handle());
        }
    }
    return context;
}

void DoctorRun::completeChain(X509_STORE* trusted)
{
    const DoctorIdentity& identity = *m_options.identity;
    QList<Certificate> pool = identity.chain;
    for (const VaultEntry& entry : m_options.vaultEntries) {
        if (entry.certificate.isNull())
            continue;
        if (entry.certificate.isCa())
            pool << entry.certificate;
        pool << entry.chain;
    }
    m_chain = buildChain(identity.certificate, pool);
    // A CA certificate above the leaf is what CAs hand out: the root missing above it is one the server must hold
    // anyway. With nothing above the leaf, its issuer may be a root (fine) or an intermediate (the server needs it).
    if (!m_chain.isEmpty() || identity.certificate.isSelfSigned())
        return;
    ossl::UniquePtr<X509_STORE_CTX> lookup(X509_STORE_CTX_new());
    X509* issuer = nullptr;
    if (lookup && X509_STORE_CTX_init(lookup.get(), trusted, identity.certificate.handle(), nullptr) == 1 &&
        X509_STORE_CTX_get1_issuer(&issuer, lookup.get(), identity.certificate.handle()) == 1) {
        const Certificate found = Certificate::adopt(issuer);
        if (!found.isSelfSigned())
            m_chain << found;
        return;
    }
    ERR_clear_error();
    m_chainIncomplete = true;
}

void DoctorRun::checkIdentity()
{
    const DoctorIdentity& identity = *m_options.identity;
    const Certificate& certificate = identity.certificate;
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;

    const QStringList eku = certificate.extendedKeyUsage();
    const QStringList usage = certificate.keyUsage();
    const QString purposes = QObject::tr("extended key usage: %1; key usage: %2")
                                 .arg(eku.isEmpty() ? QObject::tr("(none)") : eku.join(QStringLiteral(", ")),
                                      usage.isEmpty() ? QObject::tr("(none)") : usage.join(QStringLiteral(", ")));
    if (!eku.isEmpty() && !eku.contains(QLatin1String("clientAuth")) &&
        !eku.contains(QLatin1String("anyExtendedKeyUsage"))) {
        add(QStringLiteral("identity-not-for-client-auth"), Severity::Error, Area::Identity,
            QObject::tr("%1 is not made for signing in to services: its certificate allows %2, but not TLS client "
                        "authentication. Servers refuse it.")
                .arg(identityLabel(), eku.join(QStringLiteral(", "))),
            QObject::tr(
                "Use another identity, or request a new certificate with the client profile (certdesk-cli request "
                "--profile client …)."),
            purposes);
    } else if (!usage.isEmpty() && !usage.contains(QLatin1String("digitalSignature"))) {
        add(QStringLiteral("identity-not-for-client-auth"), Severity::Error, Area::Identity,
            QObject::tr("%1 may not be used for signatures (its key usage is %2), and signing in with a certificate "
                        "is a signature. Servers refuse it.")
                .arg(identityLabel(), usage.join(QStringLiteral(", "))),
            QObject::tr(
                "Use another identity, or request a new certificate with the client profile (certdesk-cli request "
                "--profile client …)."),
            purposes);
    }

    const QString validity =
        QObject::tr("valid from %1 to %2; this computer's time: %3")
            .arg(dateText(certificate.notBefore()), dateText(certificate.notAfter()), dateText(m_now));
    if (certificate.notAfter() < m_now) {
        add(QStringLiteral("identity-expired"), Severity::Error, Area::Identity,
            QObject::tr("%1 expired on %2. Servers refuse expired certificates.")
                .arg(identityLabel(), dateText(certificate.notAfter())),
            QObject::tr("Renew it: certdesk-cli renew %1, send the request to your certificate authority, then import "
                        "what it sends back with certdesk-cli import FILE --replace.")
                .arg(identity.id),
            validity);
    } else if (certificate.notBefore() > m_now) {
        m_identityNotYetValid = true;
        add(QStringLiteral("identity-not-yet-valid"), Severity::Error, Area::Identity,
            QObject::tr("%1 is valid only from %2, and this computer says it is %3 now.")
                .arg(identityLabel(), dateText(certificate.notBefore()), dateText(m_now)),
            QObject::tr(
                "If the date is right, wait until the certificate becomes valid; if this computer's clock is wrong, "
                "correct it."),
            validity);
    }

    if (m_chainIncomplete) {
        m_chainFinding = add(
            QStringLiteral("chain-incomplete"), Severity::Warning, Area::Identity,
            QObject::tr("CertDesk does not have the certificate of %1, the authority that issued %2. If it is an "
                        "intermediate CA, servers that do not already know it will refuse your certificate.")
                .arg(quoted(certificate.issuer()), identityLabel()),
            QObject::tr(
                "Import the CA certificates your certificate authority sent with your certificate (certdesk-cli import "
                "FILE); CertDesk then sends them along."),
            QObject::tr("Certificate: subject %1; issuer %2; no CA certificate for %2 in the vault or the trust store")
                .arg(certificate.subject(), certificate.issuer()));
    }
}

std::optional<std::vector<Endpoint>> DoctorRun::resolve()
{
    const DoctorTarget& target = m_options.target;
    auto lookup = std::make_shared<Lookup>();
    const QByteArray host = target.host.toUtf8();
    const QByteArray service = QByteArray::number(target.port);
    std::thread([lookup, host, service] {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_NUMERICSERV;
        addrinfo* result = nullptr;
        const int status = ::getaddrinfo(host.constData(), service.constData(), &hints, &result);
        std::lock_guard lock(lookup->mutex);
        if (lookup->abandoned) {
            if (result)
                ::freeaddrinfo(result);
            return;
        }
        lookup->status = status;
        lookup->result = result;
        lookup->done = true;
        lookup->finished.notify_all();
    }).detach();

    const Deadline deadline(m_options.timeoutMs);
    std::unique_lock lock(lookup->mutex);
    while (!lookup->done && !deadline.passed() && !isCancelled(m_options.cancel))
        lookup->finished.wait_for(lock, std::chrono::milliseconds(std::min(deadline.remainingMs(), 100)));
    if (!lookup->done) {
        lookup->abandoned = true;
        if (isCancelled(m_options.cancel)) {
            m_report.cancelled = true;
            return std::nullopt;
        }
        add(QStringLiteral("dns-failed"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr("Looking up the name %1 took longer than %2 seconds. This is not a certificate problem.")
                .arg(quoted(target.host))
                .arg(m_options.timeoutMs / 1000),
            QObject::tr("Check the network connection and the name servers it uses, then try again."),
            QObject::tr("getaddrinfo(%1) did not return within %2 ms").arg(target.host).arg(m_options.timeoutMs));
        return std::nullopt;
    }
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> result(lookup->result, ::freeaddrinfo);
    if (lookup->status != 0) {
        const QString detail = QStringLiteral("getaddrinfo(%1): %2")
                                   .arg(target.host, QString::fromLocal8Bit(::gai_strerror(lookup->status)));
        const bool temporary = lookup->status == EAI_AGAIN;
        add(QStringLiteral("dns-failed"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            temporary
                ? QObject::tr("The name servers did not answer for %1 right now. This is not a certificate "
                              "problem.")
                      .arg(quoted(target.host))
                : QObject::tr("The name %1 was not found. This is not a certificate problem.").arg(quoted(target.host)),
            temporary
                ? QObject::tr("Check the network connection and try again in a moment.")
                : QObject::tr("Check the spelling of the address. If it is right, the name may exist only inside your "
                              "organisation's network: connect to its VPN and try again."),
            detail);
        return std::nullopt;
    }
    std::vector<Endpoint> endpoints;
    for (const addrinfo* entry = result.get(); entry; entry = entry->ai_next) {
        if (entry->ai_addrlen > sizeof(sockaddr_storage))
            continue;
        Endpoint endpoint;
        std::memcpy(&endpoint.address, entry->ai_addr, entry->ai_addrlen);
        endpoint.length = entry->ai_addrlen;
        endpoint.text = addressText(entry->ai_addr, entry->ai_addrlen);
        endpoints.push_back(endpoint);
    }
    return endpoints;
}

std::optional<Socket> DoctorRun::connectTo(const std::vector<Endpoint>& endpoints)
{
    const DoctorTarget& target = m_options.target;
    const Deadline deadline(m_options.timeoutMs);
    QStringList attempts;
    bool refused = false;
    bool timedOut = false;
    for (const Endpoint& endpoint : endpoints) {
        Socket socket(::socket(endpoint.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        if (!socket.isValid()) {
            attempts
                << QStringLiteral("%1: socket: %2").arg(endpoint.text, QString::fromLocal8Bit(std::strerror(errno)));
            continue;
        }
        int error = 0;
        if (::connect(socket.fd(), reinterpret_cast<const sockaddr*>(&endpoint.address), endpoint.length) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                const Wait wait = waitForSocket(socket.fd(), POLLOUT, deadline, m_options.cancel);
                if (wait == Wait::Cancelled) {
                    m_report.cancelled = true;
                    return std::nullopt;
                }
                if (wait == Wait::TimedOut) {
                    timedOut = true;
                    attempts
                        << QStringLiteral("%1: no answer within %2 ms").arg(endpoint.text).arg(m_options.timeoutMs);
                    break;
                }
                socklen_t length = sizeof error;
                if (::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                    error = errno;
            }
        }
        if (error == 0) {
            m_report.address = endpoint.text;
            return socket;
        }
        refused = refused || error == ECONNREFUSED;
        timedOut = timedOut || error == ETIMEDOUT;
        attempts << QStringLiteral("%1: %2").arg(endpoint.text, QString::fromLocal8Bit(std::strerror(error)));
    }
    const QString detail = attempts.join(QStringLiteral("; "));
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    if (refused) {
        add(QStringLiteral("connect-refused"), Severity::Error, Area::Connection,
            QObject::tr("Nothing accepts connections on port %1 of %2: the connection was refused. This is not a "
                        "certificate problem.")
                .arg(target.port)
                .arg(target.host),
            QObject::tr(
                "Check the address and port. If they are right, the service is not running or a firewall rejects "
                "the connection: tell the service's administrators."),
            detail);
    } else if (timedOut) {
        add(QStringLiteral("connect-timeout"), Severity::Error, Area::Connection,
            QObject::tr("%1 did not answer on port %2 within %3 seconds. This is not a certificate problem.")
                .arg(target.host)
                .arg(target.port)
                .arg(m_options.timeoutMs / 1000),
            QObject::tr(
                "A firewall may drop the connection, or the service may be reachable only through your organisation's "
                "VPN: check the network and try again."),
            detail);
    } else {
        add(QStringLiteral("connect-failed"), Severity::Error, Area::Connection,
            QObject::tr("CertDesk cannot reach %1 on port %2. This is not a certificate problem.")
                .arg(target.host)
                .arg(target.port),
            QObject::tr("Check the network connection (and a VPN, if the service needs one), then try again."), detail);
    }
    return std::nullopt;
}

void DoctorRun::handshake(SSL_CTX* context, Socket& socket)
{
    const DoctorTarget& target = m_options.target;
    HandshakeState state;
    SocketBioData bioData{socket.fd()};
    ossl::UniquePtr<SSL> ssl(SSL_new(context));
    BIO* bio = ssl ? BIO_new(socketBioMethod()) : nullptr;
    if (!ssl || !bio) {
        add(QStringLiteral("tls-failed"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr("CertDesk cannot start a TLS connection (OpenSSL failed)."), {}, ossl::drainErrors());
        return;
    }
    BIO_set_data(bio, &bioData);
    BIO_set_init(bio, 1);
    SSL_set_bio(ssl.get(), bio, bio);
    SSL_set_app_data(ssl.get(), &state);
    // RFC 6066: server names only, never addresses.
    if (!target.hostIsAddress())
        SSL_set_tlsext_host_name(ssl.get(), target.host.toUtf8().constData());

    const SslIo connected = driveSsl(ssl.get(), bioData, Deadline(m_options.timeoutMs), m_options.cancel,
                                     [&] { return SSL_connect(ssl.get()); });
    if (connected.outcome == SslIo::Outcome::Cancelled) {
        m_report.cancelled = true;
        return;
    }
    if (STACK_OF(X509)* chain = SSL_get_peer_cert_chain(ssl.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            m_report.serverChain << Certificate::adopt(ossl::upRef(sk_X509_value(chain, i)).release());
    }
    examineServerCertificate(state);
    const bool established = connected.outcome == SslIo::Outcome::Done;
    if (established) {
        m_report.tlsVersion =
            QString::fromLatin1(SSL_get_version(ssl.get())).replace(QLatin1String("TLSv"), QLatin1String("TLS "));
        m_report.cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(ssl.get())));
    }
    if (established || state.certificateRequested)
        examineCertificateRequest(state);
    if (state.certificateSent && SSL_version(ssl.get()) == TLS1_2_VERSION) {
        // True whether or not the server then accepted the certificate: it has crossed the network in clear.
        add(QStringLiteral("tls12-client-cert-visible"), DoctorFinding::Severity::Info, DoctorFinding::Area::Connection,
            QObject::tr("The server uses TLS 1.2, where the client certificate travels unencrypted: anyone on the "
                        "network path can see that %1 (%2) connected here.")
                .arg(identityLabel(), quoted(m_options.identity->certificate.subject())),
            QObject::tr("Nothing to do for the connection itself. If that matters for your privacy, ask the service's "
                        "administrators to enable TLS 1.3."),
            QObject::tr("Negotiated TLS 1.2%1")
                .arg(m_report.cipher.isEmpty() ? QString() : QStringLiteral(", ") + m_report.cipher));
    }

    if (!established) {
        if (connected.outcome == SslIo::Outcome::TimedOut) {
            add(QStringLiteral("handshake-timeout"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
                QObject::tr("%1 accepted the connection but did not complete the TLS handshake within %2 seconds.")
                    .arg(hostPort())
                    .arg(m_options.timeoutMs / 1000),
                QObject::tr(
                    "The service may be overloaded, or this port may not speak TLS. Check the port, and try again "
                    "later."),
                state.certificateRequested ? QObject::tr("The server had asked for a client certificate.") : QString());
        } else {
            explainFailure(state, connected);
        }
        return;
    }

    const bool tls13 = SSL_version(ssl.get()) == TLS1_3_VERSION;
    if (tls13 && state.certificateRequested) {
        // In TLS 1.3 the client finishes first: the server judges the certificate afterwards and answers with an alert
        // or, in OpenSSL-based servers, with session tickets. Read until one of them (or data) arrives.
        char buffer[4096];
        const SslIo verdict = driveSsl(
            ssl.get(), bioData, Deadline(std::min(m_options.timeoutMs, kVerdictWaitMs)), m_options.cancel,
            [&] { return SSL_read(ssl.get(), buffer, sizeof buffer); }, [&] { return state.ticketReceived; });
        if (verdict.outcome == SslIo::Outcome::Cancelled) {
            m_report.cancelled = true;
            return;
        }
        if (state.receivedAlert >= 0) {
            explainAlert(state, QObject::tr("after the handshake"), verdict.detail);
            return;
        }
        if (verdict.outcome == SslIo::Outcome::Closed || verdict.outcome == SslIo::Outcome::Failed) {
            explainSilentClose(state, verdict.detail);
            return;
        }
    }
    if (target.isHttps()) {
        requestHttp(ssl.get(), bioData, state);
    } else if (state.certificateSent) {
        add(QStringLiteral("accepted"), DoctorFinding::Severity::Ok, DoctorFinding::Area::Identity,
            QObject::tr("The server accepted %1 (%2, %3).").arg(identityLabel(), m_report.tlsVersion, m_report.cipher));
    } else {
        add(QStringLiteral("accepted"), DoctorFinding::Severity::Ok, DoctorFinding::Area::Connection,
            QObject::tr("The TLS connection to %1 works (%2, %3); no client certificate was sent.")
                .arg(hostPort(), m_report.tlsVersion, m_report.cipher));
    }
    SSL_shutdown(ssl.get()); // a polite close_notify; its answer does not matter
}

void DoctorRun::examineServerCertificate(const HandshakeState& state)
{
    if (m_report.serverChain.isEmpty())
        return;
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    const DoctorTarget& target = m_options.target;
    const Certificate& leaf = m_report.serverChain.first();
    const QString facts = QObject::tr("Server certificate: subject %1; issuer %2; serial %3; valid %4 to %5; names %6")
                              .arg(leaf.subject(), leaf.issuer(), leaf.serialHex(), dateText(leaf.notBefore()),
                                   dateText(leaf.notAfter()), leaf.subjectAltNames().join(QStringLiteral(", ")));
    QStringList trustProblems;
    bool problems = false;
    bool expiredReported = false;
    bool notYetValidReported = false;
    for (const HandshakeState::VerifyProblem& problem : state.verifyProblems) {
        const QString text =
            QStringLiteral("depth %1 (%2): %3")
                .arg(problem.depth)
                .arg(problem.subject, QString::fromLatin1(X509_verify_cert_error_string(problem.error)));
        problems = true;
        if (problem.error == X509_V_ERR_CERT_HAS_EXPIRED) {
            if (expiredReported)
                continue;
            expiredReported = true;
            const Certificate& expired =
                problem.depth < m_report.serverChain.size() ? m_report.serverChain[problem.depth] : leaf;
            add(QStringLiteral("server-expired"), Severity::Error, Area::ServerCertificate,
                problem.depth == 0
                    ? QObject::tr("The server's own certificate expired on %1. This is the server's problem, not "
                                  "your certificate's.")
                          .arg(dateText(expired.notAfter()))
                    : QObject::tr("A CA certificate the server sends (%1) expired on %2. This is the server's "
                                  "problem, not your certificate's.")
                          .arg(quoted(expired.subject()), dateText(expired.notAfter())),
                QObject::tr("Tell the service's administrators that its certificate must be renewed (unless this "
                            "computer's clock is wrong: it says %1).")
                    .arg(dateText(m_now)),
                text + QStringLiteral("; ") + facts);
        } else if (problem.error == X509_V_ERR_CERT_NOT_YET_VALID) {
            if (notYetValidReported)
                continue;
            notYetValidReported = true;
            add(QStringLiteral("server-not-yet-valid"), Severity::Error, Area::ServerCertificate,
                QObject::tr("The server's certificate is valid only from %1, and this computer says it is %2 now.")
                    .arg(dateText(leaf.notBefore()), dateText(QDateTime::currentDateTimeUtc())),
                QObject::tr(
                    "Check this computer's date and time; if they are right, tell the service's administrators."),
                text + QStringLiteral("; ") + facts);
            if (m_identityNotYetValid)
                noteClock(QObject::tr("Both your certificate and the server's are “not yet valid”."));
        } else {
            trustProblems << text;
        }
    }
    if (!trustProblems.isEmpty()) {
        const HandshakeState::VerifyProblem& first = state.verifyProblems.front();
        QString why;
        switch (first.error) {
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
            why = QObject::tr("it is self-signed, so nobody vouches for it");
            break;
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        case X509_V_ERR_CERT_UNTRUSTED: {
            const Certificate& top = m_report.serverChain.last();
            why = top.isSelfSigned()
                      ? QObject::tr("it is issued by %1, which this computer does not trust").arg(quoted(top.subject()))
                      : QObject::tr("it is issued by %1, which this computer does not know (a private CA, or the "
                                    "server fails to send an intermediate certificate)")
                            .arg(quoted(top.issuer()));
            break;
        }
        default:
            why = QString::fromLatin1(X509_verify_cert_error_string(first.error));
            break;
        }
        add(QStringLiteral("server-untrusted"), Severity::Error, Area::ServerCertificate,
            QObject::tr("This computer does not trust the server's own certificate: %1. This is about the server, not "
                        "your certificate.")
                .arg(why),
            QObject::tr(
                "If the service belongs to your organisation, its CA certificate must be trusted here: install it "
                "(certdesk-cli install CA-FILE --store system) or test with --ca-file CA-FILE. Otherwise do not sign "
                "in: this may not be the server you mean."),
            trustProblems.join(QStringLiteral("; ")) + QStringLiteral("; ") + facts);
    }
    const QByteArray host = target.host.toUtf8();
    const bool nameMatches = target.hostIsAddress()
                                 ? X509_check_ip_asc(leaf.handle(), host.constData(), 0) == 1
                                 : X509_check_host(leaf.handle(), host.constData(), static_cast<size_t>(host.size()),
                                                   X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr) == 1;
    if (!nameMatches) {
        problems = true;
        QStringList names;
        for (const QString& san : leaf.subjectAltNames()) {
            if (san.startsWith(QLatin1String("dns:")) || san.startsWith(QLatin1String("ip:")))
                names << san.mid(san.indexOf(QLatin1Char(':')) + 1);
        }
        if (names.isEmpty() && !leaf.commonName().isEmpty())
            names << leaf.commonName();
        add(QStringLiteral("server-name-mismatch"), Severity::Error, Area::ServerCertificate,
            QObject::tr("The server's certificate is for %1, not for %2, the name you connected to. Either the address "
                        "is not the usual one for this service, or the server is misconfigured.")
                .arg(names.isEmpty() ? QObject::tr("no name at all") : names.join(QStringLiteral(", ")), target.host),
            QObject::tr("Connect with the name the certificate is for, or ask the service's administrators to add %1 "
                        "to its certificate.")
                .arg(quoted(target.host)),
            facts);
    }
    if (!problems) {
        add(QStringLiteral("server-trusted"), Severity::Ok, Area::ServerCertificate,
            QObject::tr("The server's certificate is valid for %1 until %2 and issued by a trusted authority (%3).")
                .arg(target.host, dateText(leaf.notAfter()), quoted(leaf.issuer())),
            {}, facts);
    }
}

QStringList DoctorRun::matchingIdentities(const HandshakeState& state) const
{
    QStringList matches;
    if (state.acceptableCas.empty())
        return matches;
    for (const VaultEntry& entry : m_options.vaultEntries) {
        if (!entry.hasKey || entry.isPending() || entry.isArchived())
            continue;
        if (m_options.identity && entry.id == m_options.identity->id)
            continue;
        if (entry.certificate.notAfter() < m_now || entry.certificate.notBefore() > m_now ||
            !usableForClientAuth(entry.certificate))
            continue;
        bool fits = false;
        for (const X509_NAME* name : pathNames(entry.certificate, entry.chain)) {
            for (const auto& acceptable : state.acceptableCas)
                fits = fits || X509_NAME_cmp(name, acceptable.get()) == 0;
        }
        if (fits)
            matches << QStringLiteral("%1 (%2)").arg(entry.id, entry.name);
    }
    return matches;
}

void DoctorRun::examineCertificateRequest(const HandshakeState& state)
{
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    m_report.clientCertificateRequested = state.certificateRequested;
    if (!state.certificateRequested) {
        if (m_options.identity) {
            add(QStringLiteral("no-client-cert-requested"), Severity::Warning, Area::Identity,
                QObject::tr("The server did not ask for a client certificate, so %1 was not used: whatever goes wrong "
                            "with this service, your certificate is not the cause.")
                    .arg(identityLabel()),
                QObject::tr("If the service still refuses you, the reason lies elsewhere (account, permissions, or a "
                            "different address that asks for certificates); send a report of this test (--report FILE) "
                            "to its helpdesk."));
        } else {
            add(QStringLiteral("no-client-cert-requested"), Severity::Info, Area::Identity,
                QObject::tr("The server did not ask for a client certificate."));
        }
        return;
    }
    for (const auto& name : state.acceptableCas)
        m_report.acceptableCas << nameText(name.get());
    m_report.matchingIdentities = matchingIdentities(state);
    const QString accepted = m_report.acceptableCas.isEmpty()
                                 ? QObject::tr("it did not name the authorities it accepts")
                                 : QObject::tr("it accepts certificates issued by %1")
                                       .arg(m_report.acceptableCas.join(QStringLiteral("; ")));
    const QString listDetail =
        m_report.acceptableCas.isEmpty()
            ? QObject::tr("Acceptable CA names: (none sent)")
            : QObject::tr("Acceptable CA names: %1").arg(m_report.acceptableCas.join(QStringLiteral(" | ")));
    const QString others = m_report.matchingIdentities.join(QStringLiteral(", "));
    if (!m_options.identity) {
        add(QStringLiteral("client-cert-requested"), Severity::Info, Area::Identity,
            QObject::tr("The server asks for a client certificate (%1). CertDesk sent none, because no identity was "
                        "chosen.")
                .arg(accepted),
            others.isEmpty()
                ? QObject::tr("Test again with --identity ID (certdesk-cli list shows your identities).")
                : QObject::tr("These identities of yours fit: %1. Test again with --identity ID.").arg(others),
            listDetail);
        return;
    }
    const DoctorIdentity& identity = *m_options.identity;
    if (m_report.acceptableCas.isEmpty()) {
        add(QStringLiteral("client-cert-requested"), Severity::Info, Area::Identity,
            QObject::tr("The server asked for a client certificate (%1); CertDesk sent %2.")
                .arg(accepted, identityLabel()),
            {}, listDetail);
        return;
    }
    QString fitting;
    for (const X509_NAME* name : pathNames(identity.certificate, m_chain)) {
        for (const auto& acceptable : state.acceptableCas) {
            if (fitting.isEmpty() && X509_NAME_cmp(name, acceptable.get()) == 0)
                fitting = nameText(name);
        }
    }
    if (!fitting.isEmpty()) {
        if (m_chainFinding >= 0) {
            // The server names the issuer itself: it holds that certificate, nothing is missing for this server.
            m_report.findings.removeAt(m_chainFinding);
            m_chainFinding = -1;
            m_chainIncomplete = false;
        }
        add(QStringLiteral("client-cert-requested"), Severity::Info, Area::Identity,
            QObject::tr("The server asked for a client certificate (%1); CertDesk sent %2, which is issued under %3.")
                .arg(accepted, identityLabel(), quoted(fitting)),
            {}, listDetail);
        return;
    }
    add(QStringLiteral("client-cert-requested"), Severity::Info, Area::Identity,
        QObject::tr("The server asked for a client certificate (%1); CertDesk sent %2.").arg(accepted, identityLabel()),
        {}, listDetail);
    const QString instead =
        others.isEmpty()
            ? QObject::tr("None of your identities is issued by one of them: request a certificate from one of these "
                          "authorities, or ask the service's administrators which certificate it expects.")
            : QObject::tr("Use one of your identities that fits instead: %1 (certdesk-cli doctor %2 --identity ID).")
                  .arg(others, m_options.target.text);
    if (m_chainIncomplete && m_chainFinding >= 0) {
        // The issuer's own issuer is unknown here, so a mismatch by name may just be the missing link.
        DoctorFinding& finding = m_report.findings[m_chainFinding];
        finding.severity = Severity::Error;
        finding.message = QObject::tr("The server accepts certificates issued by %1. %2 is issued by %3, and CertDesk "
                                      "does not have that authority's certificate to show how it leads to them: the "
                                      "chain is incomplete.")
                              .arg(m_report.acceptableCas.join(QStringLiteral("; ")), identityLabel(),
                                   quoted(identity.certificate.issuer()));
        finding.detail += QStringLiteral("; ") + listDetail;
        return;
    }
    add(QStringLiteral("ca-not-accepted"), Severity::Error, Area::Identity,
        QObject::tr("The server accepts client certificates only from %1, but %2 is issued by %3, which is not one of "
                    "them. The server will most likely refuse it.")
            .arg(m_report.acceptableCas.join(QStringLiteral("; ")), identityLabel(),
                 quoted(identity.certificate.issuer())),
        instead, listDetail);
}

void DoctorRun::noteClock(const QString& reason)
{
    if (m_clockNoted)
        return;
    m_clockNoted = true;
    add(QStringLiteral("clock-wrong"), DoctorFinding::Severity::Warning, DoctorFinding::Area::Connection,
        QObject::tr("%1 This computer's clock looks wrong (it says %2).")
            .arg(reason, dateText(QDateTime::currentDateTimeUtc())),
        QObject::tr("Correct the date, time and time zone of this computer, then test again."));
}

void DoctorRun::explainAlert(const HandshakeState& state, const QString& when, const QString& opensslDetail)
{
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    const int alert = state.receivedAlert;
    QString detail =
        QObject::tr("The server sent the TLS alert %1 (%2) %3.").arg(alertName(alert)).arg(alert).arg(when);
    if (!opensslDetail.isEmpty())
        detail += QObject::tr(" OpenSSL: %1.").arg(opensslDetail);
    if (!m_report.acceptableCas.isEmpty())
        detail += QObject::tr(" Acceptable CA names: %1.").arg(m_report.acceptableCas.join(QStringLiteral(" | ")));
    const bool sent = state.certificateSent;
    const QString label = m_options.identity ? identityLabel() : QString();
    const QString issuer = m_options.identity ? quoted(m_options.identity->certificate.issuer()) : QString();
    const QString others = m_report.matchingIdentities.join(QStringLiteral(", "));
    const QString fittingIdentities =
        others.isEmpty() ? QString() : QObject::tr(" Your identities that fit the server's list: %1.").arg(others);

    if (alert == kAlertCertificateRequired ||
        (alert == kAlertHandshakeFailure && state.certificateRequested && !sent)) {
        add(QStringLiteral("client-cert-required"), Severity::Error, Area::Identity,
            m_options.identity
                ? QObject::tr("The server requires a client certificate and CertDesk could not send %1 (the server's "
                              "signature algorithms do not fit its key).")
                      .arg(label)
                : QObject::tr("The server requires a client certificate, and none was sent."),
            (m_options.identity
                 ? QObject::tr("Use an identity with an RSA or EC P-256 key.")
                 : QObject::tr("Test again with --identity ID, choosing the certificate this service expects.")) +
                fittingIdentities,
            detail);
        return;
    }
    if (!sent) {
        // The server refused before or without seeing a certificate: ciphers, protocol or its own configuration.
        const bool protocol = alert == kAlertProtocolVersion || alert == kAlertInsufficientSecurity;
        add(protocol ? QStringLiteral("protocol-version") : QStringLiteral("handshake-failure"), Severity::Error,
            Area::Connection,
            protocol ? QObject::tr("The server and CertDesk have no TLS version in common (the server sent %1): it "
                                   "probably allows only TLS 1.1 or older, which CertDesk refuses as unsafe.")
                           .arg(alertName(alert))
                     : QObject::tr("The server ended the handshake with %1 before any client certificate was involved: "
                                   "it could not agree on how to encrypt, or it is misconfigured. This is not a "
                                   "problem of your certificate.")
                           .arg(alertName(alert)),
            QObject::tr("Tell the service's administrators, with a report of this test (--report FILE)."), detail);
        return;
    }
    const QString chainNote =
        m_chainIncomplete
            ? QObject::tr(
                  " CertDesk could not send the certificate of %1, which issued yours; the server probably needs "
                  "it to connect your certificate to an authority it trusts.")
                  .arg(issuer)
            : QString();
    const QString chainStep = m_chainIncomplete
                                  ? QObject::tr("Import the CA certificates your certificate authority sent with your "
                                                "certificate (certdesk-cli import FILE), then test again.")
                                  : QString();
    switch (alert) {
    case kAlertUnknownCa:
        add(QStringLiteral("rejected-unknown-ca"), Severity::Error, Area::Identity,
            QObject::tr("The server does not trust the authority that issued %1 (%2).%3").arg(label, issuer, chainNote),
            !chainStep.isEmpty() ? chainStep
            : !others.isEmpty()
                ? QObject::tr("Use an identity issued by an authority the server accepts: %1.").arg(others)
                : QObject::tr("Ask the service's administrators which certificate authority they accept, and request a "
                              "certificate there."),
            detail);
        return;
    case kAlertCertificateExpired:
        add(QStringLiteral("rejected-expired"), Severity::Error, Area::Identity,
            QObject::tr("The server refused %1 because it, or a CA certificate in its chain, has expired (valid until "
                        "%2).")
                .arg(label, dateText(m_options.identity->certificate.notAfter())),
            QObject::tr("Renew it: certdesk-cli renew %1. If it is not expired, check this computer's and the "
                        "server's clock.")
                .arg(m_options.identity->id),
            detail);
        return;
    case kAlertCertificateRevoked:
        add(QStringLiteral("rejected-revoked"), Severity::Error, Area::Identity,
            QObject::tr("The server refused %1 because its certificate authority has revoked it: it is no longer valid "
                        "anywhere.")
                .arg(label),
            QObject::tr(
                "Ask your certificate authority why it was revoked and request a new certificate; do not keep using "
                "this one."),
            detail);
        return;
    case kAlertAccessDenied:
        add(QStringLiteral("rejected-access-denied"), Severity::Error, Area::Identity,
            QObject::tr("The server accepted %1 as genuine but does not let its owner in: the certificate is fine, the "
                        "permission is missing.")
                .arg(label),
            QObject::tr("Ask the service's administrators to grant access to %1.")
                .arg(quoted(m_options.identity->certificate.subject())),
            detail);
        return;
    case kAlertBadCertificate:
    case kAlertDecryptError:
        add(QStringLiteral("rejected-bad-certificate"), Severity::Error, Area::Identity,
            QObject::tr("The server could not accept %1: it found the certificate or its signature faulty.%2")
                .arg(label, chainNote),
            chainStep.isEmpty() ? QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk; "
                                              "if the certificate was recently "
                                              "renewed, make sure the new one is the one in use.")
                                : chainStep,
            detail);
        return;
    case kAlertUnsupportedCertificate:
    case kAlertCertificateUnknown:
        add(alert == kAlertUnsupportedCertificate ? QStringLiteral("rejected-unsupported-certificate")
                                                  : QStringLiteral("rejected-certificate-unknown"),
            Severity::Error, Area::Identity,
            QObject::tr("The server refused %1 (%2): it does not accept this kind of certificate for signing in, or "
                        "does not trust its issuer %3.%4")
                .arg(label, alertName(alert), issuer, chainNote),
            !chainStep.isEmpty() ? chainStep
            : !others.isEmpty()  ? QObject::tr("Try one of your identities that fit the server's list: %1.").arg(others)
                                 : QObject::tr("Ask the service's administrators which certificate they expect."),
            detail);
        return;
    case kAlertHandshakeFailure:
        add(QStringLiteral("handshake-failure"), Severity::Error, Area::Identity,
            QObject::tr("The server ended the handshake after receiving %1, without saying why (handshake_failure). "
                        "Since it had asked for a client certificate, that certificate is the most likely cause: its "
                        "issuer is not accepted, it is expired or revoked, or it is not allowed in.%2")
                .arg(label, chainNote),
            !chainStep.isEmpty() ? chainStep
                                 : QObject::tr("Check the other findings above; if none explains it, send a report of "
                                               "this test (--report FILE) to the service's helpdesk — their server log "
                                               "names the reason."),
            detail);
        return;
    default:
        add(QStringLiteral("handshake-failure"), Severity::Error, Area::Identity,
            QObject::tr("The server ended the connection with the TLS alert %1 after receiving %2.%3")
                .arg(alertName(alert), label, chainNote),
            QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk; their server log names "
                        "the reason."),
            detail);
        return;
    }
}

void DoctorRun::explainSilentClose(const HandshakeState& state, const QString& detail)
{
    if (state.certificateSent) {
        add(QStringLiteral("handshake-failure"), DoctorFinding::Severity::Error, DoctorFinding::Area::Identity,
            QObject::tr("The server closed the connection right after receiving %1, without saying why. Servers do "
                        "that when they refuse a certificate.")
                .arg(identityLabel()),
            QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk; their server log names "
                        "the reason."),
            detail);
    } else {
        add(QStringLiteral("handshake-failure"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr("The server closed the connection during the handshake without saying why."),
            m_report.clientCertificateRequested
                ? QObject::tr("It had asked for a client certificate: test again with --identity ID.")
                : QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk; their server log "
                              "names the reason."),
            detail);
    }
}

void DoctorRun::explainFailure(const HandshakeState& state, const SslIo& io)
{
    if (state.receivedAlert >= 0) {
        explainAlert(state, QObject::tr("during the handshake"), io.detail);
        return;
    }
    const int reason = ERR_GET_LIB(io.errorCode) == ERR_LIB_SSL ? ERR_GET_REASON(io.errorCode) : 0;
    if (reason == SSL_R_WRONG_VERSION_NUMBER || reason == SSL_R_PACKET_LENGTH_TOO_LONG ||
        reason == SSL_R_HTTP_REQUEST || reason == SSL_R_HTTPS_PROXY_REQUEST) {
        add(QStringLiteral("not-tls"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr("%1 answered, but not with TLS: this port serves something else (plain HTTP, for example). "
                        "This is not a certificate problem.")
                .arg(hostPort()),
            QObject::tr("Check the port number (HTTPS is usually 443)."), io.detail);
        return;
    }
    if (reason == SSL_R_UNSUPPORTED_PROTOCOL || reason == SSL_R_NO_PROTOCOLS_AVAILABLE ||
        reason == SSL_R_TLSV1_ALERT_PROTOCOL_VERSION) {
        add(QStringLiteral("protocol-version"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr(
                "The server offers only TLS versions older than 1.2, which CertDesk refuses as unsafe. This is not a "
                "problem of your certificate."),
            QObject::tr("Tell the service's administrators that the server needs TLS 1.2 or 1.3."), io.detail);
        return;
    }
    if (io.outcome == SslIo::Outcome::Closed) {
        explainSilentClose(state, io.detail);
        return;
    }
    add(QStringLiteral("tls-failed"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
        QObject::tr("The TLS handshake failed for a reason CertDesk cannot explain in plain words."),
        QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk."), io.detail);
}

/// GET on the URL's path over the established connection: the HTTP status, or the refusal it explains.
void DoctorRun::requestHttp(SSL* ssl, SocketBioData& socket, HandshakeState& state)
{
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    const DoctorTarget& target = m_options.target;
    const QString hostHeader =
        (target.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(target.host) : target.host) +
        (target.port == 443 ? QString() : QStringLiteral(":%1").arg(target.port));
    const QByteArray request = "GET " + target.path.toUtf8() + " HTTP/1.1\r\nHost: " + hostHeader.toUtf8() +
                               "\r\nUser-Agent: CertDesk-doctor\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    const Deadline deadline(m_options.timeoutMs);
    const SslIo written = driveSsl(ssl, socket, deadline, m_options.cancel, [&] {
        return SSL_write(ssl, request.constData(), static_cast<int>(request.size()));
    });
    QByteArray answer;
    SslIo last = written;
    if (written.outcome == SslIo::Outcome::Done) {
        char buffer[8192];
        for (;;) {
            last =
                driveSsl(ssl, socket, deadline, m_options.cancel, [&] { return SSL_read(ssl, buffer, sizeof buffer); });
            if (last.outcome != SslIo::Outcome::Done)
                break;
            answer.append(buffer, last.bytes);
            if (answer.size() >= kHttpAnswerLimit)
                break;
        }
    }
    if (last.outcome == SslIo::Outcome::Cancelled) {
        m_report.cancelled = true;
        return;
    }
    if (state.receivedAlert >= 0) {
        explainAlert(state, QObject::tr("after the handshake"), last.detail);
        return;
    }
    const DoctorHttpAnswer http = DoctorHttpAnswer::parse(answer);
    if (!http.status) {
        if (answer.isEmpty() && state.certificateSent &&
            (last.outcome == SslIo::Outcome::Closed || last.outcome == SslIo::Outcome::Failed)) {
            explainSilentClose(state, last.detail);
            return;
        }
        add(QStringLiteral("accepted"), Severity::Ok, state.certificateSent ? Area::Identity : Area::Connection,
            state.certificateSent
                ? QObject::tr("The server accepted %1 (%2).").arg(identityLabel(), m_report.tlsVersion)
                : QObject::tr("The TLS connection to %1 works (%2).").arg(hostPort(), m_report.tlsVersion));
        add(QStringLiteral("http-failed"), Severity::Warning, Area::Application,
            QObject::tr("The TLS connection works, but the server gave no HTTP answer to a request for %1.")
                .arg(target.path),
            QObject::tr("If this is not a web service, test it as HOST:PORT instead of an https:// address."),
            last.outcome == SslIo::Outcome::TimedOut ? QObject::tr("No answer within %1 ms").arg(m_options.timeoutMs)
                                                     : QString::fromLatin1(answer.left(200)) + last.detail);
        return;
    }
    const int status = *http.status;
    m_report.httpStatus = status;
    const QString& reason = http.reason;
    const QByteArray& body = http.body;
    const QDateTime localTime = QDateTime::currentDateTimeUtc();
    if (http.serverDate.isValid() && std::abs(http.serverDate.secsTo(localTime)) > kClockToleranceSeconds) {
        noteClock(QObject::tr("The server's clock says %1, this computer's %2.")
                      .arg(dateText(http.serverDate), dateText(localTime)));
    }

    // nginx completes the handshake whatever the certificate and refuses at the HTTP level with a 400 page instead.
    const bool nginxNoCertificate = status == 400 && body.contains("No required SSL certificate was sent");
    const bool nginxBadCertificate =
        state.certificateSent && status == 400 && body.contains("The SSL certificate error");
    const QString statusText = QStringLiteral("HTTP %1 %2").arg(status).arg(reason);
    if (nginxNoCertificate) {
        add(QStringLiteral("client-cert-required"), Severity::Error, Area::Identity,
            QObject::tr("The server requires a client certificate, and none was sent (it answered “%1: No required SSL "
                        "certificate was sent”).")
                .arg(statusText),
            m_report.matchingIdentities.isEmpty()
                ? QObject::tr("Test again with --identity ID, choosing the certificate this service expects.")
                : QObject::tr("Test again with --identity ID; your identities that fit: %1.")
                      .arg(m_report.matchingIdentities.join(QStringLiteral(", "))),
            statusText);
    } else if (nginxBadCertificate) {
        add(QStringLiteral("rejected-bad-certificate"), Severity::Error, Area::Identity,
            QObject::tr("The web server checked %1 and refused it (it answered “%2: The SSL certificate error”): it "
                        "does not trust its issuer %3, or the certificate is expired or revoked.")
                .arg(identityLabel(), statusText, quoted(m_options.identity->certificate.issuer())),
            m_report.matchingIdentities.isEmpty()
                ? QObject::tr("Ask the service's administrators which certificate authority they accept.")
                : QObject::tr("Try one of your identities that fit the server's list: %1.")
                      .arg(m_report.matchingIdentities.join(QStringLiteral(", "))),
            statusText);
    } else if (state.certificateSent) {
        add(QStringLiteral("accepted"), Severity::Ok, Area::Identity,
            QObject::tr("The server accepted %1 (%2, %3).").arg(identityLabel(), m_report.tlsVersion, m_report.cipher));
    } else {
        add(QStringLiteral("accepted"), Severity::Ok, Area::Connection,
            QObject::tr("The TLS connection to %1 works (%2, %3); no client certificate was sent.")
                .arg(hostPort(), m_report.tlsVersion, m_report.cipher));
    }

    if (status == 401 || status == 403) {
        add(QStringLiteral("http-status"), Severity::Error, Area::Application,
            state.certificateSent
                ? QObject::tr("The connection and your certificate were accepted, but the application refused access "
                              "to %1 (%2). Your certificate works; your permission for this page is missing.")
                      .arg(target.path, statusText)
                : QObject::tr("The connection works, but the application refused access to %1 (%2) without a client "
                              "certificate.")
                      .arg(target.path, statusText),
            state.certificateSent
                ? QObject::tr("Ask the service's administrators to give %1 access to %2.")
                      .arg(quoted(m_options.identity->certificate.subject()), target.path)
                : (m_report.matchingIdentities.isEmpty()
                       ? QObject::tr("Test again with --identity ID, choosing the certificate this service expects.")
                       : QObject::tr("Test again with --identity ID; your identities that fit: %1.")
                             .arg(m_report.matchingIdentities.join(QStringLiteral(", ")))),
            statusText);
    } else if (status >= 400) {
        add(QStringLiteral("http-status"), Severity::Warning, Area::Application,
            QObject::tr("The server answered the request for %1 with %2.").arg(target.path, statusText),
            status >= 500
                ? QObject::tr("The service has a problem of its own: try again later or tell its administrators.")
                : QObject::tr("Check the address of the page."),
            statusText);
    } else {
        add(QStringLiteral("http-status"), Severity::Ok, Area::Application,
            QObject::tr("The server answered the request for %1 with %2.").arg(target.path, statusText), {},
            statusText);
    }
}

} // namespace

Result<DoctorReport> ConnectionDoctor::examine(const DoctorOptions& options)
{
    DoctorRun run(options);
    return run.execute();
}

} // namespace certdesk
