#pragma once

#include "Result.h"
#include "workflows/ExpiryScan.h"
#include "workflows/Reminders.h"

#include <QFutureWatcher>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace certdesk::gui {

class AutostartAction;
class MainWindow;
class VaultAccess;
class VaultLoader;
struct VaultSnapshot;

/// What one reminder check found and did; built on a vault thread.
struct ReminderCheck
{
    ExpiryScan scan;
    /// The reminders that went out, with the notification server's ids (or placeholders for balloons).
    QList<Announcement> announced;
    /// Announced through the tray's balloon: there was no notification server.
    bool viaBalloon = false;
    /// Due reminders waited because there was no way to show them (no notification server and no tray), or
    /// sending failed; they were not claimed and come again on the next check.
    std::optional<Error> deliveryError;
};

/// `certdesk --tray`: keeps an eye on expiry for people who never open the window. Checks at start, every hour and
/// when the vault's entries change; announces due reminders as desktop notifications ("Renew…", "Remind me
/// tomorrow"), or in one tray balloon when the session has no notification server. The tray icon (when the desktop
/// has a tray) carries the number of certificates needing attention.
///
/// Everything that touches the vault, the stores or D-Bus method calls runs on a vault thread; the GUI thread only
/// receives the notification server's signals.
class TrayController : public QObject
{
    Q_OBJECT

public:
    /// Shows a balloon in place of the tray icon: the seam for tests (the offscreen platform has no tray).
    using BalloonHandler = std::function<void(const QString& title, const QString& message)>;

    explicit TrayController(const QString& vaultDirectory, QObject* parent = nullptr);
    ~TrayController() override;

    /// Shows the tray icon when the desktop has a tray, checks now, then every hour.
    void start();
    /// Runs a check off the GUI thread; asked while one runs, it queues exactly one more.
    void checkNow();
    bool isChecking() const { return m_checkWatcher.isRunning(); }

    /// Certificates needing attention at the last check; -1 before the first check finished.
    int attentionCount() const { return m_attentionCount; }
    /// The tray icon's tooltip: "2 certificates need attention", "All certificates are fine" …
    QString statusText() const { return m_statusText; }
    /// The application icon with the attention count as a badge.
    QIcon icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    /// Null when the desktop has no system tray.
    QSystemTrayIcon* trayIcon() const { return m_trayIcon; }

    /// The window, created on first use; null until then and after the user closed it.
    MainWindow* mainWindow() const { return m_window; }
    /// Creates the window if needed, shows and raises it.
    MainWindow* showMainWindow();

    void setBalloonHandler(BalloonHandler handler) { m_balloonHandler = std::move(handler); }
    /// Where and how the check looks; by default the vault and every store found under the home folder.
    void setScanOptions(const ExpiryScanOptions& options) { m_scanOptions = options; }

    /// The icon with a red badge showing `count` (nothing for 0, "99+" above 99), at the usual tray sizes.
    static QIcon badgedIcon(const QIcon& base, int count);

signals:
    /// After every check, with attentionCount() and statusText() updated.
    void checkFinished();
    /// "Renew…" was chosen on a reminder: the main window was asked to renew this entry.
    void renewRequested(const QString& entryId);
    /// "Remind me tomorrow" was chosen and stored in the vault (`ok` false: storing it failed).
    void snoozed(const QString& name, bool ok);

private slots:
    // Connected by name to the notification server's D-Bus signals.
    void onNotificationAction(uint id, const QString& actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void createMenu();
    void onCheckFinished();
    void onVaultLoaded(const VaultSnapshot& snapshot);
    void updateStatus();
    void showBalloon(const QList<Announcement>& announced);
    bool canShowBalloon() const;
    void showTrayIconIfPossible();
    void scheduleRetry();
    void snooze(const TrackedCertificate& item);
    void renew(const QString& entryId);

    QString m_vaultDirectory;
    VaultAccess* m_access = nullptr;
    VaultLoader* m_loader = nullptr;
    QFutureWatcher<Result<ReminderCheck>> m_checkWatcher;
    bool m_checkQueued = false;
    bool m_manualCheck = false;
    ExpiryScanOptions m_scanOptions;
    QTimer* m_hourly = nullptr;
    /// When due reminders could not be shown: try again sooner than the hourly check, backing off.
    QTimer* m_retry = nullptr;
    int m_retryDelayMs = 0;
    /// What the vault's entries looked like at the last load; a check runs when they change.
    std::optional<QString> m_entriesSignature;

    QSystemTrayIcon* m_trayIcon = nullptr;
    QMenu* m_menu = nullptr;
    /// The first line of the menu: what statusText() says, for panels that show no tooltip.
    QAction* m_statusAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_checkAction = nullptr;
    AutostartAction* m_autostartAction = nullptr;
    QIcon m_baseIcon;
    QIcon m_icon;
    int m_attentionCount = -1;
    QString m_statusText;
    BalloonHandler m_balloonHandler;

    /// Notifications on screen that may still get an answer, oldest first.
    QList<Announcement> m_open;
    QPointer<MainWindow> m_window;
};

} // namespace certdesk::gui
