#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "keystores/KeyStore.h"
#include "vault/VaultEntry.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace certdesk::gui {

class VaultAccess;
class InstallStoreRow;

/// Installs one vault entry into the certificate stores found on this machine (browsers' NSS databases, the system
/// trust store, PKCS#11 tokens), or removes it from stores it was installed into. Store work runs off the GUI
/// thread; every install is read back from the store before it is reported, and the vault remembers it.
class InstallDialog : public QDialog
{
    Q_OBJECT

public:
    InstallDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent = nullptr);
    ~InstallDialog() override;

    /// True while stores are being discovered or changed.
    bool isBusy() const { return m_busy; }
    /// The stores offered, in the order shown; empty until discovery finished.
    QList<StoreLocation> stores() const { return m_locations; }

    /// Tests run as root; this pretends otherwise (or the opposite) so the system store's root check can be seen.
    static void setRunningAsRootForTesting(std::optional<bool> root);

signals:
    /// After an install run, with the IDs of the stores that now hold the entry (verified and recorded).
    void installed(const QStringList& storeIds);
    /// After a removal, with the IDs of the stores the entry was removed from.
    void removed(const QStringList& storeIds);

private:
    enum class Action
    {
        Install,
        Remove,
    };
    /// One store's outcome, as the worker reports it.
    struct Outcome
    {
        QString storeId;
        std::optional<Error> error;
    };

    void startDiscovery();
    void showStores(const QList<StoreLocation>& locations, const QStringList& notes);
    void startInstall();
    void startRemoval(const QString& storeId);
    void run(Action action, const QStringList& storeIds, bool afterPassphrase);
    void finish(Action action, const QStringList& storeIds, const Result<QList<Outcome>>& result, bool afterPassphrase);
    void applyOutcome(Action action, const Outcome& outcome);
    void setBusy(bool busy, const QString& message = {});
    void updateState();
    bool isInstalledIn(const QString& storeId) const;
    /// When the vault recorded the install there; invalid when it did not.
    QDateTime installedAt(const QString& storeId) const;
    /// Why this entry cannot go into that store at all (empty when it can).
    QString unavailableReason(const StoreLocation& location) const;
    bool preselected(const StoreLocation& location) const;
    static bool runningAsRoot();

    VaultAccess* m_access = nullptr;
    VaultEntry m_entry;
    bool m_busy = false;
    QList<StoreLocation> m_locations;
    /// Owned here; their widgets belong to the store list.
    QHash<QString, InstallStoreRow*> m_rows;
    /// Passwords and PINs typed for the current attempt, by store ID; cleared (and wiped) when it is over.
    QHash<QString, std::shared_ptr<const SecureBytes>> m_storePasswords;
    /// Stores changed in the current attempt, across a vault-passphrase retry.
    QStringList m_succeeded;
    int m_failed = 0;

    QLabel* m_introLabel = nullptr;
    QWidget* m_busyPanel = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QWidget* m_storeList = nullptr;
    QVBoxLayout* m_storeLayout = nullptr;
    QLabel* m_notesLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_installButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace certdesk::gui
