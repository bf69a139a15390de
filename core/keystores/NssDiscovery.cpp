#include "keystores/NssDiscovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QObject>

#include <algorithm>

namespace certdesk {

namespace {

struct FirefoxInstall
{
    QString root;   ///< the folder holding profiles.ini
    QString suffix; ///< "" for the classic install, else "snap" / "flatpak"
    QString label;  ///< shown to the user when the install is not the classic one
};

QList<FirefoxInstall> firefoxInstalls(const QString& home)
{
    const QDir h(home);
    return {
        {h.filePath(QStringLiteral(".mozilla/firefox")), QString(), QString()},
        {h.filePath(QStringLiteral("snap/firefox/common/.mozilla/firefox")), QStringLiteral("snap"),
         QStringLiteral("Snap")},
        {h.filePath(QStringLiteral(".var/app/org.mozilla.firefox/.mozilla/firefox")), QStringLiteral("flatpak"),
         QStringLiteral("Flatpak")},
    };
}

/// profiles.ini as Firefox reads it: "[Section]" then "Key=Value" lines, values taken literally. (QSettings would
/// turn a value with a comma into a list and unescape backslashes, which breaks some absolute paths.)
QMap<QString, QMap<QString, QString>> readIni(const QString& path)
{
    QMap<QString, QMap<QString, QString>> sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sections;
    QString section;
    const QStringList lines = QString::fromUtf8(file.read(1024 * 1024)).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && !section.isEmpty())
            sections[section].insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return sections;
}

} // namespace

StoreLocation NssDiscovery::sharedDatabase(const QString& homeDirectory)
{
    StoreLocation location = directory(QDir(homeDirectory).filePath(QStringLiteral(".pki/nssdb")));
    location.displayName = QObject::tr("Chromium and other NSS applications");
    return location;
}

StoreLocation NssDiscovery::directory(const QString& path)
{
    StoreLocation location;
    location.kind = StoreLocation::Kind::Nss;
    location.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    location.id = QStringLiteral("nss:") + location.path;
    location.displayName = QObject::tr("NSS database %1").arg(QDir::toNativeSeparators(location.path));
    return location;
}

QList<StoreLocation> NssDiscovery::firefoxProfiles(const QString& homeDirectory)
{
    QList<StoreLocation> result;
    QStringList seenIds;
    for (const FirefoxInstall& install : firefoxInstalls(homeDirectory)) {
        const QString iniPath = QDir(install.root).filePath(QStringLiteral("profiles.ini"));
        if (!QFileInfo::exists(iniPath))
            continue;
        const auto sections = readIni(iniPath);
        QStringList groups = sections.keys();
        std::sort(groups.begin(), groups.end(), [](const QString& a, const QString& b) {
            // Profile0, Profile1, …, Profile10 in numeric order
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
        for (const QString& group : std::as_const(groups)) {
            if (!group.startsWith(QStringLiteral("Profile")))
                continue;
            const QMap<QString, QString>& values = sections[group];
            const QString name = values.value(QStringLiteral("Name"));
            const QString path = values.value(QStringLiteral("Path"));
            // Firefox treats a missing IsRelative as relative.
            const bool relative =
                values.value(QStringLiteral("IsRelative"), QStringLiteral("1")) != QStringLiteral("0");
            if (name.isEmpty() || path.isEmpty())
                continue;
            const QString dir = relative ? QDir(install.root).filePath(path) : path;
            if (!QFileInfo(dir).isDir())
                continue;
            StoreLocation location;
            location.kind = StoreLocation::Kind::Nss;
            location.path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
            location.id = QStringLiteral("firefox:") + name;
            if (seenIds.contains(location.id) && !install.suffix.isEmpty())
                location.id += QLatin1Char('@') + install.suffix;
            if (seenIds.contains(location.id))
                continue; // the same name twice in one profiles.ini: Firefox itself would only use the first
            seenIds.append(location.id);
            location.displayName = install.label.isEmpty()
                                       ? QObject::tr("Firefox — profile %1").arg(name)
                                       : QObject::tr("Firefox (%1) — profile %2").arg(install.label, name);
            result.append(location);
        }
    }
    return result;
}

QList<StoreLocation> NssDiscovery::discover(const QString& homeDirectory)
{
    QList<StoreLocation> result{sharedDatabase(homeDirectory)};
    result.append(firefoxProfiles(homeDirectory));
    return result;
}

Result<StoreLocation> NssDiscovery::resolve(const QString& id, const QString& homeDirectory)
{
    if (id.startsWith(QStringLiteral("nss:"))) {
        const QString path = id.mid(4);
        if (path.isEmpty())
            return makeError(ErrorCode::BadInput, QObject::tr("Give the folder of the NSS database after “nss:”."), {},
                             QStringLiteral("bad-store-id"));
        const StoreLocation shared = sharedDatabase(homeDirectory);
        const StoreLocation given = directory(path);
        return given.path == shared.path ? shared : given;
    }
    if (id.startsWith(QStringLiteral("firefox:"))) {
        for (const StoreLocation& location : firefoxProfiles(homeDirectory)) {
            if (location.id == id)
                return location;
        }
        return makeError(ErrorCode::NotFound,
                         QObject::tr("There is no Firefox profile “%1” on this computer. Open Firefox once to "
                                     "create it, or choose one of the profiles CertDesk lists.")
                             .arg(id.mid(8)),
                         {}, QStringLiteral("store-not-found"));
    }
    return makeError(ErrorCode::BadInput,
                     QObject::tr("“%1” does not name an NSS database; use “nss:FOLDER” or “firefox:PROFILE”.").arg(id),
                     {}, QStringLiteral("bad-store-id"));
}

} // namespace certdesk
