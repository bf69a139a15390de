#include "TestSupport.h"
#include "TlsTestSupport.h"

#include "doctor/ConnectionDoctor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr int kStartTimeoutMs = 10000;

/// `openssl s_server -www` with the given options on a free loopback port; killed when it goes out of scope.
class OpensslServer
{
public:
    explicit OpensslServer(const QStringList& options)
    {
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start("openssl",
                        QStringList{"s_server", "-accept", QStringLiteral("127.0.0.1:%1").arg(m_port), "-www"} +
                            options);
        if (!m_process.waitForStarted(kStartTimeoutMs))
            return;
        for (QElapsedTimer timer; !timer.isValid() || timer.elapsed() < kStartTimeoutMs;) {
            if (!timer.isValid())
                timer.start();
            m_process.waitForReadyRead(100);
            m_output += m_process.readAll();
            if (m_output.contains("ACCEPT") || m_process.state() != QProcess::Running)
                break;
        }
        m_ready = m_output.contains("ACCEPT");
    }
    ~OpensslServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    OpensslServer(const OpensslServer&) = delete;
    OpensslServer& operator=(const OpensslServer&) = delete;

    bool isReady() const { return m_ready; }
    int port() const { return m_port; }
    QByteArray output() { return m_output += m_process.readAll(); }

private:
    QProcess m_process;
    QByteArray m_output;
    int m_port = 0;
    bool m_ready = false;
};

/// nginx from the distribution, in one process (master_process off) with its own prefix, config, pid file and logs
/// in a temporary directory, on free loopback ports; stopped when it goes out of scope.
class NginxServer
{
public:
    struct Ports
    {
        int verifyOn = 0;
        int verifyOptional = 0;
        int plainHttp = 0;
    };

    static QString executable()
    {
        QString found = QStandardPaths::findExecutable("nginx");
        if (found.isEmpty())
            found = QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/local/sbin"});
        return found;
    }

    NginxServer(const QString& certificateChain, const QString& key, const QString& clientCa)
    {
        const QString prefix = m_dir.path();
        m_ports = {freePort(), freePort(), freePort()};
        const QString server = QStringLiteral("    server {\n"
                                              "        listen 127.0.0.1:%1 ssl;\n"
                                              "        ssl_certificate %2;\n"
                                              "        ssl_certificate_key %3;\n"
                                              "        ssl_client_certificate %4;\n"
                                              "        ssl_verify_client %5;\n"
                                              "        ssl_verify_depth 3;\n"
                                              "        ssl_protocols TLSv1.2 TLSv1.3;\n"
                                              "        location / {\n"
                                              "            if ($ssl_client_verify != SUCCESS) { return 403; }\n"
                                              "            return 200 \"welcome $ssl_client_s_dn\\n\";\n"
                                              "        }\n"
                                              "    }\n");
        QString config = QStringLiteral("pid %1/nginx.pid;\n"
                                        "error_log %1/error.log info;\n"
                                        "events { worker_connections 32; }\n"
                                        "http {\n"
                                        "    access_log %1/access.log;\n"
                                        "    client_body_temp_path %1/body;\n"
                                        "    proxy_temp_path %1/proxy;\n"
                                        "    fastcgi_temp_path %1/fastcgi;\n"
                                        "    uwsgi_temp_path %1/uwsgi;\n"
                                        "    scgi_temp_path %1/scgi;\n"
                                        "    server { listen 127.0.0.1:%2; location / { return 200 \"plain\\n\"; } }\n")
                             .arg(prefix)
                             .arg(m_ports.plainHttp);
        config += server.arg(m_ports.verifyOn).arg(certificateChain, key, clientCa, "on");
        config += server.arg(m_ports.verifyOptional).arg(certificateChain, key, clientCa, "optional");
        config += "}\n";
        writeFile(prefix + "/nginx.conf", config.toUtf8());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(executable(), {"-p", prefix + "/", "-c", prefix + "/nginx.conf", "-e", prefix + "/error.log",
                                       "-g", "daemon off; master_process off;"});
        if (!m_process.waitForStarted(kStartTimeoutMs)) {
            m_error = m_process.errorString();
            return;
        }
        for (QElapsedTimer timer; !timer.isValid() || timer.elapsed() < kStartTimeoutMs; QTest::qWait(100)) {
            if (!timer.isValid())
                timer.start();
            if (m_process.state() != QProcess::Running)
                break;
            if (listening(m_ports.verifyOn) && listening(m_ports.verifyOptional) && listening(m_ports.plainHttp)) {
                m_ready = true;
                return;
            }
        }
        m_error = QString::fromUtf8(m_process.readAll() + readFile(prefix + "/error.log"));
    }
    ~NginxServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    NginxServer(const NginxServer&) = delete;
    NginxServer& operator=(const NginxServer&) = delete;

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    const Ports& ports() const { return m_ports; }

private:
    static bool listening(int port)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(static_cast<uint16_t>(port));
        const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        return connected;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    Ports m_ports;
    bool m_ready = false;
    QString m_error;
};

