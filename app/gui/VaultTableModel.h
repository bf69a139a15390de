#pragma once

#include "vault/VaultEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>

namespace certdesk::gui {

/// The vault's requests and identities as table rows; holds a copy of core's value types, the view owns nothing.
class VaultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SubjectColumn,
        IssuerColumn,
        ExpiresColumn,
        StatusColumn,
        InstalledColumn,
        ColumnCount,
    };

    enum Role
    {
        /// A value that orders the column meaningfully (dates as dates, status by urgency).
        SortRole = Qt::UserRole + 1,
        /// The entry's vault ID, to keep the selection across reloads.
        IdRole,
        /// VaultEntry::statusId(): "pending", "valid", "expiring", "expired".
        StatusIdRole,
    };

    explicit VaultTableModel(QObject* parent = nullptr);

    void setEntries(const QList<VaultEntry>& entries);
    const QList<VaultEntry>& entries() const { return m_entries; }

    /// The moment statuses and "in N days" are computed against; injected so that tests are deterministic.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const VaultEntry& entry, int column) const;
    QVariant toolTip(const VaultEntry& entry, int column) const;
    QVariant sortKey(const VaultEntry& entry, int column) const;
    QString expiresText(const VaultEntry& entry) const;
    QIcon statusIcon(VaultEntry::Status status) const;

    QList<VaultEntry> m_entries;
    QDateTime m_now;
    mutable QHash<int, QIcon> m_statusIcons;
};

} // namespace certdesk::gui
