#include "gui/tray/TrayController.h"

#include "expiry/Clock.h"
#include "gui/common/DialogSeams.h"
#include "gui/main/MainWindow.h"
#include "gui/main/VaultAccess.h"
#include "gui/main/VaultLoader.h"
#include "gui/tray/AutostartAction.h"
#include "notify/DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace certdesk::gui {

namespace {

/// Reminders count in days; an hourly look is plenty and keeps an idle session asleep.
constexpr int kCheckIntervalMs = 60 * 60 * 1000;
/// Reminders that could not be shown (the notification service or the panel not up yet, right after login) are
/// tried again after a minute, then after ever longer waits up to the hourly check.
constexpr int kFirstRetryMs = 60 * 1000;
/// Each call to the notification service; bounded so that a stuck service cannot hold a vault thread for long.
constexpr int kNotificationTimeoutMs = 5000;
/// Notifications a server keeps on screen for ever would otherwise pile up here.
constexpr qsizetype kMaxOpenNotifications = 256;

QString notificationsService()
{
    return QStringLiteral("org.freedesktop.Notifications");
}
QString notificationsPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

/// Runs on a vault thread: scans, then announces what is due. The notifier is made here rather than on the GUI
/// thread because its calls wait in a local event loop, and because announceDue() sends each reminder right after
/// claiming it in the vault, so that another CertDesk process checking at the same moment stays quiet.
Result<ReminderCheck> runCheck(Vault& vault, const ExpiryScanOptions& options, const QDateTime& now,
                               bool balloonPossible)
{
    auto scan = ExpiryScan::run(vault, options, now);
    if (!scan)
        return scan.error();
    ReminderCheck check;
    check.scan = std::move(scan).value();
    if (std::none_of(check.scan.items.cbegin(), check.scan.items.cend(),
                     [&](const TrackedCertificate& item) { return item.isDue(now); }))
        return check;

    DesktopNotifier notifier;
    if (auto probed = notifier.probe(kNotificationTimeoutMs); !probed) {
        if (!balloonPossible) {
            check.deliveryError = probed.error();
            return check;
        }
        // Claimed all the same, so the balloon the GUI thread shows for them comes once, like a notification.
        check.viaBalloon = true;
        quint32 placeholder = 0;
        auto announced = announceDue(vault, check.scan, now,
                                     [&](const TrackedCertificate&) -> Result<quint32> { return ++placeholder; });
        if (!announced)
            check.deliveryError = announced.error();
        else
            check.announced = std::move(announced).value();
        return check;
    }

    // Kept as they go, so that the buttons of reminders sent before a failure still work.
    QList<Announcement> sent;
    auto announced = announceDue(vault, check.scan, now, [&](const TrackedCertificate& item) -> Result<quint32> {
        auto id = notifier.send(reminderNotification(item, notifier.supportsActions()), kNotificationTimeoutMs);
        if (id)
            sent << Announcement{item, id.value()};
        return id;
    });
    if (!announced)
        check.deliveryError = announced.error();
    check.announced = sent;
    return check;
}

/// Id, certificate and renewal of every entry: what a check depends on. Reminder claims and snoozes change the
/// vault's files but not this, so they do not set off another check.
QString entriesSignature(const QList<VaultEntry>& entries)
{
    QStringList parts;
    for (const VaultEntry& entry : entries) {
        parts << QStringLiteral("%1/%2/%3/%4/%5")
                     .arg(entry.id, entry.certificate.isNull() ? QString() : entry.certificate.fingerprintSha256(),
                          entry.renewedBy, entry.archived.toString(Qt::ISODate), entry.thresholds.toString());
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

TrayController::TrayController(const QString& vaultDirectory, QObject* parent)
    : QObject(parent), m_vaultDirectory(QDir(vaultDirectory).absolutePath()),
      m_access(new VaultAccess(m_vaultDirectory, this)), m_loader(new VaultLoader(m_vaultDirectory, this)),
      m_hourly(new QTimer(this)), m_retry(new QTimer(this))
{
    setObjectName(QStringLiteral("trayController"));
    m_scanOptions.homeDirectory = QDir::homePath();

    const QString iconPath = QStringLiteral(":/icons/certdesk.svg");
    m_baseIcon = QFile::exists(iconPath) ? QIcon(iconPath) : QApplication::windowIcon();
    if (m_baseIcon.isNull())
        m_baseIcon = QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);

    m_hourly->setObjectName(QStringLiteral("hourlyCheckTimer"));
    m_hourly->setInterval(kCheckIntervalMs);
    m_hourly->setTimerType(Qt::VeryCoarseTimer);
    connect(m_hourly, &QTimer::timeout, this, &TrayController::checkNow);
    m_retry->setObjectName(QStringLiteral("retryTimer"));
    m_retry->setSingleShot(true);
    m_retry->setTimerType(Qt::VeryCoarseTimer);
    connect(m_retry, &QTimer::timeout, this, &TrayController::checkNow);

    connect(&m_checkWatcher, &QFutureWatcher<Result<ReminderCheck>>::finished, this, &TrayController::onCheckFinished);
    connect(m_loader, &VaultLoader::loaded, this, &TrayController::onVaultLoaded);

    // The reminders were sent from a vault thread by a notifier that is gone by the time the user clicks, so the
    // answers are taken from the bus here. With the well-known name as sender, QtDBus passes on only signals from
    // whoever owns the name.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(notificationsService(), notificationsPath(), notificationsService(),
                    QStringLiteral("ActionInvoked"), this, SLOT(onNotificationAction(uint, QString)));
        bus.connect(notificationsService(), notificationsPath(), notificationsService(),
                    QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint, uint)));
    }

    createMenu();
    m_statusText = tr("Checking your certificates…");
    updateStatus();
}

