#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "policy/Policy.h"
#include "vault/Vault.h"
#include "workflows/ExportWorkflow.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

SecureBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

std::shared_ptr<const SecureBytes> password(const char* text)
{
    return std::make_shared<const SecureBytes>(secret(text));
}

} // namespace

/// The export use case (core/workflows/ExportWorkflow) that the desktop app calls: what each format holds, the
/// organisation's rules applied there and not only by the window, and files that hold a key private from the start.
class TestExportWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    VaultEntry m_identity;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void usePolicy(const QByteArray& json)
    {
        if (json.isEmpty()) {
            qputenv("CERTDESK_POLICY", path(QStringLiteral("no-policy.json")).toUtf8());
        } else {
            writeFile(path(QStringLiteral("policy.json")), json);
            qputenv("CERTDESK_POLICY", path(QStringLiteral("policy.json")).toUtf8());
        }
        Policy::resetActive();
    }

private slots:
    void initTestCase()
    {
        for (const QStringList& arguments :
             {QStringList{"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                          path("ca.key"), "-out", path("ca.crt"), "-subj", "/CN=Export Test CA", "-days", "30",
                          "-addext", "basicConstraints=critical,CA:TRUE"},
              QStringList{"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                          path("leaf.key"), "-out", path("leaf.csr"), "-subj", "/CN=Export Person"},
              QStringList{"x509", "-req", "-in", path("leaf.csr"), "-CA", path("ca.crt"), "-CAkey", path("ca.key"),
                          "-set_serial", "9", "-days", "10", "-out", path("leaf.crt")}}) {
            const ProcessResult result = openssl(arguments);
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        }
        auto bundle =
            BundleReader::read(readFile(path("leaf.key")) + readFile(path("leaf.crt")) + readFile(path("ca.crt")));
        QVERIFY(bundle.ok());
        VaultCredentials credentials;
        credentials.passphrase = secret("export test passphrase");
        auto vault = Vault::open(path("vault"), std::move(credentials));
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message));
        m_vault = std::move(vault).value();
        QVERIFY(m_vault->unlock().ok());
        auto imported = m_vault->importBundle(bundle.value(), QStringLiteral("Export Person"));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        auto entries = m_vault->entries();
        QVERIFY(entries.ok());
        for (const VaultEntry& entry : entries.value()) {
            if (entry.hasKey)
                m_identity = entry;
        }
        QVERIFY(m_identity.hasKey);
        QCOMPARE(m_identity.chain.size(), 1);
    }

    void cleanup() { usePolicy({}); }

    void formatsHoldWhatTheySay_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("certificates"); // PEM blocks
        QTest::addColumn<bool>("holdsKey");
        QTest::newRow("pem") << int(ExportFormat::Pem) << false << 1 << false;
        QTest::newRow("chain") << int(ExportFormat::Chain) << false << 2 << false;
        QTest::newRow("pem with key") << int(ExportFormat::Pem) << true << 1 << true;
        QTest::newRow("chain with key") << int(ExportFormat::Chain) << true << 2 << true;
        QTest::newRow("der ignores withKey") << int(ExportFormat::Der) << true << 0 << false;
    }
    void formatsHoldWhatTheySay()
    {
        QFETCH(int, format);
        QFETCH(bool, withKey);
        QFETCH(int, certificates);
        QFETCH(bool, holdsKey);
        ExportOptions options;
        options.format = ExportFormat(format);
        options.withKey = withKey;
        options.password = password("file password 1");
        auto exported = exportIdentity(m_identity, options, m_vault.get());
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
        QCOMPARE(exported.value().holdsKey, holdsKey);
        QCOMPARE(int(exported.value().bytes.count("BEGIN CERTIFICATE")), certificates);
        QCOMPARE(exported.value().bytes.contains("BEGIN ENCRYPTED PRIVATE KEY"), holdsKey);
        QVERIFY(!exported.value().bytes.contains("BEGIN PRIVATE KEY"));
        if (ExportFormat(format) == ExportFormat::Der)
            QCOMPARE(exported.value().bytes, m_identity.certificate.der());
    }

    /// The policy's profile is the default, an explicit choice wins; OpenSSL reads which one it was.
    void pkcs12ProfileFollowsThePolicy_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<std::optional<Pkcs12::WriteProfile>>("chosen");
        QTest::addColumn<QString>("expectedMac");
        QTest::newRow("no policy") << QByteArray() << std::optional<Pkcs12::WriteProfile>() << "MAC: sha256";
        QTest::newRow("policy: compatible") << QByteArray(R"({"export": {"p12Profile": "compatible"}})")
                                            << std::optional<Pkcs12::WriteProfile>() << "MAC: sha1";
        QTest::newRow("policy compatible, user modern")
            << QByteArray(R"({"export": {"p12Profile": "compatible"}})")
            << std::optional<Pkcs12::WriteProfile>(Pkcs12::WriteProfile::Modern) << "MAC: sha256";
    }
    void pkcs12ProfileFollowsThePolicy()
    {
        QFETCH(QByteArray, policy);
        QFETCH(std::optional<Pkcs12::WriteProfile>, chosen);
        QFETCH(QString, expectedMac);
        usePolicy(policy);
        ExportOptions options;
        options.format = ExportFormat::Pkcs12;
        options.profile = chosen;
        options.password = password("file password 2");
        auto exported = exportIdentity(m_identity, options, m_vault.get());
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
        QVERIFY(exported.value().holdsKey);
        const QString file = path(QStringLiteral("profile-%1.p12").arg(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(writeExport(exported.value(), file).ok());
        writeFile(path("p12pass.txt"), "file password 2");
        const ProcessResult info =
            openssl({"pkcs12", "-in", file, "-passin", "file:" + path("p12pass.txt"), "-info", "-noout"});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QVERIFY2(QString::fromUtf8(info.out + info.err).contains(expectedMac), qPrintable(info.describe()));
    }

    /// The key does not go out when the organisation forbids it, or when its policy cannot be read — whoever asks.
    void keyExportFollowsThePolicy_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("reason");
        QTest::newRow("forbidden") << QByteArray(R"({"export": {"allowPrivateKey": false}})")
                                   << "policy:export.allowPrivateKey";
        QTest::newRow("unreadable policy") << QByteArray("{\"export\": ") << "policy-malformed";
    }
    void keyExportFollowsThePolicy()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QString, reason);
        usePolicy(policy);
        const ExportRules rules = ExportRules::current();
        QVERIFY(rules.keyRefusal);
        QCOMPARE(rules.keyRefusal->reason, reason);
        for (const ExportFormat format : {ExportFormat::Pkcs12, ExportFormat::Pem, ExportFormat::Chain}) {
            ExportOptions options;
            options.format = format;
            options.withKey = true;
            options.password = password("file password 3");
            auto exported = exportIdentity(m_identity, options, m_vault.get());
            QVERIFY(!exported.ok());
            QCOMPARE(exported.error().reason, reason);
            QCOMPARE(exported.error().code, ErrorCode::Policy);
        }
        // The certificate alone still goes out.
        ExportOptions certificateOnly;
        certificateOnly.format = ExportFormat::Chain;
        auto exported = exportIdentity(m_identity, certificateOnly, nullptr);
        QVERIFY(exported.ok());
        QCOMPARE(int(exported.value().bytes.count("BEGIN CERTIFICATE")), 2);
    }

    /// A file that holds the key is 0600 from its first byte, whatever the umask and whatever file was there before.
    void filesWithTheKeyArePrivate()
    {
        const QString file = path(QStringLiteral("existing.pem"));
        writeFile(file, "an older, world-readable file\n");
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        const mode_t previous = ::umask(0);
        ExportOptions options;
        options.format = ExportFormat::Pem;
        options.withKey = true;
        options.password = password("file password 4");
        auto exported = exportIdentity(m_identity, options, m_vault.get());
        const auto written = exported.ok() ? writeExport(exported.value(), file) : Result<QString>(exported.error());
        ::umask(previous);
        QVERIFY(written.ok());
        QCOMPARE(QFileInfo(file).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(readFile(file), exported.value().bytes);
        // The key in it opens with the password.
        writeFile(path("pempass.txt"), "file password 4");
        const ProcessResult key = openssl({"pkey", "-in", file, "-passin", "file:" + path("pempass.txt"), "-noout"});
        QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
    }

    void unwritablePlaceIsNamed()
    {
        ExportOptions options;
        auto exported = exportIdentity(m_identity, options, nullptr);
        QVERIFY(exported.ok());
        const QString file = path(QStringLiteral("no-such-folder/out.pem"));
        auto written = writeExport(exported.value(), file);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().reason, QStringLiteral("unwritable"));
        QVERIFY2(written.error().message.contains(file), qPrintable(written.error().message));
    }

    void keyNeedsTheVaultAndAPassword()
    {
        ExportOptions options;
        options.format = ExportFormat::Pkcs12;
        options.password = password("file password 5");
        auto withoutVault = exportIdentity(m_identity, options, nullptr);
        QVERIFY(!withoutVault.ok());
        QCOMPARE(withoutVault.error().code, ErrorCode::Usage);
        options.password.reset();
        auto withoutPassword = exportIdentity(m_identity, options, m_vault.get());
        QVERIFY(!withoutPassword.ok());
        QCOMPARE(withoutPassword.error().code, ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestExportWorkflow)
#include "tst_exportworkflow.moc"
