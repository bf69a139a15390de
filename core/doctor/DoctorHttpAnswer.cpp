#include "doctor/DoctorHttpAnswer.h"

#include <QList>

namespace certdesk {

DoctorHttpAnswer DoctorHttpAnswer::parse(const QByteArray& answer)
{
    DoctorHttpAnswer http;
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    const QByteArray head = headEnd >= 0 ? answer.left(headEnd) : answer;
    http.body = headEnd >= 0 ? answer.mid(headEnd + 4) : QByteArray();
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool numeric = false;
    const int status = statusLine.value(1).toInt(&numeric);
    if (!statusLine.value(0).startsWith("HTTP/") || !numeric)
        return http;
    http.status = status;
    http.reason = QString::fromLatin1(statusLine.mid(2).join(' '));
    for (const QByteArray& line : lines) {
        if (!line.toLower().startsWith("date:"))
            continue;
        QByteArray value = line.mid(5).trimmed();
        // HTTP dates end in "GMT" (RFC 9110's IMF-fixdate), a zone Qt's RFC 2822 parser does not read.
        if (value.endsWith(" GMT"))
            value = value.chopped(3) + "+0000";
        http.serverDate = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        if (http.serverDate.isValid())
            break;
    }
    return http;
}

} // namespace certdesk
