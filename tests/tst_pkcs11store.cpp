#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "crypto/CertificateRequest.h"
#include "crypto/DistinguishedName.h"
#include "keystores/Pkcs11Store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kModule = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
const QString kToken = QStringLiteral("CertDesk Test");

StoreCredentials pin(const char* text)
{
    QByteArray bytes(text);
    StoreCredentials credentials;
    credentials.password = SecureBytes::takeFrom(bytes);
    return credentials;
}

QString describe(const Error& error)
{
    return QStringLiteral("%1 [%2] %3").arg(error.message, error.reason, error.detail);
}

/// One object from `pkcs11-tool --list-objects`: its header line ("Private Key Object; EC") and its fields.
struct ToolObject
{
    QString kind;
    QString label;
    QString id;
};

QList<ToolObject> parseObjects(const QByteArray& output)
{
    QList<ToolObject> objects;
    for (const QString& line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            continue;
        if (!line.front().isSpace()) {
            objects.append(ToolObject{line.trimmed(), {}, {}});
            continue;
        }
        if (objects.isEmpty())
            continue;
        const QString field = line.trimmed();
        if (field.startsWith(QStringLiteral("label:")))
            objects.last().label = field.mid(6).trimmed();
        else if (field.startsWith(QStringLiteral("ID:")))
            objects.last().id = field.mid(3).trimmed();
    }
    return objects;
}

} // namespace

