#include "TestSupport.h"

#include "crypto/CertificateRequest.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/PrivateKey.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/x509.h>

#include <algorithm>

using namespace certdesk;
using namespace certdesk::test;

class TestCertificateRequest : public QObject
{
    Q_OBJECT

    RequestOptions options(const QString& subject, const QStringList& sans, Profile profile)
    {
        RequestOptions result;
        auto dn = DistinguishedName::parse(subject);
        if (dn)
            result.subject = dn.value();
        for (const QString& text : sans) {
            auto san = SubjectAltName::parse(text);
            if (san)
                result.sans << san.value();
        }
        result.profile = profile;
        return result;
    }

private slots:
    void generatesEveryKeyType_data()
    {
        QTest::addColumn<QString>("typeId");
        QTest::addColumn<QString>("display");
        QTest::addColumn<int>("bits");
        QTest::newRow("ec-p256") << "ec-p256" << "EC P-256" << 256;
        QTest::newRow("ec-p384") << "ec-p384" << "EC P-384" << 384;
        QTest::newRow("rsa-2048") << "rsa-2048" << "RSA 2048" << 2048;
        QTest::newRow("rsa-3072") << "rsa-3072" << "RSA 3072" << 3072;
        QTest::newRow("rsa-4096") << "rsa-4096" << "RSA 4096" << 4096;
        QTest::newRow("ed25519") << "ed25519" << "Ed25519" << 256;
    }
    void generatesEveryKeyType()
    {
        QFETCH(QString, typeId);
        QFETCH(QString, display);
        QFETCH(int, bits);
        auto type = keyTypeFromId(typeId);
        QVERIFY(type);
        QCOMPARE(keyTypeId(*type), typeId);
        auto key = PrivateKey::generate(*type);
        QVERIFY(key.ok());
        QCOMPARE(key.value().description().id, typeId);
        QCOMPARE(key.value().description().displayName, display);
        QCOMPARE(key.value().description().bits, bits);
        // PKCS#8 round trip keeps the same public key.
        auto der = key.value().toPkcs8Der();
        QVERIFY(der.ok());
        auto back = PrivateKey::fromPkcs8Der(der.value());
        QVERIFY(back.ok());
        QCOMPARE(back.value().publicKeySha256(), key.value().publicKeySha256());
        QCOMPARE(key.value().publicKeySha256().size(), 32);
    }

