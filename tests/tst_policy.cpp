#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "policy/Policy.h"
#include "workflows/OpenVault.h"
#include "workflows/Renewal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kOrigin = QStringLiteral("/etc/xdg/certdesk/policy.json");

/// The example of docs/POLICY.md.
const QByteArray kFullPolicy = R"({
  "version": 1,
  "subject": {
    "fixed": { "OU": "Staff", "O": "Example Corp", "C": "DE" },
    "commonName": {
      "pattern": "[A-Z][a-z]+( [A-Z][a-z]+)+",
      "description": "your first and last name, as in the staff directory"
    },
    "emailDomains": ["example.org", "Example.DE"]
  },
  "subjectAltNames": { "required": ["email"] },
  "keys": { "allowed": ["ec-p384", "ec-p256", "rsa-2048", "rsa-3072", "rsa-4096"], "minimumRsaBits": 3072 },
  "reminders": { "days": [60, 30, 14, 7, 1] },
  "install": { "defaultStores": ["nss", "firefox"] },
  "export": { "p12Profile": "compatible", "allowPrivateKey": false }
}
)";

Policy parsed(const QByteArray& text)
{
    auto policy = Policy::parse(text, kOrigin);
    if (!policy)
        qFatal("policy did not parse: %s", qPrintable(policy.error().message));
    return policy.value();
}

