#include "doctor/DoctorDiagnosis.h"

#include "crypto/OpenSslPtr.h"
#include "doctor/DoctorHttpAnswer.h"
#include "doctor/FindingText.h"
#include "doctor/PeerName.h"
#include "doctor/TlsAlert.h"

#include <QObject>

#include <openssl/x509v3.h>

#include <cstdlib>
#include <vector>

namespace certdesk {

using findingtext::dateText;
using findingtext::hostPort;
using findingtext::quoted;

namespace {

/// More apart than this, the local clock and the server's Date header disagree.
constexpr qint64 kClockToleranceSeconds = 300;

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

/// One diagnosis: walks the facts in the order they happened, keeping the findings and what earlier ones imply for
/// later ones (an incomplete chain the server turns out not to need, a clock already blamed).
class Diagnosis
{
public:
    explicit Diagnosis(const HandshakeFacts& facts);

    DoctorReport run();

private:
    using Facts = HandshakeFacts;

    qsizetype add(const QString& code, DoctorFinding::Severity severity, DoctorFinding::Area area,
                  const QString& message, const QString& nextStep = {}, const QString& detail = {})
    {
        m_report.findings.append(DoctorFinding{code, severity, area, message, nextStep, detail});
        return m_report.findings.size() - 1;
    }
    QString identityLabel() const { return quoted(m_facts.identity->name); }
    /// Only an identity can be sent: a step that says otherwise is ignored rather than believed.
    bool certificateSent(const Facts::TlsStep& step) const { return step.certificateSent && m_facts.identity; }

    void checkIdentity();
    void lookupFailed(const Facts::Lookup& lookup);
    void connectFailed(const Facts::Connect& connect);
    void handshake(const Facts::Handshake& handshake);
    void examineServerCertificate(const Facts::Handshake& handshake);
    void examineCertificateRequest(const Facts::Handshake& handshake);
    QStringList matchingIdentities() const;
    void explainAlert(const Facts::TlsStep& step, const QString& when, const QString& opensslDetail);
    void explainFailure(const Facts::Handshake& handshake);
    void explainSilentClose(const Facts::TlsStep& step, const QString& detail);
    void examineHttp(const Facts::HttpExchange& exchange);
    void accepted(const Facts::TlsStep& step);
    void noteClock(const QString& reason, const QDateTime& clock);

