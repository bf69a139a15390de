#include "TestSupport.h"

#include "cli/CliArguments.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk::test;

namespace {

const QString kSoftHsmModule = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
const QString kToken = QStringLiteral("Helpdesk Token");
const QString kPin = QStringLiteral("4321");

QJsonObject objectOf(const ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

/// The store entry of a JSON identity for `storeId`, empty when it is not there.
QJsonObject storeOf(const QJsonObject& identity, const QString& storeId)
{
    for (const QJsonValue& store : identity.value("stores").toArray()) {
        if (store.toObject().value("id").toString() == storeId)
            return store.toObject();
    }
    return {};
}

/// The identity of a `list --all-stores --json` document with this subject, empty when absent.
QJsonObject identityOf(const QJsonObject& listing, const QString& subject)
{
    for (const QJsonValue& identity : listing.value("identities").toArray()) {
        if (identity.toObject().value("subject").toString() == subject)
            return identity.toObject();
    }
    return {};
}

} // namespace

/// The helpdesk's scripted use of certdesk-cli: one step from a CA's PKCS#12 to an installed identity
/// (import --install), an inventory of every identity in the vault and in the stores (list --all-stores, JSON and
/// CSV), --non-interactive, and passwords that never travel on the command line. Real NSS databases (certutil,
/// pk12util), a real SoftHSM2 token, a real CA made with openssl.
class TestCliHelpdesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCa m_ca;
    QProcessEnvironment m_environment;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString sharedDb() const { return path("home/.pki/nssdb"); }

    QStringList base() const { return {"--vault", path("vault"), "--passphrase-file", path("vault-pass.txt")}; }

    ProcessResult cli(const QStringList& arguments, const QByteArray& input = {})
    {
        return runProcess(CERTDESK_CLI_PATH, base() + arguments, input, m_environment, 120000);
    }

    ProcessResult tool(const QString& program, const QStringList& arguments)
    {
        return runProcess(program, arguments, {}, m_environment, 120000);
    }

