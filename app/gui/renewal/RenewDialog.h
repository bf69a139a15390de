#pragma once

#include "Result.h"
#include "vault/VaultEntry.h"
#include "workflows/Renewal.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace certdesk::gui {

class CsrView;
class BusyPanel;
class InlineErrorLabel;
class VaultAccess;

/// "Renew…": shows what will be asked for again (subject, alternative names, purpose, and a key type that can be
/// changed), creates the new key and request off the GUI thread — stored in the vault as the renewal of this
/// identity, like `certdesk-cli renew` — and then shows the request to send, with Copy and Save as….
class RenewDialog : public QDialog
{
    Q_OBJECT

public:
    RenewDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent = nullptr);

    /// True while the key and request are being created and stored.
    bool isBusy() const { return m_busy; }
    /// The vault ID of the stored renewal request; empty until it is stored.
    QString renewalId() const { return m_renewalId; }

public slots:
    /// Ignored while the request is being stored, so that nothing is left half done.
    void reject() override;

signals:
    /// The renewal request `renewalId` for the identity `renewedId` is in the vault.
    void renewalCreated(const QString& renewalId, const QString& renewedId);

private:
    void create(bool afterPassphrase);
    void finish(const Result<VaultEntry>& result, bool afterPassphrase);
    void setBusy(bool busy);
    /// Sizes the dialog for the page shown; `growOnly` never shrinks it under the user's hands.
    void fitToContents(bool growOnly);

    VaultAccess* m_access = nullptr;
    VaultEntry m_entry;
    std::optional<RenewalPlan> m_plan;
    bool m_busy = false;
    QString m_renewalId;

    QWidget* m_planPage = nullptr;
    QWidget* m_resultPage = nullptr;
    QComboBox* m_keyTypeCombo = nullptr;
    InlineErrorLabel* m_errorLabel = nullptr;
    BusyPanel* m_busyPanel = nullptr;
    CsrView* m_csr = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace certdesk::gui
