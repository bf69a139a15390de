#include "expiry/Calendar.h"

#include <QObject>

namespace certdesk {

namespace {

constexpr qsizetype kMaxLineOctets = 75; // RFC 5545 §3.1, excluding the CRLF

/// TEXT value escaping (RFC 5545 §3.3.11). Control characters other than tab are not allowed in TEXT at all; they
/// become spaces, and CRLF / CR count as one line break.
QString escapeText(const QString& text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString escaped;
    escaped.reserve(normalized.size() + 16);
    for (const QChar c : normalized) {
        switch (c.unicode()) {
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case ';':
            escaped += QLatin1String("\\;");
            break;
        case ',':
            escaped += QLatin1String("\\,");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\t':
            escaped += c;
            break;
        default:
            escaped += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QLatin1Char(' ') : c;
        }
    }
    return escaped;
}

/// Appends one content line, folded so that no physical line exceeds 75 octets and no UTF-8 sequence is split.
void appendLine(QByteArray& out, const QByteArray& line)
{
    qsizetype lineOctets = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        qsizetype length = 1;
        while (i + length < line.size() && (static_cast<uchar>(line[i + length]) & 0xC0) == 0x80)
            ++length;
        if (lineOctets + length > kMaxLineOctets) {
            out += "\r\n ";
            lineOctets = 1; // the space that marks the continuation
        }
        out += line.mid(i, length);
        lineOctets += length;
        i += length;
    }
    out += "\r\n";
}

void appendText(QByteArray& out, const char* nameAndParameters, const QString& value)
{
    appendLine(out, QByteArray(nameAndParameters) + ':' + escapeText(value).toUtf8());
}

QByteArray utcDateTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QString expiresInText(const QString& name, int days)
{
    // "1 day" spelled out: without a loaded translation, the %n form would read "1 days".
    if (days == 1)
        return QObject::tr("Certificate “%1” expires in 1 day").arg(name);
    return QObject::tr("Certificate “%1” expires in %n days", nullptr, days).arg(name);
}

QString describe(const CalendarEvent& event)
{
    const Certificate& certificate = event.certificate;
    QStringList lines{
        QObject::tr("Subject: %1").arg(certificate.subject()),
        QObject::tr("Issuer: %1").arg(certificate.issuer()),
        QObject::tr("Serial number: %1").arg(certificate.serialHex()),
        QObject::tr("SHA-256 fingerprint: %1").arg(certificate.fingerprintSha256()),
        QObject::tr("Expires: %1").arg(isoUtc(certificate.notAfter())),
    };
    if (!event.renewHint.isEmpty())
        lines << QObject::tr("To renew it, run: %1").arg(event.renewHint);
    return lines.join(QLatin1Char('\n'));
}

void appendAlarm(QByteArray& out, const QByteArray& trigger, const QString& description)
{
    appendLine(out, "BEGIN:VALARM");
    appendLine(out, "ACTION:DISPLAY");
    appendText(out, "DESCRIPTION", description);
    appendLine(out, "TRIGGER;RELATED=START:" + trigger);
    appendLine(out, "END:VALARM");
}

void appendEvent(QByteArray& out, const CalendarEvent& event, const ReminderThresholds& thresholds,
                 const QByteArray& stamp)
{
    const QDateTime notAfter = event.certificate.notAfter().toUTC();
    const QDateTime notBefore = event.certificate.notBefore().toUTC();
    const QString name = event.name.isEmpty() ? event.certificate.subject() : event.name;

    appendLine(out, "BEGIN:VEVENT");
    appendText(out, "UID", event.uid);
    appendLine(out, "DTSTAMP:" + stamp);
    appendLine(out, "DTSTART:" + utcDateTime(notAfter));
    appendLine(out, "DTEND:" + utcDateTime(notAfter.addSecs(3600)));
    appendText(out, "SUMMARY", QObject::tr("Certificate “%1” expires").arg(name));
    appendText(out, "DESCRIPTION", describe(event));
    // An expiry is a deadline, not a meeting: it must not mark the person as busy.
    appendLine(out, "TRANSP:TRANSPARENT");
    for (int days : thresholds.days) {
        if (notBefore.isValid() && notAfter.addDays(-days) < notBefore)
            continue;
        appendAlarm(out, "-P" + QByteArray::number(days) + 'D', expiresInText(name, days));
    }
    appendAlarm(out, "PT0S", QObject::tr("Certificate “%1” expires now").arg(name));
    appendLine(out, "END:VEVENT");
}

} // namespace

QByteArray expiryCalendar(const QList<CalendarEvent>& events, const ReminderThresholds& thresholds,
                          const QDateTime& stamp)
{
    QByteArray out;
    appendLine(out, "BEGIN:VCALENDAR");
    appendLine(out, "VERSION:2.0");
    appendLine(out, "PRODID:-//CertDesk//CertDesk//EN");
    appendLine(out, "CALSCALE:GREGORIAN");
    appendLine(out, "METHOD:PUBLISH");
    const QByteArray stampText = utcDateTime(stamp);
    for (const CalendarEvent& event : events) {
        if (event.certificate.isNull() || !event.certificate.notAfter().isValid())
            continue;
        appendEvent(out, event, thresholds, stampText);
    }
    appendLine(out, "END:VCALENDAR");
    return out;
}

} // namespace certdesk
