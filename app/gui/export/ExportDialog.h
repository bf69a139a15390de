#pragma once

#include "Result.h"
#include "crypto/Pkcs12.h"
#include "crypto/SecureBytes.h"
#include "vault/VaultEntry.h"
#include "workflows/ExportWorkflow.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QWidget;

namespace certdesk::gui {

class VaultAccess;

/// Saves one vault entry to a file: its certificate as PEM, DER or a PEM chain, a PKCS#12 bundle with the key, a
/// calendar reminder of its expiry, or a waiting request's CSR. Anything with a private key is password-protected and
/// written with mode 0600.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// The formats are the export workflow's (workflows/ExportWorkflow.h).
    using Format = ExportFormat;

    ExportDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent = nullptr);

    /// True while the key is decrypted, the bundle built or the file written.
    bool isBusy() const;
    /// The formats this entry can be exported as, in the order they are offered.
    QList<Format> availableFormats() const;
    /// The file of the last successful export; empty until then.
    QString savedPath() const { return m_savedPath; }

signals:
    /// After a file was written.
    void exported(const QString& path);

private:
    Format selectedFormat() const;
    bool needsPassword() const;
    void updateState();
    void updateStrength();
    void growToFit();
    void startExport();
    void runExport(const QString& path, bool afterPassphrase);
    void finish(const Result<QString>& result, bool afterPassphrase, const QString& path);
    QString suggestedFileName(Format format) const;

    VaultAccess* m_access = nullptr;
    VaultEntry m_entry;
    bool m_busy = false;
    QString m_savedPath;
    /// Held between the click and the end of the export (the passphrase retry needs it again), then dropped.
    std::shared_ptr<const SecureBytes> m_password;

    QWidget* m_formatBox = nullptr;
    QButtonGroup* m_formatGroup = nullptr;
    QWidget* m_profilePanel = nullptr;
    QRadioButton* m_modernRadio = nullptr;
    QRadioButton* m_compatibleRadio = nullptr;
    QCheckBox* m_includeKeyCheck = nullptr;
    /// False when the organisation policy forbids exporting private keys (or cannot be read).
    bool m_keyExportAllowed = true;
    QWidget* m_passwordPanel = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QCheckBox* m_showPasswordCheck = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_mismatchLabel = nullptr;
    QLabel* m_resultTitle = nullptr;
    QLabel* m_resultLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace certdesk::gui
