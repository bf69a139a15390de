#include "doctor/TlsProbe.h"

#include "crypto/OpenSslUtil.h"
#include "doctor/ConnectionDoctor.h"
#include "doctor/FindingText.h"
#include "doctor/PeerName.h"
#include "doctor/TlsAlert.h"

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
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace certdesk {

namespace {

using SteadyClock = std::chrono::steady_clock;
using Facts = HandshakeFacts;

/// TLS 1.3 can only be rejected after SSL_connect returned: this long at most is spent waiting for the verdict.
constexpr int kVerdictWaitMs = 3000;
/// Enough of an HTTP answer for its status line, headers and an error page.
constexpr qsizetype kHttpAnswerLimit = 64 * 1024;

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
    QList<HandshakeFacts::VerifyProblem> verifyProblems;
    bool certificateRequested = false;
    QList<QByteArray> acceptableCaNames; ///< DER, as the last CertificateRequest named them
    bool certificateSent = false;
    int receivedAlert = -1; ///< the first alert from the server other than close_notify
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
                                                current ? peerNameText(X509_get_subject_name(current)) : QString()});
    }
    return 1;
}

/// Called when the server asks for a client certificate (TLS 1.2 and 1.3): remember the CA names it accepts.
int certificateRequestCallback(SSL* ssl, void*)
{
    HandshakeState* state = stateOf(ssl);
    state->certificateRequested = true;
    state->acceptableCaNames.clear();
    if (const STACK_OF(X509_NAME)* names = SSL_get0_peer_CA_list(ssl)) {
        for (int i = 0; i < sk_X509_NAME_num(names); ++i) {
            const QByteArray der = peerNameDer(sk_X509_NAME_value(names, i));
            if (!der.isEmpty())
                state->acceptableCaNames << der;
        }
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
        if (bytes[1] != TlsAlert::CloseNotify && state->receivedAlert < 0)
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
    using Outcome = HandshakeFacts::TlsStep::End;
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

/// What OpenSSL's first error says about a handshake that failed without an alert.
Facts::TlsFailure failureOf(unsigned long errorCode)
{
    const int reason = ERR_GET_LIB(errorCode) == ERR_LIB_SSL ? ERR_GET_REASON(errorCode) : 0;
    if (reason == SSL_R_WRONG_VERSION_NUMBER || reason == SSL_R_PACKET_LENGTH_TOO_LONG ||
        reason == SSL_R_HTTP_REQUEST || reason == SSL_R_HTTPS_PROXY_REQUEST)
        return Facts::TlsFailure::NotTls;
    if (reason == SSL_R_UNSUPPORTED_PROTOCOL || reason == SSL_R_NO_PROTOCOLS_AVAILABLE ||
        reason == SSL_R_TLSV1_ALERT_PROTOCOL_VERSION)
        return Facts::TlsFailure::OldProtocol;
    return Facts::TlsFailure::Unexplained;
}

/// Fills a step's record: how its last SSL call ended, and what the connection had shown by then.
void record(Facts::TlsStep& step, const SslIo& io, const HandshakeState& state)
{
    step.end = io.outcome;
    step.detail = io.detail;
    step.certificateRequested = state.certificateRequested;
    step.certificateSent = state.certificateSent;
    step.alert = state.receivedAlert;
}

/// One run on the network: sets TLS up, then walks the steps in order, recording each in the facts.
class Probe
{
public:
    Probe(const DoctorOptions& options, HandshakeFacts& facts) : m_options(options), m_facts(facts) {}

    Result<ossl::UniquePtr<SSL_CTX>> createContext();
    void run(SSL_CTX* context);

private:
    bool cancelled()
    {
        if (isCancelled(m_options.cancel))
            m_facts.cancelled = true;
        return m_facts.cancelled;
    }
    void completeChain(X509_STORE* trusted);
    std::optional<std::vector<Endpoint>> resolve();
    std::optional<Socket> connectTo(const std::vector<Endpoint>& endpoints);
    void handshake(SSL_CTX* context, Socket& socket);
    void requestHttp(SSL* ssl, SocketBioData& socket, HandshakeState& state);

    const DoctorOptions& m_options;
    HandshakeFacts& m_facts;
};

Result<ossl::UniquePtr<SSL_CTX>> Probe::createContext()
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
                                 .arg(findingtext::quoted(identity.name)),
                             ossl::drainErrors(), QStringLiteral("key-mismatch"));
        }
        for (const Certificate& certificate : m_facts.identity->chain) {
            // The root stays home: the server must have it already, sending it proves nothing.
            if (!certificate.isSelfSigned())
                SSL_CTX_add1_chain_cert(context.get(), certificate.handle());
        }
    }
    return context;
}

