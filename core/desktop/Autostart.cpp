#include "desktop/Autostart.h"

#include "desktop/ApplicationId.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <filesystem>
#include <system_error>

namespace certdesk {

namespace {

/// Marks the entry as CertDesk's, so isEnabled() does not claim a file someone else put under our name.
constexpr char kOwnerKey[] = "X-CertDesk-Autostart";

/// Escapes a value of type string/localestring (Desktop Entry Specification, "Possible value types").
QString escapeValue(const QString& value)
{
    QString escaped;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            escaped += QLatin1String("\\t");
        else if (c == QLatin1Char('\r'))
            escaped += QLatin1String("\\r");
        else
            escaped += c;
    }
    return escaped;
}

/// The keys of the [Desktop Entry] group, values unescaped only as far as isEnabled() needs (it compares booleans).
QHash<QString, QString> readEntry(const QString& path)
{
    QHash<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keys;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inMainGroup && equals > 0)
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

Error writeError(const QString& path, const QString& reason)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("CertDesk cannot save the entry that starts it at login in %1; check that you may "
                                 "write to that folder.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                     QStringLiteral("%1: %2").arg(path, reason), QStringLiteral("autostart-write-failed"));
}

Error removeError(const QString& path, const QString& reason)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("CertDesk cannot remove the entry that starts it at login, %1; check that you may "
                                 "write to its folder.")
                         .arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("%1: %2").arg(path, reason), QStringLiteral("autostart-remove-failed"));
}

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/certdesk-tray.desktop");
}

bool Autostart::isEnabled()
{
    const QHash<QString, QString> keys = readEntry(entryPath());
    return keys.value(QLatin1String(kOwnerKey)) == QLatin1String("true") &&
           keys.value(QStringLiteral("Hidden")) != QLatin1String("true") &&
           keys.value(QStringLiteral("X-GNOME-Autostart-enabled")) != QLatin1String("false");
}

QString Autostart::quoteExecArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString quoted;
    for (const QChar c : argument) {
        if (c == QLatin1Char('%'))
            quoted += QLatin1String("%%"); // field codes start with %, even inside quotes
        else if (needsQuotes &&
                 (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')))
            quoted += QLatin1Char('\\') + c;
        else
            quoted += c;
    }
    return needsQuotes ? QLatin1Char('"') + quoted + QLatin1Char('"') : quoted;
}

Result<void> Autostart::enable(const QString& executable)
{
    bool hasControl = false;
    for (const QChar c : executable)
        hasControl = hasControl || c.unicode() < 0x20 || c.unicode() == 0x7f;
    if (executable.isEmpty() || hasControl ||
        (QDir::isRelativePath(executable) && executable.contains(QLatin1Char('/')))) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("“%1” cannot start CertDesk at login; give the program as an absolute path, "
                                     "without line breaks.")
                             .arg(executable),
                         {}, QStringLiteral("bad-executable"));
    }

    const QString path = entryPath();
    const QString directory = QFileInfo(path).absolutePath();
    std::error_code error;
    std::filesystem::create_directories(nativePath(directory), error);
    if (error)
        return writeError(directory, QString::fromLocal8Bit(error.message()));

    const QString exec = quoteExecArgument(executable) + QStringLiteral(" --tray");
    const QStringList lines{
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=") + escapeValue(QObject::tr("CertDesk reminders")),
        QStringLiteral("Comment=") + escapeValue(QObject::tr("Reminds you before your certificates expire")),
        QStringLiteral("Icon=") + applicationId(),
        QStringLiteral("Exec=") + escapeValue(exec),
        QStringLiteral("Terminal=false"),
        QStringLiteral("NoDisplay=true"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
        QLatin1String(kOwnerKey) + QStringLiteral("=true"),
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    // Set on the temporary file, so the entry never exists with other permissions.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<void> Autostart::disable()
{
    const QString path = entryPath();
    const QFileInfo entry(path);
    // Also covers a config "folder" that is a file: there is no entry to remove then, and that is no error.
    if (!entry.exists() && !entry.isSymLink())
        return {};
    std::error_code error;
    std::filesystem::remove(nativePath(path), error);
    if (error)
        return removeError(path, QString::fromLocal8Bit(error.message()));
    return {};
}

} // namespace certdesk
