#pragma once

#include "vault/VaultEntry.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace certdesk::gui {

/// Everything about the selected entry: who, by whom, how long, which key, what for, and its chain.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    /// Shows the entry as of `now`; nullopt shows the "nothing selected" text. `renewal` is the entry's renewal
    /// (its `renewedBy`) when one was requested; `reminderMuted` whether its reminders are off.
    void setEntry(const std::optional<VaultEntry>& entry, const QDateTime& now,
                  const std::optional<VaultEntry>& renewal = std::nullopt, bool reminderMuted = false);
    std::optional<VaultEntry> entry() const { return m_entry; }
    /// Keeps the reminder controls still while a change to them is being stored.
    void setRemindersBusy(bool busy);

    /// Whether "Renew…" applies to `entry`: an identity with its key, not replaced, with no renewal under way.
    static bool canRenew(const VaultEntry& entry);
    /// Whether CertDesk reminds about `entry` at all (identities with their key that were not replaced).
    static bool hasReminders(const VaultEntry& entry);
    /// Whether "Test connection…" applies to `entry`: a certificate with its private key, not replaced.
    static bool canTestConnection(const VaultEntry& entry);

signals:
    void exportRequested();
    void installRequested();
    void deleteRequested();
    void renewRequested();
    void testConnectionRequested();
    /// "Import certificate…" in the renewal section.
    void importRenewalRequested();
    /// "Replace in N stores": the renewal `renewalId` arrived and should take the old identity's place.
    void replaceRequested(const QString& renewalId);
    /// "Discard renewal…": the renewal request `renewalId` should be deleted.
    void discardRenewalRequested(const QString& renewalId);
    void changeRemindersRequested();
    void reminderMuteToggled(bool muted);

private:
    QLabel* addRow(const QString& label, const QString& objectName);
    void copyFingerprint();
    void copyPem();
    void saveRenewalRequest();
    void showRenewal(const VaultEntry& entry, VaultEntry::Status status);
    void showReminders(const VaultEntry& entry, bool muted);

    std::optional<VaultEntry> m_entry;
    std::optional<VaultEntry> m_renewal;
    QWidget* m_content = nullptr;
    QLabel* m_placeholder = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_issuer = nullptr;
    QLabel* m_validity = nullptr;
    QLabel* m_installed = nullptr;
    QLabel* m_serial = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_key = nullptr;
    QLabel* m_sans = nullptr;
    QLabel* m_usage = nullptr;
    QLabel* m_purposes = nullptr;
    QLabel* m_chainLabel = nullptr;
    QTreeWidget* m_chain = nullptr;
    QPushButton* m_copyFingerprint = nullptr;
    QPushButton* m_copyPem = nullptr;
    QGroupBox* m_renewalBox = nullptr;
    QLabel* m_renewalLabel = nullptr;
    QLabel* m_renewalSaveStatus = nullptr;
    QPushButton* m_saveRenewalRequest = nullptr;
    QPushButton* m_importRenewal = nullptr;
    QPushButton* m_replaceRenewal = nullptr;
    QPushButton* m_discardRenewal = nullptr;
    QGroupBox* m_remindersBox = nullptr;
    QLabel* m_remindersLabel = nullptr;
    QPushButton* m_changeReminders = nullptr;
    QCheckBox* m_muteCheck = nullptr;
    QPushButton* m_install = nullptr;
    QPushButton* m_testConnection = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_delete = nullptr;
};

/// Plain words for an extended key usage short name ("clientAuth" → "Sign in to services").
QString purposeInWords(const QString& shortName);

} // namespace certdesk::gui
