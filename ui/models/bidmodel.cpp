#include "models/bidmodel.h"

#include "localeformat.h"
#include "models/modelroles.h"
#include "statusstyle.h"

#include <QLocale>

#include <algorithm>

namespace td::ui {

BidModel::BidModel(QObject *parent) : EditableTableModel(parent) {}

void BidModel::setProduct(const model::TenderData *data, const model::ProductResult *result,
                          const QString &productId)
{
    beginResetModel();
    m_data = data;
    m_result = result;
    m_productId = productId;
    rebuild();
    endResetModel();
}

void BidModel::clear()
{
    setProduct(nullptr, nullptr, QString());
}

void BidModel::refresh()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void BidModel::rebuild()
{
    m_bids.clear();
    m_results.clear();
    m_bidderIndex.clear();
    if (!m_data || m_productId.isEmpty())
        return;
    for (int i = 0; i < int(m_data->bidders.size()); ++i)
        m_bidderIndex.insert(m_data->bidders[size_t(i)].id, i);
    QHash<QString, int> bidIndex;
    for (int i = 0; i < int(m_data->bids.size()); ++i) {
        const model::Bid &b = m_data->bids[size_t(i)];
        if (b.productId == m_productId)
            bidIndex.insert(b.id, i);
    }
    // Evaluated: the engine's order (rank, then disqualified by bid_id); then any bid it lacks.
    if (m_result) {
        for (int r = 0; r < int(m_result->bids.size()); ++r) {
            auto it = bidIndex.find(m_result->bids[size_t(r)].bidId);
            if (it == bidIndex.end())
                continue;
            m_bids.push_back(*it);
            m_results.push_back(r);
            bidIndex.erase(it);
        }
    }
    std::vector<int> rest(bidIndex.begin(), bidIndex.end());
    std::sort(rest.begin(), rest.end(), [this](int a, int b) {
        return model::identifierLess(m_data->bids[size_t(a)].id, m_data->bids[size_t(b)].id);
    });
    for (int i : rest) {
        m_bids.push_back(i);
        m_results.push_back(-1);
    }
}

const model::Bid *BidModel::bid(int row) const
{
    if (!m_data || row < 0 || row >= int(m_bids.size()))
        return nullptr;
    return &m_data->bids[size_t(m_bids[size_t(row)])];
}

const model::BidResult *BidModel::bidResult(int row) const
{
    if (!m_result || row < 0 || row >= int(m_results.size()) || m_results[size_t(row)] < 0)
        return nullptr;
    return &m_result->bids[size_t(m_results[size_t(row)])];
}

const model::Bidder *BidModel::bidder(int row) const
{
    const model::Bid *b = bid(row);
    if (!b)
        return nullptr;
    auto it = m_bidderIndex.constFind(b->bidderId);
    return it == m_bidderIndex.constEnd() ? nullptr : &m_data->bidders[size_t(*it)];
}

int BidModel::rowOfBid(const QString &bidId) const
{
    for (int row = 0; row < int(m_bids.size()); ++row) {
        if (bid(row)->id == bidId)
            return row;
    }
    return -1;
}

int BidModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bids.size());
}

int BidModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QVariant decimalCell(const std::optional<money::Decimal> &value, int role,
                            const QLocale &locale)
{
    if (!value)
        return {};
    if (role == SortRole)
        return QVariant::fromValue(*value);
    return formatDecimal(*value, locale);
}

