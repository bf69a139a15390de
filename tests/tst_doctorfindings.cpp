#include "crypto/DistinguishedName.h"
#include "crypto/OpenSslPtr.h"
#include "doctor/DoctorDiagnosis.h"
#include "doctor/PeerName.h"
#include "doctor/TlsAlert.h"

#include <QTest>

#include <openssl/x509v3.h>

#include <functional>

using namespace certdesk;

namespace {

/// The moment every row is judged at: certificates are made around it, so no row depends on today's date.
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

ossl::UniquePtr<EVP_PKEY> newKey()
{
    return ossl::UniquePtr<EVP_PKEY>(EVP_EC_gen("P-256"));
}

ossl::UniquePtr<X509_NAME> x509Name(const QString& text)
{
    return ossl::UniquePtr<X509_NAME>(DistinguishedName::parse(text).value().toX509Name());
}

/// What a test certificate is: made in-process, signed by `issuerKey` (its own key when self-signed).
struct Spec
{
    QString subject;
    QString issuer; ///< empty: self-signed
    EVP_PKEY* key = nullptr;
    EVP_PKEY* issuerKey = nullptr;
    QDateTime notBefore = kNow.addDays(-30);
    QDateTime notAfter = kNow.addDays(335);
    bool ca = false;
    QString dnsName;       ///< subjectAltName dNSName; empty for none
    QString extendedUsage; ///< "clientAuth", "serverAuth"; empty for none
};

bool addExtension(X509* certificate, int nid, const QString& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ossl::UniquePtr<X509_EXTENSION> extension(
        X509V3_EXT_conf_nid(nullptr, &context, nid, value.toLatin1().constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

Certificate makeCertificate(const Spec& spec)
{
    static long serial = 1000;
    ossl::UniquePtr<X509> certificate(X509_new());
    ossl::UniquePtr<X509_NAME> subject = x509Name(spec.subject);
    ossl::UniquePtr<X509_NAME> issuer = x509Name(spec.issuer.isEmpty() ? spec.subject : spec.issuer);
    bool ok = certificate && subject && issuer && X509_set_version(certificate.get(), 2) == 1 &&
              ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), ++serial) == 1 &&
              X509_set_subject_name(certificate.get(), subject.get()) == 1 &&
              X509_set_issuer_name(certificate.get(), issuer.get()) == 1 &&
              X509_set_pubkey(certificate.get(), spec.key) == 1 &&
              ASN1_TIME_set(X509_getm_notBefore(certificate.get()), spec.notBefore.toSecsSinceEpoch()) &&
              ASN1_TIME_set(X509_getm_notAfter(certificate.get()), spec.notAfter.toSecsSinceEpoch());
    ok = ok && addExtension(certificate.get(), NID_basic_constraints,
                            spec.ca ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE"));
    if (spec.ca)
        ok = ok && addExtension(certificate.get(), NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
    else
        ok = ok && addExtension(certificate.get(), NID_key_usage, QStringLiteral("critical,digitalSignature"));
    if (!spec.extendedUsage.isEmpty())
        ok = ok && addExtension(certificate.get(), NID_ext_key_usage, spec.extendedUsage);
    if (!spec.dnsName.isEmpty())
        ok = ok && addExtension(certificate.get(), NID_subject_alt_name, QStringLiteral("DNS:") + spec.dnsName);
    EVP_PKEY* signer = spec.issuerKey ? spec.issuerKey : spec.key;
    ok = ok && X509_sign(certificate.get(), signer, EVP_sha256()) > 0;
    if (!ok)
        return {};
    return Certificate::adopt(std::move(certificate));
}

QByteArray subjectDer(const Certificate& certificate)
{
    return peerNameDer(X509_get_subject_name(certificate.handle()));
}

QStringList codesOf(const DoctorReport& report)
{
    QStringList codes;
    for (const DoctorFinding& finding : report.findings)
        codes << finding.code;
    return codes;
}

const DoctorFinding* findingOf(const DoctorReport& report, const QString& code)
{
    for (const DoctorFinding& finding : report.findings) {
        if (finding.code == code)
            return &finding;
    }
    return nullptr;
}

/// One row's change to the baseline facts.
using FactsEdit = std::function<void(HandshakeFacts&)>;

} // namespace

Q_DECLARE_METATYPE(FactsEdit)

/// DoctorDiagnosis on hand-built HandshakeFacts, no network: each row states what happened on the wire and the exact
/// findings, in order, a person must read for it.
class TestDoctorFindings : public QObject
{
    Q_OBJECT

    ossl::UniquePtr<EVP_PKEY> m_clientCaKey;
    ossl::UniquePtr<EVP_PKEY> m_otherCaKey;
    ossl::UniquePtr<EVP_PKEY> m_serverCaKey;
    ossl::UniquePtr<EVP_PKEY> m_leafKey;
    Certificate m_clientCa; ///< issues Alice's certificate
    Certificate m_otherCa;  ///< issues Olga's certificate
    Certificate m_serverCa;
    Certificate m_server; ///< for service.example.org
    Certificate m_alice;
    Certificate m_aliceNotYetValid;
    Certificate m_olga;

    HandshakeFacts::Identity alice(const Certificate& certificate) const
    {
        HandshakeFacts::Identity identity;
        identity.id = QStringLiteral("a11ce");
        identity.name = QStringLiteral("Alice Example");
        identity.certificate = certificate;
        return identity;
    }

    VaultEntry olgaEntry() const
    {
        VaultEntry entry;
        entry.id = QStringLiteral("0160a");
        entry.name = QStringLiteral("Olga Other");
        entry.hasKey = true;
        entry.certificate = m_olga;
        entry.chain = {m_otherCa};
        return entry;
    }

    /// A TLS 1.3 connection to service.example.org that worked: Alice offered, the server trusted, nothing asked.
    HandshakeFacts baseline() const
    {
        HandshakeFacts facts;
        facts.target = DoctorTarget::parse(QStringLiteral("service.example.org:443")).value();
        facts.now = kNow;
        facts.identity = alice(m_alice);
        facts.identity->chain = {m_clientCa};
        facts.lookup = HandshakeFacts::Lookup{HandshakeFacts::Lookup::Outcome::Resolved, {}};
        facts.connect =
            HandshakeFacts::Connect{HandshakeFacts::Connect::Outcome::Connected, QStringLiteral("192.0.2.10"), {}};
        HandshakeFacts::Handshake& handshake = facts.handshake.emplace();
        handshake.end = HandshakeFacts::TlsStep::End::Done;
        handshake.version = HandshakeFacts::TlsVersion::Tls13;
        handshake.protocol = QStringLiteral("TLS 1.3");
        handshake.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        handshake.serverChain = {m_server, m_serverCa};
        handshake.systemTime = kNow;
        return facts;
    }

private slots:
    void initTestCase()
    {
        m_clientCaKey = newKey();
        m_otherCaKey = newKey();
        m_serverCaKey = newKey();
        m_leafKey = newKey();
        QVERIFY(m_clientCaKey && m_otherCaKey && m_serverCaKey && m_leafKey);
        const QString clientCa = QStringLiteral("CN=Example Client CA,O=Example Corp");
        const QString otherCa = QStringLiteral("CN=Other Client CA,O=Elsewhere Ltd");
        const QString serverCa = QStringLiteral("CN=Example Server CA,O=Example Corp");
        m_clientCa = makeCertificate(
            {clientCa, {}, m_clientCaKey.get(), nullptr, kNow.addYears(-5), kNow.addYears(5), true, {}, {}});
        m_otherCa = makeCertificate(
            {otherCa, {}, m_otherCaKey.get(), nullptr, kNow.addYears(-5), kNow.addYears(5), true, {}, {}});
        m_serverCa = makeCertificate(
            {serverCa, {}, m_serverCaKey.get(), nullptr, kNow.addYears(-5), kNow.addYears(5), true, {}, {}});
        m_server = makeCertificate({QStringLiteral("CN=service.example.org"), serverCa, m_leafKey.get(),
                                    m_serverCaKey.get(), kNow.addDays(-30), kNow.addDays(335), false,
                                    QStringLiteral("service.example.org"), QStringLiteral("serverAuth")});
        m_alice = makeCertificate({QStringLiteral("CN=Alice Example,O=Example Corp"),
                                   clientCa,
                                   m_leafKey.get(),
                                   m_clientCaKey.get(),
                                   kNow.addDays(-30),
                                   kNow.addDays(335),
                                   false,
                                   {},
                                   QStringLiteral("clientAuth")});
        m_aliceNotYetValid = makeCertificate({QStringLiteral("CN=Alice Example,O=Example Corp"),
                                              clientCa,
                                              m_leafKey.get(),
                                              m_clientCaKey.get(),
                                              kNow.addDays(2),
                                              kNow.addDays(367),
                                              false,
                                              {},
                                              QStringLiteral("clientAuth")});
        m_olga = makeCertificate({QStringLiteral("CN=Olga Other,O=Elsewhere Ltd"),
                                  otherCa,
                                  m_leafKey.get(),
                                  m_otherCaKey.get(),
                                  kNow.addDays(-30),
                                  kNow.addDays(335),
                                  false,
                                  {},
                                  QStringLiteral("clientAuth")});
        for (const Certificate* certificate :
             {&m_clientCa, &m_otherCa, &m_serverCa, &m_server, &m_alice, &m_aliceNotYetValid, &m_olga})
            QVERIFY(!certificate->isNull());
        QVERIFY(m_alice.isIssuedBy(m_clientCa));
        QCOMPARE(m_alice.extendedKeyUsage(), QStringList{QStringLiteral("clientAuth")});
    }

    void findings_data()
    {
        using Facts = HandshakeFacts;
        using End = Facts::TlsStep::End;
        QTest::addColumn<FactsEdit>("edit");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<int>("exitCode");

        const QByteArray clientCa = subjectDer(m_clientCa);
        const QByteArray otherCa = subjectDer(m_otherCa);
        // The server asked for a certificate naming `acceptable`, CertDesk sent Alice's; TLS 1.2 or 1.3.
        const auto asked = [](Facts& facts, const QByteArray& acceptable, Facts::TlsVersion version) {
            Facts::Handshake& handshake = *facts.handshake;
            handshake.certificateRequested = true;
            handshake.acceptableCaNames = {acceptable};
            handshake.certificateSent = facts.identity.has_value();
            handshake.version = version;
            if (version == Facts::TlsVersion::Tls12) {
                handshake.protocol = QStringLiteral("TLS 1.2");
                handshake.cipher = QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384");
            }
        };
        // The handshake ended with `alert` instead of succeeding.
        const auto refused = [](Facts& facts, int alert) {
            facts.handshake->end = End::Failed;
            facts.handshake->alert = alert;
            facts.handshake->protocol.clear();
            facts.handshake->cipher.clear();
            facts.handshake->detail = QStringLiteral("ssl/record/rec_layer_s3.c:1584: alert");
        };
        // TLS 1.3: the handshake succeeded, then the server judged the certificate.
        const auto verdict = [](Facts& facts, End end, int alert) {
            Facts::TlsStep& step = facts.verdict.emplace(static_cast<const Facts::TlsStep&>(*facts.handshake));
            step.end = end;
            step.alert = alert;
        };

        QTest::newRow("server asked for no client certificate")
            << FactsEdit([](Facts&) {})
            << QStringList{"connected", "server-trusted", "no-client-cert-requested", "accepted"} << 0;
        QTest::newRow("acceptable CA names do not include the identity's issuer") << FactsEdit([=](Facts& facts) {
            asked(facts, otherCa, Facts::TlsVersion::Tls13);
            verdict(facts, End::Stopped, -1);
        }) << QStringList{"connected", "server-trusted", "client-cert-requested", "ca-not-accepted", "accepted"}
                                                                                  << 2;
        QTest::newRow("acceptable CA names include the identity's issuer") << FactsEdit([=](Facts& facts) {
            asked(facts, clientCa, Facts::TlsVersion::Tls13);
            verdict(facts, End::Stopped, -1);
        }) << QStringList{"connected", "server-trusted", "client-cert-requested", "accepted"}
                                                                           << 0;
        QTest::newRow("alert unknown_ca during a TLS 1.2 handshake")
            << FactsEdit([=](Facts& facts) {
                   asked(facts, clientCa, Facts::TlsVersion::Tls12);
                   refused(facts, TlsAlert::UnknownCa);
               })
            << QStringList{"connected", "server-trusted", "client-cert-requested", "tls12-client-cert-visible",
                           "rejected-unknown-ca"}
            << 2;
        QTest::newRow("alert certificate_expired after a TLS 1.3 handshake") << FactsEdit([=](Facts& facts) {
            asked(facts, clientCa, Facts::TlsVersion::Tls13);
            verdict(facts, End::Failed, TlsAlert::CertificateExpired);
        }) << QStringList{"connected", "server-trusted", "client-cert-requested", "rejected-expired"}
                                                                             << 2;
        QTest::newRow("alert handshake_failure after the certificate was sent")
            << FactsEdit([=](Facts& facts) {
                   asked(facts, clientCa, Facts::TlsVersion::Tls12);
                   refused(facts, TlsAlert::HandshakeFailure);
               })
            << QStringList{"connected", "server-trusted", "client-cert-requested", "tls12-client-cert-visible",
                           "handshake-failure"}
            << 2;
        QTest::newRow("alert handshake_failure when no identity was offered") << FactsEdit([=](Facts& facts) {
            facts.identity.reset();
            asked(facts, clientCa, Facts::TlsVersion::Tls12);
            refused(facts, TlsAlert::HandshakeFailure);
        }) << QStringList{"connected", "server-trusted", "client-cert-requested", "client-cert-required"}
                                                                              << 2;
        QTest::newRow("alert handshake_failure before any certificate was asked for")
            << FactsEdit([=](Facts& facts) { refused(facts, TlsAlert::HandshakeFailure); })
            << QStringList{"connected", "server-trusted", "handshake-failure"} << 3;
        QTest::newRow("server certificate name mismatch") << FactsEdit([](Facts& facts) {
            facts.target = DoctorTarget::parse(QStringLiteral("https://intranet.example.net/")).value();
            facts.http.emplace().answer = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
            facts.http->receivedAt = kNow;
        }) << QStringList{"connected", "server-name-mismatch", "no-client-cert-requested", "accepted", "http-status"}
                                                          << 2;
        QTest::newRow("clock skew: the server's Date header is two hours ahead") << FactsEdit([](Facts& facts) {
            facts.target = DoctorTarget::parse(QStringLiteral("https://service.example.org/")).value();
            facts.http.emplace().answer = "HTTP/1.1 200 OK\r\nDate: Mon, 01 Jun 2026 14:00:00 GMT\r\n\r\nhi";
            facts.http->receivedAt = kNow;
        }) << QStringList{"connected",   "server-trusted", "no-client-cert-requested",
                          "clock-wrong", "accepted",       "http-status"} << 0;
        QTest::newRow("no clock skew: the server's Date header four minutes ahead") << FactsEdit([](Facts& facts) {
            facts.target = DoctorTarget::parse(QStringLiteral("https://service.example.org/")).value();
            facts.http.emplace().answer = "HTTP/1.1 200 OK\r\nDate: Mon, 01 Jun 2026 12:04:00 GMT\r\n\r\nhi";
            facts.http->receivedAt = kNow;
        }) << QStringList{"connected", "server-trusted", "no-client-cert-requested", "accepted", "http-status"}
                                                                                    << 0;
        QTest::newRow("clock skew: both certificates not yet valid") << FactsEdit([=, this](Facts& facts) {
            facts.identity = alice(m_aliceNotYetValid);
            facts.handshake->verifyProblems = {
                {X509_V_ERR_CERT_NOT_YET_VALID, 0, QStringLiteral("CN=service.example.org")}};
        }) << QStringList{"identity-not-yet-valid",   "connected", "server-not-yet-valid", "clock-wrong",
                          "no-client-cert-requested", "accepted"} << 2;
        QTest::newRow("incomplete chain the server does not need") << FactsEdit([=](Facts& facts) {
            facts.identity->chain.clear();
            facts.identity->chainIncomplete = true;
            asked(facts, clientCa, Facts::TlsVersion::Tls13);
            verdict(facts, End::Stopped, -1);
        }) << QStringList{"connected", "server-trusted", "client-cert-requested", "accepted"}
                                                                   << 0;
        QTest::newRow("incomplete chain, and the server names another CA")
            << FactsEdit([=](Facts& facts) {
                   facts.identity->chain.clear();
                   facts.identity->chainIncomplete = true;
                   asked(facts, otherCa, Facts::TlsVersion::Tls13);
                   verdict(facts, End::Closed, -1);
               })
            << QStringList{"chain-incomplete", "connected", "server-trusted", "client-cert-requested",
                           "handshake-failure"}
            << 2;
        QTest::newRow("name not found") << FactsEdit([](Facts& facts) {
            facts.lookup = Facts::Lookup{Facts::Lookup::Outcome::NotFound, QStringLiteral("getaddrinfo: …")};
            facts.connect.reset();
            facts.handshake.reset();
        }) << QStringList{"dns-failed"} << 3;
        QTest::newRow("connection refused") << FactsEdit([](Facts& facts) {
            facts.connect = Facts::Connect{Facts::Connect::Outcome::Refused, {}, QStringLiteral("refused")};
            facts.handshake.reset();
        }) << QStringList{"connect-refused"} << 3;
        QTest::newRow("the port does not speak TLS") << FactsEdit([](Facts& facts) {
            facts.handshake->end = End::Failed;
            facts.handshake->failure = Facts::TlsFailure::NotTls;
            facts.handshake->serverChain.clear();
        }) << QStringList{"connected", "not-tls"} << 3;
        QTest::newRow("cancelled during the handshake") << FactsEdit([](Facts& facts) {
            facts.handshake->end = End::Cancelled;
            facts.cancelled = true;
        }) << QStringList{"connected"} << 0;
    }

    void findings()
    {
        QFETCH(FactsEdit, edit);
        QFETCH(QStringList, codes);
        QFETCH(int, exitCode);
        HandshakeFacts facts = baseline();
        edit(facts);
        const DoctorReport report = DoctorDiagnosis::diagnose(facts);
        QCOMPARE(codesOf(report), codes);
        QCOMPARE(report.exitCode(), exitCode);
        QCOMPARE(report.cancelled, facts.cancelled);
        for (const DoctorFinding& finding : report.findings)
            QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.code));
    }

    /// The facts reach the report: what was connected to, what the server asked for, which identity fits instead.
    void reportCarriesTheFacts()
    {
        HandshakeFacts facts = baseline();
        facts.vaultEntries = {olgaEntry()};
        facts.handshake->certificateRequested = true;
        facts.handshake->certificateSent = true;
        facts.handshake->acceptableCaNames = {subjectDer(m_otherCa)};
        facts.verdict.emplace(static_cast<const HandshakeFacts::TlsStep&>(*facts.handshake));
        facts.verdict->alert = TlsAlert::UnknownCa;
        facts.verdict->end = HandshakeFacts::TlsStep::End::Failed;
        const DoctorReport report = DoctorDiagnosis::diagnose(facts);

        QCOMPARE(codesOf(report), (QStringList{"connected", "server-trusted", "client-cert-requested",
                                               "ca-not-accepted", "rejected-unknown-ca"}));
        QCOMPARE(report.address, QStringLiteral("192.0.2.10"));
        QCOMPARE(report.tlsVersion, QStringLiteral("TLS 1.3"));
        QVERIFY(report.clientCertificateRequested);
        QCOMPARE(report.acceptableCas, QStringList{QStringLiteral("CN=Other Client CA,O=Elsewhere Ltd")});
        QCOMPARE(report.matchingIdentities, QStringList{QStringLiteral("0160a (Olga Other)")});
        QCOMPARE(report.identityId, QStringLiteral("a11ce"));
        QCOMPARE(report.serverChain.size(), 2);

        const DoctorFinding* rejected = findingOf(report, QStringLiteral("rejected-unknown-ca"));
        QVERIFY(rejected);
        QCOMPARE(rejected->severity, DoctorFinding::Severity::Error);
        QCOMPARE(rejected->area, DoctorFinding::Area::Identity);
        QVERIFY2(rejected->detail.contains(QLatin1String("unknown_ca (48) after the handshake")),
                 qPrintable(rejected->detail));
        QVERIFY2(rejected->nextStep.contains(QLatin1String("0160a (Olga Other)")), qPrintable(rejected->nextStep));
    }

    /// An alert during the handshake is said to have come during it, with OpenSSL's text for the helpdesk.
    void alertDuringTheHandshake()
    {
        HandshakeFacts facts = baseline();
        facts.handshake->version = HandshakeFacts::TlsVersion::Tls12;
        facts.handshake->certificateRequested = true;
        facts.handshake->certificateSent = true;
        facts.handshake->end = HandshakeFacts::TlsStep::End::Failed;
        facts.handshake->alert = TlsAlert::AccessDenied;
        facts.handshake->detail = QStringLiteral("tlsv1 alert access denied");
        const DoctorReport report = DoctorDiagnosis::diagnose(facts);
        const DoctorFinding* denied = findingOf(report, QStringLiteral("rejected-access-denied"));
        QVERIFY2(denied, qPrintable(codesOf(report).join(QStringLiteral(", "))));
        QCOMPARE(denied->detail, QStringLiteral("The server sent the TLS alert access_denied (49) during the "
                                                "handshake. OpenSSL: tlsv1 alert access denied."));
        QVERIFY(report.tlsVersion.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDoctorFindings)
#include "tst_doctorfindings.moc"
