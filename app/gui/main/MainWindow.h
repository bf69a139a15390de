#pragma once

#include "gui/renewal/RenewalReplacer.h"
#include "vault/Vault.h"
#include "vault/VaultEntry.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace certdesk::gui {

class DetailsPanel;
class ImportDialog;
class RenewDialog;
class ConnectionTestDialog;
class VaultAccess;
class VaultLoader;
class VaultTableModel;
struct VaultSnapshot;

/// The main window: the vault's requests and identities in a searchable table, or a page that says what to do next.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString& vaultDirectory, QWidget* parent = nullptr);

    VaultTableModel* model() const { return m_model; }
    VaultAccess* vaultAccess() const { return m_access; }
    /// Reads the vault again, off the GUI thread (File → Reload, F5).
    void reload();

    /// The ways in: each opens its dialog (window-modal, not blocking the event loop).
    void startRequest();
    void startImport(const QStringList& files = {});
    void importText(const QByteArray& text);
    void exportSelected();
    /// Opens the install dialog for the selected identity or CA certificate.
    void installSelected();
    /// Asks first; an identity with a private key gets a plain warning and the offer to export it before.
    void deleteSelected();
    /// Opens the renewal dialog for the selected identity.
    void renewSelected();
    /// The entry selected in the table, if any.
    std::optional<VaultEntry> selectedEntry() const;
    /// The dialog "Renew…" opened last, while it is open.
    RenewDialog* renewDialog() const;
    /// Opens "Test connection…" for the selected identity.
    void testConnectionSelected();
    /// The dialog "Test connection…" opened last, while it is open.
    ConnectionTestDialog* connectionTestDialog() const;
    /// Tools › Check Vault…: runs Vault::check off the GUI thread and says what it found, problem by problem.
    void checkVault();

public slots:
    /// Selects the identity `id` (a full ID or a unique prefix) and opens its renewal dialog, once the vault is
    /// loaded: `certdesk --renew ID` and the tray's "Renew…" on a reminder come here. An identity that cannot be
    /// renewed (already renewing, replaced, no key) is selected and the reason shown instead.
    void renewEntry(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    QWidget* createLoadingPage();
    QWidget* createEmptyPage();
    QWidget* createEntriesPage();
    QWidget* createErrorPage();
    void onLoadingStarted();
    void onLoaded(const VaultSnapshot& snapshot);
    void updateEntryCount();
    /// Widens the status column to the longest status shown.
    void fitStatusColumn();
    void updateDetails();
    void pasteFromClipboard();
    /// The import dialog, opened and wired to select (or install) what it imports.
    ImportDialog* openImportDialog();
    void selectEntry(const QString& id);
    /// Opens the renewal dialog for `entry`, or says why it cannot be renewed.
    void openRenewDialog(const VaultEntry& entry);
    /// The loaded entry with this ID or unique prefix (of at least 4 characters), rows or not.
    std::optional<VaultEntry> findLoaded(const QString& idOrPrefix) const;
    /// Puts a renewed identity in place of the old one wherever that is installed, and says how each store went.
    void replaceRenewed(const QString& renewalId);
    /// Says per store how a replacement went: ✓ only where the store confirmed it.
    void reportReplacement(const QList<RenewalReplacer::Outcome>& outcomes);
    void discardRenewal(const QString& renewalId);
    void changeReminders();
    void setReminderMuted(bool muted);
    /// Runs a small change to the vault off the GUI thread, then reloads; a failure is shown with `failureTitle`.
    void changeVault(const QString& failureTitle, std::function<Result<void>(Vault&)> change);
    void focusSearch();
    void showAbout();
    void runVaultCheck(bool afterPassphrase);
    void showVaultCheck(const VaultCheckReport& report);
    /// A certdesk-cli command line the user can paste; names the vault only when it is not the one the CLI uses anyway.
    QString cliCommand(const QString& arguments) const;

    QString m_vaultDirectory;
    VaultAccess* m_access = nullptr;
    VaultLoader* m_loader = nullptr;
    VaultTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_loadingPage = nullptr;
    QWidget* m_emptyPage = nullptr;
    QWidget* m_entriesPage = nullptr;
    QWidget* m_errorPage = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_noMatchLabel = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    DetailsPanel* m_details = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_installAction = nullptr;
    /// Set by the import dialog's "Install…": open the install dialog once this entry is loaded and selected.
    QString m_installAfterLoad;
    QAction* m_deleteAction = nullptr;
    QAction* m_renewAction = nullptr;
    QAction* m_testConnectionAction = nullptr;
    QAction* m_showArchivedAction = nullptr;
    QAction* m_checkVaultAction = nullptr;
    /// Set by renewEntry() before the entry is loaded: open its renewal dialog once it is.
    QString m_renewAfterLoad;
    QPointer<RenewDialog> m_renewDialog;
    QPointer<ConnectionTestDialog> m_connectionTestDialog;
    /// Reminder state by certificate fingerprint, from the last load.
    QHash<QByteArray, ReminderState> m_reminders;
    ReminderThresholds m_reminderDefaults = ReminderThresholds::defaults();
    /// Selected after the next load: the entry a wizard or import just created.
    QString m_selectAfterLoad;
    QLabel* m_errorMessageLabel = nullptr;
    QLabel* m_errorDetailLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer m_clock;
};

} // namespace certdesk::gui
