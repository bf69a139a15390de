#include "doctor/DoctorTarget.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>

namespace certdesk {

bool DoctorTarget::hostIsAddress() const
{
    unsigned char buffer[sizeof(in6_addr)];
    const QByteArray text = host.toLatin1();
    return ::inet_pton(AF_INET, text.constData(), buffer) == 1 || ::inet_pton(AF_INET6, text.constData(), buffer) == 1;
}

Result<DoctorTarget> DoctorTarget::parse(const QString& input)
{
    DoctorTarget target;
    target.text = input.trimmed();
    const QString& text = target.text;
    const Error unusable = makeError(
        ErrorCode::Usage,
        QObject::tr("“%1” is not an address CertDesk can test; give a URL (https://example.org/path) or HOST:PORT "
                    "(example.org:443).")
            .arg(text),
        {}, QStringLiteral("bad-target"));
    int port = 443;
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return unusable;
        target.scheme = url.scheme().toLower();
        static const QHash<QString, int> kDefaultPorts{{QStringLiteral("https"), 443}, {QStringLiteral("wss"), 443},
                                                       {QStringLiteral("ldaps"), 636}, {QStringLiteral("imaps"), 993},
                                                       {QStringLiteral("pop3s"), 995}, {QStringLiteral("smtps"), 465},
                                                       {QStringLiteral("ftps"), 990},  {QStringLiteral("mqtts"), 8883}};
        port = url.port(kDefaultPorts.value(target.scheme, -1));
        if (port < 0) {
            return makeError(ErrorCode::Usage,
                             QObject::tr("CertDesk does not know the usual port for %1:// addresses; add it "
                                         "(%1://host:PORT).")
                                 .arg(target.scheme),
                             {}, QStringLiteral("bad-target"));
        }
        target.host = url.host(QUrl::EncodeUnicode);
        target.path = url.path(QUrl::FullyEncoded);
        if (target.path.isEmpty())
            target.path = QStringLiteral("/");
        if (url.hasQuery())
            target.path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    } else {
        QString host = text;
        QString portText;
        if (text.startsWith(QLatin1Char('['))) {
            const qsizetype close = text.indexOf(QLatin1Char(']'));
            if (close < 0)
                return unusable;
            host = text.mid(1, close - 1);
            const QString rest = text.mid(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
                return unusable;
            portText = rest.mid(1);
            if (rest == QLatin1String(":"))
                return unusable;
        } else if (text.count(QLatin1Char(':')) == 1) {
            host = text.section(QLatin1Char(':'), 0, 0);
            portText = text.section(QLatin1Char(':'), 1);
            if (portText.isEmpty())
                return unusable;
        }
        if (!portText.isEmpty()) {
            bool numeric = false;
            port = portText.toInt(&numeric);
            if (!numeric)
                return unusable;
        }
        target.host = host;
        if (!target.hostIsAddress()) {
            target.host = QString::fromLatin1(QUrl::toAce(host));
            if (target.host.isEmpty())
                return unusable;
        }
    }
    if (target.host.isEmpty() || target.host.contains(QLatin1Char('/')) || target.host.contains(QLatin1Char(' ')))
        return unusable;
    if (port < 1 || port > 65535) {
        return makeError(ErrorCode::Usage, QObject::tr("%1 is not a port number (1 to 65535).").arg(port), {},
                         QStringLiteral("bad-target"));
    }
    target.port = static_cast<quint16>(port);
    return target;
}

} // namespace certdesk