QVariant BidModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Bid *b = bid(index.row());
    if (!b)
        return {};
    const model::BidResult *r = bidResult(index.row());
    const model::Bidder *who = bidder(index.row());
    const QLocale locale;
    const auto column = Column(index.column());

    if (role == StatusRole)
        return r ? QVariant(int(r->status)) : QVariant();
    if (role == RawRole || role == Qt::EditRole) {
        switch (column) {
        case PackPrice:
            return b->packPrice.toString();
        case Currency:
            return b->currency;
        case AcceptsRevival:
            return b->acceptsRevival;
        default:
            break;
        }
    }
    if (role == Qt::CheckStateRole && column == AcceptsRevival)
        return b->acceptsRevival ? Qt::Checked : Qt::Unchecked;

    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole
        || role == Qt::EditRole) {
        switch (column) {
        case BidId:
            return b->id;
        case Bidder:
            if (role == Qt::ToolTipRole && who)
                return who->name;
            return who ? who->name : b->bidderId;
        case Country:
            return who ? who->country : QString();
        case OfferedSpec:
            if (role == SortRole)
                return QVariant::fromValue(b->strength);
            return tr("%1 %2 × %3")
                .arg(localizeDecimalText(b->strength.toStringTrimmed(), locale), b->strengthUnit,
                     localizeDecimalText(b->packSize.toStringTrimmed(), locale));
        case PackPrice:
            return decimalCell(b->packPrice, role, locale);
        case Currency:
            return b->currency;
        case UnitPrice:
            return r ? decimalCell(r->unitPrice, role, locale) : QVariant();
        case Status:
            if (!r)
                return {};
            return role == SortRole ? QVariant(int(r->status)) : QVariant(statusLabel(r->status));
        case Reason:
            return r ? QVariant(reasonLabel(r->reason)) : QVariant();
        case Rank:
            if (!r || !r->rank)
                return {};
            return *r->rank;
        case AwardPrice:
            return r ? decimalCell(r->awardPrice, role, locale) : QVariant();
        case Mpr:
            return r ? decimalCell(r->mpr, role, locale) : QVariant();
        case LinkedCap:
            return r ? decimalCell(r->linkedPriceCap, role, locale) : QVariant();
        case AcceptsRevival:
            if (role == SortRole)
                return int(b->acceptsRevival);
            if (role == Qt::ToolTipRole)
                return b->acceptsRevival ? tr("Accepts the revival price")
                                         : tr("Does not accept the revival price");
            return {};
        case ColumnCount:
            break;
        }
        return {};
    }
    if (!r)
        return {};
    if (role == Qt::DecorationRole && column == Status)
        return statusIcon(r->status);
    if (role == Qt::ForegroundRole && (column == Status || column == Reason))
        return statusColor(r->status);
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case PackPrice:
        case UnitPrice:
        case Rank:
        case AwardPrice:
        case Mpr:
        case LinkedCap:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant BidModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return EditableTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case BidId:
        return tr("Bid");
    case Bidder:
        return tr("Bidder");
    case Country:
        return tr("Country");
    case OfferedSpec:
        return tip ? tr("Offered specification: strength × pack size") : tr("Offered spec");
    case PackPrice:
        return tr("Pack price");
    case Currency:
        return tr("Currency");
    case UnitPrice:
        return tip ? tr("Comparable unit price in the tender currency") : tr("Unit price");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case Rank:
        return tr("Rank");
    case AwardPrice:
        return tr("Award price");
    case Mpr:
        return tip ? tr("Median price ratio (MPR)") : tr("MPR");
    case LinkedCap:
        return tip ? tr("Linked price cap outside the supply regions") : tr("Price cap");
    case AcceptsRevival:
        return tip ? tr("Accepts the revival price") : tr("Revival");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags BidModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EditableTableModel::flags(index);
    if (!index.isValid() || isReadOnly())
        return f;
    switch (index.column()) {
    case PackPrice:
    case Currency:
        return f | Qt::ItemIsEditable;
    case AcceptsRevival:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool BidModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const model::Bid *b = bid(index.row());
    if (!b)
        return false;
    FieldEdit edit;
    edit.table = EditTable::Bids;
    edit.key = {b->id};
    if (index.column() == AcceptsRevival && role == Qt::CheckStateRole) {
        edit.column = QStringLiteral("accepts_revival");
        edit.oldValue = b->acceptsRevival ? QStringLiteral("yes") : QStringLiteral("no");
        const bool on = value.toInt() == Qt::Checked;
        edit.newValue = on ? QStringLiteral("yes") : QStringLiteral("no");
        return requestEdit(edit);
    }
    if (role != Qt::EditRole)
        return false;
    const auto text = editFor(index, value.toString());
    return text && requestEdit(*text);
}

std::optional<FieldEdit> BidModel::editFor(const QModelIndex &index, const QString &text) const
{
    const model::Bid *b = bid(index.row());
    if (!b)
        return std::nullopt;
    FieldEdit edit;
    edit.table = EditTable::Bids;
    edit.key = {b->id};
    if (index.column() == PackPrice) {
        edit.column = QStringLiteral("pack_price");
        edit.oldValue = b->packPrice.toString();
    } else if (index.column() == Currency) {
        edit.column = QStringLiteral("currency");
        edit.oldValue = b->currency;
    } else {
        return std::nullopt;
    }
    edit.newValue = text;
    return edit;
}

} // namespace td::ui
