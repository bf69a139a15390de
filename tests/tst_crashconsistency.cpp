#include "TestSupport.h"

#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

int configuredInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

enum class Operation
{
    Request,
    Import,
    Install,
    Delete,
};
constexpr int kOperations = 4;

const char* operationName(Operation operation)
{
    switch (operation) {
    case Operation::Request:
        return "request";
    case Operation::Import:
        return "import";
    case Operation::Install:
        return "install";
    case Operation::Delete:
        return "delete";
    }
    return "?";
}

/// What the test knows about one vault entry.
struct Known
{
    QString csrPath; ///< the request's CSR, when this test made it
    bool hasCertificate = false;
    bool confirmed = false; ///< certdesk-cli said it was done (exit 0): it must survive every later kill
};

struct Figures
{
    int kills = 0;
    int completed[kOperations] = {};
    int killed[kOperations] = {};
    int fullChecks = 0;
};

} // namespace

/// certdesk-cli killed with SIGKILL at random moments of request, import, install (into a real NSS database) and
/// delete, hundreds of times: the vault always opens, SQLite's integrity check passes, everything the CLI reported
/// done is there, and every stored private key decrypts and matches (certdesk-cli check).
class TestCrashConsistency : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_dir;
    QString m_passphrase;
    QProcessEnvironment m_environment;

    ProcessResult cli(const QString& vault, const QStringList& arguments)
    {
        return runProcess(CERTDESK_CLI_PATH,
                          QStringList{"--vault", vault, "--passphrase-file", m_passphrase} + arguments, {},
                          m_environment, 300000);
    }

    /// The entries as a fresh Vault handle sees them (the vault must open after every kill), or an error text.
    std::optional<QList<VaultEntry>> listEntries(const QString& vault, QString* error)
    {
        auto opened = Vault::open(vault, {});
        if (!opened) {
            *error = opened.error().message + " " + opened.error().detail;
            return std::nullopt;
        }
        auto entries = opened.value()->entries();
        if (!entries) {
            *error = entries.error().message + " " + entries.error().detail;
            return std::nullopt;
        }
        return entries.value();
    }

    /// SQLite's own integrity check, on a connection of its own.
    QString integrity(const QString& vault)
    {
        QString result;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "integrity");
            database.setDatabaseName(vault + "/vault.sqlite");
            if (!database.open())
                return database.lastError().text();
            QSqlQuery query(database);
            if (!query.exec("PRAGMA integrity_check") || !query.next())
                result = query.lastError().text();
            else
                result = query.value(0).toString();
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase("integrity");
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        QVERIFY(m_dir.isValid());
        m_passphrase = m_dir.filePath("passphrase");
        writeFile(m_passphrase, "crash test passphrase\n");
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert("HOME", m_dir.filePath("home"));
        m_environment.insert("XDG_DATA_HOME", m_dir.filePath("home/.local/share"));
        m_environment.insert("XDG_CONFIG_HOME", m_dir.filePath("home/.config"));
        QDir().mkpath(m_dir.filePath("home"));
    }

    void survivesKillsAtRandomMoments()
    {
        // CERTDESK_CRASH_KILLS sets the number of kills; sanitizer builds run fewer by default (they are slower).
        const int targetKills = configuredInt("CERTDESK_CRASH_KILLS", kSanitized ? 30 : 100);
        const int checkEvery = configuredInt("CERTDESK_CRASH_CHECK_EVERY", 10);
        const quint32 seed = qEnvironmentVariableIsSet("CERTDESK_CRASH_SEED")
                                 ? static_cast<quint32>(qEnvironmentVariableIntValue("CERTDESK_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (CERTDESK_CRASH_SEED=%u reproduces this run), %d kills, full check every %d kills", seed, seed,
              targetKills, checkEvery);
        QRandomGenerator random(seed);

        const QString vault = m_dir.filePath("vault");
        const QString nssDb = m_dir.filePath("nssdb");
        QDir().mkpath(nssDb);
        const ProcessResult created =
            runProcess("certutil", {"-N", "-d", "sql:" + nssDb, "--empty-password"}, {}, m_environment);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));

        std::map<QString, Known> known;
        QStringList deleted; // confirmed deletions: must never come back
        Figures figures;
        // A running estimate of how long each operation takes, so kills land anywhere inside one.
        double meanMs[kOperations] = {1500, 500, 1500, 500};
        int csrCount = 0;
        QElapsedTimer total;
        total.start();

        for (int round = 0; figures.kills < targetKills && round < targetKills * 8; ++round) {
            QList<QString> pending;
            QList<QString> identities;
            for (const auto& [id, entry] : known) {
                if (!entry.hasCertificate && !entry.csrPath.isEmpty())
                    pending << id;
                if (entry.hasCertificate)
                    identities << id;
            }
            // Keep the vault small (a check decrypts every key) but never empty of work.
            Operation operation = Operation::Request;
            const int pick = random.bounded(100);
            if (pick < 30 || known.empty())
                operation = Operation::Request;
            else if (pick < 60 && !pending.isEmpty())
                operation = Operation::Import;
            else if (pick < 80 && !identities.isEmpty())
                operation = Operation::Install;
            else
                operation = Operation::Delete;
            if (known.size() > 12 && operation == Operation::Request)
                operation = Operation::Delete;

            QStringList arguments{"--vault", vault, "--passphrase-file", m_passphrase, "--json"};
            QString target;
            QString csrPath;
            switch (operation) {
            case Operation::Request:
                csrPath = m_dir.filePath(QStringLiteral("r%1.csr").arg(++csrCount));
                arguments << "request"
                          << "--subject" << QStringLiteral("CN=Crash %1,O=CertDesk Test").arg(csrCount) << "--out"
                          << csrPath;
                break;
            case Operation::Import: {
                target = pending.at(random.bounded(static_cast<int>(pending.size())));
                const QString certificate = m_ca.sign(known[target].csrPath, 365, target + ".crt");
                QVERIFY2(!certificate.isEmpty(), qPrintable(m_ca.error()));
                arguments << "import" << certificate << m_ca.intermediateCertPath();
                break;
            }
            case Operation::Install:
                target = identities.at(random.bounded(static_cast<int>(identities.size())));
                arguments << "install" << target << "--store"
                          << "nss:" + nssDb;
                break;
            case Operation::Delete: {
                auto it = known.begin();
                std::advance(it, random.bounded(static_cast<int>(known.size())));
                target = it->first;
                arguments << "delete" << target << "--yes";
                break;
            }
            }
            const int index = static_cast<int>(operation);
            const bool kill = random.bounded(100) < 75;
            const int killAfterMs = kill ? random.bounded(static_cast<int>(meanMs[index] * 1.1) + 1) : -1;

            QProcess process;
            process.setProcessEnvironment(m_environment);
            QElapsedTimer elapsed;
            elapsed.start();
            process.start(CERTDESK_CLI_PATH, arguments);
            QVERIFY(process.waitForStarted(30000));
            bool wasKilled = false;
            if (kill && !process.waitForFinished(killAfterMs)) {
                process.kill(); // SIGKILL
                wasKilled = true;
            }
            // waitForFinished() is false for a process that has already finished: ask only while it runs.
            if (process.state() != QProcess::NotRunning)
                QVERIFY(process.waitForFinished(300000));
            // The kill may have come just after the process exited by itself: then it completed.
            if (wasKilled && process.exitStatus() == QProcess::NormalExit)
                wasKilled = false;
            const QByteArray out = process.readAllStandardOutput();
            const QByteArray err = process.readAllStandardError();
            if (!wasKilled) {
                QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                         qPrintable(QStringLiteral("seed %1: certdesk-cli %2 → exit %3\n%4")
                                        .arg(seed)
                                        .arg(arguments.mid(4).join(' '))
                                        .arg(process.exitCode())
                                        .arg(QString::fromUtf8(err))));
                if (elapsed.elapsed() > 20000)
                    qInfo("certdesk-cli %s took %.1f s", operationName(operation), elapsed.elapsed() / 1000.0);
                meanMs[index] = 0.8 * meanMs[index] + 0.2 * static_cast<double>(elapsed.elapsed());
                ++figures.completed[index];
                switch (operation) {
                case Operation::Request: {
                    const QString id = QJsonDocument::fromJson(out).object().value("id").toString();
                    QVERIFY2(!id.isEmpty(), out.constData());
                    known[id] = Known{csrPath, false, true};
                    break;
                }
                case Operation::Import:
                    known[target].hasCertificate = true;
                    known[target].confirmed = true;
                    break;
                case Operation::Install:
                    break;
                case Operation::Delete:
                    known.erase(target);
                    deleted << target;
                    break;
                }
                continue;
            }
            ++figures.kills;
            ++figures.killed[index];
            if (figures.kills % 25 == 0)
                qInfo("%d kills after %.0f s", figures.kills, total.elapsed() / 1000.0);

            // After every kill: the vault opens, SQLite finds nothing wrong, nothing confirmed is lost.
            const QString context = QStringLiteral("seed %1, kill %2 during %3 after %4 ms")
                                        .arg(seed)
                                        .arg(figures.kills)
                                        .arg(operationName(operation))
                                        .arg(killAfterMs);
            QString error;
            const auto entries = listEntries(vault, &error);
            QVERIFY2(entries, qPrintable(context + ": the vault does not open: " + error));
            const QString integrityResult = integrity(vault);
            QVERIFY2(integrityResult == "ok", qPrintable(context + ": " + integrityResult));
            std::map<QString, VaultEntry> present;
            for (const VaultEntry& entry : *entries)
                present[entry.id] = entry;
            for (const auto& [id, entry] : known) {
                if (!entry.confirmed)
                    continue;
                // A delete that was killed may have happened.
                if (operation == Operation::Delete && id == target)
                    continue;
                QVERIFY2(present.count(id), qPrintable(context + ": " + id + " was reported done and is gone"));
                if (entry.hasCertificate)
                    QVERIFY2(!present[id].isPending(), qPrintable(context + ": " + id + " lost its certificate"));
            }
            for (const QString& id : deleted)
                QVERIFY2(!present.count(id), qPrintable(context + ": deleted " + id + " came back"));
            // What the killed command may or may not have done becomes what the test knows.
            std::map<QString, Known> now;
            for (const auto& [id, entry] : present) {
                Known k = known.count(id) ? known[id] : Known{};
                if (operation == Operation::Request && !known.count(id))
                    k.csrPath.clear(); // a request that committed before the CSR file was written
                k.hasCertificate = !entry.isPending();
                now[id] = k;
            }
            if (operation == Operation::Delete && !present.count(target))
                deleted << target;
            known = now;

            if (figures.kills % checkEvery == 0 || figures.kills == targetKills) {
                const ProcessResult check = cli(vault, {"check"});
                QVERIFY2(check.exitCode == 0, qPrintable(context + ": certdesk-cli check: " + check.describe()));
                ++figures.fullChecks;
            }
        }
        QCOMPARE(figures.kills, targetKills);

        // The NSS database, written by killed installs, still opens and lists.
        const ProcessResult listed = runProcess("certutil", {"-L", "-d", "sql:" + nssDb}, {}, m_environment);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));

        qInfo("seed %u: %d SIGKILLs survived in %.0f s (%d full checks); killed during request %d, import %d, install "
              "%d, delete %d; completed request %d, import %d, install %d, delete %d; %d entries at the end",
              seed, figures.kills, total.elapsed() / 1000.0, figures.fullChecks, figures.killed[0], figures.killed[1],
              figures.killed[2], figures.killed[3], figures.completed[0], figures.completed[1], figures.completed[2],
              figures.completed[3], static_cast<int>(known.size()));
    }

    void fullDiskDuringImportChangesNothing()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        const ProcessResult mounted =
            runProcess("mount", {"-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", mountPoint.path()});
        if (mounted.exitCode != 0)
            QSKIP(qPrintable("cannot mount a tmpfs here: " + QString::fromUtf8(mounted.err)));
        struct Unmount
        {
            QString path;
            ~Unmount() { runProcess("umount", {"-l", path}); }
        } unmount{mountPoint.path()};

        const QString vault = mountPoint.filePath("vault");
        // One identity and one waiting request, then fill the disk and import the request's certificate.
        const QString firstCsr = m_dir.filePath("full-1.csr");
        const QString secondCsr = m_dir.filePath("full-2.csr");
        QVERIFY(runCli(vault, m_passphrase, {"request", "--subject", "CN=Full Disk One", "--out", firstCsr},
                       m_environment));
        QVERIFY(runCli(vault, m_passphrase, {"request", "--subject", "CN=Full Disk Two", "--out", secondCsr},
                       m_environment));
        const QString first = m_ca.sign(firstCsr, 365, "full-1.crt");
        QVERIFY(runCli(vault, m_passphrase, {"import", first, m_ca.intermediateCertPath()}, m_environment));
        const QString second = m_ca.sign(secondCsr, 365, "full-2.crt");
        const ProcessResult before = cli(vault, {"--json", "list"});
        QCOMPARE(before.exitCode, 0);

        int failures = 0;
        // From a completely full disk to a little room left, so the failure comes at different points of the write.
        for (const qint64 slack : {0, 4096, 16384, 65536, 262144}) {
            const QString filler = mountPoint.filePath("filler");
            {
                QFile file(filler);
                QVERIFY(file.open(QIODevice::WriteOnly));
                const QByteArray block(4096, 'x');
                while (file.write(block) == block.size() && file.flush()) {
                }
                file.close();
                QVERIFY(file.resize(qMax<qint64>(0, file.size() - slack)));
            }
            const ProcessResult import = cli(vault, {"import", second, m_ca.intermediateCertPath()});
            QFile::remove(filler);
            QVERIFY2(!import.crashed, qPrintable(import.describe()));
            if (import.exitCode == 0) {
                // Then all of it: the request has its certificate, and the vault checks out.
                qInfo("with %lld bytes free the import fits and succeeds", slack);
                const ProcessResult pending = cli(vault, {"list", "--pending"});
                QVERIFY2(pending.exitCode == 0 && !pending.out.contains("Full Disk Two"),
                         qPrintable(pending.describe()));
                const ProcessResult check = cli(vault, {"check"});
                QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
                break;
            }
            ++failures;
            QVERIFY2(import.exitCode == 4, qPrintable(import.describe()));
            QVERIFY2(import.err.contains("full"), qPrintable(import.describe()));
            qInfo("with %lld bytes free: %s", slack, import.err.split('\n').first().constData());
            // Nothing changed: the same list, and the vault checks out.
            const ProcessResult after = cli(vault, {"--json", "list"});
            QCOMPARE(after.exitCode, 0);
            QCOMPARE(after.out, before.out);
            const ProcessResult check = cli(vault, {"check"});
            QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        }
        QVERIFY(failures > 0);
    }
};

int main(int argc, char* argv[])
{
    // Hundreds of certdesk-cli runs take longer than Qt Test's default five minutes per function on a loaded machine.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QCoreApplication application(argc, argv);
    TestCrashConsistency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashconsistency.moc"
