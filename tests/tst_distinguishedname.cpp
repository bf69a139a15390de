#include "crypto/DistinguishedName.h"
#include "crypto/SubjectAltName.h"
#include "crypto/OpenSslPtr.h"

#include <QTest>

using namespace certdesk;

class TestDistinguishedName : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // TYPE=value pairs in text order
        QTest::newRow("simple") << "CN=Alice Example,O=Example Corp,C=DE"
                                << QStringList{"CN=Alice Example", "O=Example Corp", "C=DE"};
        QTest::newRow("spaces around") << " CN = Alice ,  O=Corp " << QStringList{"CN=Alice", "O=Corp"};
        QTest::newRow("escaped comma") << "CN=Example\\, Inc." << QStringList{"CN=Example, Inc."};
        QTest::newRow("escaped plus and quote") << "CN=a\\+b\\\"c" << QStringList{"CN=a+b\"c"};
        QTest::newRow("hex escape utf8") << "CN=J\\C3\\BCrgen" << QStringList{QString::fromUtf8("CN=Jürgen")};
        QTest::newRow("utf8 literal") << QString::fromUtf8("CN=Zoë Ærø,L=München")
                                      << QStringList{QString::fromUtf8("CN=Zoë Ærø"), QString::fromUtf8("L=München")};
        QTest::newRow("lowercase country upcased") << "CN=x,c=fr" << QStringList{"CN=x", "C=FR"};
        QTest::newRow("aliases") << "commonName=x,emailAddress=a@example.org,E=b@example.org"
                                 << QStringList{"CN=x", "emailAddress=a@example.org", "emailAddress=b@example.org"};
        QTest::newRow("escaped trailing space kept") << "CN=x\\ " << QStringList{"CN=x "};
        QTest::newRow("semicolon separator") << "CN=x;O=y" << QStringList{"CN=x", "O=y"};
        QTest::newRow("empty") << "" << QStringList{};
    }
    void parsesValidNames()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        auto parsed = DistinguishedName::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QStringList actual;
        for (const auto& attribute : parsed.value().attributes())
            actual << attribute.type + QLatin1Char('=') + attribute.value;
        QCOMPARE(actual, expected);
    }

    void rejectsInvalidNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("three-letter country") << "CN=x,C=DEU" << "two-letter";
        QTest::newRow("digit country") << "C=D1" << "two-letter";
        QTest::newRow("unknown attribute") << "CN=x,FOO=bar" << "FOO";
        QTest::newRow("missing equals") << "CN=x,Example" << "no “=”";
        QTest::newRow("empty value") << "CN=" << "empty";
        QTest::newRow("trailing comma") << "CN=x," << "comma";
        QTest::newRow("bad escape") << "CN=a\\qb" << "escape";
        QTest::newRow("lone backslash") << "CN=a\\" << "backslash";
        QTest::newRow("multi-valued") << "CN=a+O=b" << "+";
        QTest::newRow("bad email") << "emailAddress=not-an-address" << "not an e-mail";
        QTest::newRow("CN too long") << QStringLiteral("CN=") + QString(65, QLatin1Char('x')) << "at most 64";
        // Found by fuzz_distinguished_name: accepted here, then refused by OpenSSL when the request was built.
        QTest::newRow("non-ASCII email") << QString::fromUtf8("CN=x,emailAddress=jürgen@example.de") << "only ASCII";
        QTest::newRow("non-ASCII DC") << QString::fromUtf8("DC=bücher,DC=example") << "only ASCII";
        QTest::newRow("serial number not printable") << "serialNumber=ID_4711@x" << "unaccented letters";
        QTest::newRow("email too long") << QStringLiteral("emailAddress=") + QString(120, QLatin1Char('a')) +
                                               QStringLiteral("@example.org") << "at most 128";
    }
    void rejectsInvalidNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        auto parsed = DistinguishedName::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Usage);
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.endsWith(QLatin1Char('.')));
    }

    void roundTripsThroughText()
    {
        auto parsed = DistinguishedName::parse(QStringLiteral("CN=Example\\, Inc.,O=A\\+B,C=DE"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().toString(), QStringLiteral("CN=Example\\, Inc.,O=A\\+B,C=DE"));
        auto again = DistinguishedName::parse(parsed.value().toString());
        QVERIFY(again.ok());
        QCOMPARE(again.value().attributes(), parsed.value().attributes());
    }

    void buildsX509NameInAsn1Order()
    {
        auto parsed = DistinguishedName::parse(QStringLiteral("CN=Alice,O=Corp,C=DE"));
        QVERIFY(parsed.ok());
        ossl::UniquePtr<X509_NAME> name(parsed.value().toX509Name());
        QVERIFY(name);
        QCOMPARE(X509_NAME_entry_count(name.get()), 3);
        // RFC 4514 text lists the most specific part first; the ASN.1 sequence starts with the country.
        QCOMPARE(OBJ_obj2nid(X509_NAME_ENTRY_get_object(X509_NAME_get_entry(name.get(), 0))), NID_countryName);
        QCOMPARE(OBJ_obj2nid(X509_NAME_ENTRY_get_object(X509_NAME_get_entry(name.get(), 2))), NID_commonName);
        // C is a PrintableString, CN a UTF8String.
        QCOMPARE(ASN1_STRING_type(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name.get(), 0))), V_ASN1_PRINTABLESTRING);
        QCOMPARE(ASN1_STRING_type(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name.get(), 2))), V_ASN1_UTF8STRING);
    }

    void parsesSans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("dns") << "dns:WWW.Example.org" << "dns:www.example.org";
        QTest::newRow("dns wildcard") << "dns:*.example.org" << "dns:*.example.org";
        QTest::newRow("dns idn") << QString::fromUtf8("dns:bücher.example") << "dns:xn--bcher-kva.example";
        QTest::newRow("email") << "email:alice@example.org" << "email:alice@example.org";
        QTest::newRow("email idn domain") << QString::fromUtf8("email:a@bücher.example") << "email:a@xn--bcher-kva.example";
        QTest::newRow("uri") << "uri:https://example.org/alice" << "uri:https://example.org/alice";
        QTest::newRow("ipv4") << "ip:192.0.2.7" << "ip:192.0.2.7";
        QTest::newRow("ipv6") << "ip:2001:DB8::1" << "ip:2001:db8::1";
        QTest::newRow("upn") << "upn:alice@corp.example.org" << "upn:alice@corp.example.org";
        QTest::newRow("type case") << "DNS:example.org" << "dns:example.org";
    }
    void parsesSans()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        auto san = SubjectAltName::parse(text);
        QVERIFY2(san.ok(), qPrintable(san.ok() ? QString() : san.error().message));
        QCOMPARE(san.value().toString(), normalised);
        ossl::UniquePtr<GENERAL_NAME> name(san.value().toGeneralName());
        QVERIFY(name);
    }

    void rejectsBadSans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no type") << "example.org";
        QTest::newRow("unknown type") << "foo:bar";
        QTest::newRow("dns with space") << "dns:exa mple.org";
        QTest::newRow("dns label hyphen") << "dns:-bad.example.org";
        QTest::newRow("dns empty") << "dns:";
        QTest::newRow("email without at") << "email:alice.example.org";
        QTest::newRow("email without domain dot") << "email:alice@localhost";
        QTest::newRow("relative uri") << "uri:/just/a/path";
        QTest::newRow("bad ip") << "ip:300.1.1.1";
        QTest::newRow("ip hostname") << "ip:example.org";
        QTest::newRow("upn without at") << "upn:alice";
    }
    void rejectsBadSans()
    {
        QFETCH(QString, text);
        auto san = SubjectAltName::parse(text);
        QVERIFY(!san.ok());
        QCOMPARE(san.error().code, ErrorCode::Usage);
        QVERIFY(!san.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDistinguishedName)
#include "tst_distinguishedname.moc"
