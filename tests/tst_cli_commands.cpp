#include "cli/CliArguments.h"
#include "cli/CommandRegistry.h"

#include <QRegularExpression>
#include <QTest>

/// The command registry and CliArguments' table are two lists of the same commands: every command the parser accepts
/// has a function that runs it (`help` is answered before the registry), nothing is registered that the parser would
/// refuse, and the help text names each one.
class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void registryMatchesArgumentTable()
    {
        QStringList expected = certdesk::cli::commandNames();
        QVERIFY(expected.contains("request"));
        QVERIFY(expected.contains("uninstall"));
        QCOMPARE(expected.removeAll("help"), 1);
        QStringList registered;
        for (const certdesk::cli::RegisteredCommand& command : certdesk::cli::registeredCommands()) {
            QVERIFY2(command.run, command.name);
            registered << QString::fromLatin1(command.name);
        }
        QCOMPARE(registered, expected);
    }

    void everyParsedCommandIsFound()
    {
        for (const QString& name : certdesk::cli::commandNames()) {
            const certdesk::cli::RegisteredCommand* command = certdesk::cli::findRegisteredCommand(name);
            if (name == QLatin1String("help")) {
                QVERIFY(!command);
                continue;
            }
            QVERIFY2(command, qPrintable(name));
            QCOMPARE(QString::fromLatin1(command->name), name);
        }
        QVERIFY(!certdesk::cli::findRegisteredCommand("frobnicate"));
        QVERIFY(!certdesk::cli::findRegisteredCommand(QString()));
    }

    void helpNamesEveryCommand()
    {
        const QString usage = certdesk::cli::usageText();
        for (const certdesk::cli::RegisteredCommand& command : certdesk::cli::registeredCommands()) {
            const QRegularExpression line(QStringLiteral("^  %1( |$)").arg(QLatin1String(command.name)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(usage).hasMatch(), command.name);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
