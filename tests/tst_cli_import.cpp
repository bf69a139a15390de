#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace certdesk::test;

/// certdesk-cli import and show with the odd files other projects test with (issue 22): keys CertDesk cannot
/// classify, cross-certificates, a PKCS#7 without certificates, special paths, an unreadable expiry, keys of new
/// algorithms, PBMAC1. Public files live in tests/data/import-oddities (their origin is in its README); the rest is
/// made here with the `openssl` command. Every import runs on a fresh vault.
class TestCliImport : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_dir;
    int m_vaults = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QString data(const QString& name) { return QStringLiteral(CERTDESK_TEST_DATA "/import-oddities/") + name; }

    /// A seed tests/fuzz/make-seeds.sh made with openssl.
    static QString seed(const QString& name)
    {
        return QStringLiteral(CERTDESK_TEST_DATA "/../fuzz/seeds/fuzz_import/") + name;
    }

    QString freshVault() { return path(QStringLiteral("vault-%1").arg(++m_vaults)); }

    ProcessResult cli(const QString& vault, const QStringList& arguments, int timeoutMs = 120000)
    {
        return runProcess(CERTDESK_CLI_PATH,
                          QStringList{"--vault", vault, "--passphrase-file", path("vault-pass.txt")} + arguments, {},
                          QProcessEnvironment::systemEnvironment(), timeoutMs);
    }

    static QJsonObject object(const ProcessResult& result) { return QJsonDocument::fromJson(result.out).object(); }

    /// The --json certificates outcomes of an import, by subject (several per subject for cross-certificates).
    static QMultiHash<QString, QJsonObject> bySubject(const ProcessResult& result)
    {
        QMultiHash<QString, QJsonObject> outcomes;
        for (const QJsonValue& value : object(result).value("certificates").toArray())
            outcomes.insert(value["subject"].toString(), value.toObject());
        return outcomes;
    }

    /// A self-signed or CA-issued certificate made with openssl; the PEM file's path.
    QString makeCertificate(const QString& name, const QString& subject, bool ca, bool issuedByTestCa = false)
    {
        const QString key = path(name + ".key");
        const QString pem = path(name + ".pem");
        QStringList arguments{"req",    "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                              "-nodes", "-keyout", key,  "-subj",    subject};
        if (issuedByTestCa) {
            arguments << "-out" << path(name + ".csr");
            if (openssl(arguments).exitCode != 0)
                return {};
            return m_ca.sign(path(name + ".csr"), 30, name + ".pem");
        }
        arguments << "-x509"
                  << "-days"
                  << "30"
                  << "-out" << pem;
        if (ca)
            arguments << "-addext"
                      << "basicConstraints=critical,CA:TRUE";
        return openssl(arguments).exitCode == 0 ? pem : QString();
    }

    /// A DER certificate whose notAfter says month 13: it parses, but its expiry cannot be read ("Bad time value").
    QString makeUnreadableExpiry(const QString& name)
    {
        const QString pem = makeCertificate(name, "/CN=Unreadable Expiry " + name, false);
        const ProcessResult der = openssl({"x509", "-in", pem, "-outform", "DER"});
        QByteArray bytes = der.out;
        // The second UTCTime (tag 0x17, 13 bytes "YYMMDDHHMMSSZ") is notAfter; its month becomes 13.
        const qsizetype notBefore = bytes.indexOf(QByteArray("\x17\x0d", 2));
        const qsizetype notAfter = bytes.indexOf(QByteArray("\x17\x0d", 2), notBefore + 2);
        if (notBefore < 0 || notAfter < 0)
            return {};
        bytes[notAfter + 4] = '1';
        bytes[notAfter + 5] = '3';
        const QString out = path(name + ".der");
        writeFile(out, bytes);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        writeFile(path("vault-pass.txt"), "vault passphrase\n");
    }

    /// Item 1: GOST (GnuTLS's cert-gost12.pem) and RSA-PSS with an invalid trailerField (NSS's
    /// TestCA-bogus-rsa-pss1.crt) used to end in "The vault database could not be updated" (exit 4) and take every
    /// other file down with them. Now they are kept, named as their algorithm says, next to an ordinary one.
    void keysCertDeskCannotClassifyAreKept()
    {
        const QString vault = freshVault();
        const QString ordinary = makeCertificate("ordinary", "/CN=Ordinary Colleague", false);
        const ProcessResult imported =
            cli(vault, {"--json", "import", data("gnutls-cert-gost12.pem"), data("TestCA-bogus-rsa-pss1.crt"),
                        seed("gen-dsa-inherited-parameters.der"), seed("gen-unknown-key.der"), ordinary,
                        "--keep-without-key"});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonArray certificates = object(imported).value("certificates").toArray();
        QCOMPARE(certificates.size(), 5);
        for (const QJsonValue& certificate : certificates)
            QCOMPARE(certificate["outcome"].toString(), QStringLiteral("entry"));

        const ProcessResult listed = cli(vault, {"--json", "list"});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QHash<QString, QString> keyTypes;
        for (const QJsonValue& entry : QJsonDocument::fromJson(listed.out).array())
            keyTypes.insert(entry["subject"].toString(), entry["keyType"].toString());
        QCOMPARE(keyTypes.size(), 5);
        // make-seeds.sh made these: a DSA key whose parameters are left out (inherited from the issuer, which OpenSSL
        // cannot decode alone) and a key algorithm nobody has (a private OID in place of id-ecPublicKey).
        QCOMPARE(keyTypes.value("CN=DSA leaf"), QStringLiteral("dsa"));
        QStringList unknown;
        for (auto type = keyTypes.cbegin(); type != keyTypes.cend(); ++type) {
            if (type.key().endsWith("+UID=alice,O=Fuzz Org,C=DE"))
                unknown << type.value();
        }
        QCOMPARE(unknown, QStringList{QStringLiteral("unknown-1.3.6.1.4.1.42367.1.1")});
        QCOMPARE(keyTypes.value("CN=GnuTLS Test server (GOST 2012 certificate)"), QStringLiteral("gost2012_512"));
        QCOMPARE(keyTypes.value("CN=NSS Test CA (RSA-PSS invalid trailerField),O=BOGUS NSS,L=Mountain View,"
                                "ST=California,C=US"),
                 QStringLiteral("rsa-2048"));
        QCOMPARE(keyTypes.value("CN=Ordinary Colleague"), QStringLiteral("ec-p256"));
        // show names the key too, and check finds nothing wrong with such entries.
        const ProcessResult shown = cli(vault, {"--json", "show", data("gnutls-cert-gost12.pem")});
        QCOMPARE(object(shown).value("certificates").toArray().first()["keyType"].toString(),
                 QStringLiteral("gost2012_512"));
        const ProcessResult checked = cli(vault, {"check"});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe()));
        // Again: already there, each as itself.
        const ProcessResult again = cli(vault, {"--json", "import", data("gnutls-cert-gost12.pem"),
                                                data("TestCA-bogus-rsa-pss1.crt"), "--keep-without-key"});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY(!again.out.contains("certificate-kept"));
    }

    /// Item 2: a root that did not issue the leaf used to vanish without a word under --keep-without-key. Now the
    /// unrelated root is an entry of its own, a root that did issue the leaf is in its chain, and without the flag the
    /// root is named as not kept.
    void everyCertificateGetsAnOutcome()
    {
        const QString leaf = makeCertificate("colleague", "/CN=Colleague Leaf", false, true);
        const QString unrelatedRoot = makeCertificate("otherroot", "/CN=Unrelated Root CA", true);
        QVERIFY(!leaf.isEmpty() && !unrelatedRoot.isEmpty());

        const QString vault = freshVault();
        const ProcessResult kept = cli(vault, {"--json", "import", leaf, unrelatedRoot, m_ca.intermediateCertPath(),
                                               m_ca.rootCertPath(), "--keep-without-key"});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
        const auto outcomes = bySubject(kept);
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes.value("CN=Colleague Leaf")["outcome"].toString(), QStringLiteral("entry"));
        QCOMPARE(outcomes.value("CN=Unrelated Root CA")["outcome"].toString(), QStringLiteral("entry"));
        const QString leafId = outcomes.value("CN=Colleague Leaf")["entry"].toString();
        QCOMPARE(outcomes.value("CN=CertDesk Test Issuing CA,O=CertDesk Test")["outcome"].toString(),
                 QStringLiteral("in-chain"));
        QCOMPARE(outcomes.value("CN=CertDesk Test Issuing CA,O=CertDesk Test")["entry"].toString(), leafId);
        QCOMPARE(outcomes.value("CN=CertDesk Test Root CA,O=CertDesk Test")["outcome"].toString(),
                 QStringLiteral("in-chain"));
        QCOMPARE(outcomes.value("CN=Unrelated Root CA")["files"].toArray().first().toString(), unrelatedRoot);
        QCOMPARE(QJsonDocument::fromJson(cli(vault, {"--json", "list"}).out).array().size(), 2);

        // Without the flag: the leaf and the root have no key here, and both are named; nothing is imported.
        const ProcessResult refused = cli(freshVault(), {"import", leaf, unrelatedRoot});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("--keep-without-key"), refused.err.constData());

        // An identity arrives together with an unrelated root: the identity is imported, the root is named.
        const QString identityVault = freshVault();
        const QString csr = path("mine.csr");
        QCOMPARE(cli(identityVault, {"request", "--subject", "CN=Mine,O=Example Corp", "--out", csr}).exitCode, 0);
        const QString mine = m_ca.sign(csr, 30, "mine.crt");
        const ProcessResult mixed =
            cli(identityVault, {"--json", "import", mine, m_ca.intermediateCertPath(), unrelatedRoot});
        QVERIFY2(mixed.exitCode == 0, qPrintable(mixed.describe()));
        const auto mixedOutcomes = bySubject(mixed);
        QCOMPARE(mixedOutcomes.size(), 3);
        QCOMPARE(mixedOutcomes.value("CN=Unrelated Root CA")["outcome"].toString(), QStringLiteral("not-kept"));
        QCOMPARE(mixedOutcomes.value("CN=Unrelated Root CA")["reason"].toString(), QStringLiteral("no-matching-key"));
        QCOMPARE(mixedOutcomes.value("CN=CertDesk Test Issuing CA,O=CertDesk Test")["outcome"].toString(),
                 QStringLiteral("in-chain"));
        const ProcessResult mixedText = cli(identityVault, {"import", mine, unrelatedRoot});
        QCOMPARE(mixedText.exitCode, 0);
        QVERIFY2(mixedText.err.contains("Not imported") && mixedText.err.contains("CN=Unrelated Root CA"),
                 mixedText.err.constData());
    }

    /// Item 3: NSS's cross-certificates labs2yassir.crt and greg2yassir.crt have the same subject and key. The second
    /// import of the pair failed with "UNIQUE constraint failed" in about half of fresh vaults, or named one entry
    /// for both files. Now each file is its own entry, every time.
    void crossCertificatesMatchByCertificate()
    {
        for (int trial = 0; trial < 6; ++trial) {
            const QString vault = freshVault();
            const QStringList files{data("labs2yassir.crt"), data("greg2yassir.crt")};
            const ProcessResult first =
                cli(vault, QStringList{"--json", "import"} + files + QStringList{"--keep-without-key"});
            QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
            QHash<QString, QString> entryOfFile;
            for (const QJsonValue& outcome : object(first).value("certificates").toArray())
                entryOfFile.insert(outcome["files"].toArray().first().toString(), outcome["entry"].toString());
            QCOMPARE(entryOfFile.size(), 2);
            QVERIFY(entryOfFile.value(files[0]) != entryOfFile.value(files[1]));

            const ProcessResult second =
                cli(vault, QStringList{"--json", "import"} + files + QStringList{"--keep-without-key"});
            QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
            for (const QJsonValue& outcome : object(second).value("certificates").toArray()) {
                QCOMPARE(outcome["outcome"].toString(), QStringLiteral("entry"));
                QCOMPARE(outcome["entry"].toString(), entryOfFile.value(outcome["files"].toArray().first().toString()));
            }
            for (const QJsonValue& outcome : object(second).value("outcomes").toArray())
                QCOMPARE(outcome["action"].toString(), QStringLiteral("already-present"));
            // Each alone, too.
            const ProcessResult greg = cli(vault, {"--json", "import", files[1]});
            QVERIFY2(greg.exitCode == 0, qPrintable(greg.describe()));
            QCOMPARE(object(greg).value("certificates").toArray().first()["entry"].toString(),
                     entryOfFile.value(files[1]));
            QCOMPARE(QJsonDocument::fromJson(cli(vault, {"--json", "list"}).out).array().size(), 2);
        }
    }

    /// Item 4: GnuTLS's rfc4490.p7b is a signed message with no certificates. show said nothing was wrong, import
    /// spoke of a certificate request.
    void pkcs7WithoutCertificatesSaysWhatItIs()
    {
        for (const QString& command : {QStringLiteral("show"), QStringLiteral("import")}) {
            const ProcessResult result = cli(freshVault(), {"--json", command, data("rfc4490.p7b")});
            QCOMPARE(result.exitCode, 2);
            const QJsonObject error = object(result).value("error").toObject();
            QCOMPARE(error.value("reason").toString(), QStringLiteral("no-certificates"));
            QVERIFY2(error.value("message").toString().contains("signed message"), result.out.constData());
            QVERIFY(!result.out.contains("request"));
        }
        // The same made here with openssl: a signed message without the signer's certificate.
        const QString signer = makeCertificate("signer", "/CN=Signer", false);
        writeFile(path("message.txt"), "hello\n");
        const ProcessResult signedMessage =
            openssl({"cms", "-sign", "-nocerts", "-in", path("message.txt"), "-signer", signer, "-inkey",
                     path("signer.key"), "-outform", "DER", "-out", path("nocerts.p7s")});
        QVERIFY2(signedMessage.exitCode == 0, qPrintable(signedMessage.describe()));
        const ProcessResult shown = cli(freshVault(), {"show", path("nocerts.p7s")});
        QCOMPARE(shown.exitCode, 2);
        QVERIFY2(shown.err.contains("signed message"), shown.err.constData());
    }

    /// Item 5: a folder, /dev/null, a named pipe or a missing file given to show said "is not an entry ID" (exit 3);
    /// import of a pipe with no writer never returned. Both now answer as for folders, exit 2, at once.
    void specialPathsAreNotFiles_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("says");
        QDir().mkpath(path("a-folder"));
        const QString fifo = path("a-pipe");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const char* command : {"show", "import"}) {
            QTest::addRow("%s folder", command) << command << path("a-folder") << "is a folder, not a file";
            QTest::addRow("%s /dev/null", command) << command << "/dev/null"
                                                   << "is a device, not a file";
            QTest::addRow("%s fifo", command) << command << fifo << "is a named pipe, not a file";
            QTest::addRow("%s missing", command) << command << path("missing.pem") << "There is no file";
        }
    }

    void specialPathsAreNotFiles()
    {
        QFETCH(QString, command);
        QFETCH(QString, target);
        QFETCH(QString, says);
        QElapsedTimer timer;
        timer.start();
        const ProcessResult result = cli(freshVault(), {command, target}, 20000);
        QVERIFY2(timer.elapsed() < 15000, "certdesk-cli waited on a special file");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
        QVERIFY(!result.err.contains("entry ID"));
    }

    /// Item 6: a certificate whose expiry cannot be read was imported and listed as "expired" without a date. It is
    /// refused as damaged now: alone, the import fails; beside a good file, the good one is imported and the damaged
    /// one named (exit 2, the import stands).
    void unreadableExpiryIsRefused()
    {
        const QString damaged = makeUnreadableExpiry("badtime");
        QVERIFY(!damaged.isEmpty());
        const ProcessResult enddate = openssl({"x509", "-in", damaged, "-inform", "DER", "-noout", "-enddate"});
        QVERIFY2((enddate.out + enddate.err).contains("Bad time value"), qPrintable(enddate.describe()));

        const QString vault = freshVault();
        const ProcessResult alone = cli(vault, {"--json", "import", damaged, "--keep-without-key"});
        QCOMPARE(alone.exitCode, 2);
        QCOMPARE(object(alone).value("error")["reason"].toString(), QStringLiteral("damaged"));
        QVERIFY2(object(alone).value("error")["message"].toString().contains("cannot be read"), alone.out.constData());

        const QString good = makeCertificate("goodtime", "/CN=Good Expiry", false);
        const ProcessResult both = cli(vault, {"--json", "import", damaged, good, "--keep-without-key"});
        QCOMPARE(both.exitCode, 2);
        QCOMPARE(object(both).value("error")["reason"].toString(), QStringLiteral("partly-refused"));
        const auto outcomes = bySubject(both);
        QCOMPARE(outcomes.value("CN=Good Expiry")["outcome"].toString(), QStringLiteral("entry"));
        QCOMPARE(outcomes.value("CN=Unreadable Expiry badtime")["outcome"].toString(), QStringLiteral("not-kept"));
        QCOMPARE(outcomes.value("CN=Unreadable Expiry badtime")["reason"].toString(), QStringLiteral("damaged"));
        const QJsonArray listed = QJsonDocument::fromJson(cli(vault, {"--json", "list"}).out).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()["subject"].toString(), QStringLiteral("CN=Good Expiry"));
    }

    /// Item 7: NSS's openssl-ml-kem-768-priv.p12 with its right password was called damaged ("Ask for the file
    /// again"); the key's algorithm is named now, and the file is said to be fine.
    void keyOfAnUnsupportedAlgorithmIsNamed()
    {
        writeFile(path("ml-kem-pass.txt"), "test\n");
        const ProcessResult mlKem = cli(freshVault(), {"--json", "show", data("openssl-ml-kem-768-priv.p12"),
                                                       "--password-file", path("ml-kem-pass.txt")});
        QCOMPARE(mlKem.exitCode, 2);
        const QJsonObject mlKemError = object(mlKem).value("error").toObject();
        QCOMPARE(mlKemError.value("reason").toString(), QStringLiteral("unsupported-algorithm"));
        QVERIFY2(mlKemError.value("message").toString().contains("ML-KEM-768"), mlKem.out.constData());
        QVERIFY2(!mlKemError.value("message").toString().contains("bundle is damaged"), mlKem.out.constData());
        QVERIFY(!mlKemError.value("message").toString().contains("Ask for the file again"));
    }

    /// PBMAC1: NSS's pbmac1-valid-sha256.p12 (password 1234) is named as PBMAC1, with why it cannot be checked here.
    void pbmac1IsNamed()
    {
        writeFile(path("pbmac1-pass.txt"), "1234\n");
        const ProcessResult pbmac1 = cli(freshVault(), {"--json", "import", data("pbmac1-valid-sha256.p12"),
                                                        "--password-file", path("pbmac1-pass.txt")});
        QCOMPARE(pbmac1.exitCode, 2);
        const QJsonObject pbmac1Error = object(pbmac1).value("error").toObject();
        QCOMPARE(pbmac1Error.value("reason").toString(), QStringLiteral("unsupported-algorithm"));
        QVERIFY2(pbmac1Error.value("message").toString().contains("PBMAC1 (RFC 9579)"), pbmac1.out.constData());
        QVERIFY2(pbmac1Error.value("message").toString().contains("OpenSSL 3."), pbmac1.out.constData());
    }

    /// Item 7: a lone private key with --keep-without-key was told to add --keep-without-key.
    void loneKeyIsNotToldToKeepWithoutKey()
    {
        QVERIFY(openssl({"genpkey", "-algorithm", "ed25519", "-out", path("lone.key")}).exitCode == 0);
        const ProcessResult lone = cli(freshVault(), {"--json", "import", path("lone.key"), "--keep-without-key"});
        QCOMPARE(lone.exitCode, 3);
        QCOMPARE(object(lone).value("error")["reason"].toString(), QStringLiteral("key-without-certificate"));
        QVERIFY2(!lone.out.contains("--keep-without-key"), lone.out.constData());
        const ProcessResult loneText = cli(freshVault(), {"import", path("lone.key")});
        QVERIFY2(!loneText.err.contains("--keep-without-key"), loneText.err.constData());
    }

    /// Item 7: an empty --password-file was refused, although the PKCS#12 bundle was exported with an empty password.
    void emptyPasswordFileOpensABundleWithout()
    {
        const QString key = path("nopass.key");
        const QString certificate = makeCertificate("nopass", "/CN=No Password", false);
        const ProcessResult exported = openssl(
            {"pkcs12", "-export", "-inkey", key, "-in", certificate, "-passout", "pass:", "-out", path("nopass.p12")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        writeFile(path("empty-pass.txt"), "");
        const ProcessResult emptyPassword =
            cli(freshVault(), {"--json", "import", path("nopass.p12"), "--password-file", path("empty-pass.txt")});
        QVERIFY2(emptyPassword.exitCode == 0, qPrintable(emptyPassword.describe()));
        QCOMPARE(object(emptyPassword).value("outcomes").toArray().first()["action"].toString(),
                 QStringLiteral("identity-created"));
    }

    /// Done when: a folder of such files, imported at once, keeps or names every certificate in it; a file that
    /// cannot be imported is refused on its own, named, and the rest is imported.
    void mixedFolderKeepsOrNamesEveryCertificate()
    {
        const QString folder = path("mixed");
        QDir().mkpath(folder);
        for (const char* name : {"gnutls-cert-gost12.pem", "TestCA-bogus-rsa-pss1.crt", "labs2yassir.crt",
                                 "greg2yassir.crt", "rfc4490.p7b"})
            QVERIFY(QFile::copy(data(name), folder + "/" + name));
        QVERIFY(QFile::copy(makeCertificate("mixedleaf", "/CN=Mixed Leaf", false, true), folder + "/leaf.pem"));
        QVERIFY(QFile::copy(makeCertificate("mixedroot", "/CN=Mixed Unrelated Root", true), folder + "/root.pem"));
        QVERIFY(QFile::copy(m_ca.intermediateCertPath(), folder + "/intermediate.pem"));
        QVERIFY(QFile::copy(makeUnreadableExpiry("mixedbad"), folder + "/badtime.der"));
        QStringList files;
        for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files, QDir::Name))
            files << file.filePath();
        QCOMPARE(files.size(), 9);

        const QString vault = freshVault();
        const ProcessResult imported =
            cli(vault, QStringList{"--json", "import"} + files + QStringList{"--keep-without-key"});
        // Two files could not be imported (the damaged certificate, the message without certificates): exit 2, the
        // rest stands.
        QCOMPARE(imported.exitCode, 2);
        const QJsonObject report = object(imported);
        QCOMPARE(report.value("error")["reason"].toString(), QStringLiteral("partly-refused"));
        QSet<QString> named;
        int kept = 0;
        for (const QJsonValue& outcome : report.value("certificates").toArray()) {
            for (const QJsonValue& file : outcome["files"].toArray())
                named.insert(file.toString());
            const QString what = outcome["outcome"].toString();
            QVERIFY2(what == "entry" || what == "in-chain" || !outcome["message"].toString().isEmpty(),
                     qPrintable(outcome["subject"].toString()));
            kept += what == "entry" ? 1 : 0;
        }
        for (const QJsonValue& file : report.value("files").toArray()) {
            if (file["error"].isObject()) {
                named.insert(file["file"].toString());
                QVERIFY(!file["error"]["message"].toString().isEmpty());
            }
        }
        QCOMPARE(named.size(), files.size());
        QCOMPARE(named, QSet<QString>(files.begin(), files.end()));
        // gost, rsa-pss, labs, greg, leaf, unrelated root; the intermediate is in the leaf's chain.
        QCOMPARE(kept, 6);
        QCOMPARE(QJsonDocument::fromJson(cli(vault, {"--json", "list"}).out).array().size(), 6);

        // The same folder again: nothing new, each certificate named as already there, same exit code.
        const ProcessResult again =
            cli(vault, QStringList{"--json", "import"} + files + QStringList{"--keep-without-key"});
        QCOMPARE(again.exitCode, 2);
        for (const QJsonValue& outcome : object(again).value("outcomes").toArray())
            QCOMPARE(outcome["action"].toString(), QStringLiteral("already-present"));
        QCOMPARE(QJsonDocument::fromJson(cli(vault, {"--json", "list"}).out).array().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
