#include "gui/main/VaultLoader.h"

#include "expiry/Clock.h"
#include "vault/Vault.h"
#include "workflows/OpenVault.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::gui {

namespace {

constexpr int kDebounceMs = 300;

/// Runs on a pool thread. A Vault owns a QSqlDatabase connection, which belongs to the thread that opened it,
/// so the vault is opened, listed and closed here and only plain values cross back to the GUI thread.
VaultSnapshot loadVault(const QString& directory)
{
    VaultSnapshot snapshot;
    snapshot.loadedAt = Clock::now();
    // Listing reads no private key, so no passphrase and no keychain are needed.
    auto opened = openVault(directory, VaultCredentials{});
    if (!opened) {
        snapshot.error = opened.error();
        return snapshot;
    }
    auto entries = opened.value()->entries();
    if (!entries) {
        snapshot.error = entries.error();
        return snapshot;
    }
    snapshot.entries = std::move(entries).value();
    auto reminders = opened.value()->reminderStates();
    if (!reminders) {
        snapshot.error = reminders.error();
        return snapshot;
    }
    snapshot.reminders = std::move(reminders).value();
    auto defaults = opened.value()->reminderThresholds();
    if (!defaults) {
        snapshot.error = defaults.error();
        return snapshot;
    }
    snapshot.reminderDefaults = defaults.value();
    return snapshot;
}

QString databasePath(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("vault.sqlite"));
}

} // namespace

VaultLoader::VaultLoader(const QString& directory, QObject* parent)
    : QObject(parent), m_directory(QDir(directory).absolutePath())
{
    connect(&m_watcher, &QFutureWatcher<VaultSnapshot>::finished, this, &VaultLoader::onLoadFinished);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        // Our own reads open and close the database too; only a changed signature means someone wrote.
        if (fileSignature() != m_signatureAtLastLoad)
            reload();
    });
    connect(&m_fileWatcher, &QFileSystemWatcher::directoryChanged, this, &VaultLoader::onFilesChanged);
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, &VaultLoader::onFilesChanged);
}

void VaultLoader::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadQueued = true;
        return;
    }
    m_reloadQueued = false;
    m_signatureAtLastLoad = fileSignature();
    emit loadingStarted();
    m_watcher.setFuture(QtConcurrent::run(loadVault, m_directory));
}

QString VaultLoader::fileSignature() const
{
    QStringList parts;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        const QFileInfo info(databasePath(m_directory) + suffix);
        parts << (info.exists() ? QStringLiteral("%1@%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch())
                                : QStringLiteral("-"));
    }
    return parts.join(QLatin1Char('|'));
}

void VaultLoader::onLoadFinished()
{
    const VaultSnapshot snapshot = m_watcher.result();
    // The database exists only after the first successful open, so start watching here rather than in the constructor.
    if (!snapshot.error)
        watchFiles();
    emit loaded(snapshot);
    if (m_reloadQueued)
        reload();
}

void VaultLoader::onFilesChanged()
{
    // SQLite touches the folder and files several times per transaction; one reload after it settles is enough.
    watchFiles();
    m_debounce.start();
}

void VaultLoader::watchFiles()
{
    // The write-ahead log comes and goes, so watch the folder for it and the database file for checkpoints.
    for (const QString& path : {m_directory, databasePath(m_directory)}) {
        if (QFileInfo::exists(path) && !m_fileWatcher.files().contains(path) &&
            !m_fileWatcher.directories().contains(path))
            m_fileWatcher.addPath(path);
    }
}

} // namespace certdesk::gui
