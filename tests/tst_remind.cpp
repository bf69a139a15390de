#include "TestSupport.h"
#include "TlsTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr qint64 kDay = 86400;

/// certdesk-fake-notifications on the private session bus (this test runs in tests/run-with-keyring.sh), logging
/// every Notify call as a JSON line; stopped when this goes out of scope.
class NotificationServer
{
public:
    explicit NotificationServer(const QString& log, const QStringList& options = {})
    {
        m_process.start(CERTDESK_FAKE_NOTIFICATIONS_PATH, QStringList{"--log", log} + options);
        QByteArray output;
        for (int waited = 0; waited < 10000 && !output.contains("ready"); waited += 50) {
            m_process.waitForReadyRead(50);
            output += m_process.readAllStandardOutput();
            if (m_process.state() != QProcess::Running)
                break;
        }
        m_ready = output.contains("ready");
    }
    ~NotificationServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool isReady() const { return m_ready; }

private:
    QProcess m_process;
    bool m_ready = false;
};

QList<QJsonObject> loggedNotifications(const QString& log)
{
    QList<QJsonObject> calls;
    for (const QByteArray& line : readFile(log).split('\n')) {
        if (!line.trimmed().isEmpty())
            calls << QJsonDocument::fromJson(line).object();
    }
    return calls;
}

} // namespace

