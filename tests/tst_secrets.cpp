#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <sys/stat.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// What would betray a private key in a file: its raw secret number and its unencrypted PKCS#8 encoding.
struct KeyNeedles
{
    QString label;
    QByteArray scalar;
    QByteArray pkcs8;
};

KeyNeedles needlesFor(const QString& label, EVP_PKEY* key)
{
    KeyNeedles needles{label, {}, {}};
    BIGNUM* number = nullptr;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &number) == 1) {
        needles.scalar.resize(BN_num_bytes(number));
        BN_bn2bin(number, reinterpret_cast<unsigned char*>(needles.scalar.data()));
        BN_clear_free(number);
    }
    unsigned char* der = nullptr;
    const int length = i2d_PrivateKey(key, &der);
    if (length > 0)
        needles.pkcs8 = QByteArray(reinterpret_cast<const char*>(der), length);
    OPENSSL_clear_free(der, length > 0 ? static_cast<size_t>(length) : 0);
    return needles;
}

/// The private key inside a PKCS#12 file, read with OpenSSL itself.
EVP_PKEY* keyFromPkcs12(const QByteArray& bytes, const QByteArray& password)
{
    const unsigned char* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    PKCS12* p12 = d2i_PKCS12(nullptr, &data, bytes.size());
    if (!p12)
        return nullptr;
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    PKCS12_parse(p12, password.constData(), &key, &certificate, nullptr);
    X509_free(certificate);
    PKCS12_free(p12);
    return key;
}

