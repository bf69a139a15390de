#include "TestSupport.h"

#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// One of the parallel writers: runs its steps (request, import what the CA signed, remind, list) one after another,
/// each as its own certdesk-cli process, while the other writers do the same on the same vault.
struct Writer
{
    int number = 0;
    int round = 0;
    int step = 0;
    QString csrPath;
    QString requestId;
    std::unique_ptr<QProcess> process;
    QStringList arguments;
    bool finished = false;
};

int configuredInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

/// Several certdesk-cli processes (and this process, holding a read transaction the way the desktop app does) on one
/// vault at the same time: nobody is told "database is locked", no update is lost, the vault stays whole.
class TestConcurrency : public QObject
{
    Q_OBJECT

    TestCa m_ca;
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_passphrase;
    QProcessEnvironment m_environment;

    QStringList stepArguments(Writer& writer)
    {
        const QStringList common{"--vault", m_vault, "--passphrase-file", m_passphrase, "--json"};
        switch (writer.step) {
        case 0:
            writer.csrPath = m_dir.filePath(QStringLiteral("w%1-r%2.csr").arg(writer.number).arg(writer.round));
            return common +
                   QStringList{
                       "request", "--subject",
                       QStringLiteral("CN=Writer %1 Round %2,O=Concurrency").arg(writer.number).arg(writer.round),
                       "--out", writer.csrPath};
        case 1: {
            const QString certificate =
                m_ca.sign(writer.csrPath, 365, QStringLiteral("w%1-r%2.crt").arg(writer.number).arg(writer.round));
            return common + QStringList{"import", certificate, m_ca.intermediateCertPath()};
        }
        case 2:
            return common + QStringList{"remind", "--no-stores"};
        default:
            return common + QStringList{"list"};
        }
    }

    void start(Writer& writer)
    {
        writer.arguments = stepArguments(writer);
        writer.process = std::make_unique<QProcess>();
        writer.process->setProcessEnvironment(m_environment);
        writer.process->start(QStringLiteral(CERTDESK_CLI_PATH), writer.arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error()));
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath("vault");
        m_passphrase = m_dir.filePath("passphrase");
        writeFile(m_passphrase, "concurrency test passphrase\n");
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert("HOME", m_dir.filePath("home"));
        m_environment.insert("XDG_DATA_HOME", m_dir.filePath("home/.local/share"));
        m_environment.insert("XDG_CONFIG_HOME", m_dir.filePath("home/.config"));
        QDir().mkpath(m_dir.filePath("home"));
    }

    void parallelWritersLoseNothing()
    {
        const int writers = configuredInt("CERTDESK_CONCURRENCY_WRITERS", 8);
        const int rounds = configuredInt("CERTDESK_CONCURRENCY_ROUNDS", 3);

        // The desktop app's part: its own Vault handle, and a connection that holds a read transaction (a snapshot)
        // for the whole run, which in WAL mode must block no writer.
        QSqlDatabase reader = QSqlDatabase::addDatabase("QSQLITE", "reader");
        {
            auto vault = Vault::open(m_vault, {});
            QVERIFY2(vault, qPrintable(vault.ok() ? QString() : vault.error().message));
            QVERIFY(vault.value()->entries());
            reader.setDatabaseName(m_vault + "/vault.sqlite");
            QVERIFY(reader.open());
            QSqlQuery hold(reader);
            QVERIFY(hold.exec("BEGIN"));
            QVERIFY(hold.exec("SELECT count(*) FROM entries"));
            QVERIFY(hold.next());
            QCOMPARE(hold.value(0).toInt(), 0);

            std::vector<Writer> all(static_cast<std::size_t>(writers));
            for (int i = 0; i < writers; ++i) {
                all[static_cast<std::size_t>(i)].number = i;
                start(all[static_cast<std::size_t>(i)]);
            }
            QStringList failures;
            QStringList requestIds;
            int commands = 0;
            int reads = 0;
            QElapsedTimer elapsed;
            elapsed.start();
            for (int running = writers; running > 0 && elapsed.elapsed() < 900000;) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                // Reads from this process go on while the writers write.
                if (auto entries = vault.value()->entries(); !entries)
                    failures << "in-process read: " + entries.error().message + " " + entries.error().detail;
                ++reads;
                for (Writer& writer : all) {
                    if (writer.finished || writer.process->state() != QProcess::NotRunning)
                        continue;
                    ++commands;
                    const QByteArray out = writer.process->readAllStandardOutput();
                    const QByteArray err = writer.process->readAllStandardError();
                    const bool ok =
                        writer.process->exitStatus() == QProcess::NormalExit && writer.process->exitCode() == 0;
                    if (!ok || err.contains("locked") || out.contains("locked")) {
                        failures << QStringLiteral("writer %1: certdesk-cli %2 → exit %3\n%4%5")
                                        .arg(writer.number)
                                        .arg(writer.arguments.mid(5).join(' '))
                                        .arg(writer.process->exitCode())
                                        .arg(QString::fromUtf8(err), QString::fromUtf8(out.left(500)));
                    }
                    if (ok && writer.step == 0) {
                        writer.requestId = QJsonDocument::fromJson(out).object().value("id").toString();
                        requestIds << writer.requestId;
                    }
                    if (++writer.step == 4) {
                        writer.step = 0;
                        ++writer.round;
                    }
                    if (writer.round == rounds || !failures.isEmpty()) {
                        writer.finished = true;
                        --running;
                        continue;
                    }
                    start(writer);
                }
            }
            for (Writer& writer : all) {
                if (!writer.finished && writer.process) {
                    writer.process->kill();
                    writer.process->waitForFinished(5000);
                }
            }
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join("\n")));
            QVERIFY(hold.exec("SELECT count(*) FROM entries"));
            QVERIFY(hold.next());
            QCOMPARE(hold.value(0).toInt(), 0); // still the snapshot from before the writers
            hold.finish();
            QVERIFY(hold.exec("COMMIT"));

            // No lost update: every request is there, with the certificate imported for it.
            auto entries = vault.value()->entries();
            QVERIFY(entries);
            QCOMPARE(requestIds.size(), writers * rounds);
            QCOMPARE(entries.value().size(), writers * rounds);
            for (const QString& id : requestIds) {
                auto entry = vault.value()->find(id);
                QVERIFY2(entry, qPrintable(id));
                QVERIFY2(!entry.value().isPending(), qPrintable(id + " has no certificate"));
                QVERIFY(entry.value().hasKey);
            }
            qInfo("%d writers x %d rounds: %d certdesk-cli commands (request, import, remind, list) at once on one "
                  "vault in %.1f s, with %d reads through this process's own Vault handle while another of its "
                  "connections held a read transaction; no lock error",
                  writers, rounds, commands, elapsed.elapsed() / 1000.0, reads);
        }
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase("reader");

        // One vault key for everybody (the first writers raced to create it), every key opens and matches.
        const ProcessResult check = runProcess(
            CERTDESK_CLI_PATH, {"--vault", m_vault, "--passphrase-file", m_passphrase, "check"}, {}, m_environment);
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        QVERIFY2(check.out.contains(QByteArray::number(writers * rounds) + " private keys"),
                 qPrintable(check.describe()));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
