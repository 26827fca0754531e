#include "models/runcomparisonmodel.h"

#include "localeformat.h"
#include "models/modelroles.h"
#include "statusstyle.h"

#include <QFont>

#include <map>

namespace td::ui {

RunComparisonModel::RunComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

namespace {

struct Key
{
    QString product, bid;
    bool operator<(const Key &o) const
    {
        if (product != o.product)
            return model::identifierLess(product, o.product);
        return model::identifierLess(bid, o.bid);
    }
};

void collect(const model::EvaluationResult &run, std::map<Key, RunComparisonModel::Row> &rows,
             bool first)
{
    for (const model::ProductResult &p : run.products) {
        for (const model::BidResult &b : p.bids) {
            auto &row = rows[{p.productId, b.bidId}];
            row.productId = p.productId;
            row.bidId = b.bidId;
            auto &side = first ? row.a : row.b;
            side.status = b.status;
            side.awardPrice = b.awardPrice;
        }
        for (const model::Allocation &a : p.allocations) {
            auto &row = rows[{p.productId, a.bidId}];
            row.productId = p.productId;
            row.bidId = a.bidId;
            (first ? row.a : row.b).volume += a.volume;
        }
    }
}

} // namespace

void RunComparisonModel::setRuns(const model::EvaluationResult &a, const model::EvaluationResult &b)
{
    beginResetModel();
    std::map<Key, Row> rows;
    collect(a, rows, true);
    collect(b, rows, false);
    m_all.clear();
    m_all.reserve(rows.size());
    for (auto &[key, row] : rows) {
        row.changed = row.a.status != row.b.status || row.a.awardPrice != row.b.awardPrice
                      || row.a.volume != row.b.volume;
        m_all.push_back(std::move(row));
    }
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (!m_onlyChanges || m_all[size_t(i)].changed)
            m_shown.push_back(i);
    }
    endResetModel();
}

void RunComparisonModel::setOnlyChanges(bool only)
{
    if (only == m_onlyChanges)
        return;
    beginResetModel();
    m_onlyChanges = only;
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (!m_onlyChanges || m_all[size_t(i)].changed)
            m_shown.push_back(i);
    }
    endResetModel();
}

void RunComparisonModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const RunComparisonModel::Row *RunComparisonModel::row(int r) const
{
    if (r < 0 || r >= int(m_shown.size()))
        return nullptr;
    return &m_all[size_t(m_shown[size_t(r)])];
}

int RunComparisonModel::changedCount() const
{
    int n = 0;
    for (const Row &r : m_all)
        n += r.changed ? 1 : 0;
    return n;
}

int RunComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RunComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = row(index.row());
    if (!r)
        return {};
    const auto column = Column(index.column());
    const Side &side = (column == StatusA || column == AwardA || column == VolumeA) ? r->a : r->b;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case Product:
            return r->productId;
        case Bid:
            return r->bidId;
        case StatusA:
        case StatusB:
            if (!side.status)
                return sort ? QVariant(-1) : QVariant(tr("(absent)"));
            return sort ? QVariant(int(*side.status)) : QVariant(statusLabel(*side.status));
        case AwardA:
        case AwardB:
            if (!side.awardPrice)
                return {};
            return sort ? QVariant::fromValue(*side.awardPrice)
                        : QVariant(formatDecimal(*side.awardPrice));
        case VolumeA:
        case VolumeB:
            return sort ? QVariant::fromValue(side.volume) : QVariant(formatDecimal(side.volume));
        case Change:
            if (sort)
                return int(r->changed);
            return r->changed ? tr("Changed") : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && (column == StatusA || column == StatusB) && side.status)
        return statusIcon(*side.status);
    if (role == Qt::FontRole && r->changed) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case AwardA:
        case AwardB:
        case VolumeA:
        case VolumeB:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Product:
        return tr("Product");
    case Bid:
        return tr("Bid");
    case StatusA:
        return tr("Status (A)");
    case StatusB:
        return tr("Status (B)");
    case AwardA:
        return tr("Award price (A)");
    case AwardB:
        return tr("Award price (B)");
    case VolumeA:
        return tr("Volume (A)");
    case VolumeB:
        return tr("Volume (B)");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
