#pragma once

#include "vault/VaultEntry.h"

#include <QMainWindow>
#include <QTimer>

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
    /// The entry selected in the table, if any.
    std::optional<VaultEntry> selectedEntry() const;

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
    void updateDetails();
    void pasteFromClipboard();
    /// The import dialog, opened and wired to select (or install) what it imports.
    ImportDialog* openImportDialog();
    void selectEntry(const QString& id);
    void focusSearch();
    void showAbout();
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
    /// Selected after the next load: the entry a wizard or import just created.
    QString m_selectAfterLoad;
    QLabel* m_errorMessageLabel = nullptr;
    QLabel* m_errorDetailLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer m_clock;
};

} // namespace certdesk::gui
