#include "models/winnertotalmodel.h"

#include "localeformat.h"
#include "models/biddernames.h"
#include "models/modelroles.h"

#include <QHash>

namespace td::ui {

WinnerTotalModel::WinnerTotalModel(QObject *parent) : QAbstractTableModel(parent) {}

void WinnerTotalModel::setProduct(const model::TenderData *data, const model::ProductResult *result)
{
    beginResetModel();
    m_totals.clear();
    m_currency.clear();
    if (data && result) {
        m_currency = data->tender.currency;
        const QHash<QString, QString> bidderOfBid = bidderNamesByBid(*data, result->productId);
        QHash<QString, size_t> row;
        // Winners in rank order, so the table follows the bids view.
        for (const model::BidResult &b : result->bids) {
            if (b.status != model::BidStatus::Winner && b.status != model::BidStatus::Revived)
                continue;
            row.insert(b.bidId, m_totals.size());
            m_totals.push_back({b.bidId, bidderOfBid.value(b.bidId, b.bidderId), {}, {}, {}});
        }
        for (const model::Allocation &a : result->allocations) {
            auto it = row.find(a.bidId);
            if (it == row.end()) {
                row.insert(a.bidId, m_totals.size());
                m_totals.push_back({a.bidId, bidderOfBid.value(a.bidId, a.bidId), {}, {}, {}});
                it = row.find(a.bidId);
            }
            Total &t = m_totals[*it];
            if (!t.regions.contains(a.region))
                t.regions.append(a.region);
            t.volume += a.volume;
            t.value += a.value;
        }
    }
    endResetModel();
}

void WinnerTotalModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const WinnerTotalModel::Total *WinnerTotalModel::total(int row) const
{
    if (row < 0 || row >= int(m_totals.size()))
        return nullptr;
    return &m_totals[size_t(row)];
}

int WinnerTotalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int WinnerTotalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinnerTotalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Total *t = total(index.row());
    if (!t)
        return {};
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case BidId:
            return t->bidId;
        case Bidder:
            return t->bidder;
        case Regions:
            return t->regions.join(QStringLiteral(", "));
        case Volume:
            return sort ? QVariant::fromValue(t->volume) : QVariant(formatDecimal(t->volume));
        case Value:
            return sort ? QVariant::fromValue(t->value)
                        : QVariant(formatDecimal(t->value) + u' ' + m_currency);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Volume || index.column() == Value))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WinnerTotalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BidId:
        return tr("Bid");
    case Bidder:
        return tr("Winner");
    case Regions:
        return tr("Supply regions");
    case Volume:
        return tr("Total volume");
    case Value:
        return tr("Total contract value");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
