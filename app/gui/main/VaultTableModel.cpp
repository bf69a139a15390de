#include "gui/main/VaultTableModel.h"

#include "crypto/DistinguishedName.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

#include <limits>

namespace certdesk::gui {

namespace {

/// The CN when the name has one ("Alice Example"), else the whole RFC 4514 text, so no row shows an empty cell.
QString shortName(const QString& distinguishedName)
{
    const auto parsed = DistinguishedName::parse(distinguishedName);
    if (parsed.ok()) {
        const QString commonName = parsed.value().value(QStringLiteral("CN"));
        if (!commonName.isEmpty())
            return commonName;
    }
    return distinguishedName;
}

/// Sorting by urgency puts what needs attention first: expired, expiring, waiting, fine.
int urgency(VaultEntry::Status status)
{
    switch (status) {
    case VaultEntry::Status::Expired:
        return 0;
    case VaultEntry::Status::Expiring:
        return 1;
    case VaultEntry::Status::Pending:
        return 2;
    case VaultEntry::Status::Valid:
        return 3;
    case VaultEntry::Status::Archived:
        return 4;
    }
    return 5;
}

QColor statusColor(VaultEntry::Status status)
{
    switch (status) {
    case VaultEntry::Status::Pending:
        return QColor(0x60, 0x7d, 0x8b);
    case VaultEntry::Status::Valid:
        return QColor(0x2e, 0x7d, 0x32);
    case VaultEntry::Status::Expiring:
        return QColor(0xef, 0x8f, 0x00);
    case VaultEntry::Status::Expired:
        return QColor(0xc6, 0x28, 0x28);
    case VaultEntry::Status::Archived:
        return Qt::gray;
    }
    return Qt::gray;
}

constexpr qint64 kSecondsPerDay = 86400;

} // namespace

VaultTableModel::VaultTableModel(QObject* parent) : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{}

void VaultTableModel::setEntries(const QList<VaultEntry>& entries)
{
    beginResetModel();
    m_all = entries;
    m_indexById.clear();
    m_indexById.reserve(m_all.size());
    for (qsizetype i = 0; i < m_all.size(); ++i)
        m_indexById.insert(m_all[i].id, i);
    m_entries.clear();
    for (const VaultEntry& entry : std::as_const(m_all)) {
        if (isShown(entry))
            m_entries << entry;
    }
    m_rowCache = QList<RowCache>(m_entries.size());
    endResetModel();
}

void VaultTableModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    setEntries(QList<VaultEntry>(m_all));
}

bool VaultTableModel::isShown(const VaultEntry& entry) const
{
    // A renewal waiting for its certificate is a state of the identity it renews, not an entry of its own.
    if (!entry.renews.isEmpty() && entry.isPending() && findEntry(entry.renews))
        return false;
    return m_showArchived || !entry.isArchived();
}

std::optional<VaultEntry> VaultTableModel::findEntry(const QString& id) const
{
    if (id.isEmpty())
        return std::nullopt;
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.cend())
        return std::nullopt;
    return m_all.at(found.value());
}

std::optional<VaultEntry> VaultTableModel::renewalOf(const VaultEntry& entry) const
{
    return findEntry(entry.renewedBy);
}

QString VaultTableModel::statusText(const VaultEntry& entry) const
{
    if (entry.renewalPending()) {
        const std::optional<VaultEntry> renewal = renewalOf(entry);
        // ISO dates read the same in every locale, as in the Expires column.
        if (!renewal || renewal->isPending()) {
            return tr("Renewal requested on %1").arg(entry.renewalRequested.toLocalTime().date().toString(Qt::ISODate));
        }
        return tr("Renewed, not yet replaced");
    }
    return VaultEntry::statusName(entry.status(m_now));
}

void VaultTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    for (RowCache& cache : m_rowCache)
        cache.ready = false;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const VaultTableModel::RowCache& VaultTableModel::rowCache(int row) const
{
    RowCache& cache = m_rowCache[row];
    if (cache.ready)
        return cache;
    const VaultEntry& entry = m_entries.at(row);
    cache.subject = shortName(entry.subject());
    cache.issuer = entry.isPending() ? tr("—") : shortName(entry.certificate.issuer());
    cache.expires = expiresText(entry);
    cache.status = statusText(entry);
    cache.statusValue = entry.status(m_now);
    // Requests have no expiry yet; they sort after every certificate when ascending.
    cache.expirySortKey =
        entry.isPending() ? std::numeric_limits<qint64>::max() : entry.certificate.notAfter().toMSecsSinceEpoch();
    cache.ready = true;
    return cache;
}

int VaultTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int VaultTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::DecorationRole:
        // A renewal under way changes the words, not the colour: the old certificate still expires when it does.
        return index.column() == StatusColumn ? QVariant(statusIcon(rowCache(index.row()).statusValue)) : QVariant();
    case Qt::ForegroundRole:
        // Replaced identities are kept for the record only; they read as such.
        return entry.isArchived() ? QVariant(QColor(Qt::gray)) : QVariant();
    case SortRole:
        return sortKey(index.row(), index.column());
    case IdRole:
        return entry.id;
    case StatusIdRole:
        return VaultEntry::statusId(rowCache(index.row()).statusValue);
    default:
        return {};
    }
}

QVariant VaultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SubjectColumn:
        return tr("Subject");
    case IssuerColumn:
        return tr("Issuer");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    case InstalledColumn:
        return tr("Installed in");
    default:
        return {};
    }
}

QVariant VaultTableModel::displayText(int row, int column) const
{
    const VaultEntry& entry = m_entries.at(row);
    switch (column) {
    case NameColumn:
        return entry.name;
    case SubjectColumn:
        return rowCache(row).subject;
    case IssuerColumn:
        return rowCache(row).issuer;
    case ExpiresColumn:
        return rowCache(row).expires;
    case StatusColumn:
        return rowCache(row).status;
    case InstalledColumn: {
        QStringList stores;
        for (const VaultEntry::Installation& installation : entry.installations)
            stores << installation.storeName;
        return stores.isEmpty() ? tr("—") : stores.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant VaultTableModel::toolTip(const VaultEntry& entry, int column) const
{
    switch (column) {
    case SubjectColumn:
        return entry.subject();
    case IssuerColumn:
        return entry.isPending() ? tr("No certificate yet: the request is waiting for your certificate authority.")
                                 : entry.certificate.issuer();
    case ExpiresColumn:
        return entry.isPending() ? QVariant() : QVariant(isoUtc(entry.certificate.notAfter()));
    default:
        return {};
    }
}

QVariant VaultTableModel::sortKey(int row, int column) const
{
    switch (column) {
    case ExpiresColumn:
        return rowCache(row).expirySortKey;
    case StatusColumn:
        return urgency(rowCache(row).statusValue);
    default:
        return displayText(row, column);
    }
}

QString VaultTableModel::expiresText(const VaultEntry& entry) const
{
    if (entry.isPending())
        return tr("—");
    const QDateTime notAfter = entry.certificate.notAfter();
    if (!notAfter.isValid())
        return tr("unknown");
    // ISO dates read the same in every locale; "03/04/25" does not.
    const QString date = notAfter.toLocalTime().date().toString(Qt::ISODate);
    const qint64 seconds = m_now.secsTo(notAfter);
    QString relative;
    if (seconds >= 0) {
        const qint64 days = seconds / kSecondsPerDay;
        // "1 day" is its own string; the %n form covers every other count, in every language's plural rules.
        if (days == 0)
            relative = tr("less than a day left");
        else if (days == 1)
            relative = tr("in 1 day");
        else
            relative = tr("in %n days", nullptr, static_cast<int>(days));
    } else {
        const qint64 days = -seconds / kSecondsPerDay;
        if (days == 0)
            relative = tr("expired less than a day ago");
        else if (days == 1)
            relative = tr("expired 1 day ago");
        else
            relative = tr("expired %n days ago", nullptr, static_cast<int>(days));
    }
    return tr("%1 (%2)", "expiry date (relative time)").arg(date, relative);
}

QIcon VaultTableModel::statusIcon(VaultEntry::Status status) const
{
    // A coloured dot next to the status text: colour helps scanning, the text carries the meaning.
    const int key = static_cast<int>(status);
    if (auto found = m_statusIcons.constFind(key); found != m_statusIcons.constEnd())
        return found.value();
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        const qreal margin = size / 4.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    m_statusIcons.insert(key, icon);
    return icon;
}

} // namespace certdesk::gui