/// certdesk-cli remind: what needs attention at simulated dates, desktop notifications sent to a real
/// org.freedesktop.Notifications service on a private D-Bus session — once per threshold, with working actions —
/// and certificates found in an NSS database CertDesk did not put there.
class TestRemind : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCa m_ca;
    QString m_vault;
    QString m_passphrase;
    QString m_log;
    QProcessEnvironment m_environment;
    QDateTime m_start;
    QHash<QString, QString> m_ids; // name → vault ID

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// certdesk-cli at `now` (CERTDESK_NOW), with a private HOME.
    ProcessResult cli(const QStringList& arguments, const QDateTime& now, const QProcessEnvironment* environment = nullptr)
    {
        QProcessEnvironment env = environment ? *environment : m_environment;
        env.insert("CERTDESK_NOW", now.toUTC().toString(Qt::ISODate));
        return runProcess(CERTDESK_CLI_PATH, QStringList{"--vault", m_vault, "--passphrase-file", m_passphrase} + arguments,
                          {}, env, 60000);
    }

    QJsonObject json(const QStringList& arguments, const QDateTime& now, int expectedExit = 0)
    {
        const ProcessResult result = cli(QStringList{"--json"} + arguments, now);
        if (result.exitCode != expectedExit)
            qWarning("certdesk-cli %s: %s", qPrintable(arguments.join(' ')), qPrintable(result.describe()));
        return QJsonDocument::fromJson(result.out).object();
    }

    QString addIdentity(const QString& name, int days)
    {
        const QString csr = path(name + ".csr");
        const ProcessResult requested =
            cli({"--json", "request", "--subject", "CN=" + name + ",O=Remind Test", "--name", name, "--out", csr}, m_start);
        const QString id = QJsonDocument::fromJson(requested.out).object().value("id").toString();
        const QString certificate = m_ca.sign(csr, days, name + ".crt");
        if (id.isEmpty() || certificate.isEmpty() || cli({"import", certificate}, m_start).exitCode != 0)
            return {};
        return id;
    }

    QDateTime notAfterOf(const QString& name)
    {
        return QDateTime::fromString(json({"show", m_ids.value(name)}, m_start).value("notAfter").toString(), Qt::ISODate);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me in tests/run-with-keyring.sh");
        m_vault = path("vault");
        m_passphrase = path("passphrase");
        m_log = path("notifications.jsonl");
        writeFile(m_passphrase, "remind test passphrase\n");
        QVERIFY(QDir().mkpath(path("home")));
        QVERIFY(QDir().mkpath(path("softhsm")));
        writeFile(path("softhsm2.conf"), "directories.tokendir = " + path("softhsm").toUtf8() + "\n");
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert("HOME", path("home"));
        m_environment.insert("SOFTHSM2_CONF", path("softhsm2.conf"));
        m_environment.insert("CERTDESK_GUI", path("fake-gui.sh"));
        writeFile(path("fake-gui.sh"), "#!/bin/sh\necho \"$@\" > '" + path("gui-arguments").toUtf8() + "'\n");
        QFile::setPermissions(path("fake-gui.sh"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_start = QDateTime::currentDateTimeUtc();
        m_ids.insert("Alpha", addIdentity("Alpha", 10));     // 14-day threshold passed at once
        m_ids.insert("Bravo", addIdentity("Bravo", 365));    // fine
        m_ids.insert("Charlie", addIdentity("Charlie", 2));  // 3-day threshold passed at once
        for (const QString& id : std::as_const(m_ids))
            QVERIFY(!id.isEmpty());
    }

    void listsWhatNeedsAttention()
    {
        const QJsonObject report = json({"remind", "--no-stores"}, m_start);
        QCOMPARE(report.value("tracked").toInt(), 3);
        QCOMPARE(report.value("needsAttention").toInt(), 2);
        const QJsonArray items = report.value("items").toArray();
        QCOMPARE(items.first().toObject().value("name").toString(), QStringLiteral("Charlie")); // earliest first
        QCOMPARE(items.first().toObject().value("threshold").toInt(), 3);
        QCOMPARE(items.at(1).toObject().value("threshold").toInt(), 14);
        QCOMPARE(items.at(2).toObject().value("status").toString(), QStringLiteral("valid"));
        const ProcessResult text = cli({"remind", "--no-stores"}, m_start);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Needs attention (2 of 3 tracked)"), text.out.constData());
        QVERIFY(text.out.contains("certdesk-cli renew " + m_ids.value("Alpha").toLatin1()));
        // Nothing due is no failure either.
        const ProcessResult early = cli({"remind", "--no-stores"}, m_start.addSecs(-30 * kDay));
        QCOMPARE(early.exitCode, 0);
    }

    void notifiesOncePerThreshold()
    {
        NotificationServer server(m_log);
        QVERIFY(server.isReady());
        const QJsonObject first = json({"remind", "--notify", "--wait", "0", "--no-stores"}, m_start);
        QCOMPARE(first.value("notified").toArray().size(), 2);
        QList<QJsonObject> calls = loggedNotifications(m_log);
        QCOMPARE(calls.size(), 2);
        const QJsonObject charlie = calls.at(0); // most urgent first
        QCOMPARE(charlie.value("appName").toString(), QStringLiteral("CertDesk"));
        QVERIFY2(charlie.value("summary").toString().contains("“Charlie”"), qPrintable(charlie.value("summary").toString()));
        QVERIFY(charlie.value("summary").toString().contains("expires"));
        QVERIFY(charlie.value("body").toString().contains("Renew it before then"));
        QVERIFY(charlie.value("body").toString().contains("CertDesk vault"));
        QCOMPARE(charlie.value("hints").toObject().value("urgency").toInt(), 2);
        QCOMPARE(charlie.value("hints").toObject().value("desktop-entry").toString(), QStringLiteral("org.certdesk.CertDesk"));
        QVERIFY(charlie.value("actions").toArray().isEmpty()); // --wait 0: nobody stays to act on buttons
        QVERIFY(calls.at(1).value("summary").toString().contains("“Alpha” expires in 9 days") ||
                calls.at(1).value("summary").toString().contains("“Alpha” expires in 10 days"));
        QCOMPARE(calls.at(1).value("hints").toObject().value("urgency").toInt(), 1);

        // At once again: nothing new.
        const QJsonObject second = json({"remind", "--notify", "--wait", "0", "--no-stores"}, m_start.addSecs(60));
        QVERIFY(second.value("notified").toArray().isEmpty());
        QCOMPARE(loggedNotifications(m_log).size(), 2);

        // Four days on: Alpha passes 7 days, Charlie has expired — one each, not a burst.
        const QJsonObject later = json({"remind", "--notify", "--wait", "0", "--no-stores"}, m_start.addSecs(4 * kDay));
        QCOMPARE(later.value("notified").toArray().size(), 2);
        calls = loggedNotifications(m_log);
        QCOMPARE(calls.size(), 4);
        QVERIFY(calls.at(2).value("summary").toString().contains("“Charlie” has expired"));
        QVERIFY(calls.at(3).value("summary").toString().contains("“Alpha”"));
    }

    void actionsAreHandled()
    {
        const QDateTime now = notAfterOf("Alpha").addSecs(-2 * kDay); // Alpha: 3-day threshold
        {
            NotificationServer server(m_log, {"--respond", "snooze"});
            QVERIFY(server.isReady());
            QElapsedTimer timer;
            timer.start();
            const QJsonObject report = json({"remind", "--notify", "--wait", "20", "--no-stores"}, now);
            QVERIFY2(timer.elapsed() < 15000, "the CLI stops waiting once every notification was answered");
            QCOMPARE(report.value("notified").toArray().size(), 1);
            const QJsonArray responses = report.value("responses").toArray();
            QCOMPARE(responses.size(), 1);
            QCOMPARE(responses.first().toObject().value("action").toString(), QStringLiteral("snooze"));
            const QJsonObject call = loggedNotifications(m_log).constLast();
            QCOMPARE(call.value("actions").toArray(),
                     (QJsonArray{"renew", "Renew…", "snooze", "Remind me tomorrow"}));
        }
        NotificationServer server(m_log, {"--respond", "renew"});
        QVERIFY(server.isReady());
        // Snoozed: quiet the same day, back the next.
        QVERIFY(json({"remind", "--notify", "--wait", "5", "--no-stores"}, now.addSecs(3600)).value("notified").toArray().isEmpty());
        const QJsonObject tomorrow = json({"remind", "--notify", "--wait", "20", "--no-stores"}, now.addSecs(kDay + 60));
        QCOMPARE(tomorrow.value("notified").toArray().size(), 1);
        QCOMPARE(tomorrow.value("responses").toArray().first().toObject().value("action").toString(), QStringLiteral("renew"));
        // "Renew…" opened the desktop app on that identity.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path("gui-arguments")), 5000);
        QCOMPARE(readFile(path("gui-arguments")).trimmed(), "--renew " + m_ids.value("Alpha").toLatin1());
    }

    void noNotificationServerIsAClearErrorAndLosesNothing()
    {
        const QDateTime now = notAfterOf("Bravo").addSecs(-20 * kDay);
        QElapsedTimer timer;
        timer.start();
        const ProcessResult failed = cli({"--json", "remind", "--notify", "--no-stores"}, now);
        QVERIFY2(timer.elapsed() < 10000, "bounded, never hangs");
        QCOMPARE(failed.exitCode, 4);
        QCOMPARE(QJsonDocument::fromJson(failed.out).object().value("error").toObject().value("reason").toString(),
                 QStringLiteral("no-notification-server"));
        QVERIFY(failed.err.contains("notification"));
        // The reminder is still owed and goes out once a server is there.
        NotificationServer server(m_log);
        QVERIFY(server.isReady());
        const QJsonArray notified = json({"remind", "--notify", "--wait", "0", "--no-stores"}, now).value("notified").toArray();
        QStringList ids;
        for (const QJsonValue& value : notified)
            ids << value.toObject().value("id").toString();
        QVERIFY2(ids.contains(m_ids.value("Bravo")), qPrintable(ids.join(' ')));
    }

    void settingsAndBadInput()
    {
        QCOMPARE(cli({"remind", "--set-days", "abc"}, m_start).exitCode, 1);
        QCOMPARE(cli({"remind", "--wait", "5"}, m_start).exitCode, 1);
        QCOMPARE(cli({"remind", "--mute", "ffffffff"}, m_start).exitCode, 3);
        QCOMPARE(cli({"remind", "--notify", "--mute", m_ids.value("Alpha")}, m_start).exitCode, 1);
        // Bravo at 130 days left (more than a third of its year) is fine, until its own reminder days say 150.
        const QDateTime now = notAfterOf("Bravo").addSecs(-130 * kDay);
        auto bravo = [&] {
            for (const QJsonValue& item : json({"remind", "--no-stores"}, now).value("items").toArray()) {
                if (item.toObject().value("id").toString() == m_ids.value("Bravo"))
                    return item.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(bravo().value("status").toString(), QStringLiteral("valid"));
        QVERIFY(cli({"remind", "--set-days", "150,30", "--entry", m_ids.value("Bravo")}, now).exitCode == 0);
        QCOMPARE(bravo().value("status").toString(), QStringLiteral("expiring"));
        QCOMPARE(bravo().value("reminderDays").toString(), QStringLiteral("150,30"));
        QVERIFY(cli({"remind", "--set-days", "default", "--entry", m_ids.value("Bravo")}, now).exitCode == 0);
        QCOMPARE(bravo().value("status").toString(), QStringLiteral("valid"));
    }

    /// A certificate with its key that someone else put into Chromium's NSS database is tracked too, next to the
    /// vault's identity installed there; it can be muted by its fingerprint.
    void tracksCertificatesInStores()
    {
        const QString db = path("home/.pki/nssdb");
        QVERIFY(QDir().mkpath(db));
        QCOMPARE(nssTool("certutil", {"-N", "-d", "sql:" + db, "--empty-password"}).exitCode, 0);
        // Installed by someone else: a key and certificate made outside CertDesk, imported with pk12util.
        const QString key = path("outside.key");
        QCOMPARE(openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key,
                          "-out", path("outside.csr"), "-subj", "/CN=Outsider/O=Elsewhere"}).exitCode, 0);
        const QString cert = m_ca.sign(path("outside.csr"), 5, "outside.crt");
        QCOMPARE(openssl({"pkcs12", "-export", "-in", cert, "-inkey", key, "-name", "Outsider VPN", "-out",
                          path("outside.p12"), "-passout", "pass:x"}).exitCode, 0);
        QCOMPARE(nssTool("pk12util", {"-i", path("outside.p12"), "-d", "sql:" + db, "-W", "x"}).exitCode, 0);
        // And the vault's Bravo, installed there by CertDesk.
        const ProcessResult installed = cli({"install", m_ids.value("Bravo"), "--store", "nss"}, m_start);
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.describe()));

        const QJsonObject report = json({"remind"}, m_start);
        QJsonObject outsider;
        QJsonObject bravo;
        for (const QJsonValue& value : report.value("items").toArray()) {
            const QJsonObject item = value.toObject();
            if (item.value("name").toString() == QLatin1String("Outsider VPN"))
                outsider = item;
            if (item.value("id").toString() == m_ids.value("Bravo"))
                bravo = item;
        }
        QVERIFY2(!outsider.isEmpty(), QJsonDocument(report).toJson().constData());
        QVERIFY(outsider.value("id").isNull());
        QCOMPARE(outsider.value("locations").toArray().size(), 1);
        QVERIFY(outsider.value("locations").toArray().first().toString().contains("Chromium"));
        QCOMPARE(outsider.value("status").toString(), QStringLiteral("expiring"));
        QCOMPARE(bravo.value("locations").toArray().size(), 2); // the vault and the database, one item
        QCOMPARE(report.value("tracked").toInt(), 4);

        // Reminded like the others, then muted by fingerprint.
        NotificationServer server(m_log);
        QVERIFY(server.isReady());
        const QString fingerprint = outsider.value("fingerprintSha256").toString();
        const int before = static_cast<int>(loggedNotifications(m_log).size());
        json({"remind", "--notify", "--wait", "0"}, m_start);
        const QList<QJsonObject> calls = loggedNotifications(m_log);
        QCOMPARE(calls.size(), before + 1);
        QVERIFY(calls.constLast().value("summary").toString().contains("Outsider VPN"));
        QVERIFY(calls.constLast().value("body").toString().contains("Chromium"));
        QCOMPARE(cli({"remind", "--mute", fingerprint.left(11)}, m_start).exitCode, 0);
        QVERIFY(json({"remind", "--notify", "--wait", "0"}, m_start.addSecs(4 * kDay)).value("notified").toArray().size() >= 0);
        for (const QJsonObject& call : loggedNotifications(m_log).mid(before + 1))
            QVERIFY(!call.value("summary").toString().contains("Outsider VPN"));
    }
};

QTEST_GUILESS_MAIN(TestRemind)
#include "tst_remind.moc"