    const HandshakeFacts& m_facts;
    DoctorReport m_report;
    /// The server's acceptable CA names, decoded once so they compare the way OpenSSL compares names.
    std::vector<ossl::UniquePtr<X509_NAME>> m_acceptableCas;
    QList<Certificate> m_chain; ///< the identity's chain as it was sent
    bool m_chainIncomplete = false;
    qsizetype m_chainFinding = -1;
    bool m_identityNotYetValid = false;
    bool m_clockNoted = false;
};

Diagnosis::Diagnosis(const HandshakeFacts& facts) : m_facts(facts)
{
    if (m_facts.identity) {
        m_chain = m_facts.identity->chain;
        m_chainIncomplete = m_facts.identity->chainIncomplete;
    }
    if (m_facts.handshake) {
        for (const QByteArray& der : m_facts.handshake->acceptableCaNames) {
            const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
            ossl::UniquePtr<X509_NAME> name(d2i_X509_NAME(nullptr, &cursor, der.size()));
            if (name)
                m_acceptableCas.push_back(std::move(name));
        }
    }
}

DoctorReport Diagnosis::run()
{
    m_report.target = m_facts.target;
    if (m_facts.identity) {
        m_report.identityId = m_facts.identity->id;
        m_report.identityName = m_facts.identity->name;
        m_report.identityCertificate = m_facts.identity->certificate;
        checkIdentity();
    }
    m_report.cancelled = m_facts.cancelled;
    if (!m_facts.lookup)
        return m_report;
    if (m_facts.lookup->outcome != Facts::Lookup::Outcome::Resolved) {
        lookupFailed(*m_facts.lookup);
        return m_report;
    }
    if (!m_facts.connect)
        return m_report;
    if (m_facts.connect->outcome != Facts::Connect::Outcome::Connected) {
        connectFailed(*m_facts.connect);
        return m_report;
    }
    m_report.address = m_facts.connect->address;
    if (!m_facts.handshake) // cancelled right after connecting
        return m_report;
    add(QStringLiteral("connected"), DoctorFinding::Severity::Ok, DoctorFinding::Area::Connection,
        m_report.address == m_facts.target.host
            ? QObject::tr("Reached %1 on port %2.").arg(m_report.address).arg(m_facts.target.port)
            : QObject::tr("Reached %1 (%2) on port %3.")
                  .arg(m_facts.target.host, m_report.address)
                  .arg(m_facts.target.port));
    handshake(*m_facts.handshake);
    return m_report;
}

void Diagnosis::checkIdentity()
{
    const Facts::Identity& identity = *m_facts.identity;
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
            .arg(dateText(certificate.notBefore()), dateText(certificate.notAfter()), dateText(m_facts.now));
    if (certificate.notAfter() < m_facts.now) {
        add(QStringLiteral("identity-expired"), Severity::Error, Area::Identity,
            QObject::tr("%1 expired on %2. Servers refuse expired certificates.")
                .arg(identityLabel(), dateText(certificate.notAfter())),
            QObject::tr("Renew it: certdesk-cli renew %1, send the request to your certificate authority, then import "
                        "what it sends back with certdesk-cli import FILE --replace.")
                .arg(identity.id),
            validity);
    } else if (certificate.notBefore() > m_facts.now) {
        m_identityNotYetValid = true;
        add(QStringLiteral("identity-not-yet-valid"), Severity::Error, Area::Identity,
            QObject::tr("%1 is valid only from %2, and this computer says it is %3 now.")
                .arg(identityLabel(), dateText(certificate.notBefore()), dateText(m_facts.now)),
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

void Diagnosis::lookupFailed(const Facts::Lookup& lookup)
{
    const DoctorTarget& target = m_facts.target;
    if (lookup.outcome == Facts::Lookup::Outcome::TimedOut) {
        add(QStringLiteral("dns-failed"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr("Looking up the name %1 took longer than %2 seconds. This is not a certificate problem.")
                .arg(quoted(target.host))
                .arg(m_facts.timeoutMs / 1000),
            QObject::tr("Check the network connection and the name servers it uses, then try again."),
            QObject::tr("getaddrinfo(%1) did not return within %2 ms").arg(target.host).arg(m_facts.timeoutMs));
        return;
    }
    const bool temporary = lookup.outcome == Facts::Lookup::Outcome::TemporaryFailure;
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
        lookup.detail);
}

void Diagnosis::connectFailed(const Facts::Connect& connect)
{
    const DoctorTarget& target = m_facts.target;
    const QString& detail = connect.detail;
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    if (connect.outcome == Facts::Connect::Outcome::Refused) {
        add(QStringLiteral("connect-refused"), Severity::Error, Area::Connection,
            QObject::tr("Nothing accepts connections on port %1 of %2: the connection was refused. This is not a "
                        "certificate problem.")
                .arg(target.port)
                .arg(target.host),
            QObject::tr(
                "Check the address and port. If they are right, the service is not running or a firewall rejects "
                "the connection: tell the service's administrators."),
            detail);
    } else if (connect.outcome == Facts::Connect::Outcome::TimedOut) {
        add(QStringLiteral("connect-timeout"), Severity::Error, Area::Connection,
            QObject::tr("%1 did not answer on port %2 within %3 seconds. This is not a certificate problem.")
                .arg(target.host)
                .arg(target.port)
                .arg(m_facts.timeoutMs / 1000),
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
}

void Diagnosis::handshake(const Facts::Handshake& handshake)
{
    using End = Facts::TlsStep::End;
    if (handshake.end == End::NotStarted) {
        add(QStringLiteral("tls-failed"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr("CertDesk cannot start a TLS connection (OpenSSL failed)."), {}, handshake.detail);
        return;
    }
    if (handshake.end == End::Cancelled)
        return;
    m_report.serverChain = handshake.serverChain;
    examineServerCertificate(handshake);
    const bool established = handshake.end == End::Done;
    if (established) {
        m_report.tlsVersion = handshake.protocol;
        m_report.cipher = handshake.cipher;
    }
    if (established || handshake.certificateRequested)
        examineCertificateRequest(handshake);
    if (certificateSent(handshake) && handshake.version == Facts::TlsVersion::Tls12) {
        add(QStringLiteral("tls12-client-cert-visible"), DoctorFinding::Severity::Info, DoctorFinding::Area::Connection,
            QObject::tr("The server uses TLS 1.2, where the client certificate travels unencrypted: anyone on the "
                        "network path can see that %1 (%2) connected here.")
                .arg(identityLabel(), quoted(m_facts.identity->certificate.subject())),
            QObject::tr("Nothing to do for the connection itself. If that matters for your privacy, ask the service's "
                        "administrators to enable TLS 1.3."),
            QObject::tr("Negotiated TLS 1.2%1")
                .arg(m_report.cipher.isEmpty() ? QString() : QStringLiteral(", ") + m_report.cipher));
    }

    if (!established) {
        if (handshake.end == End::TimedOut) {
            add(QStringLiteral("handshake-timeout"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
                QObject::tr("%1 accepted the connection but did not complete the TLS handshake within %2 seconds.")
                    .arg(hostPort(m_facts.target))
                    .arg(m_facts.timeoutMs / 1000),
                QObject::tr(
                    "The service may be overloaded, or this port may not speak TLS. Check the port, and try again "
                    "later."),
                handshake.certificateRequested ? QObject::tr("The server had asked for a client certificate.")
                                               : QString());
        } else {
            explainFailure(handshake);
        }
        return;
    }

    const Facts::TlsStep* latest = &handshake;
    if (m_facts.verdict) {
        // TLS 1.3 with a CertificateRequest: the server judged the certificate after the handshake.
        const Facts::TlsStep& verdict = *m_facts.verdict;
        if (verdict.end == End::Cancelled)
            return;
        if (verdict.alert >= 0) {
            explainAlert(verdict, QObject::tr("after the handshake"), verdict.detail);
            return;
        }
        if (verdict.end == End::Closed || verdict.end == End::Failed) {
            explainSilentClose(verdict, verdict.detail);
            return;
        }
        latest = &verdict;
    }
    if (m_facts.http)
        examineHttp(*m_facts.http);
    else
        accepted(*latest);
}

void Diagnosis::accepted(const Facts::TlsStep& step)
{
    if (certificateSent(step)) {
        add(QStringLiteral("accepted"), DoctorFinding::Severity::Ok, DoctorFinding::Area::Identity,
            QObject::tr("The server accepted %1 (%2, %3).").arg(identityLabel(), m_report.tlsVersion, m_report.cipher));
    } else {
        add(QStringLiteral("accepted"), DoctorFinding::Severity::Ok, DoctorFinding::Area::Connection,
            QObject::tr("The TLS connection to %1 works (%2, %3); no client certificate was sent.")
                .arg(hostPort(m_facts.target), m_report.tlsVersion, m_report.cipher));
    }
}

void Diagnosis::examineServerCertificate(const HandshakeFacts::Handshake& handshake)
{
    if (m_report.serverChain.isEmpty())
        return;
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    const DoctorTarget& target = m_facts.target;
    const Certificate& leaf = m_report.serverChain.first();
    const QString facts = QObject::tr("Server certificate: subject %1; issuer %2; serial %3; valid %4 to %5; names %6")
                              .arg(leaf.subject(), leaf.issuer(), leaf.serialHex(), dateText(leaf.notBefore()),
                                   dateText(leaf.notAfter()), leaf.subjectAltNames().join(QStringLiteral(", ")));
    QStringList trustProblems;
    bool problems = false;
    bool expiredReported = false;
    bool notYetValidReported = false;
    for (const HandshakeFacts::VerifyProblem& problem : handshake.verifyProblems) {
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
                    .arg(dateText(m_facts.now)),
                text + QStringLiteral("; ") + facts);
        } else if (problem.error == X509_V_ERR_CERT_NOT_YET_VALID) {
            if (notYetValidReported)
                continue;
            notYetValidReported = true;
            add(QStringLiteral("server-not-yet-valid"), Severity::Error, Area::ServerCertificate,
                QObject::tr("The server's certificate is valid only from %1, and this computer says it is %2 now.")
                    .arg(dateText(leaf.notBefore()), dateText(handshake.systemTime)),
                QObject::tr(
                    "Check this computer's date and time; if they are right, tell the service's administrators."),
                text + QStringLiteral("; ") + facts);
            if (m_identityNotYetValid)
                noteClock(QObject::tr("Both your certificate and the server's are “not yet valid”."),
                          handshake.systemTime);
        } else {
            trustProblems << text;
        }
    }
    if (!trustProblems.isEmpty()) {
        const HandshakeFacts::VerifyProblem& first = handshake.verifyProblems.front();
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

QStringList Diagnosis::matchingIdentities() const
{
    QStringList matches;
    if (m_acceptableCas.empty())
        return matches;
    for (const VaultEntry& entry : m_facts.vaultEntries) {
        if (!entry.hasKey || entry.isPending() || entry.isArchived())
            continue;
        if (m_facts.identity && entry.id == m_facts.identity->id)
            continue;
        if (entry.certificate.notAfter() < m_facts.now || entry.certificate.notBefore() > m_facts.now ||
            !usableForClientAuth(entry.certificate))
            continue;
        bool fits = false;
        for (const X509_NAME* name : pathNames(entry.certificate, entry.chain)) {
            for (const auto& acceptable : m_acceptableCas)
                fits = fits || X509_NAME_cmp(name, acceptable.get()) == 0;
        }
        if (fits)
            matches << QStringLiteral("%1 (%2)").arg(entry.id, entry.name);
    }
    return matches;
}

void Diagnosis::examineCertificateRequest(const HandshakeFacts::Handshake& handshake)
{
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    m_report.clientCertificateRequested = handshake.certificateRequested;
    if (!handshake.certificateRequested) {
        if (m_facts.identity) {
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
    for (const auto& name : m_acceptableCas)
        m_report.acceptableCas << peerNameText(name.get());
    m_report.matchingIdentities = matchingIdentities();
    const QString accepted = m_report.acceptableCas.isEmpty()
                                 ? QObject::tr("it did not name the authorities it accepts")
                                 : QObject::tr("it accepts certificates issued by %1")
                                       .arg(m_report.acceptableCas.join(QStringLiteral("; ")));
    const QString listDetail =
        m_report.acceptableCas.isEmpty()
            ? QObject::tr("Acceptable CA names: (none sent)")
            : QObject::tr("Acceptable CA names: %1").arg(m_report.acceptableCas.join(QStringLiteral(" | ")));
    const QString others = m_report.matchingIdentities.join(QStringLiteral(", "));
    if (!m_facts.identity) {
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
    const Facts::Identity& identity = *m_facts.identity;
    if (m_report.acceptableCas.isEmpty()) {
        add(QStringLiteral("client-cert-requested"), Severity::Info, Area::Identity,
            QObject::tr("The server asked for a client certificate (%1); CertDesk sent %2.")
                .arg(accepted, identityLabel()),
            {}, listDetail);
        return;
    }
    QString fitting;
    for (const X509_NAME* name : pathNames(identity.certificate, m_chain)) {
        for (const auto& acceptable : m_acceptableCas) {
            if (fitting.isEmpty() && X509_NAME_cmp(name, acceptable.get()) == 0)
                fitting = peerNameText(name);
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
                  .arg(others, m_facts.target.text);
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

void Diagnosis::noteClock(const QString& reason, const QDateTime& clock)
{
    if (m_clockNoted)
        return;
    m_clockNoted = true;
    add(QStringLiteral("clock-wrong"), DoctorFinding::Severity::Warning, DoctorFinding::Area::Connection,
        QObject::tr("%1 This computer's clock looks wrong (it says %2).").arg(reason, dateText(clock)),
        QObject::tr("Correct the date, time and time zone of this computer, then test again."));
}

void Diagnosis::explainAlert(const Facts::TlsStep& step, const QString& when, const QString& opensslDetail)
{
    TlsAlert::Circumstances seen;
    seen.description = step.alert;
    seen.when = when;
    seen.opensslDetail = opensslDetail;
    seen.certificateRequested = step.certificateRequested;
    seen.certificateSent = certificateSent(step);
    seen.identity = m_facts.identity ? &*m_facts.identity : nullptr;
    seen.acceptableCas = m_report.acceptableCas;
    seen.matchingIdentities = m_report.matchingIdentities;
    seen.chainIncomplete = m_chainIncomplete;
    m_report.findings.append(TlsAlert::explain(seen));
}

void Diagnosis::explainSilentClose(const HandshakeFacts::TlsStep& step, const QString& detail)
{
    if (certificateSent(step)) {
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

void Diagnosis::explainFailure(const HandshakeFacts::Handshake& handshake)
{
    if (handshake.alert >= 0) {
        explainAlert(handshake, QObject::tr("during the handshake"), handshake.detail);
        return;
    }
    if (handshake.failure == HandshakeFacts::TlsFailure::NotTls) {
        add(QStringLiteral("not-tls"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr("%1 answered, but not with TLS: this port serves something else (plain HTTP, for example). "
                        "This is not a certificate problem.")
                .arg(hostPort(m_facts.target)),
            QObject::tr("Check the port number (HTTPS is usually 443)."), handshake.detail);
        return;
    }
    if (handshake.failure == HandshakeFacts::TlsFailure::OldProtocol) {
        add(QStringLiteral("protocol-version"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
            QObject::tr(
                "The server offers only TLS versions older than 1.2, which CertDesk refuses as unsafe. This is not a "
                "problem of your certificate."),
            QObject::tr("Tell the service's administrators that the server needs TLS 1.2 or 1.3."), handshake.detail);
        return;
    }
    if (handshake.end == HandshakeFacts::TlsStep::End::Closed) {
        explainSilentClose(handshake, handshake.detail);
        return;
    }
    add(QStringLiteral("tls-failed"), DoctorFinding::Severity::Error, DoctorFinding::Area::Connection,
        QObject::tr("The TLS handshake failed for a reason CertDesk cannot explain in plain words."),
        QObject::tr("Send a report of this test (--report FILE) to the service's helpdesk."), handshake.detail);
}

void Diagnosis::examineHttp(const Facts::HttpExchange& exchange)
{
    using Severity = DoctorFinding::Severity;
    using Area = DoctorFinding::Area;
    const DoctorTarget& target = m_facts.target;
    const QByteArray& answer = exchange.answer;
    if (exchange.end == Facts::TlsStep::End::Cancelled)
        return;
    if (exchange.alert >= 0) {
        explainAlert(exchange, QObject::tr("after the handshake"), exchange.detail);
        return;
    }
    const DoctorHttpAnswer http = DoctorHttpAnswer::parse(answer);
    if (!http.status) {
        if (answer.isEmpty() && certificateSent(exchange) &&
            (exchange.end == Facts::TlsStep::End::Closed || exchange.end == Facts::TlsStep::End::Failed)) {
            explainSilentClose(exchange, exchange.detail);
            return;
        }
        add(QStringLiteral("accepted"), Severity::Ok, certificateSent(exchange) ? Area::Identity : Area::Connection,
            certificateSent(exchange)
                ? QObject::tr("The server accepted %1 (%2).").arg(identityLabel(), m_report.tlsVersion)
                : QObject::tr("The TLS connection to %1 works (%2).")
                      .arg(hostPort(m_facts.target), m_report.tlsVersion));
        add(QStringLiteral("http-failed"), Severity::Warning, Area::Application,
            QObject::tr("The TLS connection works, but the server gave no HTTP answer to a request for %1.")
                .arg(target.path),
            QObject::tr("If this is not a web service, test it as HOST:PORT instead of an https:// address."),
            exchange.end == Facts::TlsStep::End::TimedOut ? QObject::tr("No answer within %1 ms").arg(m_facts.timeoutMs)
                                                          : QString::fromLatin1(answer.left(200)) + exchange.detail);
        return;
    }
    const int status = *http.status;
    m_report.httpStatus = status;
    const QString& reason = http.reason;
    const QByteArray& body = http.body;
    const QDateTime& localTime = exchange.receivedAt;
    if (http.serverDate.isValid() && std::abs(http.serverDate.secsTo(localTime)) > kClockToleranceSeconds) {
        noteClock(QObject::tr("The server's clock says %1, this computer's %2.")
                      .arg(dateText(http.serverDate), dateText(localTime)),
                  localTime);
    }

    // nginx completes the handshake whatever the certificate and refuses at the HTTP level with a 400 page instead.
    const bool nginxNoCertificate = status == 400 && body.contains("No required SSL certificate was sent");
    const bool nginxBadCertificate =
        certificateSent(exchange) && status == 400 && body.contains("The SSL certificate error");
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
                .arg(identityLabel(), statusText, quoted(m_facts.identity->certificate.issuer())),
            m_report.matchingIdentities.isEmpty()
                ? QObject::tr("Ask the service's administrators which certificate authority they accept.")
                : QObject::tr("Try one of your identities that fit the server's list: %1.")
                      .arg(m_report.matchingIdentities.join(QStringLiteral(", "))),
            statusText);
    } else {
        accepted(exchange);
    }

    if (status == 401 || status == 403) {
        add(QStringLiteral("http-status"), Severity::Error, Area::Application,
            certificateSent(exchange)
                ? QObject::tr("The connection and your certificate were accepted, but the application refused access "
                              "to %1 (%2). Your certificate works; your permission for this page is missing.")
                      .arg(target.path, statusText)
                : QObject::tr("The connection works, but the application refused access to %1 (%2) without a client "
                              "certificate.")
                      .arg(target.path, statusText),
            certificateSent(exchange)
                ? QObject::tr("Ask the service's administrators to give %1 access to %2.")
                      .arg(quoted(m_facts.identity->certificate.subject()), target.path)
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

DoctorReport DoctorDiagnosis::diagnose(const HandshakeFacts& facts)
{
    return Diagnosis(facts).run();
}

} // namespace certdesk
