// certdesk-fake-notifications: a desktop notification server on the session bus, for tests that run other
// programs (certdesk-cli remind --notify, the tray app) against it. Not a test itself.
//
//   certdesk-fake-notifications [--log FILE] [--no-actions] [--respond KEY|close]
//
// Prints "ready" on stdout once it owns org.freedesktop.Notifications; exits 0 on SIGTERM or SIGINT, 2 when the
// name cannot be taken (a real server is running, or there is no session bus).

#include "FakeNotificationServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using certdesk::test::FakeNotificationServer;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

/// The signal handler only writes to a socket; the event loop reads it and quits, so the name is released and the
/// log closed in an orderly way.
bool quitOnTerminationSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

QJsonValue hintToJson(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::UChar:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::ULongLong:
        return static_cast<double>(value.toULongLong());
    case QMetaType::QByteArray: // image-data and the like: only that it was there
        return QStringLiteral("<%1 bytes>").arg(value.toByteArray().size());
    default:
        return QJsonValue::fromVariant(value);
    }
}

QByteArray logLine(const FakeNotificationServer::Call& call)
{
    QJsonObject hints;
    for (auto it = call.hints.cbegin(); it != call.hints.cend(); ++it)
        hints.insert(it.key(), hintToJson(it.value()));
    const QJsonObject object{
        {QStringLiteral("id"), static_cast<qint64>(call.id)},
        {QStringLiteral("appName"), call.appName},
        {QStringLiteral("replacesId"), static_cast<qint64>(call.replacesId)},
        {QStringLiteral("icon"), call.icon},
        {QStringLiteral("summary"), call.summary},
        {QStringLiteral("body"), call.body},
        {QStringLiteral("actions"), QJsonArray::fromStringList(call.actions)},
        {QStringLiteral("hints"), hints},
        {QStringLiteral("timeout"), call.timeout},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-fake-notifications"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake desktop notification server on the session bus."));
    parser.addHelpOption();
    const QCommandLineOption logOption(QStringLiteral("log"),
                                       QStringLiteral("Append one JSON object per Notify call to FILE, one per line."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption noActionsOption(QStringLiteral("no-actions"),
                                             QStringLiteral("Do not advertise the \"actions\" capability."));
    const QCommandLineOption respondOption(
        QStringLiteral("respond"),
        QStringLiteral("About 100 ms after each Notify, invoke action KEY and then close the notification as "
                       "dismissed (as real servers do), or with \"close\" only close it as dismissed."),
        QStringLiteral("KEY|close"));
    parser.addOptions({logOption, noActionsOption, respondOption});
    parser.process(app);

    QFile log;
    if (parser.isSet(logOption)) {
        log.setFileName(parser.value(logOption));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
            std::fprintf(stderr, "certdesk-fake-notifications: cannot open %s: %s\n", qPrintable(log.fileName()),
                         qPrintable(log.errorString()));
            return 2;
        }
    }
    if (!quitOnTerminationSignals(app)) {
        std::perror("certdesk-fake-notifications: signal handling");
        return 2;
    }

    FakeNotificationServer server(QDBusConnection::sessionBus());
    server.setSupportsActions(!parser.isSet(noActionsOption));
    const QString respond = parser.value(respondOption);
    QObject::connect(&server, &FakeNotificationServer::notified, &app, [&](quint32 id) {
        if (log.isOpen()) {
            log.write(logLine(server.calls().constLast()));
            log.flush();
        }
        if (respond.isEmpty())
            return;
        QTimer::singleShot(100, &server, [&server, id, respond]() {
            if (respond != QLatin1String("close"))
                server.invokeAction(id, respond);
            server.closeNotification(id, 2);
        });
    });
    if (!server.start()) {
        std::fprintf(stderr, "certdesk-fake-notifications: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return app.exec();
}