TrayController::~TrayController()
{
    // A check still running finishes on its own thread; its result is dropped with the watcher.
    delete m_window;
    delete m_trayIcon;
    delete m_menu;
}

void TrayController::createMenu()
{
    // No parent: a menu is a window of its own, and the tray icon does not take ownership of it.
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setObjectName(QStringLiteral("statusAction"));
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();
    m_openAction = m_menu->addAction(tr("Open CertDesk"), this, [this] { showMainWindow(); });
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_checkAction = m_menu->addAction(tr("Check now"), this, [this] {
        m_manualCheck = true;
        checkNow();
    });
    m_checkAction->setObjectName(QStringLiteral("checkAction"));
    m_menu->addSeparator();
    m_autostartAction = AutostartAction::addTo(m_menu, tr("Start with my session"));
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
}

void TrayController::start()
{
    showTrayIconIfPossible();
    m_loader->reload();
    checkNow();
    m_hourly->start();
}

void TrayController::showTrayIconIfPossible()
{
    // Checked again at every check: right after login the panel may come up after CertDesk.
    if (m_trayIcon || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_trayIcon = new QSystemTrayIcon(m_icon);
    m_trayIcon->setObjectName(QStringLiteral("trayIcon"));
    m_trayIcon->setToolTip(m_statusText);
    m_trayIcon->setContextMenu(m_menu);
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showMainWindow();
    });
    connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, [this] { showMainWindow(); });
    m_trayIcon->show();
}

void TrayController::checkNow()
{
    if (isChecking()) {
        m_checkQueued = true;
        return;
    }
    m_checkQueued = false;
    m_retry->stop();
    showTrayIconIfPossible();
    const ExpiryScanOptions options = m_scanOptions;
    const QDateTime now = Clock::now();
    const bool balloonPossible = canShowBalloon();
    m_checkWatcher.setFuture(m_access->run<ReminderCheck>(
        [options, now, balloonPossible](Vault& vault) { return runCheck(vault, options, now, balloonPossible); }));
}

void TrayController::onCheckFinished()
{
    const bool manual = std::exchange(m_manualCheck, false);
    const Result<ReminderCheck> result = m_checkWatcher.result();
    bool announcedAny = false;
    if (!result) {
        m_statusText = tr("CertDesk could not check your certificates: %1").arg(result.error().message);
        qWarning("certdesk: reminder check failed: %s (%s)", qPrintable(result.error().message),
                 qPrintable(result.error().detail));
    } else {
        const ReminderCheck& check = result.value();
        m_attentionCount =
            static_cast<int>(std::count_if(check.scan.items.cbegin(), check.scan.items.cend(),
                                           [](const TrackedCertificate& item) { return item.state.needsAttention(); }));
        if (m_attentionCount == 0)
            m_statusText = tr("All certificates are fine");
        else if (m_attentionCount == 1)
            m_statusText = tr("1 certificate needs attention");
        else
            m_statusText = tr("%n certificates need attention", nullptr, m_attentionCount);
        announcedAny = !check.announced.isEmpty();
        if (check.viaBalloon) {
            if (announcedAny)
                showBalloon(check.announced);
        } else {
            m_open << check.announced;
            if (m_open.size() > kMaxOpenNotifications)
                m_open.remove(0, m_open.size() - kMaxOpenNotifications);
        }
        if (check.deliveryError) {
            qWarning("certdesk: reminders not shown: %s (%s)", qPrintable(check.deliveryError->message),
                     qPrintable(check.deliveryError->detail));
            scheduleRetry();
        } else {
            m_retryDelayMs = 0;
        }
    }
    updateStatus();
    // "Check now" deserves an answer even when there was nothing new to announce.
    if (manual && !announcedAny && m_trayIcon && m_trayIcon->isVisible())
        m_trayIcon->showMessage(tr("CertDesk"), m_statusText, m_icon, 5000);
    emit checkFinished();
    if (m_checkQueued)
        checkNow();
}

