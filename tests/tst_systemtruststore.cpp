#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "keystores/SystemTrustStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::test;

/// The real system trust store: only as root (CI runs as root), and the machine is left as it was even when a
/// check fails midway.
class TestSystemTrustStore : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_dir;
    std::optional<SystemTrustStore::Layout> m_layout;
    Certificate m_root;
    QString m_leaf;

    /// Removes every anchor a test CA of ours left (this run's, or one from a run that crashed midway) and rebuilds
    /// the bundle.
    void restoreMachine()
    {
        if (!m_layout)
            return;
        bool removed = false;
        const QDir anchors(m_layout->anchorsDirectory);
        for (const QFileInfo& file : anchors.entryInfoList({QStringLiteral("certdesk-*")}, QDir::Files)) {
            auto bundle = BundleReader::readFile(file.absoluteFilePath());
            if (bundle && !bundle.value().certificates.isEmpty() &&
                bundle.value().certificates.first().subject().contains(QStringLiteral("CertDesk Test Root CA")))
                removed = QFile::remove(file.absoluteFilePath()) || removed;
        }
        if (removed)
            runProcess(m_layout->updateCommand.first(), m_layout->updateCommand.mid(1));
    }

    ProcessResult verifyLeaf()
    {
        // No -CAfile: openssl uses the system bundle, as applications do.
        return openssl({"verify", "-untrusted", m_ca.intermediateCertPath(), m_leaf});
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("changing the system trust store needs root; CI runs this test as root");
        m_layout = SystemTrustStore::detect();
        QVERIFY2(m_layout, "no update-ca-certificates or update-ca-trust found");
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        const QString key = m_dir.filePath("leaf.key");
        const QString csr = m_dir.filePath("leaf.csr");
        QCOMPARE(openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                          key, "-out", csr, "-subj", "/CN=trust-test.example"})
                     .exitCode,
                 0);
        m_leaf = m_ca.sign(csr, 30, "leaf.crt");
        QVERIFY(!m_leaf.isEmpty());
        m_root = BundleReader::readFile(m_ca.rootCertPath()).value().certificates.first();
        restoreMachine();
    }

    void cleanupTestCase() { restoreMachine(); }

    void addsAndRemovesATrustedCa()
    {
        SystemTrustStore store(*m_layout);
        QCOMPARE(store.location().id, QStringLiteral("system"));
        QVERIFY2(verifyLeaf().exitCode != 0, "the test CA is trusted before the test added it");
        auto before = store.verify(m_root, false);
        QVERIFY(before.ok());
        QVERIFY(!before.value());

        auto added = store.addTrustedCa(m_root, QStringLiteral("CertDesk Test Root"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message + " " + added.error().detail));
        QVERIFY(QFile::exists(store.anchorPath(m_root)));
        QVERIFY(store.verify(m_root, false).value());
        const ProcessResult trusted = verifyLeaf();
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.describe()));
        bool listed = false;
        for (const StoredItem& item : store.list().value())
            listed = listed || item.certificate == m_root;
        QVERIFY(listed);

        auto removed = store.remove(m_root);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
        QVERIFY(!QFile::exists(store.anchorPath(m_root)));
        QVERIFY(!store.verify(m_root, false).value());
        QVERIFY2(verifyLeaf().exitCode != 0, "still trusted after removal");
    }

    void refusesIdentitiesAndLeaves()
    {
        SystemTrustStore store(*m_layout);
        const Certificate leaf = BundleReader::readFile(m_leaf).value().certificates.first();
        auto notCa = store.addTrustedCa(leaf, {});
        QVERIFY(!notCa.ok());
        QCOMPARE(notCa.error().reason, QStringLiteral("not-a-ca"));
        InstallRequest request;
        request.certificate = leaf;
        auto identity = store.installIdentity(request);
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().reason, QStringLiteral("unsupported"));
        auto notInstalled = store.remove(m_root);
        QVERIFY(!notInstalled.ok());
        QCOMPARE(notInstalled.error().code, ErrorCode::NotFound);
    }

    void failedUpdateLeavesNothingBehind()
    {
        SystemTrustStore::Layout broken = *m_layout;
        broken.updateCommand = {QStringLiteral("false")};
        SystemTrustStore store(broken);
        auto added = store.addTrustedCa(m_root, {});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().reason, QStringLiteral("update-failed"));
        QVERIFY(!QFile::exists(store.anchorPath(m_root)));
    }

    /// An update command that "works" once without putting the certificate in the bundle, then fails: the add is
    /// refused, the anchor removed, and the failed regeneration said (rollback-failed) instead of "nothing changed".
    void failedUndoIsSaid()
    {
        SystemTrustStore::Layout flaky = *m_layout;
        const QString mark = m_dir.filePath(QStringLiteral("update-ran-once"));
        QFile::remove(mark);
        flaky.updateCommand = {QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("if [ -e '%1' ]; then echo broken >&2; exit 1; fi; : > '%1'").arg(mark)};
        SystemTrustStore store(flaky);
        auto added = store.addTrustedCa(m_root, {});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().reason, QStringLiteral("rollback-failed"));
        QVERIFY2(added.error().message.contains(m_layout->bundlePath), qPrintable(added.error().message));
        QVERIFY2(!added.error().message.contains(QStringLiteral("nothing was changed")),
                 qPrintable(added.error().message));
        QVERIFY2(added.error().detail.contains(QStringLiteral("broken")), qPrintable(added.error().detail));
        QVERIFY(!QFile::exists(store.anchorPath(m_root)));
    }
};

QTEST_GUILESS_MAIN(TestSystemTrustStore)
#include "tst_systemtruststore.moc"
