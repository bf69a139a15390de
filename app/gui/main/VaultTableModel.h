#pragma once

#include "vault/VaultEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>

#include <optional>

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

    /// Everything the vault holds. A renewal still waiting for its certificate is not a row of its own (its
    /// identity's row says "Renewal requested on …"); replaced (archived) identities are rows only while
    /// setShowArchived(true).
    void setEntries(const QList<VaultEntry>& entries);
    /// The rows, in order.
    const QList<VaultEntry>& entries() const { return m_entries; }
    /// Every entry loaded, rows or not.
    const QList<VaultEntry>& allEntries() const { return m_all; }
    /// Any loaded entry by ID, row or not.
    std::optional<VaultEntry> findEntry(const QString& id) const;
    /// The renewal of `entry` (its `renewedBy`), when loaded.
    std::optional<VaultEntry> renewalOf(const VaultEntry& entry) const;

    void setShowArchived(bool show);
    bool showsArchived() const { return m_showArchived; }
    /// Whether `entry` is a row under the current settings.
    bool isShown(const VaultEntry& entry) const;
    /// The status column's text: the status, or what a renewal has reached.
    QString statusText(const VaultEntry& entry) const;

    /// The moment statuses and "in N days" are computed against; injected so that tests are deterministic.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// What a row shows, worked out the first time the row is asked for and kept until the rows or the moment
    /// change: a sort or a filter over thousands of rows must not parse names and dates again per comparison.
    struct RowCache
    {
        bool ready = false;
        QString subject;
        QString issuer;
        QString expires;
        QString status;
        VaultEntry::Status statusValue = VaultEntry::Status::Valid;
        qint64 expirySortKey = 0;
    };
    const RowCache& rowCache(int row) const;
    QVariant displayText(int row, int column) const;
    QVariant toolTip(const VaultEntry& entry, int column) const;
    QVariant sortKey(int row, int column) const;
    QString expiresText(const VaultEntry& entry) const;
    QIcon statusIcon(VaultEntry::Status status) const;

    QList<VaultEntry> m_all;
    QHash<QString, qsizetype> m_indexById;
    QList<VaultEntry> m_entries;
    mutable QList<RowCache> m_rowCache;
    bool m_showArchived = false;
    QDateTime m_now;
    mutable QHash<int, QIcon> m_statusIcons;
};

} // namespace certdesk::gui