void TrayController::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : std::min(2 * m_retryDelayMs, kCheckIntervalMs);
    m_retry->start(m_retryDelayMs);
}

void TrayController::onVaultLoaded(const VaultSnapshot& snapshot)
{
    if (snapshot.error)
        return; // the check reports it
    const QString signature = entriesSignature(snapshot.entries);
    const bool changed = m_entriesSignature && *m_entriesSignature != signature;
    m_entriesSignature = signature;
    if (changed)
        checkNow();
}

void TrayController::updateStatus()
{
    m_icon = badgedIcon(m_baseIcon, std::max(m_attentionCount, 0));
    m_statusAction->setText(m_statusText);
    if (m_trayIcon) {
        m_trayIcon->setIcon(m_icon);
        m_trayIcon->setToolTip(m_statusText);
    }
}

bool TrayController::canShowBalloon() const
{
    return m_balloonHandler || (m_trayIcon && m_trayIcon->isVisible() && QSystemTrayIcon::supportsMessages());
}

void TrayController::showBalloon(const QList<Announcement>& announced)
{
    QString title;
    QString message;
    if (announced.size() == 1) {
        const DesktopNotifier::Notification notification = reminderNotification(announced.first().item, false);
        title = notification.title;
        message = notification.body;
    } else {
        title = tr("%n certificates need attention", nullptr, static_cast<int>(announced.size()));
        QStringList lines;
        for (const Announcement& announcement : announced)
            lines << tr("“%1” %2").arg(announcement.item.name, announcement.item.whenText());
        message = lines.join(QLatin1Char('\n'));
    }
    if (m_balloonHandler)
        m_balloonHandler(title, message);
    else if (m_trayIcon)
        m_trayIcon->showMessage(title, message, QSystemTrayIcon::Warning, 0);
}

void TrayController::onNotificationAction(uint id, const QString& actionKey)
{
    const auto found = std::find_if(m_open.cbegin(), m_open.cend(), [id](const Announcement& announcement) {
        return announcement.notificationId == id;
    });
    if (found == m_open.cend())
        return; // another application's notification, or one answered already
    const TrackedCertificate item = found->item;
    m_open.erase(found);
    if (actionKey == QLatin1String(kSnoozeAction))
        snooze(item);
    else if (actionKey == QLatin1String(kRenewAction) && !item.entryId.isEmpty())
        renew(item.entryId);
}

void TrayController::onNotificationClosed(uint id, uint /*reason*/)
{
    // Servers close a notification right after its action was invoked, so the action has been handled by now.
    m_open.removeIf([id](const Announcement& announcement) { return announcement.notificationId == id; });
}

void TrayController::snooze(const TrackedCertificate& item)
{
    auto* watcher = new QFutureWatcher<Result<bool>>(this);
    const QString name = item.name;
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<bool> result = watcher->result();
        if (!result) {
            MessageBox::warning(m_window, tr("CertDesk will remind you again at the next check"),
                                result.error().message, result.error().detail);
        }
        emit snoozed(name, result.ok());
    });
    const QDateTime now = Clock::now();
    watcher->setFuture(m_access->run<bool>([item, now](Vault& vault) -> Result<bool> {
        auto stored = snoozeUntilTomorrow(vault, item, now);
        if (!stored)
            return stored.error();
        return true;
    }));
}

void TrayController::renew(const QString& entryId)
{
    MainWindow* window = showMainWindow();
    emit renewRequested(entryId);
    window->renewEntry(entryId);
}

MainWindow* TrayController::showMainWindow()
{
    if (!m_window) {
        m_window = new MainWindow(m_vaultDirectory);
        // Closed, it goes: nothing of it (its vault watcher, its clock) stays awake in the background.
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

QIcon TrayController::badgedIcon(const QIcon& base, int count)
{
    if (count <= 0)
        return base;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QIcon badged;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        base.paint(&painter, pixmap.rect());

        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, size * 2 / 5));
        painter.setFont(font);
        const qreal height = size * 0.6;
        const qreal width = std::max(height, painter.fontMetrics().horizontalAdvance(text) + height / 2);
        const QRectF badge(size - width, 0, width, height);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 24.0)));
        // The red of GNOME's and KDE's error emblems: reads as "needs you" on light and dark panels alike.
        painter.setBrush(QColor(0xda, 0x44, 0x53));
        painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace certdesk::gui