int mode(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace

/// Secrets hygiene of certdesk-cli: no unencrypted private key and no password anywhere the processes wrote, private
/// files and folders even under umask 000, no option that takes a password on the command line.
class TestSecrets : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_inputs; ///< the test's own material (source key, password files): not scanned
    QTemporaryDir m_root;   ///< HOME, TMPDIR, the vault and every output: scanned
    QString m_vault;
    QString m_passphrase;
    QByteArray m_markers[3];
    QProcessEnvironment m_environment;
    QList<ProcessResult> m_runs;
    QList<KeyNeedles> m_needles;

    /// certdesk-cli under umask 000, with HOME and TMPDIR inside the scanned root; every run's output is kept.
    ProcessResult cli(const QStringList& arguments, const QString& passphraseFile = {})
    {
        const QStringList all = QStringList{QStringLiteral(CERTDESK_CLI_PATH), "--vault", m_vault, "--passphrase-file",
                                            passphraseFile.isEmpty() ? m_passphrase : passphraseFile} +
                                arguments;
        const ProcessResult result =
            runProcess("sh", QStringList{"-c", "umask 000; exec \"$0\" \"$@\""} + all, {}, m_environment);
        m_runs << result;
        return result;
    }

    QByteArray marker(const char* purpose)
    {
        return "Marker-" + QByteArray(purpose) + "-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(16);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        QVERIFY(m_inputs.isValid() && m_root.isValid());
        m_vault = m_root.filePath("vault");
        m_markers[0] = marker("vault");
        m_markers[1] = marker("p12");
        m_markers[2] = marker("export");
        m_passphrase = m_inputs.filePath("vault-pass");
        writeFile(m_passphrase, m_markers[0] + "\n");
        writeFile(m_inputs.filePath("p12-pass"), m_markers[1] + "\n");
        writeFile(m_inputs.filePath("export-pass"), m_markers[2] + "\n");
        writeFile(m_inputs.filePath("wrong-pass"),
                  "Marker-wrong-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "\n");
        for (const char* sub : {"home", "tmp", "out"})
            QVERIFY(QDir().mkpath(m_root.filePath(sub)));
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert("HOME", m_root.filePath("home"));
        m_environment.insert("XDG_DATA_HOME", m_root.filePath("home/.local/share"));
        m_environment.insert("XDG_CONFIG_HOME", m_root.filePath("home/.config"));
        m_environment.insert("XDG_CACHE_HOME", m_root.filePath("home/.cache"));
        m_environment.insert("TMPDIR", m_root.filePath("tmp"));
    }

    void passwordsAreNeverArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--password") << QStringList{"import", "x.p12", "--password", "MARKER"};
        QTest::newRow("--password=") << QStringList{"import", "x.p12", "--password=MARKER"};
        QTest::newRow("--passphrase") << QStringList{"--passphrase", "MARKER", "list"};
        QTest::newRow("--pass") << QStringList{"export", "abcd", "--format", "p12", "--pass", "MARKER"};
        QTest::newRow("--pin") << QStringList{"install", "abcd", "--store", "nss", "--pin", "MARKER"};
        QTest::newRow("--store-password")
            << QStringList{"install", "abcd", "--store", "nss", "--store-password", "MARKER"};
        QTest::newRow("-p") << QStringList{"show", "x.p12", "-p", "MARKER"};
    }

    void passwordsAreNeverArguments()
    {
        QFETCH(QStringList, arguments);
        const QByteArray secret = marker("argv");
        arguments.replaceInStrings("MARKER", QString::fromLatin1(secret));
        const ProcessResult result =
            runProcess(CERTDESK_CLI_PATH, QStringList{"--vault", m_vault} + arguments, {}, m_environment);
        QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
        QVERIFY2(!result.out.contains(secret) && !result.err.contains(secret), qPrintable(result.describe()));
    }

    void noKeyOrPasswordLeftBehind()
    {
        // The source identity: an EC key and its certificate from the test CA, in a PKCS#12 with a marker password.
        const QString keyPath = m_inputs.filePath("source.key");
        QCOMPARE(
            openssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", keyPath}).exitCode,
            0);
        QCOMPARE(openssl({"req", "-new", "-key", keyPath, "-subj", "/CN=Secrets Source/O=CertDesk Test", "-out",
                          m_inputs.filePath("source.csr")})
                     .exitCode,
                 0);
        const QString sourceCert = m_ca.sign(m_inputs.filePath("source.csr"), 365, "source.crt");
        QVERIFY(!sourceCert.isEmpty());
        const QString sourceP12 = m_inputs.filePath("source.p12");
        QCOMPARE(openssl({"pkcs12", "-export", "-inkey", keyPath, "-in", sourceCert, "-certfile",
                          m_ca.intermediateCertPath(), "-passout", "file:" + m_inputs.filePath("p12-pass"), "-out",
                          sourceP12})
                     .exitCode,
                 0);
        {
            const QByteArray pem = readFile(keyPath);
            BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
            EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
            BIO_free(bio);
            QVERIFY(key);
            m_needles << needlesFor("imported PKCS#12 key", key);
            EVP_PKEY_free(key);
        }

        // A request made in the vault, its certificate imported; the PKCS#12 with a wrong, then the right password.
        const QString csr = m_root.filePath("out/request.csr");
        ProcessResult run = cli({"--json", "request", "--subject", "CN=Secrets Request,O=CertDesk Test", "--out", csr});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString requestId = jsonId(run.out);
        QVERIFY(!requestId.isEmpty());
        const QString issued = m_ca.sign(csr, 365, "request.crt");
        run = cli({"import", issued, m_ca.intermediateCertPath()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({"import", sourceP12, "--password-file", m_inputs.filePath("wrong-pass")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        run = cli({"--json", "import", sourceP12, "--password-file", m_inputs.filePath("p12-pass")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString importedId = jsonId(run.out);
        QVERIFY(!importedId.isEmpty());
        // A wrong vault passphrase must not echo either.
        run = cli({"export", importedId, "--format", "p12", "--password-file", m_inputs.filePath("export-pass"),
                   "--out", m_root.filePath("out/never.p12")},
                  m_inputs.filePath("wrong-pass"));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(!QFile::exists(m_root.filePath("out/never.p12")));

        // Exports: PKCS#12 and PEM with the key (both encrypted), the certificate alone; an install into NSS.
        const QString exportedP12 = m_root.filePath("out/request.p12");
        run = cli({"export", requestId, "--format", "p12", "--password-file", m_inputs.filePath("export-pass"), "--out",
                   exportedP12});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString exportedPem = m_root.filePath("out/imported-with-key.pem");
        run = cli({"export", importedId, "--format", "pem", "--with-key", "--password-file",
                   m_inputs.filePath("export-pass"), "--out", exportedPem});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(readFile(exportedPem).contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const QString exportedCert = m_root.filePath("out/imported.pem");
        run = cli({"export", importedId, "--format", "pem", "--out", exportedCert});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString nssDb = m_root.filePath("home/nssdb");
        QDir().mkpath(nssDb);
        QCOMPARE(runProcess("certutil", {"-N", "-d", "sql:" + nssDb, "--empty-password"}, {}, m_environment).exitCode,
                 0);
        run = cli({"install", requestId, "--store", "nss:" + nssDb});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({"check"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // The key made inside the vault, as OpenSSL reads it from the exported PKCS#12.
        {
            EVP_PKEY* key = keyFromPkcs12(readFile(exportedP12), m_markers[2]);
            QVERIFY2(key, "the exported PKCS#12 does not open with its password");
            m_needles << needlesFor("key generated by request", key);
            EVP_PKEY_free(key);
        }
        for (const KeyNeedles& needles : m_needles)
            QVERIFY2(needles.scalar.size() >= 28 && needles.pkcs8.size() > 60, qPrintable(needles.label));

        // Private files and folders, although every run had umask 000.
        QCOMPARE(mode(m_vault), 0700);
        for (const QString& name : QDir(m_vault).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(mode(m_vault + "/" + name) == 0600,
                     qPrintable(name + QStringLiteral(" is %1").arg(mode(m_vault + "/" + name), 0, 8)));
        QCOMPARE(mode(exportedP12), 0600);
        QCOMPARE(mode(exportedPem), 0600);
        // Public material is readable, but never writable by others.
        for (const QString& path : {exportedCert, csr})
            QVERIFY2((mode(path) & 022) == 0, qPrintable(path + QStringLiteral(" is %1").arg(mode(path), 0, 8)));

        // Nothing the processes wrote holds a key in the clear or a password: every file below HOME, TMPDIR, the
        // vault and the output folder, and every line they printed.
        int files = 0;
        qint64 bytes = 0;
        QStringList findings;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray content = readFile(path);
            ++files;
            bytes += content.size();
            const QString where = QDir(m_root.path()).relativeFilePath(path);
            for (qsizetype at = content.indexOf("PRIVATE KEY-----"); at >= 0;
                 at = content.indexOf("PRIVATE KEY-----", at + 1)) {
                const QByteArray before = content.mid(qMax<qsizetype>(0, at - 16), qMin<qsizetype>(at, 16));
                if (!before.endsWith("ENCRYPTED "))
                    findings << where + ": an unencrypted PEM private key";
            }
            for (const KeyNeedles& needles : m_needles) {
                if (content.contains(needles.scalar))
                    findings << where + ": the raw private key of the " + needles.label;
                if (content.contains(needles.pkcs8))
                    findings << where + ": the PKCS#8 private key of the " + needles.label;
            }
            for (const QByteArray& secret : m_markers) {
                if (content.contains(secret))
                    findings << where + ": a password (" + QString::fromLatin1(secret.left(14)) + "…)";
            }
        }
        for (const ProcessResult& result : std::as_const(m_runs)) {
            for (const QByteArray& secret : m_markers) {
                if (result.out.contains(secret) || result.err.contains(secret))
                    findings << "a password in the output of a run: " + result.describe();
            }
            if (result.out.contains("BEGIN PRIVATE KEY") || result.err.contains("BEGIN PRIVATE KEY"))
                findings << "a private key in the output of a run";
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join('\n')));
        QVERIFY(files >= 8);
        qInfo(
            "%d runs under umask 000; %d files (%lld bytes) written under HOME, TMPDIR, the vault and the output "
            "folder scanned for %d private keys (raw and PKCS#8), unencrypted PEM keys and %d passwords: nothing found",
            static_cast<int>(m_runs.size()), files, bytes, static_cast<int>(m_needles.size()),
            static_cast<int>(std::size(m_markers)));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