void Probe::completeChain(X509_STORE* trusted)
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
    m_facts.identity->chain = buildChain(identity.certificate, pool);
    // A CA certificate above the leaf is what CAs hand out: the root missing above it is one the server must hold
    // anyway. With nothing above the leaf, its issuer may be a root (fine) or an intermediate (the server needs it).
    if (!m_facts.identity->chain.isEmpty() || identity.certificate.isSelfSigned())
        return;
    ossl::UniquePtr<X509_STORE_CTX> lookup(X509_STORE_CTX_new());
    X509* issuer = nullptr;
    if (lookup && X509_STORE_CTX_init(lookup.get(), trusted, identity.certificate.handle(), nullptr) == 1 &&
        X509_STORE_CTX_get1_issuer(&issuer, lookup.get(), identity.certificate.handle()) == 1) {
        const Certificate found = Certificate::adopt(ossl::UniquePtr<X509>(issuer));
        if (!found.isSelfSigned())
            m_facts.identity->chain << found;
        return;
    }
    ERR_clear_error();
    m_facts.identity->chainIncomplete = true;
}

void Probe::run(SSL_CTX* context)
{
    if (cancelled())
        return;
    const auto endpoints = resolve();
    if (!endpoints || cancelled())
        return;
    auto socket = connectTo(*endpoints);
    if (!socket || cancelled())
        return;
    handshake(context, *socket);
}

std::optional<std::vector<Endpoint>> Probe::resolve()
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
            m_facts.cancelled = true;
            return std::nullopt;
        }
        m_facts.lookup = Facts::Lookup{Facts::Lookup::Outcome::TimedOut, {}};
        return std::nullopt;
    }
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> result(lookup->result, ::freeaddrinfo);
    if (lookup->status != 0) {
        const QString detail = QStringLiteral("getaddrinfo(%1): %2")
                                   .arg(target.host, QString::fromLocal8Bit(::gai_strerror(lookup->status)));
        m_facts.lookup = Facts::Lookup{lookup->status == EAI_AGAIN ? Facts::Lookup::Outcome::TemporaryFailure
                                                                   : Facts::Lookup::Outcome::NotFound,
                                       detail};
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
    m_facts.lookup = Facts::Lookup{Facts::Lookup::Outcome::Resolved, {}};
    return endpoints;
}

std::optional<Socket> Probe::connectTo(const std::vector<Endpoint>& endpoints)
{
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
                    m_facts.cancelled = true;
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
            m_facts.connect = Facts::Connect{Facts::Connect::Outcome::Connected, endpoint.text, {}};
            return socket;
        }
        refused = refused || error == ECONNREFUSED;
        timedOut = timedOut || error == ETIMEDOUT;
        attempts << QStringLiteral("%1: %2").arg(endpoint.text, QString::fromLocal8Bit(std::strerror(error)));
    }
    const Facts::Connect::Outcome outcome = refused    ? Facts::Connect::Outcome::Refused
                                            : timedOut ? Facts::Connect::Outcome::TimedOut
                                                       : Facts::Connect::Outcome::Failed;
    m_facts.connect = Facts::Connect{outcome, {}, attempts.join(QStringLiteral("; "))};
    return std::nullopt;
}

