#pragma once

#include "vault/VaultEntry.h"

#include <QWidget>

#include <optional>

class QFormLayout;
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

    /// Shows the entry as of `now`; nullopt shows the "nothing selected" text.
    void setEntry(const std::optional<VaultEntry>& entry, const QDateTime& now);
    std::optional<VaultEntry> entry() const { return m_entry; }

signals:
    void exportRequested();
    void installRequested();
    void deleteRequested();

private:
    QLabel* addRow(const QString& label, const QString& objectName);
    void copyFingerprint();
    void copyPem();

    std::optional<VaultEntry> m_entry;
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
    QPushButton* m_install = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_delete = nullptr;
};

/// Plain words for an extended key usage short name ("clientAuth" → "Sign in to services").
QString purposeInWords(const QString& shortName);

} // namespace certdesk::gui
