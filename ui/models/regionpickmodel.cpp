#include "models/regionpickmodel.h"

#include "localeformat.h"
#include "models/biddernames.h"
#include "models/modelroles.h"

namespace td::ui {

RegionPickModel::RegionPickModel(QObject *parent) : QAbstractTableModel(parent) {}

void RegionPickModel::setProduct(const model::TenderData *data, const model::ProductResult *result)
{
    beginResetModel();
    m_result = result;
    m_bidderOfBid.clear();
    if (data && result) {
        m_bidderOfBid = bidderNamesByBid(*data, result->productId);
    }
    endResetModel();
}

void RegionPickModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const model::RegionPick *RegionPickModel::pick(int row) const
{
    if (!m_result || row < 0 || row >= int(m_result->picks.size()))
        return nullptr;
    return &m_result->picks[size_t(row)];
}

int RegionPickModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->picks.size());
}

int RegionPickModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionPickModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::RegionPick *p = pick(index.row());
    if (!p)
        return {};
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case Order:
            return index.row() + 1;
        case Round:
            return p->round + 1;
        case BidId:
            return p->bidId;
        case Bidder:
            return m_bidderOfBid.value(p->bidId, p->bidId);
        case Region:
            return p->region;
        case Volume:
            return role == SortRole ? QVariant::fromValue(p->volume)
                                    : QVariant(formatDecimal(p->volume));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Volume)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RegionPickModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Order:
        return tr("Pick");
    case Round:
        return tr("Round");
    case BidId:
        return tr("Bid");
    case Bidder:
        return tr("Bidder");
    case Region:
        return tr("Supply region");
    case Volume:
        return tr("Volume");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