RequestOptions options(const QString& subject, const QStringList& sans = {})
{
    RequestOptions result;
    result.subject = DistinguishedName::parse(subject).value();
    for (const QString& san : sans)
        result.sans << SubjectAltName::parse(san).value();
    return result;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryRule()
    {
        const Policy policy = parsed(kFullPolicy);
        QCOMPARE(policy.origin(), kOrigin);
        // The order of the file, not QJsonObject's alphabetical one.
        const QList<Policy::FixedAttribute> expected{{QStringLiteral("OU"), QStringLiteral("Staff")},
                                                     {QStringLiteral("O"), QStringLiteral("Example Corp")},
                                                     {QStringLiteral("C"), QStringLiteral("DE")}};
        QCOMPARE(policy.fixedAttributes(), expected);
        QCOMPARE(policy.fixedValue(QStringLiteral("O")), QStringLiteral("Example Corp"));
        QCOMPARE(policy.fixedValue(QStringLiteral("L")), QString());
        QCOMPARE(policy.commonNamePattern(), QStringLiteral("[A-Z][a-z]+( [A-Z][a-z]+)+"));
        QCOMPARE(policy.emailDomains(), (QStringList{QStringLiteral("example.org"), QStringLiteral("example.de")}));
        QCOMPARE(policy.requiredSanTypes(), QList<SubjectAltName::Type>{SubjectAltName::Type::Email});
        QCOMPARE(policy.allowedKeyTypes(),
                 (QList<KeyType>{KeyType::EcP384, KeyType::EcP256, KeyType::Rsa3072, KeyType::Rsa4096}));
        QCOMPARE(policy.reminderDays()->days, (QList<int>{60, 30, 14, 7, 1}));
        QCOMPARE(policy.defaultStores(), (QStringList{QStringLiteral("nss"), QStringLiteral("firefox")}));
        QCOMPARE(*policy.p12Profile(), Pkcs12::WriteProfile::Compatible);
        QVERIFY(!policy.allowsPrivateKeyExport());

        const QJsonObject json = policy.toJson();
        QCOMPARE(json.value(QStringLiteral("origin")).toString(), kOrigin);
        QCOMPARE(json[QStringLiteral("subject")][QStringLiteral("commonName")][QStringLiteral("pattern")].toString(),
                 QStringLiteral("[A-Z][a-z]+( [A-Z][a-z]+)+"));
        QCOMPARE(json[QStringLiteral("export")][QStringLiteral("allowPrivateKey")].toBool(true), false);
        // What toJson writes parses back to the same rules.
        QJsonObject again = json;
        again.remove(QStringLiteral("origin"));
        const Policy reparsed = parsed(QJsonDocument(again).toJson());
        QCOMPARE(reparsed.allowedKeyTypes(), policy.allowedKeyTypes());
        // JSON objects keep no order, so the fixed attributes may come back in another one.
        QStringList before = policy.describe();
        QStringList after = reparsed.describe();
        before.sort();
        after.sort();
        QCOMPARE(after, before);
    }

    void emptyPolicyAllowsEverything()
    {
        const Policy policy = parsed("{}");
        QVERIFY(policy.fixedAttributes().isEmpty());
        QCOMPARE(policy.allowedKeyTypes().size(), keyTypeIds().size());
        QVERIFY(policy.allowsPrivateKeyExport());
        QVERIFY(!policy.p12Profile());
        QVERIFY(!policy.checkRequest(options(QStringLiteral("CN=anything at all")), KeyType::Rsa2048));
        QCOMPARE(policy.describe(), QStringList{QStringLiteral("The policy sets no rules.")});
    }

    void malformedNamesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");

        QTest::newRow("syntax: missing comma") << QByteArray("{\n  \"keys\": {\n    \"allowed\": [\"ec-p256\"]\n"
                                                             "    \"minimumRsaBits\": 3072\n  }\n}\n")
                                               << QStringLiteral(":4:6:") << QStringLiteral("not valid JSON");
        QTest::newRow("syntax: trailing comma") << QByteArray("{\n  \"export\": {\"allowPrivateKey\": false,}\n}")
                                                << QStringLiteral(":2:40:") << QStringLiteral("not valid JSON");
        QTest::newRow("syntax: empty file")
            << QByteArray("") << QStringLiteral(":1:1:") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral(":1:1:")
                                       << QStringLiteral("one JSON object");
        QTest::newRow("unknown top-level key")
            << QByteArray("{\n  \"keys\": {},\n  \"exports\": {}\n}") << QStringLiteral(":3:3:")
            << QStringLiteral("“exports” is not a setting of the policy");
        QTest::newRow("unknown nested key")
            << QByteArray("{\n  \"subject\": {\n    \"fixed\": {},\n    \"comonName\": {}\n  }\n}")
            << QStringLiteral(":4:5:") << QStringLiteral("“comonName” is not a setting of “subject”");
        QTest::newRow("wrong type: fixed is a list")
            << QByteArray("{\"subject\": {\n\"fixed\": [\"O\"]}}") << QStringLiteral(":2:1:")
            << QStringLiteral("“subject.fixed” must be an object");
        QTest::newRow("wrong type: allowPrivateKey is a text")
            << QByteArray("{\n \"export\": {\n  \"allowPrivateKey\": \"no\"\n }\n}") << QStringLiteral(":3:3:")
            << QStringLiteral("must be true or false");
        QTest::newRow("wrong type: minimumRsaBits")
            << QByteArray("{\"keys\": {\n\n  \"minimumRsaBits\": \"3072\"}}") << QStringLiteral(":3:3:")
            << QStringLiteral("whole number from 1024 to 16384");
        QTest::newRow("bad regex")
            << QByteArray("{\n  \"subject\": {\"commonName\": {\n      \"pattern\": \"([A-Z]\"\n  }}\n}")
            << QStringLiteral(":3:7:") << QStringLiteral("not a valid regular expression");
        QTest::newRow("unknown key type")
            << QByteArray("{\n  \"keys\": {\n    \"allowed\": [\"ec-p256\",\n                \"rsa-1024\"]\n  }\n}")
            << QStringLiteral(":4:17:") << QStringLiteral("“rsa-1024” is not a key type");
        QTest::newRow("unknown store") << QByteArray("{\"install\": {\"defaultStores\": [\n  \"nss\", \"keychain\"]}}")
                                       << QStringLiteral(":2:10:") << QStringLiteral("“keychain” is not a store");
        QTest::newRow("unknown SAN type")
            << QByteArray("{\"subjectAltNames\": {\"required\": [\"mail\"]}}") << QStringLiteral(":1:35:")
            << QStringLiteral("“mail” is not an alternative name type");
        QTest::newRow("unknown attribute")
            << QByteArray("{\"subject\": {\"fixed\": {\n  \"Organisation\": \"Example\"}}}") << QStringLiteral(":2:3:")
            << QStringLiteral("Organisation");
        QTest::newRow("CN cannot be fixed") << QByteArray("{\"subject\": {\"fixed\": {\n  \"CN\": \"Alice\"}}}")
                                            << QStringLiteral(":2:3:") << QStringLiteral("cannot be fixed");
        QTest::newRow("country of three letters") << QByteArray("{\"subject\": {\"fixed\": {\"C\": \"DEU\"}}}")
                                                  << QStringLiteral(":1:24:") << QStringLiteral("two-letter code");
        QTest::newRow("duplicate key")
            << QByteArray("{\"export\": {\"p12Profile\": \"modern\",\n \"p12Profile\": \"compatible\"}}")
            << QStringLiteral(":2:2:") << QStringLiteral("is set twice");
        QTest::newRow("bad p12 profile") << QByteArray("{\"export\": {\"p12Profile\": \"legacy\"}}")
                                         << QStringLiteral(":1:13:") << QStringLiteral("not a PKCS#12 profile");
        QTest::newRow("reminder days out of range") << QByteArray("{\"reminders\": {\"days\": [30, 0]}}")
                                                    << QStringLiteral(":1:16:") << QStringLiteral("reminders.days");
        QTest::newRow("huge number") << QByteArray("{\"keys\": {\"minimumEcBits\": 1e300}}") << QStringLiteral(":1:11:")
                                     << QStringLiteral("whole number from 160 to 521");
        QTest::newRow("reminder day not whole") << QByteArray("{\"reminders\": {\"days\": [7.5]}}")
                                                << QStringLiteral(":1:16:") << QStringLiteral("reminders.days");
        QTest::newRow("rules leave no key type")
            << QByteArray("{\n\"keys\": {\"allowed\": [\"rsa-2048\"], \"minimumRsaBits\": 3072}}")
            << QStringLiteral(":2:1:") << QStringLiteral("leave no key type");
        QTest::newRow("e-mail domain with @") << QByteArray("{\"subject\": {\"emailDomains\": [\"@example.org\"]}}")
                                              << QStringLiteral(":1:31:") << QStringLiteral("not a domain name");
        QTest::newRow("version 2") << QByteArray("{\"version\": 2}") << QStringLiteral(":1:2:")
                                   << QStringLiteral("version 1 only");
        // Columns count characters, not UTF-8 bytes.
        QTest::newRow("column after non-ASCII text")
            << QByteArray("{\"subject\": {\"fixed\": {\"O\": \"Müller GmbH\"}}, \"x\": 1}") << QStringLiteral(":1:46:")
            << QStringLiteral("“x” is not a setting");
    }

    void malformedNamesLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, says);
        auto policy = Policy::parse(text, kOrigin);
        QVERIFY(!policy);
        const Error& error = policy.error();
        QCOMPARE(error.code, ErrorCode::Policy);
        QCOMPARE(error.reason, QStringLiteral("policy-malformed"));
        QVERIFY2(error.message.contains(kOrigin + where), qPrintable(error.message));
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QCOMPARE(error.detail, kOrigin + where.chopped(1));
    }

    void fixedAttributesAreFilledInAndConflictsRefused()
    {
        const Policy policy = parsed(kFullPolicy);
        auto completed = policy.completeSubject(DistinguishedName::parse(QStringLiteral("CN=Alice Example")).value());
        QVERIFY(completed);
        QCOMPARE(completed.value().toString(), QStringLiteral("CN=Alice Example,OU=Staff,O=Example Corp,C=DE"));
        // Given with the same value: kept where the user wrote it, nothing doubled.
        completed =
            policy.completeSubject(DistinguishedName::parse(QStringLiteral("CN=Alice Example,O=Example Corp")).value());
        QVERIFY(completed);
        QCOMPARE(completed.value().toString(), QStringLiteral("CN=Alice Example,O=Example Corp,OU=Staff,C=DE"));

        auto conflict =
            policy.completeSubject(DistinguishedName::parse(QStringLiteral("CN=Alice Example,O=Other Corp")).value());
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, ErrorCode::Policy);
        QCOMPARE(conflict.error().reason, QStringLiteral("policy:subject.fixed.O"));
        QVERIFY2(conflict.error().message.contains(QStringLiteral("sets O to “Example Corp”")),
                 qPrintable(conflict.error().message));
        QVERIFY(conflict.error().message.contains(QStringLiteral("Other Corp")));
    }

    void everyRequestRule_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("sans");
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<QString>("rule"); // empty: allowed
        QTest::addColumn<QString>("says");

        const QString good = QStringLiteral("CN=Alice Example,OU=Staff,O=Example Corp,C=DE");
        const QStringList mail{QStringLiteral("email:alice@example.org")};
        QTest::newRow("all rules kept") << good << mail << "ec-p384" << QString() << QString();
        QTest::newRow("second domain, any case")
            << good << QStringList{QStringLiteral("email:Alice@EXAMPLE.de")} << "rsa-4096" << QString() << QString();
        QTest::newRow("fixed attribute missing")
            << QStringLiteral("CN=Alice Example,OU=Staff,C=DE") << mail << "ec-p256"
            << "subject.fixed.O"
            << "requires O=Example Corp";
        QTest::newRow("fixed attribute different")
            << QStringLiteral("CN=Alice Example,OU=Lab,O=Example Corp,C=DE") << mail << "ec-p256"
            << "subject.fixed.OU"
            << "sets OU to “Staff”";
        QTest::newRow("common name pattern")
            << QStringLiteral("CN=alice,OU=Staff,O=Example Corp,C=DE") << mail << "ec-p256"
            << "subject.commonName.pattern"
            << "your first and last name, as in the staff directory; “alice” is not";
        QTest::newRow("pattern must match the whole name")
            << QStringLiteral("CN=Alice Example 2,OU=Staff,O=Example Corp,C=DE") << mail << "ec-p256"
            << "subject.commonName.pattern"
            << "“Alice Example 2”";
        QTest::newRow("e-mail SAN at another domain")
            << good << QStringList{QStringLiteral("email:alice@gmail.com")} << "ec-p256"
            << "subject.emailDomains"
            << "“alice@gmail.com”";
        QTest::newRow("subdomain is another domain")
            << good << QStringList{QStringLiteral("email:a@lab.example.org")} << "ec-p256"
            << "subject.emailDomains"
            << "only at example.org, example.de";
        QTest::newRow("emailAddress attribute at another domain")
            << good + QStringLiteral(",emailAddress=alice@gmail.com") << mail << "ec-p256"
            << "subject.emailDomains"
            << "“alice@gmail.com”";
        QTest::newRow("required SAN type missing")
            << good << QStringList{QStringLiteral("dns:alice.example.org")} << "ec-p256"
            << "subjectAltNames.required"
            << "of type email";
        QTest::newRow("key type not listed")
            << good << mail << "ed25519"
            << "keys.allowed"
            << "does not allow ed25519 keys; choose one of ec-p384, ec-p256, rsa-3072, rsa-4096";
        QTest::newRow("RSA below minimum") << good << mail << "rsa-2048"
                                           << "keys.minimumRsaBits"
                                           << "at least 3072 bits";
    }

    void everyRequestRule()
    {
        QFETCH(QString, subject);
        QFETCH(QStringList, sans);
        QFETCH(QString, keyType);
        QFETCH(QString, rule);
        QFETCH(QString, says);
        const Policy policy = parsed(kFullPolicy);
        const auto violation = policy.checkRequest(options(subject, sans), *keyTypeFromId(keyType));
        if (rule.isEmpty()) {
            QVERIFY2(!violation, violation ? qPrintable(violation->message) : "");
            return;
        }
        QVERIFY(violation);
        QCOMPARE(violation->rule, rule);
        QVERIFY2(violation->message.contains(says), qPrintable(violation->message));
        QVERIFY(violation->message.startsWith(QStringLiteral("Your organisation's policy")));
        const Error error = violation->toError();
        QCOMPARE(error.exitCode(), 5);
        QCOMPARE(error.reason, QStringLiteral("policy:") + rule);
    }

    void minimumEcBitsAndKeyTypeRules()
    {
        const Policy policy = parsed(R"({"keys": {"minimumEcBits": 384}})");
        QCOMPARE(policy.allowedKeyTypes(),
                 (QList<KeyType>{KeyType::EcP384, KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096}));
        QCOMPARE(policy.defaultKeyType(), KeyType::EcP384);
        QCOMPARE(parsed("{}").defaultKeyType(), KeyType::EcP256);
        QCOMPARE(parsed(kFullPolicy).defaultKeyType(), KeyType::EcP384);
        QCOMPARE(policy.checkKeyType(KeyType::EcP256)->rule, QStringLiteral("keys.minimumEcBits"));
        QCOMPARE(policy.checkKeyType(KeyType::Ed25519)->rule, QStringLiteral("keys.minimumEcBits"));
        QVERIFY(!policy.checkKeyType(KeyType::Rsa2048));
    }

    void privateKeyExport()
    {
        QVERIFY(!parsed("{}").checkPrivateKeyExport());
        QVERIFY(!parsed(R"({"export": {"allowPrivateKey": true}})").checkPrivateKeyExport());
        const auto refused = parsed(R"({"export": {"allowPrivateKey": false}})").checkPrivateKeyExport();
        QVERIFY(refused);
        QCOMPARE(refused->rule, QStringLiteral("export.allowPrivateKey"));
        QVERIFY(refused->message.contains(QStringLiteral("does not allow exporting private keys")));
    }

    void defaultStoresMatchDiscoveredStores()
    {
        const Policy policy =
            parsed(R"({"install": {"defaultStores": ["nss", "firefox", "nss:/srv/db/", "pkcs11:PIV Card"]}})");
        QCOMPARE(policy.defaultStores().size(), 4);
        QVERIFY(policy.isDefaultStore(QStringLiteral("nss:/home/alice/.pki/nssdb"), QStringLiteral("/home/alice")));
        QVERIFY(!policy.isDefaultStore(QStringLiteral("nss:/home/bob/.pki/nssdb"), QStringLiteral("/home/alice")));
        QVERIFY(policy.isDefaultStore(QStringLiteral("firefox:default-release"), QStringLiteral("/home/alice")));
        QVERIFY(policy.isDefaultStore(QStringLiteral("nss:/srv/db"), QStringLiteral("/home/alice")));
        QVERIFY(policy.isDefaultStore(QStringLiteral("pkcs11:PIV Card"), QStringLiteral("/home/alice")));
        QVERIFY(!policy.isDefaultStore(QStringLiteral("pkcs11:Other"), QStringLiteral("/home/alice")));
        QVERIFY(!policy.isDefaultStore(QStringLiteral("system"), QStringLiteral("/home/alice")));
    }

    void loadsFromFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Absent: no policy, not an error.
        auto absent = Policy::load(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(absent);
        QVERIFY(!absent.value());

        const QString path = dir.filePath(QStringLiteral("policy.json"));
        writeFile(path, kFullPolicy);
        auto loaded = Policy::load(path);
        QVERIFY(loaded);
        QVERIFY(loaded.value());
        QCOMPARE(loaded.value()->origin(), path);

        writeFile(path, "{\n  \"keys\": {\"allowed\": [\"dsa\"]}\n}\n");
        auto malformed = Policy::load(path);
        QVERIFY(!malformed);
        QVERIFY2(malformed.error().message.contains(path + QStringLiteral(":2:24:")),
                 qPrintable(malformed.error().message));

        if (::geteuid() != 0) { // root reads everything
            writeFile(path, kFullPolicy);
            QFile::setPermissions(path, QFileDevice::WriteOwner);
            auto unreadable = Policy::load(path);
            QVERIFY(!unreadable);
            QCOMPARE(unreadable.error().code, ErrorCode::Policy);
            QCOMPARE(unreadable.error().reason, QStringLiteral("policy-unreadable"));
        }
    }

    void activeFollowsEnvironmentAndSetsReminderDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        writeFile(path, R"({"reminders": {"days": [45, 10]}})");
        qputenv("CERTDESK_POLICY", path.toUtf8());
        Policy::resetActive();
        QCOMPARE(Policy::defaultPath(), path);
        QVERIFY(Policy::active());
        QCOMPARE(reminderDefaults().days, (QList<int>{45, 10}));

        qputenv("CERTDESK_POLICY", dir.filePath(QStringLiteral("none.json")).toUtf8());
        Policy::resetActive();
        QVERIFY(Policy::active() && !Policy::active().value());
        QCOMPARE(reminderDefaults(), ReminderThresholds::defaults());

        qunsetenv("CERTDESK_POLICY");
        Policy::resetActive();
        QCOMPARE(Policy::defaultPath(), QStringLiteral("/etc/xdg/certdesk/policy.json"));
    }

    void renewalFollowsThePolicyInForce()
    {
        // An RSA-2048 client certificate of the old days, with O=Example Corp and an e-mail name.
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("old.key"));
        const QString cert = dir.filePath(QStringLiteral("old.crt"));
        const ProcessResult made =
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                     QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("30"),
                     QStringLiteral("-subj"), QStringLiteral("/C=DE/O=Example Corp/CN=Alice Example"),
                     QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=clientAuth"),
                     QStringLiteral("-addext"), QStringLiteral("subjectAltName=email:alice@example.org")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        auto bundle = BundleReader::readFile(cert);
        QVERIFY(bundle);
        VaultEntry entry;
        entry.id = QStringLiteral("abcd1234");
        entry.name = QStringLiteral("Alice");
        entry.hasKey = true;
        entry.keyType = QStringLiteral("rsa-2048");
        entry.certificate = bundle.value().certificates.first();

        // Without a policy: the same key type.
        auto plain = planRenewal(entry);
        QVERIFY(plain);
        QCOMPARE(plain.value().keyType, KeyType::Rsa2048);
        QVERIFY(plain.value().keyTypeNote.isEmpty());

        // The policy now wants 3072-bit RSA at least and an OU: the key type changes, the OU is filled in.
        const Policy stricter = parsed(R"({"subject": {"fixed": {"O": "Example Corp", "OU": "Staff"}},
                                           "keys": {"allowed": ["ec-p384", "rsa-3072"], "minimumRsaBits": 3072}})");
        auto plan = planRenewal(entry, &stricter);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan.value().keyType, KeyType::EcP384);
        QVERIFY2(plan.value().keyTypeNote.contains(QStringLiteral("no longer allows rsa-2048")),
                 qPrintable(plan.value().keyTypeNote));
        QCOMPARE(plan.value().options.subject.value(QStringLiteral("OU")), QStringLiteral("Staff"));
        QCOMPARE(plan.value().options.subject.value(QStringLiteral("CN")), QStringLiteral("Alice Example"));

        // A subject the policy no longer allows cannot be renewed as it is.
        const Policy otherOrganisation = parsed(R"({"subject": {"fixed": {"O": "New Name GmbH"}}})");
        auto refused = planRenewal(entry, &otherOrganisation);
        QVERIFY(!refused);
        QCOMPARE(refused.error().exitCode(), 5);
        QCOMPARE(refused.error().reason, QStringLiteral("policy:subject.fixed.O"));
        const Policy otherDomain = parsed(R"({"subject": {"emailDomains": ["example.com"]}})");
        auto refusedDomain = planRenewal(entry, &otherDomain);
        QVERIFY(!refusedDomain);
        QCOMPARE(refusedDomain.error().reason, QStringLiteral("policy:subject.emailDomains"));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