    /// What a CA hands out: a PKCS#12 with the key, the certificate it signed and its chain, under `p12-pass.txt`.
    QString issueP12(const QString& commonName, int days = 200, const QString& passwordFile = {})
    {
        const QString stem = path(QString(commonName).replace(' ', '-').toLower());
        const ProcessResult request =
            openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                     stem + ".key", "-out", stem + ".csr", "-subj", "/O=Example Corp/CN=" + commonName, "-addext",
                     "extendedKeyUsage=clientAuth", "-addext", "keyUsage=critical,digitalSignature"});
        if (request.exitCode != 0) {
            qWarning("%s", qPrintable(request.describe()));
            return {};
        }
        const QString certificate = m_ca.sign(stem + ".csr", days, QFileInfo(stem).fileName() + ".crt");
        if (certificate.isEmpty())
            return {};
        writeFile(stem + ".chain", readFile(m_ca.intermediateCertPath()) + readFile(m_ca.rootCertPath()));
        const ProcessResult exported =
            openssl({"pkcs12", "-export", "-inkey", stem + ".key", "-in", certificate, "-certfile", stem + ".chain",
                     "-name", commonName, "-passout",
                     "file:" + (passwordFile.isEmpty() ? path("p12-pass.txt") : passwordFile), "-out", stem + ".p12"});
        QFile::remove(stem + ".key");
        if (exported.exitCode != 0) {
            qWarning("%s", qPrintable(exported.describe()));
            return {};
        }
        return stem + ".p12";
    }

    QString subjectOf(const QString& commonName) const { return "CN=" + commonName + ",O=Example Corp"; }

    int vaultSize()
    {
        const ProcessResult listed = cli({"--json", "list"});
        return listed.exitCode == 0 ? QJsonDocument::fromJson(listed.out).array().size() : -1;
    }

    /// The rows of a CSV text as python3's csv module reads them (an independent RFC 4180 reader).
    QList<QStringList> parseCsv(const QByteArray& csv)
    {
        const ProcessResult parsed =
            runProcess("/usr/bin/python3",
                       {"-c", "import csv, io, json, sys\n"
                              "text = sys.stdin.buffer.read().decode('utf-8')\n"
                              "print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), strict=True))))"},
                       csv);
        if (parsed.exitCode != 0) {
            qWarning("%s", qPrintable(parsed.describe()));
            return {};
        }
        QList<QStringList> rows;
        for (const QJsonValue& row : QJsonDocument::fromJson(parsed.out).array())
            rows << row.toVariant().toStringList();
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        writeFile(path("vault-pass.txt"), "helpdesk vault passphrase\n");
        writeFile(path("p12-pass.txt"), "from the CA\n");
        writeFile(path("nss-pass.txt"), "db password\n");
        writeFile(path("pin.txt"), kPin.toUtf8() + "\n");

        // A private HOME (its Chromium NSS DB is what `list --all-stores` finds) and a SoftHSM2 of our own: p11-kit
        // loads the module from the user configuration, SoftHSM keeps its tokens here.
        QVERIFY(QDir().mkpath(sharedDb()));
        QVERIFY(QDir().mkpath(path("tokens")));
        QVERIFY(QDir().mkpath(path("home/.config/pkcs11/modules")));
        writeFile(path("softhsm2.conf"), "directories.tokendir = " + path("tokens").toUtf8() +
                                             "\nobjectstore.backend = file\nlog.level = ERROR\n");
        writeFile(path("home/.config/pkcs11/modules/softhsm2.module"), "module: " + kSoftHsmModule.toUtf8() + "\n");
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert("HOME", path("home"));
        m_environment.insert("XDG_CONFIG_HOME", path("home/.config"));
        m_environment.insert("XDG_DATA_HOME", path("home/.local/share"));
        m_environment.insert("SOFTHSM2_CONF", path("softhsm2.conf"));
        // No keychain is needed (the vault has a passphrase file); never wait long for one.
        m_environment.insert("CERTDESK_KEYCHAIN_TIMEOUT_MS", "5000");

        const ProcessResult db = tool("certutil", {"-N", "-d", "sql:" + sharedDb(), "--empty-password"});
        QVERIFY2(db.exitCode == 0, qPrintable(db.describe()));
    }

    /// import bundle.p12 --password-file F --install nss:DIR --non-interactive --json: imported, installed, checked.
    void importInstallsInOneStep()
    {
        const QString p12 = issueP12("Bob Helpdesk");
        QVERIFY(!p12.isEmpty());
        // A label with a comma and quotes, for the CSV quoting below.
        const QString label = QStringLiteral("Bob, \"VPN\"");
        const ProcessResult run = cli({"--non-interactive", "--json", "import", p12, "--password-file",
                                       path("p12-pass.txt"), "--name", label, "--install", "nss:" + sharedDb()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = objectOf(run);
        const QJsonArray outcomes = json.value("outcomes").toArray();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first()["action"].toString(), QStringLiteral("identity-created"));
        const QString id = outcomes.first()["entry"]["id"].toString();
        QCOMPARE(id.size(), 8);
        const QJsonArray installs = json.value("installs").toArray();
        QCOMPARE(installs.size(), 1);
        QCOMPARE(installs.first()["id"].toString(), id);
        QCOMPARE(installs.first()["ok"].toBool(), true);
        const QJsonArray results = installs.first()["results"].toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first()["store"].toString(), "nss:" + sharedDb());
        QCOMPARE(results.first()["ok"].toBool(), true);

        // NSS's own tools agree: the certificate with its key, the CA certificates trusted.
        const ProcessResult certs = tool("certutil", {"-L", "-d", "sql:" + sharedDb()});
        QVERIFY2(certs.out.contains(label.toUtf8()), certs.out.constData());
        QVERIFY2(
            QString::fromUtf8(certs.out).contains(QRegularExpression(QRegularExpression::escape(label) + "\\s+u,u,u")),
            certs.out.constData());
        QVERIFY2(QString::fromUtf8(certs.out).contains(QRegularExpression("CertDesk Test Issuing CA\\s+CT,C,")),
                 certs.out.constData());
        const ProcessResult keys = tool("certutil", {"-K", "-d", "sql:" + sharedDb()});
        QVERIFY2(keys.exitCode == 0 && keys.out.contains(label.toUtf8()), qPrintable(keys.describe()));

        // The vault remembers where it went.
        const QJsonArray installedIn = objectOf(cli({"--json", "show", id})).value("installedIn").toArray();
        QCOMPARE(installedIn.size(), 1);
        QCOMPARE(installedIn.first()["store"].toString(), "nss:" + sharedDb());
    }

    /// list --all-stores: the vault's identity with its store, and a certificate pk12util put into the NSS DB
    /// behind CertDesk's back, without a vault ID; the same as CSV, read back with python's csv module.
    void listAllStoresFindsEverything()
    {
        const QString p12 = issueP12("Carol Elsewhere", 30);
        QVERIFY(!p12.isEmpty());
        const ProcessResult imported =
            tool("pk12util", {"-i", p12, "-d", "sql:" + sharedDb(), "-w", path("p12-pass.txt")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

        const ProcessResult run = cli({"--non-interactive", "--json", "list", "--all-stores"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject listing = objectOf(run);
        QVERIFY(listing.value("notes").isArray());

        const QJsonObject bob = identityOf(listing, subjectOf("Bob Helpdesk"));
        QVERIFY2(!bob.isEmpty(), run.out.constData());
        QCOMPARE(bob.value("id").toString().size(), 8);
        QCOMPARE(bob.value("name").toString(), QStringLiteral("Bob, \"VPN\""));
        QCOMPARE(bob.value("status").toString(), QStringLiteral("valid"));
        QVERIFY2(bob.value("daysLeft").toInt() >= 198 && bob.value("daysLeft").toInt() <= 200,
                 qPrintable(QString::number(bob.value("daysLeft").toInt())));
        const QJsonObject bobStore = storeOf(bob, "nss:" + sharedDb());
        QCOMPARE(bobStore.value("found").toBool(), true);
        QCOMPARE(bobStore.value("recorded").toBool(), true);
        QCOMPARE(bobStore.value("name").toString(), QStringLiteral("Chromium and other NSS applications"));
        // The expiry is the certificate's, as openssl reads it ("2027-06-11 18:55:00Z").
        const QString enddate = QString::fromUtf8(openssl({"x509", "-in", m_ca.directory() + "/bob-helpdesk.crt",
                                                           "-noout", "-enddate", "-dateopt", "iso_8601"})
                                                      .out.trimmed())
                                    .section('=', 1);
        QCOMPARE(bob.value("notAfter").toString(), QString(enddate).replace(' ', 'T'));

        const QJsonObject carol = identityOf(listing, subjectOf("Carol Elsewhere"));
        QVERIFY2(!carol.isEmpty(), run.out.constData());
        QVERIFY(carol.value("id").isNull());
        QCOMPARE(carol.value("status").toString(), QStringLiteral("expiring")); // 30 days: inside the first threshold
        const QJsonObject carolStore = storeOf(carol, "nss:" + sharedDb());
        QCOMPARE(carolStore.value("found").toBool(), true);
        QCOMPARE(carolStore.value("recorded").toBool(), false);
        // CA certificates in the same DB are nobody's identity.
        QVERIFY(identityOf(listing, "CN=CertDesk Test Issuing CA,O=CertDesk Test").isEmpty());

        const ProcessResult csvRun = cli({"--non-interactive", "list", "--all-stores", "--format", "csv"});
        QVERIFY2(csvRun.exitCode == 0, qPrintable(csvRun.describe()));
        QVERIFY(csvRun.out.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(csvRun.out);
        QCOMPARE(rows.size(), 1 + listing.value("identities").toArray().size());
        QCOMPARE(rows.first(), (QStringList{"vault_id", "name", "subject", "status", "not_after", "days_left",
                                            "fingerprint_sha256", "stores", "recorded_not_found"}));
        bool sawBob = false;
        bool sawCarol = false;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), 9);
            QVERIFY2(QRegularExpression("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$").match(row[4]).hasMatch(),
                     qPrintable(row[4]));
            bool numeric = false;
            row[5].toInt(&numeric);
            QVERIFY(numeric);
            if (row[2] == subjectOf("Bob Helpdesk")) {
                sawBob = true;
                QCOMPARE(row[0], bob.value("id").toString());
                QCOMPARE(row[1], QStringLiteral("Bob, \"VPN\""));
                QCOMPARE(row[4], bob.value("notAfter").toString());
                QCOMPARE(row[6], bob.value("fingerprintSha256").toString());
                QCOMPARE(row[7], "nss:" + sharedDb());
            } else if (row[2] == subjectOf("Carol Elsewhere")) {
                sawCarol = true;
                QCOMPARE(row[0], QString());
                QCOMPARE(row[3], QStringLiteral("expiring"));
                QCOMPARE(row[7], "nss:" + sharedDb());
            }
        }
        QVERIFY(sawBob);
        QVERIFY(sawCarol);

        // Plain list as CSV: the vault only, same columns.
        const ProcessResult plain = cli({"list", "--format", "csv"});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
        const QList<QStringList> plainRows = parseCsv(plain.out);
        QCOMPARE(plainRows.size(), 1 + vaultSize());
        QCOMPARE(plainRows.first().size(), 9);
        QCOMPARE(plainRows.at(1).at(0), bob.value("id").toString());
        QCOMPARE(plainRows.at(1).at(7), "nss:" + sharedDb());

        // JSON and CSV at once, or a format that does not exist: usage errors.
        QCOMPARE(cli({"--json", "list", "--format", "csv"}).exitCode, 1);
        QCOMPARE(cli({"list", "--format", "xml"}).exitCode, 1);
    }

    /// An encrypted PKCS#12 and no --password-file: nobody is asked, the answer names the option, nothing changes.
    void encryptedP12NeedsPasswordFile()
    {
        const QString p12 = issueP12("Dora Nopass");
        QVERIFY(!p12.isEmpty());
        const int before = vaultSize();
        QVERIFY(before > 0);
        for (const bool flag : {true, false}) {
            // Without the flag standard input is a pipe here, not a terminal: nothing may be asked either.
            const QStringList arguments =
                flag ? QStringList{"--non-interactive", "--json", "import", p12, "--install", "nss"}
                     : QStringList{"--json", "import", p12, "--install", "nss"};
            const ProcessResult run = cli(arguments, "this must not be read as a password\n");
            QVERIFY2(!run.crashed, qPrintable(run.describe()));
            QCOMPARE(run.exitCode, 2); // bad input: the file cannot be read without its password
            const QJsonObject error = objectOf(run).value("error").toObject();
            QCOMPARE(error.value("code").toInt(), 2);
            QCOMPARE(error.value("reason").toString(), QStringLiteral("password-required"));
            QVERIFY2(error.value("message").toString().contains("--password-file"),
                     qPrintable(error.value("message").toString()));
            QVERIFY(run.err.contains("--password-file"));
            QVERIFY(!run.err.contains("Password for"));
        }
        QCOMPARE(vaultSize(), before);
    }

    /// Other questions become errors with their options too: a delete confirmation, an export password.
    void otherQuestionsNameTheirOptions()
    {
        const QJsonArray entries = QJsonDocument::fromJson(cli({"--json", "list"}).out).array();
        QVERIFY(!entries.isEmpty());
        const QString id = entries.first()["id"].toString();
        const ProcessResult deleting = cli({"--non-interactive", "delete", id}, "y\n");
        QCOMPARE(deleting.exitCode, 1);
        QVERIFY2(deleting.err.contains("--yes"), deleting.err.constData());
        const ProcessResult exporting =
            cli({"--non-interactive", "export", id, "--format", "p12", "--out", path("never.p12")});
        QCOMPARE(exporting.exitCode, 1);
        QVERIFY2(exporting.err.contains("--password-file"), exporting.err.constData());
        QVERIFY(!QFile::exists(path("never.p12")));
        QCOMPARE(cli({"--json", "show", id}).exitCode, 0); // still there
    }

    /// A password-protected NSS DB and no --store-password-file: exit 4 naming the option, quickly, and the
    /// identity stays in the vault; with the file the same identity installs.
    void protectedNssDbNeedsStorePasswordFile()
    {
        const QString db = path("protected-db");
        QVERIFY(QDir().mkpath(db));
        const ProcessResult created = tool("certutil", {"-N", "-d", "sql:" + db, "-f", path("nss-pass.txt")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString p12 = issueP12("Erin Protected");
        QVERIFY(!p12.isEmpty());

        QElapsedTimer timer;
        timer.start();
        const ProcessResult run = cli({"--non-interactive", "--json", "import", p12, "--password-file",
                                       path("p12-pass.txt"), "--install", "nss:" + db});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        // Bounded: runProcess would have killed it after 120 s; nothing waited for a person.
        QVERIFY2(timer.elapsed() < 110000, qPrintable(QString::number(timer.elapsed())));
        const QJsonObject json = objectOf(run);
        // One document: the whole report, with an error that says the install (not the import) failed.
        QCOMPARE(json.value("error")["code"].toInt(), 4);
        QCOMPARE(json.value("error")["reason"].toString(), QStringLiteral("install-failed"));
        const QString id = json.value("outcomes").toArray().first()["entry"]["id"].toString();
        QCOMPARE(json.value("outcomes").toArray().first()["action"].toString(), QStringLiteral("identity-created"));
        const QJsonObject install = json.value("installs").toArray().first().toObject();
        QCOMPARE(install.value("id").toString(), id);
        QCOMPARE(install.value("ok").toBool(), false);
        const QJsonObject error = install.value("results").toArray().first()["error"].toObject();
        QCOMPARE(error.value("code").toInt(), 4);
        QCOMPARE(error.value("reason").toString(), QStringLiteral("store-password-required"));
        QVERIFY2(error.value("message").toString().contains("--store-password-file"),
                 qPrintable(error.value("message").toString()));
        QVERIFY(run.err.contains("stays in the vault as " + id.toUtf8()));

        // Kept in the vault, and the same ID installs once the password is given.
        const ProcessResult again = cli({"--non-interactive", "--json", "install", id, "--store", "nss:" + db,
                                         "--store-password-file", path("nss-pass.txt")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const ProcessResult keys = tool("certutil", {"-K", "-d", "sql:" + db, "-f", path("nss-pass.txt")});
        QVERIFY2(keys.exitCode == 0 && keys.out.contains("Erin Protected"), qPrintable(keys.describe()));
    }

    /// One store of two fails: the other is installed, the identity stays in the vault, exit 4, and the JSON
    /// has both results. A store that does not exist at all is found before anything is imported.
    void failingStoreKeepsIdentity()
    {
        const QString p12 = issueP12("Frank Partial");
        QVERIFY(!p12.isEmpty());
        const int before = vaultSize();

        const ProcessResult unknown = cli({"--non-interactive", "--json", "import", p12, "--password-file",
                                           path("p12-pass.txt"), "--install", "nss,keychain:nowhere"});
        QCOMPARE(unknown.exitCode, 3);
        QCOMPARE(objectOf(unknown).value("error")["reason"].toString(), QStringLiteral("no-such-store"));
        QCOMPARE(vaultSize(), before); // nothing imported

        const QString missing = path("no/such/db");
        const ProcessResult run = cli({"--non-interactive", "--json", "import", p12, "--password-file",
                                       path("p12-pass.txt"), "--install", "nss," + QString("nss:") + missing});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QCOMPARE(vaultSize(), before + 1);
        const QJsonObject install = objectOf(run).value("installs").toArray().first().toObject();
        const QJsonArray results = install.value("results").toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0)["store"].toString(), QStringLiteral("nss"));
        QCOMPARE(results.at(0)["ok"].toBool(), true);
        QCOMPARE(results.at(1)["store"].toString(), "nss:" + missing);
        QCOMPARE(results.at(1)["ok"].toBool(), false);
        QCOMPARE(results.at(1)["error"]["code"].toInt(), 4);
        QCOMPARE(results.at(1)["error"]["reason"].toString(), QStringLiteral("store-not-found"));
        QVERIFY(!QFileInfo::exists(missing));
        const ProcessResult certs = tool("certutil", {"-L", "-d", "sql:" + sharedDb()});
        QVERIFY(certs.out.contains("Frank Partial"));

        // Without --json: the same exit code and plain sentences on standard error.
        const QString p12b = issueP12("Gina Partial");
        QVERIFY(!p12b.isEmpty());
        const ProcessResult text = cli({"--non-interactive", "import", p12b, "--password-file", path("p12-pass.txt"),
                                        "--name", "=SUM(1,2)", "--install", "nss:" + missing});
        QCOMPARE(text.exitCode, 4);
        QVERIFY2(text.err.contains("stays in the vault"), text.err.constData());
        QVERIFY(text.out.contains("Imported identity"));
        // A name a spreadsheet would run as a formula is defused in CSV (and only there).
        bool defused = false;
        for (const QStringList& row : parseCsv(cli({"list", "--format", "csv"}).out))
            defused = defused || row.value(1) == QStringLiteral("'=SUM(1,2)");
        QVERIFY(defused);

        // Only a CA certificate: imported (kept), but there is no identity to install.
        const ProcessResult caOnly = cli(
            {"--non-interactive", "--json", "import", m_ca.rootCertPath(), "--keep-without-key", "--install", "nss"});
        QCOMPARE(caOnly.exitCode, 3);
        QCOMPARE(objectOf(caOnly).value("error")["reason"].toString(), QStringLiteral("nothing-to-install"));
        QCOMPARE(objectOf(caOnly).value("outcomes").toArray().size(), 1);
    }

    /// The same one step into a SoftHSM2 token with its PIN from a file; without it, exit 4 naming the option.
    /// list --all-stores then finds it there without the PIN, next to a certificate written by another tool.
    void importInstallsOnToken()
    {
        if (!QFile::exists(kSoftHsmModule))
            QSKIP("softhsm2 is not installed");
        const ProcessResult init =
            tool("softhsm2-util", {"--init-token", "--free", "--label", kToken, "--pin", kPin, "--so-pin", "8765"});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        const QString p12 = issueP12("Hank Token");
        QVERIFY(!p12.isEmpty());

        const ProcessResult noPin = cli({"--non-interactive", "--json", "import", p12, "--password-file",
                                         path("p12-pass.txt"), "--install", "pkcs11:" + kToken});
        QVERIFY2(noPin.exitCode == 4, qPrintable(noPin.describe()));
        const QJsonObject error =
            objectOf(noPin).value("installs").toArray().first()["results"].toArray().first()["error"].toObject();
        QCOMPARE(error.value("reason").toString(), QStringLiteral("pin-required"));
        QVERIFY(error.value("message").toString().contains("--store-password-file"));

        const ProcessResult run =
            cli({"--non-interactive", "--json", "import", p12, "--password-file", path("p12-pass.txt"), "--install",
                 "pkcs11:" + kToken, "--store-password-file", path("pin.txt")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(objectOf(run).value("outcomes").toArray().first()["action"].toString(),
                 QStringLiteral("already-present"));
        QCOMPARE(objectOf(run).value("installs").toArray().first()["ok"].toBool(), true);
        // OpenSC's pkcs11-tool sees the key and the certificate on the token.
        const ProcessResult objects = tool("pkcs11-tool", {"--module", kSoftHsmModule, "--token-label", kToken,
                                                           "--login", "--pin", kPin, "--list-objects"});
        QVERIFY2(objects.exitCode == 0, qPrintable(objects.describe()));
        QVERIFY2(objects.out.contains("Private Key Object"), objects.out.constData());
        QVERIFY2(objects.out.contains("Certificate Object"), objects.out.constData());

        // A certificate someone else wrote to the token (as a card issuer's tool would).
        const QString ivanP12 = issueP12("Ivan Card");
        QVERIFY(!ivanP12.isEmpty());
        const ProcessResult written =
            tool("pkcs11-tool",
                 {"--module", kSoftHsmModule, "--token-label", kToken, "--login", "--pin", kPin, "--write-object",
                  m_ca.directory() + "/ivan-card.crt", "--type", "cert", "--id", "99", "--label", "Ivan Card"});
        QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));

        // Listing needs no PIN: the token's certificates are public. The protected NSS DB the vault installed Erin
        // into cannot be read without its password: a note, and the listing still succeeds.
        const ProcessResult listed = cli({"--non-interactive", "--json", "list", "--all-stores"});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonObject listing = objectOf(listed);
        bool noted = false;
        for (const QJsonValue& note : listing.value("notes").toArray())
            noted = noted || note.toString().contains(path("protected-db"));
        QVERIFY2(noted, listed.out.constData());
        const QJsonObject hank = storeOf(identityOf(listing, subjectOf("Hank Token")), "pkcs11:" + kToken);
        QCOMPARE(hank.value("recorded").toBool(), true);
        QCOMPARE(hank.value("found").toBool(), true);
        QCOMPARE(hank.value("name").toString(), QString::fromUtf8("Smart card “Helpdesk Token”"));
        const QJsonObject ivan = identityOf(listing, subjectOf("Ivan Card"));
        QVERIFY2(!ivan.isEmpty(), listed.out.constData());
        QVERIFY(ivan.value("id").isNull());
        QCOMPARE(storeOf(ivan, "pkcs11:" + kToken).value("found").toBool(), true);
        const QJsonObject erin =
            storeOf(identityOf(listing, subjectOf("Erin Protected")), "nss:" + path("protected-db"));
        QCOMPARE(erin.value("recorded").toBool(), true);
        QCOMPARE(erin.value("found").toBool(), false);

        const ProcessResult text = cli({"--non-interactive", "list", "--all-stores"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains(path("protected-db").toUtf8()), text.err.constData()); // notes on standard error
        QVERIFY(text.out.contains("installed by CertDesk, not found now: nss:" + path("protected-db").toUtf8()));
        QVERIFY(text.out.contains("Hank Token"));
    }

    /// No option takes a password, passphrase or PIN itself: every one is a -file option (read from the CLI's own
    /// option table); --password VALUE is a usage error that does not echo the value; and a password given on
    /// standard input never shows in /proc/PID/cmdline while the CLI runs.
    void passwordsNeverOnCommandLine()
    {
        const QStringList options = certdesk::cli::knownOptions();
        QVERIFY(options.contains("--password-file"));
        QVERIFY(options.contains("--store-password-file"));
        QVERIFY(options.contains("--non-interactive"));
        for (const QString& option : options) {
            const QString name = option.toLower();
            if (name.contains("password") || name.contains("pin") || name.contains("passphrase") ||
                name.contains("secret")) {
                QVERIFY2(name.endsWith("-file"), qPrintable(option));
            }
        }

        const QByteArray marker = "marker-Z7q-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        for (const QStringList& attempt :
             {QStringList{"import", path("x.p12"), "--password", QString::fromLatin1(marker)},
              QStringList{"import", path("x.p12"), "--password=" + QString::fromLatin1(marker)},
              QStringList{"--pin", QString::fromLatin1(marker), "list"}}) {
            const ProcessResult run = cli(QStringList{"--json"} + attempt);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(!run.out.contains(marker));
            QVERIFY(!run.err.contains(marker));
        }

        // The PKCS#12 password (the marker) on standard input: the process is up, waiting for it, and its command
        // line does not hold it; then it imports, and says nothing of it.
        writeFile(path("marker-pass.txt"), marker + "\n");
        const QString p12 = issueP12("Ivy Stdin", 200, path("marker-pass.txt"));
        QVERIFY(!p12.isEmpty());
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(CERTDESK_CLI_PATH, base() + QStringList{"--non-interactive", "--json", "import", p12,
                                                              "--password-file", "-", "--install", "nss"});
        QVERIFY(process.waitForStarted(30000));
        // Right after the start the kernel may still show the forked test's (or no) command line: wait for ours.
        QByteArray arguments;
        for (int waited = 0; waited < 30000 && !arguments.contains("--password-file"); waited += 50) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
            if (cmdline.open(QIODevice::ReadOnly))
                arguments = cmdline.readAll();
            if (!arguments.contains("--password-file"))
                QTest::qWait(50);
        }
        QVERIFY2(arguments.contains("--password-file"), arguments.constData());
        QVERIFY(!arguments.contains(marker));
        process.write(marker + "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY2(QJsonDocument::fromJson(out)["installs"][0]["ok"].toBool(), out.constData());
        QVERIFY(!out.contains(marker));
        QVERIFY(!err.contains(marker));
        // Two secrets from standard input cannot both be read: said at once.
        const ProcessResult twice =
            cli({"import", p12, "--password-file", "-", "--store-password-file", "-", "--install", "nss"});
        QCOMPARE(twice.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliHelpdesk)
#include "tst_cli_helpdesk.moc"
