#pragma once

#include "Result.h"
#include "vault/Vault.h"
#include "vault/VaultEntry.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace certdesk::gui {

/// What one load of the vault found: its entries, or why the vault could not be read.
struct VaultSnapshot
{
    QList<VaultEntry> entries;
    /// Reminder state by certificate fingerprint (SHA-256, raw), and the vault's reminder days.
    QHash<QByteArray, ReminderState> reminders;
    ReminderThresholds reminderDefaults = ReminderThresholds::defaults();
    std::optional<Error> error;
    QDateTime loadedAt;
};

/// Lists the vault off the GUI thread and reloads it when another process (certdesk-cli) changes it.
class VaultLoader : public QObject
{
    Q_OBJECT

public:
    explicit VaultLoader(const QString& directory, QObject* parent = nullptr);

    QString directory() const { return m_directory; }
    bool isLoading() const { return m_watcher.isRunning(); }

    /// Starts a load on the thread pool; asked while one runs, it queues exactly one more.
    void reload();

signals:
    void loadingStarted();
    void loaded(const certdesk::gui::VaultSnapshot& snapshot);

private:
    /// Size and time of the database and its write-ahead log: what changes when anyone writes the vault.
    QString fileSignature() const;
    void onLoadFinished();
    void onFilesChanged();
    void watchFiles();

    QString m_directory;
    QFutureWatcher<VaultSnapshot> m_watcher;
    bool m_reloadQueued = false;
    QFileSystemWatcher m_fileWatcher;
    QTimer m_debounce;
    QString m_signatureAtLastLoad;
};

} // namespace certdesk::gui
