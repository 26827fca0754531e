#include "models/allocationmodel.h"

#include "localeformat.h"
#include "models/biddernames.h"
#include "models/modelroles.h"

namespace td::ui {

AllocationModel::AllocationModel(QObject *parent) : QAbstractTableModel(parent) {}

void AllocationModel::setProduct(const model::TenderData *data, const model::ProductResult *result)
{
    beginResetModel();
    m_result = result;
    m_bidderOfBid.clear();
    m_currency.clear();
    if (data && result) {
        m_currency = data->tender.currency;
        m_bidderOfBid = bidderNamesByBid(*data, result->productId);
    }
    endResetModel();
}

void AllocationModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const model::Allocation *AllocationModel::allocation(int row) const
{
    if (!m_result || row < 0 || row >= int(m_result->allocations.size()))
        return nullptr;
    return &m_result->allocations[size_t(row)];
}

QString AllocationModel::bidderName(const QString &bidId) const
{
    return m_bidderOfBid.value(bidId, bidId);
}

int AllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->allocations.size());
}

int AllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Allocation *a = allocation(index.row());
    if (!a)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case Buyer:
            return a->buyerId;
        case Region:
            return a->region;
        case BidId:
            return a->bidId;
        case Bidder:
            return bidderName(a->bidId);
        case Volume:
            return sort ? QVariant::fromValue(a->volume) : QVariant(formatDecimal(a->volume, locale));
        case Value:
            return sort ? QVariant::fromValue(a->value)
                        : QVariant(formatDecimal(a->value, locale) + u' ' + m_currency);
        case LocalCurrency:
            return a->localCurrency;
        case LocalValue:
            return sort ? QVariant::fromValue(a->localValue)
                        : QVariant(formatDecimal(a->localValue, locale) + u' ' + a->localCurrency);
        case Preferred:
            if (sort)
                return int(a->preferred);
            return a->preferred ? tr("Preferred bidder") : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Volume:
        case Value:
        case LocalValue:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Buyer:
        return tr("Buyer");
    case Region:
        return tr("Supply region");
    case BidId:
        return tr("Bid");
    case Bidder:
        return tr("Bidder");
    case Volume:
        return tr("Agreed volume");
    case Value:
        return tr("Contract value");
    case LocalCurrency:
        return tr("Local currency");
    case LocalValue:
        return tr("Contract value (local)");
    case Preferred:
        return tr("Assigned by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
