#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "expiry/Clock.h"
#include "expiry/Expiry.h"
#include "vault/Vault.h"
#include "workflows/ExpiryScan.h"
#include "workflows/Reminders.h"
#include "workflows/Renewal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

SecureBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

std::unique_ptr<Vault> openVault(const QString& directory)
{
    VaultCredentials credentials;
    credentials.passphrase = secret("expiry test passphrase");
    auto vault = Vault::open(directory, std::move(credentials));
    if (!vault) {
        qWarning() << vault.error().message << vault.error().detail;
        return nullptr;
    }
    return std::move(vault).value();
}

constexpr qint64 kDay = 86400;

} // namespace

/// The expiry model at simulated dates, and the reminder state the vault keeps across runs and processes.
class TestExpiry : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_dir;
    /// Certificates of 7 days, 90 days, 1 year and 3 years, signed by a real CA.
    QHash<int, Certificate> m_byLifetime;
    int m_counter = 0;

    /// A request in `vault`, signed by the test CA for `days`, imported: the identity's ID.
    QString addIdentity(Vault& vault, const QString& cn, int days, const RequestOptions* given = nullptr)
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        RequestOptions options;
        if (given) {
            options = *given;
        } else {
            options.subject = DistinguishedName::parse("CN=" + cn + ",O=Expiry Test").value();
            options.sans << SubjectAltName::parse("email:" + cn.toLower().remove(' ') + "@example.org").value();
        }
        auto csr = CertificateRequest::create(key.value(), options);
        if (!csr)
            return {};
        auto entry = vault.addRequest(key.value(), csr.value(), cn);
        if (!entry)
            return {};
        const QString csrPath = m_dir.filePath(QStringLiteral("req-%1.csr").arg(++m_counter));
        writeFile(csrPath, csr.value().pem());
        const QString certPath = m_ca.sign(csrPath, days, QStringLiteral("leaf-%1.crt").arg(m_counter));
        if (certPath.isEmpty())
            return {};
        auto bundle = BundleReader::readFile(certPath);
        if (!bundle || !vault.importBundle(bundle.value(), {}))
            return {};
        return entry.value().id;
    }

    static QList<Announcement> announce(Vault& vault, const QDateTime& now, int* sendCount = nullptr,
                                        bool failSending = false)
    {
        auto scan = ExpiryScan::run(vault, ExpiryScanOptions{false, {}}, now);
        if (!scan)
            return {};
        quint32 nextId = 1;
        auto sent = announceDue(vault, scan.value(), now, [&](const TrackedCertificate&) -> Result<quint32> {
            if (sendCount)
                ++*sendCount;
            if (failSending)
                return makeError(ErrorCode::Keystore, QStringLiteral("no server"), {}, QStringLiteral("no-notification-server"));
            return nextId++;
        });
        return sent ? sent.value() : QList<Announcement>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        QVERIFY(m_dir.isValid());
        auto vault = openVault(m_dir.filePath("lifetimes"));
        QVERIFY(vault);
        for (int days : {7, 90, 365, 1095}) {
            const QString id = addIdentity(*vault, QStringLiteral("Lifetime %1").arg(days), days);
            QVERIFY(!id.isEmpty());
            m_byLifetime.insert(days, vault->find(id).value().certificate);
        }
    }

    void cleanup() { Clock::setOverride({}); }

    void thresholdsParse()
    {
        QCOMPARE(ReminderThresholds::parse("7, 30,1").value().days, (QList<int>{30, 7, 1}));
        QCOMPARE(ReminderThresholds::parse("60").value().toString(), QStringLiteral("60"));
        QCOMPARE(ReminderThresholds::defaults().toString(), QStringLiteral("30,14,7,3,1"));
        for (const char* bad : {"", "0", "-3", "abc", "7,7", "4000", "30,,x"}) {
            auto parsed = ReminderThresholds::parse(QString::fromLatin1(bad));
            QVERIFY2(!parsed, bad);
            QCOMPARE(parsed.error().code, ErrorCode::Usage);
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }

    void stagesAcrossLifetimes_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<double>("remainingDays");
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("byLifetime");
        // Defaults 30,14,7,3,1: stage 0 expiring, 1 = 14 days, 2 = 7, 3 = 3, 4 = 1, 5 expired.
        QTest::newRow("3y, 400 d left") << 1095 << 400.0 << -1 << false;
        QTest::newRow("3y, 364 d left: a third of its lifetime") << 1095 << 364.0 << 0 << true;
        QTest::newRow("3y, 29.5 d") << 1095 << 29.5 << 0 << false;
        QTest::newRow("3y, 13.5 d") << 1095 << 13.5 << 1 << false;
        QTest::newRow("3y, 6.5 d") << 1095 << 6.5 << 2 << false;
        QTest::newRow("3y, 2.5 d") << 1095 << 2.5 << 3 << false;
        QTest::newRow("3y, 0.5 d") << 1095 << 0.5 << 4 << false;
        QTest::newRow("3y, expired") << 1095 << -0.1 << 5 << false;
        QTest::newRow("1y, 123 d") << 365 << 123.0 << -1 << false;
        QTest::newRow("1y, 121 d: a third") << 365 << 121.0 << 0 << true;
        QTest::newRow("1y, 14 d exactly is not yet < 14") << 365 << 14.0 << 0 << false;
        QTest::newRow("1y, 13.99 d") << 365 << 13.99 << 1 << false;
        QTest::newRow("90d, 31 d") << 90 << 31.0 << -1 << false;
        QTest::newRow("90d, 29.9 d") << 90 << 29.9 << 0 << false;
        QTest::newRow("90d, 1 s left") << 90 << 1.0 / kDay << 4 << false;
        QTest::newRow("90d, expiry instant") << 90 << 0.0 << 5 << false;
        QTest::newRow("7d, 6.9 d: flagged at once") << 7 << 6.9 << 2 << false;
        QTest::newRow("7d, 2.9 d") << 7 << 2.9 << 3 << false;
        QTest::newRow("7d, 0.9 d") << 7 << 0.9 << 4 << false;
        QTest::newRow("7d, 3 days after") << 7 << -3.0 << 5 << false;
    }

    void stagesAcrossLifetimes()
    {
        QFETCH(int, lifetime);
        QFETCH(double, remainingDays);
        QFETCH(int, stage);
        QFETCH(bool, byLifetime);
        const Certificate certificate = m_byLifetime.value(lifetime);
        QVERIFY(!certificate.isNull());
        const QDateTime now = certificate.notAfter().addSecs(-qRound64(remainingDays * kDay));
        const ExpiryState state = ExpiryState::of(certificate, ReminderThresholds::defaults(), now);
        QCOMPARE(state.stage, stage);
        QCOMPARE(state.byLifetime, byLifetime);
        QCOMPARE(state.expired, stage == 5);
        QCOMPARE(state.needsAttention(), stage >= 0);
        if (stage >= 1 && stage <= 4)
            QCOMPARE(state.thresholdDays, (QList<int>{30, 14, 7, 3, 1}).at(stage));
        QCOMPARE(state.daysLeft, ExpiryState::daysUntil(certificate.notAfter(), now));
    }

    void customThresholds()
    {
        // 90 days: 59 days left is more than a third of the lifetime, so only the thresholds decide.
        const Certificate certificate = m_byLifetime.value(90);
        const ReminderThresholds sixty = ReminderThresholds::parse("60,10").value();
        const QDateTime at59 = certificate.notAfter().addSecs(-59 * kDay);
        QCOMPARE(ExpiryState::of(certificate, sixty, at59).stage, 0); // 60 passed
        QCOMPARE(ExpiryState::of(certificate, sixty, at59).thresholdDays, 60);
        QCOMPARE(ExpiryState::of(certificate, sixty, certificate.notAfter().addSecs(-9 * kDay)).stage, 1);
        QCOMPARE(ExpiryState::of(certificate, sixty, certificate.notAfter().addSecs(1)).stage, 2);
        // With the defaults the same moment is not yet expiring.
        QCOMPARE(ExpiryState::of(certificate, ReminderThresholds::defaults(), at59).stage, -1);
    }

    void daysUntilRoundsDown()
    {
        const QDateTime end = QDateTime::fromString("2027-01-10T00:00:00Z", Qt::ISODate);
        QCOMPARE(ExpiryState::daysUntil(end, end.addSecs(-kDay - 1)), 1);
        QCOMPARE(ExpiryState::daysUntil(end, end.addSecs(-1)), 0);
        QCOMPARE(ExpiryState::daysUntil(end, end), 0);
        QCOMPARE(ExpiryState::daysUntil(end, end.addSecs(1)), -1);
        QCOMPARE(ExpiryState::daysUntil(end, end.addSecs(kDay + 1)), -2);
    }

    void clockSeam()
    {
        const QDateTime simulated = QDateTime::fromString("2031-05-06T07:08:09Z", Qt::ISODate);
        Clock::setOverride(simulated);
        QCOMPARE(Clock::now(), simulated);
        Clock::setOverride({});
        QVERIFY(qAbs(Clock::now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }

    /// Each threshold once; after days off, one notification for the most urgent; persisted across restarts.
    void announcesOncePerThreshold()
    {
        const QString directory = m_dir.filePath("announce");
        QString id;
        QDateTime notAfter;
        {
            auto vault = openVault(directory);
            QVERIFY(vault);
            id = addIdentity(*vault, "Announce Once", 365);
            QVERIFY(!id.isEmpty());
            notAfter = vault->find(id).value().certificate.notAfter();
            int sends = 0;
            QCOMPARE(announce(*vault, notAfter.addSecs(-200 * kDay), &sends).size(), 0); // fine
            QCOMPARE(sends, 0);
            const auto first = announce(*vault, notAfter.addSecs(-100 * kDay)); // a third of the lifetime left
            QCOMPARE(first.size(), 1);
            QCOMPARE(first.first().item.entryId, id);
            QCOMPARE(first.first().item.state.stage, 0);
            QCOMPARE(announce(*vault, notAfter.addSecs(-99 * kDay)).size(), 0);
        }
        {
            // A new process: still announced.
            auto vault = openVault(directory);
            QVERIFY(vault);
            QCOMPARE(announce(*vault, notAfter.addSecs(-40 * kDay)).size(), 0);
            // The laptop was off from 40 days to 5 days before expiry: 30 and 14 days passed unseen, 7 is current.
            const auto caughtUp = announce(*vault, notAfter.addSecs(-5 * kDay));
            QCOMPARE(caughtUp.size(), 1);
            QCOMPARE(caughtUp.first().item.state.stage, 2);
            QCOMPARE(announce(*vault, notAfter.addSecs(-4 * kDay)).size(), 0);
            QCOMPARE(announce(*vault, notAfter.addSecs(-2 * kDay)).first().item.state.stage, 3);
            QCOMPARE(announce(*vault, notAfter.addSecs(1)).first().item.state.stage, 5);
            QCOMPARE(announce(*vault, notAfter.addSecs(10 * kDay)).size(), 0); // expired is said once
        }
    }

    void severalNewIdentitiesOneEachNoBurst()
    {
        auto vault = openVault(m_dir.filePath("burst"));
        QVERIFY(vault);
        const QString a = addIdentity(*vault, "Burst A", 7);
        const QString b = addIdentity(*vault, "Burst B", 7);
        const QString c = addIdentity(*vault, "Burst C", 365);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        const QDateTime now = vault->find(a).value().certificate.notAfter().addSecs(-2 * kDay);
        const auto sent = announce(*vault, now);
        QCOMPARE(sent.size(), 2); // A and B (3 days threshold), one each; C is fine
        for (const Announcement& announcement : sent)
            QCOMPARE(announcement.item.state.stage, 3);
        QCOMPARE(announce(*vault, now).size(), 0);
    }

    void snoozeMuteAndFailedSendPersist()
    {
        const QString directory = m_dir.filePath("snooze");
        QDateTime notAfter;
        QByteArray fingerprint;
        {
            auto vault = openVault(directory);
            QVERIFY(vault);
            const QString id = addIdentity(*vault, "Snoozer", 365);
            QVERIFY(!id.isEmpty());
            notAfter = vault->find(id).value().certificate.notAfter();
            const QDateTime now = notAfter.addSecs(-10 * kDay);
            // The notification server is gone: nothing is claimed, the reminder comes again.
            int attempts = 0;
            QCOMPARE(announce(*vault, now, &attempts, true).size(), 0);
            QCOMPARE(attempts, 1);
            const auto sent = announce(*vault, now);
            QCOMPARE(sent.size(), 1);
            fingerprint = sent.first().item.fingerprint;
            QCOMPARE(fingerprint.size(), 32);
            // "Remind me tomorrow".
            QVERIFY(snoozeUntilTomorrow(*vault, sent.first().item, now));
        }
        {
            auto vault = openVault(directory);
            QVERIFY(vault);
            const QDateTime snoozedAt = notAfter.addSecs(-10 * kDay);
            QCOMPARE(announce(*vault, snoozedAt.addSecs(6 * 3600)).size(), 0);
            auto scan = ExpiryScan::run(*vault, ExpiryScanOptions{false, {}}, snoozedAt.addSecs(6 * 3600));
            QVERIFY(scan.value().items.first().isSnoozed(snoozedAt.addSecs(6 * 3600)));
            // A day later the same stage comes again, once.
            QCOMPARE(announce(*vault, snoozedAt.addSecs(kDay + 1)).size(), 1);
            QCOMPARE(announce(*vault, snoozedAt.addSecs(kDay + 2)).size(), 0);
            // "Don't remind me for this one": silent at every later stage, across restarts.
            QVERIFY(vault->setReminderMuted(fingerprint, true));
        }
        {
            auto vault = openVault(directory);
            QVERIFY(vault);
            QCOMPARE(announce(*vault, notAfter.addSecs(-2 * kDay)).size(), 0);
            QCOMPARE(announce(*vault, notAfter.addSecs(1)).size(), 0);
            QVERIFY(vault->reminderStates().value().value(fingerprint).muted);
            QVERIFY(vault->setReminderMuted(fingerprint, false));
            QCOMPARE(announce(*vault, notAfter.addSecs(1)).size(), 1);
        }
    }

    /// Two processes checking at the same moment: one announces.
    void concurrentClaimsAnnounceOnce()
    {
        const QString directory = m_dir.filePath("concurrent");
        auto first = openVault(directory);
        auto second = openVault(directory);
        QVERIFY(first && second);
        const QString id = addIdentity(*first, "Shared", 90);
        const QDateTime now = first->find(id).value().certificate.notAfter().addSecs(-kDay * 5);
        auto scanA = ExpiryScan::run(*first, ExpiryScanOptions{false, {}}, now);
        auto scanB = ExpiryScan::run(*second, ExpiryScanOptions{false, {}}, now);
        QVERIFY(scanA.value().items.first().isDue(now) && scanB.value().items.first().isDue(now));
        int sent = 0;
        auto count = [&](const TrackedCertificate&) -> Result<quint32> { return quint32(++sent); };
        QVERIFY(announceDue(*first, scanA.value(), now, count));
        QVERIFY(announceDue(*second, scanB.value(), now, count));
        QCOMPARE(sent, 1);
    }

    void thresholdsPerEntryAndForTheVault()
    {
        auto vault = openVault(m_dir.filePath("thresholds"));
        QVERIFY(vault);
        const QString id = addIdentity(*vault, "Sixty", 90);
        const QString other = addIdentity(*vault, "Default", 90);
        const QDateTime now = vault->find(id).value().certificate.notAfter().addSecs(-50 * kDay);
        QCOMPARE(vault->find(id).value().status(now), VaultEntry::Status::Valid);
        QVERIFY(vault->setEntryReminderThresholds(id, ReminderThresholds::parse("60,7").value()));
        QCOMPARE(vault->find(id).value().status(now), VaultEntry::Status::Expiring);
        QCOMPARE(vault->find(id).value().thresholds.toString(), QStringLiteral("60,7"));
        QCOMPARE(vault->find(other).value().status(now), VaultEntry::Status::Valid);
        QVERIFY(vault->setReminderThresholds(ReminderThresholds::parse("90,30").value()));
        QCOMPARE(vault->find(other).value().thresholds.toString(), QStringLiteral("90,30"));
        QCOMPARE(vault->find(other).value().status(now), VaultEntry::Status::Expiring);
        QVERIFY(vault->setEntryReminderThresholds(id, std::nullopt));
        QCOMPARE(vault->find(id).value().thresholds.toString(), QStringLiteral("90,30"));
        QVERIFY(!vault->setEntryReminderThresholds("ffffffff", std::nullopt));
    }

    void renewalIsLinkedAndArchiveStopsTracking()
    {
        auto vault = openVault(m_dir.filePath("renewal"));
        QVERIFY(vault);
        RequestOptions server;
        server.subject = DistinguishedName::parse("CN=www.example.org,O=Renewal Test,C=DE").value();
        server.sans << SubjectAltName::parse("dns:www.example.org").value() << SubjectAltName::parse("ip:192.0.2.7").value();
        server.profile = Profile::Server;
        const QString id = addIdentity(*vault, "Web", 90, &server);
        QVERIFY(!id.isEmpty());
        const VaultEntry old = vault->find(id).value();

        auto plan = planRenewal(old);
        QVERIFY(plan);
        QCOMPARE(plan.value().options.profile, Profile::Server);
        QCOMPARE(plan.value().options.subject.toString(), old.certificate.subject());
        QCOMPARE(plan.value().keyType, KeyType::EcP256);

        auto renewal = requestRenewal(*vault, old, KeyType::EcP384);
        QVERIFY2(renewal, renewal ? "" : qPrintable(renewal.error().message));
        QVERIFY(renewal.value().isPending());
        QCOMPARE(renewal.value().renews, id);
        QCOMPARE(renewal.value().request.subject(), old.certificate.subject());
        QCOMPARE(renewal.value().request.subjectAltNames(), old.certificate.subjectAltNames());
        QCOMPARE(renewal.value().request.extendedKeyUsage(), QStringList{"serverAuth"});
        QCOMPARE(renewal.value().keyType, QStringLiteral("ec-p384"));
        QVERIFY(renewal.value().publicKeySha256 != old.publicKeySha256);
        const VaultEntry linked = vault->find(id).value();
        QCOMPARE(linked.renewedBy, renewal.value().id);
        QVERIFY(linked.renewalPending());
        QVERIFY(linked.renewalRequested.isValid());

        // Pending requests and archived identities are not tracked; the renewal shows on the old identity.
        const QDateTime now = old.certificate.notAfter().addSecs(-5 * kDay);
        auto scan = ExpiryScan::run(*vault, ExpiryScanOptions{false, {}}, now);
        QCOMPARE(scan.value().items.size(), 1);
        QCOMPARE(scan.value().items.first().renewalId, renewal.value().id);
        QVERIFY(vault->archive(id));
        QCOMPARE(vault->find(id).value().status(now), VaultEntry::Status::Archived);
        QCOMPARE(ExpiryScan::run(*vault, ExpiryScanOptions{false, {}}, now).value().items.size(), 0);

        // Not renewable: a pending request, an archived identity.
        QCOMPARE(planRenewal(renewal.value()).error().reason, QStringLiteral("not-renewable"));
        QCOMPARE(requestRenewal(*vault, vault->find(id).value()).error().reason, QStringLiteral("archived"));
    }

    void renewalKeepsCustomUsage()
    {
        auto vault = openVault(m_dir.filePath("custom"));
        QVERIFY(vault);
        RequestOptions custom;
        custom.subject = DistinguishedName::parse("CN=Signer,O=Renewal Test").value();
        custom.profile = Profile::Custom;
        custom.customKeyUsage = QStringList{"digitalSignature"};
        custom.customExtendedKeyUsage = QStringList{"codeSigning", "clientAuth"};
        const QString id = addIdentity(*vault, "Signer", 90, &custom);
        QVERIFY(!id.isEmpty());
        auto plan = planRenewal(vault->find(id).value());
        QVERIFY(plan);
        QCOMPARE(plan.value().options.profile, Profile::Custom);
        QCOMPARE(plan.value().options.customExtendedKeyUsage, (QStringList{"codeSigning", "clientAuth"}));
        QCOMPARE(plan.value().options.customKeyUsage, QStringList{"digitalSignature"});
    }

    /// A vault written by the previous release (schema 2) opens, keeps its entries and gains the new state.
    void upgradesSchemaTwo()
    {
        const QString directory = m_dir.filePath("upgrade");
        QString id;
        {
            auto vault = openVault(directory);
            QVERIFY(vault);
            id = addIdentity(*vault, "Old Timer", 90);
            QVERIFY(!id.isEmpty());
        }
        {
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "downgrade");
            database.setDatabaseName(directory + "/vault.sqlite");
            QVERIFY(database.open());
            QSqlQuery query(database);
            for (const char* statement :
                 {"DROP TABLE reminders", "DROP INDEX entries_renews", "ALTER TABLE entries DROP COLUMN renews", "ALTER TABLE entries DROP COLUMN archived",
                  "ALTER TABLE entries DROP COLUMN reminder_days", "PRAGMA user_version = 2"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
            database.close();
        }
        QSqlDatabase::removeDatabase("downgrade");
        auto vault = openVault(directory);
        QVERIFY(vault);
        QCOMPARE(vault->find(id).value().name, QStringLiteral("Old Timer"));
        QVERIFY(vault->privateKey(id));
        QVERIFY(requestRenewal(*vault, vault->find(id).value()));
        QCOMPARE(announce(*vault, vault->find(id).value().certificate.notAfter().addSecs(-kDay)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
