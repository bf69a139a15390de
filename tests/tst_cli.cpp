#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certdesk::test;

/// certdesk-cli end to end, as a helpdesk script would drive it, against a CA made by the `openssl` command.
/// With CERTDESK_TEST_KEYCHAIN=1 (CTest runs it so inside run-with-keyring.sh) the vault key lives in the real
/// Secret Service; otherwise in a passphrase file.
class TestCli : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_dir;
    bool m_keychain = qEnvironmentVariableIntValue("CERTDESK_TEST_KEYCHAIN") == 1;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString vaultDir() const { return path("vault"); }

    QStringList base() const
    {
        QStringList arguments{"--vault", vaultDir()};
        if (!m_keychain)
            arguments << "--passphrase-file" << path("vault-pass.txt");
        return arguments;
    }

    ProcessResult cli(const QStringList& arguments, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        return runProcess(CERTDESK_CLI_PATH, base() + arguments, {}, environment);
    }

    QJsonDocument json(const ProcessResult& result)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << result.out;
        return document;
    }

    QString opensslField(const QStringList& arguments)
    {
        const ProcessResult result = openssl(arguments);
        return QString::fromUtf8(result.out.trimmed()).section('=', 1);
    }

    /// request → CA signs → import certificate + chain files; returns the new entry's ID.
    QString enrol(const QString& cn, const QStringList& extra = {})
    {
        const QString csr = path(cn + ".csr");
        const ProcessResult request = cli(QStringList{"--json", "request", "--subject", "CN=" + cn + ",O=Example Corp,C=DE",
                                                      "--out", csr} + extra);
        if (request.exitCode != 0) {
            qWarning() << request.describe();
            return {};
        }
        const QString id = json(request).object().value("id").toString();
        const QString certificate = m_ca.sign(csr, 90, cn + ".crt");
        const ProcessResult imported = cli({"import", certificate, m_ca.intermediateCertPath(), m_ca.rootCertPath()});
        if (imported.exitCode != 0) {
            qWarning() << imported.describe();
            return {};
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        writeFile(path("vault-pass.txt"), "vault passphrase\n");
        writeFile(path("p12-pass.txt"), "export password\n");
        qInfo() << (m_keychain ? "vault key in the Secret Service keychain" : "vault key from a passphrase file");
    }

    void requestSignImportExport()
    {
        const QString csr = path("alice.csr");
        const ProcessResult request =
            cli({"--json", "request", "--subject", "CN=Alice Example,O=Example Corp,C=DE", "--san",
                 "email:alice@example.org", "--san", "upn:alice@corp.example.org", "--profile", "client", "--key-type",
                 "ec-p384", "--name", "Alice VPN", "--out", csr});
        QVERIFY2(request.exitCode == 0, qPrintable(request.describe()));
        const QJsonObject requested = json(request).object();
        const QString id = requested.value("id").toString();
        QCOMPARE(id.size(), 8);
        QCOMPARE(requested.value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(requested.value("keyType").toString(), QStringLiteral("ec-p384"));
        QCOMPARE(requested.value("name").toString(), QStringLiteral("Alice VPN"));
        QCOMPARE(requested.value("csr").toString().toLatin1(), readFile(csr));

        const ProcessResult verified = openssl({"req", "-in", csr, "-verify", "-noout", "-text"});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        QVERIFY(verified.out.contains("TLS Web Client Authentication"));
        QVERIFY(verified.out.contains("email:alice@example.org"));
        QVERIFY(verified.out.contains("ecdsa-with-SHA384"));

        const ProcessResult pending = cli({"--json", "list", "--pending"});
        QCOMPARE(json(pending).array().size(), 1);

        const QString certificate = m_ca.sign(csr, 90, "alice.crt");
        QVERIFY2(!certificate.isEmpty(), qPrintable(m_ca.error()));
        const ProcessResult imported =
            cli({"--json", "import", certificate, m_ca.intermediateCertPath(), m_ca.rootCertPath()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonArray outcomes = json(imported).object().value("outcomes").toArray();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().toObject().value("action").toString(), QStringLiteral("request-completed"));

        // The listed facts agree with openssl's reading of the same certificate.
        const ProcessResult listed = cli({"--json", "list"});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray entries = json(listed).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value("id").toString(), id);
        QCOMPARE(entry.value("status").toString(), QStringLiteral("valid"));
        QCOMPARE(entry.value("subject").toString(), QStringLiteral("CN=Alice Example,O=Example Corp,C=DE"));
        QCOMPARE(entry.value("issuer").toString(), QStringLiteral("CN=CertDesk Test Issuing CA,O=CertDesk Test"));
        QCOMPARE(entry.value("serial").toString(), opensslField({"x509", "-in", certificate, "-noout", "-serial"}));
        QCOMPARE(entry.value("fingerprintSha256").toString(),
                 opensslField({"x509", "-in", certificate, "-noout", "-fingerprint", "-sha256"}));
        QCOMPARE(entry.value("daysLeft").toInt(), 89);
        QCOMPARE(entry.value("sans").toArray().size(), 2);
        for (const char* field : {"notBefore", "notAfter", "keyType", "name"})
            QVERIFY2(!entry.value(field).toString().isEmpty(), field);

        // Importing the same answer again is harmless and says so.
        const ProcessResult again = cli({"import", certificate});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("nothing changed"), qPrintable(again.describe()));

        // show by ID prefix, with the chain.
        const ProcessResult shown = cli({"--json", "show", id.left(5)});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(json(shown).object().value("chain").toArray().size(), 2);
        QVERIFY(json(shown).object().value("extendedKeyUsage").toArray().contains(QStringLiteral("clientAuth")));

        // PKCS#12 in both profiles: OpenSSL and NSS open it, and the key in it belongs to the certificate.
        const ProcessResult certificateKey = openssl({"x509", "-in", certificate, "-noout", "-pubkey"});
        for (const QString& profile : {QStringLiteral("modern"), QStringLiteral("compatible")}) {
            const QString p12 = path("alice-" + profile + ".p12");
            const ProcessResult exported = cli({"export", id, "--format", "p12", "--p12-profile", profile,
                                                "--password-file", path("p12-pass.txt"), "--out", p12});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
            QFile::Permissions permissions = QFileInfo(p12).permissions();
            QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
            const ProcessResult key = openssl({"pkcs12", "-in", p12, "-passin", "file:" + path("p12-pass.txt"),
                                               "-nocerts", "-nodes", "-out", path(profile + ".key")});
            QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
            const ProcessResult publicKey = openssl({"pkey", "-in", path(profile + ".key"), "-pubout"});
            QCOMPARE(publicKey.out, certificateKey.out);
            const ProcessResult certs = openssl({"pkcs12", "-in", p12, "-passin", "file:" + path("p12-pass.txt"), "-nokeys"});
            QCOMPARE(certs.out.count("BEGIN CERTIFICATE"), 3);
            const QString db = path("nssdb-" + profile);
            QDir().mkpath(db);
            QCOMPARE(runProcess("certutil", {"-N", "-d", "sql:" + db, "--empty-password"}).exitCode, 0);
            const ProcessResult nss = runProcess("pk12util", {"-i", p12, "-d", "sql:" + db, "-w", path("p12-pass.txt")});
            QVERIFY2(nss.exitCode == 0, qPrintable(nss.describe()));
            QVERIFY(runProcess("certutil", {"-K", "-d", "sql:" + db}).out.contains("Alice VPN"));
        }

        // PEM, DER and chain exports.
        const ProcessResult pem = cli({"export", id, "--format", "pem"});
        QCOMPARE(pem.out, readFile(certificate));
        const ProcessResult der = cli({"export", id, "--format", "der", "--out", path("alice.der")});
        QCOMPARE(der.exitCode, 0);
        QCOMPARE(openssl({"x509", "-inform", "DER", "-in", path("alice.der")}).out, readFile(certificate));
        const ProcessResult chain = cli({"export", id, "--format", "chain"});
        QCOMPARE(chain.out.count("BEGIN CERTIFICATE"), 3);
        const ProcessResult withKey =
            cli({"export", id, "--format", "pem", "--with-key", "--password-file", path("p12-pass.txt")});
        QVERIFY(withKey.out.contains("BEGIN ENCRYPTED PRIVATE KEY"));
        QVERIFY(!withKey.out.contains("BEGIN PRIVATE KEY"));

        // Delete asks for confirmation; without a terminal it refuses unless --yes.
        const ProcessResult refused = cli({"delete", id});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--yes"));
        QCOMPARE(cli({"delete", id, "--yes"}).exitCode, 0);
        QCOMPARE(cli({"show", id}).exitCode, 3);
    }

    void importsPkcs12FromElsewhere()
    {
        // A bundle made by another tool (here openssl, legacy RC2) becomes an identity directly.
        QVERIFY(openssl({"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", path("bob.key"), "-out",
                         path("bob.csr"), "-subj", "/CN=Bob Elsewhere"})
                    .exitCode == 0);
        const QString certificate = m_ca.sign(path("bob.csr"), 30, "bob.crt");
        QVERIFY(openssl({"pkcs12", "-export", "-legacy", "-inkey", path("bob.key"), "-in", certificate, "-certfile",
                         m_ca.intermediateCertPath(), "-passout", "pass:bobpass", "-out", path("bob.p12")})
                    .exitCode == 0);
        writeFile(path("bob-pass.txt"), "bobpass");
        writeFile(path("wrong-pass.txt"), "nope");
        const ProcessResult wrong = cli({"--json", "import", path("bob.p12"), "--password-file", path("wrong-pass.txt")});
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(json(wrong).object().value("error").toObject().value("reason").toString(), QStringLiteral("wrong-password"));
        const ProcessResult missing = cli({"--json", "import", path("bob.p12")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--password-file"));
        const ProcessResult imported = cli({"--json", "import", path("bob.p12"), "--password-file", path("bob-pass.txt")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonObject result = json(imported).object();
        QCOMPARE(result.value("outcomes").toArray().first().toObject().value("action").toString(),
                 QStringLiteral("identity-created"));
        QVERIFY(result.value("notes").toArray().first().toString().contains("RC2"));
        const QString id =
            result.value("outcomes").toArray().first().toObject().value("entry").toObject().value("id").toString();
        QCOMPARE(cli({"delete", "--yes", id}).exitCode, 0);
    }

    void badInputGetsASentenceAndExitCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        writeFile(path("empty.pem"), "");
        writeFile(path("garbage.bin"), "\x02\x01\x05 junk");
        writeFile(path("cut.pem"), "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHHIG\n");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 1 << "not a certdesk-cli command";
        QTest::newRow("unknown option") << QStringList{"list", "--colour"} << 1 << "not an option of list";
        QTest::newRow("missing value") << QStringList{"request", "--subject"} << 1 << "needs a value";
        QTest::newRow("three-letter country") << QStringList{"request", "--subject", "CN=x,C=DEU"} << 1 << "two-letter";
        QTest::newRow("server without dns") << QStringList{"request", "--subject", "CN=x", "--profile", "server"} << 1
                                            << "DNS name";
        QTest::newRow("email without address") << QStringList{"request", "--subject", "CN=x", "--profile", "email"} << 1
                                               << "e-mail address";
        QTest::newRow("bad key type") << QStringList{"request", "--subject", "CN=x", "--key-type", "rsa-1024"} << 1
                                      << "not a key type";
        QTest::newRow("bad san") << QStringList{"request", "--subject", "CN=x", "--san", "ip:999.1.1.1"} << 1
                                 << "not an IPv4";
        QTest::newRow("empty file") << QStringList{"import", path("empty.pem")} << 2 << "empty";
        QTest::newRow("garbage") << QStringList{"import", path("garbage.bin")} << 2 << "does not recognise";
        QTest::newRow("cut pem") << QStringList{"import", path("cut.pem")} << 2 << "cut short";
        QTest::newRow("missing file") << QStringList{"import", path("nope.pem")} << 2 << "no file";
        QTest::newRow("no matching key") << QStringList{"import", m_ca.intermediateCertPath()} << 3 << "only CA certificates";
        QTest::newRow("unknown id") << QStringList{"show", "abcdef12"} << 3 << "no entry";
        QTest::newRow("export unknown id") << QStringList{"export", "abcdef12", "--format", "pem"} << 3 << "no entry";
        QTest::newRow("export bad format") << QStringList{"export", "abcdef12", "--format", "jpeg"} << 1 << "--format";
    }
    void badInputGetsASentenceAndExitCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        const ProcessResult result = cli(QStringList{"--json"} + arguments);
        QVERIFY2(!result.crashed, qPrintable(result.describe()));
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(stderrPart), qPrintable(result.describe()));
        const QJsonObject error = json(result).object().value("error").toObject();
        QCOMPARE(error.value("code").toInt(), exitCode);
        QVERIFY(!error.value("message").toString().isEmpty());
    }

    void certificateForUnknownKeyNamesItsSubject()
    {
        QVERIFY(openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                         path("carol.key"), "-out", path("carol.csr"), "-subj", "/O=Elsewhere/CN=Carol Stranger"})
                    .exitCode == 0);
        const QString certificate = m_ca.sign(path("carol.csr"), 30, "carol.crt");
        const ProcessResult result = cli({"import", certificate});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("CN=Carol Stranger,O=Elsewhere"), qPrintable(result.describe()));
    }

    void listFiltersAndTable()
    {
        const QString id = enrol("Dave Lister");
        QVERIFY(!id.isEmpty());
        QCOMPARE(json(cli({"--json", "list", "--expiring", "30"})).array().size(), 0);
        const QJsonArray soon = json(cli({"--json", "list", "--expiring", "100"})).array();
        QCOMPARE(soon.size(), 1);
        QCOMPARE(soon.first().toObject().value("id").toString(), id);
        const ProcessResult table = cli({"list"});
        QVERIFY(table.out.contains(id.toLatin1()));
        QVERIFY(table.out.contains("Dave Lister"));
        QCOMPARE(cli({"delete", "--yes", id}).exitCode, 0);
    }

    void installsIntoStoresAndChecks()
    {
        const QString id = enrol("Ivy Installer");
        QVERIFY(!id.isEmpty());
        // An explicit NSS database, a SoftHSM2 token and (as root) the system trust store.
        const QString db = path("install-nssdb");
        QDir().mkpath(db);
        QCOMPARE(runProcess("certutil", {"-N", "-d", "sql:" + db, "--empty-password"}).exitCode, 0);
        const QString tokens = path("softhsm-tokens");
        QDir().mkpath(tokens);
        writeFile(path("softhsm2.conf"), "directories.tokendir = " + tokens.toUtf8() + "\nobjectstore.backend = file\n");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("SOFTHSM2_CONF", path("softhsm2.conf"));
        QCOMPARE(runProcess("softhsm2-util", {"--init-token", "--free", "--label", "CLI Token", "--pin", "1234",
                                              "--so-pin", "5678"},
                            {}, environment)
                     .exitCode,
                 0);
        writeFile(path("pin.txt"), "1234");

        const ProcessResult listedStores = cli({"--json", "stores"}, environment);
        QCOMPARE(listedStores.exitCode, 0);
        QVERIFY2(listedStores.out.contains("pkcs11:CLI Token"), qPrintable(listedStores.describe()));

        const ProcessResult nss = cli({"--json", "install", id, "--store", "nss:" + db}, environment);
        QVERIFY2(nss.exitCode == 0, qPrintable(nss.describe()));
        QVERIFY(runProcess("certutil", {"-L", "-d", "sql:" + db}).out.contains("Ivy Installer"));
        QVERIFY(runProcess("certutil", {"-K", "-d", "sql:" + db}).out.contains("Ivy Installer"));

        const ProcessResult token =
            cli({"install", id, "--store", "pkcs11:CLI Token", "--store-password-file", path("pin.txt")}, environment);
        QVERIFY2(token.exitCode == 0, qPrintable(token.describe()));
        const ProcessResult objects =
            runProcess("pkcs11-tool", {"--module", "/usr/lib/softhsm/libsofthsm2.so", "--token-label", "CLI Token",
                                       "--login", "--pin", "1234", "--list-objects"},
                       {}, environment);
        QVERIFY2(objects.out.contains("Private Key Object") && objects.out.contains("Ivy Installer"),
                 qPrintable(objects.describe()));

        // The vault remembers both, and list shows them.
        const QJsonObject entry = json(cli({"--json", "show", id}, environment)).object();
        QCOMPARE(entry.value("installedIn").toArray().size(), 2);
        const ProcessResult table = cli({"list"}, environment);
        QVERIFY2(table.out.contains("installed in: ") && table.out.contains("Smart card"), qPrintable(table.describe()));

        // A wrong PIN is a clear failure with its own reason, and nothing is recorded for it.
        writeFile(path("bad-pin.txt"), "9999");
        const ProcessResult wrongPin = cli({"--json", "uninstall", id, "--store", "pkcs11:CLI Token",
                                            "--store-password-file", path("bad-pin.txt")},
                                           environment);
        QCOMPARE(wrongPin.exitCode, 4);
        QCOMPARE(json(wrongPin).object().value("results").toArray().first().toObject().value("error").toObject()
                     .value("reason").toString(),
                 QStringLiteral("wrong-pin"));
        // An unknown store is named.
        const ProcessResult unknown = cli({"install", id, "--store", "floppy"}, environment);
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(unknown.err.contains("floppy"));

        // Out again, from both.
        QCOMPARE(cli({"uninstall", id, "--store", "nss:" + db}, environment).exitCode, 0);
        QVERIFY(!runProcess("certutil", {"-L", "-d", "sql:" + db}).out.contains("Ivy Installer"));
        QCOMPARE(cli({"uninstall", id, "--store", "pkcs11:CLI Token", "--store-password-file", path("pin.txt")},
                     environment)
                     .exitCode,
                 0);
        QCOMPARE(json(cli({"--json", "show", id}, environment)).object().value("installedIn").toArray().size(), 0);
        QCOMPARE(cli({"delete", "--yes", id}).exitCode, 0);
    }

    void installsACaFileIntoTheSystemStore()
    {
        if (::geteuid() != 0 || m_keychain)
            return; // needs root (CI runs as root); covered once, in the passphrase run
        // The file form is what the desktop app runs through pkexec: it must not need or touch a vault.
        const QString ca = m_ca.rootCertPath();
        const QString anchors = "/usr/local/share/ca-certificates";
        auto anchorCount = [&] { return QDir(anchors).entryList({"certdesk-*"}, QDir::Files).size(); };
        const int before = anchorCount();
        const ProcessResult installed =
            runProcess(CERTDESK_CLI_PATH, {"--vault", path("never-created"), "--json", "install", ca, "--store", "system"});
        // Whatever happened, leave the machine as it was.
        const ProcessResult removed = runProcess(CERTDESK_CLI_PATH, {"--vault", path("never-created"), "uninstall", ca,
                                                                     "--store", "system"});
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.describe()));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(anchorCount(), before);
        QVERIFY(!QFileInfo::exists(path("never-created")));
        // A leaf is not a CA certificate.
        const ProcessResult leaf = runProcess(CERTDESK_CLI_PATH, {"install", m_ca.intermediateCertPath() + ".missing",
                                                                  "--store", "system"});
        QVERIFY(leaf.exitCode != 0);
    }

    /// `check` on the vault the earlier cases filled: healthy, with every key opened (also through the keychain).
    void checkReportsAHealthyVault()
    {
        QCOMPARE(cli({"request", "--subject", "CN=Check Me", "--out", path("check-me.csr")}).exitCode, 0);
        const ProcessResult checked = cli({"--json", "check"});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe()));
        const QJsonObject report = json(checked).object();
        QVERIFY(report.value("healthy").toBool());
        QVERIFY(report.value("entries").toInt() >= 1);
        QVERIFY(report.value("keysChecked").toInt() >= 1);
        QVERIFY(report.value("keysChecked").toInt() <= report.value("entries").toInt());
        QVERIFY(report.value("problems").toArray().isEmpty());
        QVERIFY(cli({"check"}).out.contains("The vault is healthy"));
    }

    /// A running certdesk-cli (here waiting for its passphrase on standard input) writes no core file and, where
    /// the test is not root, hides its memory from other processes of the same user.
    void processIsHardened()
    {
        QProcess cli;
        cli.start(CERTDESK_CLI_PATH, {"--vault", m_dir.filePath("hardened"), "--passphrase-file", "-", "request",
                                      "--subject", "CN=Hardened"});
        QVERIFY(cli.waitForStarted(10000));
        const QString proc = QStringLiteral("/proc/%1").arg(cli.processId());
        QByteArray limits;
        // Soft and hard limit both 0. (Under AddressSanitizer the soft limit is 0 from the start, before CertDesk's
        // own code runs: waiting for the soft limit alone raced with it.)
        for (int waited = 0; waited < 10000 && !limits.contains("Max core file size        0                    0");
             waited += 50) {
            QTest::qWait(50);
            limits = readFile(proc + "/limits");
        }
        QVERIFY2(limits.contains("Max core file size        0                    0"), limits.constData());
        if (::geteuid() != 0) {
            // Not dumpable: the kernel makes root the owner of /proc/PID's files.
            QFileInfo status(proc + "/status");
            QCOMPARE(status.ownerId(), 0u);
        }
        cli.closeWriteChannel(); // no passphrase: it ends with an error, not a hang
        QVERIFY(cli.waitForFinished(20000));
        QVERIFY(cli.exitCode() != 0);
    }

    void vaultWithoutKeychainOrPassphraseFailsClearly()
    {
        if (m_keychain)
            return; // the keychain run has a keychain; this case needs none
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path("no-such-bus"));
        environment.remove("DISPLAY");
        environment.insert("CERTDESK_KEYCHAIN_TIMEOUT_MS", "5000");
        QElapsedTimer timer;
        timer.start();
        const ProcessResult result = runProcess(CERTDESK_CLI_PATH,
                                                {"--vault", path("keychainless"), "--json", "request", "--subject", "CN=x"},
                                                {}, environment, 60000);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("--passphrase-file"), qPrintable(result.describe()));
        QVERIFY(timer.elapsed() < 30000);
        // With a passphrase the same vault works.
        const ProcessResult withPassphrase =
            runProcess(CERTDESK_CLI_PATH, {"--vault", path("keychainless"), "--passphrase-file", path("vault-pass.txt"),
                                           "request", "--subject", "CN=x", "--out", path("x.csr")},
                       {}, environment);
        QVERIFY2(withPassphrase.exitCode == 0, qPrintable(withPassphrase.describe()));
    }

    void keychainHoldsTheVaultKey()
    {
        if (!m_keychain)
            return; // covered in the keychain run
        // The key went to the real Secret Service: secret-tool sees an item for CertDesk.
        const ProcessResult search = runProcess("secret-tool", {"search", "--all", "server", "CertDesk"});
        QVERIFY2(search.out.contains("vault-key-") || search.err.contains("vault-key-"), qPrintable(search.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
