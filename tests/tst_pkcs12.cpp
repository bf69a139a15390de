#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "crypto/Pkcs12.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

/// PKCS#12 files CertDesk writes must open in OpenSSL and in NSS (what Firefox and Chromium use).
class TestPkcs12 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Certificate m_leaf;
    Certificate m_ca;
    PrivateKey m_key;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        for (const QStringList& arguments :
             {QStringList{"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                          path("ca.key"), "-out", path("ca.crt"), "-subj", "/CN=P12 Test CA", "-days", "30", "-addext",
                          "basicConstraints=critical,CA:TRUE"},
              QStringList{"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", path("leaf.key"), "-out",
                          path("leaf.csr"), "-subj", "/CN=P12 Person"},
              QStringList{"x509", "-req", "-in", path("leaf.csr"), "-CA", path("ca.crt"), "-CAkey", path("ca.key"),
                          "-set_serial", "7", "-days", "10", "-out", path("leaf.crt")}}) {
            const ProcessResult result = openssl(arguments);
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        }
        auto leaf = BundleReader::readFile(path("leaf.crt"));
        auto ca = BundleReader::readFile(path("ca.crt"));
        auto key = BundleReader::readFile(path("leaf.key"));
        QVERIFY(leaf.ok() && ca.ok() && key.ok());
        m_leaf = leaf.value().certificates.first();
        m_ca = ca.value().certificates.first();
        m_key = key.value().keys.first();
    }

    void writesReadableBundles_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expectedAlgorithm"); // in `openssl pkcs12 -info`
        QTest::addColumn<QString>("expectedMac");
        QTest::newRow("modern") << "modern" << "AES-256-CBC" << "MAC: sha256";
        QTest::newRow("compatible") << "compatible" << "pbeWithSHA1And3-KeyTripleDES-CBC" << "MAC: sha1";
    }
    void writesReadableBundles()
    {
        QFETCH(QString, profile);
        QFETCH(QString, expectedAlgorithm);
        QFETCH(QString, expectedMac);
        QByteArray passwordText = QString::fromUtf8("pässword 1").toUtf8();
        const SecureBytes password = SecureBytes::takeFrom(passwordText);
        auto p12 = Pkcs12::write(m_key, m_leaf, {m_ca}, QStringLiteral("P12 Person"), password,
                                 *Pkcs12::writeProfileFromId(profile));
        QVERIFY2(p12.ok(), qPrintable(p12.ok() ? QString() : p12.error().message + p12.error().detail));
        const QString file = path(profile + ".p12");
        writeFile(file, p12.value());
        writeFile(path("pass.txt"), QString::fromUtf8("pässword 1").toUtf8());

        // OpenSSL: algorithms as promised, key matches certificate.
        const ProcessResult info = openssl({"pkcs12", "-in", file, "-passin", "file:" + path("pass.txt"), "-info",
                                            "-noout"});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        const QString text = QString::fromUtf8(info.out + info.err);
        QVERIFY2(text.contains(expectedAlgorithm), qPrintable(text));
        QVERIFY2(text.contains(expectedMac), qPrintable(text));
        const ProcessResult keyOut = openssl({"pkcs12", "-in", file, "-passin", "file:" + path("pass.txt"), "-nocerts",
                                              "-nodes", "-out", path(profile + ".key.pem")});
        QVERIFY2(keyOut.exitCode == 0, qPrintable(keyOut.describe()));
        const ProcessResult pub = openssl({"pkey", "-in", path(profile + ".key.pem"), "-pubout", "-outform", "DER"});
        QCOMPARE(pub.out, m_key.publicKeyDer());
        const ProcessResult certs = openssl({"pkcs12", "-in", file, "-passin", "file:" + path("pass.txt"), "-nokeys"});
        QCOMPARE(certs.out.count("BEGIN CERTIFICATE"), 2);

        // NSS: pk12util imports it into a fresh database, with the key linked to the certificate.
        const QString db = "sql:" + path(profile + "-nssdb");
        QDir().mkpath(path(profile + "-nssdb"));
        QCOMPARE(runProcess("certutil", {"-N", "-d", db, "--empty-password"}).exitCode, 0);
        const ProcessResult imported = runProcess("pk12util", {"-i", file, "-d", db, "-w", path("pass.txt")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const ProcessResult keys = runProcess("certutil", {"-K", "-d", db});
        QVERIFY2(keys.out.contains("P12 Person"), qPrintable(keys.describe()));
        const ProcessResult listed = runProcess("certutil", {"-L", "-d", db, "-n", "P12 Person"});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));

        // And CertDesk reads its own output back.
        auto back = BundleReader::read(p12.value(), password.clone());
        QVERIFY(back.ok());
        QCOMPARE(back.value().certificates.size(), 2);
        QCOMPARE(back.value().keys.size(), 1);
        QCOMPARE(back.value().label, QStringLiteral("P12 Person"));
    }

    /// Names that are not ASCII survive the round trip: written as a BMPString (UTF-16BE) whatever libssl3 is in
    /// use, read back by NSS and by CertDesk. OpenSSL's own `pkcs12 -info` prints such names lossily in every 3.0
    /// release (it converts to one byte per character), so OpenSSL is asked for the raw bytes instead.
    void nonAsciiNamesSurvive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("profile");
        QTest::newRow("German, modern") << QString::fromUtf8("Jürgen Müller") << "modern";
        QTest::newRow("German, compatible") << QString::fromUtf8("Jürgen Müller") << "compatible";
        QTest::newRow("Japanese") << QString::fromUtf8("山田 太郎") << "modern";
        QTest::newRow("symbol") << QString(QChar(0x263A)) << "modern";
        QTest::newRow("beyond the BMP") << QString::fromUtf8("Notenschlüssel 𝄞") << "modern";
    }
    void nonAsciiNamesSurvive()
    {
        QFETCH(QString, name);
        QFETCH(QString, profile);
        QByteArray passwordText("secret 2");
        const SecureBytes password = SecureBytes::takeFrom(passwordText);
        auto p12 = Pkcs12::write(m_key, m_leaf, {m_ca}, name, password, *Pkcs12::writeProfileFromId(profile));
        QVERIFY2(p12.ok(), qPrintable(p12.ok() ? QString() : p12.error().message + p12.error().detail));
        const QString stem = QStringLiteral("named-%1-%2").arg(profile).arg(QTest::currentDataTag()).replace(' ', '-');
        const QString file = path(stem + QStringLiteral(".p12"));
        writeFile(file, p12.value());
        writeFile(path("pass2.txt"), "secret 2");

        // The key's bag sits in a plain section: its friendlyName is a BMPString, big-endian UTF-16.
        QByteArray bmp;
        for (const QChar unit : name)
            bmp += char(unit.unicode() >> 8), bmp += char(unit.unicode() & 0xff);
        const QByteArray tlv = QByteArray("\x1e") + char(bmp.size()) + bmp;
        const ProcessResult dump = openssl({"asn1parse", "-inform", "DER", "-in", file});
        QVERIFY2(dump.exitCode == 0, qPrintable(dump.describe()));
        QVERIFY2(dump.out.contains(tlv.toHex().toUpper()), qPrintable(dump.describe()));

        // NSS decodes the name itself and uses it as the nickname.
        const ProcessResult listed = runProcess("pk12util", {"-l", file, "-w", path("pass2.txt")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QCOMPARE(QString::fromUtf8(listed.out).count(QStringLiteral("Friendly Name: ") + name + QLatin1Char('\n')), 2);
        const QString db = "sql:" + path(stem + "-nssdb");
        QDir().mkpath(path(stem + "-nssdb"));
        QCOMPARE(runProcess("certutil", {"-N", "-d", db, "--empty-password"}).exitCode, 0);
        const ProcessResult imported = runProcess("pk12util", {"-i", file, "-d", db, "-w", path("pass2.txt")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const ProcessResult nickname = runProcess("certutil", {"-L", "-d", db, "-n", name});
        QVERIFY2(nickname.exitCode == 0, qPrintable(nickname.describe()));

        auto back = BundleReader::read(p12.value(), password.clone());
        QVERIFY(back.ok());
        QCOMPARE(back.value().label, name);
    }

    void refusesEmptyPassword()
    {
        auto p12 = Pkcs12::write(m_key, m_leaf, {}, {}, SecureBytes(), Pkcs12::WriteProfile::Modern);
        QVERIFY(!p12.ok());
        QCOMPARE(p12.error().code, ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestPkcs12)
#include "tst_pkcs12.moc"
