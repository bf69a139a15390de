#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "crypto/Pkcs12.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {
std::optional<SecureBytes> password(const char* text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}
} // namespace

/// Every format a CA or colleague may send, made by the `openssl` command, read back by BundleReader.
class TestBundleReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray m_leafFingerprintHex;

    void run(const QStringList& arguments)
    {
        const ProcessResult result = openssl(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(QStringLiteral("openssl %1\n%2").arg(arguments.join(' '), result.describe())));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        run({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", path("ca.key"),
             "-out", path("ca.crt"), "-subj", "/CN=Reader Test CA", "-days", "30", "-addext",
             "basicConstraints=critical,CA:TRUE"});
        run({"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", path("leaf.key"), "-out", path("leaf.csr"),
             "-subj", "/CN=Leaf Person/O=Example"});
        run({"x509", "-req", "-in", path("leaf.csr"), "-CA", path("ca.crt"), "-CAkey", path("ca.key"), "-set_serial",
             "0x1A2B", "-days", "10", "-out", path("leaf.crt")});
        run({"x509", "-in", path("leaf.crt"), "-outform", "DER", "-out", path("leaf.der")});
        run({"req", "-in", path("leaf.csr"), "-outform", "DER", "-out", path("leaf.csr.der")});
        run({"crl2pkcs7", "-nocrl", "-certfile", path("leaf.crt"), "-certfile", path("ca.crt"), "-out", path("chain.p7b")});
        run({"crl2pkcs7", "-nocrl", "-certfile", path("leaf.crt"), "-certfile", path("ca.crt"), "-outform", "DER", "-out",
             path("chain.p7b.der")});
        const QStringList p12Base = {"pkcs12", "-export", "-inkey", path("leaf.key"), "-in", path("leaf.crt"), "-certfile",
                                     path("ca.crt"), "-name", "Leaf Friendly"};
        run(p12Base + QStringList{"-passout", "pass:right", "-out", path("modern.p12")});
        run(p12Base + QStringList{"-passout", "pass:right", "-legacy", "-out", path("legacy.p12")});
        run(p12Base + QStringList{"-passout", "pass:right", "-nomac", "-out", path("nomac.p12")});
        run(p12Base + QStringList{"-passout", "pass:", "-out", path("empty-password.p12")});
        run({"pkcs8", "-topk8", "-nocrypt", "-in", path("leaf.key"), "-out", path("plain.p8")});
        run({"pkcs8", "-topk8", "-nocrypt", "-in", path("leaf.key"), "-outform", "DER", "-out", path("plain.p8.der")});
        run({"pkcs8", "-topk8", "-in", path("leaf.key"), "-passout", "pass:right", "-out", path("encrypted.p8")});
        run({"pkcs8", "-topk8", "-in", path("leaf.key"), "-passout", "pass:right", "-outform", "DER", "-out",
             path("encrypted.p8.der")});
        run({"rsa", "-in", path("leaf.key"), "-traditional", "-aes256", "-passout", "pass:right", "-out",
             path("traditional-encrypted.key")});
        run({"ec", "-in", path("ca.key"), "-out", path("traditional-ec.key")});
        run({"pkcs8", "-topk8", "-in", path("ca.key"), "-v2", "aes-256-cbc", "-iter", "4000000", "-passout",
             "pass:right", "-out", path("costly.p8")});

        const QByteArray leaf = readFile(path("leaf.crt"));
        const QByteArray ca = readFile(path("ca.crt"));
        writeFile(path("mixed.pem"), "Bag Attributes\n    friendlyName: something\nsubject=/CN=Leaf\n" + leaf +
                                         "\nsome commentary in between\n" + ca + readFile(path("leaf.key")) + "trailer\n");
        QByteArray crlf = leaf + ca;
        crlf.replace("\n", "\r\n");
        writeFile(path("crlf.pem"), crlf);
        writeFile(path("truncated.pem"), leaf.left(leaf.size() / 2));
        writeFile(path("truncated-second.pem"), leaf + ca.left(ca.size() - 40));
        const QByteArray p12 = readFile(path("modern.p12"));
        writeFile(path("truncated.p12"), p12.left(p12.size() - 100));
        QByteArray flipped = p12;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x55);
        writeFile(path("flipped.p12"), flipped);
        writeFile(path("empty.bin"), QByteArray());
        writeFile(path("garbage.bin"), QByteArray("\x02\x01\x05 an INTEGER, then junk", 24));
        writeFile(path("text.txt"), "Hello, this is just a letter.\n");
        writeFile(path("public.pem"), "-----BEGIN X509 CRL-----\nMAA=\n-----END X509 CRL-----\n");
        // Three keys of 4 million iterations each: every one is affordable alone, together they are over the bound.
        const QByteArray costly = readFile(path("costly.p8"));
        writeFile(path("costly-together.pem"), costly + costly + costly);

        const ProcessResult fingerprint = openssl({"x509", "-in", path("leaf.crt"), "-noout", "-fingerprint", "-sha256"});
        m_leafFingerprintHex = fingerprint.out.trimmed().split('=').last();
    }

    void readsEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pass");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("certificates");
        QTest::addColumn<int>("keys");
        QTest::addColumn<int>("requests");
        QTest::newRow("pem certificate") << "leaf.crt" << "" << "pem" << 1 << 0 << 0;
        QTest::newRow("pem with text around and key") << "mixed.pem" << "" << "pem" << 2 << 1 << 0;
        QTest::newRow("pem crlf") << "crlf.pem" << "" << "pem" << 2 << 0 << 0;
        QTest::newRow("der certificate") << "leaf.der" << "" << "der-certificate" << 1 << 0 << 0;
        QTest::newRow("pem csr") << "leaf.csr" << "" << "pem" << 0 << 0 << 1;
        QTest::newRow("der csr") << "leaf.csr.der" << "" << "der-request" << 0 << 0 << 1;
        QTest::newRow("pkcs7 pem") << "chain.p7b" << "" << "pem" << 2 << 0 << 0;
        QTest::newRow("pkcs7 der") << "chain.p7b.der" << "" << "pkcs7" << 2 << 0 << 0;
        QTest::newRow("pkcs12 modern") << "modern.p12" << "right" << "pkcs12" << 2 << 1 << 0;
        QTest::newRow("pkcs12 legacy rc2") << "legacy.p12" << "right" << "pkcs12" << 2 << 1 << 0;
        QTest::newRow("pkcs12 no mac") << "nomac.p12" << "right" << "pkcs12" << 2 << 1 << 0;
        QTest::newRow("pkcs12 empty password") << "empty-password.p12" << "" << "pkcs12" << 2 << 1 << 0;
        QTest::newRow("pkcs8 pem") << "plain.p8" << "" << "pem" << 0 << 1 << 0;
        QTest::newRow("pkcs8 der") << "plain.p8.der" << "" << "pkcs8" << 0 << 1 << 0;
        QTest::newRow("pkcs8 encrypted pem") << "encrypted.p8" << "right" << "pem" << 0 << 1 << 0;
        QTest::newRow("pkcs8 encrypted der") << "encrypted.p8.der" << "right" << "pkcs8-encrypted" << 0 << 1 << 0;
        QTest::newRow("traditional encrypted rsa") << "traditional-encrypted.key" << "right" << "pem" << 0 << 1 << 0;
        QTest::newRow("traditional ec") << "traditional-ec.key" << "" << "pem" << 0 << 1 << 0;
    }
    void readsEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, pass);
        QFETCH(QString, format);
        QFETCH(int, certificates);
        QFETCH(int, keys);
        QFETCH(int, requests);
        auto bundle = BundleReader::readFile(path(file), pass.isEmpty() ? std::nullopt : password(pass.toUtf8().constData()));
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message + " / " + bundle.error().detail));
        QCOMPARE(Bundle::formatId(bundle.value().format), format);
        QCOMPARE(bundle.value().certificates.size(), certificates);
        QCOMPARE(bundle.value().keys.size(), keys);
        QCOMPARE(bundle.value().requests.size(), requests);
        if (certificates > 0)
            QCOMPARE(bundle.value().certificates.first().fingerprintSha256().toLatin1(), m_leafFingerprintHex);
        // Keys read from any format belong to the leaf certificate.
        if (keys > 0 && file != "traditional-ec.key") {
            auto leaf = BundleReader::readFile(path("leaf.crt"));
            QVERIFY(leaf.ok());
            QCOMPARE(bundle.value().keys.first().publicKeySha256(), leaf.value().certificates.first().publicKeySha256());
        }
    }

    void pkcs12NotesAndLabel()
    {
        auto legacy = BundleReader::readFile(path("legacy.p12"), password("right"));
        QVERIFY(legacy.ok());
        QVERIFY2(legacy.value().notes.join(' ').contains("RC2"), qPrintable(legacy.value().notes.join(' ')));
        QCOMPARE(legacy.value().label, QStringLiteral("Leaf Friendly"));
        auto nomac = BundleReader::readFile(path("nomac.p12"), password("right"));
        QVERIFY(nomac.ok());
        QVERIFY(nomac.value().notes.join(' ').contains("no integrity check"));
        auto modern = BundleReader::readFile(path("modern.p12"), password("right"));
        QVERIFY(modern.ok());
        QVERIFY2(modern.value().notes.isEmpty(), qPrintable(modern.value().notes.join(' ')));
    }

    void leafFactsAgreeWithOpenssl()
    {
        auto bundle = BundleReader::readFile(path("leaf.crt"));
        QVERIFY(bundle.ok());
        const Certificate& leaf = bundle.value().certificates.first();
        QCOMPARE(leaf.subject(), QStringLiteral("O=Example,CN=Leaf Person"));
        QCOMPARE(leaf.issuer(), QStringLiteral("CN=Reader Test CA"));
        QCOMPARE(leaf.serialHex(), QStringLiteral("1A2B"));
        QCOMPARE(leaf.keyDescription().id, QStringLiteral("rsa-2048"));
        QVERIFY(!leaf.isCa());
        QVERIFY(!leaf.isSelfSigned());
        const ProcessResult end = openssl({"x509", "-in", path("leaf.crt"), "-noout", "-enddate", "-dateopt", "iso_8601"});
        QCOMPARE(end.out.trimmed().split('=').last(), leaf.notAfter().toString("yyyy-MM-dd HH:mm:ss").toLatin1() + "Z");
        auto ca = BundleReader::readFile(path("ca.crt"));
        QVERIFY(ca.ok());
        QVERIFY(ca.value().certificates.first().isCa());
        QVERIFY(ca.value().certificates.first().isSelfSigned());
        QVERIFY(leaf.isIssuedBy(ca.value().certificates.first()));
        QVERIFY(!ca.value().certificates.first().isIssuedBy(leaf));
        const QList<Certificate> chain = buildChain(leaf, {leaf, ca.value().certificates.first()});
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain.first(), ca.value().certificates.first());
    }

    void failsWithClearReasons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pass");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("p12 without password") << "modern.p12" << "" << "password-required" << "protected by a password";
        QTest::newRow("p12 wrong password") << "modern.p12" << "wrong" << "wrong-password" << "password is wrong";
        QTest::newRow("legacy p12 wrong password") << "legacy.p12" << "wrong" << "wrong-password" << "password is wrong";
        QTest::newRow("p12 no mac wrong password") << "nomac.p12" << "wrong" << "no-mac" << "no integrity check";
        QTest::newRow("p12 truncated") << "truncated.p12" << "right" << "damaged" << "cut short";
        QTest::newRow("p12 flipped byte") << "flipped.p12" << "right" << "" << "";
        QTest::newRow("encrypted pkcs8 without password") << "encrypted.p8" << "" << "password-required" << "password";
        QTest::newRow("encrypted pkcs8 wrong password") << "encrypted.p8" << "wrong" << "wrong-password" << "password is wrong";
        QTest::newRow("encrypted der pkcs8 wrong password") << "encrypted.p8.der" << "wrong" << "wrong-password" << "password";
        QTest::newRow("traditional wrong password") << "traditional-encrypted.key" << "wrong" << "wrong-password" << "password";
        QTest::newRow("truncated pem") << "truncated.pem" << "" << "damaged" << "cut short";
        QTest::newRow("second block truncated") << "truncated-second.pem" << "" << "damaged" << "block 2";
        QTest::newRow("empty file") << "empty.bin" << "" << "empty" << "empty";
        QTest::newRow("garbage") << "garbage.bin" << "" << "unrecognised" << "does not recognise";
        QTest::newRow("plain text") << "text.txt" << "" << "unrecognised" << "does not recognise";
        QTest::newRow("only a crl") << "public.pem" << "" << "empty" << "no certificate";
        QTest::newRow("missing file") << "does-not-exist.pem" << "" << "no-file" << "no file";
    }
    void failsWithClearReasons()
    {
        QFETCH(QString, file);
        QFETCH(QString, pass);
        QFETCH(QString, reason);
        QFETCH(QString, messagePart);
        auto bundle = BundleReader::readFile(path(file), pass.isEmpty() ? std::nullopt : password(pass.toUtf8().constData()));
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error().code, ErrorCode::BadInput);
        if (!reason.isEmpty())
            QCOMPARE(bundle.error().reason, reason);
        QVERIFY2(bundle.error().message.contains(messagePart), qPrintable(bundle.error().message));
        QVERIFY2(bundle.error().message.contains(file), qPrintable(bundle.error().message)); // names the file
        QVERIFY(bundle.error().message.endsWith(QLatin1Char('.')));
    }

    // Files that ask for 2^31 rounds of password hashing (or scrypt with N·r·p = 2^14·8·2^14) before any password is
    // checked: without a bound, each kept the import busy for minutes to hours. They live in the fuzz harnesses'
    // regression folders; those that start with a length byte and a password are split the way the harnesses do.
    void refusesCostlyPasswordDerivation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("passwordPrefixed");
        QTest::newRow("p12 mac iterations") << "fuzz_pkcs12/mac-iterations-2147483647.p12" << false;
        QTest::newRow("p12 mac iterations, password") << "fuzz_pkcs12_password/mac-iterations-2147483647" << true;
        QTest::newRow("p12 without mac, key iterations") << "fuzz_pkcs12/no-mac-key-iterations-2147483647.p12" << false;
        QTest::newRow("p12 without mac, key iterations, password")
            << "fuzz_pkcs12_password/no-mac-key-iterations-2147483647" << true;
        QTest::newRow("pkcs8 der pbkdf2") << "fuzz_encrypted_pkcs8/pbkdf2-iterations-2147483647" << true;
        QTest::newRow("pkcs8 der scrypt") << "fuzz_encrypted_pkcs8/scrypt-n16384-r8-p16384" << true;
        QTest::newRow("pkcs8 pem pbkdf2") << "fuzz_pem/pbkdf2-iterations-2147483647.pem" << true;
    }
    void refusesCostlyPasswordDerivation()
    {
        QFETCH(QString, file);
        QFETCH(bool, passwordPrefixed);
        QFile input(QStringLiteral(CERTDESK_TEST_DATA "/fuzz-regressions/") + file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
        QByteArray bytes = input.readAll();
        std::optional<SecureBytes> pass;
        if (passwordPrefixed) {
            const int length = bytes.at(0);
            pass = password(bytes.mid(1, length).constData());
            bytes = bytes.mid(1 + length);
        }
        auto bundle = BundleReader::read(bytes, pass);
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error().reason, QStringLiteral("too-costly"));
        QCOMPARE(bundle.error().code, ErrorCode::BadInput);
        QVERIFY2(bundle.error().message.contains(QStringLiteral("password hashing")), qPrintable(bundle.error().message));
    }

    // The bound is on the whole file: the first two keys are read (8 million iterations), the third is refused
    // before its password is tried: many affordable blocks in one file must not add up to minutes of hashing.
    void boundsPasswordDerivationOverTheWholeFile()
    {
        auto bundle = BundleReader::readFile(path("costly-together.pem"), password("right"));
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error().reason, QStringLiteral("too-costly"));
        QVERIFY2(bundle.error().detail.contains(QStringLiteral("over 10000000")), qPrintable(bundle.error().detail));
    }

    // An encrypted key whose base64 is broken mid-way: its valid prefix asks for 2^31 iterations. OpenSSL's PEM key
    // reader accepted the prefix and hashed for hours (found by fuzz_pem); CertDesk calls it damaged at once.
    void refusesDamagedEncryptedKey()
    {
        QFile input(
            QStringLiteral(CERTDESK_TEST_DATA "/fuzz-regressions/fuzz_pem/damaged-pbkdf2-iterations-2147483647.pem"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        auto bundle = BundleReader::read(bytes.mid(1 + bytes.at(0)), password(bytes.mid(1, bytes.at(0)).constData()));
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error().reason, QStringLiteral("damaged"));
        QVERIFY2(bundle.error().message.contains(QStringLiteral("damaged")), qPrintable(bundle.error().message));
    }

    void survivesEveryTruncation()
    {
        // Every prefix of a PKCS#12 and a PEM bundle: an error or a result, never a crash.
        const QByteArray p12 = readFile(path("modern.p12"));
        for (qsizetype length = 0; length < p12.size(); length += 7)
            (void)BundleReader::read(p12.left(length), password("right"));
        const QByteArray pem = readFile(path("mixed.pem"));
        for (qsizetype length = 0; length < pem.size(); length += 11) {
            auto result = BundleReader::read(pem.left(length));
            if (!result.ok())
                QVERIFY(!result.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