/// A loopback listener that never accepts: TCP connects (the kernel's backlog), TLS never answers.
class SilentListener
{
public:
    SilentListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 && ::listen(m_fd, 4) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~SilentListener() { ::close(m_fd); }
    SilentListener(const SilentListener&) = delete;
    SilentListener& operator=(const SilentListener&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

QStringList codesOf(const QJsonObject& report)
{
    QStringList codes;
    for (const QJsonValue& finding : report.value("findings").toArray())
        codes << finding.toObject().value("code").toString();
    return codes;
}

QJsonObject findingOf(const QJsonObject& report, const QString& code)
{
    for (const QJsonValue& finding : report.value("findings").toArray()) {
        if (finding.toObject().value("code").toString() == code)
            return finding.toObject();
    }
    return {};
}

} // namespace

/// certdesk-cli doctor against real servers on 127.0.0.1 — openssl s_server in each configuration that confuses
/// users, and nginx with ssl_verify_client on and optional — each case identified by its stable finding code.
class TestDoctor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCa m_ca;
    QString m_passphrase;
    QString m_vault;     ///< Alice (issued under the test CA, chain included), Olga (another CA), an expired one
    QString m_bareVault; ///< an identity imported without the intermediate CA that issued it
    QString m_aliceId;
    QString m_olgaId;
    QString m_expiredId;
    QString m_bareId;
    QString m_serverKey;
    QString m_serverCert;
    QString m_serverChainFile; ///< server certificate + intermediate, for nginx
    QString m_otherNameCert;   ///< a server certificate for other.example
    QString m_otherRoot;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ProcessResult cli(const QString& vault, const QStringList& arguments)
    {
        return runProcess(CERTDESK_CLI_PATH,
                          QStringList{"--vault", vault, "--passphrase-file", m_passphrase} + arguments, {},
                          QProcessEnvironment::systemEnvironment(), 60000);
    }

    /// The --json report of one doctor run; fails the test when the exit code is not `expectedExit`.
    QJsonObject doctor(const QString& vault, const QStringList& arguments, int expectedExit)
    {
        const QStringList bound = arguments.contains("--timeout") ? QStringList{} : QStringList{"--timeout", "5"};
        const ProcessResult result = cli(vault, QStringList{"--json", "doctor"} + bound + arguments);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        if (result.exitCode != expectedExit || result.crashed) {
            qWarning("certdesk-cli doctor %s: %s", qPrintable(arguments.join(' ')), qPrintable(result.describe()));
            return {{"unexpectedExit", result.exitCode}};
        }
        return report;
    }

    /// A new identity made as a user makes it: request in the vault, signing by a CA, import with its chain.
    QString makeIdentity(const QString& vault, const QString& name, const std::function<QString(const QString&)>& sign,
                         const QStringList& chainFiles)
    {
        const QString csr = path(name + ".csr");
        const ProcessResult requested = cli(vault, {"--json", "request", "--subject", "CN=" + name + ",O=Example Corp",
                                                    "--profile", "client", "--name", name, "--out", csr});
        if (requested.exitCode != 0) {
            qWarning("request: %s", qPrintable(requested.describe()));
            return {};
        }
        const QString id = QJsonDocument::fromJson(requested.out).object().value("id").toString();
        const QString certificate = sign(csr);
        if (certificate.isEmpty())
            return {};
        const ProcessResult imported = cli(vault, QStringList{"import", certificate} + chainFiles);
        if (imported.exitCode != 0) {
            qWarning("import: %s", qPrintable(imported.describe()));
            return {};
        }
        return id;
    }

