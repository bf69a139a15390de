#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk::test;

namespace {

/// The example of docs/POLICY.md, with a default store in the test's own HOME.
const QByteArray kPolicy = R"({
  "version": 1,
  "subject": {
    "fixed": { "OU": "Staff", "O": "Example Corp", "C": "DE" },
    "commonName": {
      "pattern": "[A-Z][a-z]+( [A-Z][a-z]+)+",
      "description": "your first and last name, as in the staff directory"
    },
    "emailDomains": ["example.org", "example.de"]
  },
  "subjectAltNames": { "required": ["email"] },
  "keys": { "allowed": ["ec-p384", "ec-p256", "rsa-2048", "rsa-3072", "rsa-4096"], "minimumRsaBits": 3072 },
  "reminders": { "days": [60, 20] },
  "install": { "defaultStores": ["nss"] },
  "export": { "p12Profile": "compatible", "allowPrivateKey": false }
}
)";

} // namespace

/// certdesk-cli under an organisation policy (CERTDESK_POLICY), end to end against a CA made by `openssl`.
class TestCliPolicy : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// A private HOME (for the default NSS store) and the policy file `policyName` in the test directory.
    QProcessEnvironment environment(const QString& policyName = QStringLiteral("policy.json")) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("CERTDESK_POLICY"), path(policyName));
        return environment;
    }

    ProcessResult cli(const QStringList& arguments, const QString& policyName = QStringLiteral("policy.json"))
    {
        return runProcess(CERTDESK_CLI_PATH,
                          QStringList{QStringLiteral("--vault"), path(QStringLiteral("vault")),
                                      QStringLiteral("--passphrase-file"), path(QStringLiteral("vault-pass.txt"))} +
                              arguments,
                          {}, environment(policyName));
    }

    static QJsonObject json(const ProcessResult& result) { return QJsonDocument::fromJson(result.out).object(); }

    int pendingCount()
    {
        return int(QJsonDocument::fromJson(
                       cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--pending")}).out)
                       .array()
                       .size());
    }

    /// request (under `policyName`) → the CA signs → import; the new identity's ID.
    QString enrol(const QStringList& requestArguments, const QString& policyName = QStringLiteral("policy.json"))
    {
        const QString csr = path(QStringLiteral("enrol-%1.csr").arg(++m_enrolled));
        const ProcessResult request = cli(QStringList{QStringLiteral("--json"), QStringLiteral("request")} +
                                              requestArguments + QStringList{QStringLiteral("--out"), csr},
                                          policyName);
        if (request.exitCode != 0) {
            qWarning() << request.describe();
            return {};
        }
        const QString certificate = m_ca.sign(csr, 90, QStringLiteral("enrol-%1.crt").arg(m_enrolled));
        const ProcessResult imported =
            cli({QStringLiteral("import"), certificate, m_ca.intermediateCertPath(), m_ca.rootCertPath()}, policyName);
        if (imported.exitCode != 0) {
            qWarning() << imported.describe();
            return {};
        }
        return json(request).value(QStringLiteral("id")).toString();
    }
    int m_enrolled = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        writeFile(path(QStringLiteral("vault-pass.txt")), "vault passphrase\n");
        writeFile(path(QStringLiteral("p12-pass.txt")), "export password\n");
        writeFile(path(QStringLiteral("policy.json")), kPolicy);
        // The same organisation before it banned key export and raised the RSA minimum.
        writeFile(path(QStringLiteral("lenient.json")),
                  R"({"subject": {"fixed": {"O": "Example Corp", "C": "DE"}},
                      "export": {"p12Profile": "compatible"}})");
    }

    void policyCommandShowsThePolicyAndItsOrigin()
    {
        const ProcessResult shown = cli({QStringLiteral("policy")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY2(text.contains(QStringLiteral("Organisation policy from ") + path(QStringLiteral("policy.json"))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Every request has O=Example Corp (set by your organisation).")));
        QVERIFY(text.contains(QStringLiteral("Key types allowed: ec-p384, ec-p256, rsa-3072, rsa-4096.")));
        QVERIFY(text.contains(QStringLiteral("Private keys cannot be exported.")));

        const ProcessResult asJson = cli({QStringLiteral("--json"), QStringLiteral("policy")});
        QCOMPARE(asJson.exitCode, 0);
        const QJsonObject policy = json(asJson).value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("origin")).toString(), path(QStringLiteral("policy.json")));
        QCOMPARE(policy[QStringLiteral("subject")][QStringLiteral("fixed")][QStringLiteral("OU")].toString(),
                 QStringLiteral("Staff"));
        QCOMPARE(policy[QStringLiteral("reminders")][QStringLiteral("days")].toArray(), (QJsonArray{60, 20}));

        const ProcessResult none = cli({QStringLiteral("policy")}, QStringLiteral("no-such-policy.json"));
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains("No organisation policy"), qPrintable(none.describe()));
        const ProcessResult noneJson =
            cli({QStringLiteral("--json"), QStringLiteral("policy")}, QStringLiteral("no-such-policy.json"));
        QVERIFY(json(noneJson).value(QStringLiteral("policy")).isNull());
    }

    void malformedPolicyIsAnErrorNamingTheLine()
    {
        writeFile(path(QStringLiteral("broken.json")),
                  "{\n  \"keys\": {\n    \"allowed\": [\"ec-p256\", \"dsa-1024\"]\n  }\n}\n");
        const QString where = path(QStringLiteral("broken.json")) + QStringLiteral(":3:28");
        for (const QStringList& command :
             {QStringList{QStringLiteral("policy")},
              QStringList{QStringLiteral("request"), QStringLiteral("--subject"), QStringLiteral("CN=Alice Example")},
              QStringList{QStringLiteral("remind"), QStringLiteral("--no-stores")}}) {
            const ProcessResult refused = cli(command, QStringLiteral("broken.json"));
            QVERIFY2(refused.exitCode == 5, qPrintable(command.first() + QLatin1Char(' ') + refused.describe()));
            QVERIFY2(refused.err.contains(where.toUtf8()), qPrintable(refused.describe()));
            QVERIFY(refused.err.contains("“dsa-1024” is not a key type"));
        }
        const ProcessResult asJson =
            cli({QStringLiteral("--json"), QStringLiteral("policy")}, QStringLiteral("broken.json"));
        QCOMPARE(asJson.exitCode, 5);
        const QJsonObject error = json(asJson).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 5);
        QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("policy-malformed"));
        QCOMPARE(error.value(QStringLiteral("detail")).toString(), where);

        writeFile(path(QStringLiteral("not-json.json")), "{\n  \"export\": { \"allowPrivateKey\": no }\n}\n");
        const ProcessResult syntax = cli({QStringLiteral("policy")}, QStringLiteral("not-json.json"));
        QCOMPARE(syntax.exitCode, 5);
        QVERIFY2(syntax.err.contains((path(QStringLiteral("not-json.json")) + QStringLiteral(":2:")).toUtf8()),
                 qPrintable(syntax.describe()));
        QVERIFY(syntax.err.contains("not valid JSON"));

        // What the policy does not govern still works.
        const ProcessResult list = cli({QStringLiteral("list")}, QStringLiteral("broken.json"));
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    }

    void everyRuleIsRefusedWithExitFive_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("sentence");

        const QString mail = QStringLiteral("email:alice@example.org");
        QTest::newRow("fixed attribute conflict")
            << QStringList{"--subject", "CN=Alice Example,O=Other Corp", "--san", mail} << "subject.fixed.O"
            << "Your organisation's policy sets O to “Example Corp” in every request, not “Other Corp”";
        QTest::newRow("common name pattern")
            << QStringList{"--subject", "CN=alice", "--san", mail} << "subject.commonName.pattern"
            << "requires the common name to be your first and last name, as in the staff directory; “alice” is not";
        QTest::newRow("e-mail domain")
            << QStringList{"--subject", "CN=Alice Example", "--san", "email:alice@gmail.com"} << "subject.emailDomains"
            << "allows e-mail addresses only at example.org, example.de; “alice@gmail.com” is not one of them";
        QTest::newRow("required SAN type")
            << QStringList{"--subject", "CN=Alice Example", "--san", "dns:alice.example.org"}
            << "subjectAltNames.required"
            << "requires an alternative name of type email";
        QTest::newRow("key type not allowed")
            << QStringList{"--subject", "CN=Alice Example", "--san", mail, "--key-type", "ed25519"} << "keys.allowed"
            << "does not allow ed25519 keys; choose one of ec-p384, ec-p256, rsa-3072, rsa-4096";
        QTest::newRow("RSA too small") << QStringList{"--subject", "CN=Alice Example", "--san",
                                                      mail,        "--key-type",       "rsa-2048"}
                                       << "keys.minimumRsaBits"
                                       << "requires RSA keys of at least 3072 bits";
    }

    void everyRuleIsRefusedWithExitFive()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, rule);
        QFETCH(QString, sentence);
        const int pendingBefore = pendingCount();
        const ProcessResult refused = cli(QStringList{QStringLiteral("request")} + arguments);
        QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe()));
        QVERIFY2(QString::fromUtf8(refused.err).contains(sentence), qPrintable(refused.describe()));
        QVERIFY(refused.out.isEmpty());
        const ProcessResult asJson = cli(QStringList{QStringLiteral("--json"), QStringLiteral("request")} + arguments);
        QCOMPARE(asJson.exitCode, 5);
        QCOMPARE(json(asJson)[QStringLiteral("error")][QStringLiteral("reason")].toString(),
                 QStringLiteral("policy:") + rule);
        // Refused before a key was made: nothing waits in the vault.
        QCOMPARE(pendingCount(), pendingBefore);
    }

    void fixedAttributesAreFilledInAndTheCaAcceptsTheRequest()
    {
        const QString csr = path(QStringLiteral("alice.csr"));
        const ProcessResult request =
            cli({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("--subject"),
                 QStringLiteral("CN=Alice Example"), QStringLiteral("--san"), QStringLiteral("email:alice@example.org"),
                 QStringLiteral("--out"), csr});
        QVERIFY2(request.exitCode == 0, qPrintable(request.describe()));
        // The first key type the policy allows is the default.
        QCOMPARE(json(request).value(QStringLiteral("keyType")).toString(), QStringLiteral("ec-p384"));
        const ProcessResult subject = openssl(
            {QStringLiteral("req"), QStringLiteral("-in"), csr, QStringLiteral("-verify"), QStringLiteral("-noout"),
             QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("RFC2253")});
        QVERIFY2(subject.exitCode == 0, qPrintable(subject.describe()));
        QCOMPARE(subject.out.trimmed(), QByteArray("subject=CN=Alice Example,OU=Staff,O=Example Corp,C=DE"));

        const QString certificate = m_ca.sign(csr, 90, QStringLiteral("alice.crt"));
        QVERIFY(!certificate.isEmpty());
        const ProcessResult imported = cli({QStringLiteral("--json"), QStringLiteral("import"), certificate,
                                            m_ca.intermediateCertPath(), m_ca.rootCertPath()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QString id = json(request).value(QStringLiteral("id")).toString();
        const ProcessResult shown = cli({QStringLiteral("--json"), QStringLiteral("show"), id});
        QCOMPARE(json(shown).value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(json(shown).value(QStringLiteral("subject")).toString(),
                 QStringLiteral("CN=Alice Example,OU=Staff,O=Example Corp,C=DE"));
    }

    void exportingTheKeyIsRefused()
    {
        const QString id = enrol({QStringLiteral("--subject"), QStringLiteral("CN=Bob Example"),
                                  QStringLiteral("--san"), QStringLiteral("email:bob@example.de")});
        QVERIFY(!id.isEmpty());
        const QString pass = path(QStringLiteral("p12-pass.txt"));
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("--format"), QStringLiteral("p12"), QStringLiteral("--password-file"), pass,
                          QStringLiteral("--out"), path(QStringLiteral("bob.p12"))},
              QStringList{QStringLiteral("--format"), QStringLiteral("pem"), QStringLiteral("--with-key"),
                          QStringLiteral("--password-file"), pass, QStringLiteral("--out"),
                          path(QStringLiteral("bob-key.pem"))}}) {
            const ProcessResult refused = cli(QStringList{QStringLiteral("export"), id} + arguments);
            QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe()));
            QVERIFY(refused.err.contains("Your organisation's policy does not allow exporting private keys"));
            QVERIFY(!QFileInfo::exists(arguments.last()));
        }
        const ProcessResult certificateOnly =
            cli({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pem"),
                 QStringLiteral("--out"), path(QStringLiteral("bob.pem"))});
        QVERIFY2(certificateOnly.exitCode == 0, qPrintable(certificateOnly.describe()));
        QVERIFY(readFile(path(QStringLiteral("bob.pem"))).startsWith("-----BEGIN CERTIFICATE-----"));

        // Where the policy allows the key, its PKCS#12 profile is the default: 3DES for older Windows and macOS.
        const QString p12 = path(QStringLiteral("bob-lenient.p12"));
        const ProcessResult exported =
            cli({QStringLiteral("--json"), QStringLiteral("export"), id, QStringLiteral("--format"),
                 QStringLiteral("p12"), QStringLiteral("--password-file"), pass, QStringLiteral("--out"), p12},
                QStringLiteral("lenient.json"));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QCOMPARE(json(exported).value(QStringLiteral("p12Profile")).toString(), QStringLiteral("compatible"));
        const ProcessResult info =
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                     QStringLiteral("file:") + pass, QStringLiteral("-info"), QStringLiteral("-noout"),
                     QStringLiteral("-legacy")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QVERIFY2(info.err.contains("pbeWithSHA1And3-KeyTripleDES-CBC"), qPrintable(info.describe()));
        // The user may still choose the other profile.
        const ProcessResult modern = cli(
            {QStringLiteral("--json"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("p12"),
             QStringLiteral("--p12-profile"), QStringLiteral("modern"), QStringLiteral("--password-file"), pass,
             QStringLiteral("--out"), path(QStringLiteral("bob-modern.p12"))},
            QStringLiteral("lenient.json"));
        QCOMPARE(json(modern).value(QStringLiteral("p12Profile")).toString(), QStringLiteral("modern"));
    }

    void renewalSwitchesAKeyTypeThePolicyNoLongerAllows()
    {
        // Enrolled with RSA-2048 while the organisation allowed it…
        const QString id = enrol({QStringLiteral("--subject"), QStringLiteral("CN=Carol Example"),
                                  QStringLiteral("--key-type"), QStringLiteral("rsa-2048")},
                                 QStringLiteral("lenient.json"));
        QVERIFY(!id.isEmpty());
        // …renewed under the stricter policy, which also wants OU=Staff and an e-mail name: refused, naming the rule.
        const ProcessResult refused = cli({QStringLiteral("renew"), id});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("requires an alternative name of type email"), qPrintable(refused.describe()));

        // A policy that only raises the RSA minimum: the renewal gets the first allowed type, and says so.
        writeFile(path(QStringLiteral("rsa3072.json")),
                  R"({"subject": {"fixed": {"O": "Example Corp"}}, "keys": {"allowed": ["rsa-3072", "ec-p256"]}})");
        const ProcessResult chosen =
            cli({QStringLiteral("renew"), id, QStringLiteral("--key-type"), QStringLiteral("rsa-2048")},
                QStringLiteral("rsa3072.json"));
        QCOMPARE(chosen.exitCode, 5);
        QVERIFY2(chosen.err.contains("does not allow rsa-2048 keys"), qPrintable(chosen.describe()));
        const QString csr = path(QStringLiteral("carol-renewal.csr"));
        const ProcessResult renewed =
            cli({QStringLiteral("--json"), QStringLiteral("renew"), id, QStringLiteral("--out"), csr},
                QStringLiteral("rsa3072.json"));
        QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.describe()));
        QCOMPARE(json(renewed).value(QStringLiteral("keyType")).toString(), QStringLiteral("rsa-3072"));
        QVERIFY2(
            renewed.err.contains("Your organisation's policy no longer allows rsa-2048 keys; the new key is rsa-3072."),
            qPrintable(renewed.describe()));
        const ProcessResult text =
            openssl({QStringLiteral("req"), QStringLiteral("-in"), csr, QStringLiteral("-verify"),
                     QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(text.out.contains("Public-Key: (3072 bit)"), qPrintable(text.describe()));
    }

    void installUsesThePolicysDefaultStores()
    {
        const QString id = enrol({QStringLiteral("--subject"), QStringLiteral("CN=Dave Example"),
                                  QStringLiteral("--san"), QStringLiteral("email:dave@example.org")});
        QVERIFY(!id.isEmpty());
        const ProcessResult installed = cli({QStringLiteral("install"), id});
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.describe()));
        QVERIFY(installed.err.contains("Installing into the stores your organisation chose: nss."));
        const ProcessResult listed =
            runProcess(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"),
                                                    QStringLiteral("sql:") + path(QStringLiteral("home/.pki/nssdb"))});
        QVERIFY2(listed.exitCode == 0 && listed.out.contains("Dave Example"), qPrintable(listed.describe()));
        // Without a policy, install still needs --store.
        const ProcessResult unnamed = cli({QStringLiteral("install"), id}, QStringLiteral("lenient.json"));
        QCOMPARE(unnamed.exitCode, 1);
        QVERIFY(unnamed.err.contains("Name the stores with --store"));
    }

    void reminderDaysDefaultToThePolicys()
    {
        const ProcessResult scan =
            cli({QStringLiteral("--json"), QStringLiteral("remind"), QStringLiteral("--no-stores")});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.describe()));
        const QJsonArray items = json(scan).value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue& item : items)
            QCOMPARE(item[QStringLiteral("reminderDays")].toString(), QStringLiteral("60,20"));
        // 50 of 90 days left: expiring under the policy's 60 days, not under the built-in 30 (nor a third of 90).
        const QString now = QDateTime::currentDateTimeUtc().addDays(40).toString(Qt::ISODate);
        QProcessEnvironment later = environment();
        later.insert(QStringLiteral("CERTDESK_NOW"), now);
        const QStringList base{QStringLiteral("--vault"), path(QStringLiteral("vault")), QStringLiteral("--json"),
                               QStringLiteral("remind"), QStringLiteral("--no-stores")};
        const ProcessResult withPolicy = runProcess(CERTDESK_CLI_PATH, base, {}, later);
        QVERIFY(json(withPolicy).value(QStringLiteral("needsAttention")).toInt() > 0);
        later.insert(QStringLiteral("CERTDESK_POLICY"), path(QStringLiteral("no-such-policy.json")));
        const ProcessResult without = runProcess(CERTDESK_CLI_PATH, base, {}, later);
        QCOMPARE(json(without).value(QStringLiteral("needsAttention")).toInt(), 0);

        // The user may choose other days; "default" returns to the policy's.
        QCOMPARE(cli({QStringLiteral("remind"), QStringLiteral("--set-days"), QStringLiteral("10")}).exitCode, 0);
        const ProcessResult own =
            cli({QStringLiteral("--json"), QStringLiteral("remind"), QStringLiteral("--no-stores")});
        QCOMPARE(json(own)[QStringLiteral("items")][0][QStringLiteral("reminderDays")].toString(),
                 QStringLiteral("10"));
        const ProcessResult reset =
            cli({QStringLiteral("remind"), QStringLiteral("--set-days"), QStringLiteral("default")});
        QVERIFY2(reset.exitCode == 0 && reset.out.contains("60,20"), qPrintable(reset.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_cli_policy.moc"