void Probe::handshake(SSL_CTX* context, Socket& socket)
{
    const DoctorTarget& target = m_options.target;
    Facts::Handshake& facts = m_facts.handshake.emplace(Facts::Handshake{});
    HandshakeState state;
    SocketBioData bioData{socket.fd()};
    ossl::UniquePtr<SSL> ssl(SSL_new(context));
    BIO* bio = ssl ? BIO_new(socketBioMethod()) : nullptr;
    if (!ssl || !bio) {
        facts.end = Facts::TlsStep::End::NotStarted;
        facts.detail = ossl::drainErrors();
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
    facts.systemTime = QDateTime::currentDateTimeUtc();
    record(facts, connected, state);
    if (connected.outcome == SslIo::Outcome::Cancelled) {
        m_facts.cancelled = true;
        return;
    }
    facts.failure = failureOf(connected.errorCode);
    const int version = SSL_version(ssl.get());
    facts.version = version == TLS1_3_VERSION   ? Facts::TlsVersion::Tls13
                    : version == TLS1_2_VERSION ? Facts::TlsVersion::Tls12
                                                : Facts::TlsVersion::Other;
    if (STACK_OF(X509)* chain = SSL_get_peer_cert_chain(ssl.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            facts.serverChain << Certificate::adopt(ossl::upRef(sk_X509_value(chain, i)));
    }
    facts.verifyProblems = state.verifyProblems;
    facts.acceptableCaNames = state.acceptableCaNames;
    if (connected.outcome != SslIo::Outcome::Done)
        return;
    facts.protocol =
        QString::fromLatin1(SSL_get_version(ssl.get())).replace(QLatin1String("TLSv"), QLatin1String("TLS "));
    facts.cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(ssl.get())));

    if (facts.version == Facts::TlsVersion::Tls13 && state.certificateRequested) {
        // In TLS 1.3 the client finishes first: the server judges the certificate afterwards and answers with an alert
        // or, in OpenSSL-based servers, with session tickets. Read until one of them (or data) arrives.
        char buffer[4096];
        const SslIo verdict = driveSsl(
            ssl.get(), bioData, Deadline(std::min(m_options.timeoutMs, kVerdictWaitMs)), m_options.cancel,
            [&] { return SSL_read(ssl.get(), buffer, sizeof buffer); }, [&] { return state.ticketReceived; });
        record(m_facts.verdict.emplace(Facts::TlsStep{}), verdict, state);
        if (verdict.outcome == SslIo::Outcome::Cancelled) {
            m_facts.cancelled = true;
            return;
        }
        if (state.receivedAlert >= 0 || verdict.outcome == SslIo::Outcome::Closed ||
            verdict.outcome == SslIo::Outcome::Failed)
            return;
    }
    if (target.isHttps())
        requestHttp(ssl.get(), bioData, state);
    SSL_shutdown(ssl.get()); // a polite close_notify; its answer does not matter
}

/// GET on the URL's path over the established connection: whatever comes back, up to a limit.
void Probe::requestHttp(SSL* ssl, SocketBioData& socket, HandshakeState& state)
{
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
    Facts::HttpExchange& exchange = m_facts.http.emplace(Facts::HttpExchange{});
    SslIo last = written;
    if (written.outcome == SslIo::Outcome::Done) {
        char buffer[8192];
        for (;;) {
            last =
                driveSsl(ssl, socket, deadline, m_options.cancel, [&] { return SSL_read(ssl, buffer, sizeof buffer); });
            if (last.outcome != SslIo::Outcome::Done)
                break;
            exchange.answer.append(buffer, last.bytes);
            if (exchange.answer.size() >= kHttpAnswerLimit)
                break;
        }
    }
    exchange.receivedAt = QDateTime::currentDateTimeUtc();
    record(exchange, last, state);
    if (last.outcome == SslIo::Outcome::Cancelled)
        m_facts.cancelled = true;
}

} // namespace

Result<HandshakeFacts> TlsProbe::observe(const DoctorOptions& options, const QDateTime& now)
{
    HandshakeFacts facts;
    facts.target = options.target;
    facts.timeoutMs = options.timeoutMs;
    facts.now = now;
    facts.vaultEntries = options.vaultEntries;
    if (options.identity) {
        Facts::Identity& identity = facts.identity.emplace(Facts::Identity{});
        identity.id = options.identity->id;
        identity.name = options.identity->name;
        identity.certificate = options.identity->certificate;
    }
    Probe probe(options, facts);
    auto context = probe.createContext();
    if (!context)
        return context.error();
    probe.run(context.value().get());
    return facts;
}

} // namespace certdesk