    QString makeServerCertificate(const QString& name, const QString& san)
    {
        const ProcessResult request = openssl({"req", "-new", "-key", m_serverKey, "-subj", "/CN=" + name, "-addext",
                                               "subjectAltName=" + san, "-out", path(name + ".csr")});
        if (request.exitCode != 0) {
            qWarning("%s", qPrintable(request.describe()));
            return {};
        }
        return m_ca.sign(path(name + ".csr"), 30, name + ".crt");
    }

    void checkSentence(const QJsonObject& report, const QString& code)
    {
        const QJsonObject finding = findingOf(report, code);
        QVERIFY2(!finding.isEmpty(), qPrintable(code + " missing: " + QJsonDocument(report).toJson()));
        const QString message = finding.value("message").toString();
        QVERIFY2(message.size() > 20 && message.endsWith('.'), qPrintable(message));
        if (finding.value("severity").toString() == "error")
            QVERIFY2(!finding.value("nextStep").toString().isEmpty(), qPrintable(code + " has no next step"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        m_passphrase = path("passphrase");
        writeFile(m_passphrase, "doctor test passphrase\n");
        m_vault = path("vault");
        m_bareVault = path("bare-vault");

        m_serverKey = path("server.key");
        QCOMPARE(openssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", m_serverKey})
                     .exitCode,
                 0);
        m_serverCert = makeServerCertificate("localhost", "IP:127.0.0.1,DNS:localhost");
        QVERIFY(!m_serverCert.isEmpty());
        m_serverChainFile = path("server-chain.crt");
        writeFile(m_serverChainFile, readFile(m_serverCert) + readFile(m_ca.intermediateCertPath()));
        m_otherNameCert = makeServerCertificate("other.example", "DNS:other.example");
        QVERIFY(!m_otherNameCert.isEmpty());

        // A second, unrelated CA: the "wrong" one.
        m_otherRoot = path("other-root.crt");
        QCOMPARE(openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                          path("other-root.key"), "-out", m_otherRoot, "-subj", "/O=Other Corp/CN=Other Corp Root CA",
                          "-days", "30", "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
                          "keyUsage=critical,keyCertSign,cRLSign"})
                     .exitCode,
                 0);

        auto byTestCa = [this](int days, const QString& out) {
            return [this, days, out](const QString& csr) { return m_ca.sign(csr, days, out); };
        };
        m_aliceId = makeIdentity(m_vault, "Alice", byTestCa(30, "alice.crt"), {m_ca.intermediateCertPath()});
        QVERIFY(!m_aliceId.isEmpty());
        m_olgaId = makeIdentity(m_vault, "Olga",
                                [this](const QString& csr) {
                                    const QString out = path("olga.crt");
                                    const ProcessResult signedCert =
                                        openssl({"x509", "-req", "-in", csr, "-CA", m_otherRoot, "-CAkey",
                                                 path("other-root.key"), "-set_serial", "77", "-days", "30",
                                                 "-copy_extensions", "copyall", "-out", out});
                                    return signedCert.exitCode == 0 ? out : QString();
                                },
                                {m_otherRoot});
        QVERIFY(!m_olgaId.isEmpty());
        // -days -1: not after yesterday — expired for this computer and for the server.
        m_expiredId = makeIdentity(m_vault, "Eddie", byTestCa(-1, "eddie.crt"), {m_ca.intermediateCertPath()});
        QVERIFY(!m_expiredId.isEmpty());
        m_bareId = makeIdentity(m_bareVault, "Bart", byTestCa(30, "bart.crt"), {});
        QVERIFY(!m_bareId.isEmpty());
    }

    void targets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("https");