    void csrVerifiesWithOpenssl_data()
    {
        QTest::addColumn<QString>("typeId");
        QTest::addColumn<int>("profile");
        QTest::addColumn<QStringList>("sans");
        QTest::addColumn<QStringList>("expectedText"); // substrings of `openssl req -text`
        const QStringList serverSans{"dns:www.example.org", "ip:192.0.2.10", "ip:2001:db8::5"};
        QTest::newRow("client ec-p256") << "ec-p256" << int(Profile::Client) << QStringList{"upn:alice@corp.example.org"}
                                        << QStringList{"Digital Signature", "TLS Web Client Authentication",
                                                       "othername: UPN::alice@corp.example.org", "ecdsa-with-SHA256"};
        QTest::newRow("client rsa-2048") << "rsa-2048" << int(Profile::Client) << QStringList{}
                                         << QStringList{"Digital Signature, Key Encipherment",
                                                        "TLS Web Client Authentication", "sha256WithRSAEncryption"};
        QTest::newRow("email ec-p384") << "ec-p384" << int(Profile::Email) << QStringList{"email:alice@example.org"}
                                       << QStringList{"Digital Signature, Key Agreement", "E-mail Protection",
                                                      "email:alice@example.org", "ecdsa-with-SHA384"};
        QTest::newRow("email rsa-3072") << "rsa-3072" << int(Profile::Email) << QStringList{"email:alice@example.org"}
                                        << QStringList{"Digital Signature, Key Encipherment", "E-mail Protection"};
        QTest::newRow("server ed25519") << "ed25519" << int(Profile::Server) << serverSans
                                        << QStringList{"TLS Web Server Authentication", "DNS:www.example.org",
                                                       "IP Address:192.0.2.10", "IP Address:2001:DB8:0:0:0:0:0:5",
                                                       "ED25519"};
        QTest::newRow("server uri") << "ec-p256" << int(Profile::Server)
                                    << QStringList{"dns:example.org", "uri:https://example.org/x"}
                                    << QStringList{"URI:https://example.org/x", "DNS:example.org"};
    }
    void csrVerifiesWithOpenssl()
    {
        QFETCH(QString, typeId);
        QFETCH(int, profile);
        QFETCH(QStringList, sans);
        QFETCH(QStringList, expectedText);
        auto key = PrivateKey::generate(*keyTypeFromId(typeId));
        QVERIFY(key.ok());
        const RequestOptions requestOptions =
            options(QString::fromUtf8("CN=Zoë Example,O=Example Corp,C=DE"), sans, Profile(profile));
        QCOMPARE(requestOptions.sans.size(), sans.size());
        auto csr = CertificateRequest::create(key.value(), requestOptions);
        QVERIFY2(csr.ok(), qPrintable(csr.ok() ? QString() : csr.error().message + csr.error().detail));
        QVERIFY(csr.value().verifySignature());
        QCOMPARE(csr.value().publicKeySha256(), key.value().publicKeySha256());
        QCOMPARE(csr.value().subject(), QString::fromUtf8("CN=Zoë Example,O=Example Corp,C=DE"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("request.csr"));
        writeFile(path, csr.value().pem());
        const ProcessResult result = openssl({"req", "-in", path, "-verify", "-noout", "-text"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QString text = QString::fromUtf8(result.out + result.err);
        QVERIFY2(text.contains(QStringLiteral("verify OK")) || text.contains(QStringLiteral("self-signature ok")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("X509v3 Key Usage: critical")), qPrintable(text));
        for (const QString& expected : expectedText)
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing “%1” in:\n%2").arg(expected, text)));
        // Our own reading of the extensions agrees with what we asked for.
        QCOMPARE(csr.value().subjectAltNames().size(), sans.size());
    }

    void profileRequirementsAreEnforced_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<QStringList>("sans");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("email without email san") << int(Profile::Email) << QStringList{"dns:example.org"} << "CN=a"
                                                 << "e-mail address";
        QTest::newRow("server without dns") << int(Profile::Server) << QStringList{"email:a@example.org"} << "CN=a"
                                            << "DNS name";
        QTest::newRow("nobody") << int(Profile::Client) << QStringList{} << "" << "names nobody";
    }
    void profileRequirementsAreEnforced()
    {
        QFETCH(int, profile);
        QFETCH(QStringList, sans);
        QFETCH(QString, subject);
        QFETCH(QString, messagePart);
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto csr = CertificateRequest::create(key.value(), options(subject, sans, Profile(profile)));
        QVERIFY(!csr.ok());
        QCOMPARE(csr.error().code, ErrorCode::Usage);
        QVERIFY2(csr.error().message.contains(messagePart), qPrintable(csr.error().message));
    }

    void customProfileUsesGivenUsages()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        RequestOptions custom = options("CN=Code Signer", {}, Profile::Custom);
        custom.customKeyUsage = {"digitalSignature", "nonRepudiation"};
        custom.customExtendedKeyUsage = {"codeSigning", "1.3.6.1.4.1.311.10.3.12"};
        auto csr = CertificateRequest::create(key.value(), custom);
        QVERIFY2(csr.ok(), qPrintable(csr.ok() ? QString() : csr.error().message));
        QCOMPARE(csr.value().keyUsage(), (QStringList{"digitalSignature", "nonRepudiation"}));
        QCOMPARE(csr.value().extendedKeyUsage(), (QStringList{"codeSigning", "1.3.6.1.4.1.311.10.3.12"}));
        QTemporaryDir dir;
        writeFile(dir.filePath("c.csr"), csr.value().pem());
        const ProcessResult text = openssl({"req", "-in", dir.filePath("c.csr"), "-verify", "-noout", "-text"});
        QVERIFY2(text.out.contains("Code Signing"), qPrintable(text.describe()));
        QVERIFY(text.out.contains("Digital Signature, Non Repudiation"));

        custom.customKeyUsage = {"flyToTheMoon"};
        auto bad = CertificateRequest::create(key.value(), custom);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains("flyToTheMoon"));
        custom.customKeyUsage = {};
        custom.customExtendedKeyUsage = {"not an oid"};
        QVERIFY(!CertificateRequest::create(key.value(), custom).ok());
    }

