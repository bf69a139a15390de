#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "gui/renewal/RenewalReplacer.h"
#include "vault/Vault.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace certdesk::gui {

class VaultAccess;

/// One import flow for every format: lists each file with its detected format and contents, asks a bundle's
/// password inline, imports everything at once (like `certdesk-cli import FILE...`) and says what happened per entry.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(VaultAccess* access, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Adds files and reads them off the GUI thread; the file picker and drag and drop end here.
    void addFiles(const QStringList& paths);
    /// Adds pasted text (PEM blocks, text around them is fine) as one more source.
    void setPastedText(const QByteArray& text);
    /// True while a file is read or the vault is working; the buttons wait meanwhile.
    bool isBusy() const;

public slots:
    /// Ignored while a renewed certificate is being put in place of the old one, so no store is left half done.
    void reject() override;

signals:
    /// After a successful import: the IDs of the entries it created, completed or found already present.
    void imported(const QStringList& ids);
    /// "Install…" on the result page: the identity that just arrived should go into the stores.
    void installRequested(const QString& id);
    /// "Replace in N stores" finished (with or without failures): the vault's installations changed.
    void replaced();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Source;
    struct Imported;

    void chooseFiles();
    void removeSelected();
    void addSource(std::unique_ptr<Source> source);
    /// Reads (or re-reads with a password) one source on a pool thread.
    void read(Source& source, const std::shared_ptr<const SecureBytes>& password);
    void unlock();
    void startImport(bool keepWithoutKey, bool afterPassphrase);
    void showResult(const Imported& imported);
    /// What this import means for the renewals it completed: retired at once, or "Replace in N stores".
    void showRenewals(const Imported& imported);
    void startReplacing();
    void showReplacement(const QList<RenewalReplacer::Outcome>& outcomes);
    Source* findSource(int serial) const;
    /// The first source that stops the import (needs a password or cannot be read), or null.
    Source* firstProblem() const;
    /// Brings texts, the problem area and the buttons in line with the sources and the busy state.
    void refresh();

    VaultAccess* m_access = nullptr;
    std::vector<std::unique_ptr<Source>> m_sources;
    int m_nextSerial = 1;
    int m_readsRunning = 0;
    bool m_importing = false;
    RenewalReplacer* m_replacer = nullptr;
    /// Renewals this import completed whose old identity is installed somewhere: offered "Replace in N stores".
    QStringList m_replaceableIds;
    int m_replaceStoreCount = 0;
    /// The import's own failure (no matching key, vault locked); cleared whenever the list changes.
    std::optional<Error> m_importError;

    QStackedWidget* m_pages = nullptr;
    QTreeWidget* m_fileList = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QWidget* m_problemPanel = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_nextStepLabel = nullptr;
    QWidget* m_passwordPanel = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QCheckBox* m_showPasswordCheck = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_keepButton = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_installButton = nullptr;
    /// The identity the result page offers to install; empty when none arrived.
    QString m_installableId;
    QLabel* m_resultHeading = nullptr;
    QListWidget* m_resultList = nullptr;
    QLabel* m_renewalLabel = nullptr;
    QPushButton* m_replaceButton = nullptr;
};

} // namespace certdesk::gui