        QTest::newRow("https URL") << "https://example.org/a/b?x=1" << true << "example.org" << 443 << "/a/b?x=1"
                                   << true;
        QTest::newRow("https URL with port")
            << "https://example.org:8443" << true << "example.org" << 8443 << "/" << true;
        QTest::newRow("ldaps URL") << "ldaps://ldap.example.org" << true << "ldap.example.org" << 636 << "/" << false;
        QTest::newRow("host:port") << "127.0.0.1:4433" << true << "127.0.0.1" << 4433 << "/" << false;
        QTest::newRow("IPv6 with port") << "[::1]:8443" << true << "::1" << 8443 << "/" << false;
        QTest::newRow("bare host") << "example.org" << true << "example.org" << 443 << "/" << false;
        QTest::newRow("IDN") << "bücher.example:443" << true << "xn--bcher-kva.example" << 443 << "/" << false;
        QTest::newRow("port out of range") << "example.org:70000" << false << "" << 0 << "" << false;
        QTest::newRow("port not a number") << "example.org:https" << false << "" << 0 << "" << false;
        QTest::newRow("unknown scheme without port") << "gopher://example.org" << false << "" << 0 << "" << false;
        QTest::newRow("empty") << "" << false << "" << 0 << "" << false;
    }

    void targets()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto target = DoctorTarget::parse(text);
        QCOMPARE(target.ok(), valid);
        if (!valid) {
            QCOMPARE(target.error().code, ErrorCode::Usage);
            QVERIFY(!target.error().message.isEmpty());
            return;
        }
        QTEST(target.value().host, "host");
        QTEST(int(target.value().port), "port");
        QTEST(target.value().path, "path");
        QTEST(target.value().isHttps(), "https");
    }

    void httpAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status"); // -1: not an HTTP answer
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("date"); // ISO 8601, empty when none is readable
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("nginx 400") << QByteArray("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n"
                                                 "Date: Mon, 23 Nov 2026 18:00:00 GMT\r\n\r\n<html>page</html>")
                                   << 400 << "Bad Request" << "2026-11-23T18:00:00Z" << QByteArray("<html>page</html>");
        QTest::newRow("lower-case header, first readable date")
            << QByteArray("HTTP/1.0 403 Forbidden\r\ndate: nonsense\r\nDATE: Tue, 01 Dec 2026 08:30:00 +0100\r\n\r\n")
            << 403 << "Forbidden" << "2026-12-01T07:30:00Z" << QByteArray();
        QTest::newRow("no reason, no headers") << QByteArray("HTTP/2 200") << 200 << "" << "" << QByteArray();
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << -1 << "" << "" << QByteArray();
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 abc OK\r\n\r\n") << -1 << "" << "" << QByteArray();
        QTest::newRow("empty") << QByteArray() << -1 << "" << "" << QByteArray();
    }

    void httpAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        const DoctorHttpAnswer http = DoctorHttpAnswer::parse(answer);
        QCOMPARE(http.status.value_or(-1), status);
        QTEST(http.reason, "reason");
        QTEST(http.serverDate.isValid() ? isoUtc(http.serverDate) : QString(), "date");
        QTEST(http.body, "body");
    }

    void opensslServer_data()
    {
        QTest::addColumn<QStringList>("serverOptions");
        QTest::addColumn<QString>("vault");    // "main" or "bare"
        QTest::addColumn<QString>("identity"); // "alice", "olga", "expired", "bare" or ""
        QTest::addColumn<bool>("url");         // https://…/ (with a GET) or HOST:PORT
        QTest::addColumn<bool>("trustServer"); // --ca-file with the test CA's root
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<int>("exitCode");

        const QString root = m_ca.rootCertPath();
        const QStringList server{"-cert",     m_serverCert,  "-key",
                                 m_serverKey, "-cert_chain", m_ca.intermediateCertPath()};
        const QStringList verifyRightCa{"-Verify", "3", "-CAfile", root, "-verify_return_error"};
        const QStringList verifyWrongCa{"-Verify", "3", "-CAfile", m_otherRoot, "-verify_return_error"};

        QTest::newRow("right CA, TLS 1.3")
            << server + verifyRightCa << "main"
            << "alice" << true << true
            << QStringList{"connected", "server-trusted", "client-cert-requested", "accepted", "http-status"}
            << QStringList{"ca-not-accepted", "tls12-client-cert-visible"} << 0;
        QTest::newRow("right CA, HOST:PORT")
            << server + verifyRightCa << "main"
            << "alice" << false << true << QStringList{"client-cert-requested", "accepted"}
            << QStringList{"http-status", "chain-incomplete"} << 0;
        QTest::newRow("wrong CA") << server + verifyWrongCa << "main"
                                  << "alice" << true << true << QStringList{"ca-not-accepted", "rejected-unknown-ca"}
                                  << QStringList{"accepted"} << 2;
        QTest::newRow("no client certificate requested")
            << server << "main"
            << "alice" << true << true << QStringList{"no-client-cert-requested", "accepted"}
            << QStringList{"client-cert-requested"} << 0;
        QTest::newRow("required, none sent, TLS 1.3")
            << server + verifyRightCa << "main"
            << "" << true << true << QStringList{"client-cert-requested", "client-cert-required"}
            << QStringList{"accepted"} << 2;
        QTest::newRow("required, none sent, TLS 1.2")
            << server + verifyRightCa + QStringList{"-tls1_2"} << "main"
            << "" << true << true << QStringList{"client-cert-required"} << QStringList{"accepted"} << 2;
        QTest::newRow("TLS 1.2 only") << server + verifyRightCa + QStringList{"-tls1_2"} << "main"
                                      << "alice" << true << true
                                      << QStringList{"tls12-client-cert-visible", "accepted", "http-status"}
                                      << QStringList{} << 0;
        QTest::newRow("intermediate not sent")
            << server + verifyRightCa << "bare"
            << "bare" << true << true << QStringList{"chain-incomplete", "rejected-unknown-ca"}
            << QStringList{"accepted", "ca-not-accepted"} << 2;
        QTest::newRow("expired client certificate")
            << server + verifyRightCa << "main"
            << "expired" << true << true << QStringList{"identity-expired", "rejected-expired"}
            << QStringList{"accepted"} << 2;
        QTest::newRow("server certificate for another name")
            << QStringList{"-cert", m_otherNameCert, "-key", m_serverKey, "-cert_chain", m_ca.intermediateCertPath()}
            << "main"
            << "alice" << true << true << QStringList{"server-name-mismatch", "accepted"}
            << QStringList{"server-trusted", "server-untrusted"} << 2;
        QTest::newRow("server CA not trusted") << server << "main"
                                               << "" << true << false << QStringList{"server-untrusted"}
                                               << QStringList{"server-trusted", "server-name-mismatch"} << 2;
    }

    void opensslServer()
    {
        QFETCH(QStringList, serverOptions);
        QFETCH(QString, vault);
        QFETCH(QString, identity);
        QFETCH(bool, url);
        QFETCH(bool, trustServer);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        QFETCH(int, exitCode);

        OpensslServer server(serverOptions);
        QVERIFY2(server.isReady(), server.output().constData());
        const QString target = url ? QStringLiteral("https://127.0.0.1:%1/").arg(server.port())
                                   : QStringLiteral("127.0.0.1:%1").arg(server.port());
        QStringList arguments{target};
        if (trustServer)
            arguments << "--ca-file" << m_ca.rootCertPath();
        const QHash<QString, QString> ids{
            {"alice", m_aliceId}, {"olga", m_olgaId}, {"expired", m_expiredId}, {"bare", m_bareId}};
        if (!identity.isEmpty())
            arguments << "--identity" << ids.value(identity);

        const QJsonObject report = doctor(vault == "bare" ? m_bareVault : m_vault, arguments, exitCode);
        QVERIFY2(!report.contains("unexpectedExit"), server.output().constData());
        const QStringList codes = codesOf(report);
        for (const QString& code : expected) {
            QVERIFY2(codes.contains(code), qPrintable(code + " not in " + codes.join(", ")));
            checkSentence(report, code);
        }
        for (const QString& code : absent)
            QVERIFY2(!codes.contains(code), qPrintable(code + " in " + codes.join(", ")));
        QCOMPARE(report.value("target").toString(), target);
        QCOMPARE(report.value("host").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(report.value("port").toInt(), server.port());
        if (codes.contains("accepted")) {
            QVERIFY(report.value("tlsVersion").toString().startsWith("TLS 1."));
            QVERIFY(!report.value("cipher").toString().isEmpty());
        }
        if (url && codes.contains("http-status"))
            QCOMPARE(report.value("httpStatus").toInt(), 200);
        else
            QVERIFY(report.value("httpStatus").isNull());
        if (codes.contains("client-cert-requested")) {
            QVERIFY(report.value("clientCertificateRequested").toBool());
            const QString acceptable = report.value("acceptableCas").toArray().first().toString();
            QCOMPARE(acceptable, serverOptions.contains(m_otherRoot)
                                     ? QStringLiteral("CN=Other Corp Root CA,O=Other Corp")
                                     : QStringLiteral("CN=CertDesk Test Root CA,O=CertDesk Test"));
        }
    }

    void pointsToAnIdentityThatFits()
    {
        // The server accepts only the other CA: Alice does not fit, Olga does, and the doctor says so.
        OpensslServer server({"-cert", m_serverCert, "-key", m_serverKey, "-cert_chain", m_ca.intermediateCertPath(),
                              "-Verify", "3", "-CAfile", m_otherRoot, "-verify_return_error"});
        QVERIFY2(server.isReady(), server.output().constData());
        const QString target = QStringLiteral("https://127.0.0.1:%1/").arg(server.port());
        const QJsonObject wrong =
            doctor(m_vault, {target, "--ca-file", m_ca.rootCertPath(), "--identity", m_aliceId}, 2);
        QCOMPARE(wrong.value("matchingIdentities").toArray().size(), 1);
        QVERIFY(wrong.value("matchingIdentities").toArray().first().toString().startsWith(m_olgaId));
        QVERIFY2(findingOf(wrong, "ca-not-accepted").value("nextStep").toString().contains(m_olgaId),
                 qPrintable(QJsonDocument(wrong).toJson()));
        QVERIFY(findingOf(wrong, "ca-not-accepted").value("message").toString().contains("Other Corp Root CA"));

        const QJsonObject right =
            doctor(m_vault, {target, "--ca-file", m_ca.rootCertPath(), "--identity", m_olgaId}, 0);
        QVERIFY2(codesOf(right).contains("accepted"), qPrintable(codesOf(right).join(", ")));
        QCOMPARE(right.value("identity").toObject().value("id").toString(), m_olgaId);
    }

    void textOutputAndReport()
    {
        OpensslServer server({"-cert", m_serverCert, "-key", m_serverKey, "-cert_chain", m_ca.intermediateCertPath(),
                              "-Verify", "3", "-CAfile", m_otherRoot, "-verify_return_error"});
        QVERIFY2(server.isReady(), server.output().constData());
        const QString report = path("report.txt");
        const ProcessResult result =
            cli(m_vault, {"doctor", QStringLiteral("127.0.0.1:%1").arg(server.port()), "--ca-file", m_ca.rootCertPath(),
                          "--identity", m_aliceId, "--report", report, "--timeout", "5"});
        QCOMPARE(result.exitCode, 2);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains("✓ Reached 127.0.0.1 on port"), qPrintable(text));
        QVERIFY2(text.contains("✗ The server does not trust the authority that issued “Alice”"), qPrintable(text));
        QVERIFY2(text.contains("Next step:"), qPrintable(text));
        QVERIFY(result.err.contains("Testing 127.0.0.1:"));

        const QFile::Permissions permissions = QFile::permissions(report);
        QVERIFY(permissions.testFlag(QFile::ReadOwner) && permissions.testFlag(QFile::WriteOwner));
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        const QByteArray written = readFile(report);
        QVERIFY(written.contains("rejected-unknown-ca"));
        QVERIFY(written.contains("ca-not-accepted"));
        QVERIFY(written.contains("Acceptable CA: CN=Other Corp Root CA,O=Other Corp"));
        QVERIFY(written.contains("Subject: CN=Alice,O=Example Corp"));
        QVERIFY(written.contains("Subject: CN=localhost"));
        QVERIFY(!written.contains("PRIVATE KEY"));
        QVERIFY(!written.contains("doctor test passphrase"));
        const QByteArray alicePem = readFile(m_ca.directory() + "/alice.crt");
        QVERIFY(alicePem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(!written.contains(alicePem.mid(30, 40))); // names, serials and dates; no certificate bodies
    }

    void nothingListening()
    {
        const int port = freePort();
        const QJsonObject report =
            doctor(m_vault, {QStringLiteral("127.0.0.1:%1").arg(port), "--identity", m_aliceId}, 3);
        QCOMPARE(codesOf(report).last(), QStringLiteral("connect-refused"));
        checkSentence(report, "connect-refused");
        QVERIFY(findingOf(report, "connect-refused").value("message").toString().contains("not a certificate problem"));
        QVERIFY(report.value("tlsVersion").isNull());
    }

    void handshakeTimeoutAndCancel()
    {
        SilentListener silent;
        QVERIFY(silent.port() > 0);
        QElapsedTimer timer;
        timer.start();
        const QJsonObject report =
            doctor(m_vault, {QStringLiteral("127.0.0.1:%1").arg(silent.port()), "--timeout", "1"}, 3);
        QVERIFY(codesOf(report).contains("handshake-timeout"));
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));

        // In the core: a cancel from another thread ends the wait within a fraction of a second.
        DoctorOptions options;
        options.target = DoctorTarget::parse(QStringLiteral("127.0.0.1:%1").arg(silent.port())).value();
        options.timeoutMs = 60000;
        std::atomic<bool> cancel{false};
        options.cancel = &cancel;
        timer.restart();
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        auto cancelled = ConnectionDoctor::examine(options);
        canceller.join();
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled.value().cancelled);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!cancelled.value().has("handshake-timeout"));
    }

    void usageErrors()
    {
        QCOMPARE(cli(m_vault, {"doctor", "https://"}).exitCode, 1);
        QCOMPARE(cli(m_vault, {"doctor", "127.0.0.1:443", "--timeout", "0"}).exitCode, 1);
        QCOMPARE(cli(m_vault, {"doctor", "127.0.0.1:443", "--identity", "ffffffff"}).exitCode, 3);
        const ProcessResult missingCa = cli(m_vault, {"doctor", "127.0.0.1:443", "--ca-file", path("nope.pem")});
        QCOMPARE(missingCa.exitCode, 3);
        QVERIFY(missingCa.err.contains("nope.pem"));
    }

    void nginx_data()
    {
        QTest::addColumn<QString>("server"); // "on", "optional" or "plain"
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("httpStatus"); // 0: none
        QTest::addColumn<int>("exitCode");

        QTest::newRow("on, right identity")
            << "on"
            << "alice" << QStringList{"client-cert-requested", "accepted", "http-status"} << 200 << 0;
        QTest::newRow("on, no identity") << "on"
                                         << "" << QStringList{"client-cert-required"} << 400 << 2;
        QTest::newRow("on, identity from another CA")
            << "on"
            << "olga" << QStringList{"ca-not-accepted", "rejected-bad-certificate"} << 400 << 2;
        QTest::newRow("optional, right identity") << "optional"
                                                  << "alice" << QStringList{"accepted", "http-status"} << 200 << 0;
        QTest::newRow("optional, no identity: 403 from the application")
            << "optional"
            << "" << QStringList{"client-cert-requested", "accepted", "http-status"} << 403 << 2;
        QTest::newRow("plain HTTP port") << "plain"
                                         << "alice" << QStringList{"not-tls"} << 0 << 3;
    }

    void nginx()
    {
        QFETCH(QString, server);
        QFETCH(QString, identity);
        QFETCH(QStringList, expected);
        QFETCH(int, httpStatus);
        QFETCH(int, exitCode);

        if (NginxServer::executable().isEmpty())
            QSKIP("nginx is not installed (Debian package nginx; packaging/setup.sh installs it)");
        if (!m_nginx)
            m_nginx = std::make_unique<NginxServer>(m_serverChainFile, m_serverKey, m_ca.rootCertPath());
        QVERIFY2(m_nginx->isReady(), qPrintable(m_nginx->error()));
        const int port = server == "on"         ? m_nginx->ports().verifyOn
                         : server == "optional" ? m_nginx->ports().verifyOptional
                                                : m_nginx->ports().plainHttp;
        QStringList arguments{QStringLiteral("https://127.0.0.1:%1/private/").arg(port), "--ca-file",
                              m_ca.rootCertPath()};
        if (identity == "alice")
            arguments << "--identity" << m_aliceId;
        else if (identity == "olga")
            arguments << "--identity" << m_olgaId;
        const QJsonObject report = doctor(m_vault, arguments, exitCode);
        QVERIFY(!report.contains("unexpectedExit"));
        const QStringList codes = codesOf(report);
        for (const QString& code : expected) {
            QVERIFY2(codes.contains(code), qPrintable(code + " not in " + codes.join(", ")));
            checkSentence(report, code);
        }
        if (codes.contains("accepted")) // nginx 1.22 stops at TLS 1.2 unless told otherwise; the test tells it
            QCOMPARE(report.value("tlsVersion").toString(), QStringLiteral("TLS 1.3"));
        if (httpStatus == 0)
            QVERIFY(report.value("httpStatus").isNull());
        else
            QCOMPARE(report.value("httpStatus").toInt(), httpStatus);
        if (httpStatus == 403) {
            QCOMPARE(findingOf(report, "http-status").value("severity").toString(), QStringLiteral("error"));
            QVERIFY(findingOf(report, "http-status").value("nextStep").toString().contains(m_aliceId));
        }
    }

    void cleanupTestCase() { m_nginx.reset(); }

private:
    std::unique_ptr<NginxServer> m_nginx;
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