/// Pkcs11Store against a real SoftHSM2 token, checked from outside with OpenSC's pkcs11-tool and openssl.
class TestPkcs11Store : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestCa> m_ca;
    int m_serial = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ProcessResult tool(const QStringList& arguments)
    {
        QStringList all{QStringLiteral("--module"),      kModule,
                        QStringLiteral("--token-label"), kToken,
                        QStringLiteral("--login"),       QStringLiteral("--pin"),
                        QStringLiteral("1234")};
        return runProcess(QStringLiteral("pkcs11-tool"), all + arguments, {}, QProcessEnvironment::systemEnvironment(),
                          60000);
    }

    QList<ToolObject> tokenObjects()
    {
        const ProcessResult listed = tool({QStringLiteral("--list-objects")});
        if (listed.exitCode != 0)
            qWarning("%s", qPrintable(listed.describe()));
        return parseObjects(listed.out);
    }

    std::unique_ptr<Pkcs11Store> openStore()
    {
        auto store = Pkcs11Store::open(kModule, kToken, pin("1234"));
        if (!store) {
            qWarning("%s", qPrintable(describe(store.error())));
            return nullptr;
        }
        return std::move(store).value();
    }

    /// A key made by core and a certificate for it from the test CA.
    bool issue(KeyType type, const QString& commonName, PrivateKey& key, Certificate& certificate)
    {
        auto generated = PrivateKey::generate(type);
        if (!generated)
            return false;
        key = generated.value();
        RequestOptions options;
        auto dn = DistinguishedName::parse(QStringLiteral("CN=%1,O=CertDesk Test").arg(commonName));
        if (!dn)
            return false;
        options.subject = dn.value();
        options.profile = Profile::Client;
        auto request = CertificateRequest::create(key, options);
        if (!request)
            return false;
        const QString csr = path(QStringLiteral("req%1.csr").arg(++m_serial));
        writeFile(csr, request.value().pem());
        const QString signedPath = m_ca->sign(csr, 30, QStringLiteral("leaf%1.crt").arg(m_serial));
        if (signedPath.isEmpty())
            return false;
        auto read = BundleReader::readFile(signedPath);
        if (!read || read.value().certificates.isEmpty())
            return false;
        certificate = read.value().certificates.first();
        return true;
    }

    Certificate readCertificate(const QString& file)
    {
        auto read = BundleReader::readFile(file);
        return read && !read.value().certificates.isEmpty() ? read.value().certificates.first() : Certificate();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(kModule), "softhsm2 is not installed");
        QVERIFY(QDir().mkpath(path(QStringLiteral("tokens"))));
        writeFile(path(QStringLiteral("softhsm2.conf")),
                  QStringLiteral("directories.tokendir = %1\nobjectstore.backend = file\nlog.level = ERROR\n")
                      .arg(path(QStringLiteral("tokens")))
                      .toUtf8());
        // Before any module is loaded: SoftHSM reads its configuration once, p11-kit its module list per load.
        qputenv("SOFTHSM2_CONF", path(QStringLiteral("softhsm2.conf")).toLocal8Bit());
        // p11-kit's user configuration lives in $XDG_CONFIG_HOME/pkcs11/modules; a file named like the system one
        // replaces it, so discovery sees SoftHSM whether or not the package registered it.
        QVERIFY(QDir().mkpath(path(QStringLiteral("home/.config/pkcs11/modules"))));
        qputenv("HOME", path(QStringLiteral("home")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", path(QStringLiteral("home/.config")).toLocal8Bit());
        writeFile(path(QStringLiteral("home/.config/pkcs11/modules/softhsm2.module")),
                  QStringLiteral("module: %1\n").arg(kModule).toUtf8());

        const ProcessResult init = runProcess(
            QStringLiteral("softhsm2-util"),
            {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), kToken,
             QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--so-pin"), QStringLiteral("5678")},
            {}, QProcessEnvironment::systemEnvironment(), 60000);
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));

        m_ca = std::make_unique<TestCa>();
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    }

    void locationNamesTheToken()
    {
        auto store = openStore();
        QVERIFY(store);
        const StoreLocation location = store->location();
        QCOMPARE(location.kind, StoreLocation::Kind::Pkcs11);
        QCOMPARE(location.id, QStringLiteral("pkcs11:CertDesk Test"));
        QCOMPARE(location.displayName, QString::fromUtf8("Smart card “CertDesk Test”"));
        QCOMPARE(location.tokenLabel, kToken);
        QCOMPARE(location.modulePath, kModule);
    }

    void installsIdentity_data()
    {
        QTest::addColumn<KeyType>("type");
        // For pkcs11-tool --sign. SoftHSM 2.6 has no CKM_ECDSA_SHA256, so EC signs a SHA-256 hash made by openssl
        // with plain CKM_ECDSA, which is the same signature.
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("ec-p256") << KeyType::EcP256 << "ECDSA";
        QTest::newRow("ec-p384") << KeyType::EcP384 << "ECDSA";
        QTest::newRow("rsa-2048") << KeyType::Rsa2048 << "SHA256-RSA-PKCS";
    }
    void installsIdentity()
    {
        QFETCH(KeyType, type);
        QFETCH(QString, mechanism);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString label = QStringLiteral("Alice %1").arg(tag);
        PrivateKey key;
        Certificate certificate;
        QVERIFY(issue(type, label, key, certificate));
        const Certificate intermediate = readCertificate(m_ca->intermediateCertPath());
        QVERIFY(!intermediate.isNull());

        auto store = openStore();
        QVERIFY(store);
        const auto installed = store->installIdentity(InstallRequest{key, certificate, {intermediate}, label});
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : describe(installed.error())));

        // Seen from outside: a certificate and a private key with the label, under one ID.
        QList<ToolObject> objects = tokenObjects();
        QString certificateId;
        QString keyId;
        bool intermediateThere = false;
        for (const ToolObject& object : objects) {
            if (object.kind.startsWith(QStringLiteral("Certificate Object")) && object.label == label)
                certificateId = object.id;
            if (object.kind.startsWith(QStringLiteral("Private Key Object")) && object.label == label)
                keyId = object.id;
            if (object.kind.startsWith(QStringLiteral("Certificate Object")) &&
                object.label == QStringLiteral("CertDesk Test Issuing CA"))
                intermediateThere = true;
        }
        QVERIFY2(!certificateId.isEmpty(), "no certificate object with the label");
        QCOMPARE(keyId, certificateId);
        QVERIFY(intermediateThere);

        // The key on the token signs; openssl verifies with the certificate's public key.
        const QString data = path(tag + QStringLiteral(".data"));
        const QString signature = path(tag + QStringLiteral(".sig"));
        const QString certificateFile = path(tag + QStringLiteral(".crt"));
        const QString publicKeyFile = path(tag + QStringLiteral(".pub"));
        writeFile(data, "CertDesk proves the key on the token belongs to the certificate\n");
        writeFile(certificateFile, certificate.pem());
        const bool ecdsa = mechanism == QStringLiteral("ECDSA");
        const QString hash = path(tag + QStringLiteral(".sha256"));
        if (ecdsa) {
            const ProcessResult hashed = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                                  QStringLiteral("-binary"), QStringLiteral("-out"), hash, data});
            QVERIFY2(hashed.exitCode == 0, qPrintable(hashed.describe()));
        }
        QStringList signArguments{QStringLiteral("--sign"),
                                  QStringLiteral("--id"),
                                  keyId,
                                  QStringLiteral("-m"),
                                  mechanism,
                                  QStringLiteral("-i"),
                                  ecdsa ? hash : data,
                                  QStringLiteral("-o"),
                                  signature};
        if (ecdsa)
            signArguments << QStringLiteral("--signature-format") << QStringLiteral("openssl");
        const ProcessResult signedData = tool(signArguments);
        QVERIFY2(signedData.exitCode == 0, qPrintable(signedData.describe()));
        const ProcessResult publicKey =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"), certificateFile, QStringLiteral("-pubkey"),
                     QStringLiteral("-noout"), QStringLiteral("-out"), publicKeyFile});
        QVERIFY2(publicKey.exitCode == 0, qPrintable(publicKey.describe()));
        const ProcessResult verified =
            openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"), publicKeyFile,
                     QStringLiteral("-signature"), signature, data});
        QVERIFY2(verified.exitCode == 0 && verified.out.contains("Verified OK"), qPrintable(verified.describe()));

        // Seen from CertDesk.
        auto linked = store->verify(certificate, true);
        QVERIFY(linked.ok());
        QVERIFY(linked.value());
        auto items = store->list();
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : describe(items.error())));
        bool listed = false;
        for (const StoredItem& item : items.value()) {
            if (item.certificate == certificate) {
                listed = true;
                QCOMPARE(item.nickname, label);
                QVERIFY(item.hasPrivateKey);
            } else if (item.certificate == intermediate) {
                QVERIFY(!item.hasPrivateKey);
            }
        }
        QVERIFY(listed);

        // Installing again changes nothing.
        const qsizetype before = tokenObjects().size();
        const auto again = store->installIdentity(InstallRequest{key, certificate, {intermediate}, label});
        QVERIFY(again.ok());
        QCOMPARE(tokenObjects().size(), before);

        // Remove: certificate and both key objects are gone; the intermediate stays.
        const auto removed = store->remove(certificate);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : describe(removed.error())));
        for (const ToolObject& object : tokenObjects()) {
            QVERIFY2(object.label != label, qPrintable(object.kind));
            QVERIFY2(object.id != keyId, qPrintable(object.kind));
        }
        auto gone = store->verify(certificate, false);
        QVERIFY(gone.ok());
        QVERIFY(!gone.value());
        const auto removeAgain = store->remove(certificate);
        QVERIFY(!removeAgain.ok());
        QCOMPARE(removeAgain.error().code, ErrorCode::NotFound);
    }

    void refusesMismatchedAndUnsupportedKeysLeavingNothing()
    {
        PrivateKey key;
        Certificate certificate;
        QVERIFY(issue(KeyType::EcP256, QStringLiteral("Bob"), key, certificate));
        PrivateKey other;
        Certificate otherCertificate;
        QVERIFY(issue(KeyType::Ed25519, QStringLiteral("Carol"), other, otherCertificate));

        auto store = openStore();
        QVERIFY(store);
        const qsizetype before = tokenObjects().size();
        const auto mismatched = store->installIdentity(InstallRequest{other, certificate, {}, QStringLiteral("Bob")});
        QVERIFY(!mismatched.ok());
        QCOMPARE(mismatched.error().reason, QStringLiteral("key-mismatch"));
        const auto unsupported =
            store->installIdentity(InstallRequest{other, otherCertificate, {}, QStringLiteral("Carol")});
        QVERIFY(!unsupported.ok());
        QCOMPARE(unsupported.error().reason, QStringLiteral("unsupported-key"));
        QCOMPARE(tokenObjects().size(), before);
    }

    void addsCaCertificate()
    {
        const Certificate root = readCertificate(m_ca->rootCertPath());
        QVERIFY(!root.isNull());
        auto store = openStore();
        QVERIFY(store);
        const auto added = store->addTrustedCa(root, QStringLiteral("Test Root"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : describe(added.error())));
        bool seen = false;
        for (const ToolObject& object : tokenObjects())
            seen = seen || (object.kind.startsWith(QStringLiteral("Certificate Object")) &&
                            object.label == QStringLiteral("Test Root"));
        QVERIFY(seen);
        auto stored = store->verify(root, false);
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(store->remove(root).ok());
    }

    void pinErrors_data()
    {
        QTest::addColumn<bool>("givePin");
        QTest::addColumn<QString>("pinText");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no PIN") << false << QString() << "pin-required";
        QTest::newRow("wrong PIN") << true << "9999"
                                   << "wrong-pin";
    }
    void pinErrors()
    {
        QFETCH(bool, givePin);
        QFETCH(QString, pinText);
        QFETCH(QString, reason);
        const StoreCredentials credentials = givePin ? pin(pinText.toLatin1().constData()) : StoreCredentials{};
        auto store = Pkcs11Store::open(kModule, kToken, credentials);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().reason, reason);
        QCOMPARE(store.error().code, ErrorCode::Keystore);
        QVERIFY(!store.error().message.isEmpty());
        if (givePin)
            QCOMPARE(store.error().detail, QStringLiteral("CKR_PIN_INCORRECT"));
        // The right PIN still works afterwards.
        QVERIFY(openStore());
    }

    void unknownTokenIsNamed()
    {
        auto store = Pkcs11Store::open(kModule, QStringLiteral("No Such Card"), pin("1234"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().reason, QStringLiteral("token-not-found"));
        QVERIFY(store.error().message.contains(QStringLiteral("No Such Card")));
    }

    void discoversTokenThroughP11Kit()
    {
        auto tokens = Pkcs11Store::discoverTokens();
        QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : describe(tokens.error())));
        const StoreLocation* found = nullptr;
        for (const StoreLocation& location : tokens.value()) {
            if (location.tokenLabel == kToken)
                found = &location;
        }
        QVERIFY2(found, "p11-kit did not list the SoftHSM token");
        QCOMPARE(found->id, QStringLiteral("pkcs11:CertDesk Test"));
        QVERIFY2(found->modulePath.endsWith(QStringLiteral("libsofthsm2.so")), qPrintable(found->modulePath));
        auto store = Pkcs11Store::open(*found, pin("1234"));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describe(store.error())));
        QVERIFY(store.value()->list().ok());
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Store)
#include "tst_pkcs11store.moc"
