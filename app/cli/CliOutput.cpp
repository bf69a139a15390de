#include "cli/CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>

#include <cstdio>

namespace certdesk::cli {

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void say(const QString& text)
{
    writeOut(text.toUtf8() + '\n');
}

void tell(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeOut(document.toJson(QJsonDocument::Indented));
}

QString dateText(const QDateTime& time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

Result<void> writeOutputFile(const QString& path, const QByteArray& bytes, bool privateFile)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::BadInput, QObject::tr("CertDesk cannot write “%1”: %2.").arg(path, file.errorString()));
    // Explicit modes, whatever the umask: a key file is the owner's alone; a certificate or request may be read by
    // others but never changed by them.
    const QFileDevice::Permissions mode =
        privateFile ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                    : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // Before the first byte: a key file that could not be made private is not written at all.
    if (!file.setPermissions(mode) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::BadInput, QObject::tr("CertDesk cannot write “%1”: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace certdesk::cli
