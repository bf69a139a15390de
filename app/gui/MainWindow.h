#pragma once

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace certdesk::gui {

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
    /// Reads the vault again, off the GUI thread (File → Reload, F5).
    void reload();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QWidget* createLoadingPage();
    QWidget* createEmptyPage();
    QWidget* createEntriesPage();
    QWidget* createErrorPage();
    void onLoadingStarted();
    void onLoaded(const VaultSnapshot& snapshot);
    void updateEntryCount();
    void focusSearch();
    void showAbout();
    /// A certdesk-cli command line the user can paste; names the vault only when it is not the one the CLI uses anyway.
    QString cliCommand(const QString& arguments) const;

    QString m_vaultDirectory;
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
    QLabel* m_errorMessageLabel = nullptr;
    QLabel* m_errorDetailLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer m_clock;
};

} // namespace certdesk::gui