    void sanIsCriticalWithEmptySubject()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto csr = CertificateRequest::create(key.value(), options(QString(), {"dns:example.org"}, Profile::Server));
        QVERIFY(csr.ok());
        QTemporaryDir dir;
        writeFile(dir.filePath("r.csr"), csr.value().pem());
        const ProcessResult result = openssl({"req", "-in", dir.filePath("r.csr"), "-noout", "-text"});
        QVERIFY(result.out.contains("X509v3 Subject Alternative Name: critical"));
    }

    void encryptedPkcs8ExportDecryptsWithOpenssl()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        QByteArray passwordText("s3cret pass");
        const SecureBytes password = SecureBytes::takeFrom(passwordText);
        auto pem = key.value().toEncryptedPkcs8Pem(password);
        QVERIFY(pem.ok());
        QVERIFY(pem.value().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QTemporaryDir dir;
        writeFile(dir.filePath("k.pem"), pem.value());
        const ProcessResult wrong = openssl({"pkey", "-in", dir.filePath("k.pem"), "-passin", "pass:nope", "-noout"});
        QVERIFY(wrong.exitCode != 0);
        const ProcessResult right =
            openssl({"pkey", "-in", dir.filePath("k.pem"), "-passin", "pass:s3cret pass", "-pubout", "-outform", "DER"});
        QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
        QCOMPARE(right.out, key.value().publicKeyDer());
    }

    // Keys are matched to certificates by the SHA-256 of their SubjectPublicKeyInfo, stored in the vault. It is put
    // together without OpenSSL's encoder for EC keys on named curves and EdDSA keys; every other form (a compressed
    // point, explicit curve parameters, RSA) must still get i2d_PUBKEY's bytes.
    void subjectPublicKeyInfoIsWhatOpensslWrites()
    {
        auto reference = [](EVP_PKEY* key) {
            unsigned char* der = nullptr;
            const int length = i2d_PUBKEY(key, &der);
            QByteArray result(reinterpret_cast<const char*>(der), std::max(length, 0));
            OPENSSL_free(der);
            return result;
        };
        for (KeyType type : {KeyType::EcP256, KeyType::EcP384, KeyType::Rsa2048, KeyType::Ed25519}) {
            auto key = PrivateKey::generate(type);
            QVERIFY(key.ok());
            QCOMPARE(subjectPublicKeyInfo(key.value().handle()), reference(key.value().handle()));
            QCOMPARE(key.value().publicKeyDer(), reference(key.value().handle()));
        }
        for (const char* curve : {"P-256", "P-384", "P-521", "secp256k1", "brainpoolP256r1"}) {
            ossl::UniquePtr<EVP_PKEY> key(EVP_EC_gen(curve));
            QVERIFY2(key, curve);
            QCOMPARE(subjectPublicKeyInfo(key.get()), reference(key.get()));
            QVERIFY(EVP_PKEY_set_utf8_string_param(key.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                                   OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_COMPRESSED) == 1);
            const QByteArray compressed = reference(key.get());
            QCOMPARE(subjectPublicKeyInfo(key.get()), compressed);
            QVERIFY(EVP_PKEY_set_utf8_string_param(key.get(), OSSL_PKEY_PARAM_EC_ENCODING,
                                                   OSSL_PKEY_EC_ENCODING_EXPLICIT) == 1);
            QVERIFY(reference(key.get()).size() > compressed.size()); // the curve's parameters written out
            QCOMPARE(subjectPublicKeyInfo(key.get()), reference(key.get()));
        }
        ossl::UniquePtr<EVP_PKEY> ed448(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448"));
        QCOMPARE(subjectPublicKeyInfo(ed448.get()), reference(ed448.get()));
    }
};

QTEST_GUILESS_MAIN(TestCertificateRequest)
#include "tst_certificaterequest.moc"
