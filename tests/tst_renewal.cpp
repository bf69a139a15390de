#include "TestSupport.h"
#include "TlsTestSupport.h"

#include "crypto/BundleReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

/// Renewal end to end, as a user does it with certdesk-cli: request, install into a real NSS database, renew, let
/// a real openssl CA sign, import with --replace — and prove with certutil and a real TLS handshake that the
/// database now holds the new identity with its key and not the old one.
class TestRenewal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCa m_ca;
    QString m_passphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ProcessResult cli(const QString& vault, const QStringList& arguments)
    {
        return runProcess(CERTDESK_CLI_PATH, QStringList{"--vault", vault, "--passphrase-file", m_passphrase} + arguments);
    }

    QJsonObject cliJson(const QString& vault, const QStringList& arguments, int expectedExit = 0)
    {
        const ProcessResult result = cli(vault, QStringList{"--json"} + arguments);
        if (result.exitCode != expectedExit)
            qWarning("certdesk-cli %s: %s", qPrintable(arguments.join(' ')), qPrintable(result.describe()));
        return QJsonDocument::fromJson(result.out).object();
    }

    /// The certificates certutil holds under `nickname`, as SHA-256 fingerprints.
    QStringList fingerprintsIn(const QString& db, const QString& nickname)
    {
        const ProcessResult listed = nssTool("certutil", {"-L", "-d", "sql:" + db, "-n", nickname, "-a"});
        QStringList fingerprints;
        static const QRegularExpression pem("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----");
        for (auto match = pem.globalMatch(QString::fromLatin1(listed.out)); match.hasNext();) {
            auto bundle = BundleReader::read(match.next().captured(0).toLatin1());
            if (bundle && !bundle.value().certificates.isEmpty())
                fingerprints << bundle.value().certificates.first().fingerprintSha256();
        }
        return fingerprints;
    }

    int keyCount(const QString& db)
    {
        const ProcessResult keys = nssTool("certutil", {"-K", "-d", "sql:" + db});
        return static_cast<int>(QString::fromLatin1(keys.out).count(QRegularExpression("^<\\s*\\d+>", QRegularExpression::MultilineOption)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        m_passphrase = path("passphrase");
        writeFile(m_passphrase, "renewal test passphrase\n");
    }

    void renewSignImportReplace()
    {
        const QString vault = path("vault");
        const QString db = path("nssdb");
        QVERIFY(QDir().mkpath(db));
        QCOMPARE(nssTool("certutil", {"-N", "-d", "sql:" + db, "--empty-password"}).exitCode, 0);

        // The identity in use today, installed into the NSS database and working.
        const QJsonObject requested = cliJson(vault, {"request", "--subject", "CN=Renee Renewal,O=Example Corp,C=DE",
                                                      "--san", "email:renee@example.org", "--profile", "client",
                                                      "--out", path("old.csr")});
        const QString oldId = requested.value("id").toString();
        QVERIFY(!oldId.isEmpty());
        const QString oldCert = m_ca.sign(path("old.csr"), 20, "old.crt");
        QVERIFY(!oldCert.isEmpty());
        QVERIFY(runCli(vault, m_passphrase, {"import", oldCert, m_ca.intermediateCertPath()}));
        QVERIFY(runCli(vault, m_passphrase, {"install", oldId, "--store", "nss:" + db}));
        const QString oldFingerprint = cliJson(vault, {"show", oldId}).value("fingerprintSha256").toString();
        QCOMPARE(fingerprintsIn(db, "Renee Renewal"), QStringList{oldFingerprint});
        QCOMPARE(keyCount(db), 1);

        // Renew: a new key, the same subject, names and profile, linked to the old identity.
        const QJsonObject renewal = cliJson(vault, {"renew", oldId, "--out", path("new.csr")});
        const QString newId = renewal.value("id").toString();
        QVERIFY(!newId.isEmpty() && newId != oldId);
        QCOMPARE(renewal.value("renews").toString(), oldId);
        QCOMPARE(renewal.value("profile").toString(), QStringLiteral("client"));
        const ProcessResult text = openssl({"req", "-in", path("new.csr"), "-noout", "-text", "-verify"});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains("Subject: C = DE, O = Example Corp, CN = Renee Renewal") ||
                     text.out.contains("Subject: CN = Renee Renewal, O = Example Corp, C = DE"),
                 text.out.constData());
        QVERIFY(text.out.contains("email:renee@example.org"));
        QVERIFY(text.out.contains("TLS Web Client Authentication"));
        QVERIFY(!text.out.contains("TLS Web Server Authentication"));
        // The old identity shows the renewal; a second renewal is refused until this one is done.
        QCOMPARE(cliJson(vault, {"show", oldId}).value("renewedBy").toString(), newId);
        const ProcessResult again = cli(vault, {"renew", oldId});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already requested"));

        // The CA signs; importing with --replace swaps the identities in the database.
        const QString newCert = m_ca.sign(path("new.csr"), 365, "new.crt");
        QVERIFY(!newCert.isEmpty());
        const QJsonObject imported = cliJson(vault, {"import", newCert, m_ca.intermediateCertPath(), "--replace"});
        const QJsonArray replaced = imported.value("replaced").toArray();
        QCOMPARE(replaced.size(), 1);
        const QJsonObject report = replaced.first().toObject();
        QCOMPARE(report.value("oldId").toString(), oldId);
        QCOMPARE(report.value("newId").toString(), newId);
        QVERIFY(report.value("archived").toBool());
        QCOMPARE(report.value("steps").toArray().size(), 1);
        QVERIFY(report.value("steps").toArray().first().toObject().value("ok").toBool());

        const QString newFingerprint = cliJson(vault, {"show", newId}).value("fingerprintSha256").toString();
        QVERIFY(newFingerprint != oldFingerprint);
        QCOMPARE(fingerprintsIn(db, "Renee Renewal"), QStringList{newFingerprint});
        QCOMPARE(keyCount(db), 1);
        const QJsonObject oldShown = cliJson(vault, {"show", oldId});
        QCOMPARE(oldShown.value("status").toString(), QStringLiteral("archived"));
        QVERIFY(oldShown.value("installedIn").toArray().isEmpty());
        const QJsonArray newInstalled = cliJson(vault, {"show", newId}).value("installedIn").toArray();
        QCOMPARE(newInstalled.size(), 1);
        QCOMPARE(newInstalled.first().toObject().value("store").toString(), "nss:" + db);
        // The archived identity is kept with its key until the user clears it.
        QCOMPARE(cliJson(vault, {"show", oldId}).value("hasKey").toBool(), true);

        // A real handshake with the identity from the database: only the new key is there to do it.
        const QString serverKey = path("server.key");
        const QString serverCert = path("server.crt");
        QCOMPARE(openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                          serverKey, "-out", serverCert, "-subj", "/CN=127.0.0.1", "-days", "2"})
                     .exitCode,
                 0);
        const QString trusted = path("trusted.pem");
        writeFile(trusted, readFile(m_ca.rootCertPath()) + readFile(m_ca.intermediateCertPath()));
        TlsServer server(serverCert, serverKey, trusted);
        QVERIFY2(server.isReady(), server.output().constData());
        const ProcessResult client = tstclnt(server.port(), db, "Renee Renewal");
        QVERIFY2(client.exitCode == 0 && client.out.contains("200 ok"), qPrintable(client.describe()));
        QVERIFY(client.out.contains("Renee Renewal"));

        // Reminders now follow the new certificate only.
        const QJsonObject reminders = cliJson(vault, {"remind", "--no-stores"});
        QCOMPARE(reminders.value("tracked").toInt(), 1);
        QCOMPARE(reminders.value("items").toArray().first().toObject().value("id").toString(), newId);
    }

    /// Without --replace the import says how to finish; an identity installed nowhere retires at once.
    void replaceLaterAndNothingInstalled()
    {
        const QString vault = path("vault2");
        const QString db = path("nssdb2");
        QVERIFY(QDir().mkpath(db));
        QCOMPARE(nssTool("certutil", {"-N", "-d", "sql:" + db, "--empty-password"}).exitCode, 0);
        auto makeIdentity = [&](const QString& cn) {
            const QString csr = path(cn + ".csr");
            const QString id = cliJson(vault, {"request", "--subject", "CN=" + cn, "--out", csr}).value("id").toString();
            const QString cert = m_ca.sign(csr, 10, cn + ".crt");
            return runCli(vault, m_passphrase, {"import", cert, m_ca.intermediateCertPath()}) ? id : QString();
        };
        const QString installed = makeIdentity("Installed One");
        const QString loose = makeIdentity("Loose One");
        QVERIFY(!installed.isEmpty() && !loose.isEmpty());
        QVERIFY(runCli(vault, m_passphrase, {"install", installed, "--store", "nss:" + db}));

        const QString renewInstalled = cliJson(vault, {"renew", installed, "--out", path("ri.csr")}).value("id").toString();
        const QString renewLoose = cliJson(vault, {"renew", loose, "--out", path("rl.csr")}).value("id").toString();
        QVERIFY(!renewInstalled.isEmpty() && !renewLoose.isEmpty());
        // `replace` before the certificate arrived: nothing to put anywhere yet.
        QCOMPARE(cli(vault, {"replace", renewInstalled}).exitCode, 3);

        const ProcessResult imported = cli(vault, {"import", m_ca.sign(path("ri.csr"), 30, "ri.crt"),
                                                   m_ca.sign(path("rl.csr"), 30, "rl.crt"), m_ca.intermediateCertPath()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QVERIFY2(imported.out.contains("certdesk-cli replace " + renewInstalled.toLatin1()), imported.out.constData());
        QCOMPARE(cliJson(vault, {"show", loose}).value("status").toString(), QStringLiteral("archived"));
        QVERIFY(cliJson(vault, {"show", installed}).value("status").toString() != QStringLiteral("archived"));

        // Reminders say the renewed certificate only waits to be put in place.
        bool ready = false;
        for (const QJsonValue& item : cliJson(vault, {"remind", "--no-stores"}).value("items").toArray()) {
            if (item.toObject().value("id").toString() == installed)
                ready = item.toObject().value("renewalReady").toBool();
        }
        QVERIFY(ready);
        QVERIFY(cli(vault, {"remind", "--no-stores"}).out.contains("certdesk-cli replace " + renewInstalled.toLatin1()));

        // Later, by the old identity's ID: the same replacement.
        const QJsonObject report = cliJson(vault, {"replace", installed});
        QVERIFY(report.value("archived").toBool());
        QCOMPARE(cliJson(vault, {"show", installed}).value("status").toString(), QStringLiteral("archived"));
        QCOMPARE(keyCount(db), 1);
        const QString newFingerprint = cliJson(vault, {"show", renewInstalled}).value("fingerprintSha256").toString();
        QCOMPARE(fingerprintsIn(db, "Installed One"), QStringList{newFingerprint});

        // Not a renewal at all.
        const QString plain = makeIdentity("Plain One");
        QVERIFY(!plain.isEmpty());
        const ProcessResult notRenewal = cli(vault, {"replace", plain});
        QCOMPARE(notRenewal.exitCode, 1);
        QVERIFY(notRenewal.err.contains("no renewal"));
    }
};

QTEST_GUILESS_MAIN(TestRenewal)
#include "tst_renewal.moc"
