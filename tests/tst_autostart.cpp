#include "TestSupport.h"

#include "desktop/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// The [Desktop Entry] lines of a file, "Key=value" as written.
QStringList entryLines(const QString& path)
{
    return QString::fromUtf8(readFile(path)).split('\n', Qt::SkipEmptyParts);
}

} // namespace

/// The "start with my session" entry: a valid XDG autostart file, written and removed cleanly.
class TestAutostart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString configHome() const { return m_dir.filePath("config"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Never the developer's ~/.config: everything below goes to a temporary XDG_CONFIG_HOME.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
        QCOMPARE(Autostart::entryPath(), configHome() + "/autostart/certdesk-tray.desktop");
    }

    void init()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
        QDir(configHome()).removeRecursively();
    }

    void enableWritesValidEntry_data()
    {
        QTest::addColumn<QString>("executable");
        QTest::addColumn<QString>("exec"); // the Exec= value as it must appear in the file
        QTest::newRow("plain") << "/usr/bin/certdesk"
                               << "/usr/bin/certdesk --tray";
        QTest::newRow("spaces") << "/opt/Cert Desk/bin/certdesk"
                                << "\"/opt/Cert Desk/bin/certdesk\" --tray";
        // Inside quotes ", `, $ and \ get a backslash; then the string value escapes every backslash once more.
        QTest::newRow("reserved") << "/home/j\"o$e/a`b\\c/certdesk"
                                  << "\"/home/j\\\\\"o\\\\$e/a\\\\`b\\\\\\\\c/certdesk\" --tray";
        QTest::newRow("percent") << "/opt/100%/certdesk"
                                 << "/opt/100%%/certdesk --tray";
        QTest::newRow("in PATH") << "certdesk"
                                 << "certdesk --tray";
    }
    void enableWritesValidEntry()
    {
        QFETCH(QString, executable);
        QFETCH(QString, exec);
        QVERIFY(!Autostart::isEnabled());
        const Result<void> enabled = Autostart::enable(executable);
        QVERIFY2(enabled.ok(), qPrintable(enabled.ok() ? QString() : enabled.error().message + enabled.error().detail));

        const QString path = Autostart::entryPath();
        QVERIFY(QFileInfo::exists(path));
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, 0644u);
        const QStringList lines = entryLines(path);
        QCOMPARE(lines.first(), "[Desktop Entry]");
        QVERIFY2(lines.contains("Exec=" + exec), qPrintable(lines.join('\n')));
        for (const char* line : {"Type=Application", "Name=CertDesk reminders", "Icon=org.certdesk.CertDesk",
                                 "Terminal=false", "NoDisplay=true", "X-GNOME-Autostart-enabled=true"})
            QVERIFY2(lines.contains(QString::fromUtf8(line)), line);
        QCOMPARE(lines.filter(QRegularExpression("^Comment=.+")).size(), 1);

        const ProcessResult validate = runProcess("desktop-file-validate", {path});
        QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty(), qPrintable(validate.describe()));

        QVERIFY(Autostart::isEnabled());
        // Enabling again replaces the entry.
        QVERIFY(Autostart::enable("/usr/bin/certdesk").ok());
        QVERIFY(entryLines(path).contains("Exec=/usr/bin/certdesk --tray"));
        QCOMPARE(QDir(configHome() + "/autostart").entryList(QDir::Files | QDir::Hidden),
                 QStringList{"certdesk-tray.desktop"});

        QVERIFY(Autostart::disable().ok());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!Autostart::isEnabled());
    }

    void disableWhenAbsent()
    {
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
        QVERIFY(Autostart::disable().ok());
        QVERIFY(QDir().mkpath(configHome() + "/autostart"));
        QVERIFY(Autostart::disable().ok());
        QVERIFY(!Autostart::isEnabled());
    }

    void switchedOffOrForeignIsNotEnabled_data()
    {
        QTest::addColumn<QByteArray>(
            "edit"); // appended to CertDesk's own entry, or the whole file when it starts with [
        QTest::newRow("Hidden=true") << QByteArray("Hidden=true\n");
        QTest::newRow("GNOME switch off") << QByteArray("X-GNOME-Autostart-enabled=false\n");
        QTest::newRow("not ours") << QByteArray("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n");
    }
    void switchedOffOrForeignIsNotEnabled()
    {
        QFETCH(QByteArray, edit);
        QVERIFY(Autostart::enable("/usr/bin/certdesk").ok());
        QVERIFY(Autostart::isEnabled());
        QByteArray content = readFile(Autostart::entryPath());
        // The last value of a key counts for our reader; desktop files may not repeat keys, so replace instead.
        content.replace("X-GNOME-Autostart-enabled=true\n", "");
        writeFile(Autostart::entryPath(), edit.startsWith('[') ? edit : content + edit);
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::disable().ok());
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    }

    void refusesUnusableExecutable()
    {
        for (const QString& executable : {QString(), QString("bin/certdesk"), QString("/usr/bin/cert\ndesk")}) {
            const Result<void> enabled = Autostart::enable(executable);
            QVERIFY(!enabled.ok());
            QCOMPARE(enabled.error().code, ErrorCode::Usage);
        }
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    }

    void configHomeIsAFile()
    {
        // Fails for root too: no permission bits involved.
        writeFile(configHome(), "not a directory");
        const Result<void> enabled = Autostart::enable("/usr/bin/certdesk");
        QVERIFY(!enabled.ok());
        QCOMPARE(enabled.error().code, ErrorCode::BadInput);
        QVERIFY2(enabled.error().detail.contains(configHome() + "/autostart"), qPrintable(enabled.error().detail));
        QVERIFY2(enabled.error().detail.contains("Not a directory"), qPrintable(enabled.error().detail));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::disable().ok()); // there is no entry to remove
        QFile::remove(configHome());
    }

    void unwritableConfigHome()
    {
        if (::geteuid() == 0)
            QSKIP("root writes to read-only directories");
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner;
        const auto writable = readOnly | QFileDevice::WriteOwner;
        const QString autostart = configHome() + "/autostart";

        // The autostart folder cannot be created.
        QVERIFY(QDir().mkpath(configHome()));
        QVERIFY(QFile::setPermissions(configHome(), readOnly));
        Result<void> enabled = Autostart::enable("/usr/bin/certdesk");
        QVERIFY(!enabled.ok());
        QCOMPARE(enabled.error().code, ErrorCode::BadInput);
        QVERIFY2(enabled.error().detail.contains(autostart), qPrintable(enabled.error().detail));
        QVERIFY2(enabled.error().detail.contains("Permission denied"), qPrintable(enabled.error().detail));
        QVERIFY(!Autostart::isEnabled());

        // The folder exists, but is read-only.
        QVERIFY(QFile::setPermissions(configHome(), writable));
        QVERIFY(QDir().mkpath(autostart));
        QVERIFY(QFile::setPermissions(autostart, readOnly));
        enabled = Autostart::enable("/usr/bin/certdesk");
        QVERIFY(!enabled.ok());
        QCOMPARE(enabled.error().code, ErrorCode::BadInput);
        QVERIFY2(enabled.error().detail.contains(Autostart::entryPath()), qPrintable(enabled.error().detail));
        QVERIFY2(enabled.error().detail.contains("Permission denied"), qPrintable(enabled.error().detail));
        QVERIFY(!Autostart::isEnabled());

        // The entry exists in a read-only folder: removing it fails with a sentence, not silently.
        QVERIFY(QFile::setPermissions(autostart, writable));
        QVERIFY(Autostart::enable("/usr/bin/certdesk").ok());
        QVERIFY(QFile::setPermissions(autostart, readOnly));
        const Result<void> disabled = Autostart::disable();
        QVERIFY(!disabled.ok());
        QCOMPARE(disabled.error().code, ErrorCode::BadInput);
        QVERIFY2(disabled.error().detail.contains("Permission denied"), qPrintable(disabled.error().detail));
        QVERIFY(Autostart::isEnabled());
        QVERIFY(QFile::setPermissions(autostart, writable));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
